"""The gate against replies written by people who never read it (corpus/README.md): issue 16's targets.

Targets on every folder, one-liners and complete emails alike: no non-committal
reply accepted (apology-only, vague, conditional, refusal, past fact,
passing it on, bookkeeping); at least 97% of concrete replies accepted; with
structured actions, at least 97% of the replies their authors expected to
pass accepted and every one they expected to be refused refused.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from workstation.resolution import corpus
from workstation.resolution.actions import ActionSpec
from workstation.resolution.gate import check_reply, check_text

HERE = Path(__file__).resolve().parent / "corpus"
ALL_FOLDERS = sorted(p.name for p in HERE.iterdir() if p.is_dir())

#: The newest folders, not tuned on yet, and left out of the learned reader's training: their first measure
#: (concrete accepted, non-committal refused, replies with actions accepted and refused as expected) is a floor
#: the gate may not fall below, not yet the target.
# (heldout133 to 138 were written blind on 28 November by six more helpers, from the same brief with the Spanish asked
# for from scenarios of its own, and measured on arrival by the gate as the seventeenth session started; two said some
# Spanish replies still follow the plot or order of their English ones.)
# (heldout139 to 144 were written blind on 28 November by six more helpers, from the same brief, and measured on
# arrival by the gate as the eighteenth session started; three said some refusals are near-copies of accepted replies
# with one thing changed, two that some Spanish replies stayed close to English ones, and several padded short
# replies into emails with a quoted message and a footer.)
# (heldout145 to 150 were written blind on 28 November by six more helpers, from the brief rewritten in the shape of
# the old one (its file was lost with the machine), and measured on arrival by the gate as the nineteenth session
# started; all said most refusals are near-twins of accepted replies with one thing changed, and one that much of its
# Spanish with actions follows its English plots.)
UNSEEN: dict[str, tuple[int, int, int, int]] = {
    "heldout133": (97, 118, 146, 77), "heldout134": (98, 117, 149, 78), "heldout135": (108, 115, 143, 78),
    "heldout136": (88, 121, 132, 89), "heldout137": (95, 112, 148, 70), "heldout138": (106, 120, 146, 72),
    "heldout139": (97, 119, 150, 72), "heldout140": (97, 114, 145, 76), "heldout141": (101, 116, 151, 76),
    "heldout142": (100, 117, 151, 72), "heldout143": (94, 120, 141, 77), "heldout144": (98, 119, 152, 68),
    "heldout145": (89, 117, 147, 73), "heldout146": (98, 120, 143, 74), "heldout147": (94, 118, 141, 74),
    "heldout148": (100, 119, 138, 67), "heldout149": (93, 117, 146, 63), "heldout150": (101, 118, 147, 73)}
#: Folders tuned on but not all yet to the targets: their measure when the session stopped is a floor too.
# (heldout46 and 61 accept one reply with actions fewer since 27 November: their change of process was stated only by the
# words of another action beside it, a charge reversed or a cancellation, which no longer state a change of process.)
# (heldout55 and 63 accept one concrete reply fewer since the reader was retrained with heldout74, 76 and 78 in the
# eleventh session: "desde el 24 de noviembre está prohibido poner música…" and "…has been instructed to replace the
# display free of cost", read by the reader alone, now just under its bar; two other reader-only replies rose above it.)
# (heldout24 accepts one concrete reply fewer since the twelfth session: "The $39 refund goes back to your card on Monday
# once the return scans in at our depot – it's already on its way to us" was accepted only for "on its way to us", the
# customer's parcel coming to us, which is no longer read as money on its way to them; the refund itself waits on
# "once the return scans in".)
# (heldout87 refuses one non-committal reply fewer since the same session read amounts in Kenyan shillings: "The balance
# of KES 61,300 was transferred to your Equity account on 16 November", after deductions from a deposit, had been
# refused only because "KES 61,300" was not read as an amount.)
# (heldout79 to 84 were written blind on 27 November and kept unseen for three sessions; the thirteenth session measured
# them with the gate as it started, then read their misses to tune the rules, not the reader. heldout113 and 114 were
# written blind in that session and tuned on the same way. Their floor is that session's last measure.)
# (heldout93 to 98 were written blind on 27 November and kept unseen for three sessions (the eleventh to the thirteenth);
# the fourteenth session started from their measure by the gate as it stood, then read their misses to tune the rules,
# not the reader; heldout101 to 106 (written blind in the twelfth session, three of them built from fewer bodies by
# script) the same way from the fifteenth, and heldout107 to 112 (written blind in the thirteenth session, heldout110
# built from about 25 core sentences a verdict and a language by script) from the sixteenth, and heldout115 to 120
# (written blind in the fourteenth session; several built refusals as near-copies of accepted replies) from the
# seventeenth, and heldout121 to 126 (written blind in the fifteenth session; several padded short replies into emails
# with a stock signature, footer and quoted message) from the eighteenth, and heldout127 to 132 (written blind in the
# sixteenth session; several wrote their Spanish as close versions of their English, and heldout131's two answers that
# had a phrase as their kind had it put back into their description) from the nineteenth. While unseen, heldout95
# refused one reply with actions fewer as expected since the twelfth session read the Caribbean's dollar signs ("TT$",
# "J$", "B$"): that refusal was by accident, a "TT$" amount read as US dollars.)
# (heldout124 accepts one concrete reply fewer since the nineteenth session: "la Junta aprobó la beca del 40% para
# Sofía en 2027" had its "del 40" read as a day of the month, which a number over 31 no longer is; the reply's "a
# partir de febrero" and "ya se lo cargamos así" are not read as a day or a thing done.)
# (heldout95 accepts one reply with actions fewer since the sixteenth session: its change of process was stated only
# by accident, "En", opening the sentence "En la factura del 1 de diciembre verá un crédito…", being read as a name.)
#: Folders the rules are tuned on and the learned reader is not trained on: retraining it with heldout79 to 84 took unseen
#: folders under their floors (twelfth session), so the reader stays as it was and these stay out of it (with heldout113
#: and 114, written in the thirteenth session for actions stated in unusual ways, heldout93 to 98 from the fourteenth,
#: heldout101 to 106 from the fifteenth, heldout107 to 112 from the sixteenth, heldout115 to 120 from the seventeenth,
#: heldout121 to 126 from the eighteenth and heldout127 to 132 from the nineteenth).
RULES_ONLY = frozenset({"heldout79", "heldout80", "heldout81", "heldout82", "heldout83", "heldout84", "heldout93",
                        "heldout94", "heldout95", "heldout96", "heldout97", "heldout98", "heldout101", "heldout102",
                        "heldout103", "heldout104", "heldout105", "heldout106", "heldout107", "heldout108",
                        "heldout109", "heldout110", "heldout111", "heldout112", "heldout113", "heldout114",
                        "heldout115", "heldout116", "heldout117", "heldout118", "heldout119", "heldout120",
                        "heldout121", "heldout122", "heldout123", "heldout124", "heldout125", "heldout126",
                        "heldout127", "heldout128", "heldout129", "heldout130", "heldout131", "heldout132"})
TUNING: dict[str, tuple[int, int, int, int]] = {
    "heldout79": (97, 119, 149, 75), "heldout80": (105, 120, 152, 72), "heldout81": (94, 119, 149, 80),
    "heldout82": (91, 120, 148, 79), "heldout83": (99, 119, 144, 82), "heldout84": (101, 120, 142, 84),
    "heldout113": (0, 0, 164, 53), "heldout114": (0, 0, 174, 50),
    "heldout93": (98, 120, 146, 88), "heldout94": (95, 120, 155, 75), "heldout95": (99, 119, 151, 76),
    "heldout96": (99, 119, 150, 76), "heldout97": (106, 119, 149, 81), "heldout98": (97, 120, 152, 78),
    "heldout101": (108, 119, 143, 78), "heldout102": (95, 119, 147, 78), "heldout103": (91, 123, 138, 77),
    "heldout104": (96, 119, 133, 86), "heldout105": (92, 120, 143, 83), "heldout106": (87, 120, 154, 68),
    "heldout107": (95, 119, 146, 75), "heldout108": (100, 120, 148, 74), "heldout109": (94, 119, 152, 76),
    "heldout110": (88, 120, 154, 72), "heldout111": (94, 121, 139, 84), "heldout112": (98, 120, 147, 74),
    "heldout115": (94, 120, 134, 81), "heldout116": (101, 120, 145, 77), "heldout117": (100, 119, 152, 72),
    "heldout118": (109, 118, 150, 73), "heldout119": (93, 119, 143, 74), "heldout120": (88, 119, 146, 74),
    "heldout121": (94, 120, 150, 76), "heldout122": (102, 121, 147, 79), "heldout123": (103, 116, 145, 83),
    "heldout124": (97, 119, 138, 88), "heldout125": (97, 120, 154, 75), "heldout126": (99, 120, 134, 87),
    "heldout127": (96, 119, 146, 81), "heldout128": (97, 120, 136, 82), "heldout129": (95, 119, 150, 73),
    "heldout130": (96, 119, 145, 77), "heldout131": (94, 120, 140, 84), "heldout132": (93, 119, 137, 88),
    "heldout14": (190, 201, 78, 48), "heldout15": (140, 162, 77, 41), "heldout16": (136, 161, 71, 38),
    "heldout17": (142, 160, 71, 37), "heldout18": (143, 162, 74, 39), "heldout19": (141, 165, 76, 41),
    "heldout20": (144, 162, 75, 43), "heldout21": (145, 171, 72, 38), "heldout22": (140, 159, 70, 40),
    "heldout23": (137, 158, 56, 41), "heldout24": (147, 161, 70, 42), "heldout25": (145, 160, 70, 43),
    "heldout26": (130, 158, 69, 40), "heldout27": (105, 105, 134, 73), "heldout28": (144, 160, 68, 42),
    "heldout29": (138, 159, 69, 39), "heldout30": (99, 110, 139, 79), "heldout31": (144, 160, 69, 40),
    "heldout32": (135, 162, 73, 45), "heldout33": (106, 121, 141, 69), "heldout34": (160, 179, 68, 42),
    "heldout35": (145, 160, 75, 52), "heldout36": (103, 120, 129, 70), "heldout37": (134, 160, 68, 41),
    "heldout38": (142, 164, 71, 44), "heldout39": (99, 112, 128, 74), "heldout40": (155, 177, 69, 40),
    "heldout41": (97, 110, 137, 74), "heldout42": (97, 109, 131, 73), "heldout43": (145, 170, 74, 45),
    "heldout44": (91, 109, 126, 70), "heldout45": (92, 110, 128, 83), "heldout46": (135, 160, 65, 44),
    "heldout47": (92, 110, 130, 74), "heldout48": (97, 110, 130, 78), "heldout49": (135, 160, 65, 44),
    "heldout50": (101, 122, 126, 84), "heldout51": (100, 114, 129, 78), "heldout52": (110, 132, 162, 92),
    "heldout53": (110, 118, 134, 71), "heldout54": (95, 110, 128, 67), "heldout55": (95, 108, 142, 84),
    "heldout56": (104, 117, 129, 86), "heldout57": (114, 131, 134, 79), "heldout58": (103, 122, 125, 80),
    "heldout59": (95, 110, 122, 74), "heldout60": (95, 109, 127, 68), "heldout61": (107, 123, 142, 87),
    "heldout62": (100, 107, 155, 98), "heldout63": (109, 128, 147, 92), "heldout64": (96, 110, 145, 75),
    "heldout65": (101, 120, 124, 81), "heldout66": (108, 122, 156, 75), "heldout73": (96, 118, 150, 76),
    "heldout75": (101, 119, 152, 76), "heldout77": (107, 118, 151, 76),
    "heldout67": (101, 120, 134, 83), "heldout68": (121, 138, 164, 88), "heldout69": (101, 119, 137, 86),
    "heldout70": (92, 110, 126, 72), "heldout71": (99, 109, 141, 79), "heldout72": (96, 108, 121, 77),
    "heldout85": (79, 160, 0, 0), "heldout86": (80, 160, 0, 0), "heldout87": (78, 158, 0, 0),
    "heldout88": (80, 160, 0, 0), "heldout89": (79, 160, 0, 0), "heldout90": (0, 0, 98, 123),
    "heldout91": (80, 159, 0, 0), "heldout92": (0, 0, 172, 50),
    "heldout74": (93, 120, 149, 77), "heldout76": (96, 120, 148, 78), "heldout78": (96, 120, 154, 76)}
FOLDERS = [name for name in ALL_FOLDERS if name not in UNSEEN and name not in TUNING]

#: Replies where the gate and the author disagree and a reader of both sides the gate: each was read
#: after the gate was written, and the reason is kept here. Kept short on purpose: it is not a way
#: around the targets.
DISPUTED = {
    # Labelled conditional (the refund depends on an investigation), but the reply also says, in the
    # past tense, that the customer's card "has now been cancelled as a precaution" and that a
    # replacement card is issued: two things done, one of them the customer asked for.
    "en-b-t-004",
    # Labelled a past fact with a request to wait, but it reports, in the first person plural, the repair
    # the complaint was about: "Our crews repaired a burst main overnight and supply was restored at
    # 3:45am this morning".
    "en-c-t-057",
    # Labelled conditional (the upgrade offered is subject to availability), but it also reports the
    # fix of the complaint, done the day before: "a valve was replaced in that room on 25 November".
    "en-c-t-153",
    # Labelled a refusal (no refund to the card), but it reports a remedy given: "a travel credit for the full
    # value of $1,846.20 AUD has been issued, which is valid for 12 months".
    "en-e-t-122",
}


@pytest.fixture(scope="module", params=FOLDERS)
def judged(request: pytest.FixtureRequest) -> tuple[str, corpus.Tally]:
    folder = HERE / request.param
    return request.param, corpus.judge(folder, check_text, check_reply, ActionSpec.from_dict)


#: Folders of text only, written for the hardest non-committal replies and their concrete near-twins; and of replies
#: with actions only, written for the hardest expected refusals (heldout90) or for actions stated in unusual ways
#: (heldout92, and heldout113 and 114 for corrections and cancellations above all).
TEXT_ONLY = {"heldout85", "heldout86", "heldout87", "heldout88", "heldout89", "heldout91"}
ACTIONS_ONLY = {"heldout90", "heldout92", "heldout113", "heldout114"}


def test_every_folder_is_large_and_varied() -> None:
    for name in ALL_FOLDERS:
        items = corpus.load(HERE / name)
        for language in ("en", "es"):
            text, actions = items.get(f"{language}_text", []), items.get(f"{language}_actions", [])
            if name in ACTIONS_ONLY:
                assert len(actions) >= 100 and not text, (name, language)
                assert {"accept", "refuse"} <= {i["expect"] for i in actions}, (name, language)
                continue
            if name in TEXT_ONLY:
                assert len(text) >= 100 and not actions, (name, language)
                assert Counter(i["verdict"] for i in text)["noncommittal"] * 3 >= len(text) * 2, (name, language)
                continue
            # (heldout27, 30, 33 and 36 trade a third of the texts for twice the replies with actions.)
            assert len(text) >= 100 and len(actions) >= 50 and len(text) + len(actions) >= 200, (name, language)
            shapes = Counter(i["shape"] for i in text + actions)
            # Complete emails are a third of the earlier folders and about a tenth of heldout9 and heldout10.
            assert shapes["email"] * 11 >= len(text) + len(actions), (name, language, shapes)
            assert shapes["oneliner"] and shapes["short"], (name, language, shapes)
            assert len({i["industry"] for i in text}) >= 8


def test_no_non_committal_reply_is_accepted(judged: tuple[str, corpus.Tally]) -> None:
    name, tally = judged
    accepted = [m for m in tally.misses if m[1] == "noncommittal" and m[0] not in DISPUTED]
    assert accepted == [], f"{name}: non-committal replies accepted: {accepted}"


def test_concrete_replies_are_accepted(judged: tuple[str, corpus.Tally]) -> None:
    name, tally = judged
    assert tally.concrete_share >= 0.97, tally.line(name)


def test_replies_with_actions_are_judged_as_their_authors_expect(judged: tuple[str, corpus.Tally]) -> None:
    name, tally = judged
    assert tally.actions_accepted >= 0.97 * tally.actions_accept, tally.line(name)
    wrongly_accepted = [m for m in tally.misses if m[1] == "refuse" and m[0] not in DISPUTED]
    assert wrongly_accepted == [], f"{name}: {wrongly_accepted}"


def _by_shape() -> dict[str, list[bool]]:
    outcomes: dict[str, list[bool]] = {}
    for name in FOLDERS:
        for stem, items in corpus.load(HERE / name).items():
            if not stem.endswith("_text"):
                continue
            for item in items:
                if item["verdict"] == "concrete" and not corpus.is_answer(item):
                    accepted = check_text(item["text"], today=corpus.WRITTEN_ON).accepted
                    outcomes.setdefault(item["shape"], []).append(accepted)
    return outcomes


def test_one_liners_and_complete_emails_alike() -> None:
    for shape, outcomes in _by_shape().items():
        assert sum(outcomes) >= 0.97 * len(outcomes), (shape, sum(outcomes), len(outcomes))


def _refused_for(item: dict[str, Any], language: str) -> list[str]:
    actions = [ActionSpec.from_dict(a) for a in item["actions"]]
    return [r.code for r in check_reply(item["text"], actions, language=language, today=corpus.WRITTEN_ON).details]


def test_a_wrong_amount_is_named_with_both_amounts() -> None:
    found = 0
    for name in FOLDERS:
        for stem, items in corpus.load(HERE / name).items():
            if stem.endswith("_actions"):
                for item in items:
                    if item.get("why") == "wrong_amount":
                        found += 1
                        assert "wrong_amount" in _refused_for(item, stem[:2]) or \
                            "amount_not_stated" in _refused_for(item, stem[:2]), item["id"]
    assert found >= 6


@pytest.mark.parametrize("name", sorted({**UNSEEN, **TUNING}))
def test_unseen_and_half_tuned_folders_are_no_worse_than_their_floor(name: str) -> None:
    tally = corpus.judge(HERE / name, check_text, check_reply, ActionSpec.from_dict)
    concrete, noncommittal, accepted, refused = {**UNSEEN, **TUNING}[name]
    assert tally.concrete_accepted >= concrete and tally.noncommittal_refused >= noncommittal, tally.line(name)
    assert tally.actions_accepted >= accepted and tally.actions_refused >= refused, tally.line(name)


#: Hard cases with structured actions (../contrast/actions): refusals whose text holds the action's own amount or day
#: and commits to nothing, and acceptances in plain words. Measured first on 26 November 2026 (47/58 accepted,
#: 68/82 refused), then tuned on; this is a floor.
HARD_ACTIONS = (54, 76)


#: Things told as done that are no remedy for this complaint (../contrast/history: the history of the account, what the
#: bank, the carrier or the customer did, what a system did by itself, a credit given and taken back, word sent),
#: with concrete near-twins; text only, written apart on 27 November (the eleventh session), never trained on by the
#: reader. Measured on arrival at 158/160 concrete accepted and 249/320 non-committal refused, then tuned on; a floor.
HISTORY = (158, 280)


def test_things_told_as_done_that_are_history_are_no_worse_than_their_floor() -> None:
    tally = corpus.judge(HERE.parent / "contrast" / "history", check_text, check_reply, ActionSpec.from_dict)
    assert tally.concrete_accepted >= HISTORY[0] and tally.noncommittal_refused >= HISTORY[1], \
        tally.line("contrast/history")


def test_hard_cases_with_actions_are_no_worse_than_their_floor() -> None:
    tally = corpus.judge(HERE.parent / "contrast" / "actions", check_text, check_reply, ActionSpec.from_dict)
    assert tally.actions_accepted >= HARD_ACTIONS[0] and tally.actions_refused >= HARD_ACTIONS[1], \
        tally.line("contrast/actions")


def test_the_verdicts_do_not_depend_on_the_process() -> None:
    """Python orders sets differently in each process (PYTHONHASHSEED): a reply read two ways that read equally
    well once passed or not by chance. Judged in two processes with different seeds, every verdict is the same."""
    import os
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from workstation.resolution import corpus; "
              "from workstation.resolution.actions import ActionSpec; "
              "from workstation.resolution.gate import check_reply, check_text; "
              "t = corpus.judge(Path(sys.argv[1]), check_text, check_reply, ActionSpec.from_dict); "
              "print(t.line('x')); print(sorted(m[0] for m in t.misses))")
    outputs = set()
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", script, str(HERE / "heldout")], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs
