"""Repeat contacts on the sample calls' real dialogue: the numbers read out, linking within the
window, incremental links equal to a full relink, backfill of an older database, the rates."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_desktop.errors import StorageError
from qa_desktop.repeats import contact_keys, phone_digits, spoken_numbers
from qa_desktop.storage import Database
from qa_desktop.storage import repeats as rp
from tests.repeat_data import TRUTH, store, truth_transcript


def _texts(call_id: str) -> list[str]:
    return [s["text"] for s in TRUTH[call_id]["segments"] if s.get("text")]


def test_the_numbers_read_out_in_the_sample_calls_become_digits() -> None:
    found = {cid: sorted(k.key for k in contact_keys("", _texts(cid))) for cid in TRUTH}
    assert {cid: keys for cid, keys in found.items() if keys} == {
        "20260812_Z3001_900001": ["44556612"],  # 订单号是四四五五六六一二
        "20260814_Y4001_900005": ["81125"],  # "Eight one one two five."
        "20260815_Z3004_900007": ["3917285"],
        "20260815_Z3005_900008": ["15800314476"],  # 一五八，零零三一，四四七六: a phone number in three groups
        "20260816_Z3004_900010": ["5530812"],
        "20260817_Z3005_900011": ["7122096"],
        "20260818_Y4003_900013": ["64490"],  # "Six four four nine zero."
    }  # 900004's "零八零八" (last four digits of a phone) is too short to tell customers apart


def test_service_lines_hotlines_and_country_codes() -> None:
    assert spoken_numbers("我要打12315投诉你们") == []
    assert spoken_numbers("请拨打4008123123") == []
    assert spoken_numbers("订单号 1234 5678") == ["12345678"]
    assert phone_digits("+86 158-0031-4476") == phone_digits("008615800314476") == "15800314476"
    assert phone_digits("4476") == ""


@pytest.fixture
def db(tmp_path: Path) -> Database:
    d = Database.open(tmp_path / "qa.sqlite")
    yield d
    d.close()


def _links(db: Database) -> set[tuple]:
    return set(db.conn.execute("SELECT call_pk, earlier_pk, key, kind, days FROM repeat_links"))


def test_a_callback_within_the_window_is_a_repeat_of_the_first_call(db: Database) -> None:
    first = store(db, "20260812_Z3001_900001")  # 2026-08-12, order 44556612
    other = store(db, "20260812_Z3002_900002")
    again = store(db, "20260812_Z3001_900001", day="2026-08-15", agent="Z3002", tag="-cb")
    late = store(db, "20260812_Z3001_900001", day="2026-08-25", agent="Z3003", tag="-late")  # 10 days later
    assert rp.is_repeat(db.conn, again) and not rp.is_repeat(db.conn, first) and not rp.is_repeat(db.conn, other)
    assert not rp.is_repeat(db.conn, late)  # 10 days after the callback: outside 7 days
    [earlier] = rp.linked_calls(db.conn, again)
    assert (earlier.pk, earlier.earlier, earlier.keys, earlier.date) == (
        first, True, [("number", "44556612")], "2026-08-12")
    [later] = rp.linked_calls(db.conn, first)
    assert (later.pk, later.earlier) == (again, False)
    rates = {r.key: r for r in rp.repeat_rates(db.conn, "agent")}
    assert (rates["Z3001"].n_calls, rates["Z3001"].n_repeats, rates["Z3001"].n_repeated) == (1, 0, 1)
    assert rates["Z3001"].fcr == 0.0  # the customer had to call again
    assert (rates["Z3002"].n_calls, rates["Z3002"].n_repeats, rates["Z3002"].fcr) == (2, 1, 1.0)
    everyone = rp.repeat_rates(db.conn, "all")[0]
    assert (everyone.n_calls, everyone.n_repeats) == (4, 1) and everyone.repeat_rate == 0.25
    assert rp.repeat_calls(db.conn) == [again]
    # a longer window: the late call now repeats both
    assert rp.set_window(db, 14)
    assert {c.pk for c in rp.linked_calls(db.conn, late)} == {first, again}
    with pytest.raises(StorageError, match="between 0 and 365"):
        rp.set_window(db, 400)


def test_the_callers_phone_from_the_file_name_links_to_the_number_read_out(db: Database) -> None:
    spoken = store(db, "20260815_Z3005_900008")  # customer reads out 158 0031 4476 on 2026-08-15
    phoned = store(db, "20260817_Z3006_900012", phone="+86 158-0031-4476")  # PHONE from the file name
    [link] = rp.linked_calls(db.conn, phoned)
    assert (link.pk, link.keys) == (spoken, [("phone", "15800314476")])


def test_new_metadata_relinks_the_call(db: Database) -> None:
    from dataclasses import replace

    first = store(db, "20260812_Z3001_900001")
    again = store(db, "20260812_Z3001_900001", day="2026-08-14", tag="-cb")
    assert rp.is_repeat(db.conn, again)
    meta = db.load_call(again).transcript.meta
    db.update_meta(again, replace(meta, date="2026-09-30"), detail="manifest")
    assert not rp.is_repeat(db.conn, again) and rp.linked_calls(db.conn, first) == []


def test_incremental_links_equal_a_full_relink(db: Database) -> None:
    days = ["2026-08-10", "2026-08-12", "2026-08-12", "2026-08-16", "2026-08-19", "2026-08-30"]
    for i, day in enumerate(days):
        store(db, "20260812_Z3001_900001", day=day, tag=f"-{i}")
        store(db, "20260815_Z3005_900008", day=day, tag=f"-{i}", phone="15800314476" if i % 2 else "")
    store(db, "20260814_Y4001_900005")
    incremental = _links(db)
    assert len(incremental) > 10
    rp.relink_all(db.conn)
    assert _links(db) == incremental


def test_a_number_many_customers_share_links_nobody(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rp, "MAX_CALLS_PER_KEY", 3)
    pks = [store(db, "20260812_Z3001_900001", day="2026-08-12", tag=f"-{i}") for i in range(3)]
    assert rp.is_repeat(db.conn, pks[2])
    store(db, "20260812_Z3001_900001", day="2026-08-12", tag="-3")  # the fourth: a shop number, not a customer
    assert _links(db) == set()
    rp.relink_all(db.conn)
    assert _links(db) == set()


def test_backfill_links_calls_stored_before_repeat_contacts_existed(db: Database) -> None:
    a = store(db, "20260812_Z3001_900001")
    b = store(db, "20260812_Z3001_900001", day="2026-08-13", tag="-cb")
    db.conn.execute("DELETE FROM repeat_links")  # as a database from before the migration
    db.conn.execute("DELETE FROM contact_keys")
    db.conn.execute("DELETE FROM contact_scan")
    assert rp.unscanned(db.conn) == 2
    seen = []
    assert rp.backfill(db, progress=lambda f, m: seen.append(f)) == 2
    assert seen[-1] == 1.0 and rp.unscanned(db.conn) == 0
    assert [c.pk for c in rp.linked_calls(db.conn, b)] == [a]
    assert rp.backfill(db) == 0  # nothing left to do


def test_a_truth_transcript_round_trips(db: Database) -> None:
    pk = store(db, "20260814_Y4001_900005")
    assert db.load_call(pk).transcript.utterances[0].text == truth_transcript("20260814_Y4001_900005").utterances[0].text


def test_the_agent_scorecard_reports_repeat_contacts_without_numbers(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from qa_desktop.export import build_scorecard, write_scorecard_pdf, write_scorecard_xlsx

    store(db, "20260812_Z3001_900001", phone="13800138000")  # logistics; the customer calls again
    store(db, "20260812_Z3001_900001", day="2026-08-16", agent="Z3009", tag="-cb")
    store(db, "20260813_Z3001_900003")  # size, resolved
    card = build_scorecard(db, agent="Z3001", date_from="2026-08-01", date_to="2026-08-31")
    o = card.repeats.overall
    assert (o.n_calls, o.n_repeats, o.n_repeated, o.fcr) == (2, 0, 1, 0.5)
    assert {r.key: (r.n_calls, r.n_repeated) for r in card.repeats.per_category} == {"logistics": (1, 1),
                                                                                     "size": (1, 0)}
    pdf, xlsx = tmp_path / "card.pdf", tmp_path / "card.xlsx"
    write_scorecard_pdf(card, pdf, mask=True)
    write_scorecard_xlsx(card, xlsx, mask=True)
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Repeat contacts (same customer again within 7 days)" in text and "First-contact resolution: 50%" in text
    rows = list(load_workbook(str(xlsx))["Repeat contacts"].iter_rows(min_row=2, values_only=True))
    assert rows[0][:6] == ("all", 2, 0, 0.0, 1, 0.5)
    assert "13800138000" not in text and "44556612" not in text
    again = build_scorecard(db, agent="Z3009")
    assert again.repeats.overall.n_repeats == 1 and again.repeats.overall.repeat_rate == 1.0


def test_a_manifests_caller_number_links_calls_that_read_out_none(db: Database, tmp_path: Path) -> None:
    from qa_desktop.audit.manifest import Manifest
    from qa_desktop.transcription.metadata import parse_filename

    manifest_path = tmp_path / "pbx.csv"
    manifest_path.write_text("file,caller,agent\n20260812_Z3002_900002.flac,+86 139 1234 5678,Z3002\n"
                             "20260813_Z3001_900003.flac,13912345678,Z3001\n", encoding="utf-8")
    manifest = Manifest.load(manifest_path)
    pks = []
    for cid in ("20260812_Z3002_900002", "20260813_Z3001_900003"):  # neither reads out a number
        file = f"{cid}.flac"
        phone = manifest.apply(parse_filename(file), file).customer_phone
        pks.append(store(db, cid, phone=phone))
    [link] = rp.linked_calls(db.conn, pks[1])
    assert (link.pk, link.keys, link.date) == (pks[0], [("phone", "13912345678")], "2026-08-12")


@pytest.mark.slow
def test_numbers_whisper_heard_in_the_recordings(transcriber) -> None:
    """The real model on the real recordings. The phone number read out in three groups comes out
    exactly, so it links to the caller's number from a file name or manifest; order numbers read
    digit by digit are often cut short or misheard by the base model (measured on the seven sample
    calls with one: 1 of 7 exact, e.g. 四四五五六六一二 heard as 445661), so a repeat found only by
    an order number is missed rather than invented: keys match exactly, never approximately."""
    from tests.repeat_data import SAMPLE_CALLS

    def keys(name: str) -> set[str]:
        return {k.key for k in contact_keys("", [u.text for u in transcriber.transcribe(SAMPLE_CALLS / name).utterances])}

    assert keys("20260815_Z3005_900008.wav") == {"15800314476"}
    # never some other customer's number: what is heard of 44556612 (445661 on one CPU, 1445661 on another)
    # is that number misheard (another customer's 13912345678 is 0.21 alike)
    from difflib import SequenceMatcher

    heard = keys("20260812_Z3001_900001.flac")
    assert all(SequenceMatcher(None, k, "44556612").ratio() >= 0.75 for k in heard), heard


def test_a_real_version_2_database_is_backfilled(tmp_path: Path) -> None:
    """tests/data/qa_v2.sqlite (written by QA Desktop at schema version 2): migrated, its calls unscanned
    until the backfill reads them; the window starts at 7 days."""
    import shutil

    path = tmp_path / "qa.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "qa_v2.sqlite", path)
    with Database.open(path) as old:
        assert rp.window_days(old.conn) == 7 and rp.unscanned(old.conn) == 2
        assert rp.backfill(old) == 2 and rp.unscanned(old.conn) == 0
        assert rp.repeat_rates(old.conn, "all")[0].n_calls == 2
