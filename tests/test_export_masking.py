"""Personal numbers never leave the app unmasked; ordinary words and small numbers stay."""

from __future__ import annotations

import pytest

from qa_desktop.domain import call_report
from qa_desktop.export.masking import mask_data, mask_score, mask_text, mask_transcript
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
    ("8125.", "****."),  # a turn that is only a number: the answer to "your order number?"
    ("Thanks. 8125.", "Thanks. ****."),  # …with the thanks before it joined to the turn
    ("好的，8125。", "好的，****。"),
    ("Eight one one two five.", "**** **** **** **** ****."),
    ("三九一七二八五。", "***七二八五。"),
    ("“四五六。”", "“***。”"),
    ("“8125” at 18.3 s (regex 100)", "“****” at 18.3 s (regex 100)"),  # a reason quoting the caller
])
def test_personal_numbers_are_masked(text: str, masked: str) -> None:
    assert mask_text(text) == masked


@pytest.mark.parametrize("text", [
    "工号二零六，请问有什么可以帮您", "一下两个", "I have two kids and one dog", "总共3件，价格199元", "2026年8月12日", "",
    "Two.", "一百九十九。", "三个。", "12.", "Thanks, 199 is fine.", "好的，买了3件",
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
    assert masked.utterances[0].words == [] and transcript.utterances[0].words  # a number split over words escapes


def test_reports_mask_free_text_and_keep_identifiers() -> None:
    transcript, score = make_call(1)
    score.results[0].evidence[0].text = "请问是13812345678的机主吗"
    score.results[0].reason = "heard 13812345678"
    report = {**call_report(transcript, score), "customer_phone": "13812345678",
              "extra": {"备注": "卡号6222021234567890123"}}
    masked = mask_data(report)
    assert masked["results"][0]["evidence"][0]["text"] == "请问是*******5678的机主吗"
    assert masked["results"][0]["reason"] == "heard *******5678"
    assert masked["customer_phone"] == "*******5678" and masked["extra"]["备注"] == "卡号***************0123"
    assert (masked["file"], masked["call_id"], masked["agent"]) == (report["file"], "900001", "Z3001")
    assert report["results"][0]["reason"] == "heard 13812345678"  # a copy
    assert mask_score(score).results[0].evidence[0].text == "请问是*******5678的机主吗"


@pytest.mark.parametrize("path,masked", [
    ("/pbx/20260805_Z3001_13812345678.wav", "/pbx/20260805_Z3001_*******5678.wav"),
    ("/pbx/+8613812345678-20260805153000.wav", "/pbx/+*********5678-20260805153000.wav"),
    ("/pbx/021-55501234_in.wav", "/pbx/***-****1234_in.wav"),
    ("/calls/20260812_Z3001_900001.flac", "/calls/20260812_Z3001_900001.flac"),  # date and call id stay
])
def test_phone_numbers_in_file_names_are_masked(path: str, masked: str) -> None:
    from qa_desktop.export.masking import mask_path

    assert mask_path(path) == masked
    assert mask_data({"file": path})["file"] == masked
