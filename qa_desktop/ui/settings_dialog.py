"""Preferences: who inspects, where the database is, how calls are transcribed
and scored, and the UI language. Changes are written to QSettings on OK."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from qa_desktop.ui.settings import CHANNEL_MAPS, LANGUAGES, ROLES, UI_LANGUAGES, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.qsettings = settings
        s = AppSettings.load(settings)
        self.original = s

        self.inspector = QLineEdit(s.inspector, self)
        self.inspector.setPlaceholderText(self.tr("Stored with every override and sign-off"))
        self.role = QComboBox(self)
        role_names = {"inspector": self.tr("Inspector"), "lead": self.tr("Team lead (plans and assigns reviews)"),
                      "arbitrator": self.tr("Arbitrator (decides disputes)")}
        for code in ROLES:
            self.role.addItem(role_names[code], code)
        self.role.setCurrentIndex(max(0, self.role.findData(s.role)))
        self.db_path = QLineEdit(s.db_path, self)
        db_row = self._with_browse(self.db_path, self._browse_db)
        self.model = QComboBox(self)
        self.model.setEditable(True)
        self.model.addItem(self.tr("Bundled base model"), "base")
        self.model.addItem("small", "small")
        self.model.addItem("medium", "medium")
        index = self.model.findData(s.model)
        if index >= 0:
            self.model.setCurrentIndex(index)
        else:
            self.model.setEditText(s.model)
        self.model.setToolTip(self.tr("The bundled base model, a model name, or a folder with a CTranslate2 model"))
        model_row = self._with_browse(self.model, self._browse_model)
        self.language = QComboBox(self)
        names = {"auto": self.tr("Detect automatically"), "zh": self.tr("Mandarin Chinese"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.channel_map = QComboBox(self)
        maps = {
            "agent-left": self.tr("Stereo: agent left, customer right"),
            "agent-right": self.tr("Stereo: customer left, agent right"),
            "mono": self.tr("Mixed (mono): find speakers from the text"),
        }
        for code in CHANNEL_MAPS:
            self.channel_map.addItem(maps[code], code)
        self.channel_map.setCurrentIndex(max(0, self.channel_map.findData(s.channel_map)))
        self.threads = QSpinBox(self)
        self.threads.setRange(0, 64)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(s.threads)
        self.rule_pack = QLineEdit(s.rule_pack, self)
        self.rule_pack.setPlaceholderText(self.tr("Default pack for the call's language"))
        pack_row = self._with_browse(self.rule_pack, self._browse_pack)
        self.ui_language = QComboBox(self)
        ui_names = {"system": self.tr("Same as the system"), "en": "English", "zh_CN": "简体中文"}
        for code in UI_LANGUAGES:
            self.ui_language.addItem(ui_names[code], code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(s.ui_language)))
        restart = QLabel(self.tr("A new UI language or database applies after restarting QA Desktop."), self)
        restart.setStyleSheet("color:#666;")
        restart.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Inspector name"), self.inspector)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Database file"), db_row)
        form.addRow(self.tr("Speech model"), model_row)
        form.addRow(self.tr("Call language"), self.language)
        form.addRow(self.tr("Channels"), self.channel_map)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Default rule pack"), pack_row)
        form.addRow(self.tr("UI language"), self.ui_language)
        form.addRow(restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> AppSettings:
        model = self.model.currentData() if self.model.currentText() == self.model.itemText(
            self.model.currentIndex()) else self.model.currentText().strip()
        return AppSettings(
            inspector=self.inspector.text().strip(),
            db_path=self.db_path.text().strip() or self.original.db_path,
            model=str(model or "base"),
            language=self.language.currentData(),
            channel_map=self.channel_map.currentData(),
            threads=self.threads.value(),
            rule_pack=self.rule_pack.text().strip(),
            ui_language=self.ui_language.currentData(),
            role=self.role.currentData(),
        )

    def accept(self) -> None:
        self.values().save(self.qsettings)
        super().accept()

    def _with_browse(self, field: QWidget, slot) -> QWidget:  # noqa: ANN001
        box = QWidget(self)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(field, 1)
        b = QPushButton(self.tr("Browse…"), box)
        b.clicked.connect(lambda *_: slot())
        lay.addWidget(b)
        return box

    def _browse_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.db_path.text(),
                                              self.tr("SQLite database (*.sqlite *.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_path.setText(path)

    def _browse_model(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Model folder"))
        if path:
            self.model.setEditText(path)

    def _browse_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Rule pack"), "", self.tr("Rule packs (*.yaml *.yml)"))
        if path:
            self.rule_pack.setText(path)
