"""The whole UI in Simplified Chinese: with the zh_CN translation installed, no
visible widget text (labels, buttons, tabs, menus, actions, headers, group
boxes, placeholders, chart axes) is left in English; data (agent ids, file
names, rule ids, numbers) may stay as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from qa_desktop.ui.i18n import i18n_dir, install_translator, resolve_language
from tests.ui_synth import Spec, build, chinese  # noqa: F401 - chinese: a fixture

#: Words that are the same in a Chinese UI: the product's name, file formats, technical names.
ALLOWED = {"qa", "zh", "en", "ui", "desktop", "pdf", "excel", "png", "xlsx", "csv", "yaml", "yml", "whisper", "english", "ctranslate",
           "wav", "mp", "flac", "ogg", "opus", "m4a", "aac", "amr", "wma", "gsm", "sqlite", "id", "ffmpeg", "mp3",
           "ctranslate2", "pypinyin", "faster", "base", "small", "medium", "large", "tiny", "cpu", "gpu"}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
DATA = re.compile(r"(\([a-z0-9_:\-]+\))|([\w.\-]*[/\\][^\s]*)|(\b[A-Za-z]*\d[\w\-]*)|(\b[a-z]+[-_][\w\-]+)|(<[^>]+>)"
                  r"|(&[a-z]+;)|(\*\.\w+)|(%\d)")


def english_words(text: str, data: set[str]) -> list[str]:
    text = DATA.sub(" ", text or "")
    words = (w.strip("'") for w in WORD.findall(text))
    return [w for w in words if w.lower() not in ALLOWED and w not in data and len(w) > 1]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user reads on `root` and its children."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = type(w).__name__
        if w.isWindow() and w.windowTitle():
            out.append((f"{name} title", w.windowTitle()))
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QDockWidget):
            out.append((name, w.windowTitle()))
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            out.extend([(f"{name} affix", w.prefix()), (f"{name} affix", w.suffix()),
                        (f"{name} special", w.specialValueText())])
        if isinstance(w, QTabWidget):
            out.extend((f"{name} tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.extend((f"{name} item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QListWidget):
            out.extend((f"{name} item", w.item(i).text()) for i in range(w.count()))
        if isinstance(w, QTreeWidget):
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while items:
                item = items.pop()
                out.extend((f"{name} cell", item.text(c)) for c in range(1, w.columnCount()))
                out.append((f"{name} cell", re.sub(r"\s*\(.*\)$", "", item.text(0))))
                items.extend(item.child(i) for i in range(item.childCount()))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            out.extend((f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                       for c in range(model.columnCount(QModelIndex())))
        if isinstance(w, QMenu):
            out.append((f"{name} menu", w.title()))
        for action in w.actions():
            out.append((f"{name} action", action.text()))
            if action.menu() is not None:
                out.append(("menu", action.menu().title()))
                out.extend(("menu action", a.text()) for a in action.menu().actions())
        if hasattr(w, "getPlotItem"):
            plot = w.getPlotItem()
            out.extend((f"{name} axis", plot.getAxis(a).labelText) for a in ("left", "bottom"))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            out.append(("menubar", action.text()))
            out.extend(("menu action", a.text()) for a in action.menu().actions())
    return [(where, t) for where, t in out if t]


def test_language_follows_the_system_locale_unless_chosen() -> None:
    assert resolve_language("auto", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("system", QLocale("zh_TW")) == "zh_CN"
    assert resolve_language("auto", QLocale("de_DE")) == "en"
    assert resolve_language("en", QLocale("zh_CN")) == "en"
    assert resolve_language("zh_CN") == "zh_CN"
    assert (i18n_dir() / "qa_desktop_zh_CN.qm").is_file()


def test_chart_dates_and_numbers_follow_the_ui_locale(chinese) -> None:
    from qa_desktop.ui.trends.plotting import LocaleDateAxis, fmt_date, to_ts

    axis = LocaleDateAxis(orientation="bottom")
    # months as the category bars write them; days in the one date format of the list and the review
    assert axis.tickStrings([to_ts("2026-06-01")], 1.0, 30 * 86400) == ["2026年6月"]
    assert axis.tickStrings([to_ts("2026-06-15")], 1.0, 7 * 86400) == ["2026/6/15"]
    assert fmt_date("2026-06-15") == "2026/6/15"


# What each kind of widget shows for 2 March 2026 and for 1,500 calls, per UI language.
LOCALE_EXAMPLES = {
    "zh_CN": {"date": "2026/3/2", "count": "符合条件的通话 1,500 通", "status": "共 1,500 通通话",
              "score": "评分 80", "sampled": "待复核 2 通"},
    "en": {"date": "3/2/2026", "count": "1,500 calls match", "status": "1,500 calls",
           "score": "Score 80", "sampled": "2 calls to review"},
}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_dates_times_and_numbers_follow_the_ui_language(qapp, qtbot, tmp_path: Path, lang: str) -> None:
    """One example per kind of widget: the call list's date cell and count, a filter date field, the
    review history's time stamp, the status bar, a sample's table and count, the import queue's score."""
    from qa_desktop.ui.call_list_model import COLUMNS
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.settings import AppSettings, open_settings
    from tests.ui_synth import wait_for_list

    want = LOCALE_EXAMPLES[lang]
    install_translator(qapp, lang)
    try:
        db, pks = build(tmp_path / "qa.sqlite", [Spec("Z3001", "East", "2026-03-02", 80.0, critical=True),
                                                 Spec("Z3002", "West", "2026-03-03", 55.0)])
        db.sign_off(pks[0], "Li Na", "ok")
        qs = open_settings()
        s = AppSettings.load(qs)
        s.db_path = str(tmp_path / "qa.sqlite")
        s.save(qs)
        window = MainWindow(qs, db)
        qtbot.addWidget(window)
        wait_for_list(qtbot, window.calls.model)
        model = window.calls.model
        date_col = [c.key for c in COLUMNS].index("date")
        row = model.row_of(pks[0])
        assert model.data(model.index(row, date_col)) == want["date"]  # a table cell

        bar = window.calls.filter_bar  # a date field
        bar.date_from.setDate(QDate(2026, 3, 2))
        assert bar.date_from.text() == want["date"]

        window.calls.show_ordered(list(range(1, 1501)))  # a count label, with digit grouping
        assert window.calls.count_label.text() == want["count"]
        assert window.calls_label.text() == want["status"]

        window.open_call(pks[0])  # the review history: local date and time of the sign-off
        stamp = db.load_call(pks[0]).reviews[-1].at
        from PySide6.QtCore import QDateTime

        local = QDateTime.fromString(stamp, Qt.DateFormat.ISODate).toLocalTime()
        loc = QLocale("zh_CN" if lang == "zh_CN" else "en_US")
        expected = loc.toString(local.date(), loc.dateFormat(QLocale.FormatType.ShortFormat).replace("/yy", "/yyyy")
                                if lang == "en" else "yyyy/M/d")
        history = window.review.scorecard.history_label.text()
        assert history.startswith(expected + " " + loc.toString(local.time(), loc.timeFormat(
            QLocale.FormatType.ShortFormat))), history

        sampling = window.sampling  # a table of dates and a count
        sampling.date_from.setDate(QDate(2026, 3, 1))
        sampling.date_to.setDate(QDate(2026, 3, 31))
        sampling.use_random.setChecked(True)
        with qtbot.waitSignal(sampling.built, timeout=10_000):
            sampling.build()
        assert sampling.count.text() == want["sampled"]
        assert sampling.model.text(0, 3) == want["date"]
        assert sampling.date_from.text() == want["date"].replace("2", "1", 1) if lang == "en" else "2026/3/1"

        queue = window.queue  # the import queue's score line
        queue._add_row(99, "/calls/x.flac")
        queue._on_done(99, pks[0])
        assert queue.table.item(queue._rows[99], 4).text() == want["score"]
        window.close()
        db.close()
    finally:
        install_translator(qapp, "en")


