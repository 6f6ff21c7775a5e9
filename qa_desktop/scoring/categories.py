"""Complaint category: keyword evidence weighted by who said it, plus what the customer's sentences mean.

The customer's own words name the problem; the agent repeats or answers them
("快递员明天上门取件" in a call about a broken lamp), so the agent's keywords
are context, not votes: they count (at the agent's speaker weight) only when
the customer's words reach no category at all (an unintelligible channel). Each keyword counts once per call. All keywords are found in one pass;
a category's `unless` phrases then void only that category's keywords inside
them ("不是质量问题" voids quality's 质量, never another category's word).

Where the pack lists example sentences, each of the customer's sentences (the
roles the engine inferred, on mono calls) also votes for the category whose
examples it resembles most, when it resembles them more than the pack's
neutral sentences (greetings, order numbers, thanks); the first complaint
weighs most. The agent's sentences are context, not votes.

A customer sentence that sets a claim against what arrived (claims.py: a category's
`claims` cue, "说是羊绒的", then more: "一烧全是塑料味") is that category:
it votes CONTRAST_WEIGHT, its reality half's keywords of other categories are
voided, and the model does not read it again. A claim that names another
category's keyword ("说是发货了…", "说是退款三天到账…") is about that
service, not the product, and is no contrast; nor is one inside the category's
`unless` phrases ("客服说是…": an agent's promise broken) or whose sentence says
one of them after the claim ("页面写199，实际扣了我229": money taken, payment). The highest total
wins if it reaches min_score, else the fallback ("other"); a second category
the customer raised too is the secondary one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from qa_desktop.domain import CategoryScore, Evidence
from qa_desktop.scoring import claims
from qa_desktop.scoring.category_head import category_head, head_overrules, head_votes, turn_votes
from qa_desktop.scoring.claims import units as _units
from qa_desktop.scoring.compiled import CompiledPack
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.haystack import Haystack
from qa_desktop.scoring.literals import Literals
from qa_desktop.scoring.matchers import Hit, PhraseMatcher, distinct
from qa_desktop.scoring.messages import Rendered, msg, note, rendered
from qa_desktop.scoring.no_problem import no_problem_reading, none_raised
from qa_desktop.scoring.phrases import hit_evidence
from qa_desktop.scoring.rounding import rounded
from qa_desktop.scoring.spans import apart

EVIDENCE_PER_CATEGORY = 3  # enough to see why; the total still counts every keyword
CUSTOMER_SENTENCES = 16  # the meaning model reads the customer's first sentences (the complaint comes early)
CUSTOMER_CLAUSES = 24  # …and the clauses of those of them that are unclear as a whole
FLOOR = 0.25  # a sentence this unlike every category's examples names no problem
NEUTRAL_MARGIN = 0.03  # …nor one not clearly nearer a category's examples than the neutral ones
SEMANTIC_WEIGHT = 6.0  # a clear resemblance (0.15 above the floor) ≈ one customer keyword
FIRST_WEIGHT = 1.5  # the customer's first complaint weighs most
SECONDARY_SHARE = 0.35  # a second category with this share of the first's total, raised by the customer
CONTRAST_WEIGHT = 1.5  # a claim set against reality ≈ the customer's first clear complaint
MEANING_MIN_UNITS = 4  # Han characters + words: a shorter sentence ("没有了", misheard "没抹蒙") has no
# stable meaning vector (it lands near any short example); keywords still hear a short "太小了"


@dataclass(slots=True)
class CategoryVerdict:
    primary: str
    ranked: list[CategoryScore]
    confidence: float = 0.0
    secondary: str = ""
    customer: dict[str, float] = field(default_factory=dict)  # what the customer's own words gave each


def score_categories(compiled: CompiledPack, ctx: CallContext) -> tuple[str, list[CategoryScore]]:
    v = categorise(compiled, ctx)
    return v.primary, v.ranked


def categorise(compiled: CompiledPack, ctx: CallContext, meaning=None) -> CategoryVerdict:
    settings = compiled.pack.categories
    weights = settings.speaker_weights
    scan = _scan_of(compiled)
    totals = dict.fromkeys(scan.ids, 0.0)
    customer = dict.fromkeys(scan.ids, 0.0)
    evidence: dict[str, list] = {c: [] for c in scan.ids}
    hay = ctx.haystack(list(range(len(ctx.items))))
    bounds = hay.bounds
    hits = [h for matcher in compiled.keywords for h in matcher.search(hay)]
    owner = compiled.keyword_category
    voided, cues = _said(scan, hay)
    heard: list[tuple[int, int]] = []  # where the customer's keywords were said (turn, offset)
    # (sentences, how sure) where the head read each of the customer's sentences as naming no problem
    quiet: tuple[list, float] | None = None
    contrasts = []  # (most calls say no claim cue: none to read)
    if cues or meaning is not None:
        contrasts = [x for x in claims.contrasts(settings, ctx, cues, CUSTOMER_SENTENCES, meaning is not None)
                     if not any(a <= bounds[x[1]] + x[3] < b or bounds[x[1]] + x[3] <= a < bounds[x[1]] + x[5]
                                for a, b in voided.get(x[0], ()))]  # "客服说是…": a promise, not an advert;
        # "…实际扣了我229": money taken, not the product
    if contrasts and meaning is not None:
        head = category_head(scan.ids)
        if head is not None:
            contrasts = [x for x in contrasts if not head_overrules(head, ctx, meaning, x)]
    for cat, turn, _cue, _a, reality, end in contrasts:  # the reality half names the claim's category only
        for other in totals:
            if other != cat:
                voided.setdefault(other, []).append((bounds[turn] + reality, bounds[turn] + end))
    repairs: dict[int, list[tuple[int, int, str]]] = {}  # turn → homophones heard, as the keyword
    ctx.meaning_cache["repairs"] = repairs
    agents = []  # the agent's keywords: context, counted only when the customer's words name nothing
    utts, roles = ctx.utts, ctx.roles
    said_by = weights.get("customer", 1.0), weights.get("unknown", 0.7)  # (the customer's, or an unknown's)
    for h in _distinct(hits):  # "快递员" absorbs "快递"
        cat = owner[h.phrase]
        if voided:  # (most calls: no unless phrase said, no contrast)
            spans = voided.get(cat)
            if spans is not None and any(a < bounds[h.item] + h.b and bounds[h.item] + h.a < b for a, b in spans):
                continue
        speaker = utts[h.item].speaker
        if speaker == "agent" or (speaker != "customer" and roles[h.item] == "agent"):
            agents.append((cat, h))  # mono: an inferred agent counts as an agent
            continue
        w = said_by[0] if speaker == "customer" else said_by[1]
        heard.append((h.item, h.a))
        value = w * h.similarity / 100.0
        totals[cat] += value
        customer[cat] += value
        found = evidence[cat]
        full = len(found) >= EVIDENCE_PER_CATEGORY
        if full and (h.mode != "phonetic" or meaning is None):  # (homophones are repaired for the model)
            continue
        ev = hit_evidence(ctx, h.item, h, _weight_note(w))
        if h.mode == "phonetic" and ev.span != h.phrase:  # 推款 heard for 退款: the model reads 退款
            repairs.setdefault(h.item, []).append((ev.span_start, ev.span_end, h.phrase))
        if not full:
            found.append(ev)
    for cat, turn, cue, a, reality, end in contrasts:
        totals[cat] += CONTRAST_WEIGHT
        customer[cat] += CONTRAST_WEIGHT
        u = ctx.utts[turn]
        evidence[cat].insert(0, Evidence(
            u.speaker, u.start, u.end, u.text, u.text[a:end], a, end, 100.0, cue, "contrast",
            **note(msg("note.contrast", claim=u.text[a:reality], reality=u.text[reality:end],
                       weight=CONTRAST_WEIGHT), ctx.role_note(turn))))
        del evidence[cat][EVIDENCE_PER_CATEGORY:]
    if meaning is not None and meaning.categories:
        said: dict[str, list] = {c.id: [] for c in settings.items}
        skip = {s for x in contrasts for s in claims.sentences_of(ctx, x)}
        votes, quiet = _semantic_votes(meaning, ctx, settings.min_score, skip, tuple(totals))
        for cat, value, ev in votes:
            totals[cat] += value
            customer[cat] += value
            said[cat].append(ev)
        for cat, evs in said.items():  # the sentences first: they say what the problem is
            evidence[cat] = evs[:EVIDENCE_PER_CATEGORY] + evidence[cat]
    if max(totals.values(), default=0.0) < settings.min_score:  # e.g. the customer's channel unintelligible
        w = weights.get("agent", 0.3)
        for cat, h in agents:
            totals[cat] += w * h.similarity / 100.0
            if len(evidence[cat]) < EVIDENCE_PER_CATEGORY:
                evidence[cat].append(hit_evidence(ctx, h.item, h, _weight_note(w)))
    out = [CategoryScore(c, rounded(totals[c], 2), evidence[c]) for c in scan.ids]
    ranked = sorted(out, key=_SCORE, reverse=True)  # stable (reverse too): pack order breaks ties
    top = ranked[0].score if ranked else 0.0
    second = ranked[1] if len(ranked) > 1 else None
    if quiet is not None and not contrasts and none_raised(scan.sounds(), scan.ids, ctx, meaning, quiet[0], heard):
        return CategoryVerdict(settings.fallback, ranked, rounded(quiet[1], 3), "", customer)
    if not ranked or top < settings.min_score:
        return CategoryVerdict(settings.fallback, ranked, rounded(1.0 - top / (2 * settings.min_score or 1), 3),
                               "", customer)
    runner = second.score if second else 0.0
    confidence = rounded(top / (top + runner + 0.25), 3)
    secondary = ""
    if second and runner >= max(settings.min_score, SECONDARY_SHARE * top) and customer[second.category] > 0:
        secondary = second.category
    return CategoryVerdict(ranked[0].category, ranked, confidence, secondary, customer)


@lru_cache(maxsize=64)
def _weight_note(weight: float) -> Rendered:
    """A keyword's "weight 0.7" clause, rendered once per weight (a pack has a few), not per evidence."""
    return rendered(msg("note.weight", weight=weight))


