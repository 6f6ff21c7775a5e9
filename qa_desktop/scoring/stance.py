"""The stance of an agent's sentence: does it commit to an action, or push the problem away?

The sentence model matches on topic and shared words more than on stance ("Let me explain that
again" reads like "I've explained this three times"), so a forbidden-conduct rule can list cue
patterns beside its example sentences, and each agent sentence gets an explainable reading:

- commit: the agent or the company undertakes something ("I'll", "let me", "I've raised",
  "we will", "I'm sending", a reference number) — a commitment said inside a negation ("I won't",
  "我不会帮您") is no commitment;
- deflect: the problem is pushed away (negated responsibility or ability, "take it up with",
  "up to you", "rules are rules"), disowned ("between you and the courier", "I'm just the phone
  person"), stonewalled ("the answer won't change") or dismissed as the customer's own ("none of
  the others have a problem with it") — a commitment cue that overlaps a deflect cue's words ("we've
  done our bit", "you'll get the same answer") is no commitment;
- contempt: blame of, or contempt for, the customer ("you should have", "did you even") — inside a
  negation it is no contempt ("it isn't your fault", 不好意思);
- empathy: the customer's feelings or the company's fault acknowledged ("that sounds really
  stressful", "you shouldn't have had to ring again", 理解您的心情) — only where no "but" follows in
  the sentence ("I understand, but rules are rules" is the brush-off it looks like).

Cue patterns are written in words and tokenised the same way as the sentence, so "can't" in a
cue matches "cannot" and "can not" said. A pattern token may be `a|b` (alternatives), a glob
(`*` any one word, `*ing`), `!a|b` (any one word but these), `...` (up to three words of gap, six
Chinese characters) or
`$` (the sentence ends here, punctuation aside: a bare "I'm ending the call now" is abrupt, the same
words followed by "thank you for calling" are a courteous close) or `^` (the sentence starts here: a
bare "Not." after a promise takes the promise back, "I'm afraid not." is an answer).
Chinese is read one character per token, so "跟 * 没关系" matches 跟我们没关系 and 跟他没关系.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import translate
from functools import lru_cache

_CONTRACTIONS = (  # order matters: "won't" before the generic "n't"
    (re.compile(r"\bwon'?t\b"), "will not"), (re.compile(r"\bcan'?t\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"), (re.compile(r"\bshan'?t\b"), "shall not"),
    (re.compile(r"\bain'?t\b"), "is not"), (re.compile(r"n't\b"), " not"), (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"), (re.compile(r"\bi'm\b"), "i am"), (re.compile(r"'re\b"), " are"),
    (re.compile(r"'d\b"), " would"), (re.compile(r"\b(it|that|there|what|he|she|who|here)'s\b"), r"\1 is"),
    (re.compile(r"\b(nobody|one|everyone|everybody|someone|somebody|anyone|anybody)'s\b"), r"\1 is"),
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[\u3400-\u9fff]|[,;:.!?，。；：！？、]")
_WILD = re.compile(r"[*!|\[\]]")
_GLOB = re.compile(r"[*?\[]")
_PUNCT = {"?", "？"}
_BREAK = {",", ";", ":", ".", "!", "?", "，", "。", "；", "：", "！", "？", "、",
          "but", "so", "and", "though", "although", "however", "then", "instead",
          "但", "不过", "可是", "然后"}
# words that set what follows against what came before: an acknowledgement before one is no empathy
CONTRAST = {"but", "however", "though", "although", "unfortunately", "但"}
ZH_CONTRAST = ("不过", "可是", "只是", "然而")  # (Chinese is read a character a token)
NEGATORS = {"not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "不", "没", "别", "无", "未"}
GAP = 3  # words a `...` may skip
# …counting a Chinese character as half a word (tokens are characters): "跟 ... 没关系" reaches
# 跟我们客服没关系 as "with ... nothing to do" reaches "with the warehouse team, nothing to do"
CJK_WORD = 0.5
ZH_REACH = 4  # characters a Chinese negator reaches forward (不能帮您, 没有办法帮您)
# Chinese words that start with a negator but negate nothing after them (不管怎样我都会帮您)
ZH_NOT_NEGATION = {"不管", "不论", "无论", "没关系", "不客气", "不用", "别急", "别着", "别的"}
# curly quotes and full-width apostrophes as ASCII, so "I’ll" reads like "I'll"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "＇": "'"})


def tokens(text: str) -> list[str]:
    """Lower-case words (contractions spelled out), CJK characters and clause punctuation."""
    t = text.translate(_QUOTES).lower()
    for pattern, repl in _CONTRACTIONS:
        t = pattern.sub(repl, t)
    return [m.group() for m in _TOKEN.finditer(t) if m.group() != "'"]


@dataclass(frozen=True, slots=True)
class _Part:
    """One word of a cue, compiled: literal alternatives (a set), globs (one regex), exclusions."""

    kind: str  # "one", "opt" (optional word), "gap" (`...`), "end" (`$`) or "start" (`^`)
    lits: frozenset[str] = frozenset()
    glob: re.Pattern | None = None
    neg: re.Pattern | None = None
    wild: bool = False  # a wildcard never matches a negator ("I will *" is not "I will not")

    def ok(self, tok: str) -> bool:
        if tok in self.lits:
            return True
        if not self.wild or not tok[0].isalnum() or tok in NEGATORS:
            return False
        if self.neg is not None and self.neg.fullmatch(tok):
            return False
        return self.glob is not None and self.glob.fullmatch(tok) is not None


def _globs(alts: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{translate(a)})" for a in alts)) if alts else None


def _part(text: str) -> _Part:
    if text == "...":
        return _Part("gap")
    if text == "$":
        return _Part("end")
    if text == "^":
        return _Part("start")
    kind = "one"
    if text.startswith("[") and text.endswith("]") and len(text) > 2:
        kind, text = "opt", text[1:-1]
    pos, bang, neg = text.partition("!")  # "*ing!telling|saying": a glob, but not these words
    alts = (pos or "*").split("|") if bang else pos.split("|")
    # a "?" alternative is the question mark said ("are you done ?|."), not a one-letter glob
    lits = frozenset(x for x in alts if not _GLOB.search(x) or x in _PUNCT)
    globs = [x for x in alts if _GLOB.search(x) and x not in _PUNCT]
    wild = bool(globs or bang)
    if bang:  # excluded words must stay excluded even when listed: match through the regexes only
        globs, lits = globs + sorted(lits), frozenset()
    return _Part(kind, lits, _globs(globs), _globs(neg.split("|")) if bang else None, wild)


@dataclass(frozen=True, slots=True)
class Cue:
    text: str  # as the pack wrote it (evidence names it)
    parts: tuple[_Part, ...]
    required: tuple[frozenset[str], ...]  # literal words the sentence must contain for the cue to match

    def find(self, toks: list[str], start: int = 0, present: set[str] | None = None) -> tuple[int, int]:
        """(start, end) of the cue's first match at or after start, or (-1, -1)."""
        if present is not None and not all(r & present for r in self.required):
            return -1, -1
        first = self.parts[0]
        for i in range(start, len(toks)):
            if first.kind == "one" and not first.ok(toks[i]):
                continue
            end = _match(self.parts, 0, toks, i)
            if end >= 0:
                return i, end
        return -1, -1


