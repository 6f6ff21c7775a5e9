"""Mandarin sound-alike encoding so ASR homophone errors still match.

Whisper base often writes the right sound with the wrong characters (致电→这店,
客服→克夫, 添麻烦→天马返). Each Chinese character becomes TWO code points —
its initial and its final, tones dropped, the usual confusable pairs merged
(zh/z, ch/c, sh/s, n/l, f/h, r/l, an/ang, en/eng, in/ing, ian/iang, uan/uang).
Two symbols rather than one per syllable so a near-homophone (zhe/zhi, bei/fei)
still earns partial similarity from rapidfuzz; a match at symbol position p
maps back to character p // 2.

The character → (initial, final) table is built from pypinyin's own
dictionary on first use, never by calling pypinyin per utterance (speed).
"""

from __future__ import annotations

import threading
import unicodedata

import numpy as np
from pypinyin.pinyin_dict import pinyin_dict

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
             "j", "q", "x", "r", "z", "c", "s", "y", "w")
_INITIAL_MERGE = {"zh": "z", "ch": "c", "sh": "s", "n": "l", "f": "h", "r": "l"}
_FINAL_MERGE = {"ang": "an", "eng": "en", "ing": "in", "iang": "ian", "uang": "uan"}
# where pypinyin's first reading is the rarer one in service speech
_READING_OVERRIDE = {
    "长": "chang", "都": "dou", "着": "zhe", "得": "de", "只": "zhi", "便": "bian",
    "还": "hai", "地": "di", "的": "de", "了": "le", "行": "xing", "重": "zhong",
    "差": "cha", "给": "gei", "觉": "jue", "没": "mei", "和": "he", "为": "wei",
}

_symbols: dict[str, str] = {}  # initial/final → private-use code point
_table: dict[str, str] = {}  # char → two code points


def _symbol(part: str) -> str:
    code = _symbols.get(part)
    if code is None:
        code = chr(0xE000 + len(_symbols))
        _symbols[part] = code
    return code


def _strip_tone(reading: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))
    return base.replace("ü", "v").replace("u\u0308", "v")


def split_syllable(syllable: str) -> tuple[str, str]:
    """'zhang' → ('z', 'an') after merging confusable sounds."""
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial):] or syllable
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]
    return _INITIAL_MERGE.get(initial, initial), _FINAL_MERGE.get(final, final)


_lock = threading.Lock()


def _build() -> None:
    """Fill the tables once; GUI worker threads may ask at the same time."""
    with _lock:
        if not _ready:
            _fill()
            _ready.append(True)


_ready: list[bool] = []


def _fill() -> None:
    for code, readings in pinyin_dict.items():
        ch = chr(code)
        syllable = _READING_OVERRIDE.get(ch) or _strip_tone(readings.split(",")[0])
        initial, final = split_syllable(syllable)
        _table[ch] = _symbol("i:" + initial) + _symbol("f:" + final)
    # every BMP character's two symbols, as code points: itself twice unless it has a reading
    _codes[:] = np.arange(0x10000, dtype=np.uint32)[:, None]
    _same[:] = np.arange(0x10000, dtype=np.uint32)
    first: dict[str, str] = {}  # two symbols → the first character read so
    for ch, pair in _table.items():
        _homophone[ch] = first.setdefault(pair, ch)
        if ord(ch) < 0x10000:
            _codes[ord(ch)] = (ord(pair[0]), ord(pair[1]))
            _same[ord(ch)] = ord(_homophone[ch])


_codes = np.zeros((0x10000, 2), dtype=np.uint32)
_same = np.zeros(0x10000, dtype=np.uint32)
_homophone: dict[str, str] = {}  # char with a reading → the first character read the same


def encode(text: str) -> str:
    """Two symbols per character; characters without a reading stay as themselves (twice).

    One numpy lookup per text (a whole call's worth of turns at once) instead of a
    dictionary lookup per character; text beyond the BMP takes the per-character path.
    """
    if not _ready:
        _build()
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(cps) and cps.max() >= 0x10000:
        get = _table.get
        return "".join(get(c) or c + c for c in text)
    return _codes[cps].tobytes().decode("utf-32-le")


def homophones(text: str) -> str:
    """One symbol per character, the same for characters that sound the same (`encode`'s two
    symbols equal): a character with a reading becomes the first character read that way,
    one without stays as it is (and so never equals a character with a reading).

    A phrase's `homophones` occur at character p of a text's exactly where its `encode`
    occurs at symbol 2p of the text's: the homophones of a phrase found with half the text.
    """
    if not _ready:
        _build()
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(cps) and cps.max() >= 0x10000:
        get = _homophone.get
        return "".join(get(c, c) for c in text)
    return _same.take(cps).tobytes().decode("utf-32-le")  # (take: cheaper than indexing with an array)


def syllables(text: str) -> list[str]:
    """Readable form for evidence and debugging: ['z-an', 'h-ei', …]."""
    if not _ready:
        _build()
    names = {v: k[2:] for k, v in _symbols.items()}
    out = []
    for c in text:
        e = _table.get(c)
        out.append(f"{names[e[0]]}-{names[e[1]]}" if e else c)
    return out