def _distinct(hits: list[Hit]) -> list[Hit]:
    """`distinct(hits)`, cheaper where no two hits share a character (most calls): then distinct keeps
    them all, in the order of their places, and ranking them first changes nothing. (Overlapping
    hits go to distinct in their own order: it breaks ties between equally sure hits by it.)"""
    ordered = sorted(hits, key=_PLACE)
    return ordered if apart(ordered) else distinct(hits)


_PLACE = attrgetter("item", "a")
_SCORE = attrgetter("score")


def customer_sentences(ctx: CallContext, meaning):
    """The customer's first sentences and their vectors, computed once per call (escalation reads
    them too)."""
    from qa_desktop.scoring.meaning import repaired, sentences

    cached = ctx.meaning_cache.get("customer")
    if cached is None:
        turns = [i for i, r in enumerate(ctx.roles) if r == "customer"]
        sents = sentences(ctx.utts, turns, CUSTOMER_SENTENCES)
        repairs = ctx.meaning_cache.get("repairs") or {}
        vecs = meaning.embed([repaired(s, repairs.get(s.turn, ())) for s in sents]) if sents else None
        cached = ctx.meaning_cache["customer"] = (sents, vecs)
    return cached


def _clauses_of_unclear(ctx: CallContext, meaning, sents, unclear: list[int]) -> tuple[list, object]:
    """The clauses of the customer's sentences that name no problem clearly as a whole, when they have
    several, and their vectors: a rambling sentence ("I've been patient, the date has been pushed
    back four times, and I just need to know when it's coming") can mean less as a whole than the
    clause that names the problem. (Only then: a clause out of a clear sentence loses what the rest
    says about it — "it went mouldy" is quality, "on the road five days, it went mouldy" logistics.)"""
    from qa_desktop.scoring.meaning import clauses, repaired

    starts = {(sents[j].turn, sents[j].a) for j in unclear}
    turns = list(dict.fromkeys(t for t, _ in starts))
    parts = [c for c in clauses(ctx.utts, turns, CUSTOMER_CLAUSES) if (c.turn, c.sentence) in starts]
    per: dict[tuple[int, int], int] = {}
    for c in parts:
        per[(c.turn, c.sentence)] = per.get((c.turn, c.sentence), 0) + 1
    parts = [c for c in parts if per[(c.turn, c.sentence)] > 1 and _units(c.text) >= MEANING_MIN_UNITS]
    repairs = ctx.meaning_cache.get("repairs") or {}
    vecs = meaning.embed([repaired(c, repairs.get(c.turn, ())) for c in parts]) if parts else None
    return parts, vecs


