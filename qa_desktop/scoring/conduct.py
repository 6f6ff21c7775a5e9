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
A third witness, a trained stance head (see HEAD_FLOOR), reads what the cues
and examples leave unread; it only adds a refusal, never clears one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from qa_desktop.domain import Evidence
from qa_desktop.rules.model import Rule
from qa_desktop.scoring import heads
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.meaning import SCRIPT, split
from qa_desktop.scoring.messages import Message, msg, note
from qa_desktop.scoring.normalize import norm
from qa_desktop.scoring.stance import NEGATORS, ZH_NOT_NEGATION, Stance, read, tokens

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
# sentence that offers something. 您 is the courteous "you" and does not count.
ADDRESSEE = {"you", "your", "yours", "yourself", "你"}
NOT_NEGATING = ZH_NOT_NEGATION | {"不过", "不错"}  # "but", "not bad"
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
# the trained stance head (tools/train_stance_head.py; data/stance.npz): a linear reading of the
# sentence's vector and its words (heads.Grams), trained on the labelled agent lines of many authors,
# so it reads blame, sarcasm and brush-offs in words no cue or example lists. It adds a refusal where
# it is confident (HEAD_FLOOR) and nothing shields the sentence (a commitment, a hand-over); it never
# clears a fail. Before it read words it needed a second witness (the blunt 你, nearest examples
# leaning to the refusals) and no courtesy in the sentence; reading words, it tells "您先别急，我帮您查一下"
# (1 % refusal) from "您再这样我只能挂电话了" (97 %) itself. Leave-one-file-out over 35 authors' files,
# the pipeline with it: refusals missed zh 47 → 38, en 61 → 47, for 2 + 2 more polite lines failed; on
# four new authors' files (fresh21-24) missed zh 20 → 13, en 25 → 18, and no polite line more.
# (HEAD_FLOOR was 0.9 until stop 23: see below.)
# …and a refusal the nearest examples alone find (no cue, no listed phrase) stands only where the head
# gives the whole sentence at least this much: the examples read short clauses by topic ("I'm right
# here." near "I've said all this already.", "so take your time." near "Stop wasting my time.").
# Leave-one-file-out over 35 files: polite lines failed zh 9 → 1, en 8 → 3, refusals missed 38 → 48
# and 47 → 51 (0.3: 1 and 5 failed, 44 and 49 missed). An example an inspector taught is no topic
# guess: a sentence nearest one stands whatever the head says (the team's correction wins)
HEAD_VETO = 0.4
# Every reading of the head is also taken with the sentence's neighbours in its turn (HEAD_REACH
# sentences either side): alone, a short sentence is read without what it answers or leads to
# ("Great question." before a plain answer reads 94 %; "I can see why you'd be upset." before an
# apology and a free return 91 %). The head adds a refusal only where the sentence reads ≥ HEAD_FLOOR
# and its context ≥ HEAD_CONTEXT; the nearest-example veto asks both for ≥ HEAD_VETO; a deflect cue
# ("can't be returned") stands only where the head gives its sentence ≥ HEAD_CUE_VETO ("…but since
# this one is damaged I've gone ahead and opened a return for you" reads 3 %). Leave-one-file-out over
# 66 files (stop 23's training sets included), the pipeline: floor 0.9 without context — F1 zh 0.948
# / en 0.921, polite lines failed 5 / 18, refusals missed 135 / 197; the context alone at 0.9 — polite
# failed en 10, missed 212; with the floor lowered to 0.8 (0.85: failed 4 / 12, missed 126 / 188;
# 0.75: 9 / 19, 116 / 154), the context at 0.6 (0.5: en 16 failed, 166 missed; 0.7: 14, 169; 0.5
# read "Anything else? No? Thank you for calling, goodbye." at 51 %) and Chinese cue gaps counted in
# words (stance.CJK_WORD) — F1 0.956 / 0.933, failed 5 / 15, missed 114 / 167. Reading sentences that
# commit to something ("Oh, sure, I'll just magic the parcel out of thin air") at ≥ 0.95 caught 6 + 11
# more and failed 4 more polite lines.
HEAD_FLOOR = 0.8
HEAD_CONTEXT = 0.6
HEAD_REACH = 2  # sentences on either side
HEAD_CUE_VETO = 0.2
HEAD_MIN_WORDS = 2  # English words / Chinese characters ÷ 2: "Fine." or "行。" is no stance to read
# a turn the recogniser heard poorly is no ground for the head: it reads whatever words came out, and a
# garbled "thanks for calling, goodbye" ("You can't fall down and cry…") reads like blame
HEAD_HEARD = 0.6  # Utterance.confidence
# …and one heard less than clearly needs the floor of before stop 23: Whisper's "I can't spot your
# patience." (thank you for your patience, a mixed-down sample call heard at 69 %) reads 81 %
HEAD_CLEAR = 0.8
HEAD_FLOOR_UNCLEAR = 0.9


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


