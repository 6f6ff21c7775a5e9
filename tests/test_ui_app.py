"""The main window without the model: pages, first-run offer, settings kept in
a test-only INI file, translations, review keyboard shortcuts."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from qa_desktop.storage import Database  # noqa: E402
from qa_desktop.ui.i18n import install_translator  # noqa: E402
from qa_desktop.ui.main_window import MainWindow  # noqa: E402
from qa_desktop.ui.settings import AppSettings, open_settings  # noqa: E402
from qa_desktop.ui.settings_dialog import SettingsDialog  # noqa: E402
from tests.test_ui_review_widgets import make_call  # noqa: E402
from tests.ui_synth import wait_for_list  # noqa: E402

PACK = SimpleNamespace(name="test-pack", content_hash="ui-app-pack", source="name: test\n", version="1",
                       language="zh", path="")


def _settings(home: Path) -> QSettings:
    qs = open_settings()
    s = AppSettings.load(qs)
    s.db_path = str(home / "qa.sqlite")
    s.inspector = "Wang Fang"
    s.save(qs)
    return qs


def test_settings_live_in_the_test_home_not_the_user_store(_isolated_home: Path) -> None:
    qs = open_settings()
    assert Path(qs.fileName()).parent == _isolated_home
    assert qs.format() == QSettings.Format.IniFormat
    s = AppSettings.load(qs)
    assert s.db_path.startswith(str(_isolated_home))  # default database follows QA_DESKTOP_HOME


def test_settings_dialog_round_trip(qtbot, _isolated_home: Path) -> None:
    qs = _settings(_isolated_home)
    dialog = SettingsDialog(qs)
    qtbot.addWidget(dialog)
    assert dialog.inspector.text() == "Wang Fang"
    dialog.inspector.setText("Zhao Lei")
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.channel_map.setCurrentIndex(dialog.channel_map.findData("agent-right"))
    dialog.threads.setValue(2)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("zh_CN"))
    dialog.accept()
    again = AppSettings.load(open_settings())
    assert (again.inspector, again.language, again.channel_map, again.threads, again.ui_language) == (
        "Zhao Lei", "zh", "agent-right", 2, "zh_CN")
    assert again.ui_locale() == "zh_CN"


def test_first_run_offers_samples_and_pages_are_hosted(qtbot, _isolated_home: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "qa_desktop.ui.sampling", None)  # a page that fails to import
    window = MainWindow(_settings(_isolated_home))
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Calls", "Trends", "Rule packs", "Review queue", "Workload", "Disputes", "Calibration"]
    wait_for_list(qtbot, window.calls.model)
    assert window.calls.stack.currentWidget() is window.calls.empty
    assert window.calls.empty.samples_button.isVisible() or not window.isVisible()
    placeholder = window.pages.widget(3)
    assert isinstance(placeholder, QLabel) and "not available" in placeholder.text()
    db_path = Path(AppSettings.load(window.settings).db_path)
    assert db_path.exists()
    from qa_desktop.ui.app import create_app

    assert create_app().windowIcon().availableSizes()  # the app's own icon (taskbar, title bar)
    window.close()
    assert not list(db_path.parent.glob(db_path.name + "-*"))  # closed: no -wal / -shm left beside it


def test_review_keys_and_next_previous(qtbot, _isolated_home: Path) -> None:
    db = Database.open(_isolated_home / "qa.sqlite")
    t, score = make_call()
    for i in range(3):
        t2 = copy.deepcopy(t)
        t2.content_hash = f"k{i}"
        t2.meta.date = f"2026-08-1{i}"
        db.save_call(t2, copy.deepcopy(score), PACK)
    window = MainWindow(_settings(_isolated_home), db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wait_for_list(qtbot, window.calls.model)
    first = window.calls.model.row_at(0).pk
    window.open_call(first)
    review = window.review
    assert window.calls_stack.currentWidget() is review
    review.setFocus()
    qtbot.keyClick(review, Qt.Key.Key_Right)
    assert review.player.position() == pytest.approx(5.0)
    assert review.transcript_view.current_index() == 1  # the customer's line at 3.4 s is highlighted
    qtbot.keyClick(review, Qt.Key.Key_Left)
    assert review.player.position() == pytest.approx(0.0)
    qtbot.keyClick(review, Qt.Key.Key_BracketRight)
    assert review.player.rate() == 1.25
    qtbot.keyClick(review, Qt.Key.Key_BracketLeft)
    assert review.player.rate() == 1.0

    # typing a comment never moves the play head
    review.scorecard.signoff_comment.setFocus()
    QApplication.processEvents()
    qtbot.keyClicks(review.scorecard.signoff_comment, "ok ]")
    assert review.scorecard.signoff_comment.text() == "ok ]" and review.player.rate() == 1.0

    review.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(review, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert review.pk == window.calls.model.row_at(1).pk
    qtbot.keyClick(review, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert review.pk == first
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert window.calls_stack.currentWidget() is window.calls
    window.close()


def test_unknown_ui_language_falls_back_to_english(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert install_translator(app, "en_US") == "en"
    assert install_translator(app, "xx_YY") == "en"  # no such translation: the app stays in English
    assert QApplication.translate("MainWindow", "Calls") == "Calls"


def test_calls_picked_on_another_page_are_listed(qtbot, _isolated_home: Path) -> None:
    """A chart point or a review sample emits openCalls: the call list shows exactly those."""
    db = Database.open(_isolated_home / "qa.sqlite")
    t, score = make_call()
    pks = []
    for i in range(4):
        t2 = copy.deepcopy(t)
        t2.content_hash = f"p{i}"
        pks.append(db.save_call(t2, copy.deepcopy(score), PACK))
    window = MainWindow(_settings(_isolated_home), db)
    qtbot.addWidget(window)
    window.show()
    trends = window.pages.widget(1)
    trends.openCalls.emit([pks[0], pks[2]])
    assert window.pages.currentIndex() == 0 and window.calls_stack.currentWidget() is window.calls
    wait_for_list(qtbot, window.calls.model)
    assert sorted(window.calls.model.row_at(i).pk for i in range(window.calls.model.rowCount())) == [pks[0], pks[2]]
    trends.openCalls.emit([pks[3]])  # one call opens straight in review
    assert window.calls_stack.currentWidget() is window.review and window.review.pk == pks[3]
    window.close()


def test_import_settings_reach_the_running_worker(qtbot, _isolated_home: Path, monkeypatch) -> None:
    """The Rules page's pack and the Settings dialog's model/language/channels/threads reach the import
    worker that is already running, and the next file is imported with them (no restart)."""
    from qa_desktop.paths import rules_dir
    from qa_desktop.ui.import_pipeline import ImportOptions

    window = MainWindow(_settings(_isolated_home))
    qtbot.addWidget(window)
    window.queue._start()  # the worker thread is up (nothing queued yet)
    thread = window.queue._thread
    worker = thread.worker
    assert worker.options() == ImportOptions(rule_pack="")

    rules = window.rules
    rules.packs.setCurrentIndex(rules.packs.findText("en-retail"))
    assert Path(worker.options().rule_pack) == rules_dir() / "en-retail.yaml"

    def change_settings(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.channel_map.setCurrentIndex(dialog.channel_map.findData("mono"))
        dialog.threads.setValue(3)
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", change_settings)
    window.open_settings()
    wanted = ImportOptions("base", "en", "mono", 3, str(rules_dir() / "en-retail.yaml"))
    assert worker.options() == wanted

    # a file queued behind the worker's back is imported with the new options by the same thread
    db = window.db()
    (item,) = db.enqueue([str(_isolated_home / "moved-away.wav")])
    with qtbot.waitSignal(worker.itemFailed, timeout=10_000):
        worker.wake()
    assert window.queue._thread is thread and worker.pipeline.options == wanted
    assert "does not exist" in db.queue_items()[0].error
    window.close()


def test_rescoring_on_the_rules_page_refreshes_the_call_list(qtbot, _isolated_home: Path) -> None:
    from qa_desktop.rules import load_pack
    from qa_desktop.paths import rules_dir
    from qa_desktop.scoring import score
    from tests.ui_synth import Spec, transcript_for

    db = Database.open(_isolated_home / "qa.sqlite")
    zh = load_pack(rules_dir() / "zh-ecommerce.yaml")
    t = transcript_for(0, Spec("Z3001", "East", "2026-03-02", 0.0))
    pk = db.save_call(t, score(t, zh), zh)
    window = MainWindow(_settings(_isolated_home), db)
    qtbot.addWidget(window)
    wait_for_list(qtbot, window.calls.model)
    model = window.calls.model
    before = model.row_at(0).score
    strict = _isolated_home / "zh-strict.yaml"
    text = (rules_dir() / "zh-ecommerce.yaml").read_text(encoding="utf-8")
    start = text.index("id: greeting")
    strict.write_text(text[:start] + text[start:].replace("window: {first: 15}", "window: {first: 0.2}", 1),
                      encoding="utf-8")
    assert window.rules.import_pack(strict)
    with qtbot.waitSignal(model.listReady, timeout=60_000):
        window.rules.rescore.start()
    after = model.row_at(model.row_of(pk)).score
    assert after == db.load_call(pk).effective.score and after < before  # the list shows the new score
    window.rules.rescore.shutdown()
    window.close()
