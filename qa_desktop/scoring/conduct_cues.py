"""What an agent sentence's words say, for conduct.review: the cues beside the meaning model.

Its stance under a rule's cues (commit, deflect, contempt, empathy), whether it is a plain statement
(negates nothing, never says "you"), whether a loosely matched refusal phrase lost its negation or one
of its words ("not my problem" in "not a problem"), and a rule's hand-over words found in one scan.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from qa_desktop.rules.model import Rule
from qa_desktop.scoring.conduct_head import sentence_span
from qa_desktop.scoring.context import CallContext
from qa_desktop.scoring.literals import Literals
from qa_desktop.scoring.meaning import split
from qa_desktop.scoring.normalize import norm
from qa_desktop.scoring.stance import NEGATORS, ZH_NOT_NEGATION, Stance, read, tokens

ADDRESSEE = {"you", "your", "yours", "yourself", "你"}  # 您 is the courteous "you" and does not count
NOT_NEGATING = ZH_NOT_NEGATION | {"不过", "不错"}  # "but", "not bad"

NO_STANCE = Stance()


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
    cues = (tuple(rule.commit_cues), tuple(rule.deflect_cues), tuple(rule.contempt_cues), tuple(rule.empathy_cues),
            tuple(rule.ironic_cues))
    if not any(cues):
        return {}
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
def hand_over_cues(words: tuple[str, ...]) -> Literals:
    """A rule's hand-over words, normalised, found in one scan (whether a clause says any of them);
    built once per pack, not per call."""
    return Literals([n for n in map(norm, words) if n])


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
