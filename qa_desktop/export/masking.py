"""Masking personal data in anything that leaves the app.

Pure functions (no state, no Qt) so exports, the CLI and the GUI's "copy
transcript" all mask the same way. What counts as personal data in a call
centre: phone numbers (Chinese mobiles 1xx xxxx xxxx, landlines, +86), ID
card numbers (18 digits, last may be X), bank cards (16–19 digits), order
numbers, and the same numbers *spoken*: Whisper often writes what a caller
reads out as 一五八，零零三一，四四七六 or "one three eight …". Every
number long enough to identify someone keeps only its last four digits, which
is what an inspector needs to tell calls apart; a short number right after
"订单号 / order number / 尾号 / last four" is masked whole, and so is a turn
that is nothing but a number ("8125.", "Eight one one two five."): that is a
caller reading out what the agent asked for in the turn before, and a quote
of it (evidence in a report) has no "order number" beside it to go by.

`mask_data` applies this to the JSON that leaves the CLI (per-call reports,
transcripts), by key: free text is masked, identifiers (rule, agent, call id)
are kept so the output still joins to the database, except the phone numbers
in them (a call id taken from a file name can be the caller's number); a recording's path keeps
all but the phone numbers that PBX recorders put in file names. Word timings are
dropped from masked transcripts: a number split over words would escape.
Names are not masked.
"""

from __future__ import annotations

import re
from typing import Any

from qa_desktop.domain import CallScore, Transcript

MASK = "*"
KEEP = 4  # digits left visible at the end of a long number
MIN_DIGITS = 7  # a number this long identifies a person, an order or an account

_DIGIT = "0-9０-９零〇一二三四五六七八九幺两"
_SEP = r"[ \t\-,，、.·/]"
_RUN = re.compile(rf"(?:\+?86{_SEP}*)?[{_DIGIT}](?:{_SEP}*[{_DIGIT}])*")
_EN_DIGIT = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_EN_RUN = re.compile(rf"\b{_EN_DIGIT}(?:[\s,\-]+{_EN_DIGIT})+\b", re.IGNORECASE)
_ALNUM = re.compile(r"\b(?=[A-Za-z0-9\-]*\d)[A-Za-z]{1,6}-?[0-9][0-9A-Za-z\-]{4,}\b")
_ID_CARD = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_CONTEXT = re.compile(r"(订单号|订单编号|单号|手机号|电话|号码|尾号|后四位|卡号|身份证|order\s*(?:number|no\.?|#)|"
                      r"phone\s*number|card\s*number|last\s*(?:four|4)(?:\s*digits)?)\s*(?:是|为|is|:|：)?\s*$",
                      re.IGNORECASE)


_SPOKEN = frozenset("零〇一二三四五六七八九幺两")


def _is_digit(ch: str) -> bool:
    return ch in _SPOKEN or ch.isdigit()


def _mask_digits(run: str, keep: int) -> str:
    """Replace all but the last `keep` digits of `run` (separators stay)."""
    total = sum(_is_digit(c) for c in run)
    out, seen = [], 0
    for ch in run:
        if _is_digit(ch):
            seen += 1
            out.append(ch if seen > total - keep else MASK)
        else:
            out.append(ch)
    return "".join(out)


_PUNCT = " \t\r\n.,，。!！?？、;；:：…\"'“”‘’()（）"


# what a caller says around a number read out on its own ("Thanks. 8125.", "好的，8125。"): the number is
# still the whole answer
_FILLER = re.compile(r"(?i)(?:\b(?:thanks|thank you|ok|okay|yes|yeah|yep|sure|right|um|uh|er|so|it is|it's|that's)\b"
                     r"|好的|好|嗯|呃|啊|谢谢|是|对)")


def _alone(text: str, m: re.Match[str]) -> bool:
    """The run is all there is to the text, punctuation and acknowledgements aside (a turn that is just
    a number, or "Thanks. 8125." when the recogniser joins the thanks to the answer)."""
    return all(not _FILLER.sub("", part).strip(_PUNCT) for part in (text[:m.start()], text[m.end():]))