def _match(parts: tuple[_Part, ...], p: int, toks: list[str], i: int) -> int:
    """Where a match of parts[p:] starting at token i ends, or -1."""
    if p == len(parts):
        return i
    part = parts[p]
    if part.kind == "end":  # only punctuation may follow
        return len(toks) if all(not t[0].isalnum() for t in toks[i:]) else -1
    if part.kind == "start":  # only punctuation may come before
        return _match(parts, p + 1, toks, i) if all(not t[0].isalnum() for t in toks[:i]) else -1
    if part.kind == "gap":  # (a Chinese character is half a word: 跟我们客服没关系 skips 我们客服)
        k, words = 0, 0.0
        while words <= GAP and i + k <= len(toks):
            end = _match(parts, p + 1, toks, i + k)
            if end >= 0:
                return end
            if i + k < len(toks):
                words += CJK_WORD if "\u3400" <= toks[i + k][0] <= "\u9fff" else 1.0
            k += 1
        return -1
    if part.kind == "opt" and i < len(toks) and part.ok(toks[i]):
        end = _match(parts, p + 1, toks, i + 1)
        if end >= 0:
            return end
    if part.kind == "opt":
        return _match(parts, p + 1, toks, i)
    return _match(parts, p + 1, toks, i + 1) if i < len(toks) and part.ok(toks[i]) else -1


