"""Forbidden conduct in words no pack lists: refusals, deflections, blame and contempt.

A forbidden-conduct rule (phrase, expect: absent) that lists `examples` (and
polite look-alikes in `unless_examples`) is judged on two witnesses: its
phrases, as before, and the meaning of each of the agent's sentences. Speaker
evidence comes first: only turns that are the agent's (given, or shown by
words or voice on mono calls) are read, so the customer's words never cost the
agent points. A sentence counts as a refusal when it resembles the refusal
examples clearly more than the polite ones; a listed phrase said inside a
sentence that resembles a polite hand-over ("这个我没办法直接退，但我马上帮您申请补偿")
is not counted. The model is scored apart from the complaint categories, so a
refusal that mentions the courier never turns the call into a logistics one.
A third witness, a trained stance head (conduct_head.py), reads what the cues
and examples leave unread; it only adds a refusal, never clears one.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from qa_desktop.domain import Evidence
from qa_desktop.rules.model import Rule
from qa_desktop.scoring.conduct_cues import (
    NO_STANCE, hand_over_cues, lost_negation, plain_statement, sentence_stances, swapped_word)
from qa_desktop.scoring.conduct_head import (HEAD_COMMITTED, HEAD_CUE_VETO, HEAD_VETO, HeadReading, Key, heard_note,
                                             sentence_span, stance_head)
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.meaning import SCRIPT, ExampleSet, Meaning, Nearest, Sentence
from qa_desktop.scoring.messages import Message, msg, note
from qa_desktop.scoring.normalize import norm
from qa_desktop.scoring.stance import Stance, reassures

AGENT_CLAUSES = 32  # the meaning model reads at most this many agent clauses per call (script lines aside)
REFUSAL_FLOOR = 0.40  # a clause less like any refusal example is none
REFUSAL_MARGIN = 0.08  # …and it must be this much nearer the refusals than the polite examples,
# when its sentence offers something (one of the rule's hand_over words: I'll, 帮您); a sentence that
# offers nothing cannot be a polite hand-over, only share its words ("speak to the shop, not me" /
# "I'll speak to the shop for you"), so there it only has to be a little nearer the refusals
BARE_MARGIN = 0.03
# …but a plain statement (it negates nothing and never says "you": "Delivery is free on all orders",
# 钱已经退回您的卡上了) informs rather than refuses: a refusal pushes something away (can't, not ours,
# 不归我们) or points at the customer (you should have, 你自己); the model alone reads such a
# statement's topic more than its stance, so there it must be as clearly nearer the refusals as a
# sentence that offers something (conduct_cues.plain_statement). 您 is the courteous "you" and does not count.
# …and a plain statement must also resemble the refusals more than the pack's own polite examples
# typically do (ExampleSet.typical: the encoder's similarity scale of this pack's language): below
# that, the model cannot tell "我们家是包邮的" from a refusal that shares its topic words — unless one
# refusal example (one an inspector taught, say) is worded nearly like it
CLOSE_EXAMPLE = 0.70
SCRIPT_MARGIN = 0.02  # …and nearer them than the pack's own script lines (ordinary agent sentences)
# a refusal-like clause (or a listed phrase) is not counted when another clause of its sentence, or
# one of the next clauses of the same turn, hands the case on: it says one of the rule's hand_over words (帮您, I'll) and resembles
# the polite examples at least this much, and more than the refusals (a hand-over often reads
# like the agent's script as well, so the script is no objection)
HANDOVER_FLOOR = 0.34
HANDOVER_REACH = 3  # clauses
PHRASE_MODES = ("exact", "fuzzy", "phonetic", "regex")
# the stance signal (scoring/stance.py) beside the model: a sentence that pushes the problem away and
# offers nothing is a refusal when it resembles the refusal examples at least this much (a sanity
# floor: the cue alone might be said of something else), one that shows contempt at least the lower
# floor; a sentence that commits to an action (or is followed in its turn by one that does) is no
# refusal unless it shows contempt
STANCE_FLOOR = 0.25
CONTEMPT_FLOOR = 0.15


def agent_clauses(ctx: CallContext, meaning):
    from qa_desktop.scoring.meaning import clauses

    cached = ctx.meaning_cache.get("agent")
    if cached is None:
        turns = [i for i, u in enumerate(ctx.utts)
                 if u.speaker == "agent" or (u.speaker == "unknown" and ctx.roles[i] == "agent"
                                             and ctx.attributed[i])]
        parts = [c for c in clauses(ctx.utts, turns, 2 * AGENT_CLAUSES) if not meaning.scripted(c.text)]
        parts = parts[:AGENT_CLAUSES]
        vecs = meaning.embed([s.text for s in parts]) if parts else None
        cached = ctx.meaning_cache["agent"] = (parts, vecs)
    return cached


class _Review:
    """What the three passes of review() share about one call's agent clauses (`parts`, built once per
    call): their nearest examples, the rule's hand-over words each says, the sentences that offer
    something or only state something, each sentence's stance, and the stance head's readings (None
    where no head ships). Its short methods are the signals the passes ask about a clause j."""

    def __init__(self, rule: Rule, ctx: CallContext, meaning: Meaning, examples: ExampleSet,
                 parts: list[Sentence], vecs: np.ndarray) -> None:
        self.rule = rule
        self.ctx = ctx
        self.meaning = meaning
        self.parts = parts
        self.near: Nearest = examples.nearest(vecs)
        self.labels = examples.order
        self.r_col = self.labels.index("refusal")
        self.p_col = self.labels.index("polite") if "polite" in self.labels else None
        self.cues = hand_over_cues(tuple(rule.hand_over))
        self.cued = [bool(self.cues.find(norm(c.text))) for c in parts]
        self.offers = {(c.turn, c.sentence) for c, y in zip(parts, self.cued) if y}
        self.plain = {key for key in dict.fromkeys((c.turn, c.sentence) for c in parts)
                      if key not in self.offers
                      and plain_statement(ctx.utts[key[0]].text, *sentence_span(parts, key))}
        self.plain_floor = examples.typical("polite", "refusal") if self.p_col is not None else 0.0
        self.stances = sentence_stances(rule, ctx, parts)
        head = stance_head()  # looked up here, in this module: tests and tools/train_stance_head.py patch it
        self.head = HeadReading(head, ctx, meaning, parts, vecs) if head is not None else None
        self.confirm_irony()

    def key(self, j: int) -> Key:
        return self.parts[j].turn, self.parts[j].sentence

    def confirm_irony(self) -> None:
        """An ironic cue (Rule.ironic_cues: 真讲究, "good luck with that") is contempt only where the head
        reads its sentence as a refusal at least HEAD_CUE_VETO, as a deflect cue stands only there: said
        sincerely ("这个颜色您真会挑，跟您家沙发特别配", "Good luck with that exam on Monday!") the words are
        praise. Without a head the pack's word is taken."""
        for j in range(len(self.parts)):
            key = self.key(j)
            st = self.stances.get(key, NO_STANCE)
            if st.ironic and not st.contempt and (self.head is None or self.head.says(j, key) >= HEAD_CUE_VETO):
                self.stances[key] = replace(st, contempt=st.ironic)

    def refusal(self, j: int) -> tuple[float, float]:
        """(likeness to the refusals, to the nearest other label, with that label's margin added)."""
        r = float(self.near.score[j, self.r_col])
        key = self.key(j)
        polite = REFUSAL_MARGIN if key in self.offers or key in self.plain else BARE_MARGIN
        rest = max((float(self.near.score[j, k]) + (SCRIPT_MARGIN if lab == SCRIPT else polite)
                    for k, lab in enumerate(self.labels) if lab != "refusal"), default=0.0)
        return r, rest

    def other(self, j: int) -> float:
        return max((float(self.near.score[j, k]) for k, lab in enumerate(self.labels) if lab != "refusal"),
                   default=0.0)

    def handover(self, j: int) -> tuple[str, float] | None:
        """The first clause that hands the case on, of clause j's own sentence or the next clauses
        of its turn ("已经帮您登记换货了，快递员明天上门取件" hands on before it names the courier)."""
        parts, near = self.parts, self.near
        if self.p_col is None or not self.cues:
            return None
        same = [k for k in range(max(0, j - HANDOVER_REACH), j)
                if parts[k].turn == parts[j].turn and parts[k].sentence == parts[j].sentence]
        for k in same + list(range(j + 1, min(len(parts), j + 1 + HANDOVER_REACH))):
            if parts[k].turn != parts[j].turn:
                break
            if not self.cued[k]:
                continue
            p = float(near.score[k, self.p_col])
            if p >= HANDOVER_FLOOR and p > float(near.score[k, self.r_col]):
                _, example, sim = near.of(k, "polite")
                return example, sim
        return None

    def empathic(self, j: int) -> bool:
        """Does clause j's sentence acknowledge the customer's feelings, with no "but" (stance.empathy)?"""
        return bool(self.stances.get(self.key(j), NO_STANCE).empathy)

    def stance_of(self, j: int) -> tuple[Stance, str]:
        """The stance of clause j's sentence, and the commitment near it (its own or the next sentence's)."""
        key = self.key(j)
        st = self.stances.get(key, NO_STANCE)
        if st.commit:
            return st, st.commit
        later = sorted(k for k in self.stances if k[0] == key[0] and k[1] > key[1])
        return st, self.stances[later[0]].commit if later else ""

    # pass 1: the listed phrases

    def phrases(self, evidence: list[Evidence]) -> tuple[list[tuple[int, Evidence]], list[Evidence], set[int]]:
        """The keyword hits re-checked: those kept (turn, evidence), those voided (with why), and the
        clauses a kept hit speaks for (a voided one leaves its clause to the meaning and stance)."""
        hits = self.ctx.hits.get(self.rule.id, [])
        keyword_ev = [e for e in evidence if e.mode in PHRASE_MODES]
        pairs = list(zip(hits, keyword_ev)) if len(hits) == len(keyword_ev) else []
        kept: list[tuple[int, Evidence]] = []
        voided: list[Evidence] = []
        hit_clauses: set[int] = set()
        for (i, _), e in pairs:
            j = next((k for k, c in enumerate(self.parts) if c.turn == i and c.a <= e.span_start < c.b), None)
            void = self.void(i, j, e)
            if void is not None:
                voided.append(replace(e, **note(void)))
                continue
            kept.append((i, e))
            if j is not None:
                hit_clauses.add(j)
        return kept, voided, hit_clauses

    def void(self, i: int, j: int | None, e: Evidence) -> Message | None:
        """Why the listed phrase hit `e` (turn i; clause j, None where the model reads no clause there)
        does not count, or None: it lost its negation or a word in a loose match, or its sentence
        commits to something (without contempt) or hands the case on."""
        if e.mode in ("fuzzy", "phonetic") and self.rule.deflect_cues \
                and lost_negation(e.phrase, self.ctx.utts[i].text, e.span_start, e.span_end):
            return msg("note.stance_unnegated", phrase=e.phrase)
        swapped = swapped_word(e.phrase, e.span) if e.mode == "fuzzy" else ""
        if swapped:
            return msg("note.swapped_word", phrase=e.phrase, word=swapped)
        if j is None:
            return None
        st, commit = self.stance_of(j)
        if commit and not st.contempt:
            return msg("note.stance_commit", phrase=e.phrase, cue=commit)
        ho = self.handover(j)
        if ho is not None:
            return msg("note.polite", phrase=e.phrase, example=ho[0], similarity=ho[1] * 100)
        return None

    # pass 2: the stance cues and the nearest examples

    def cues_and_examples(self, hit_clauses: set[int]) -> tuple[list[Evidence], set[Key]]:
        """The refusals the stance cues and the nearest examples find in the clauses no kept hit speaks
        for, and the sentences they decided (a cue decides its whole sentence; the examples, each clause)."""
        found: list[Evidence] = []
        judged: set[Key] = set()  # sentences the stance signal has decided
        voted: set[Key] = set()  # sentences the nearest examples have found a refusal in
        for j, c in enumerate(self.parts):
            if j in hit_clauses:
                continue
            key = (c.turn, c.sentence)
            if key in judged:
                continue
            r, rest = self.refusal(j)
            st, commit = self.stance_of(j)
            cue = self.stance_cue(j, key, r, st, commit)
            if cue:
                judged.add(key)
                found.append(self.cue_evidence(j, key, st, cue))
                continue
            if commit or self.empathic(j):  # shielded: it undertakes something or acknowledges the customer's
                continue  # feelings, whatever it resembles (its cues above still count)
            if self.refuses(j, key, r, rest):
                found.append(self.refusal_evidence(j))
                voted.add(key)
        return found, judged | voted

    def stance_cue(self, j: int, key: Key, r: float, st: Stance, commit: str) -> str:
        """The cue clause j's sentence refuses by, or "": contempt (at CONTEMPT_FLOOR), or a deflection
        where nothing near commits (at STANCE_FLOOR, and where a head ships, its HEAD_CUE_VETO)."""
        return st.contempt if st.contempt and r >= CONTEMPT_FLOOR else (
            st.deflect if st.deflect and not commit and r >= STANCE_FLOOR
            and (self.head is None or self.head.says(j, key) >= HEAD_CUE_VETO) else "")

    def cue_evidence(self, j: int, key: Key, st: Stance, cue: str) -> Evidence:
        c = self.parts[j]
        u = self.ctx.utts[c.turn]
        a, b = sentence_span(self.parts, key)
        _, example, sim = self.near.of(j, "refusal")
        why_note = msg("note.stance_contempt" if st.contempt else "note.stance_deflect", cue=cue,
                       example=example, similarity=sim * 100)
        irony = msg("note.stance_ironic", probability=self.head.says(j, key) * 100) \
            if self.head is not None and st.ironic and st.contempt == st.ironic else None
        return Evidence(u.speaker, u.start, u.end, u.text, u.text[a:b], a, b, round(sim * 100, 1),
                        example, "meaning", **note(why_note, irony, heard_note(u), self.ctx.role_note(c.turn)))

    def refuses(self, j: int, key: Key, r: float, rest: float) -> bool:
        """Do the nearest examples find a refusal in clause j (likeness r to the refusals, `rest` to the
        others): clearly nearer the refusals, handing nothing on, a plain statement only when as near as
        the pack's polite look-alikes typically are or nearly worded like one refusal example, and where a
        head ships, one it confirms (HEAD_VETO) or an example an inspector taught."""
        near = self.near
        return r >= REFUSAL_FLOOR and r >= rest and self.handover(j) is None \
            and (key not in self.plain or r >= self.plain_floor or near.of(j, "refusal")[2] >= CLOSE_EXAMPLE) \
            and (self.head is None or near.of(j, "refusal")[1] in self.meaning.taught  # (the team's correction stands)
                 or self.head.stands(j, key, HEAD_VETO))

    def refusal_evidence(self, j: int) -> Evidence:
        c = self.parts[j]
        _, example, sim = self.near.of(j, "refusal")
        u = self.ctx.utts[c.turn]
        return Evidence(u.speaker, u.start, u.end, u.text, u.text[c.a:c.b], c.a, c.b, round(sim * 100, 1),
                        example, "meaning", **note(msg("note.refusal", example=example, similarity=sim * 100,
                                                       polite=self.other(j) * 100), heard_note(u),
                                  self.ctx.role_note(c.turn)))

    # pass 3: the stance head

    def head_pass(self, hit_clauses: set[int], decided: set[Key]) -> list[Evidence]:
        """The refusals the trained head reads in the sentences the cues and examples left unread (not
        decided, no kept hit in them, no empathy, hand-over or reassurance in them); a sentence a commitment
        to act alone shields only at HEAD_COMMITTED. None where no head ships."""
        if self.head is None:
            return []
        hit_keys = {self.key(j) for j in hit_clauses}
        todo: dict[Key, int] = {}  # sentence → its first clause the head may read
        committed: dict[Key, int] = {}  # …and the sentences only a commitment shields
        shielded: set[Key] = set()
        for j, c in enumerate(self.parts):
            key = (c.turn, c.sentence)
            if key in todo or key in decided or key in hit_keys:
                continue
            if self.empathic(j) or self.handover(j) is not None:
                shielded.add(key)
            elif commit := self.stance_of(j)[1]:
                if reassures(commit):
                    shielded.add(key)
                else:
                    committed.setdefault(key, j)
            else:
                todo[key] = j
        committed = {key: j for key, j in committed.items() if key not in todo and key not in shielded}
        self.head.reads({**todo, **committed})
        found = [self.head.reading(j, key) for key, j in todo.items()]
        found += [self.head.reading(j, key) for key, j in committed.items() if self.head.stands(j, key, HEAD_COMMITTED)]
        return [ev for ev in found if ev is not None]