def _semantic_votes(meaning, ctx: CallContext, min_score: float, skip=frozenset(), ids: tuple[str, ...] = ()):
    from qa_desktop.scoring.meaning import NEUTRAL

    sents, vecs = customer_sentences(ctx, meaning)
    if not sents:
        return [], None
    near = meaning.categories.nearest(vecs)
    labels = meaning.categories.order
    neutral_col = labels.index(NEUTRAL) if NEUTRAL in labels else None

    def reading(nr, j: int) -> tuple[float, float, str, float]:
        """(clearness: how far the best category stands above the neutral floor, best, category, base)."""
        row = nr.score[j]
        cats = sorted(((float(row[k]), lab) for k, lab in enumerate(labels) if lab != NEUTRAL), reverse=True)
        best, cat = cats[0]
        second = cats[1][0] if len(cats) > 1 else 0.0
        neutral = float(row[neutral_col]) if neutral_col is not None else 0.0
        base = max(FLOOR, neutral + NEUTRAL_MARGIN)
        # a sentence as like another category's examples says little about which one it is
        return (best - base + min(best - base, best - second)) / 2, best, cat, base

    readable = [j for j, s in enumerate(sents) if _units(s.text) >= MEANING_MIN_UNITS]
    # the examples do not read a claim set against reality (the contrast has spoken for it); the head
    # reads it as any other sentence: "the page said the refund comes back the same way, it didn't" is refund
    said = [j for j in readable if (sents[j].turn, sents[j].a) not in skip]
    head = category_head(ids) if ids and readable else None
    texts = [sents[j].text for j in readable]
    probs = dict(zip(readable, head.probabilities(vecs[readable], texts))) if head is not None else {}
    # (the gate reads no fewer than 2 x MEANING_MIN_UNITS units of the customer's speech: one who said only
    # "嗯，啊，那个。" raised nothing it can read, and the agent's words stay the context)
    quiet = no_problem_reading(ids, ctx, meaning, sents, readable, vecs[readable], texts) \
        if probs and sum(_units(t) for t in texts) >= 2 * MEANING_MIN_UNITS else None
    unclear = [j for j in said if (lambda r: r[1] <= r[3] or SEMANTIC_WEIGHT * r[0] < min_score)(reading(near, j))]
    parts, part_vecs = _clauses_of_unclear(ctx, meaning, sents, unclear) if unclear else ([], None)
    part_near = meaning.categories.nearest(part_vecs) if parts else None
    out: list[tuple[str, float, Evidence]] = []
    taught: set[int] = set()  # turns a sentence of which resembles most an example the team taught
    for j in said:
        s = sents[j]
        # the sentence, or (when it is unclear as a whole) the clause of it that names the problem most clearly
        units = [(reading(near, j), near, j, s)]
        if j in unclear:
            units += [(reading(part_near, k), part_near, k, c) for k, c in enumerate(parts)
                      if c.turn == s.turn and c.sentence == s.a]
        (clear, best, cat, base), nr, k, unit = max(units, key=lambda x: x[0][0])
        if best <= base:
            # nearer the pack's neutral lines than any problem: the head does not read it either (it is
            # sure of things far from any line it learnt from: a question about loyalty points as payment)
            probs.pop(j, None)
            continue
        w = FIRST_WEIGHT if not out else 1.0
        value = w * SEMANTIC_WEIGHT * clear
        _, example, sim = nr.of(k, cat)
        if example in meaning.taught:  # the team's own correction decides what resembles it, not the head
            probs.pop(j, None)
            taught.add(s.turn)
            quiet = None
        s = unit
        u = ctx.utts[s.turn]
        role = ctx.role_note(s.turn)
        ev = Evidence(u.speaker, u.start, u.end, u.text, u.text[s.a:s.b], s.a, s.b, round(sim * 100, 1), example,
                      "meaning", **note(msg("note.resembles", example=example, similarity=sim * 100,
                                            weight=round(value, 2)), role))
        out.append((cat, value, ev))
    if head is None:
        return out, None
    return out + head_votes(head, ctx, sents, probs, skip, FIRST_WEIGHT) + turn_votes(
        head, ctx, meaning, sents, [j for j in readable if sents[j].turn not in taught]), quiet


