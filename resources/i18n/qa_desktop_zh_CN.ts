<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../qa_desktop/ui/app.py" line="42"/>
        <location filename="../../qa_desktop/ui/app.py" line="58"/>
        <source>QA Desktop</source>
        <translation>QA Desktop 通话质检</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="60"/>
        <source>Audio playback is unavailable: Qt Multimedia (PySide6-Addons) is not installed.</source>
        <translation>无法播放录音：未安装 Qt Multimedia（PySide6-Addons）。</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="46"/>
        <source>Search transcripts (e.g. 退款, refund)…</source>
        <translation>搜索通话文本（如：退款）…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="48"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="49"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="50"/>
        <source>Failed rule id</source>
        <translation>未通过的规则 ID</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="56"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="60"/>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="64"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="85"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="95"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="115"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="40"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="41"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="42"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="43"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="45"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="46"/>
        <source>Critical failed</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="47"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="4"/>
        <source>To review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="5"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="6"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="7"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="8"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="9"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="10"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="11"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="137"/>
        <source>%1 calls match</source>
        <translation>符合条件的通话：%1 通</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="150"/>
        <source>Share of calls (%)</source>
        <translation>通话占比（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="203"/>
        <source>%1 — %2
%3 of calls (%4 calls)</source>
        <translation>%1 — %2
占通话的 %3（%4 通）</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="35"/>
        <source>No calls yet</source>
        <translation>还没有通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="41"/>
        <source>Drop recordings or folders here, or use File → Import. Calls are transcribed and scored on this computer; nothing leaves it.
New to QA Desktop? Import the bundled sample calls and the first scored call appears in about a minute.</source>
        <translation>将录音文件或文件夹拖到这里，或使用“文件 → 导入”。通话在本机转写和评分，数据不会离开这台电脑。
第一次使用？导入自带的示例通话，大约一分钟后即可看到第一通评分结果。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="48"/>
        <source>Import the sample calls</source>
        <translation>导入示例通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="51"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
</context>
<context>
    <name>ImportQueuePanel</name>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="66"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="66"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="66"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="66"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="79"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="82"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="178"/>
        <source>Cancel this import</source>
        <translation>取消本次导入</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="191"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="192"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="193"/>
        <location filename="../../qa_desktop/ui/import_queue.py" line="262"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="194"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="195"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="216"/>
        <source>%1 to do</source>
        <translation>待处理 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="216"/>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="218"/>
        <source>%1 failed (see Details, or open the log)</source>
        <translation>失败 %1（见“详情”或打开日志）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="258"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="259"/>
        <source>Loading the speech model…</source>
        <translation>正在加载语音识别模型…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="260"/>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="261"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="263"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="265"/>
        <source>Transcribing…</source>
        <translation>正在转写…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="275"/>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="54"/>
        <source>QA Desktop</source>
        <translation>QA Desktop 通话质检</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="71"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="72"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="73"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="74"/>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="75"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="76"/>
        <source>Review queue</source>
        <translation>复核队列</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="88"/>
        <source>Import queue</source>
        <translation>导入队列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="144"/>
        <source>Showing the %n call(s) you picked; Clear filters shows all calls.</source>
        <translation>
            <numerusform>正在显示所选的 %n 条通话；点击“清除筛选”显示全部通话。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="158"/>
        <source>%1 file(s) queued for import</source>
        <translation>已加入导入队列：%1 个文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="160"/>
        <source>No recordings found in what was dropped</source>
        <translation>拖入的内容中没有找到录音文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="171"/>
        <source>Import recordings</source>
        <translation>导入录音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="172"/>
        <source>Recordings (%1)</source>
        <translation>录音文件（%1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="177"/>
        <source>Import a folder of recordings</source>
        <translation>导入录音文件夹</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="216"/>
        <source>%1 calls</source>
        <translation>通话 %1 通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="231"/>
        <source>The %1 page is not available in this build.</source>
        <translation>此版本中没有“%1”页面。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Import recordings…</source>
        <translation>导入录音(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="239"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="240"/>
        <source>Import the &amp;sample calls</source>
        <translation>导入示例通话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="245"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="247"/>
        <source>Import &amp;queue</source>
        <translation>导入队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="251"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="252"/>
        <source>Open the &amp;log file</source>
        <translation>打开日志文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="253"/>
        <source>&amp;About QA Desktop</source>
        <translation>关于 QA Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="254"/>
        <source>About QA Desktop</source>
        <translation>关于 QA Desktop</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="255"/>
        <source>QA Desktop %1
Call quality inspection on your own computer.
Log: %2</source>
        <translation>QA Desktop %1
在您自己的电脑上完成通话质检。
日志：%2</translation>
    </message>
</context>
<context>
    <name>PackTree</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="16"/>
        <source>Section / rule / phrase</source>
        <translation>模块 / 规则 / 话术</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="16"/>
        <source>Weight / points</source>
        <translation>权重 / 分值</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="16"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="17"/>
        <source>Matching</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="25"/>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="25"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="25"/>
        <source>Interruptions</source>
        <translation>抢话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="26"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="29"/>
        <source>Forbidden phrase</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="35"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="35"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="35"/>
        <source>phonetic</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="49"/>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="53"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="55"/>
        <source>critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="64"/>
        <source>unless: %1</source>
        <translation>例外：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="68"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="71"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="158"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减慢，] 加快）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="209"/>
        <source>Cannot play this recording: %1</source>
        <translation>无法播放此录音：%1</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="41"/>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="43"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="43"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="43"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="43"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Calls with critical failures</source>
        <translation>致命项未通过的通话</translation>
    </message>
