"""The resolution gate: how fast it judges a long reply, and how often it agrees with people.

    .venv/bin/python benchmarks/gate_bench.py [--anchor REV] [--runs 200]

Measures, in one run, today's gate and an earlier gate (the anchor: the gate
as it was at ``--anchor``, read from git with its own lexicons and action
catalogue):

- the time to judge a 2,000-character reply (text and a structured action),
  for English and Spanish complete emails from the corpus, median, p95 and
  worst of ``--runs`` calls each, after one warm-up call;
- on each corpus folder in ``tests/unit/workstation/resolution/corpus/``, the
  share of concrete replies accepted and of non-committal ones refused (text
  alone), and of replies with structured actions judged as their authors
  expected.

Target (issue 16): under 20 ms for a 2,000-character reply, so the composer
can check at every pause.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workstation.resolution import corpus  # noqa: E402
from workstation.resolution import gate as today_gate  # noqa: E402
from workstation.resolution.actions import ActionSpec  # noqa: E402

CORPUS = ROOT / "tests" / "unit" / "workstation" / "resolution" / "corpus"
#: The gate before issue 16: surface phrases in lexicons.
DEFAULT_ANCHOR = "7b58c44"


def _anchor_gate(revision: str) -> tuple[types.ModuleType, Callable[[dict[str, Any]], Any]]:
    """The gate module as it was at ``revision``, with the resources it read then."""
    resources = Path(tempfile.mkdtemp(prefix="gate-anchor-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "resources"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(resources)], input=archive, check=True)

    def load(name: str, path: str, replace: dict[str, str]) -> types.ModuleType:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:{path}"], check=True,
                                capture_output=True, text=True).stdout
        for old, new in replace.items():
            source = source.replace(old, new)
        module = types.ModuleType(name)
        sys.modules[name] = module
        exec(compile(source, f"{revision}:{path}", "exec"), module.__dict__)  # noqa: S102 - our own history
        return module

    paths = {"from workstation.paths import RESOURCES":
             f"from pathlib import Path\nRESOURCES = Path({str(resources / 'resources')!r})"}
    actions = load("anchor_actions", "workstation/resolution/actions.py", paths)
    gate = load("anchor_gate", "workstation/resolution/gate.py",
                {**paths, "from workstation.resolution.actions import": "from anchor_actions import"})
    return gate, actions.ActionSpec.from_dict


def _long_replies() -> list[tuple[str, str]]:
    """(language, text) of about 2,000 characters: the longest complete emails, repeated to length."""
    replies = []
    for language in ("en", "es"):
        items = corpus.load(CORPUS / "dev")[f"{language}_text"]
        emails = sorted((i["text"] for i in items if i.get("shape") == "email"), key=len, reverse=True)[:3]
        for text in emails:
            replies.append((language, (text + "\n\n" + text)[:2000]))
    return replies


def _empty_caches() -> None:
    from workstation.resolution import commitments, morph, reading

    for cached in (reading.money, reading._dates, reading.without_dates, reading.has_deadline,
                   reading.has_specific_time, reading.has_past_time, morph.fold):
        cached.cache_clear()
    commitments._morph()._under_clitics.clear()


def _timings(check: Callable[[int], Any], runs: int, cold: Callable[[], None] = lambda: None
             ) -> tuple[float, float, float]:
    check(-1)
    seconds = []
    for run in range(runs):
        cold()
        start = time.perf_counter()
        check(run)
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    return (statistics.median(seconds) * 1000, seconds[int(len(seconds) * 0.95) - 1] * 1000, seconds[-1] * 1000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--anchor", default=DEFAULT_ANCHOR, help="git revision of the anchor gate")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--speed-only", action="store_true", help="time the gates; skip the agreement on the corpus")
    args = parser.parse_args()
    anchor, anchor_action = _anchor_gate(args.anchor)
    refund = {"kind": "refund", "amount": "29.90", "currency": "EUR", "due": "2026-12-04"}

    print(f"Judging a 2,000-character reply with a refund action, ms (median / p95 / worst of {args.runs}).")
    print("Each call ends the text with a different word, as the composer checks after each pause; 'cold' also")
    print("empties today's gate's caches of words and amounts before each call.")
    for language, text in _long_replies():
        def ours_check(run: int) -> Any:
            return today_gate.check_reply(f"{text} {run}", [ActionSpec.from_dict(refund)], language=language)

        def theirs_check(run: int) -> Any:
            return anchor.check_reply(f"{text} {run}", [anchor_action(refund)], language=language)

        ours = _timings(ours_check, args.runs)
        cold = _timings(ours_check, args.runs, _empty_caches)
        theirs = _timings(theirs_check, args.runs)
        print(f"  {language} {len(text)} chars: today {ours[0]:.1f} / {ours[1]:.1f} / {ours[2]:.1f}   "
              f"cold {cold[0]:.1f} / {cold[1]:.1f} / {cold[2]:.1f}   "
              f"anchor {theirs[0]:.1f} / {theirs[1]:.1f} / {theirs[2]:.1f}")

    if args.speed_only:
        return 0

    def anchor_from_dict(data: dict[str, Any]) -> Any:
        # Amounts as today's gate reads them ("2,385.00"): the anchor read only plain decimals.
        if data.get("amount") not in (None, ""):
            data = {**data, "amount": str(ActionSpec.from_dict(data).amount)}
        return anchor_action(data)

    print("\nAgreement with the people who wrote the replies (text alone: concrete accepted, non-committal "
          "refused; with actions: as expected):")
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        ours = corpus.judge(folder, today_gate.check_text, today_gate.check_reply, ActionSpec.from_dict)
        theirs = corpus.judge(folder, lambda text, **_: anchor.check_text(text),
                              lambda text, actions, today=None, **kw: anchor.check_reply(text, actions, **kw),
                              anchor_from_dict)
        print("  " + ours.line(f"today  {folder.name}"))
        print("  " + theirs.line(f"anchor {folder.name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