@dataclass(slots=True)
class _Scan:
    """What categorise looks for in a pack's terms besides its keywords, prepared on the pack's first
    call: every category's `unless` phrases and claim cues in one automaton, so a call's text is
    scanned once for both (not a `str.find` loop per unless phrase, then another pass for the cues)."""

    literals: Literals  # every normalised unless phrase and lowered claim cue: each occurrence of each
    unless: dict[str, list[str]]  # unless phrase → the categories whose keywords it voids
    claims: frozenset[str]  # the lowered claim cues
    cues: list[tuple[str, str, str]]  # every category's claim cues: (category, cue as written, lowered)
    ids: list[str]  # the categories in the pack's order
    blank: list[tuple[str, str, str]]  # the cues that lower-case to nothing: "said" in every call
    heard_as: list[str]  # the Chinese keywords of 3 or more characters, which no_problem.none_raised hears by sound…
    _sounds: PhraseMatcher | None = None  # …with this matcher, built on the first call that needs it

    def sounds(self) -> PhraseMatcher | None:
        """(Built on first use, not with the scan: most calls name a problem and never ask, and a pack that
        matches nothing else by sound would load the pinyin dictionary for it.)"""
        if self._sounds is None and self.heard_as:
            self._sounds = PhraseMatcher(self.heard_as, "phonetic")
        return self._sounds

    @classmethod
    def of(cls, compiled: CompiledPack) -> _Scan:
        unless: dict[str, list[str]] = {}
        for cat, phrases in compiled.category_unless.items():
            for u in phrases:
                unless.setdefault(u, []).append(cat)
        cues = [(c.id, q, q.lower()) for c in compiled.pack.categories.items for q in c.claims]
        claims = frozenset(lq for _, _, lq in cues if lq)
        said = [k for c in compiled.pack.categories.items for k in c.keywords
                if len(k) >= 3 and all("\u3400" <= ch <= "\u9fff" for ch in k)]
        return cls(Literals([*unless, *claims], overlapping=True), unless, claims, cues,
                   [c.id for c in compiled.pack.categories.items], [cue for cue in cues if not cue[2]],
                   said)