def _digit_runs(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        n = sum(_is_digit(c) for c in run)
        if n >= MIN_DIGITS:
            return _mask_digits(run, KEEP)
        if n >= 3 and (_alone(text, m) or _CONTEXT.search(text[max(0, m.start() - 20):m.start()])):
            return _mask_digits(run, 0)
        return run

    return _RUN.sub(repl, text)


def _english_runs(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        words = re.split(r"([\s,\-]+)", m.group(0))
        digits = [i for i, w in enumerate(words) if re.fullmatch(_EN_DIGIT, w, re.IGNORECASE)]
        context = _alone(text, m) or _CONTEXT.search(text[max(0, m.start() - 25):m.start()])
        if len(digits) < MIN_DIGITS and not (context and len(digits) >= 3):
            return m.group(0)
        keep = set(digits[-KEEP:]) if len(digits) >= MIN_DIGITS else set()
        return "".join(MASK * 4 if i in digits and i not in keep else w for i, w in enumerate(words))

    return _EN_RUN.sub(repl, text)


_QUOTE = re.compile(r"([“「『])([^”」』]*)([”」』])")


def mask_text(text: str) -> str:
    """`text` with phone, ID-card, bank-card and order numbers masked (last 4 digits kept).

    A quoted part (a reason quoting what was said: “8125” at 18.3 s) is masked
    as the turn it was taken from would be.
    """
    if not text:
        return text
    text = _QUOTE.sub(lambda m: m.group(1) + _mask_plain(m.group(2)) + m.group(3), text)
    return _mask_plain(text)


def _mask_plain(text: str) -> str:
    text = _ID_CARD.sub(lambda m: _mask_digits(m.group(0)[:-1], KEEP - 1) + m.group(0)[-1]
                        if m.group(0)[-1] in "Xx" else _mask_digits(m.group(0), KEEP), text)
    text = _ALNUM.sub(lambda m: _mask_digits(m.group(0), KEEP)
                      if sum(c.isdigit() for c in m.group(0)) >= 6 else m.group(0), text)
    text = _digit_runs(text)
    return _split_runs(_english_runs(text))


# a number read out in pieces: digits, spoken digits and what is already masked, with separators or up
# to two filler words between the pieces ("138 1234 and then 5678", "one three eight 1234 5678", "138_1234_5678")
_ATOM = re.compile(rf"[{_DIGIT}{re.escape(MASK)}]|\b{_EN_DIGIT}\b", re.IGNORECASE)
_GAP = re.compile(r"[\s\-_,，、.·/]*|[\s,，、]+(?:[A-Za-z]+[\s,，、]+){1,2}|[\s,，、]*(?:然后|还有|再|和|是)[\s,，、]*")


def _split_runs(text: str) -> str:
    """Mask numbers whose pieces each looked too short to matter: all but the last KEEP digits of the
    whole, when the pieces together make a number long enough to identify someone."""
    atoms = list(_ATOM.finditer(text))
    if len(atoms) < MIN_DIGITS:
        return text
    groups: list[list[re.Match[str]]] = [[atoms[0]]]
    for prev, cur in zip(atoms, atoms[1:]):
        if _GAP.fullmatch(text, prev.end(), cur.start()):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    out, last = [], 0
    for group in groups:
        visible = [m for m in group if m.group(0) != MASK]
        if len(group) < MIN_DIGITS or len(visible) <= KEEP:
            continue
        for m in group[:-KEEP]:
            if m.group(0) == MASK:
                continue
            out.append(text[last:m.start()])
            out.append(MASK * (4 if len(m.group(0)) > 1 else 1))
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# phone numbers in recording file names (PBX recorders name files by the caller's number):
# Chinese mobiles and landlines; dates, times and call ids (other digit runs) stay readable
_PHONE_IN_NAME = re.compile(r"(?<![0-9])(?:\+?86[-_ ]?)?(?:1[3-9][0-9](?:[-_ .]?[0-9]){8}|0[1-9][0-9]{1,2}[-_]?[0-9]{7,8})"
                            r"(?![0-9])")


def mask_path(path: str) -> str:
    """A recording's path with the phone numbers in it masked (last four digits kept)."""
    return _PHONE_IN_NAME.sub(lambda m: _mask_digits(m.group(0), KEEP), path) if path else path


def mask_identifier(value: str) -> str:
    """A call id, agent or team taken from a file name (or a manifest): the phone numbers in it masked,
    as in the file name itself (`20260815_Z3005_15800314476.wav` gives call id 15800314476)."""
    return mask_path(value) if isinstance(value, str) else value


def mask_phone(value: str) -> str:
    """A phone field (manifest column): all but the last four digits hidden."""
    return _mask_digits(value, KEEP) if value else value


TEXT_KEYS = frozenset({"text", "span", "note", "reason", "comment"})  # free text: masked
FREE_TEXT_BELOW = frozenset({"extra", "args", "reason_args"})  # every string under these is free text
DROPPED = frozenset({"words"})  # per-word text: a number split over words would escape
IDENTIFIER_KEYS = frozenset({"call_id", "agent", "team"})  # derived from file names: their phone numbers masked


def mask_data(value: Any, key: str = "", free: bool = False) -> Any:
    """A copy of JSON-like data (a per-call report, a transcript's dict) with personal numbers masked."""
    if isinstance(value, dict):
        return {k: [] if k in DROPPED else mask_data(v, k, free or k in FREE_TEXT_BELOW) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_data(v, key, free) for v in value]
    if isinstance(value, str):
        if key == "customer_phone":
            return mask_phone(value)
        if key == "file":
            return mask_path(value)
        if key in IDENTIFIER_KEYS:
            return mask_identifier(value)
        if free or key in TEXT_KEYS:
            return mask_text(value)
    return value


def mask_transcript(transcript: Transcript) -> Transcript:
    """A copy whose utterance texts (and metadata) carry no personal numbers; word timings dropped."""
    return Transcript.from_dict(mask_data(transcript.to_dict()))


def mask_score(score: CallScore) -> CallScore:
    """A copy whose evidence quotes and reasons carry no personal numbers."""
    return CallScore.from_dict(mask_data(score.to_dict()))