NO_STANCE = Stance()


def whole_sentence(text: str, start: int, fallback: tuple[int, int]) -> tuple[int, int]:
    """The span of the sentence of `text` that starts at `start` (meaning.split), script clauses and
    all: what the stance head reads ("I'm closing this call now, thank you for your patience and
    goodbye" is a courteous closing; its first clause alone reads as a brush-off)."""
    return next(((a, b) for a, b in split(text) if a <= start < b), fallback)


def sentence_span(parts, key: tuple[int, int]) -> tuple[int, int]:
    mine = [c for c in parts if (c.turn, c.sentence) == key]
    return min(c.a for c in mine), max(c.b for c in mine)


def plain_statement(text: str, a: int, b: int) -> bool:
    """Does text[a:b] neither negate anything nor say "you" (see ADDRESSEE)? Chinese words that start
    with a negator character but negate nothing (不过 "but", 不管, 没关系) do not count."""
    toks = tokens(text[a:b])
    return not any(t in ADDRESSEE or (t in NEGATORS and "".join(toks[k:k + 2]) not in NOT_NEGATING)
                   for k, t in enumerate(toks))


def lost_negation(phrase: str, text: str, a: int, b: int) -> bool:
    """A listed phrase that refuses by negation ("I can't help you with that"), matched loosely in a
    sentence that negates nothing ("anything else I can help you with?"), says the opposite."""
    if not any(t in NEGATORS for t in tokens(phrase)):
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, a)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, b)), len(text))
    return not any(t in NEGATORS for t in tokens(text[start:end]))


_SENTENCE_END = re.compile(r"[.!?。！？]")
SHORT_PHRASE = 6  # words: a listed English phrase this short is checked word by word when matched loosely
NEAR_SPELLING = 0.75  # a word of the phrase heard as this close a spelling is the same word (ASR slips)


def swapped_word(phrase: str, span: str) -> str:
    """The word of a short English listed phrase that a loose match said differently, or "" — "not my
    problem" matched in "not a problem" differs in the word that carries its meaning (a/my, no/not):
    each word must be the phrase's own or a near spelling of it (ASR slips: "problam"), never another
    word. Chinese phrases are left to the phonetic matcher."""
    want, got = ([t for t in tokens(x) if t[0].isalnum()] for x in (phrase, span))
    if not want or len(want) > SHORT_PHRASE or not phrase.isascii() or len(want) != len(got):
        return ""
    for w, g in zip(want, got):
        if w != g and (min(len(w), len(g)) < 4 or SequenceMatcher(None, w, g).ratio() < NEAR_SPELLING):
            return g
    return ""


def sentence_stances(rule: Rule, ctx: CallContext, parts) -> dict[tuple[int, int], Stance]:
    """The stance of each agent sentence (all its clauses read together) under the rule's cues."""
    if not (rule.commit_cues or rule.deflect_cues or rule.contempt_cues or rule.empathy_cues):
        return {}
    cues = (tuple(rule.commit_cues), tuple(rule.deflect_cues), tuple(rule.contempt_cues), tuple(rule.empathy_cues))
    out: dict[tuple[int, int], Stance] = {}
    for key in dict.fromkeys((c.turn, c.sentence) for c in parts):
        a, b = sentence_span(parts, key)
        # read on to the sentence's end: a scripted closing clause left out of `parts` ("…, thank you
        # for calling") still follows, so a cue anchored at the end (`$`) must not see a bare hang-up
        text = ctx.utts[key[0]].text
        b = max([b] + [y for x, y in split(text) if x <= a < y])
        out[key] = read(text[a:b], *cues)
    spanning = turn_cues(cues[2])
    if spanning:  # a brush-off said across sentences ("Anything else? No? Okay, bye."): its turn's last
        # sentence the model reads carries it
        last = {key[0]: key for key in out}
        for turn, key in last.items():
            if not out[key].contempt:
                found = read(ctx.utts[turn].text, (), (), spanning).contempt
                if found:
                    out[key] = replace(out[key], contempt=found)
    return out