def _scan_of(compiled: CompiledPack) -> _Scan:
    scan = compiled.category_scan
    if scan is None:
        scan = compiled.category_scan = _Scan.of(compiled)
    return scan


def _said(scan: _Scan, hay: Haystack) -> tuple[dict[str, list[tuple[int, int]]], list[tuple[str, str, str]]]:
    """(category → where in the joined text its unless phrases were said, the claim cues said).

    Unless phrases are placed as a `str.find` loop per phrase places them: each occurrence that
    starts after the phrase's last one ends. Claim cues are looked for in the lower-cased text (the
    normalised text already is, but for characters whose case depends on their neighbours: then
    the lower-cased text is scanned again for them)."""
    phrases = scan.literals.phrases
    voided: dict[str, list[tuple[int, int]]] = {}
    heard: set[str] = set()
    ends: dict[int, int] = {}  # pattern → where its last counted occurrence ends
    for k, a, b in hay.find(scan.literals):  # (one pattern's occurrences come in order)
        p = phrases[k]
        cats = scan.unless.get(p)
        if cats is not None and a >= ends.get(k, 0):
            ends[k] = b
            for cat in cats:
                voided.setdefault(cat, []).append((a, b))
        if p in scan.claims:
            heard.add(p)
    if scan.claims and _lowered_differs(hay, scan.literals.ascii_only):
        heard = {p for k, _, _ in scan.literals.find(hay.joined.lower()) if (p := phrases[k]) in scan.claims}
    if not heard:  # (most calls)
        return voided, list(scan.blank)
    return voided, [cue for cue in scan.cues if cue[2] in heard or not cue[2]]


def _lowered_differs(hay: Haystack, scanned_bytes: bool) -> bool:
    """`hay.joined.lower() != hay.joined`, asked of the ASCII bytes where the scan made them (an
    English pack's scan of an English call): the text's only other characters, the separator and
    the mask, are no letters."""
    raw = hay.raw if scanned_bytes else None
    if raw is not None:
        return raw.lower() != raw
    joined = hay.joined
    return joined.lower() != joined
