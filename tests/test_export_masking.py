"""Personal numbers never leave the app unmasked; ordinary words and small numbers stay."""

from __future__ import annotations

import pytest

from qa_desktop.export.masking import mask_text, mask_transcript
from test_storage_basic import make_call


@pytest.mark.parametrize("text,masked", [
    ("我的手机是13812345678", "我的手机是*******5678"),
    ("电话 138 1234 5678 谢谢", "电话 *** **** 5678 谢谢"),
    ("+86 138-1234-5678", "+** ***-****-5678"),
    ("一五八，零零三一，四四七六。", "***，****，四四七六。"),
    ("订单号是四四五五六六一二。", "订单号是****六六一二。"),
    ("尾号零八零八。", "尾号****。"),
    ("身份证110101199003071234", "身份证**************1234"),
    ("身份证11010119900307123X号", "身份证**************123X号"),
    ("卡号6222 0212 3456 7890 123", "卡号**** **** **** ***0 123"),
    ("order number is SO-20260812-77", "order number is SO-******12-77"),
    ("My number is one three eight, one two three four, five six seven eight.",
     "My number is **** **** ****, **** **** **** ****, five six seven eight."),
    ("order number is 4 5 6 7", "order number is * * * *"),
])
def test_personal_numbers_are_masked(text: str, masked: str) -> None:
    assert mask_text(text) == masked


@pytest.mark.parametrize("text", [
    "工号二零六，请问有什么可以帮您", "一下两个", "I have two kids and one dog", "总共3件，价格199元", "2026年8月12日", "",
])
def test_ordinary_text_is_untouched(text: str) -> None:
    assert mask_text(text) == text


def test_masked_transcript_is_a_copy() -> None:
    transcript, _ = make_call(1)
    transcript.meta.customer_phone = "13812345678"
    masked = mask_transcript(transcript)
    assert masked.utterances[1].text == "订单号是****六六一二。"
    assert masked.meta.customer_phone == "*******5678"
    assert transcript.utterances[1].text == "订单号是四四五五六六一二。"  # the original is unchanged
