"""Which held-out files the trained heads learn from (tools/train_*_head.py).

The fresh sets written after the heads were last trained measure the whole pipeline on authors no head
has read. A trainer run as it is leaves them out, so retraining never spends them by accident: raise a
head's TRAINED_UP_TO to train it on more, and write new sets to measure on. Each head has its own, since a
retrain ships head by head (stop 32 shipped the category head alone).
"""

from __future__ import annotations

import re
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "heldout"
# the heads (stance, category, escalation) learned from the fresh sets up to meaning_fresh196 in stop 29
# (up to fresh132 before). Lines then: stance 58,957 (39,935 before), category 39,806 (26,692), escalation zh
# 34,058 (22,780) and en 34,820 (23,488). Decided before measuring: ship if, on sixteen new sets (fresh197-212),
# fewer floors were missed than with the heads up to fresh132, no more polite lines failed, no per-language
# mean fell by more than 0.01, and the full suite passed. Misses 5 → 4 (fresh210's English conduct F1 0.833 →
# 0.902), polite lines failed 2 → 2, means: category zh 0.957 → 0.963, en 0.951 → 0.954; conduct F1 zh 0.965 →
# 0.970, en 0.948 → 0.957; escalation F1 zh 0.982 → 0.986, en 0.975 → 0.984. The same three heads refit up to
# fresh132 that day (a control) missed 5, as shipped before: the gain is the new authors', not the refit's.
# Retrained up to fresh228 (32 more authors: stance 68,437 lines, category 46,373, escalation zh 39,693 / en
# 40,472) and measured the same way on fresh229-236: misses 7 → 6, polite lines failed 2 → 2, every mean within
# 0.01 (escalation en 0.979 → 0.974, the rest level or up), but two pinned tests failed: "I'll be in court until
# four as a witness, so please ring after that." then reads as a low escalation, and the rambling sentence of
# test_meaning_paraphrase is categorised by another clause. Not shipped then: TRAINED_UP_TO stayed 196.
# Stop 30: retrained up to fresh244 (48 more authors since fresh196; stance 73,149 lines, category 49,635,
# escalation zh 42,518 / en 43,292), same recipes. Decided before measuring: ship if, on eight new sets
# (fresh245-252), fewer floors were missed than with the heads up to fresh196, no more polite lines failed, no
# per-language mean fell by more than 0.01, and the full suite passed. Misses 11 → 10, polite lines failed 7 → 6,
# means category zh 0.930 → 0.934, en 0.917 → 0.924, conduct F1 zh 0.984 → 0.984, en 0.917 → 0.916, escalation
# F1 zh 0.977 → 0.978, en 0.980 → 0.979; then on sixteen more (fresh253-268) misses 8 → 8, polite failed 3 → 3,
# every mean level or up. The suite passed once test_learning_effect's second brush-off, which the new heads
# catch by themselves, was replaced by one they still miss.
# The six polite lines that still failed on fresh245-250 were then read: each was sincere praise or thanks to the
# customer ("What a brilliant question, honestly, most people never think to ask that."), which the stance head
# read at 89-99 % contempt, having learned praise mostly from sarcastic refusals. Four training-only files
# (train_s30_1-4.yaml: per language 60 sincere praise and thanks, 40 sarcastic look-alikes, four helper authors)
# and praise among the packs' polite examples taught it the difference (stance 73,965 lines). On fresh253-268
# (lines unread): polite lines failed 3 → 2, misses 8 → 7, conduct F1 zh 0.984 → 0.982 and 0.979 → 0.977, en
# 0.968 → 0.972 and 0.959 → 0.959; across tests/heldout's 13,475 refusal lines 32 newly passed (0.24 %) and 13
# newly failed.
# The refusal lines that candidate missed on fresh245-252 were then read (31 en, 6 zh: sarcasm, blame, rushing
# the caller, after-hours brush-offs) and the three heads retrained up to fresh252 (stance 76,356 lines). Decided
# before measuring: ship if, on fresh253-276 (24 sets, lines unread; 269-276 written after the decision), fewer
# floors were missed than without those eight authors, no more polite lines failed, no mean fell by more than
# 0.01, refusals newly passed across tests/heldout stayed under 0.5 %, and the suite passed. Misses 11 → 10,
# polite lines failed 5 → 5, means level or up (escalation F1 zh 0.991 → 0.989 on fresh269-276), refusals newly
# passed 22 of 13,475 (0.16 %), 9 newly caught. Shipped: TRAINED_UP_TO 252.
# Stop 31, decided before each measurement (tests/heldout headers give every set's figures). E0, the heads
# retrained up to fresh276 (24 more authors), on sixteen new sets (fresh277-292): misses 3 → 2, polite lines
# failed 2 → 1, but four pinned tests failed (among them the court-witness line and the rambling sentence of stop
# 29's try; and "Anything else? No? Thank you for calling, goodbye." failed): not shipped. E0 plus four
# training-only files aimed at what the read sets showed (brush-offs against sincere hand-overs and praise; size
# and quality against false_advertising and logistics): misses 3, polite 2: not shipped, the files left out. F0,
# the heads retrained up to fresh292 (stance 88,182 lines, category 59,541, escalation zh 51,356 / en 52,155), on
# sixteen newer sets (fresh293-308): misses 2 → 2, polite 1 → 1, not the strictly fewer misses asked: not shipped
# then. Decided next, for a second look with a weaker bar: ship F0 if, on sixteen sets written after that
# (fresh309-324), it missed no more floors and failed no more polite lines, the sum of its twelve per-language
# means (two halves) was higher and none fell by more than 0.01, refusals newly passed across tests/heldout stayed
# under 0.5 % and courteous lines newly failed under 0.1 %, and the suite passed. Misses 11 → 8, polite lines
# failed 4 → 2, means 11.528 → 11.563 (largest fall: category en 0.923 → 0.922); refusals newly passed 24 of
# 15,430 (0.16 %), 44 newly caught, no courteous line newly failed. Shipped: TRAINED_UP_TO 292.
# Then H0, the heads retrained up to fresh324 (stance 97,599 lines, category 66,140, escalation zh 56,990 / en
# 57,819), on fresh325-340 against F0 under the same bar: misses 5 → 2, polite lines failed 1 → 0, but a pinned
# courteous closing ("Anything else? No? Thank you for calling, goodbye.") failed at 93 % refusal (several new
# authors wrote curt "Anything else? No? …" brush-offs), and on sample call 900013 mixed down to mono
# (test_mono_separation_e2e) it failed the forbidden-conduct rule, which the call's truth says passes: it read the
# agent's misheard hold request "What you might not hold in for a minute while I contest the carrier?" at 92 %
# refusal. H1, H0 plus two training-only files of courteous closings against curt brush-offs (helpers; stance
# 97,916 lines), on sixteen newer sets (fresh341-356): misses 6 → 5, polite lines failed 2 → 1, means 11.636 →
# 11.666, refusals newly passed 60 of 17,808 (0.34 %), no courteous line newly failed, the pinned closing passed;
# but it failed 900013's mono copy the same way. Neither shipped: TRAINED_UP_TO stays 292.
# Stop 32, decided before measuring (the bar of H), on sixteen new sets (fresh357-372) and two new sets of misheard
# English agent lines (fresh373-374), all lines unread, F0 run the same session. Jr (control), the heads retrained up
# to fresh356 (stance 106,984 lines, category 72,697, escalation zh 62,618 / en 63,480): misses 3 → 2, polite lines
# failed 1 → 1. J0, Jr plus two training-only files of misheard English agent lines (train_s32_1-2.yaml: per file 60
# courteous lines, every one misheard, and 40 refusals, half misheard; two helper authors; kept for the next retrain):
# misses 3 → 1, polite 1 → 0, eleven of the twelve means level or up (escalation F1 en 0.987 → 0.984 on fresh357-364);
# but it failed the pinned closing ("Anything else? No? Thank you for calling, goodbye.") and 900013's mono copy:
# Whisper hears that call's hold request at confidence 0.733, where the head must read ≥ HEAD_FLOOR_UNCLEAR (0.9); F0
# reads it at 88.8 %, Jr at 90.4 %, J0 at 92.8 % (the misheard files raised it). J1u, J0 plus stop 31's two files of
# courteous closings and HEAD_FLOOR_UNCLEAR 0.95: misses 3 → 1, polite 1 → 0, the pinned closing and 900013 pass; but
# on fresh373-374 heard at confidence 0.7 (tests/meaning_eval.py --heard) it caught 49 of 60 refusals where F0 catches
# 55 (F1 0.957 → 0.899; the bar allowed 0.03). Neither shipped: TRAINED_UP_TO stays 292.
# Then, every blocker of J being the stance head's, the other two heads alone (stance head F0's), each decided before
# its own new sets: Kc, the category and escalation heads retrained up to fresh356 (Jr's), on fresh375-390: misses 3 →
# 2, polite lines failed 1 → 1, means +0.004 in all (category up, escalation F1 down 0.002-0.005 in three halves), no
# conduct line of tests/heldout changed; but the court-witness line read as a low escalation (threat head 88 %,
# test_scoring_escalation_intent): not shipped. Kcat, the category head alone retrained up to fresh356 (72,697 lines),
# on sixteen newer sets (fresh391-406): misses 6 → 5, polite lines failed 4 → 4, category accuracy zh 0.952 → 0.957
# and 0.961 → 0.967, en 0.945 → 0.951 and 0.951 → 0.963, every other mean unchanged, no conduct line changed (36,374),
# the suite passed. Shipped: the category head's TRAINED_UP_TO 356; stance and escalation stay at 292.
# Stop 33, decided before measuring, on sixteen new sets (fresh407-422) against the shipped scoring the same session:
# Ms, the stance head retrained up to fresh406 (with train_s32_1-2 and stop 31's closing files), read the evaluation's
# own greeting "Hello, customer service, how can I help you?" at 83.5 % refusal (shipped: 74 %) and failed 53 pinned
# tests: not measured. Mcat, the category head alone retrained up to fresh406 (82,547 lines): misses 6 → 6, polite
# lines failed 4 → 4, category accuracy zh 0.960 → 0.964 and 0.966 → 0.973, en 0.942 → 0.949 and 0.952 → 0.958, every
# other mean unchanged: shipped. N, the stance head on F0's data plus train_s33_1-2 (two helper authors: per language
# 60 ordinary short agent turns and 30 short curt refusals), against two new sets of the same shape (fresh423-424):
# ordinary turns failed 29 → 7 of 240, but English conduct F1 fell 0.949 → 0.944 and 0.948 → 0.941 on fresh407-422 and
# 233 of 20,288 refusals across tests/heldout newly passed (1.15 %; the bar 0.5 %: curt "Mm-hm. Anything else?"
# brush-offs): not shipped, the files kept in NOT_YET.
# Then P, the stance head retrained up to fresh406 with train_s31_5-6 (stop 31's courteous closings against curt
# brush-offs, the line nearest the pinned probe taken out), train_s32_1-2 and train_s33_1-2, fresh373-374 held back
# (tools/train_stance_head.py HELD_BACK: the misheard-lines test reads them); 121,889 lines. On fresh425-440 against
# the shipped scoring: misses 3 → 1, polite lines failed 3 → 1, ordinary short agent turns of fresh441-442 failed 32 →
# 6 of 240, but English conduct F1 fell 0.982 → 0.970 in one half and 6 of 998 refusals of fresh407-424 newly passed
# (0.60 %; the bar 0.5 %): not shipped on that bar. A second look, its bar written before its sets existed so as to
# weigh false alarms on ordinary turns, on fresh443-458 and fresh459-460: misses 4 → 3, polite lines failed 2 → 1,
# ordinary turns failed 25 → 5 of 240 (refusals missed 2 → 4 of 120), English conduct F1 0.963 → 0.958 and 0.958 →
# 0.953, Chinese 0.986 → 0.984; across the conduct lines of fresh407-442 17 of 1,960 refusals newly passed (0.87 %,
# the bar 1 %) and 9 newly caught, 1 courteous line newly failed and 46 newly passed; the suite passed. Shipped: the
# stance head's TRAINED_UP_TO 406.
# Stop 34, decided before measuring, on sixteen new sets (fresh461-476) against the shipped scoring the same session:
# Qs, the stance head retrained up to fresh460 (fresh441-442 and 459-460 held back), failed 3 pinned tests (it fails
# "I'm closing this call now, thank you for your patience and goodbye."); Qe, the escalation head up to fresh460,
# failed its pre-check (the court-witness line read as a threat; escalation_zh.npz over 1 MB): neither measured.
# Qcat, the category head up to fresh460 (92,366 lines): misses 6 -> 7, polite lines failed 4 -> 4: not shipped.
# Then, on eighteen newer sets (fresh477-494): Rs, the stance head of P's recipe plus train_s34_1-2 (sincere warm
# remarks against sarcastic look-alikes), failed 2 pinned tests ("Of course, I'll send it out today. I'm afraid not
# before five, though." fails): not eligible (on the compliment sets fresh477-478, for the record: sincere remarks
# failed 14 -> 9 of 200, sarcastic lines missed 42 -> 48 of 120). TRAINED_UP_TO unchanged.
# Stop 36, decided before measuring (fresh495-502 written first, unread; fresh503-512 after): S, the stance head
# retrained up to fresh494 with train_s34_1-2 (146,016 lines), failed its pinned pre-check (fresh441's English conduct
# F1 0.893; the courteous closing "I'm closing this call now, thank you for your patience and goodbye." read 81 %):
# not eligible. S2, S's lines at C = 1 (C = 2 failed the same check): on fresh503-510 floor misses 0 -> 0, polite lines
# failed 0 -> 0 (one had to be fewer), English conduct F1 0.958 -> 0.951; not shipped. (On the compliment sets
# fresh511-512, sincere remarks failed + sarcastic lines passed: shipped 60, S2 60, S 48.)
# Then the category head and customers who raise no problem (questions before buying, invoices, thanks), which the
# shipped scoring filed under a complaint category 73-86 % of the time: G, the category head with train_s36_1-15's
# openings (2,400 lines, fifteen helper authors) as "none" and the no-problem gate at 0.6, met its bars on fresh513-516
# and fresh495-510 but failed the suite (a homophone-garbled complaint read as no problem); H, G with homophones of
# keywords re-read, on fresh517-536: openings filed zh 205 -> 60, en 188 -> 43 of 240, but one more set per language
# fell under 0.9 category accuracy (0.905 -> 0.893): not shipped. H8, H with the gate at 0.8, on fresh537-556: openings
# filed zh 201 -> 75, en 193 -> 69 of 240; category accuracy zh 0.9665 -> 0.9658, en 0.9665 -> 0.9650, no set under
# 0.9, every conduct and escalation figure the same. Shipped: the category head learns the train_s36 files
# (TRAINED_UP_TO unchanged; the shipped head rebuilds byte for byte).
# Stop 37, each decided before its sets existed (/work/notes/prereg37.txt): I, the category head with train_s37_1-5
# (per file and language 50 openings of the kinds still filed, 36 complaints put as questions; five helper authors),
# filed the new openings of fresh557-558 zh 53 -> 44, en 41 -> 40 of 120 (the bar asked for a quarter fewer): not
# shipped. The gate's misses were read on development sets (inqdev1-2): a second sentence alone ("It hasn't shipped
# yet.") and a "none" class mostly made of the escalation sets' calm lines, many of them complaints. J, I's head
# trained without those lines, failed a pinned test (a refund under a quoted claim read 59.5 %); J2, I plus turns
# re-read whole, filed fresh569-570 zh 45 -> 33, en 28 -> 22 (needed 21): not shipped. K, J2 with the gate reading
# a head of its own (J's: train_category_head.py --gate), on fresh581-584: zh 87 -> 39, en 81 -> 38 of 240, met its bars
# but failed the suite: I's category head files sample call 900013 mixed down to mono under logistics, and the gate's
# head read a customer who said only "嗯，啊，那个。" as raising no problem. L, K with the category head as shipped and
# the gate speaking only on at least 2 x MEANING_MIN_UNITS units of readable customer speech, on fresh585-588: zh 90
# -> 55, en 76 -> 55 of 240 (see qa_desktop/scoring/no_problem.py). Shipped: the gate's head learns train_s37_1-5 (TRAINED_UP_TO
# "gate" = the category head's); the category, stance and escalation heads have not learned them (NOT_YET).
# Stop 38, each decided before its sets existed (/work/notes/prereg38.txt): M, the stance head's own refusal readings
# dropped where a second head (sincere praise of train_s30_1-4 and train_s34_1-2 against every refusal) reads a
# sincere warm remark at >= 0.5, on the compliment sets fresh603-604: sincere remarks failed 21 -> 15 but sarcastic
# lines passed 50 -> 59 (the bar asked for fewer errors in all): not shipped. N, HEAD_CONTEXT 0.6 -> 0.8 (the one
# threshold change among 300 that cut the per-set misses on fresh407-596 without more wrong on the ordinary-turn and
# compliment sets: 18 -> 17 of 304), on fresh605-612: misses 1 -> 1 (strictly fewer asked): not shipped. O, the stance
# head retrained up to fresh596 with train_s34_1-2 (167,530 lines; fresh423-424 held back), failed its pinned
# pre-check (sample call 900013 mixed down to mono fails the forbidden-conduct rule), but so did the shipped head on
# that machine, whose ctranslate2 computed with AVX2 kernels and heard "I can't spot your patience." at 0.694, which
# the shipped head reads 95.5 %; and on the misheard hold request (0.733 heard, HEAD_FLOOR_UNCLEAR 0.9) O reads 90.7
# %, the shipped head 89.1 %. For the record, on fresh597-628 (30 regular sets) misses 6 -> 7, English conduct F1
# 0.951 -> 0.944 on fresh597-612 and 0.960 -> 0.966 on fresh613-628: not shipped. Q, a sentence of a turn heard below
# HEAD_CLEAR in which a required agent step found its phrase left unread by the stance head, on garbled agent lines
# (fresh629-630, --heard 0.7): refusals missed en 9 -> 11 on fresh630 (the bar allowed one more): not shipped.
# TRAINED_UP_TO unchanged.
# Stop 39: no head retrained. A verdict resting on a reading of meaning is no surer than the hearing of its turn
# (scoring/engine.py), so sample call 900013 mixed down to mono, whose polite agent five CPU code paths hear five ways
# (four misread by the stance head), is flagged as its least sure verdict where it fails. Each decided before its sets
# existed (/work/notes/prereg39.txt): P, the stance head reads the sentences a commitment cue alone shielded, at
# HEAD_COMMITTED 0.95 for the sentence and its context (T picked on fresh500-596 by a rule fixed beforehand): first
# test, fresh639-646, floor checks missed 1 -> 1 (strictly fewer asked: not met); second test, fresh647-654, met on
# the sets (polite unchanged, refusals missed en 20 -> 17, zh 8 -> 5), but the fresh-clone CI failed the pinned polite
# line "Oh that's not a problem, honestly." (commitment "not a problem"): not shipped. P', P with a commitment said
# in the negative still shielding (stance.reassures), on fresh655-662: polite unchanged, refusals missed en 24 -> 20,
# zh 8 -> 5, floor checks missed 3 -> 2: shipped. On fresh631-654 P' gives P's figures. TRAINED_UP_TO unchanged.
# Stop 40, each decided before its sets existed (/work/notes/prereg40.txt), against 31268e3 the same session: Ts, the
# stance head retrained up to fresh662 with train_s34_1-2 (186,080 lines; fresh423-424 held back too), on fresh663-678:
# floor checks missed 2 -> 1, polite lines failed en 2 -> 1, refusals missed zh 8 -> 9, en 32 -> 33; but it failed three
# pinned polite lines (the courteous closing "I'm closing this call now, thank you for your patience and goodbye." at
# 83.5 %; "Of course, I'll send it out today. I'm afraid not before five, though." at 99.8 %; "That must have been
# awful, finding it smashed on your birthday."): not shipped (the same recipe at C = 1 failed four). Tcat, the category
# head retrained up to fresh662 (130,724 lines), on fresh663-678: floor checks missed 2 -> 2 (strictly fewer asked),
# category zh 1,305 -> 1,310 and en 1,293 -> 1,299 of 1,344, all else the same: not shipped on that bar; and it filed
# sample call 900013 mixed down to mono under quality, reading the customer's garble heard at 49 % ("Highly old, my poor
# little boss of both the life on Monday and of the tracking pattern through Zins.") at 49 % quality. TcatV, Tcat with
# a head vote weighed by its turn's hearing squared below HEAD_CLEAR (category_head._head_vote; the held-out lines are
# heard at 1.0, so its figures there are Tcat's), second look on fresh679-694: floor checks missed 2 -> 2, polite
# lines failed 1 -> 1 per language, category zh 1,301 -> 1,308 and en 1,296 -> 1,303 of 1,344 (strictly higher asked),
# all else the same; the suite passed. Shipped: the category head's TRAINED_UP_TO 662.
# Then Tg, decided before its sets existed: the no-problem gate's head retrained up to fresh662 (107,980 lines), on
# fresh695-698 (customer openings that raise no problem): filed under a category zh 52 -> 40, en 75 -> 64 of 240 (the bar
# asked for at most 0.85 x shipped in all); on fresh699-706 (regular): every figure the same (floor checks missed 1 -> 1:
# fresh705's English conduct F1 0.857); the suite passed. Shipped: the gate's TRAINED_UP_TO 662.
# Stop 41, decided before its sets existed (/work/notes/prereg41.txt), against fc7b536 the same session: Tu, the
# stance head retrained up to fresh706 with train_s34_1-2 and train_s41_1-4 (four helper files of sincere lines of
# the families earlier retrains misread against sarcastic or curt look-alikes; 198,303 lines; fresh423-424 held back
# too), failed its pinned pre-check: "Of course, I'll send it out today. I'm afraid not before five, though." fails
# (99.8 %); two more tests failed only because it no longer misreads what they pinned as misread (the garble of
# "Thank you for your patience"; "That must have been awful, finding it smashed on your birthday." without the
# empathy cues). For the record, on fresh707-718: floor checks missed 2 -> 1, polite lines failed zh 2 -> 1, refusals
# missed en 24 -> 22, zh 4 -> 4. Tu without train_s41's three copies of the en pack's cue "Good luck with that.", and a
# sentence after a commitment read at HEAD_COMMITTED, failed three pinned tests (the same line's context read 0.951):
# dropped, not measured. TRAINED_UP_TO unchanged; train_s41_1-4 kept for a later retrain (NOT_YET).
TRAINED_UP_TO = {"stance": 406, "category": 662, "escalation": 292, "gate": 662}
# training-only files kept for a head's next retrain, which its shipped .npz has not learned from (left out
# until that retrain, so a trainer run as it is reproduces the shipped head)
# (the escalation head reads their agent lines as ordinary lines; it has not been retrained since they landed;
# train_s34_1-2, sincere warm remarks against sarcastic look-alikes, the stance head has not learned: see stop 34 above)
_S37 = {f"train_s37_{n}" for n in range(1, 6)}  # only the no-problem gate's head has learned them (stop 37)
# train_s41_1-4 (stop 41): sincere agent lines of the families stance retrains misread (a caveat after an offer, a
# closing that announces the end of the call, sympathy, praise, good wishes) against sarcastic or curt look-alikes
_S41 = {f"train_s41_{n}" for n in range(1, 5)}
NOT_YET = {"escalation": {"train_s31_5", "train_s31_6", "train_s32_1", "train_s32_2", "train_s33_1", "train_s33_2",
                          "train_s34_1", "train_s34_2"} | _S37 | _S41,
           "stance": {"train_s34_1", "train_s34_2"} | _S37 | _S41, "category": _S37}


def training_files(head: str, held_back: frozenset[str] | set[str] = frozenset()) -> list[Path]:
    """The held-out files `head` trains on: every file but those held back, those NOT_YET learned and the
    fresh sets after its TRAINED_UP_TO."""
    last = TRAINED_UP_TO[head]
    held_back = set(held_back) | NOT_YET.get(head, set())
    out = []
    for path in sorted(HELDOUT.glob("*.yaml")):
        fresh = re.fullmatch(r"meaning_fresh(\d+)", path.stem)
        if path.stem not in held_back and (fresh is None or int(fresh.group(1)) <= last):
            out.append(path)
    return out
