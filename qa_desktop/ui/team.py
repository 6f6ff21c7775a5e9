"""Who is at the keyboard: the name and role from Settings, for every team action.

Every write of the team workflow (assignment, bulk sign-off, disputes,
arbitration) is recorded under this name; a page asks here rather than
reading QSettings keys itself, so the name is trimmed and checked one way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSettings

from qa_desktop.ui.settings import ROLES


def actor(settings: QSettings) -> str:
    """The inspector's name from Settings ("" when not set yet)."""
    return str(settings.value("review/inspector", "") or "").strip()


def role(settings: QSettings) -> str:
    value = str(settings.value("review/role", "inspector") or "inspector")
    return value if value in ROLES else "inspector"


def _t(text: str) -> str:
    return QCoreApplication.translate("TeamMessages", text)


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """The team workflow's refusals (storage.assignments / storage.disputes) in the UI language."""
    table = [
        (r"(.*) reviewed this call first; an arbitrator other than the first reviewer must decide the dispute",
         _t("%1 reviewed this call first; an arbitrator other than the first reviewer must decide the dispute")),
        (r"already decided \((.*)\) by (.*) at (.*)", _t("already decided (%1) by %2 at %3")),
        (r"the verdict of rule (.*) is already disputed; decide that dispute first",
         _t("the verdict of rule %1 is already disputed; decide that dispute first")),
        (r"rule (.*) does not apply to this call \(N/A\); only a pass or a fail can be disputed",
         _t("rule %1 does not apply to this call (N/A); only a pass or a fail can be disputed")),
        (r"rule (.*) is not in this call's score", _t("rule %1 is not in this call's score")),
        (r"the agent's reason is required", _t("the agent's reason is required")),
        (r"the arbitrator's comment is required", _t("the arbitrator's comment is required")),
        (r"who enters the dispute \(your name in Settings\) is required",
         _t("who enters the dispute (your name in Settings) is required")),
        (r"the arbitrator's name \(your name in Settings\) is required",
         _t("the arbitrator's name (your name in Settings) is required")),
        (r"who is doing this\? Set your name in Settings first",
         _t("who is doing this? Set your name in Settings first")),
        (r"name at least one inspector to assign calls to", _t("name at least one inspector to assign calls to")),
        (r"unknown plan (.*) \(use (.*)\)", _t("unknown plan %1 (use %2)")),
    ]
    return [(re.compile(p + "$", re.S), t) for p, t in table]


def team_error_text(exc: BaseException | str) -> str:
    """A team workflow error ("subject: reason") with its reason in the UI language; other errors as
    the rest of the app shows them."""
    from qa_desktop.errors import QAError
    from qa_desktop.ui.messages import error_text

    if isinstance(exc, BaseException) and not isinstance(exc, QAError):
        return f"{type(exc).__name__}: {exc}"
    text = str(exc)
    for m in [*re.finditer(r": ", text), None]:  # "subject: reason" first; (.*) would swallow the subject
        reason = text if m is None else text[m.end():]
        for pattern, template in _patterns():
            found = pattern.match(reason)
            if found:
                out = template
                for i, g in enumerate(found.groups(), 1):
                    out = out.replace(f"%{i}", g or "")
                return out if m is None else f"{text[:m.start()]}{_t(': ')}{out}"
    return error_text(text)
