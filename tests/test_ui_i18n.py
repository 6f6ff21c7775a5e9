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
from tests.ui_synth import Spec, build

#: Words that are the same in a Chinese UI: the product's name, file formats, technical names.
ALLOWED = {"qa", "zh", "en", "ui", "desktop", "pdf", "excel", "png", "xlsx", "csv", "yaml", "yml", "whisper", "english", "ctranslate",
           "wav", "mp", "flac", "ogg", "opus", "m4a", "aac", "amr", "wma", "gsm", "sqlite", "id", "ffmpeg", "mp3",
           "ctranslate2", "pypinyin", "faster", "base", "small", "medium", "large", "tiny", "cpu", "gpu"}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
DATA = re.compile(r"(\([a-z0-9_:\-]+\))|([\w.\-]*[/\\][^\s]*)|(\b[A-Za-z]*\d[\w\-]*)|(\b[a-z]+[-_][\w\-]+)|(<[^>]+>)"
                  r"|(&[a-z]+;)|(\*\.\w+)|(%\d)")


def english_words(text: str, data: set[str]) -> list[str]:
    text = DATA.sub(" ", text or "")
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED and w not in data and len(w) > 1]


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


@pytest.fixture
def chinese(qapp):
    lang = install_translator(qapp, "zh_CN")
    yield lang
    install_translator(qapp, "en")


def test_language_follows_the_system_locale_unless_chosen() -> None:
    assert resolve_language("auto", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("system", QLocale("zh_TW")) == "zh_CN"
    assert resolve_language("auto", QLocale("de_DE")) == "en"
    assert resolve_language("en", QLocale("zh_CN")) == "en"
    assert resolve_language("zh_CN") == "zh_CN"
    assert (i18n_dir() / "qa_desktop_zh_CN.qm").is_file()


def test_chart_dates_and_numbers_follow_the_ui_locale(chinese) -> None:
    from qa_desktop.ui.trends.plotting import LocaleDateAxis, fmt_day, to_ts

    axis = LocaleDateAxis(orientation="bottom")
    assert axis.tickStrings([to_ts("2026-06-01")], 1.0, 30 * 86400) == ["6月"]
    assert axis.tickStrings([to_ts("2026-06-15")], 1.0, 7 * 86400) == ["6月15日"]
    assert fmt_day("2026-06-15") == QLocale("zh_CN").toString(QDate(2026, 6, 15), QLocale.FormatType.ShortFormat)


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
    data = {"Z3001", "Z3002", "closing", "manner"}  # agent ids; section ids the synthetic calls name
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
