"""Who is scoring: the inspector's name from Settings (asked once, as the review screen does)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget


def inspector_name(settings: QSettings) -> str:
    return str(settings.value("review/inspector", "") or "").strip()


def ask_inspector(parent: QWidget, settings: QSettings) -> str | None:
    """The name from Settings, or asked for now (and kept); None when the inspector cancels."""
    name = inspector_name(settings)
    if name:
        return name
    name, ok = QInputDialog.getText(parent, QCoreApplication.translate("ReviewScreen", "Inspector"),
                                    QCoreApplication.translate("ReviewScreen", "Your name, stored with every review:"))
    if ok and name.strip():
        settings.setValue("review/inspector", name.strip())
        return name.strip()
    return None
