"""The review screen's keyboard: Space play/pause, ←/→ seek 5 s, [ / ] slower/faster, Ctrl+↑/↓ (or
PgUp/PgDn) previous/next call, Esc back to the list. The media keys are off while a text field has focus,
so typing a comment never starts playback. Its strings keep the screen's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from qa_desktop.ui.review.player import AudioPlayer


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewScreen", text)


def shortcut_help() -> str:
    return _t(
        "Space: play / pause\n←  →: back / forward 5 seconds\n[  ]: slower / faster (1×, 1.25×, 1.5×, 2×)\n"
        "Ctrl+↑  Ctrl+↓ (PgUp / PgDn): previous / next call\nEsc: back to the call list\n"
        "Click the waveform, a line of the dialogue or a piece of evidence to jump there."
    )


class ReviewKeys(QObject):
    """The shortcuts of `screen`: the player's, `go(step)` to a neighbouring call, `back()` to the list.
    (A child of the screen, so the application's focus signal stops reaching it with the screen.)"""

    def __init__(self, screen: QWidget, player: AudioPlayer, go: Callable[[int], Any], back: Callable[[], Any]) -> None:
        super().__init__(screen)
        self.screen = screen
        self.media = [
            self._shortcut(Qt.Key.Key_Space, player.toggle),
            self._shortcut(Qt.Key.Key_Left, lambda: player.skip(-5.0)),
            self._shortcut(Qt.Key.Key_Right, lambda: player.skip(5.0)),
            self._shortcut(Qt.Key.Key_BracketLeft, lambda: player.step_rate(-1)),
            self._shortcut(Qt.Key.Key_BracketRight, lambda: player.step_rate(1)),
        ]
        for keys, step in (((Qt.Modifier.CTRL | Qt.Key.Key_Up), -1), ((Qt.Modifier.CTRL | Qt.Key.Key_Down), 1),
                           (Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            self._shortcut(keys, lambda s=step: go(s))
        self._shortcut(Qt.Key.Key_Escape, back)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _shortcut(self, key: Any, slot: Callable[[], Any]) -> QShortcut:
        sc = QShortcut(QKeySequence(key), self.screen)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: slot())
        return sc

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        typing = isinstance(new, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) and not (
            isinstance(new, QTextEdit) and new.isReadOnly()
        )
        for sc in self.media:
            sc.setEnabled(not typing)