</context>
<context>
    <name>RescorePanel</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="66"/>
        <source>Re-score stored calls</source>
        <translation>重新评分已保存的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="70"/>
        <source>Score every stored transcript again with the pack shown here. Inspectors&apos; overrides are kept.</source>
        <translation>用当前显示的规则包对所有已保存的转写文本重新评分。质检员的人工改判会保留。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="73"/>
        <source>Re-score all calls</source>
        <translation>重新评分全部通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="98"/>
        <source>This database lives in memory and cannot be re-scored in the background.</source>
        <translation>此数据库仅在内存中，无法在后台重新评分。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="108"/>
        <source>Re-scoring…</source>
        <translation>正在重新评分…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="123"/>
        <source>%1 calls re-scored: the verdict changed on %2 calls (%3 rule verdicts).</source>
        <translation>已重新评分 %1 通：其中 %2 通的判定有变化（共 %3 项规则判定）。</translation>
    </message>
</context>
<context>
    <name>RescoreWorker</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="47"/>
        <source>Re-scoring was cancelled; calls done so far keep their new verdicts.</source>
        <translation>已取消重新评分；已处理的通话保留新的判定结果。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="82"/>
        <source>← Calls</source>
        <extracomment>neighbour(pk, step) -&gt; the pk `step` rows away in the current list, or None.</extracomment>
        <translation>← 通话列表</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="82"/>
        <source>Back to the call list (Esc)</source>
        <translation>返回通话列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="83"/>
        <source>‹ Previous</source>
        <translation>‹ 上一通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="83"/>
        <source>Previous call in the list (Ctrl+↑)</source>
        <translation>列表中的上一通（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="85"/>
        <source>Next ›</source>
        <translation>下一通 ›</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="85"/>
        <source>Next call in the list (Ctrl+↓)</source>
        <translation>列表中的下一通（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="148"/>
        <source>Space: play / pause
←  →: back / forward 5 seconds
[  ]: slower / faster (1×, 1.25×, 1.5×, 2×)
Ctrl+↑  Ctrl+↓ (PgUp / PgDn): previous / next call
Esc: back to the call list
Click the waveform, a line of the dialogue or a piece of evidence to jump there.</source>
        <translation>空格：播放 / 暂停
←  →：后退 / 前进 5 秒
[  ]：减慢 / 加快（1×、1.25×、1.5×、2×）
Ctrl+↑  Ctrl+↓（PgUp / PgDn）：上一通 / 下一通
Esc：返回通话列表
点击波形、某句对话或某条证据即可跳转到该处。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="158"/>
        <source>Cannot open the call</source>
        <translation>无法打开该通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="170"/>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="172"/>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="184"/>
        <source>Recording not found: %1</source>
        <translation>找不到录音文件：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="200"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="200"/>
        <source>Your name, stored with every review:</source>
        <translation>您的姓名（会记录在每次复核中）：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="213"/>
        <source>Override not saved</source>
        <translation>改判未保存</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="224"/>
        <source>Sign-off not saved</source>
        <translation>复核确认未保存</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="236"/>
        <source>Status not saved</source>
        <translation>状态未保存</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="262"/>
        <source>override</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="262"/>
        <source>signed off</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="263"/>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
</context>
<context>
    <name>RuleChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="107"/>
        <source>Calls failing the rule (%)</source>
        <translation>未通过该规则的通话（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="124"/>
        <source>%1
%2: %3 failed (%4 of %5 calls)</source>
        <translation>%1