def _scored_calls(db) -> list[int]:  # noqa: ANN001
    """Two Mandarin calls scored by the real engine and the shipped Mandarin pack: stereo and mono."""
    import copy

    from qa_desktop.rules import default_pack_for
    from qa_desktop.scoring import score
    from tests.test_ui_review_widgets import make_call

    pack = default_pack_for("zh")
    stereo, _ = make_call()
    stereo.file = "/calls/20260812_Z3002_900002.flac"
    mono = copy.deepcopy(stereo)
    mono.layout, mono.channels, mono.content_hash = "mono", [], "made-up-mono"
    mono.file = "/calls/20260813_Z3001_900003.flac"
    for u in mono.utterances:
        u.speaker, u.channel = "unknown", 0
    return [db.save_call(t, score(t, pack), pack) for t in (stereo, mono)]


def test_review_of_a_scored_call_has_no_english_reasons_in_zh_cn(chinese, qtbot, tmp_path: Path) -> None:
    """Every rule's reason, evidence and tooltip on the review screen of real Mandarin verdicts."""
    from qa_desktop.storage import Database
    from qa_desktop.ui.review.review_screen import ReviewScreen
    from qa_desktop.ui.settings import open_settings

    db = Database.open(tmp_path / "qa.sqlite")
    screen = ReviewScreen(lambda: db, open_settings())
    qtbot.addWidget(screen)
    seen_keys: set[str] = set()
    problems: list[str] = []
    for pk in _scored_calls(db):
        assert screen.open_call(pk)
        results = screen.stored.effective.results
        assert all(r.reason_key for r in results)  # really the engine's catalogue messages
        seen_keys |= {r.reason_key for r in results}
        panel = screen.scorecard
        data = {r.rule for r in results} | {"Hz"}
        for r in results:
            assert panel.select_rule(r.rule)
            texts = [panel.reason_label.text(), panel.tree.currentItem().toolTip(0)]
            texts += [panel.evidence_list.item(i).text() for i in range(panel.evidence_list.count())]
            for text in texts:
                words = english_words(text, data)
                if words:
                    problems.append(f"{r.rule}: {text!r} ({', '.join(words)})")
    db.close()
    assert {"reason.found", "reason.not_found"} <= seen_keys
    assert not problems, "English on the review screen:\n" + "\n".join(problems)


