"""The Rule packs page: which pack scores new calls, what is in it, trying
phrases, re-scoring.

A pack that fails validation never replaces the active one: its problems
(file, line, field, reason) are listed above the tree and the pack the user
was looking at stays active.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.errors import RulePackError
from qa_desktop.paths import rules_dir
from qa_desktop.rules import RulePack, available_packs, load_pack
from qa_desktop.ui.locale_fmt import fmt_int
from qa_desktop.ui.messages import error_text, language_label
from qa_desktop.ui.rules_page.learned import LearnedExamplesPanel
from qa_desktop.ui.rules_page.pack_tree import PackTree
from qa_desktop.ui.rules_page.rescore import RescorePanel
from qa_desktop.ui.rules_page.try_rule import TryRulePanel

ACTIVE_KEY = "rules/default_pack"  # shared with Settings: the pack new imports are scored with
IMPORTED_KEY = "rules/imported_packs"


class RulesPage(QWidget):
    openCalls = Signal(list)
    packChanged = Signal(object)
    callsRescored = Signal(object)  # RescoreSummary: stored scores changed

    def __init__(self, db_provider: Callable[[], Any], settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_provider = db_provider
        self.settings = settings
        self.active_pack: RulePack | None = None
        self.packs = QComboBox(self)
        self.packs.setMinimumWidth(260)
        self.reload_button = QPushButton(self.tr("Reload from disk"), self)
        self.edit_button = QPushButton(self.tr("Open in editor"), self)
        self.import_button = QPushButton(self.tr("Import a pack file…"), self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color:#555;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Active rule pack"), self))
        top.addWidget(self.packs)
        top.addWidget(self.reload_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)
        top.addStretch(1)

        self.error_box = QFrame(self)
        self.error_box.setStyleSheet("QFrame{background:#fdecea;border:1px solid #e0a39b;border-radius:4px}"
                                     "QLabel{border:none;color:#8a1c12}")
        self.error_title = QLabel(self.error_box)
        self.error_title.setWordWrap(True)
        self.errors = QListWidget(self.error_box)
        self.errors.setMaximumHeight(110)
        self.errors.setStyleSheet("QListWidget{background:white;color:#8a1c12}")
        err_lay = QVBoxLayout(self.error_box)
        err_lay.addWidget(self.error_title)
        err_lay.addWidget(self.errors)
        self.error_box.hide()

        self.tree = PackTree(self)
        self.try_panel = TryRulePanel(self)
        self.rescore = RescorePanel(db_provider, lambda: self.active_pack, self)
        self.rescore.rescored.connect(self.callsRescored)
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.try_panel, 1)
        right_lay.addWidget(self.rescore)
        self.learned = LearnedExamplesPanel(db_provider, settings, right)
        right_lay.addWidget(self.learned, 1)
        split = QSplitter(self)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.error_box)
        lay.addWidget(split, 1)

        self.import_button.clicked.connect(self._import_clicked)
        self.reload_button.clicked.connect(self.reload_active)
        self.edit_button.clicked.connect(self._open_in_editor)
        self.try_panel.ruleSelected.connect(self._select_rule)
        self._fill_packs()
        self.packs.currentIndexChanged.connect(self._combo_changed)
        app = QCoreApplication.instance()
        if app is not None:  # never let a re-score thread outlive the app
            app.aboutToQuit.connect(self.rescore.shutdown)

    # ---- pack list --------------------------------------------------------------------
    def _imported(self) -> list[str]:
        """Imported pack files (an INI QSettings hands back one value as a plain string)."""
        value = self.settings.value(IMPORTED_KEY, []) or []
        return [value] if isinstance(value, str) else [str(v) for v in value if v]

    def _pack_paths(self) -> list[Path]:
        paths = [*available_packs(), *(Path(p) for p in self._imported() if Path(p).is_file())]
        seen, out = set(), []
        for p in paths:
            if p.resolve() not in seen:
                seen.add(p.resolve())
                out.append(p)
        return out

    def _fill_packs(self) -> None:
        self.packs.blockSignals(True)
        self.packs.clear()
        for path in self._pack_paths():
            self.packs.addItem(path.stem, str(path))
        self.packs.blockSignals(False)
        wanted = str(self.settings.value(ACTIVE_KEY, "") or "")
        index = next((i for i in range(self.packs.count()) if wanted and (
            self.packs.itemData(i) == wanted or self.packs.itemText(i) == Path(wanted).stem)), -1)
        if index < 0:  # no choice yet: the Mandarin pack (the product's first language), else the first
            index = next((i for i in range(self.packs.count()) if self.packs.itemText(i).startswith("zh")), 0)
        if self.packs.count():
            self.packs.setCurrentIndex(index)
            self.activate(self.packs.itemData(index), remember=False)

    def _combo_changed(self, index: int) -> None:
        if index >= 0 and not self.activate(self.packs.itemData(index)):
            self._select_combo(self.active_pack)

    def _select_combo(self, pack: RulePack | None) -> None:
        if pack is None or pack.path is None:
            return
        self.packs.blockSignals(True)
        self.packs.setCurrentIndex(max(0, self.packs.findData(str(pack.path))))
        self.packs.blockSignals(False)

    # ---- activation --------------------------------------------------------------------
    def activate(self, path: str | Path, remember: bool = True) -> bool:
        """Load and show `path`; on a validation error show it and keep the active pack."""
        try:
            pack = load_pack(path)
        except RulePackError as exc:
            self.show_errors(exc)
            return False
        self.hide_errors()
        self.active_pack = pack
        if remember:
            self.settings.setValue(ACTIVE_KEY, str(path))
        self.tree.show_pack(pack)
        self.try_panel.set_pack(pack)
        n_phrases = sum(len(r.phrases) for r in pack.rules)
        shipped = Path(path).resolve().parent == rules_dir().resolve()
        self.summary.setText(self.tr("%1 (version %2, language %3): %4 sections, %5 rules, %6 phrases — %7")
                             .replace("%1", pack.name).replace("%2", str(pack.version))
                             .replace("%3", language_label(pack.language))
                             .replace("%4", fmt_int(len(pack.sections))).replace("%5", fmt_int(len(pack.rules)))
                             .replace("%6", fmt_int(n_phrases))
                             .replace("%7", self.tr("shipped with QA Desktop") if shipped else Path(path).name))
        self.summary.setToolTip(str(path))
        self.packChanged.emit(pack)
        return True

    def import_pack(self, path: str | Path) -> bool:
        """Validate a pack file and make it active; a broken file leaves everything as it was."""
        path = Path(path)
        try:
            load_pack(path)
        except RulePackError as exc:
            self.show_errors(exc)
            return False
        imported = self._imported()
        if str(path) not in imported:
            self.settings.setValue(IMPORTED_KEY, [*imported, str(path)])
        self.packs.blockSignals(True)
        if self.packs.findData(str(path)) < 0:
            self.packs.addItem(path.stem, str(path))
        self.packs.setCurrentIndex(self.packs.findData(str(path)))
        self.packs.blockSignals(False)
        return self.activate(path)

    def reload_active(self) -> bool:
        """Re-read the active pack's file after it was edited (errors shown, old pack kept)."""
        if self.active_pack is None or self.active_pack.path is None:
            return False
        return self.activate(self.active_pack.path)

    def show_errors(self, exc: RulePackError) -> None:
        """The problems in the UI language, each as "file name:line: field: reason" (full path in the tooltip)."""
        problems = list(getattr(exc, "problems", None) or [str(exc)])
        kept = self.active_pack.name if self.active_pack else self.tr("none")
        source = exc.subject.rsplit(":", 1)[0] if exc.subject and re.search(r":\d+$", exc.subject) else exc.subject
        self.error_title.setText(self.tr("%1 has %n problem(s) and was not loaded. The active pack is still %2.", "",
                                         len(problems)).replace("%1", Path(source).name if source else self.tr("The file"))
                                 .replace("%2", kept))
        self.error_title.setToolTip(source or "")
        self.errors.clear()
        for problem in problems:
            shown = error_text(problem)
            if source and shown.startswith(source):
                shown = Path(source).name + shown[len(source):]
            item = QListWidgetItem(shown)
            item.setToolTip(error_text(problem))
            self.errors.addItem(item)
        self.errors.setFixedHeight(min(120, 8 + 22 * len(problems)))
        self.error_box.show()

    def hide_errors(self) -> None:
        self.errors.clear()
        self.error_box.hide()

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rule pack"), "",
                                              self.tr("Rule packs (*.yaml *.yml)"))
        if path:
            self.import_pack(path)

    def _open_in_editor(self) -> None:
        if self.active_pack is not None and self.active_pack.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.active_pack.path)))

    def _select_rule(self, rule_id: str) -> None:
        item = self.tree.rule_item(rule_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
