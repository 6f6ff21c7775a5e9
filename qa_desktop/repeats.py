"""The numbers that tell one customer's calls apart: phone number and order numbers.

A customer who calls again about the same thing is a repeat contact; what
links the calls is the caller's phone number (from the recording's file name
or a manifest) and the order number read out in the call. Whisper writes a
number read out in Mandarin as characters (四四五五六六一二) or in English as
words ("eight one one two five"); the scoring normaliser already turns both
into digits, so a number matches however it was heard.

Numbers that would link unrelated customers are left out: short ones (under
five digits: amounts, "last four digits"), well-known public service lines
(12315 consumer complaints, 10086 …) and 400/800 hotlines. A number that many
calls share anyway (a shop's own line read out by agents) is dropped when
linking (storage.repeats.MAX_CALLS_PER_KEY).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qa_desktop.scoring.normalize import norm

MIN_DIGITS = 5
MAX_DIGITS = 20
DEFAULT_WINDOW_DAYS = 7
# public service numbers customers quote ("我要打12315投诉"), never a customer's own
SERVICE_NUMBERS = frozenset({"110", "119", "120", "122", "12315", "12345", "12306", "12358", "12365",
                             "10086", "10010", "10000", "95598", "95588", "95533", "95555", "95566", "95599"})
_RUN = re.compile(r"\d(?:[ \-]?\d)*")


@dataclass(frozen=True, slots=True)
class ContactKey:
    key: str  # digits only
    kind: str  # "phone" (the caller's number, from metadata) | "number" (read out in the call)


def phone_digits(phone: str) -> str:
    """A phone number as plain digits, without the +86 / 0086 country prefix ("" when too short)."""
    digits = re.sub(r"\D", "", phone or "")
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) in (10, 11):
            digits = digits[len(prefix):]
            break
    return digits if _usable(digits) else ""


def _usable(digits: str) -> bool:
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or digits in SERVICE_NUMBERS:
        return False
    if len(digits) == 10 and digits[:3] in ("400", "800"):
        return False
    return len(set(digits)) > 1  # 00000, 11111: a placeholder, not a number


def spoken_numbers(text: str) -> list[str]:
    """Numbers read out in one utterance, as digits (spoken Chinese digits and English digit words too)."""
    out = []
    for m in _RUN.finditer(norm(text)):
        digits = re.sub(r"\D", "", m.group())
        if _usable(digits):
            out.append(digits)
    return out


def contact_keys(phone: str, texts: Iterable[str]) -> list[ContactKey]:
    """The call's keys: its caller's phone, then every usable number read out in it (each once)."""
    keys: dict[str, ContactKey] = {}
    p = phone_digits(phone)
    if p:
        keys[p] = ContactKey(p, "phone")
    for text in texts:
        for digits in spoken_numbers(text):
            keys.setdefault(digits, ContactKey(digits, "number"))
    return list(keys.values())


def masked_key(key: str) -> str:
    """A key as shown to people: its last four digits only (…4476)."""
    return "…" + key[-4:]
