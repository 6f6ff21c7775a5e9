"""The last reviews of a call as the scorecard lists them: when, who, what (and the comment).

Its strings keep the review screen's translation context ("ReviewScreen"), where they were written first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from qa_desktop.ui.locale_fmt import fmt_datetime

SHOWN = 6  # the most recent reviews listed


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewScreen", text)


def history_lines(reviews: list[Any]) -> list[str]:
    """One line per review of the last SHOWN, oldest first: "date · inspector · action: comment"."""
    out = []
    for r in reviews[-SHOWN:]:
        what = {"override": _t("override"), "sign_off": _t("signed off"),
                "category": _t("category corrected"), "speakers": _t("speakers corrected"),
                "status": _t("status change"),
                "bulk_machine_sign_off": _t("bulk machine-confidence sign-off"),
                "dispute_opened": _t("dispute entered"), "dispute_upheld": _t("dispute upheld"),
                "dispute_overturned": _t("dispute overturned")}.get(r.action, r.action)
        line = f"{fmt_datetime(r.at)} · {r.inspector} · {what}"
        out.append(line + (f": {r.comment}" if r.comment else ""))
    return out