def test_old_calls_without_message_keys_show_their_english(chinese, qtbot) -> None:
    from qa_desktop.domain import Evidence, RuleResult
    from qa_desktop.ui.messages import note_text, reason_text

    old = RuleResult("greeting", "开场白", "opening", "fail", 0, 10, reason="not found within the first 15 s",
                     evidence=[Evidence("agent", 0, 15, note="no greeting phrase in agent speech")])
    assert reason_text(old) == "not found within the first 15 s"
    assert note_text(old.evidence[0]) == "no greeting phrase in agent speech"
    new = RuleResult("greeting", "开场白", "opening", "fail", 0, 10, reason="not found within the first 15 s",
                     reason_key="reason.not_found",
                     reason_args={"where": {"key": "window.first", "args": {"seconds": 15}}})
    assert reason_text(new) == "前 15 秒内未找到"


@pytest.mark.parametrize("english, chinese_reason", [
    ("file is empty (0 bytes)", "文件为空（0 字节）"),
    ("not an audio file, or its header is corrupt", "不是音频文件，或文件头已损坏"),
    ("no speech found in the recording (only silence or noise)", "录音中未检测到人声（只有静音或噪声）"),
    ("unsupported audio format: .xyz", "不支持的音频格式"),
    ("audio is too short to transcribe (0.21 s)", "录音太短，无法转写（0.21 秒）"),
])
def test_import_errors_are_translated_and_keep_the_file(chinese, english: str, chinese_reason: str) -> None:
    from qa_desktop.errors import AudioError
    from qa_desktop.ui.messages import error_text

    path = "/calls/20260901_Z9999_000001.wav"
    assert error_text(str(AudioError(path, english))) == f"{path}：{chinese_reason}"
    assert error_text(f"{path}: something nobody translated") == f"{path}: something nobody translated"


