<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../qa_desktop/ui/app.py" line="60"/>
        <source>Something went wrong: %1

Details are in the log: %2</source>
        <translation>出现意外错误：%1

详细信息已写入日志：%2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/app.py" line="67"/>
        <location filename="../../qa_desktop/ui/app.py" line="83"/>
        <source>QA Desktop</source>
        <translation>QA Desktop 通话质检</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="74"/>
        <source>Audio playback is unavailable: Qt Multimedia (PySide6-Addons) is not installed.</source>
        <extracomment>play was pressed but there is nothing to hear it on (no speakers, headphones, or sound server): nothing plays (seeking still moves the views)</extracomment>
        <translation>无法播放录音：未安装 Qt Multimedia（PySide6-Addons）。</translation>
    </message>
</context>
<context>
    <name>BlindScoringPanel</name>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="60"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="60"/>
        <source>Your verdict</source>
        <translation>您的判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="60"/>
        <source>Why (optional)</source>
        <translation>理由（可选）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="63"/>
        <source>Save my verdicts</source>
        <translation>保存我的判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="65"/>
        <source>Blind scoring: the machine&apos;s and the other inspectors&apos; verdicts stay hidden. Give each rule your own reading.</source>
        <translation>盲评：机器和其他质检员的判定均不显示。请按您自己的理解判定每条规则。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="152"/>
        <source>Choose a verdict for at least one rule.</source>
        <translation>请至少为一条规则选择判定。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="160"/>
        <source>Verdicts not saved</source>
        <translation>判定未保存</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="167"/>
        <source>Saved %1 verdicts.</source>
        <translation>已保存 %1 条判定。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="208"/>
        <source>Recording not found: %1</source>
        <translation>找不到录音文件：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="218"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="218"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="218"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="219"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/scoring.py" line="228"/>
        <source>You have scored this call.</source>
        <translation>您已评过这通通话。</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <location filename="../../qa_desktop/ui/calibration/page.py" line="28"/>
        <source>New session…</source>
        <translation>新建校准…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/page.py" line="32"/>
        <source>Score (blind)</source>
        <translation>评分（盲评）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/page.py" line="33"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/page.py" line="35"/>
        <source>Session</source>
        <translation>校准会</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/page.py" line="53"/>
        <source>%1 (%2 calls)</source>
        <translation>%1（%2 通）</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="47"/>
        <source>Search transcripts (e.g. 退款, refund)…</source>
        <translation>搜索通话文本（如：退款）…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="49"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="50"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="51"/>
        <source>Failed rule id</source>
        <translation>未通过的规则 ID</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="57"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="61"/>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="65"/>
        <source>Any escalation</source>
        <translation>任意升级风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="66"/>
        <source>At risk (some or high)</source>
        <translation>有风险（一定或高）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="67"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="68"/>
        <source>Some risk</source>
        <translation>一定风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="69"/>
        <source>No risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="71"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="93"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="103"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_filters.py" line="121"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>CallInsightPanel</name>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="46"/>
        <source>Click a piece of evidence to hear that moment</source>
        <translation>点击证据即可收听该时刻</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="53"/>
        <source>What the customer&apos;s problem really is (optional)</source>
        <translation>客户的真实问题是什么（可选）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="54"/>
        <source>Correct category</source>
        <translation>更正类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="56"/>
        <source>The customer&apos;s sentences of this call become an example for this team&apos;s future scoring</source>
        <translation>本通话中客户的语句将成为该团队今后评分的示例</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="86"/>
        <source>Saved. The sentences of this call were already examples for this team.</source>
        <translation>已保存。本通话的语句已是该团队的示例。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="89"/>
        <source>Learned %1 sentence(s) of this call as examples for team %2.</source>
        <translation>已将本通话的 %1 句话学习为团队 %2 的示例。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="90"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="92"/>
        <source>Measuring what they change…</source>
        <translation>正在评估其影响…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="106"/>
        <source>No sign that the customer will escalate.</source>
        <translation>未发现客户升级投诉的迹象。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="110"/>
        <source>High escalation risk</source>
        <translation>投诉升级风险高</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="110"/>
        <source>Some escalation risk</source>
        <translation>存在投诉升级风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="111"/>
        <source>%1 (score %2): the customer may take this further.</source>
        <translation>%1（得分 %2）：客户可能进一步投诉。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="131"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="135"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="138"/>
        <source>(%1 sure)</source>
        <translation>（置信度 %1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="141"/>
        <source>also: %1</source>
        <translation>另有：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="143"/>
        <source>corrected by the inspector (the machine said %1)</source>
        <translation>质检员已更正（机器判定为 %1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="147"/>
        <source>Correct to…</source>
        <translation>更正为…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/call_insight.py" line="172"/>
        <source>Re-scoring %1 stored call(s) of this team with them changed the category of %2 call(s) and the conduct verdict of %3 call(s).</source>
        <translation>用这些示例重新评分该团队已存储的 %1 通通话：%2 通类别改变，%3 通服务行为判定改变。</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="62"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="63"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="64"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="65"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="66"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="68"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="69"/>
        <source>Escalation</source>
        <translation>升级风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="70"/>
        <source>Critical failed</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="71"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_model.py" line="73"/>
        <source>Where the search matched</source>
        <translation>搜索命中的位置</translation>
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
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="12"/>
        <source>Not as described</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="13"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="14"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="15"/>
        <source>Some risk</source>
        <translation>一定风险</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="16"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/call_list_page.py" line="203"/>
        <source>%Ln call(s) match</source>
        <translation>
            <numerusform>符合条件的通话 %Ln 通</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="335"/>
        <source>Share of calls (%)</source>
        <translation>通话占比（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="394"/>
        <source>%1 — %2
%3 of calls (%4 calls)</source>
        <translation>%1 — %2
占通话的 %3（%4 通）</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="31"/>
        <source>Dispute a verdict</source>
        <translation>对判定提出申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="35"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="35"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="42"/>
        <source>The agent&apos;s reason, in their words (required)</source>
        <translation>坐席的申诉理由（按坐席原话，必填）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="44"/>
        <source>(set your name in Settings)</source>
        <translation>（请先在设置中填写姓名）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="50"/>
        <source>Record the dispute</source>
        <translation>记录申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="54"/>
        <source>Verdict disputed</source>
        <translation>申诉的判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="55"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/dialog.py" line="56"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
</context>
<context>
    <name>DisputeModel</name>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="55"/>
        <source>Opened</source>
        <translation>申诉时间</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="55"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="55"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="55"/>
        <source>Call date</source>
        <translation>通话日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="55"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="56"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="56"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="56"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="56"/>
        <source>First reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="57"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="57"/>
        <source>Arbitrator&apos;s comment</source>
        <translation>仲裁意见</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="87"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="87"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="91"/>
        <source>Open</source>
        <translation>待裁决</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="91"/>
        <source>Upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="92"/>
        <source>Overturned</source>
        <translation>改判</translation>
    </message>
</context>
<context>
    <name>DisputeRatesView</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="48"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="48"/>
        <source>Verdicts</source>
        <translation>判定数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="48"/>
        <source>Disputed</source>
        <translation>申诉数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="48"/>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="89"/>
        <source>Dispute rate</source>
        <translation>申诉率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="48"/>
        <source>Decided</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="49"/>
        <source>Overturned</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="49"/>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="92"/>
        <source>Overturn rate</source>
        <translation>改判率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="54"/>
        <source>% (dispute rate, overturn rate)</source>
        <translation>%（申诉率、改判率）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/disputes.py" line="56"/>
        <source>No disputes of calls in this range.</source>
        <translation>此时间范围内的通话没有申诉。</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="111"/>
        <source>Open</source>
        <translation>待裁决</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="111"/>
        <source>Decided</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="111"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="114"/>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="118"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="120"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="135"/>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="137"/>
        <source>Upheld: the verdict stands</source>
        <translation>维持：判定不变</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="138"/>
        <source>Overturned: the verdict flips</source>
        <translation>改判：判定反转</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="140"/>
        <source>Why (required; the agent and the first reviewer see it)</source>
        <translation>理由（必填；坐席和初审人可见）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="142"/>
        <source>Decide</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="143"/>
        <source>Open the call</source>
        <translation>打开通话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/disputes/page.py" line="200"/>
        <source>%Ln open dispute(s)</source>
        <translation>
            <numerusform>%Ln 条待裁决申诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="212"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="229"/>
        <source>Arbitrators and team leads decide disputes; set your role in Settings.</source>
        <translation>申诉由仲裁人或组长裁决；请在设置中选择角色。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="244"/>
        <source>Dispute upheld by %1.</source>
        <translation>%1 维持原判定。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="245"/>
        <source>Dispute overturned by %1: the verdict is now %2 and the call&apos;s score recomputed.</source>
        <translation>%1 改判：判定现为“%2”，通话得分已重新计算。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="246"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/disputes/page.py" line="246"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="40"/>
        <source>No calls yet</source>
        <translation>还没有通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="46"/>
        <source>Drop recordings or folders here, or use File → Import. Calls are transcribed and scored on this computer; nothing leaves it.
New to QA Desktop? Import the bundled sample calls and the first scored call appears in about a minute.</source>
        <translation>将录音文件或文件夹拖到这里，或使用“文件 → 导入”。通话在本机转写和评分，数据不会离开这台电脑。
第一次使用？导入自带的示例通话，大约一分钟后即可看到第一通评分结果。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="53"/>
        <source>Import the sample calls</source>
        <translation>导入示例通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/call_list_page.py" line="56"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/escalation_chart.py" line="23"/>
        <source>Calls at risk of escalation (%)</source>
        <translation>有升级风险的通话（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/escalation_chart.py" line="44"/>
        <source>%1