def said(toks: list[str]) -> str:
    """The words a cue matched, as the inspector reads them (Chinese without spaces)."""
    out = ""
    for t in toks:
        cjk = "\u3400" <= t[0] <= "\u9fff"
        out += t if (cjk or not out or not t[0].isalnum() or "\u3400" <= out[-1] <= "\u9fff") else " " + t
    return out


def compile_cue(text: str) -> Cue | None:
    """A cue pattern, or None when it has no word to anchor on (only wildcards and gaps)."""
    words: list[str] = []
    for chunk in text.replace("...", " ... ").split():
        if chunk in ("...", "$", "^") or _WILD.search(chunk):
            words.append(chunk.lower().translate(_QUOTES))
        else:
            words += [t for t in tokens(chunk) if t[0].isalnum()]
    parts = tuple(_part(w) for w in words)
    required = tuple(p.lits for p in parts if p.kind == "one" and not p.wild)
    if not required:
        return None
    return Cue(text, parts, required)


@lru_cache(maxsize=64)
def _compiled(cues: tuple[str, ...]) -> tuple[Cue, ...]:
    return tuple(c for c in (compile_cue(x) for x in cues) if c is not None)


@lru_cache(maxsize=64)
def _index(cues: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Each word → the positions of the cues that need it (each cue filed under the smallest set of
    words it requires), so a sentence tries only the cues whose words it says: a pack lists hundreds."""
    out: dict[str, list[int]] = {}
    for k, cue in enumerate(_compiled(cues)):
        for w in min(cue.required, key=len):
            out.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in out.items()}


def _candidates(cues: tuple[str, ...], present: set[str]) -> list[Cue]:
    """The cues (in the pack's order) whose anchoring words the sentence says."""
    index, compiled = _index(cues), _compiled(cues)
    hit = sorted({k for w in present if w in index for k in index[w]})
    return [compiled[k] for k in hit]


def negated(toks: list[str], i: int) -> bool:
    """Is token i inside a negation's scope (from a negator to the end of its clause)? A Chinese
    negator binds the verb close after it (不能帮您, 没有办法帮您), so there it reaches a few characters
    back, and words such as 不管 (regardless) are no negation."""
    stop = max(-1, i - 1 - ZH_REACH) if "\u3400" <= toks[i][0] <= "\u9fff" else -1
    for k in range(i - 1, stop, -1):
        if toks[k] in _BREAK or "".join(toks[k:k + 2]) in _BREAK:  # Chinese reads a character a word: 不过
            return False
        if toks[k] in NEGATORS and not any("".join(toks[k:k + n]) in ZH_NOT_NEGATION for n in (2, 3)):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Stance:
    # the words a cue matched (contractions spelled out: "you will have to"), "" when none
    commit: str = ""  # commits to an action
    deflect: str = ""  # pushes the problem away
    contempt: str = ""  # blames or belittles the customer
    empathy: str = ""  # acknowledges the customer's feelings or the company's fault, with no "but"
    ironic: str = ""  # praise or good wishes that show contempt only when said with it (Rule.ironic_cues)

    @property
    def pushes_away(self) -> bool:
        """Deflects with no action offered, or shows contempt whatever else it offers."""
        return bool(self.contempt or (self.deflect and not self.commit))

    @property
    def shielded(self) -> bool:
        """Commits to an action and shows no contempt: not a refusal, whatever it resembles."""
        return bool(self.commit and not self.contempt)


def read(text: str, commit: tuple[str, ...], deflect: tuple[str, ...], contempt: tuple[str, ...],
         empathy: tuple[str, ...] = (), ironic: tuple[str, ...] = ()) -> Stance:
    """The stance of one sentence under a rule's cue lists."""
    toks = tokens(text)
    if not toks:
        return Stance()
    present = set(toks)

    taken: list[tuple[int, int]] = []  # where deflect cues matched

    def first(cues: tuple[str, ...], *, unless_negated: bool, spans: list | None = None,
              avoid: list | None = None, affirm: bool = False) -> str:
        found = ""
        for cue in _candidates(cues, present):
            i, end = cue.find(toks, 0, present)
            while i >= 0:
                if not (unless_negated and negated(toks, i)) \
                        and not any(a < end and i < b for a, b in avoid or ()) \
                        and not (affirm and any(t in NEGATORS for t in toks[i:end])):
                    if spans is None:
                        return said(toks[i:end])
                    spans.append((i, end))
                    found = found or said(toks[i:end])
                i, end = cue.find(toks, i + 1)
        return found

    deflects = first(deflect, unless_negated=False, spans=taken)
    # a commitment said as part of a deflecting phrase is none: "we've done our bit", "you'll get the
    # same answer", "I've got nothing to do with refunds"
    # a commitment said in the negative ("no need to send it back", "not a problem", 没关系) lifts a
    # burden rather than undertaking something: it answers the likeness to a refusal, not a deflect cue
    # (a "but" in the sentence turns an acknowledgement into the preface of a refusal)
    contrast = bool(present & CONTRAST) or any(w in "".join(toks) for w in ZH_CONTRAST)
    acknowledged = "" if not empathy or contrast else first(empathy, unless_negated=True)
    # (where the marks of every commitment are needed: only a "but" can take one back, see taken_back)
    spans: list[tuple[int, int]] | None = [] if contrast else None
    committed = first(commit, unless_negated=True, avoid=taken, affirm=bool(deflects), spans=spans)
    if committed and spans and taken_back(toks, max(b for _, b in spans)):
        committed = ""
    return Stance(commit=committed, deflect=deflects, contempt=first(contempt, unless_negated=True),
                  empathy=acknowledged, ironic=first(ironic, unless_negated=True))


def reassures(commit: str) -> bool:
    """Is this commitment said in the negative ("not a problem", "no need to call back", 没关系)? Such a cue
    lifts a burden rather than undertaking something, and no brush-off hides behind it the way one can
    behind "I'll just…" (conduct_head.HEAD_COMMITTED)."""
    return any(t in NEGATORS for t in tokens(commit))


def taken_back(toks: list[str], end: int) -> bool:
    """Does a "but" after the last commitment (ending at token `end`) take it back with a negation? "I'll
    note it, but nobody's going to read it", 我给您登记一下，不过也没什么用: the promise is hollow, so it shields
    nothing, and the examples and the head read the sentence. A "but" that only names a limit ("I'll
    chase it, but it may take two days") leaves the promise standing. Leave-one-file-out over 66 files:
    refusals missed zh 114 → 111, en the same; no polite line more failed (also none with any "but")."""
    for k in range(end, len(toks)):
        n = 1 if toks[k] in CONTRAST else \
            next((len(w) for w in ZH_CONTRAST if "".join(toks[k:k + len(w)]) == w), 0)
        if n:
            return any(t in NEGATORS and not any("".join(toks[j:j + m]) in ZH_NOT_NEGATION for m in (2, 3))
                       for j, t in enumerate(toks[k + n:], k + n))
    return False


def bad_cues(cues: list[str]) -> list[tuple[int, str]]:
    """(index, what is wrong) for each cue pattern that could never match as its author meant (a pack
    error): one that anchors on no word, or an option of several words ("[at all|whatsoever]" is read
    as the words "[at" and "all|whatsoever]", which no sentence says)."""
    out = []
    for j, c in enumerate(cues):
        if any(w.count("[") != w.count("]") for w in c.split()):
            out.append((j, "an option [..] is one word or one-word alternatives: write [at] [all|whatsoever], "
                           "not [at all|whatsoever]"))
        elif compile_cue(c) is None:
            out.append((j, "has no word to anchor on (only *, [..] or ...)"))
    return out