_ENDS = {".", "?", "!", "。", "？", "！"}


@lru_cache(maxsize=16)
def turn_cues(contempt: tuple[str, ...]) -> tuple[str, ...]:
    """The contempt cues that span sentences: a sentence end inside them, with words after it
    ("anything else ? no ? … bye $"). A sentence alone never holds them, so the whole turn is read:
    the curt run of "Anything else? No? Okay, bye." is the brush-off, not its "Okay, bye." alone."""
    out = []
    for text in contempt:
        words = text.replace("...", " ... ").split()
        ends = [k for k, w in enumerate(words) if set(w.split("|")) <= _ENDS]
        if ends and any(w[0].isalnum() for w in words[ends[0] + 1:]):
            out.append(text)
    return tuple(out)


def stance_head() -> heads.Head | None:
    """The shipped stance head (None where none ships: the review runs as before)."""
    head = heads.load("stance")
    return head if head is not None and "refusal" in head.labels else None


def _long_enough(toks: list[str]) -> bool:
    words = [t for t in toks if t[0].isalnum()]
    cjk = sum("\u3400" <= t[0] <= "\u9fff" for t in words)
    return len(words) - cjk + cjk / 2 >= HEAD_MIN_WORDS


def review(rule: Rule, ctx: CallContext, meaning, status: str, evidence: list[Evidence],
           why: Message) -> tuple[str, list[Evidence], Message]:
    """The keyword verdict of a forbidden-conduct rule, revised by what the agent's clauses mean."""
    examples = meaning.conduct.get(rule.id) if meaning is not None else None
    if not examples or status not in ("pass", "fail", "na"):
        return status, evidence, why
    parts, vecs = agent_clauses(ctx, meaning)
    if not parts:
        return status, evidence, why
    near = examples.nearest(vecs)
    labels = examples.order
    r_col = labels.index("refusal")
    p_col = labels.index("polite") if "polite" in labels else None

    cues = [norm(w) for w in rule.hand_over if norm(w)]
    said = [norm(c.text) for c in parts]
    cued = [any(w in t for w in cues) for t in said]
    offers = {(c.turn, c.sentence) for c, y in zip(parts, cued) if y}
    plain = {key for key in dict.fromkeys((c.turn, c.sentence) for c in parts)
             if key not in offers and plain_statement(ctx.utts[key[0]].text, *sentence_span(parts, key))}

    plain_floor = examples.typical("polite", "refusal") if p_col is not None else 0.0

    def refusal(j: int) -> tuple[float, float]:
        """(likeness to the refusals, to the nearest other label, with that label's margin added)."""
        r = float(near.score[j, r_col])
        key = (parts[j].turn, parts[j].sentence)
        polite = REFUSAL_MARGIN if key in offers or key in plain else BARE_MARGIN
        rest = max((float(near.score[j, k]) + (SCRIPT_MARGIN if lab == SCRIPT else polite)
                    for k, lab in enumerate(labels) if lab != "refusal"), default=0.0)
        return r, rest

    def other(j: int) -> float:
        return max((float(near.score[j, k]) for k, lab in enumerate(labels) if lab != "refusal"), default=0.0)

    def handover(j: int) -> tuple[str, float] | None:
        """The first clause that hands the case on, of clause j's own sentence or the next clauses
        of its turn ("已经帮您登记换货了，快递员明天上门取件" hands on before it names the courier)."""
        if p_col is None or not cues:
            return None
        same = [k for k in range(max(0, j - HANDOVER_REACH), j)
                if parts[k].turn == parts[j].turn and parts[k].sentence == parts[j].sentence]
        for k in same + list(range(j + 1, min(len(parts), j + 1 + HANDOVER_REACH))):
            if parts[k].turn != parts[j].turn:
                break
            if not cued[k]:
                continue
            p = float(near.score[k, p_col])
            if p >= HANDOVER_FLOOR and p > float(near.score[k, r_col]):
                _, example, sim = near.of(k, "polite")
                return example, sim
        return None

    stances = sentence_stances(rule, ctx, parts)

    def empathic(j: int) -> bool:
        """Does clause j's sentence acknowledge the customer's feelings, with no "but" (stance.empathy)?"""
        return bool(stances.get((parts[j].turn, parts[j].sentence), NO_STANCE).empathy)

    def stance_of(j: int) -> tuple[Stance, str]:
        """The stance of clause j's sentence, and the commitment near it (its own or the next sentence's)."""
        key = (parts[j].turn, parts[j].sentence)
        st = stances.get(key, NO_STANCE)
        if st.commit:
            return st, st.commit
        later = sorted(k for k in stances if k[0] == key[0] and k[1] > key[1])
        return st, stances[later[0]].commit if later else ""

    head = stance_head()
    headed: set[tuple[int, int]] = set()  # sentences the head has read

    head_read: dict[tuple[int, int], tuple[float, int, int]] = {}  # sentence → the head's P(refusal), its span

    def head_reads(todo: dict[tuple[int, int], int]) -> None:
        """The head's probability that each of these sentences (key → one of its clauses) refuses, read
        over its whole text (whole_sentence), with that span, into head_read. The sentences no clause
        covers whole are embedded in one call (a call to the encoder costs far more than a sentence in it)."""
        todo = {key: j for key, j in todo.items() if key not in head_read}
        spans = {key: whole_sentence(ctx.utts[key[0]].text, key[1], sentence_span(parts, key)) for key in todo}
        texts = {key: ctx.utts[key[0]].text[a:b] for key, (a, b) in spans.items()}
        whole = [key for key, j in todo.items() if (parts[j].a, parts[j].b) != spans[key]]
        fresh = dict(zip(whole, meaning.embed([texts[key] for key in whole]))) if whole else {}
        r = head.labels.index("refusal")
        for key, j in todo.items():
            p = head.probabilities(fresh[key] if key in fresh else vecs[j], [texts[key]])[0, r]
            head_read[key] = (float(p), *spans[key])

    def head_says(j: int, key: tuple[int, int]) -> float:
        """The head's probability that clause j's whole sentence refuses."""
        head_reads({key: j})
        return head_read[key][0]

    def in_context(turn: int, a: int, b: int, p: float) -> float:
        """The head's probability that the sentence text[a:b] of this turn (which it reads at p) refuses,
        read with the HEAD_REACH sentences before and after it in the turn."""
        text = ctx.utts[turn].text
        spans = split(text)
        k = next((k for k, (x, y) in enumerate(spans) if x <= a < y), None)
        if k is None:
            return p
        x, y = min(a, spans[max(0, k - HEAD_REACH)][0]), max(b, spans[min(len(spans) - 1, k + HEAD_REACH)][1])
        if (x, y) == (a, b):
            return p
        said = text[x:y]
        return float(head.probabilities(meaning.embed([said]), [said])[0, head.labels.index("refusal")])

    def head_reading(j: int, key: tuple[int, int]) -> Evidence | None:
        """A refusal the trained head reads in clause j's sentence (see HEAD_FLOOR; head_reads first)."""
        u = ctx.utts[parts[j].turn]
        if u.confidence < HEAD_HEARD:
            return None
        p, a, b = head_read[key]
        if not _long_enough(tokens(u.text[a:b])):
            return None
        headed.add(key)
        if p < (HEAD_FLOOR if u.confidence >= HEAD_CLEAR else HEAD_FLOOR_UNCLEAR) \
                or in_context(parts[j].turn, a, b, p) < HEAD_CONTEXT:
            return None
        pct = round(p * 100, 1)  # one figure for the evidence and its note, so both print the same whole percent
        return Evidence(u.speaker, u.start, u.end, u.text, u.text[a:b], a, b, pct, "stance head", "meaning",
                        **note(msg("note.stance_head", probability=pct), ctx.role_note(parts[j].turn)))

    hits = ctx.hits.get(rule.id, [])
    keyword_ev = [e for e in evidence if e.mode in PHRASE_MODES]
    pairs = list(zip(hits, keyword_ev)) if len(hits) == len(keyword_ev) else []
    kept: list[tuple[int, Evidence]] = []
    voided: list[Evidence] = []
    hit_clauses: set[int] = set()
    for (i, _), e in pairs:
        j = next((k for k, c in enumerate(parts) if c.turn == i and c.a <= e.span_start < c.b), None)
        if e.mode in ("fuzzy", "phonetic") and rule.deflect_cues \
                and lost_negation(e.phrase, ctx.utts[i].text, e.span_start, e.span_end):
            voided.append(replace(e, **note(msg("note.stance_unnegated", phrase=e.phrase))))
            continue
        swapped = swapped_word(e.phrase, e.span) if e.mode == "fuzzy" else ""
        if swapped:
            voided.append(replace(e, **note(msg("note.swapped_word", phrase=e.phrase, word=swapped))))
            continue
        if j is not None:
            st, commit = stance_of(j)
            if commit and not st.contempt:
                voided.append(replace(e, **note(msg("note.stance_commit", phrase=e.phrase, cue=commit))))
                continue
            ho = handover(j)
            if ho is not None:
                voided.append(replace(e, **note(msg("note.polite", phrase=e.phrase, example=ho[0],
                                                    similarity=ho[1] * 100))))
                continue
        kept.append((i, e))
        if j is not None:  # a kept hit speaks for its clause; a voided one leaves it to the meaning and stance
            hit_clauses.add(j)
    found: list[Evidence] = []
    judged: set[tuple[int, int]] = set()  # sentences the stance signal has decided
    voted: set[tuple[int, int]] = set()  # sentences the nearest examples have found a refusal in
    for j, c in enumerate(parts):
        if j in hit_clauses:
            continue
        key = (c.turn, c.sentence)
        if key in judged:
            continue
        r, rest = refusal(j)
        st, commit = stance_of(j)
        cue = st.contempt if st.contempt and r >= CONTEMPT_FLOOR else (
            st.deflect if st.deflect and not commit and r >= STANCE_FLOOR
            and (head is None or head_says(j, key) >= HEAD_CUE_VETO) else "")
        if cue:
            judged.add(key)
            u = ctx.utts[c.turn]
            a, b = sentence_span(parts, key)
            _, example, sim = near.of(j, "refusal")
            why_note = msg("note.stance_contempt" if st.contempt else "note.stance_deflect", cue=cue,
                           example=example, similarity=sim * 100)
            found.append(Evidence(u.speaker, u.start, u.end, u.text, u.text[a:b], a, b, round(sim * 100, 1),
                                  example, "meaning", **note(why_note, ctx.role_note(c.turn))))
            continue
        if commit or empathic(j):  # shielded: it undertakes something or acknowledges the customer's
            continue  # feelings, whatever it resembles (its cues above still count)
        if r >= REFUSAL_FLOOR and r >= rest and handover(j) is None \
                and (key not in plain or r >= plain_floor or near.of(j, "refusal")[2] >= CLOSE_EXAMPLE) \
                and (head is None or near.of(j, "refusal")[1] in meaning.taught  # (the team's correction stands)
                     or head_says(j, key) >= HEAD_VETO
                     and in_context(c.turn, head_read[key][1], head_read[key][2], head_read[key][0]) >= HEAD_VETO):
            _, example, sim = near.of(j, "refusal")
            u = ctx.utts[c.turn]
            found.append(Evidence(u.speaker, u.start, u.end, u.text, u.text[c.a:c.b], c.a, c.b, round(sim * 100, 1),
                                  example, "meaning", **note(msg("note.refusal", example=example, similarity=sim * 100,
                                                                 polite=other(j) * 100), ctx.role_note(c.turn))))
            voted.add(key)
    if head is not None:  # what the cues and examples left unread, the trained head reads
        hit_keys = {(parts[j].turn, parts[j].sentence) for j in hit_clauses}
        todo: dict[tuple[int, int], int] = {}  # sentence → its first clause the head may read
        for j, c in enumerate(parts):
            key = (c.turn, c.sentence)
            if key in todo or key in judged or key in voted or key in headed or key in hit_keys \
                    or stance_of(j)[1] or empathic(j) or handover(j) is not None:
                continue
            todo[key] = j
        head_reads(todo)
        for key, j in todo.items():
            ev = head_reading(j, key)
            if ev is not None:
                judged.add(key)
                found.append(ev)
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
