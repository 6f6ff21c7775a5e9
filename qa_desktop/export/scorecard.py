"""An agent's, a team's or everyone's scorecard for a date range, as data.

Built once from the database and rendered by pdf.py and xlsx.py, so both
formats always say the same thing. The weights are the rule pack's, as in a
call's score (qa_desktop.score_formula): a section weighs what the pack
says, shared among its rules by their points. Pass rates are measured against
targets: a rule's contribution is weight × actual / target (capped at the
weight), so a rule that meets its target earns its full weight and one at half
its target earns half; a section never earns more than its weight. Targets are
the quality lead's choice per rule or section, set in the rule pack (see
targets.py), else DEFAULT_TARGET (`--target`).

The worst calls link to their evidence as `file://` URIs of the recordings
with a media fragment (`#t=12.5`): a team lead reading the PDF or workbook
on a machine that can reach the recordings clicks and hears the moment in a
browser or player, without the app; the quote beside the link says what was
said there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from pathlib import PurePosixPath, PureWindowsPath

from qa_desktop.errors import QAError
from qa_desktop.export import targets as pack_targets
from qa_desktop.export.masking import mask_identifier, mask_path, mask_text
from qa_desktop.rules.informational import unscored
from qa_desktop.score_formula import rule_shares
from qa_desktop.storage import Database, TrendPoint
from qa_desktop.storage.periods import iso_day, scored_where

DEFAULT_TARGET = 0.9
WORST_CALLS = 5


@dataclass(slots=True)
class RuleRate:
    rule: str
    title: str
    section: str
    n_pass: int
    n_fail: int
    weight: float  # the rule's share of its section's pack weight (weights.rule_share)
    target: float
    points: float = 0.0  # the rule's points in the pack
    critical: bool = False

    @property
    def informational(self) -> bool:
        """A rule that only records whether something happened (客户反映问题, 0 points, not critical): it is
        found or not found, never failed against a target."""
        return unscored(self.points, self.critical)

    @property
    def applicable(self) -> bool:
        """False when the rule was n/a on every call: it then counts neither for nor against."""
        return self.n_pass + self.n_fail > 0

    @property
    def rate(self) -> float:
        n = self.n_pass + self.n_fail
        return self.n_pass / n if n else 0.0

    @property
    def achieved(self) -> float:
        """weight × actual / target, capped at the weight (0 when not applicable)."""
        if not self.applicable:
            return 0.0
        return min(self.weight, self.weight * self.rate / self.target) if self.target else self.weight


@dataclass(slots=True)
class SectionRate:
    section: str
    rules: list[RuleRate]
    title: str = ""
    target: float | None = None  # the section's own pass-rate target, when its pack sets one
    pack_weight: float | None = None  # the section's weight in its rule pack

    @property
    def weight(self) -> float:
        """Weight of the rules that applied to at least one call (the pack's weight when any did)."""
        return sum(r.weight for r in self.rules if r.applicable)

    @property
    def achieved(self) -> float:
        return sum(r.achieved for r in self.rules)

    @property
    def applicable(self) -> bool:
        """False when none of its scored rules applied to any call (its rate is then n/a)."""
        return any(r.applicable and not r.informational for r in self.rules)

    @property
    def rate(self) -> float:
        scored = [r for r in self.rules if not r.informational]
        n = sum(r.n_pass + r.n_fail for r in scored)
        return sum(r.n_pass for r in scored) / n if n else 0.0


@dataclass(slots=True)
class EvidenceLink:
    rule: str
    title: str
    file: str
    start: float
    end: float
    text: str

    @property
    def link(self) -> str:
        """Where to listen: the recording's URI and the second to seek to (a media fragment)."""
        return f"{recording_uri(self.file)}#t={self.start:.1f}"


def recording_uri(file: str) -> str:
    """A recording's file:// URI (what a PDF viewer or Excel opens); the path itself when it is relative."""
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(file)
        if path.is_absolute():
            return path.as_uri()
    return file


@dataclass(slots=True)
class WorstCall:
    pk: int
    file: str
    call_id: str
    date: str
    score: float
    failed: list[EvidenceLink]  # every piece of evidence of every failed rule, critical rules first

    @property
    def uri(self) -> str:
        return recording_uri(self.file)


@dataclass(slots=True)
class Comment:
    at: str
    inspector: str
    call_id: str
    file: str
    action: str
    comment: str


@dataclass(slots=True)
class AgentLine:
    """One agent's line in a team's or everyone's scorecard."""

    agent: str
    team: str
    n_calls: int
    avg_score: float
    critical_calls: int


@dataclass(slots=True)
class Scorecard:
    subject: str  # "agent" | "team" | "all"
    name: str
    date_from: str
    date_to: str
    n_calls: int
    n_reviewed: int
    avg_score: float
    critical_calls: int
    trend: list[TrendPoint]
    sections: list[SectionRate]
    worst: list[WorstCall]
    comments: list[Comment] = field(default_factory=list)
    links: bool = True  # worst calls link to their recordings (not in a masked copy)
    repeats: Any = None  # export.repeat_section.RepeatSection: repeat contacts and first-contact resolution
    agents: list[AgentLine] = field(default_factory=list)  # per agent (team and all-agents cards)

    @property
    def title(self) -> str:
        """Who the card is about, in words ("agent Z3001", "team 华东一组", "all agents")."""
        return "all agents" if self.subject == "all" else f"{self.subject} {self.name}"

    @property
    def target_score(self) -> float:
        """0–100: the weighted pass rates against targets over all rules."""
        weight = sum(s.weight for s in self.sections)
        return 100 * sum(s.achieved for s in self.sections) / weight if weight else 0.0


def masked(card: Scorecard) -> Scorecard:
    """A copy to send outside the app: no personal numbers in quotes, comments or file names, and no
    links (a masked path opens nothing, and whoever reads it has no access to the recordings)."""
    def link(e: EvidenceLink) -> EvidenceLink:
        return replace(e, file=mask_path(e.file), text=mask_text(e.text))

    return replace(
        card,
        worst=[replace(w, file=mask_path(w.file), call_id=mask_identifier(w.call_id),
                       failed=[link(e) for e in w.failed]) for w in card.worst],
        comments=[replace(c, file=mask_path(c.file), call_id=mask_identifier(c.call_id), comment=mask_text(c.comment))
                  for c in card.comments],
        links=False,
    )


def build_scorecard(db: Database, *, agent: str | None = None, team: str | None = None,
                    everyone: bool = False, date_from: str | date | None = None, date_to: str | date | None = None,
                    worst: int = WORST_CALLS, targets: dict[str, float] | None = None,
                    default_target: float = DEFAULT_TARGET) -> Scorecard:
    """Gather one scorecard (one agent, one team, or `everyone`); `targets` maps rule id -> pass-rate
    target (0-1), over the packs' own."""
    if bool(agent) + bool(team) + bool(everyone) != 1:
        raise QAError("scorecard", "name exactly one agent or one team, or ask for all agents")
    subject, name = ("agent", agent) if agent else ("team", team) if team else ("all", "")
    first_day, last_day = iso_day(date_from, "from date"), iso_day(date_to, "to date")
    if first_day and last_day and first_day > last_day:
        raise QAError("scorecard", f"the date range is reversed: from {first_day} is after to {last_day}")
    where, args = scored_where(date_from, date_to, agent, team)
    conn = db.conn
    n, reviewed, avg, crit, first, last = conn.execute(
        "SELECT count(*), sum(s.status = 'reviewed'), avg(s.score), sum(s.n_critical > 0), min(s.date), max(s.date)"
        f" FROM call_summary s WHERE {where}", args).fetchone()
    if not n:
        raise QAError("all agents" if everyone else f"{subject} {name}", "no scored calls in that date range")
    packs = pack_targets.stored_packs(conn, where, args)
    goals = pack_targets.collect(packs, default_target, targets)
    pack_weights = {sec.id: float(sec.weight) for pack in packs for sec in getattr(pack, "sections", [])}
    sections: dict[str, list[RuleRate]] = {}
    for rule, title, section, n_pass, n_fail, points, critical in conn.execute(
            "SELECT r.rule, max(r.title), max(r.section), sum(r.final_status = 'pass'), sum(r.final_status = 'fail'),"
            f" max(r.max_points), max(r.critical) FROM call_summary s JOIN rule_results r ON r.score_id = s.score_id"
            f" WHERE {where} GROUP BY r.rule ORDER BY min(r.id)", args):
        sections.setdefault(section, []).append(
            RuleRate(rule, title, section, int(n_pass or 0), int(n_fail or 0), 0.0,
                     goals.for_rule(rule, section), float(points or 0), bool(critical)))
    for section, rates in sections.items():
        shares = rule_shares(pack_weights.get(section), [(r.points, r.applicable) for r in rates])
        for r, share in zip(rates, shares):
            r.weight = share
    titles: dict[str, str] = {}
    for (effective,) in conn.execute(
            "SELECT sc.effective FROM call_summary s JOIN scores sc ON sc.id = s.score_id"
            f" WHERE {where} GROUP BY sc.pack_id", args):
        for sec in json.loads(effective).get("sections", []):
            titles.setdefault(sec["section"], sec.get("title") or sec["section"])
    worst_calls = []
    for pk, file, call_id, day, score, score_id in conn.execute(
            "SELECT s.call_pk, c.file, c.call_id, s.date, s.score, s.score_id FROM call_summary s"
            f" JOIN calls c ON c.id = s.call_pk WHERE {where} ORDER BY s.score ASC, s.date LIMIT ?", (*args, worst)):
        links = []
        for rule, title, evidence in conn.execute(
                "SELECT rule, title, evidence FROM rule_results WHERE score_id = ? AND final_status = 'fail'"
                " ORDER BY critical DESC, id", (score_id,)):
            # every piece of evidence (each forbidden phrase said, not only the first)
            for ev in json.loads(evidence) or [{}]:
                links.append(EvidenceLink(rule, title, file, float(ev.get("start", 0)), float(ev.get("end", 0)),
                                          ev.get("text") or ev.get("note") or ""))
        worst_calls.append(WorstCall(pk, file, call_id, day, score, links))
    comments = [Comment(*row) for row in conn.execute(
        "SELECT v.at, v.inspector, c.call_id, c.file, v.action, v.comment FROM reviews v"
        f" JOIN call_summary s ON s.call_pk = v.call_pk JOIN calls c ON c.id = v.call_pk WHERE {where}"
        " AND v.comment != '' ORDER BY v.at, v.id", args)]
    trend = db.trend(subject, "week", date_from or first, date_to or last, key=name or None)
    agents = [] if subject == "agent" else [
        AgentLine(a.agent, a.team or "", a.n_calls, a.avg_score, a.critical_failures)
        for a in sorted(db.agent_ranking(date_from, date_to, team), key=lambda a: a.agent)]
    card = Scorecard(subject, name, first_day or first, last_day or last, int(n), int(reviewed or 0),
                     round(float(avg), 2), int(crit or 0), trend,
                     [SectionRate(s, rules, titles.get(s, s), goals.sections.get(s), pack_weights.get(s))
                      for s, rules in sections.items()],
                     worst_calls, comments, agents=agents)
    card.repeats = repeat_contacts_section(db, agent, team, date_from, date_to)
    return card


def repeat_contacts_section(db: Database, agent: str | None, team: str | None, date_from: str | date | None,
                            date_to: str | date | None) -> Any:
    """The repeat-contact section (export/repeat_section.py), computed over the same calls as the card."""
    from qa_desktop.export.repeat_section import build_repeat_section

    return build_repeat_section(db, agent, team, date_from, date_to)