def review(rule: Rule, ctx: CallContext, meaning, status: str, evidence: list[Evidence],
           why: Message) -> tuple[str, list[Evidence], Message]:
    """The keyword verdict of a forbidden-conduct rule, revised by what the agent's clauses mean, in three
    passes (see _Review): the listed phrases re-checked, the stance cues and nearest examples, the head."""
    examples = meaning.conduct.get(rule.id) if meaning is not None else None
    if not examples or status not in ("pass", "fail", "na"):
        return status, evidence, why
    parts, vecs = agent_clauses(ctx, meaning)
    if not parts:
        return status, evidence, why
    seen = _Review(rule, ctx, meaning, examples, parts, vecs)
    kept, voided, hit_clauses = seen.phrases(evidence)
    found, decided = seen.cues_and_examples(hit_clauses)
    found += seen.head_pass(hit_clauses, decided)  # what the cues and examples left unread, the trained head reads
    return _verdict(ctx, status, evidence, why, kept, voided, found)


def _verdict(ctx: CallContext, status: str, evidence: list[Evidence], why: Message, kept: list[tuple[int, Evidence]],
             voided: list[Evidence], found: list[Evidence]) -> tuple[str, list[Evidence], Message]:
    """The verdict from the kept hits, the voided ones and the refusals found; the keyword verdict where
    nothing changed."""
    if not voided and not found:
        return status, evidence, why
    counted = [e for i, e in kept if not ctx.undetermined(i)]
    others = [e for e in evidence if e.mode not in PHRASE_MODES]
    if counted or found:
        first = (counted or found)[0]
        more = len(counted) + len(found) - 1
        new_why = (msg("reason.said_more", span=first.span, start=first.start, more=more) if more
                   else msg("reason.said" if counted else "reason.refusal", span=first.span, start=first.start))
        return "fail", [e for _, e in kept] + found + voided, new_why
    if kept:  # only hits in undetermined mono turns are left: an inspector decides
        return status, [e for _, e in kept] + voided, why
    return "pass", others + voided, msg("reason.none_found")
