"""Cleaning Whisper's words: simplified Chinese, and no invented text.

Whisper writes Mandarin in traditional characters unless told otherwise, and on
noise it invents subtitle credits or repeats a line (faster-whisper #465, #506).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HALLUCINATIONS = (
    "字幕由", "字幕提供", "请不吝点赞", "点赞订阅", "订阅转发", "打赏支持", "明镜与点点",
    "感谢观看", "谢谢观看", "優優獨播", "优优独播", "中文字幕", "amara.org", "subtitles by",
    "thanks for watching", "please subscribe", "thank you for watching",
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9']+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text) if _CJK.search(text) else text


def is_hallucination(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).lower()
    return any(h in folded for h in _HALLUCINATIONS)


def count_units(text: str, language: str) -> int:
    """Characters for Chinese, words otherwise: the unit of speech rate."""
    if language == "zh":
        return len(_CJK.findall(text))
    return len(_WORD.findall(text))


# Whisper often punctuates Chinese with ASCII marks ("您好,请问"); after a Chinese
# character they become the full-width marks Chinese is written with, one for one
# (evidence spans index the text, so its length must not change)
_FULL_WIDTH = str.maketrans({",": "，", "?": "？", "!": "！", ";": "；", ":": "：", ".": "。"})
_ASCII_MARK_AFTER_CJK = re.compile(r"(?<=[\u3400-\u9fff])[,?!;:.]")


def join_words(words: list[str], language: str) -> str:
    text = "".join(words).strip()
    if language == "zh":
        text = _ASCII_MARK_AFTER_CJK.sub(lambda m: m.group(0).translate(_FULL_WIDTH), text)
        # Whisper puts spaces between Chinese words; a Chinese sentence has none
        text = re.sub(r"(?<=[\u3400-\u9fff，。？！、；：])\s+(?=[\u3400-\u9fff，。？！、；：])", "", text)
    return re.sub(r"\s+", " ", text)
