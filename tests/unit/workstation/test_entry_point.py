"""`python -m workstation` imports with the collector off, then runs the command with it on again."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_command_runs_with_the_collector_on_at_the_batch_pace() -> None:
    # The entry point takes `main` from workstation.cli when it runs: this stand-in reports what it sees.
    code = (
        "import gc, runpy, sys, workstation.cli\n"
        "seen = []\n"
        "workstation.cli.main = lambda head_start=None: seen.append((gc.isenabled(), gc.get_threshold()[0])) or 0\n"
        "sys.argv = ['workstation', 'queue']\n"
        "try:\n"
        "    runpy.run_module('workstation', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n"
        "print(seen)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert ast.literal_eval(result.stdout.strip()) == [(True, 20_000)]
