"""What an inspector does to the call under review: overrides, category and speaker corrections, sign-off,
status changes and disputes — each stored under the inspector's name, then the screen shows the call again.

Why apart from the screen: these are the writes (and what the team learns from them); the screen only
arranges the views. Its strings keep the screen's translation context ("ReviewScreen").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from qa_desktop.errors import QAError
from qa_desktop.ui.messages import error_text
from qa_desktop.ui.workers import read_in_background

if TYPE_CHECKING:
    from qa_desktop.ui.review.review_screen import ReviewScreen

log = logging.getLogger("qa_desktop.ui.review.review_screen")  # as before the screen was split
T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewScreen", text)


class ReviewActions:
    """The inspector's writes on `screen`'s call (its pk, stored call, database and views)."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def inspector(self) -> str | None:
        """The inspector's name from Settings, asked for once if it is not set yet."""
        s = self.screen
        name = str(s.settings.value("review/inspector", "") or "").strip()
        if name:
            return name
        name, ok = QInputDialog.getText(s, _t("Inspector"), _t("Your name, stored with every review:"))
        if ok and name.strip():
            s.settings.setValue("review/inspector", name.strip())
            return name.strip()
        return None

    def _store(self, unsaved: str, write: Callable[[str], T]) -> tuple[str, T] | None:
        """`write(inspector)` on the call under review: (the inspector, what it returned), or None when
        there is no call or no inspector, or the database refused it (said in a box titled `unsaved`)."""
        s = self.screen
        inspector = self.inspector()
        if inspector is None or s.pk is None:
            return None
        try:
            return inspector, write(inspector)
        except QAError as exc:
            QMessageBox.warning(s, unsaved, error_text(str(exc)))
            return None

    def override(self, rule: str, status: str, comment: str) -> None:
        s = self.screen
        stored = self._store(_t("Override not saved"),
                             lambda who: s.db_provider().override(s.pk, rule, status, comment, who))
        if stored is None:
            return
        s._reload(keep_selection=True)
        self.learn_conduct(rule, status, stored[0])

    def correct_category(self, category: str, comment: str) -> None:
        """Store the inspector's category; the call's customer sentences teach the team (then measured)."""
        s = self.screen
        stored = self._store(_t("Correction not saved"),
                             lambda who: s.db_provider().correct_category(s.pk, category, comment, who))
        if stored is None:
            return
        s._reload(keep_selection=True)
        self.measure(stored[1])

    def learn_conduct(self, rule: str, status: str, inspector: str) -> None:
        """An overridden conduct verdict teaches the agent's sentence (asked for when the machine
        had none: a refusal it missed)."""
        s = self.screen
        db = s.db_provider()
        machine = s.stored.machine.result(rule) if s.stored and s.stored.machine else None
        texts = None
        if machine is not None and status == "fail" and machine.status == "pass" and not any(
                e.text for e in machine.evidence if e.speaker in ("agent", "unknown")):
            said = [u.text for u in s.stored.transcript.utterances if u.speaker in ("agent", "unknown")]
            if not said:
                return
            text, ok = QInputDialog.getItem(s, _t("Teach this refusal"), _t(
                "Which of the agent's sentences refuses or deflects? It becomes an example for this team."),
                said, 0, False)
            if not ok:
                return
            texts = [text]
        try:
            ids = db.learn_conduct(s.pk, rule, status, inspector, texts)
        except QAError as exc:
            log.warning("conduct example not stored: %s", exc)
            return
        if ids:
            self.measure(ids)

    def measure(self, ids: list[int]) -> None:
        """Say what was learned, then (on a pool thread) what re-scoring the team's calls with it changes."""
        from qa_desktop.learning import measure_impact

        s = self.screen
        t = s.stored.transcript
        team, language = t.meta.team, t.language
        s.insight.show_learning(len(ids), team, None)
        if not ids:
            return
        db = s.db_provider()

        def done(impact: dict) -> None:
            try:
                db.set_example_impact(ids, impact)
            except QAError as exc:
                log.warning("impact not stored: %s", exc)
            s.insight.show_learning(len(ids), team, impact)
            s.learned.emit()

        def failed(exc: BaseException) -> None:
            log.warning("measuring the impact of learned examples failed: %s", exc)
            s.learned.emit()

        read_in_background(db, lambda own: measure_impact(own, team, language, ids), done, failed, owner=s)

    def correct_speakers(self, **change: Any) -> None:
        """Mono call: the voices swapped, or one turn's speaker set; re-scored at once."""
        s = self.screen
        if self._store(_t("Speakers not changed"),
                       lambda who: s.db_provider().correct_speakers(s.pk, who, **change)) is None:
            return
        s._reload(keep_selection=True)
        t = s.stored.transcript  # the speakers changed: the dialogue and the waveform's colours too
        s.transcript_view.show_transcript(t, [ev for ev, _ in s.scorecard.all_evidence()])
        s.waveform.show_call(t, s.waveform.channels(), evidence=s.scorecard.all_evidence())

    def sign_off(self, comment: str) -> None:
        s = self.screen
        if self._store(_t("Sign-off not saved"), lambda who: s.db_provider().sign_off(s.pk, who, comment)) is None:
            return
        s.scorecard.signoff_comment.clear()
        s._reload(keep_selection=True)

    def set_status(self, status: str, comment: str) -> None:
        s = self.screen
        if self._store(_t("Status not saved"),
                       lambda who: s.db_provider().set_status(s.pk, status, who, comment)) is None:
            return
        s.scorecard.signoff_comment.clear()
        s._reload(keep_selection=True)

    def dispute(self, comment: str) -> None:
        """Enter an agent's dispute of a verdict (the selected rule's first); the Disputes page arbitrates it."""
        from qa_desktop.ui.disputes import DisputeDialog

        s = self.screen
        if s.pk is None or s.stored is None or s.stored.effective is None:
            return
        entered_by = self.inspector()
        if entered_by is None:
            return
        dialog = DisputeDialog(s.db_provider(), s.pk, s.stored.effective.results, entered_by,
                               s.scorecard.selected_rule(), s)
        if comment:
            dialog.reason.setPlainText(comment)
        s.dispute_dialog = dialog  # tests fill it in while it is open
        if dialog.exec():
            s.scorecard.signoff_comment.clear()
            s._reload(keep_selection=True)
