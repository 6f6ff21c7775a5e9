"""The main window: a sidebar of pages (Calls, Trends, Rule packs, Review
queue), the import queue as a dock, drag-and-drop import anywhere on the window.

Pages built by other parts of the app are imported when present and replaced
by a short explanation when not, so one missing page never stops the app.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from qa_desktop import __version__
from qa_desktop.logs import log_file
from qa_desktop.paths import sample_calls_dir
from qa_desktop.ui.call_list_page import CallListPage
from qa_desktop.ui.import_queue import AUDIO_SUFFIXES, ImportQueuePanel
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.review.review_screen import ReviewScreen
from qa_desktop.ui.settings import AppSettings
from qa_desktop.ui.settings_dialog import SettingsDialog
from qa_desktop.ui.workers import wait_for_background

log = logging.getLogger(__name__)

SIDEBAR_QSS = """
QListWidget#sidebar { background: #24303f; color: #d8dee6; border: none; font-size: 11pt; }
QListWidget#sidebar::item { padding: 10px 14px; }
QListWidget#sidebar::item:selected { background: #2f6fb3; color: white; }
"""


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, database: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._db = database
        self._owns_db = database is None  # opened here from Settings: closed here at quit
        # The platform writes "<window title> — <display name>": the product name goes there once, and the
        # window title names what is on screen ("Calls — QA Desktop"), never the product a second time.
        QApplication.setApplicationDisplayName(self.tr("QA Desktop"))
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.calls = CallListPage(self.db, self)
        self.review = ReviewScreen(self.db, settings, self)
        self.review.navigator = self.calls.model.neighbour
        self.calls_stack = QStackedWidget(self)
        self.calls_stack.addWidget(self.calls)
        self.calls_stack.addWidget(self.review)
        self.calls_stack.currentChanged.connect(lambda _i: self._update_title())

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_QSS)
        self.sidebar.setFixedWidth(170)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget(self)
        self._add_page(self.tr("Calls"), self.calls_stack)
        self.trends = self._external_page("qa_desktop.ui.trends", "TrendsPage", self.tr("Trends"))
        self.rules = self._external_page("qa_desktop.ui.rules_page", "RulesPage", self.tr("Rule packs"))
        self.sampling = self._external_page("qa_desktop.ui.sampling", "SamplingPage", self.tr("Review queue"))
        self.calibration = self._external_page("qa_desktop.ui.calibration", "CalibrationPage", self.tr("Calibration"))
        self._add_page(self.tr("Trends"), self.trends)
        self._add_page(self.tr("Rule packs"), self.rules)
        self._add_page(self.tr("Review queue"), self.sampling)
        self.workload = self._external_page("qa_desktop.ui.workload", "WorkloadPage", self.tr("Workload"))
        self.disputes = self._external_page("qa_desktop.ui.disputes", "DisputesPage", self.tr("Disputes"))
        self._add_page(self.tr("Workload"), self.workload)
        self._add_page(self.tr("Disputes"), self.disputes)
        self._add_page(self.tr("Calibration"), self.calibration)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(lambda _row: self._update_title())
        # "Calls" clicked while a call is open in review: back to the list (the row did not change, so
        # currentRowChanged alone would do nothing)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        self.sidebar.setCurrentRow(0)
        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.sidebar)
        lay.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.queue = ImportQueuePanel(self.db, settings, self)
        self.queue_dock = QDockWidget(self.tr("Import queue"), self)
        self.queue_dock.setObjectName("import-queue")
        self.queue_dock.setWidget(self.queue)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.queue_dock)
        self.queue_dock.hide()

        self.calls_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.calls_label)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(400)
        self._reload_timer.timeout.connect(self._reload_calls)

        self.calls.openCall.connect(self.open_call)
        self.calls.empty.importSamples.connect(self.import_samples)
        self.calls.empty.importFiles.connect(self.import_files)
        self.review.backRequested.connect(self.show_list)
        self.review.callChanged.connect(self.calls.model.refresh_row)
        self.review.callShown.connect(lambda _pk: self._update_title())
        self.queue.callImported.connect(self._on_imported)
        self.queue.itemFailed.connect(lambda _i, reason: self.statusBar().showMessage(error_text(reason), 10_000))
        self.calls.model.listReady.connect(self._update_status)
        self.calls.model.listReady.connect(self.review.update_nav)  # the list behind next/previous changed
        if hasattr(self.rules, "packChanged"):  # the pack new imports are scored with
            self.rules.packChanged.connect(lambda _pack: self.queue.apply_settings())
        if hasattr(self.rules, "callsRescored"):  # scores changed under the list
            self.rules.callsRescored.connect(self._reload_calls)
        if hasattr(self.rules, "learned"):  # an inspector's correction taught the team a sentence
            self.review.learned.connect(self.rules.learned.refresh)
        for page in (self.sampling, self.workload):
            if hasattr(page, "reviewCalls"):
                page.reviewCalls.connect(self.review_in_order)
        self._build_menus()
        self.calls.reload()
        self.queue.resume()
        if self.queue.table.rowCount():
            self.queue_dock.show()

    # ---- database ----------------------------------------------------------------
    def db(self) -> Any:
        """The open database (db_provider for every page)."""
        if self._db is None:
            from qa_desktop.storage.database import Database

            self._db = Database.open(AppSettings.load(self.settings).db_path)
        return self._db

    # ---- navigation ----------------------------------------------------------------
    def open_call(self, pk: int) -> None:
        if self.review.open_call(pk):
            self.calls.select_pk(pk)
            self.sidebar.setCurrentRow(0)
            self.calls_stack.setCurrentWidget(self.review)
            self._update_title()
            self.review.setFocus()

    def show_calls(self, pks: list[int]) -> None:
        """List exactly these calls (one opens straight in review); Clear filters goes back."""
        pks = [int(pk) for pk in pks]
        if len(pks) == 1:
            self.open_call(pks[0])
            return
        self.calls.show_pks(pks)
        self._listing_picked(len(pks))

    def review_in_order(self, pks: list[int], start: int = 0) -> None:
        """A review queue: these calls in this order, call `start` open; next/previous keep the order."""
        pks = [int(pk) for pk in pks]
        if not pks:
            return
        self.calls.show_ordered(pks)
        self._listing_picked(len(pks))
        self.open_call(pks[max(0, min(start, len(pks) - 1))])

    def _listing_picked(self, n: int) -> None:
        self.sidebar.setCurrentRow(0)
        self.show_list()
        self.statusBar().showMessage(
            self.tr("Showing the %n call(s) you picked; Clear filters shows all calls.", "", n), 15_000)

    def _sidebar_clicked(self, item: QListWidgetItem) -> None:
        if self.sidebar.row(item) == 0 and self.calls_stack.currentWidget() is self.review:
            self.show_list()

    def _update_title(self) -> None:
        """The window title: the page on screen, or the call under review."""
        row = self.sidebar.currentRow()
        if row == 0 and self.calls_stack.currentWidget() is self.review and self.review.pk is not None:
            title = self.tr("Review: %1").replace("%1", self.review.title_label.text())
        else:
            item = self.sidebar.item(row) if row >= 0 else None
            title = item.text() if item is not None else ""
        self.setWindowTitle(title)

    def full_title(self) -> str:
        """The title bar as the platform writes it (window title — application display name)."""
        name = QApplication.applicationDisplayName()
        title = self.windowTitle()
        if not title or title.endswith(name):
            return title or name
        return f"{title} \u2014 {name}"

    def show_list(self) -> None:
        self.review.player.pause()
        if self.review.pk is not None:
            self.calls.select_pk(self.review.pk)
        self.calls_stack.setCurrentWidget(self.calls)
        self.calls.table.setFocus()

    # ---- import --------------------------------------------------------------------
    def import_paths(self, paths: list[str | Path]) -> int:
        ids = self.queue.add_paths(paths)
        if ids:
            self.queue_dock.show()
            self.statusBar().showMessage(self.tr("%Ln file(s) queued for import", "", len(ids)), 5000)
        else:
            self.statusBar().showMessage(self.tr("No recordings found in what was dropped"), 5000)
        return len(ids)

    def import_samples(self) -> int:
        """Queue the bundled sample calls, shortest first, so a scored call appears quickly."""
        files = sorted((p for p in sample_calls_dir().iterdir() if p.suffix.lower() in AUDIO_SUFFIXES),
                       key=lambda p: p.stat().st_size)
        return self.import_paths(files)

    def import_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(AUDIO_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import recordings"), "",
                                                self.tr("Recordings (%1)").replace("%1", patterns))
        if files:
            self.import_paths(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of recordings"))
        if folder:
            self.import_paths([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ---- misc ----------------------------------------------------------------------
    def export_reports(self) -> None:
        """File ▸ Export reports…: scorecards, the call list on screen, rule results (ui.report_export)."""
        from qa_desktop.ui.report_export import ReportExportDialog

        ReportExportDialog(self.db, self.calls.model.filters, self.settings, self).exec()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self.queue.apply_settings)  # model, language, channels, threads, pack
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.review.player.clear()
        self.queue.shutdown()
        if self._owns_db and self._db is not None:
            # background queries read through this connection: let them finish, then close it, so
            # SQLite folds its write-ahead log back into the file (no -wal/-shm left beside it)
            wait_for_background(5_000)
            self._db.close()
            self._db = None
        super().closeEvent(event)

    def _on_imported(self, pk: int) -> None:
        self._reload_timer.start()

    def _reload_calls(self, *_: Any) -> None:
        self.calls.reload(keep=self.calls.selected_pk())

    def _update_status(self) -> None:
        self.calls_label.setText(self.tr("%Ln call(s)", "", self.calls.model.total()))

    def _add_page(self, title: str, widget: QWidget) -> None:
        self.sidebar.addItem(QListWidgetItem(title))
        self.pages.addWidget(widget)

    def _external_page(self, module: str, name: str, title: str) -> QWidget:
        try:
            cls = getattr(importlib.import_module(module), name)
            page = cls(self.db, self.settings, self)
            if hasattr(page, "openCalls"):  # a chart point, a sample: the calls behind it
                page.openCalls.connect(self.show_calls)
            return page
        except Exception as exc:  # noqa: BLE001 - a missing page must not stop the app
            log.info("page %s unavailable: %s", module, exc)
            label = QLabel(self.tr("The %1 page is not available in this build.").replace("%1", title), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("color:#777;")
            return label

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import recordings…"), self.import_files, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Import a &folder…"), self.import_folder)
        self._action(file_menu, self.tr("Import the &sample calls"), self.import_samples)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("&Export reports…"), self.export_reports,
                                          QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view = self.menuBar().addMenu(self.tr("&View"))
        toggle = self.queue_dock.toggleViewAction()
        toggle.setText(self.tr("Import &queue"))
        view.addAction(toggle)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), lambda: QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), self.review.shortcut_help()))
        self._action(help_menu, self.tr("Open the &log file"), self.queue.open_log)
        self._action(help_menu, self.tr("&About QA Desktop"), lambda: QMessageBox.about(
            self, self.tr("About QA Desktop"),
            self.tr("QA Desktop %1\nCall quality inspection on your own computer.\nLog: %2")
            .replace("%1", __version__).replace("%2", str(log_file()))))

    def _action(self, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        return action

    def sizeHint(self) -> QSize:
        return QSize(1360, 860)