%2：未通过率 %3（%5 通中 %4 通）</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="51"/>
        <source>Reload from disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="52"/>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="53"/>
        <source>Import a pack file…</source>
        <translation>导入规则包文件…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="57"/>
        <source>Active rule pack</source>
        <translation>当前规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="162"/>
        <source>%1 (version %2, language %3): %4 sections, %5 rules, %6 phrases — %7</source>
        <translation>%1（版本 %2，语言 %3）：%4 个模块，%5 条规则，%6 条话术 — %7</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="195"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="196"/>
        <source>This rule pack has %1 problem(s) and was not loaded. The active pack is still %2.</source>
        <translation>该规则包有 %1 处问题，未加载。当前规则包仍为 %2。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="209"/>
        <source>Import a rule pack</source>
        <translation>导入规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="210"/>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>规则包（*.yaml *.yml）</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="45"/>
        <source>How to sample</source>
        <translation>抽样方式</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="46"/>
        <source>Random calls per agent per week</source>
        <translation>每位坐席每周随机抽取</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="51"/>
        <source>seed </source>
        <translation>随机种子 </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="52"/>
        <source>The same seed over the same calls gives the same sample</source>
        <translation>相同的随机种子和相同的通话会得到相同的抽样结果</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="53"/>
        <source>All calls with a failed critical rule</source>
        <translation>所有致命项未通过的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="54"/>
        <source>All calls scoring below</source>
        <translation>所有评分低于</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="58"/>
        <source>Least sure verdicts first</source>
        <translation>机器最不确定的判定优先</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="61"/>
        <source> calls</source>
        <translation> 通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="67"/>
        <source>Skip calls already reviewed</source>
        <translation>跳过已复核的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="77"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="79"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="84"/>
        <source>Build the review queue</source>
        <translation>生成复核队列</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="85"/>
        <source>Review these calls</source>
        <translation>复核这些通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="93"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="93"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="93"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="93"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="94"/>
        <source>Critical failures</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="94"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="95"/>
        <source>Why picked</source>
        <translation>抽中原因</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="153"/>
        <source>%1 calls to review</source>
        <translation>待复核通话 %1 通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="157"/>
        <source>random sample</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="157"/>
        <source>critical failure</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="158"/>
        <source>low score</source>
        <translation>低分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="158"/>
        <source>machine unsure</source>
        <translation>机器判定不确定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="159"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="68"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="87"/>
        <source>%1
%2: average score %3
%4 calls (click to list them)</source>
        <translation>%1
