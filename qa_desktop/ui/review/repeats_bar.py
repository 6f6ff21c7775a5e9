"""The customer's other contacts within the repeat window, above the call under review.

"Repeat contact" with links to the earlier calls (what the customer called
about before, and what the agent then did), and the later calls that
repeated this one. A click opens that call. The number that linked them is
shown by its last four digits only. Hidden when the call has no other contact.
"""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from qa_desktop.repeats import masked_key
from qa_desktop.storage import repeats
from qa_desktop.ui.call_list_model import category_label
from qa_desktop.ui.locale_fmt import fmt_date


class RepeatContactsBar(QLabel):
    openCall = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("QLabel { background:#fff3e0; border:1px solid #f0c080; border-radius:4px; padding:4px 8px; }")
        self.linkActivated.connect(lambda href: self.openCall.emit(int(href.split(":", 1)[1])))
        self.calls: list[repeats.LinkedCall] = []
        self.hide()

    def show_call(self, conn: Any, pk: int) -> None:
        try:
            self.calls = repeats.linked_calls(conn, pk) if conn is not None else []
        except sqlite3.Error:  # a read-only copy from before repeat contacts: nothing to show
            self.calls = []
        earlier = [c for c in self.calls if c.earlier]
        later = [c for c in self.calls if not c.earlier]
        parts = []
        if earlier:
            parts.append("<b>" + html.escape(self.tr("Repeat contact: the customer called before")) + "</b> "
                         + " · ".join(self._link(c) for c in earlier))
        if later:
            parts.append(html.escape(self.tr("Called again later:")) + " "
                         + " · ".join(self._link(c) for c in later))
        self.setText("<br/>".join(parts))
        self.setVisible(bool(parts))

    def _link(self, c: repeats.LinkedCall) -> str:
        name = c.call_id or Path(c.file).name
        how = ", ".join(sorted({(self.tr("same phone") if kind == "phone" else self.tr("number")) + " "
                                + masked_key(key) for kind, key in c.keys}))
        bits = [fmt_date(c.date) if c.date else "", c.agent, category_label(c.category) if c.category else "",
                f"{c.score:.0f}" if c.score is not None else ""]
        detail = ", ".join(b for b in bits if b)
        return (f"<a href='call:{c.pk}'>{html.escape(name)}</a> "
                f"<span style='color:#666'>({html.escape(detail)}; {html.escape(how)})</span>")

