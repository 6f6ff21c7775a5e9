"""Which `--language` values Whisper can transcribe in, checked before any file is read.

An unknown code ("xx", "cn") used to be passed to Whisper with every file and
fail each one in turn, after decoding it; a typo must stop the command at once
with the list of codes that work.
"""

from __future__ import annotations

AUTO = ("auto", "")


def whisper_languages() -> tuple[str, ...]:
    """The language codes of the multilingual Whisper models, sorted."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES  # the list faster-whisper itself checks against

    return tuple(sorted(_LANGUAGE_CODES))


def check_language(value: str | None) -> str:
    """`value` as the transcriber takes it ("auto", "zh", "en" …); ValueError naming the valid codes.

    A region tag is dropped ("zh-CN" → "zh", "en_US" → "en"): Whisper knows languages, not regions.
    """
    code = (value or "auto").strip().lower()
    if code in AUTO:
        return "auto"
    known = whisper_languages()
    if code in known:
        return code
    primary = code.replace("_", "-").split("-")[0]
    if primary in known:
        return primary
    raise ValueError(f"{value!r} is not a language Whisper knows; use auto or one of: {', '.join(known)}")