%2：平均分 %3
共 %4 通（点击查看通话列表）</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="43"/>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="166"/>
        <source>Export a scorecard</source>
        <translation>导出质检成绩单</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="49"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="50"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="60"/>
        <source>Mask personal data (phone numbers, order numbers, names)</source>
        <translation>隐藏个人信息（电话号码、订单号、姓名）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="61"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="62"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="63"/>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="64"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="67"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="78"/>
        <source>Scorecard for</source>
        <translation>成绩单对象</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="79"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="80"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="81"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="136"/>
        <source> of %1</source>
        <translation> 页，共 %1 页</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="159"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件（*.pdf）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="159"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="160"/>
        <source>Save the scorecard</source>
        <translation>保存成绩单</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="168"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="83"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="83"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="83"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="92"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="274"/>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="96"/>
        <source>Click a piece of evidence to hear that moment</source>
        <translation>点击证据即可收听对应片段</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="100"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="260"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="100"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="260"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="100"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="103"/>
        <source>Why the verdict changes (required)</source>
        <translation>改判原因（必填）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="105"/>
        <source>Override</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="114"/>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="116"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="118"/>
        <source>Comment for the agent or team lead (optional)</source>
        <translation>给坐席或组长的备注（选填）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="119"/>
        <source>Sign off</source>
        <translation>复核确认</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="122"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="188"/>
        <source>Mark disputed</source>
        <translation>标记为申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="167"/>
        <source>Machine score %1, after overrides %2</source>
        <translation>机器评分 %1，改判后 %2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="170"/>
        <source>Machine score (pack %1)</source>
        <translation>机器评分（规则包 %1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="172"/>
        <source>Critical rule failed: %1</source>
        <translation>致命项未通过：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="185"/>
        <source>To review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="185"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="185"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="186"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="188"/>
        <source>Re-review</source>
        <translation>重新复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="245"/>
        <source>%1 (confirmed)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="250"/>
        <source>Critical rule: failing it fails the call.</source>
        <translation>致命项：未通过则整通通话不合格。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="260"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="275"/>
        <source>Select a rule to see its evidence and change its verdict.</source>
        <translation>选择一条规则，查看证据并修改判定。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="282"/>
        <source>Machine verdict: %1</source>
        <translation>机器判定：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="285"/>
        <source>Override by %1: %2 — %3</source>
        <translation>%1 改判为：%2 — %3</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="290"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="290"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="298"/>
        <source>No evidence recorded for this rule.</source>
        <translation>该规则没有记录证据。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="34"/>
        <source>Stored with every override and sign-off</source>
        <translation>会记录在每次改判和复核确认中</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="39"/>
        <source>Bundled base model</source>
        <translation>内置 base 模型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="47"/>
        <source>The bundled base model, a model name, or a folder with a CTranslate2 model</source>
        <translation>内置 base 模型、模型名称，或包含 CTranslate2 模型的文件夹</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="50"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="50"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="50"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="56"/>
        <source>Stereo: agent left, customer right</source>
        <translation>立体声：左声道坐席，右声道客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="57"/>
        <source>Stereo: customer left, agent right</source>
        <translation>立体声：左声道客户，右声道坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="58"/>
        <source>Mixed (mono): find speakers from the text</source>
        <translation>混合（单声道）：根据文本判断说话人</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="65"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="68"/>
        <source>Default pack for the call&apos;s language</source>
        <translation>按通话语言使用默认规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="71"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="75"/>
        <source>A new UI language or database applies after restarting QA Desktop.</source>
        <translation>更改界面语言或数据库后，需重启 QA Desktop 才能生效。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="80"/>
        <source>Inspector name</source>
        <translation>质检员姓名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="81"/>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="123"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="82"/>
        <source>Speech model</source>
        <translation>语音识别模型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="83"/>
        <source>Call language</source>
        <translation>通话语言</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="84"/>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="85"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="86"/>
        <source>Default rule pack</source>
        <translation>默认规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="87"/>
        <source>UI language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="117"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="124"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库（*.sqlite *.db）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="130"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="135"/>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="135"/>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>规则包（*.yaml *.yml）</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="102"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="102"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="49"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="143"/>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="49"/>
        <source>Per team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="50"/>
        <source>Per agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="55"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="55"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="55"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="63"/>
        <source>Export chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="64"/>
        <source>Scorecard…</source>
        <translation>质检成绩单…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="66"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="66"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="66"/>
        <source>Per</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="67"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="67"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="79"/>
        <source>Score over time</source>
        <translation>评分趋势</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="80"/>
        <source>Rule failures</source>
        <translation>规则未通过率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="81"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="82"/>
        <source>Agent ranking</source>
        <translation>坐席排名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="83"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="144"/>
        <source>Click a point or a bar to list the calls behind it.</source>
        <translation>点击数据点或柱形，即可查看对应的通话。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="119"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="146"/>
        <source>No scored calls between %1 and %2.</source>
        <translation>%1 至 %2 之间没有已评分的通话。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="149"/>
        <source>The score chart shows the %1 agents or teams with the most calls; pick one under “Who” to see another.</source>
        <translation>评分趋势只显示通话量最多的 %1 个坐席或班组；如需查看其他对象，请在“对象”中选择。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="159"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="159"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="159"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="160"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="160"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="214"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="220"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="215"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片（*.png）</translation>
    </message>
</context>
<context>
    <name>TryRulePanel</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="38"/>
        <source>Try a rule</source>
        <translation>规则试匹配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="42"/>
        <source>Type or paste a sentence, e.g. 您好，欢迎致电，请问有什么可以帮您？</source>
        <translation>输入或粘贴一句话，例如：您好，欢迎致电，请问有什么可以帮您？</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="45"/>
        <source>Said by the agent</source>
        <translation>坐席说的</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="45"/>
        <source>Said by the customer</source>
        <translation>客户说的</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="46"/>
        <source>Speaker unknown</source>
        <translation>说话人未知</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="48"/>
        <source>Try</source>
        <translation>试匹配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="54"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="54"/>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="54"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="55"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="55"/>
        <source>Matched text</source>
        <translation>命中文本</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="84"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="95"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="95"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="95"/>
        <source>phonetic</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="96"/>
        <source>pattern</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="101"/>
        <source>%1 (forbidden)</source>
        <translation>%1（禁语）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="116"/>
        <source>No rule matches this sentence.</source>
        <translation>没有规则命中这句话。</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="59"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="99"/>
        <source>silence %1 s</source>
        <translation>静音 %1 秒</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="101"/>
        <source>overlap: %1 over %2</source>
        <translation>抢话：%1 打断 %2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="148"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="148"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="148"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="149"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