%2: %3 of calls at risk (%4 of %5, %6 high)
click to list them</source>
        <translation>%1
%2：%3 的通话有风险（%5 通中 %4 通，高风险 %6 通）
点击列出这些通话</translation>
    </message>
</context>
<context>
    <name>ImportQueuePanel</name>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="69"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="69"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="69"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="69"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="80"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="83"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="180"/>
        <source>Cancel this import</source>
        <translation>取消本次导入</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="193"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="194"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="195"/>
        <location filename="../../qa_desktop/ui/import_queue.py" line="266"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="196"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="197"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="219"/>
        <source>%1 to do</source>
        <translation>待处理 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="220"/>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="222"/>
        <source>%1 failed (see Details, or open the log)</source>
        <translation>失败 %1（见“详情”或打开日志）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="262"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="263"/>
        <source>Loading the speech model…</source>
        <translation>正在加载语音识别模型…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="264"/>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="265"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="267"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="269"/>
        <source>Transcribing…</source>
        <translation>正在转写…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/import_queue.py" line="279"/>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
</context>
<context>
    <name>LearnedExamplesPanel</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="37"/>
        <source>Learned from inspectors</source>
        <translation>从质检员的更正中学习</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="43"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="43"/>
        <source>Teaches</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="43"/>
        <source>Sentence</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="43"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="44"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="44"/>
        <source>What it changed</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="48"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="49"/>
        <source>Stop using the selected sentences in this team&apos;s scoring</source>
        <translation>该团队评分时不再使用所选语句</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="67"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="72"/>
        <source>No corrections yet: when an inspector corrects a call&apos;s category or overrides a conduct verdict, the call&apos;s sentences are listed here.</source>
        <translation>暂无更正：质检员更正通话类别或改判服务行为后，相应语句会列在这里。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="74"/>
        <source>%1 sentence(s), used when scoring calls of their team.</source>
        <translation>共 %1 句，用于其团队的通话评分。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="95"/>
        <source>category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="96"/>
        <source>conduct: refusal</source>
        <translation>服务行为：推诿</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="96"/>
        <source>conduct: polite</source>
        <translation>服务行为：得体</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="101"/>
        <source>call #%1 (%2)</source>
        <translation>通话 #%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="106"/>
        <source>not measured</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/learned.py" line="107"/>
        <source>of %1 call(s): category %2, conduct %3</source>
        <translation>%1 通中：类别 %2，服务行为 %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="60"/>
        <source>QA Desktop</source>
        <translation>QA Desktop 通话质检</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="78"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="79"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="83"/>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="80"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="84"/>
        <source>Rule packs</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="81"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="85"/>
        <source>Review queue</source>
        <translation>复核队列</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="106"/>
        <source>Import queue</source>
        <translation>导入队列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="184"/>
        <source>Showing the %n call(s) you picked; Clear filters shows all calls.</source>
        <translation>
            <numerusform>正在显示所选的 %n 条通话；点击“清除筛选”显示全部通话。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="222"/>
        <source>No recordings found in what was dropped</source>
        <translation>拖入的内容中没有找到录音文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="233"/>
        <source>Import recordings</source>
        <translation>导入录音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="234"/>
        <source>Recordings (%1)</source>
        <translation>录音文件（%1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="239"/>
        <source>Import a folder of recordings</source>
        <translation>导入录音文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="220"/>
        <source>%Ln file(s) queued for import</source>
        <translation>
            <numerusform>已加入导入队列：%Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="82"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="90"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="86"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="88"/>
        <source>Workload</source>
        <translation>工作分配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="87"/>
        <location filename="../../qa_desktop/ui/main_window.py" line="89"/>
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="194"/>
        <source>Review: %1</source>
        <translation>复核：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/main_window.py" line="283"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>共 %Ln 通通话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="298"/>
        <source>The %1 page is not available in this build.</source>
        <translation>此版本中没有“%1”页面。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="304"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="305"/>
        <source>&amp;Import recordings…</source>
        <translation>导入录音(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="306"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="307"/>
        <source>Import the &amp;sample calls</source>
        <translation>导入示例通话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="309"/>
        <source>&amp;Export reports…</source>
        <translation>导出报表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="312"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="314"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="315"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="317"/>
        <source>Import &amp;queue</source>
        <translation>导入队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="320"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="321"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="322"/>
        <source>Open the &amp;log file</source>
        <translation>打开日志文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="323"/>
        <source>&amp;About QA Desktop</source>
        <translation>关于 QA Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="324"/>
        <source>About QA Desktop</source>
        <translation>关于 QA Desktop</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/main_window.py" line="325"/>
        <source>QA Desktop %1
Call quality inspection on your own computer.
Log: %2</source>
        <translation>QA Desktop %1
在您自己的电脑上完成通话质检。
日志：%2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="17"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="99"/>
        <source>rule %1: %2</source>
        <translation>规则 %1 的 %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="100"/>
        <source>category %1: %2</source>
        <translation>类别 %1 的 %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="18"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="19"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>文件不存在（是否已移动或删除？）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="20"/>
        <source>is a folder, not a recording</source>
        <translation>这是文件夹，不是录音文件</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="21"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="22"/>
        <source>not an audio file, or its header is corrupt</source>
        <translation>不是音频文件，或文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="23"/>
        <source>cannot open as audio (%1)</source>
        <translation>无法作为音频打开（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="24"/>
        <source>contains no audio stream</source>
        <translation>文件中没有音频流</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="25"/>
        <source>audio data is corrupt and cannot be decoded (%1)</source>
        <translation>音频数据已损坏，无法解码（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="26"/>
        <source>contains no audio samples (zero length)</source>
        <translation>文件中没有音频数据（长度为零）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="27"/>
        <source>audio is too short to transcribe (%1 s)</source>
        <translation>录音太短，无法转写（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="28"/>
        <source>the recording is silent: no signal on any channel</source>
        <translation>录音无声：所有声道都没有信号</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="29"/>
        <source>no speech found in the recording (only silence or noise)</source>
        <translation>录音中未检测到人声（只有静音或噪声）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="30"/>
        <source>unsupported audio format</source>
        <translation>不支持的音频格式</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="31"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="32"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="33"/>
        <source>the call was processed but not stored</source>
        <translation>通话已处理，但未能保存</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="34"/>
        <source>could not be imported</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="35"/>
        <source>the speech engine stopped unexpectedly (details in %1)</source>
        <translation>语音识别引擎意外停止（详见 %1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="36"/>
        <source>the speech engine stopped while loading (details in %1)</source>
        <translation>语音识别引擎在加载时停止（详见 %1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="37"/>
        <source>the speech model took too long to load</source>
        <translation>语音识别模型加载超时</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="38"/>
        <source>cannot load the speech model: %1</source>
        <translation>无法加载语音识别模型：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="39"/>
        <source>unexpected error (%1: %2); details are in %3</source>
        <translation>意外错误（%1：%2），详见 %3</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="40"/>
        <source>unexpected error (%1: %2)</source>
        <translation>意外错误（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="41"/>
        <source>the database is busy or read-only: %1</source>
        <translation>数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="42"/>
        <source>could not write to the database: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="43"/>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="44"/>
        <source>no such rule pack file</source>
        <translation>找不到规则包文件</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="45"/>
        <source>no such rule pack file or shipped pack (shipped: %1)</source>
        <translation>找不到该规则包文件或内置规则包（内置：%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="46"/>
        <source>not UTF-8 text (byte %1)</source>
        <translation>不是 UTF-8 文本（第 %1 字节）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="47"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="48"/>
        <source>a rule pack must be a YAML mapping with name, language, sections and rules</source>
        <translation>规则包必须是包含 name、language、sections 和 rules 的 YAML 映射</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="49"/>
        <source>choose at least one way to sample</source>
        <translation>请至少选择一种抽样方式</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="50"/>
        <source>counts must be zero or more</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="51"/>
        <source>no scored calls in that date range</source>
        <translation>该时间范围内没有已评分的通话</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="52"/>
        <source>name exactly one agent or one team</source>
        <translation>请指定一位坐席或一个班组</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="53"/>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="54"/>
        <source>cannot write the Excel file: %1</source>
        <translation>无法写入 Excel 文件：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="55"/>
        <source>cannot write the image (%1)</source>
        <translation>无法写入图片（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="56"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="57"/>
        <source>must be a mapping (%1), not %2</source>
        <translation>必须是映射（%1），不能是 %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="58"/>
        <source>%1 is not a pass rate above 0 and at most 1 (e.g. 0.95)</source>
        <translation>%1 不是有效的通过率（应大于 0 且不超过 1，如 0.95）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="59"/>
        <source>%1 is not pass, fail or na</source>
        <translation>%1 不是 pass、fail 或 na</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="60"/>
        <source>unknown field (did you mean %1?)</source>
        <translation>未知字段（是否想写 %1？）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="61"/>
        <source>unknown event %1 (known: %2)</source>
        <translation>未知事件 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="62"/>
        <source>a metric rule needs min, max or metric_target</source>
        <translation>指标规则需要 min、max 或 metric_target</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="63"/>
        <source>only metric rules have a metric_target</source>
        <translation>只有指标规则才能设置 metric_target</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="64"/>
        <source>an informational rule is not scored, so it has no pass-rate target</source>
        <translation>参考项不计分，不能设置通过率目标（target）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="65"/>
        <source>each condition is a mapping with rule/category/event/layout, not %1</source>
        <translation>每个条件都必须是包含 rule/category/event/layout 的映射，不能是 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="66"/>
        <source>conditions, windows or announcements form a loop</source>
        <translation>条件、时间窗或告知规则之间形成了循环</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="67"/>
        <source>a window cannot be anchored on its own rule</source>
        <translation>时间窗不能以规则自身为参照</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="68"/>
        <source>no rule %1 in this pack and no event of that name (events: %2)</source>
        <translation>本规则包中没有规则 %1，也没有同名事件（事件：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="69"/>
        <source>rule %1 is a %2 rule: a window opens around the hits of a phrase rule</source>
        <translation>规则 %1 是 %2 规则：时间窗只能以话术规则的命中为参照</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="70"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="71"/>
        <source>must be a number, not %1</source>
        <translation>必须是数字，不能是 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="72"/>
        <source>%1 is outside %2</source>
        <translation>%1 超出允许范围 %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="73"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="74"/>
        <source>%1 is not one of %2</source>
        <translation>%1 不在可选值之内（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="75"/>
        <source>must be a list of phrases</source>
        <translation>必须是话术列表</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="76"/>
        <source>must be a non-empty phrase</source>
        <translation>话术不能为空</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="77"/>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="78"/>
        <source>must be a mapping</source>
        <translation>必须是映射（键值对）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="79"/>
        <source>unknown field (expected one of %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="80"/>
        <source>unknown field (%1)</source>
        <translation>未知字段（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="81"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="82"/>
        <source>%1 must be lower_snake_case</source>
        <translation>%1 必须是小写字母加下划线（lower_snake_case）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="83"/>
        <source>must be lower_snake_case</source>
        <translation>必须是小写字母加下划线（lower_snake_case）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="84"/>
        <source>duplicate section %1</source>
        <translation>模块 %1 重复</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="85"/>
        <source>duplicate rule id</source>
        <translation>规则 ID 重复</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="86"/>
        <source>duplicate category</source>
        <translation>类别重复</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="87"/>
        <source>no section %1 in this pack</source>
        <translation>本规则包中没有模块 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="88"/>
        <source>no rule %1 in this pack</source>
        <translation>本规则包中没有规则 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="89"/>
        <source>no category %1 in this pack</source>
        <translation>本规则包中没有类别 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="90"/>
        <source>a phrase rule needs phrases or regex</source>
        <translation>话术规则需要 phrases 或 regex</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="91"/>
        <source>a silence rule needs min_seconds &gt; 0</source>
        <translation>静音规则需要 min_seconds &gt; 0</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="92"/>
        <source>must be above 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="93"/>
        <source>a scored rule needs points &gt; 0 (or informational: true)</source>
        <translation>计分规则需要 points &gt; 0（或设置 informational: true）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="94"/>
        <source>give exactly one of first, last, before, after</source>
        <translation>first、last、before、after 只能且必须给出一个</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="95"/>
        <source>unknown event %1</source>
        <translation>未知事件 %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="96"/>
        <source>a condition needs rule, category, event or layout</source>
        <translation>条件需要 rule、category、event 或 layout</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="97"/>
        <source>a rule cannot depend on itself</source>
        <translation>规则不能依赖自身</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="98"/>
        <source>a category needs keywords</source>
        <translation>类别需要关键词</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="101"/>
        <source>section %1: %2</source>
        <translation>模块 %1 的 %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="102"/>
        <source> (and 1 more problem)</source>
        <translation>（另有 1 处问题）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="104"/>
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="105"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="106"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="107"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="108"/>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="109"/>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="110"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="111"/>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="112"/>
        <source>unknown language</source>
        <translation>未知语言</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="113"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="114"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="115"/>
        <source>phonetic</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="116"/>
        <source>pattern</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="117"/>
        <source>measured</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="118"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="119"/>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="120"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="121"/>
        <source>hold</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="122"/>
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="123"/>
        <source>stereo</source>
        <translation>双声道</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="124"/>
        <source>longest silence</source>
        <translation>最长静音</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="125"/>
        <source>total silence</source>
        <translation>静音总时长</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="126"/>
        <source>interruptions</source>
        <translation>抢话次数</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="127"/>
        <source>agent talk ratio</source>
        <translation>坐席说话占比</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="128"/>
        <source>speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="129"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="130"/>
        <source>chars/min</source>
        <translation>字/分钟</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="131"/>
        <source>words/min</source>
        <translation>词/分钟</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="132"/>
        <source>silence %1 s</source>
        <translation>静音 %1 秒</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="133"/>
        <source>%1 (changes language: %2)</source>
        <translation>%1（通话中切换语言：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="134"/>
        <location filename="../../build/i18n_helper_strings.py" line="135"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="136"/>
        <source> (did you mean %1?)</source>
        <translation>（是否想写 %1？）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="103"/>
        <source> (and %1 more problems)</source>
        <translation>（另有 %1 处问题）</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="39"/>
        <source>New calibration session</source>
        <translation>新建校准会</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="44"/>
        <source>e.g. Refund calls, week 32</source>
        <translation>例如：退款通话，第 32 周</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="49"/>
        <source>any agent</source>
        <translation>任意坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="50"/>
        <source>Find calls</source>
        <translation>查找通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="54"/>
        <source>Tick at random</source>
        <translation>随机勾选</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="59"/>
        <source>Create session</source>
        <translation>创建校准会</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="61"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="66"/>
        <source>Calls from:</source>
        <translation>通话日期：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="67"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="126"/>
        <source>Session not created</source>
        <translation>校准会未创建</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/new_session.py" line="131"/>
        <source>%1 of %2 calls ticked</source>
        <translation>已勾选 %1 / %2 通</translation>
    </message>
</context>
<context>
    <name>PackTree</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="23"/>
        <source>Section / rule / phrase</source>
        <translation>模块 / 规则 / 话术</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="23"/>
        <source>Weight / points</source>
        <translation>权重 / 分值</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="23"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="24"/>
        <source>Matching</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="32"/>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="32"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="32"/>
        <source>Interruptions</source>
        <translation>抢话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="33"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="36"/>
        <source>Forbidden phrase</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="42"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="42"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="42"/>
        <source>phonetic</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="57"/>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="63"/>
        <source>%1 of %2 in a call&apos;s score: the section&apos;s points earned / possible, weighted by the section weights. %3 points shared among its rules.</source>
        <translation>在通话得分中占 %1 / %2：按该大项得分 / 可得分计算，再按各大项权重加权。其中各规则共 %3 分，按分值分摊权重。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="68"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="70"/>
        <source>not scored: found / not found</source>
        <translation>不计分：检出 / 未检出</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="72"/>
        <source>critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="76"/>
        <source>%1 of the section&apos;s weight %2; in a scorecard it earns weight × actual / target</source>
        <translation>占该大项权重 %2 中的 %1；评分卡中按 权重 × 实际达标率 / 目标 计分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="81"/>
        <source>Informational rule: shown as found or not found in each call, never scored and never held against a pass-rate target.</source>
        <translation>提示性规则：每通通话只显示检出或未检出，不计分，也不按合格率目标考核。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="88"/>
        <source>unless: %1</source>
        <translation>例外：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="94"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="97"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="103"/>
        <source>Escalation (customer threats)</source>
        <translation>升级风险（客户扬言投诉）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="109"/>
        <source>channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="109"/>
        <source>intention: %1</source>
        <translation>意图：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="110"/>
        <source>only a mention: %1</source>
        <translation>只是提到：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="111"/>
        <source>channel, also by sound: %1</source>
        <translation>渠道（同音也算）：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="112"/>
        <source>the story spreads: %1</source>
        <translation>事情传出去：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="120"/>
        <source>example: %1</source>
        <translation>例句：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="123"/>
        <source>look-alike (passes): %1</source>
        <translation>相似但合规：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="130"/>
        <source>hands the case on: %1</source>
        <translation>转交处理：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="131"/>
        <source>commits to act: %1</source>
        <translation>承诺处理：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="132"/>
        <source>pushes the problem away: %1</source>
        <translation>推诿：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="133"/>
        <source>blames or belittles: %1</source>
        <translation>指责或轻视客户：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="134"/>
        <source>kind words that can be said in contempt: %1</source>
        <translation>可能是反话的客气话：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/pack_tree.py" line="135"/>
        <source>acknowledges the customer&apos;s feelings: %1</source>
        <translation>体谅客户：%1</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="205"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减慢，] 加快）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="262"/>
        <source>Cannot play: this computer has no audio output device (speakers or headphones). Click the waveform or a line of the dialogue to move through the call.</source>
        <translation>无法播放：这台电脑没有音频输出设备（扬声器或耳机）。可点击波形或对话中的某一句，在通话中跳转。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/player.py" line="266"/>
        <source>Cannot play this recording: %1</source>
        <translation>无法播放此录音：%1</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="42"/>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="45"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="44"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/ranking.py" line="45"/>
        <source>Calls with critical failures</source>
        <translation>致命项未通过的通话</translation>
    </message>
</context>
<context>
    <name>RepeatContactsBar</name>
    <message>
        <location filename="../../qa_desktop/ui/review/repeats_bar.py" line="48"/>
        <source>Repeat contact: the customer called before</source>
        <translation>重复来电：该客户之前来电过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/repeats_bar.py" line="51"/>
        <source>Called again later:</source>
        <translation>之后再次来电：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/repeats_bar.py" line="58"/>
        <source>same phone</source>
        <translation>同一电话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/repeats_bar.py" line="58"/>
        <source>number</source>
        <translation>号码</translation>
    </message>
</context>
<context>
    <name>RepeatsView</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="108"/>
        <source>Per agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="108"/>
        <source>Per team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="109"/>
        <source>Per complaint category</source>
        <translation>按投诉类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="114"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="115"/>
        <source>A call within this many days of an earlier call of the same customer (same phone or order number) is a repeat contact</source>
        <translation>同一客户（同一电话或订单号）在此天数内再次来电即为重复来电</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="117"/>
        <source>Apply window</source>
        <translation>应用时间窗</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="123"/>
        <source>Repeat-contact rate (%)</source>
        <translation>重复来电率（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="124"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="124"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="124"/>
        <source>Repeat calls</source>
        <translation>重复来电</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="125"/>
        <source>Repeat-contact rate</source>
        <translation>重复来电率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="125"/>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="133"/>
        <source>Double-click a row to list its repeat calls</source>
        <translation>双击一行列出其重复来电</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="138"/>
        <source>Repeat window</source>
        <translation>重复来电时间窗</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="181"/>
        <source>Relinking calls for a %1-day window…</source>
        <translation>正在按 %1 天时间窗重新关联通话…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="186"/>
        <source>Linking earlier calls…</source>
        <translation>正在关联早先的通话…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="230"/>
        <source>Link %1 older calls</source>
        <translation>关联 %1 通早先的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="233"/>
        <source>%1 of %2 calls repeat an earlier contact of the same customer within %3 days.</source>
        <translation>%2 通通话中有 %1 通是同一客户 %3 天内的重复来电。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="236"/>
        <source>%1 calls stored before repeat contacts existed are not linked yet.</source>
        <translation>有 %1 通在重复来电功能之前保存的通话尚未关联。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/repeats_view.py" line="250"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="53"/>
        <source>Export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="57"/>
        <source>Scorecard of an agent, a team or all agents (PDF or Excel)</source>
        <translation>坐席、班组或全部坐席的评分卡（PDF 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="58"/>
        <source>Call list, as filtered on the Calls page (CSV, or Excel with every rule result)</source>
        <translation>通话列表，按“通话”页当前的筛选条件（CSV，或含每条规则结果的 Excel）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="60"/>
        <source>Rule results: one line per call and rule, with inspectors&apos; overrides (CSV)</source>
        <translation>规则结果：每通通话每条规则一行，含质检员的改判（CSV）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="63"/>
        <source>Mask personal data (phone, order, ID card and bank card numbers)</source>
        <translation>隐藏个人信息（电话、订单、身份证和银行卡号码）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="64"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="70"/>
        <source>What to export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="97"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="98"/>
        <source>Save the export</source>
        <translation>保存导出文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="107"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="112"/>
        <source>Exported 1 call to %2</source>
        <translation>已导出 1 通通话到 %2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/report_export.py" line="112"/>
        <source>Exported %1 calls to %2</source>
        <translation>已导出 %1 通通话到 %2</translation>
    </message>
</context>
<context>
    <name>RescorePanel</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="68"/>
        <source>Re-score stored calls</source>
        <translation>重新评分已保存的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="72"/>
        <source>Score every stored transcript again with the pack shown here. Inspectors&apos; overrides are kept.</source>
        <translation>用当前显示的规则包对所有已保存的转写文本重新评分。质检员的人工改判会保留。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="75"/>
        <source>Re-score all calls</source>
        <translation>重新评分全部通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="100"/>
        <source>This database lives in memory and cannot be re-scored in the background.</source>
        <translation>此数据库仅在内存中，无法在后台重新评分。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="110"/>
        <source>Re-scoring…</source>
        <translation>正在重新评分…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="125"/>
        <source>%1 calls re-scored: the verdict changed on %2 calls (%3 rule verdicts).</source>
        <translation>已重新评分 %1 通：其中 %2 通的判定有变化（共 %3 项规则判定）。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="130"/>
        <source>%1 calls were left as they were: they are not in the pack&apos;s language (%2).</source>
        <translation>另有 %1 通通话的语言与规则包不符，未重新评分（%2）。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="136"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="136"/>
        <source>%1: %2</source>
        <translation>%1 %2 通</translation>
    </message>
</context>
<context>
    <name>RescoreWorker</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/rescore.py" line="49"/>
        <source>Re-scoring was cancelled; calls done so far keep their new verdicts.</source>
        <translation>已取消重新评分；已处理的通话保留新的判定结果。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="52"/>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="58"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="52"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="52"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="52"/>
        <source>Kappa</source>
        <translation>卡帕系数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="53"/>
        <source>Fleiss&apos; kappa</source>
        <translation>弗莱斯卡帕系数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="53"/>
        <source>Split calls</source>
        <translation>分歧通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="53"/>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="56"/>
        <source>With machine</source>
        <translation>与机器一致</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="54"/>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="57"/>
        <source>Machine kappa</source>
        <translation>与机器卡帕系数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="55"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="55"/>
        <source>Verdicts</source>
        <translation>判定数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="55"/>
        <source>Agreement with others</source>
        <translation>与他人一致率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="56"/>
        <source>Kappa with others</source>
        <translation>与他人卡帕系数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="58"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="59"/>
        <source>Who said what</source>
        <translation>各人判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="59"/>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="59"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="60"/>
        <source>Double-click a call to open it</source>
        <translation>双击通话打开</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="62"/>
        <source>Mask personal numbers</source>
        <translation>隐藏个人号码</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="64"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="65"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="74"/>
        <source>Per rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="74"/>
        <source>Per inspector</source>
        <translation>按质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="75"/>
        <source>Calls that split the team</source>
        <translation>团队意见分歧的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="98"/>
        <source>No calibration session yet: create one with “New session…”.</source>
        <translation>还没有校准会：请用“新建校准…”创建。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="105"/>
        <source>The results show every inspector&apos;s verdicts. Score the %1 call(s) left in this session first, so your scoring stays blind.</source>
        <translation>结果会显示所有质检员的判定。请先评完本校准会剩下的 %1 通通话，以保证盲评。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="117"/>
        <source>%1 calls, inspectors: %2. Agreement between inspectors %3, kappa %4; agreement with the machine %5; %6 call(s) split the team.</source>
        <translation>%1 通通话，质检员：%2。质检员之间一致率 %3，卡帕系数 %4；与机器一致率 %5；%6 通通话存在分歧。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="122"/>
        <source>Kappa: the mean of Cohen&apos;s kappa over every pair of inspectors (Light&apos;s kappa), on the calls both scored; 1 is full agreement, 0 no better than chance, — where it is not defined. Fleiss&apos; kappa where every call has as many inspectors.</source>
        <translation>卡帕系数：每两位质检员在共同评过的通话上的科恩卡帕系数（Cohen&apos;s kappa）的平均值（即 Light&apos;s kappa）；1 为完全一致，0 为与随机无异，— 表示无法计算。每通通话的质检员人数相同时另给出弗莱斯卡帕系数（Fleiss&apos; kappa）。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="131"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="131"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="131"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="160"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件（*.pdf）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="160"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="161"/>
        <source>Export the calibration report</source>
        <translation>导出校准报告</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/results.py" line="167"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="72"/>
        <source>← Calls</source>
        <extracomment>neighbour(pk, step) -&gt; the pk `step` rows away in the current list, or None.</extracomment>
        <translation>← 通话列表</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="72"/>
        <source>Back to the call list (Esc)</source>
        <translation>返回通话列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="73"/>
        <source>‹ Previous</source>
        <translation>‹ 上一通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="73"/>
        <source>Previous call in the list (Ctrl+↑)</source>
        <translation>列表中的上一通（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="75"/>
        <source>Next ›</source>
        <translation>下一通 ›</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="75"/>
        <source>Next call in the list (Ctrl+↓)</source>
        <translation>列表中的下一通（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="83"/>
        <source>Swap voices</source>
        <translation>交换声音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="84"/>
        <source>Mono call: the agent and the customer were named the wrong way round. Swaps them for the whole call and scores it again (right-click a line of the dialogue to set one turn&apos;s speaker).</source>
        <translation>单声道通话：坐席和客户认反了。为整通通话交换两者并重新评分（在对话中右键单击一行可设置该轮的说话人）。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="89"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="155"/>
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
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="149"/>
        <source>Cannot open the call</source>
        <translation>无法打开该通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="162"/>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="165"/>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/review_screen.py" line="180"/>
        <source>Recording not found: %1</source>
        <translation>找不到录音文件：%1</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="151"/>
        <source>bulk machine-confidence sign-off</source>
        <translation>按机器置信度批量签核</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="152"/>
        <source>dispute entered</source>
        <translation>已录入申诉</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="153"/>
        <source>dispute upheld</source>
        <translation>申诉维持原判</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="154"/>
        <source>dispute overturned</source>
        <translation>申诉改判</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/inspector.py" line="18"/>
        <location filename="../../build/i18n_helper_strings.py" line="137"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/calibration/inspector.py" line="19"/>
        <location filename="../../build/i18n_helper_strings.py" line="138"/>
        <source>Your name, stored with every review:</source>
        <translation>您的姓名（会记录在每次复核中）：</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="139"/>
        <source>Override not saved</source>
        <translation>改判未保存</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="140"/>
        <source>Correction not saved</source>
        <translation>更正未保存</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="141"/>
        <source>Teach this refusal</source>
        <translation>学习此推诿语句</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="142"/>
        <source>Which of the agent&apos;s sentences refuses or deflects? It becomes an example for this team.</source>
        <translation>坐席的哪句话是推诿或拒绝？它将成为该团队的示例。</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="143"/>
        <source>Speakers not changed</source>
        <translation>说话人未更改</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="144"/>
        <source>Sign-off not saved</source>
        <translation>复核确认未保存</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="145"/>
        <source>Status not saved</source>
        <translation>状态未保存</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="146"/>
        <source>override</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="147"/>
        <source>signed off</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="148"/>
        <source>category corrected</source>
        <translation>更正类别</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="149"/>
        <source>speakers corrected</source>
        <translation>已更正说话人</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="150"/>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
</context>
<context>
    <name>RuleChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="148"/>
        <source>Calls failing the rule (%)</source>
        <translation>未通过该规则的通话（%）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="158"/>
        <source>Tick the rules to draw; select one to bring it to the front.</source>
        <translation>勾选要绘制的规则；选中一条可将其置于最前。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="159"/>
        <source>Rules shown (tick to draw)</source>
        <translation>显示的规则（勾选以绘制）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="205"/>
        <source>%1: found</source>
        <translation>%1：检出</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="217"/>
        <source>%1
%2: found in %3 of calls (%4 of %5; informational, not scored)</source>
        <translation>%1
%2：%3 的通话检出（%5 通中 %4 通；提示性规则，不计分）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="220"/>
        <source>%1
%2: %3 failed (%4 of %5 calls)</source>
        <translation>%1
%2：未通过率 %3（%5 通中 %4 通）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="237"/>
        <source>%1
Rule pack: %2
%3 of %4 calls not found</source>
        <translation>%1
规则包：%2
%4 通中 %3 通未检出</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="238"/>
        <source>%1
Rule pack: %2
%3 of %4 calls failed</source>
        <translation>%1
规则包：%2
%4 通中 %3 通未通过</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="58"/>
        <source>Reload from disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="59"/>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="60"/>
        <source>Import a pack file…</source>
        <translation>导入规则包文件…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="64"/>
        <source>Active rule pack</source>
        <translation>当前规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="173"/>
        <source>%1 (version %2, language %3): %4 sections, %5 rules, %6 phrases — %7</source>
        <translation>%1（版本 %2，语言 %3）：%4 个模块，%5 条规则，%6 条话术 — %7</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="178"/>
        <source>shipped with QA Desktop</source>
        <translation>QA Desktop 内置</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="210"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="212"/>
        <source>%1 has %n problem(s) and was not loaded. The active pack is still %2.</source>
        <translation>
            <numerusform>%1 有 %n 处问题，未加载。当前规则包仍为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="213"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="232"/>
        <source>Import a rule pack</source>
        <translation>导入规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/page.py" line="233"/>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>规则包（*.yaml *.yml）</translation>
    </message>
</context>
<context>
    <name>SampleModel</name>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="73"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="73"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="73"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="73"/>
        <source>Call ID</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="74"/>
        <source>Critical failures</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="74"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="74"/>
        <source>Why picked</source>
        <translation>抽中原因</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="113"/>
        <source>random sample</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="113"/>
        <source>critical failure</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="114"/>
        <source>low score</source>
        <translation>低分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="114"/>
        <source>machine unsure</source>
        <translation>机器判定不确定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="115"/>
        <source>escalation risk</source>
        <translation>升级风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="116"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SamplingPage</name>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="132"/>
        <source>How to sample</source>
        <extracomment>The queue in its sampled order (least sure first…) and which of its calls to open.</extracomment>
        <translation>抽样方式</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="133"/>
        <source>Random calls per agent per week</source>
        <translation>每位坐席每周随机抽取</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="138"/>
        <source>seed </source>
        <translation>随机种子 </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="139"/>
        <source>The same seed over the same calls gives the same sample</source>
        <translation>相同的随机种子和相同的通话会得到相同的抽样结果</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="140"/>
        <source>All calls with a failed critical rule</source>
        <translation>所有致命项未通过的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="141"/>
        <source>All calls scoring below</source>
        <translation>所有评分低于</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="145"/>
        <source>Least sure verdicts first</source>
        <translation>机器最不确定的判定优先</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="146"/>
        <source>Calls at risk first (customer may escalate)</source>
        <translation>有风险的通话优先（客户可能升级投诉）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="149"/>
        <source> calls</source>
        <translation> 通</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="158"/>
        <source>Skip calls already reviewed</source>
        <translation>跳过已复核的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="169"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="171"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="176"/>
        <source>Build the review queue</source>
        <translation>生成复核队列</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="177"/>
        <source>Review these calls</source>
        <translation>复核这些通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="275"/>
        <source>Sampling…</source>
        <translation>正在抽样…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/sampling.py" line="288"/>
        <source>%Ln call(s) to review</source>
        <translation>
            <numerusform>待复核 %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="295"/>
        <source>No scored calls yet: import recordings first.</source>
        <translation>还没有已评分的通话：请先导入录音。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="297"/>
        <source>No scored calls from %1 to %2. Your calls are dated %3 to %4: change From and To.</source>
        <translation>%1 至 %2 没有已评分的通话。现有通话的日期为 %3 至 %4：请修改起止日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/sampling.py" line="300"/>
        <source>None of the %n scored call(s) from %1 to %2 is picked by the ways to sample chosen.</source>
        <translation>
            <numerusform>%1 至 %2 的 %n 通已评分通话中，没有一通符合所选的抽样方式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/sampling.py" line="304"/>
        <source>Calls already reviewed are skipped.</source>
        <translation>已复核的通话已跳过。</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="86"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/charts.py" line="115"/>
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
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="55"/>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="188"/>
        <source>Export a scorecard</source>
        <translation>导出质检成绩单</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="61"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="62"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="63"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="73"/>
        <source>Mask personal data (phone, order, ID card and bank card numbers)</source>
        <translation>隐藏个人信息（电话、订单、身份证和银行卡号码）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="74"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="75"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="76"/>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="77"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="80"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="91"/>
        <source>Scorecard for</source>
        <translation>成绩单对象</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="93"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="94"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="155"/>
        <source> of %1</source>
        <translation> 页，共 %1 页</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="179"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件（*.pdf）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="179"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="180"/>
        <source>Save the scorecard</source>
        <translation>保存成绩单</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="184"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/scorecard_export.py" line="192"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="86"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="86"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="86"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="95"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="291"/>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="99"/>
        <source>Click a piece of evidence to hear that moment</source>
        <translation>点击证据即可收听对应片段</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="103"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="274"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="103"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="274"/>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="103"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="106"/>
        <source>Why the verdict changes (required)</source>
        <translation>改判原因（必填）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="108"/>
        <source>Override</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="117"/>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="119"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="121"/>
        <source>Comment for the agent or team lead (optional)</source>
        <translation>给坐席或组长的备注（选填）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="122"/>
        <source>Sign off</source>
        <translation>复核确认</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="125"/>
        <source>Dispute a verdict…</source>
        <translation>申诉判定…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="126"/>
        <source>Enter an agent&apos;s dispute of the selected rule&apos;s verdict</source>
        <translation>录入坐席对所选规则判定的申诉</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation type="vanished">标记为申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="171"/>
        <source>Machine score %1, after overrides %2</source>
        <translation>机器评分 %1，改判后 %2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="174"/>
        <source>Machine score (pack %1)</source>
        <translation>机器评分（规则包 %1）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="176"/>
        <source>Critical rule failed: %1</source>
        <translation>致命项未通过：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="189"/>
        <source>To review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="189"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="189"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="190"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation type="vanished">重新复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="252"/>
        <source>%1 (confirmed)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="254"/>
        <source>not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="260"/>
        <source>Critical rule: failing it fails the call.</source>
        <translation>致命项：未通过则整通通话不合格。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="261"/>
        <source>Informational rule: shown as found or not found; it scores no points.</source>
        <translation>提示性规则：只显示检出或未检出，不计分。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="271"/>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="274"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="271"/>
        <source>Found</source>
        <translation>检出</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="271"/>
        <source>Not found</source>
        <translation>未检出</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="292"/>
        <source>Select a rule to see its evidence and change its verdict.</source>
        <translation>选择一条规则，查看证据并修改判定。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="301"/>
        <source>Machine verdict: %1</source>
        <translation>机器判定：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="304"/>
        <source>Override by %1: %2 — %3</source>
        <translation>%1 改判为：%2 — %3</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="310"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="310"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/scorecard_panel.py" line="318"/>
        <source>No evidence recorded for this rule.</source>
        <translation>该规则没有记录证据。</translation>
    </message>
</context>
<context>
    <name>ScoringMessages</name>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="169"/>
        <source>agent</source>
        <comment>role.agent</comment>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="170"/>
        <source>customer</source>
        <comment>role.customer</comment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="171"/>
        <source>, </source>
        <comment>list.separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="172"/>
        <source>in the call</source>
        <comment>window.call</comment>
        <translation>整通通话中</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="173"/>
        <source>within the first {seconds:g} s</source>
        <comment>window.first</comment>
        <translation>前 {seconds:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="174"/>
        <source>within the last {seconds:g} s</source>
        <comment>window.last</comment>
        <translation>最后 {seconds:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="175"/>
        <source>within the first {seconds:g} s, up to {end:.1f} s (a short call: after that is its closing)</source>
        <comment>window.first_short</comment>
        <translation>前 {seconds:g} 秒内，截至 {end:.1f} 秒（通话较短：此后为结束部分）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="176"/>
        <source>within the last {seconds:g} s, from {start:.1f} s (a short call: before that is its opening)</source>
        <comment>window.last_short</comment>
        <translation>最后 {seconds:g} 秒内，自 {start:.1f} 秒起（通话较短：此前为开场部分）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="177"/>
        <source>within {within:g} s before the {duration:.0f} s hold at {start:.1f} s</source>
        <comment>window.before_hold</comment>
        <translation>{start:.1f} 秒处 {duration:.0f} 秒等待之前的 {within:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="178"/>
        <source>within {within:g} s after the {duration:.0f} s hold ending at {end:.1f} s</source>
        <comment>window.after_hold</comment>
        <translation>{end:.1f} 秒结束的 {duration:.0f} 秒等待之后的 {within:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="179"/>
        <source>within {within:g} s before {title} (“{span}” at {start:.1f} s)</source>
        <comment>window.before_rule</comment>
        <translation>“{title}”（{start:.1f} 秒处“{span}”）之前的 {within:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="180"/>
        <source>within {within:g} s after {title} (“{span}” at {start:.1f} s)</source>
        <comment>window.after_rule</comment>
        <translation>“{title}”（{start:.1f} 秒处“{span}”）之后的 {within:g} 秒内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="181"/>
        <source>in the windows</source>
        <comment>window.several</comment>
        <translation>各检查时段内</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="182"/>
        <source>before</source>
        <comment>side.before</comment>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="183"/>
        <source>after</source>
        <comment>side.after</comment>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="184"/>
        <source>{role} speech</source>
        <comment>scope.speech</comment>
        <translation>{role}的话语</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="185"/>
        <source>the call</source>
        <comment>scope.call</comment>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="186"/>
        <source>{role} speech (mono call: every turn not recognisably the other party&apos;s counted as possibly the {role})</source>
        <comment>scope.mono</comment>
        <translation>{role}的话语（单声道通话：凡不能确认是另一方说的话轮，都按可能是{role}计）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="187"/>
        <source>{role} speech (mono call: turns recognisably the {role}&apos;s by words or voice)</source>
        <comment>scope.mono_shown</comment>
        <translation>{role}的话语（单声道通话：按用语或声音可确认是{role}的话轮）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="188"/>
        <source>{rule} is {status}</source>
        <comment>condition.rule</comment>
        <translation>“{rule}”判定为{status}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="189"/>
        <source>category is {category}</source>
        <comment>condition.category</comment>
        <translation>类别为{category}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="190"/>
        <source>the call has a {event}</source>
        <comment>condition.event</comment>
        <translation>通话中有{event}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="191"/>
        <source>layout is {layout}</source>
        <comment>condition.layout</comment>
        <translation>录音为{layout}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="192"/>
        <source>“{span}” at {start:.1f} s ({mode} {similarity:.0f})</source>
        <comment>reason.found</comment>
        <translation>{start:.1f} 秒处说了“{span}”（{mode}匹配，相似度 {similarity:.0f}）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="193"/>
        <source>not found {where}</source>
        <comment>reason.not_found</comment>
        <translation>{where}未找到</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="194"/>
        <source>“{span}” at {start:.1f} s</source>
        <comment>reason.said</comment>
        <translation>{start:.1f} 秒处说了“{span}”</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="195"/>
        <source>“{span}” at {start:.1f} s and {more} more</source>
        <comment>reason.said_more</comment>
        <translation>{start:.1f} 秒处说了“{span}”，另有 {more} 处</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="196"/>
        <source>none found</source>
        <comment>reason.none_found</comment>
        <translation>未发现</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="197"/>
        <source>“{span}” at {start:.1f} s in a turn whose speaker is undetermined (mono call): for an inspector to decide</source>
        <comment>reason.undetermined</comment>
        <translation>{start:.1f} 秒处有“{span}”，但该话轮说话人无法确定（单声道通话），需质检员判断</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="198"/>
        <source>no {event} in this call</source>
        <comment>reason.no_event</comment>
        <translation>本通通话没有{event}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="199"/>
        <source>{found} (done although it applies only when {condition})</source>
        <comment>reason.done_anyway</comment>
        <translation>{found}（本规则仅在{condition}时适用，但坐席仍已做到）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="200"/>
        <source>applies only when {condition}</source>
        <comment>reason.not_applicable</comment>
        <translation>仅在{condition}时适用</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="201"/>
        <source>no {title} phrase in {who} {where}</source>
        <comment>note.not_found</comment>
        <translation>{where}，{who}中没有“{title}”话术</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="202"/>
        <source>looked for {phrases}</source>
        <comment>note.looked_for</comment>
        <translation>查找的话术：{phrases}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="203"/>
        <source>none of {looked} in {who} {where}</source>
        <comment>note.none_of</comment>
        <translation>{where}，{who}中没有出现所查 {looked}中的任何一条</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="204"/>
        <source>no {event} in this call</source>
        <comment>note.no_event</comment>
        <translation>本通通话没有{event}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="205"/>
        <source>no {title} in this call to look {side}</source>
        <comment>note.no_anchor</comment>
        <translation>本通通话没有“{title}”，无法在其{side}查找</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="206"/>
        <source>applies only when {condition}</source>
        <comment>note.not_applicable</comment>
        <translation>仅在{condition}时适用</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="207"/>
        <source>announced</source>
        <comment>note.announced</comment>
        <translation>已提前告知</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="208"/>
        <source>weight {weight:g}</source>
        <comment>note.weight</comment>
        <translation>权重 {weight:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="209"/>
        <source>resembles the example “{example}” ({similarity:.0f} %), weight {weight:g}</source>
        <comment>note.resembles</comment>
        <translation>与例句“{example}”相似（{similarity:.0f}%），权重 {weight:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="210"/>
        <source>a reading trained on {lines} labelled lines puts this at {share:.0f} % {category}, weight {weight:g}</source>
        <comment>note.head</comment>
        <translation>据 {lines} 条标注语句训练的判读，此句属于 {category} 的概率为 {share:.0f}%，权重 {weight:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="211"/>
        <source>a claim (“{claim}”) set against what arrived (“{reality}”), weight {weight:g}</source>
        <comment>note.contrast</comment>
        <translation>说法（“{claim}”）与收到的（“{reality}”）不符，权重 {weight:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="212"/>
        <source>an agent sentence like the refusal “{example}” ({similarity:.0f} %), more than any polite or ordinary agent line ({polite:.0f} %)</source>
        <comment>note.refusal</comment>
        <translation>坐席的话与推诿例句“{example}”相似（{similarity:.0f}%），超过任何礼貌或日常话术（{polite:.0f}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="213"/>
        <source>“{phrase}” said while handing the case on, like “{example}” ({similarity:.0f} %): not counted</source>
        <comment>note.polite</comment>
        <translation>“{phrase}”出现在转交处理的话里，与“{example}”相似（{similarity:.0f}%）：不计</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="214"/>
        <source>deflects: “{cue}”; no action offered; like the refusal “{example}” ({similarity:.0f} %)</source>
        <comment>note.stance_deflect</comment>
        <translation>推诿：“{cue}”；未提出任何处理；与拒绝示例“{example}”相似（{similarity:.0f}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="215"/>
        <source>blames or belittles the customer: “{cue}”; like the refusal “{example}” ({similarity:.0f} %)</source>
        <comment>note.stance_contempt</comment>
        <translation>指责或轻视客户：“{cue}”；与拒绝示例“{example}”相似（{similarity:.0f}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="216"/>
        <source>kind words when said sincerely; the stance head reads this sentence at {probability:.0f} % refusal, so they are taken as said in contempt</source>
        <comment>note.stance_ironic</comment>
        <translation>真心说是客气话；训练好的判读认为这句话有 {probability:.0f}% 属于拒绝，所以按反话（轻视）计</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="217"/>
        <source>a reading trained on the labelled agent lines of many authors puts this sentence at {probability:.0f} % refusal, blame or contempt</source>
        <comment>note.stance_head</comment>
        <translation>一个由多位作者标注的坐席话术训练出的判读认为这句话有 {probability:.0f}% 属于拒绝、指责或轻视</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="218"/>
        <source>the recogniser heard this turn at {heard}%: listen before you trust the reading</source>
        <comment>note.heard_unclearly</comment>
        <translation>语音识别对这段话的把握只有 {heard}%：请先听录音再采信这一判读</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="219"/>
        <source>“{phrase}” said in a sentence that commits to an action (“{cue}”): not counted</source>
        <comment>note.stance_commit</comment>
        <translation>“{phrase}”出现在承诺处理的话里（“{cue}”）：不计</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="220"/>
        <source>“{phrase}” refuses by a negation this sentence does not say: not counted</source>
        <comment>note.stance_unnegated</comment>
        <translation>“{phrase}”靠否定表示拒绝，而这句话并没有否定：不计</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="221"/>
        <source>“{phrase}” matched loosely, but said with “{word}” in place of one of its words: not counted</source>
        <comment>note.swapped_word</comment>
        <translation>“{phrase}”只是近似匹配，其中一个词说成了“{word}”，意思不同：不计</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="222"/>
        <source>refusal in other words: “{span}” at {start:.1f} s</source>
        <comment>reason.refusal</comment>
        <translation>换了说法的推诿：{start:.1f} 秒处“{span}”</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="223"/>
        <source>the customer threatens to take it further: like “{example}” ({similarity:.0f} %)</source>
        <comment>note.threat</comment>
        <translation>客户扬言把事情闹大：与“{example}”相似（{similarity:.0f}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="224"/>
        <source>the customer names “{phrase}”</source>
        <comment>note.threat_word</comment>
        <translation>客户提到“{phrase}”</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="225"/>
        <source>the customer means to take it to “{channel}” (“{intent}”)</source>
        <comment>note.threat_intent</comment>
        <translation>客户打算把事情闹到“{channel}”（“{intent}”）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="226"/>
        <source>the customer threatens to take it further: a reading trained on {lines} labelled lines puts this at {probability:.0f} % threat</source>
        <comment>note.threat_head</comment>
        <translation>客户扬言把事情闹大：用 {lines} 条标注语句训练的判读认为这句是威胁的可能为 {probability:.0f}%</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="227"/>
        <source>… and {count} more</source>
        <comment>looked.more</comment>
        <translation>…等另外 {count} 条</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="228"/>
        <source>{count} phrases</source>
        <comment>looked.phrases</comment>
        <translation>{count} 条话术</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="229"/>
        <source>{count} patterns</source>
        <comment>looked.patterns</comment>
        <translation>{count} 个正则</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="230"/>
        <source>mono call: speaker inferred as {role} (says “{phrase}”)</source>
        <comment>mono.cue</comment>
        <translation>单声道通话：根据“{phrase}”判断说话人为{role}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="231"/>
        <source>mono call: speaker inferred as {role} (first turn of an inbound call)</source>
        <comment>mono.first_turn</comment>
        <translation>单声道通话：呼入电话的第一句，判断说话人为{role}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="232"/>
        <source>mono call: speaker inferred as {role} (voice like the {role}&apos;s turns: {pitch:.0f} Hz vs agent {agent:.0f} Hz / customer {customer:.0f} Hz)</source>
        <comment>mono.voice</comment>
        <translation>单声道通话：根据声音判断说话人为{role}（音高 {pitch:.0f} Hz，坐席约 {agent:.0f} Hz，客户约 {customer:.0f} Hz）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="233"/>
        <source>mono call: the {role}&apos;s voice ({confidence}% sure)</source>
        <comment>mono.voice_id</comment>
        <translation>单声道通话：{role}的声音（把握 {confidence}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="234"/>
        <source>mono recording with one voice: the {role}&apos;s, by its script ({confidence}% sure)</source>
        <comment>mono.one_voice_id</comment>
        <translation>单声道录音，只有一个声音：根据话术判断为{role}（把握 {confidence}%）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="235"/>
        <source>mono recording with one voice: its script does not show whose it is (no agent greeting, introduction or closing), so its speaker is undetermined</source>
        <comment>mono.one_voice</comment>
        <translation>单声道录音，只有一个声音：话术中没有坐席的问候、自我介绍或结束语，无法判断是谁，说话人未确定</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="236"/>
        <source>mono call: speaker set to {role} by an inspector</source>
        <comment>mono.inspector</comment>
        <translation>单声道通话：质检员将说话人设为{role}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="237"/>
        <source>mono call: speaker not identified by words or voice (turn order suggests the {role})</source>
        <comment>mono.turn_order</comment>
        <translation>单声道通话：无法从用语或声音判断说话人（按话轮顺序可能是{role}）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="238"/>
        <source>{count} unannounced silence(s) ≥ {seconds:g} s</source>
        <comment>reason.dead_air</comment>
        <translation>{count} 次未告知的静音（≥ {seconds:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="239"/>
        <source>no unannounced long silence</source>
        <comment>reason.no_dead_air</comment>
        <translation>没有未告知的长时间静音</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="240"/>
        <source>announced at {start:.1f} s: “{span}”</source>
        <comment>note.silence_announced</comment>
        <translation>已在 {start:.1f} 秒处告知：“{span}”</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="241"/>
        <source>silence of {duration:.1f} s (≥ {seconds:g} s) the {role} did not announce</source>
        <comment>note.dead_air</comment>
        <translation>静音 {duration:.1f} 秒（≥ {seconds:g} 秒），{role}未提前告知</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="242"/>
        <source>no silence ≥ {seconds:g} s (longest {longest:.1f} s)</source>
        <comment>note.no_long_silence</comment>
        <translation>没有 ≥ {seconds:g} 秒的静音（最长 {longest:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="243"/>
        <source>mono recording</source>
        <comment>reason.mono</comment>
        <translation>单声道录音</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="244"/>
        <source>mono recording: who talks over whom cannot be measured</source>
        <comment>note.mono_overlap</comment>
        <translation>单声道录音：无法判断谁打断了谁</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="245"/>
        <source>mono recording: no voice took over from the other mid-speech; talking over each other on one channel is not always visible, so it is not measured</source>
        <comment>note.mono_overlap_unseen</comment>
        <translation>单声道录音：未发现一方在对方说话中途接过话头；单声道上的抢话并不总能看出，因此不作测量</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="246"/>
        <source>mono recording with one voice: the other party was not heard, so this cannot be measured</source>
        <comment>reason.one_voice</comment>
        <translation>单声道录音，只有一个声音：未听到另一方，因此无法测量</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="247"/>
        <source>mono recording with one voice: nobody else was heard, so who talks over whom cannot be measured</source>
        <comment>note.one_voice_overlap</comment>
        <translation>单声道录音，只有一个声音：未听到其他人，因此无法测量谁打断了谁</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="248"/>
        <source>{count} interruption(s) (allowed {allowed})</source>
        <comment>reason.interruptions</comment>
        <translation>抢话 {count} 次（允许 {allowed} 次）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="249"/>
        <source>{count} interruption(s) of at least {seconds:g} s (allowed {allowed})</source>
        <comment>note.interruptions</comment>
        <translation>持续 {seconds:g} 秒以上的抢话 {count} 次（允许 {allowed} 次）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="250"/>
        <source>{interrupter} started talking over the {interrupted} for {duration:.1f} s</source>
        <comment>note.interrupted</comment>
        <translation>{interrupter}在{interrupted}说话时插话 {duration:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="251"/>
        <source>metric not measured for this call</source>
        <comment>reason.not_measured</comment>
        <translation>本通通话未测得该指标</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="252"/>
        <source>mono recording: not every turn&apos;s speaker is known, so per-party figures cannot be measured</source>
        <comment>reason.mono_roles</comment>
        <translation>单声道录音：并非每一轮的说话人都已确定，因此无法测量各方的数据</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="253"/>
        <source>{metric}: {why}</source>
        <comment>note.metric_na</comment>
        <translation>{metric}：{why}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="254"/>
        <source>{text} (expected {bounds})</source>
        <comment>note.metric</comment>
        <translation>{text}（要求 {bounds}）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="255"/>
        <source>≥ {value:g}</source>
        <comment>bound.min</comment>
        <translation>≥ {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="256"/>
        <source>≤ {value:g}</source>
        <comment>bound.max</comment>
        <translation>≤ {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="257"/>
        <source>target {value:g}</source>
        <comment>bound.target</comment>
        <translation>目标 {value:g}</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="258"/>
        <source>voice rising: {loudness:+.0f} dB, {pitch:+.1f} semitones vs. the {role}&apos;s first {seconds:.0f} s</source>
        <comment>escalation.voice</comment>
        <translation>声音升高：比{role}前 {seconds:.0f} 秒响 {loudness:+.0f} dB、音高 {pitch:+.1f} 个半音</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="259"/>
        <source>voice rising: {loudness:+.0f} dB vs. the {role}&apos;s first {seconds:.0f} s (pitch not measured)</source>
        <comment>escalation.voice_louder</comment>
        <translation>声音升高：比{role}前 {seconds:.0f} 秒响 {loudness:+.0f} dB（未测得音高）</translation>
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
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="36"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="36"/>
        <source>Team lead (plans and assigns reviews)</source>
        <translation>组长（制定复核计划并分配）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="37"/>
        <source>Arbitrator (decides disputes)</source>
        <translation>仲裁人（裁决申诉）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="45"/>
        <source>Bundled base model</source>
        <translation>内置 base 模型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="53"/>
        <source>The bundled base model, a model name, or a folder with a CTranslate2 model</source>
        <translation>内置 base 模型、模型名称，或包含 CTranslate2 模型的文件夹</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="56"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="56"/>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="56"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="62"/>
        <source>Stereo: agent left, customer right</source>
        <translation>立体声：左声道坐席，右声道客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="63"/>
        <source>Stereo: customer left, agent right</source>
        <translation>立体声：左声道客户，右声道坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="64"/>
        <source>Mixed (mono): find speakers from the text</source>
        <translation>混合（单声道）：根据文本判断说话人</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="71"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="74"/>
        <source>Default pack for the call&apos;s language</source>
        <translation>按通话语言使用默认规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="77"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="81"/>
        <source>A new UI language or database applies after restarting QA Desktop.</source>
        <translation>更改界面语言或数据库后，需重启 QA Desktop 才能生效。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="86"/>
        <source>Inspector name</source>
        <translation>质检员姓名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="87"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="88"/>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="131"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="89"/>
        <source>Speech model</source>
        <translation>语音识别模型</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="90"/>
        <source>Call language</source>
        <translation>通话语言</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="91"/>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="92"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="93"/>
        <source>Default rule pack</source>
        <translation>默认规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="94"/>
        <source>UI language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="125"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="132"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库（*.sqlite *.db）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="138"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="143"/>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/settings_dialog.py" line="143"/>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>规则包（*.yaml *.yml）</translation>
    </message>
</context>
<context>
    <name>TeamMessages</name>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="156"/>
        <source>%1 reviewed this call first; an arbitrator other than the first reviewer must decide the dispute</source>
        <translation>%1 是这通电话的初审人；申诉须由初审人以外的仲裁人裁决</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="157"/>
        <source>already decided (%1) by %2 at %3</source>
        <translation>已由 %2 于 %3 裁决（%1）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="158"/>
        <source>the verdict of rule %1 is already disputed; decide that dispute first</source>
        <translation>规则 %1 的判定已在申诉中；请先裁决该申诉</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="159"/>
        <source>rule %1 does not apply to this call (N/A); only a pass or a fail can be disputed</source>
        <translation>规则 %1 不适用于这通电话（不适用）；只能对通过或未通过的判定申诉</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="160"/>
        <source>rule %1 is not in this call&apos;s score</source>
        <translation>规则 %1 不在这通电话的评分中</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="161"/>
        <source>the agent&apos;s reason is required</source>
        <translation>必须填写坐席的申诉理由</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="162"/>
        <source>the arbitrator&apos;s comment is required</source>
        <translation>必须填写仲裁意见</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="163"/>
        <source>who enters the dispute (your name in Settings) is required</source>
        <translation>必须有申诉录入人（设置中的姓名）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="164"/>
        <source>the arbitrator&apos;s name (your name in Settings) is required</source>
        <translation>必须有仲裁人姓名（设置中的姓名）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="165"/>
        <source>who is doing this? Set your name in Settings first</source>
        <translation>操作人是谁？请先在设置中填写姓名</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="166"/>
        <source>name at least one inspector to assign calls to</source>
        <translation>请至少填写一名质检员来分配通话</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="167"/>
        <source>unknown plan %1 (use %2)</source>
        <translation>未知的复核计划 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../build/i18n_helper_strings.py" line="168"/>
        <source>: </source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="105"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="105"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="105"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="133"/>
        <source>set by inspector</source>
        <translation>质检员设定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="135"/>
        <source>by voice, %1%</source>
        <translation>按声音，%1%</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="137"/>
        <source>voice %1, undecided</source>
        <translation>声音 %1，未确定</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="156"/>
        <source>Who said this?</source>
        <translation>这句话是谁说的？</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="157"/>
        <source>The agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/transcript_view.py" line="157"/>
        <source>The customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="114"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="257"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="276"/>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="114"/>
        <source>Per team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="115"/>
        <source>Per agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="120"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="120"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="120"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="128"/>
        <source>Export chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="129"/>
        <source>Scorecard…</source>
        <translation>质检成绩单…</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="131"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="131"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="131"/>
        <source>Per</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="132"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="132"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="145"/>
        <source>Score over time</source>
        <translation>评分趋势</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="146"/>
        <source>Rule failures</source>
        <translation>规则未通过率</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="147"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="148"/>
        <source>Escalation risk</source>
        <translation>升级风险</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="149"/>
        <source>Agent ranking</source>
        <translation>坐席排名</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="151"/>
        <source>Disputes per rule</source>
        <translation>各规则申诉</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="153"/>
        <source>Repeat contacts</source>
        <translation>重复来电</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="155"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="277"/>
        <source>Click a point or a bar to list the calls behind it.</source>
        <translation>点击数据点或柱形，即可查看对应的通话。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="193"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="279"/>
        <source>No scored calls between %1 and %2.</source>
        <translation>%1 至 %2 之间没有已评分的通话。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="282"/>
        <source>The score chart shows the %1 agents or teams with the most calls; pick one under “Who” to see another.</source>
        <translation>评分趋势只显示通话量最多的 %1 个坐席或班组；如需查看其他对象，请在“对象”中选择。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="288"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="288"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="288"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="290"/>
        <source>Shown per %1: per %2 there would be too many bars for this range.</source>
        <translation>按%1显示：该时间范围按%2显示柱子过多。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="298"/>
        <source>The charts could not be read: %1</source>
        <translation>无法读取图表数据：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="363"/>
        <location filename="../../qa_desktop/ui/trends/page.py" line="369"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/trends/page.py" line="364"/>
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
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="82"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="93"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="93"/>
        <source>fuzzy</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="93"/>
        <source>phonetic</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="94"/>
        <source>pattern</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="99"/>
        <source>%1 (forbidden)</source>
        <translation>%1（禁语）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/rules_page/try_rule.py" line="114"/>
        <source>No rule matches this sentence.</source>
        <translation>没有规则命中这句话。</translation>
    </message>
</context>
<context>
    <name>WaveformLegend</name>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="215"/>
        <source>rule passed here (evidence)</source>
        <translation>规则通过（依据）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="216"/>
        <source>rule failed here (evidence)</source>
        <translation>规则未通过（依据）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="217"/>
        <source>found here (informational rule, not scored)</source>
        <translation>检出位置（提示性规则，不计分）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="218"/>
        <source>agent speaking</source>
        <translation>坐席说话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="219"/>
        <source>customer speaking</source>
        <translation>客户说话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="220"/>
        <source>silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="221"/>
        <source>talking over each other</source>
        <translation>抢话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="223"/>
        <source>The marks along the top of a lane show where a rule found its evidence: green for a rule that passed, red for one that failed. Click one to hear it.</source>
        <translation>声道上方的标记表示规则找到依据的位置：绿色为通过的规则，红色为未通过的规则。点击可跳到该处收听。</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="63"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="114"/>
        <source>silence %1 s</source>
        <translation>静音 %1 秒</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="116"/>
        <source>overlap: %1 over %2</source>
        <translation>抢话：%1 打断 %2</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="172"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="172"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="172"/>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/review/waveform.py" line="173"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="75"/>
        <source>Review plan</source>
        <extracomment>A queue in its order and which of its calls to open (as the Review queue page).</extracomment>
        <translation>复核计划</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="77"/>
        <source>The sample as drawn</source>
        <translation>按抽样顺序</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="77"/>
        <source>Critical failures first</source>
        <translation>关键项失败优先</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="83"/>
        <source> random calls per agent per week</source>
        <translation> 通/坐席/周（随机）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="84"/>
        <source>Every call with a failed critical rule</source>
        <translation>所有关键项失败的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="90"/>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="91"/>
        <source>Draw the calls</source>
        <translation>抽取通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="94"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="98"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="101"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="108"/>
        <source>Bulk sign-off</source>
        <translation>批量签核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="114"/>
        <source>machine confidence ≥ </source>
        <translation>机器置信度 ≥ </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="115"/>
        <source>Sign off the drawn calls the machine is sure of</source>
        <translation>签核机器有把握的已抽取通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="116"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="119"/>
        <source>Only calls with no critical failure and no override; recorded as a bulk machine-confidence sign-off under your name.</source>
        <translation>仅限无关键项失败且无人工改判的通话；以您的名义记录为按机器置信度批量签核。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="128"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="130"/>
        <source>Inspectors, separated by commas (e.g. 王芳, 李娜)</source>
        <translation>质检员，用逗号分隔（如 王芳，李娜）</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="132"/>
        <source>In turn (round robin)</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="133"/>
        <source>Fewest calls left first</source>
        <translation>剩余最少者优先</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="134"/>
        <source>Take calls back from whoever has them</source>
        <translation>收回已分配给他人的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="135"/>
        <source>Assign the drawn calls</source>
        <translation>分配已抽取的通话</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="150"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="150"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="150"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="151"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="155"/>
        <source>Review my queue</source>
        <translation>复核我的队列</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="173"/>
        <source>Progress per inspector</source>
        <translation>各质检员进度</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="197"/>
        <source>Team leads draw review plans, assign calls and sign off in bulk; set your role in Settings. Everyone can work through their own queue here.</source>
        <translation>组长在此制定复核计划、分配通话并批量签核（请在设置中选择角色）；每个人都可在此处理自己的队列。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="206"/>
        <source>Set your name in Settings first: every assignment and sign-off records who did it.</source>
        <translation>请先在设置中填写姓名：每次分配和签核都会记录操作人。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="234"/>
        <source>Drawing the calls…</source>
        <translation>正在抽取通话…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="248"/>
        <source>%Ln call(s) to review</source>
        <translation>
            <numerusform>%Ln 通待复核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="248"/>
        <location filename="../../qa_desktop/ui/workload/page.py" line="290"/>
        <location filename="../../qa_desktop/ui/workload/page.py" line="292"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="249"/>
        <source>the machine is sure of %Ln</source>
        <translation>
            <numerusform>其中机器有把握 %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="267"/>
        <source>Signing off…</source>
        <translation>正在签核…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="271"/>
        <source>%Ln call(s) signed off as a bulk machine-confidence sign-off by %1</source>
        <translation>
            <numerusform>%1 按机器置信度批量签核了 %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="283"/>
        <source>Assigning…</source>
        <translation>正在分配…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="287"/>
        <source>%Ln call(s) assigned</source>
        <translation>
            <numerusform>已分配 %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="288"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="290"/>
        <source>%Ln already had an inspector</source>
        <translation>
            <numerusform>%Ln 通已有质检员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="292"/>
        <source>%Ln already reviewed</source>
        <translation>
            <numerusform>%Ln 通已复核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="307"/>
        <source>Stopped; the calls signed off until then stay signed off.</source>
        <translation>已停止；此前已签核的通话保持签核。</translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="322"/>
        <source>Signing off… %1 %</source>
        <translation>正在签核… %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qa_desktop/ui/workload/page.py" line="350"/>
        <source>My queue (%1): %Ln call(s) left</source>
        <translation>
            <numerusform>我的队列（%1）：剩余 %Ln 通</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qa_desktop/ui/workload/page.py" line="351"/>
        <source>no name set</source>
        <translation>未设置姓名</translation>
    </message>
</context>
</TS>