def test_rule_pack_errors_and_the_error_dialog_in_zh_cn(chinese, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from qa_desktop.paths import rules_dir
    from qa_desktop.storage import Database
    from qa_desktop.ui.app import error_message
    from qa_desktop.ui.rules_page import RulesPage

    db = Database.open(tmp_path / "qa.sqlite")
    page = RulesPage(lambda: db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    text = (rules_dir() / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "zh-edited.yaml"
    broken.write_text(text.replace("weight: 20", "weight: 二十", 1).replace("section: opening", "section: nowhere", 1),
                      encoding="utf-8")
    assert not page.import_pack(broken)
    problems = [page.errors.item(i).text() for i in range(page.errors.count())]
    assert any("必须是数字" in p for p in problems) and any("本规则包中没有模块" in p for p in problems)
    assert all(p.startswith("zh-edited.yaml:") for p in problems)  # the file, not its folder
    assert "2 处问题" in page.error_title.text()
    for where, shown in visible_texts(page.error_box):
        assert not english_words(shown, {"weight", "section", "nowhere", "opening", "greeting"}), (where, shown)
    dialog = error_message(ValueError, ValueError("boom"))
    assert dialog.startswith("出现意外错误：ValueError: boom") and "日志" in dialog
    db.close()


def test_zh_cn_has_no_untranslated_visible_strings(chinese, qtbot, tmp_path: Path) -> None:
    from qa_desktop.ui.main_window import MainWindow
    from qa_desktop.ui.scorecard_export import ScorecardDialog
    from qa_desktop.ui.settings import AppSettings, open_settings
    from qa_desktop.ui.settings_dialog import SettingsDialog

    assert chinese == "zh_CN"
    assert QApplication.translate("MainWindow", "Calls") == "通话"  # the translation really loaded
    db, pks = build(tmp_path / "qa.sqlite", [Spec("Z3001", "华东一组", "2026-03-02", 80.0),
                                             Spec("Z3002", "华东一组", "2026-03-03", 55.0, critical=True)])
    qs = open_settings()
    s = AppSettings.load(qs)
    s.db_path = str(tmp_path / "qa.sqlite")
    s.save(qs)
    window = MainWindow(qs, db)
    qtbot.addWidget(window)
    window.show()
    from qa_desktop.rules import available_packs, load_pack

    data = {"Z3001", "Z3002", "closing", "manner"}  # agent ids; section ids the synthetic calls name
    for path in available_packs():  # rule, section and category ids (the pack tree's ID column)
        pack = load_pack(path)
        data |= {r.id for r in pack.rules} | {s.id for s in pack.sections} | {c.id for c in pack.categories.items}
        if pack.language.startswith("zh"):  # a Chinese pack's cue lists may name Dcard, PTT: its author's data
            e = pack.escalation
            data |= {w for key in ("keywords", "channels", "intents", "harmless", "spread", "sound_alike")
                     for cue in getattr(e, key) for w in str(cue).split()}
    problems: list[str] = []
    roots: list[QWidget] = [window]
    for row in range(window.sidebar.count()):  # show every page so lazily built parts exist
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
    window.open_call(pks[0])
    QApplication.processEvents()
    rules = window.pages.widget(2)
    rules.try_panel.text.setPlainText("您好，欢迎致电")
    rules.try_panel.run()
    sampling = window.pages.widget(3)
    with qtbot.waitSignal(sampling.built, timeout=10_000):
        sampling.build()
    dialog = SettingsDialog(qs, window)
    card = ScorecardDialog(lambda: db, qs, window, "agent", "Z3001", "2026-03-01", "2026-03-31")
    card.preview()
    roots += [dialog, card]
    for root in roots:
        for where, text in visible_texts(root):
            words = english_words(text, data)
            if words:
                problems.append(f"{where}: {text!r} ({', '.join(words)})")
    db.close()
    assert not problems, "untranslated:\n" + "\n".join(sorted(set(problems)))
