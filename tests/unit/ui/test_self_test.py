"""``mostrador --self-test``, run in the test process: what it reports when the installation works and
when a part is missing. (The bundles run it in CI: packaging/smoke_linux.sh.)"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from tests.support.keyring_backend import MemoryKeyring
from ui import self_test
from ui.composer.spelling import Speller
from workstation.store.db import HEAD_REVISION

SPELLING = Speller("en").available and Speller("es").available


def test_a_working_installation_passes_every_check_and_leaves_no_keyring_entry(
        qapp: QApplication, tmp_path: Path, test_keyring: MemoryKeyring) -> None:
    results = {result.name: result for result in self_test.run_checks(qapp, "offscreen", tmp_path)}
    assert list(results) == ["Qt platform plugin", "store and migrations", "main window", "keyring",
                             "translations", "spell-checker"]
    for name in ("Qt platform plugin", "store and migrations", "main window", "keyring", "translations"):
        assert results[name].ok, results[name].detail
    assert results["store and migrations"].detail.endswith(f"schema {HEAD_REVISION}")
    assert "MemoryKeyring" in results["keyring"].detail
    assert test_keyring.secrets == {}
    if SPELLING:
        assert results["spell-checker"].ok, results["spell-checker"].detail
    else:  # no Enchant or dictionaries on this machine: the check names what is missing
        assert not results["spell-checker"].ok
        assert "Enchant" in results["spell-checker"].detail


def test_no_keyring_fails_that_check_with_the_fix_and_the_others_still_run(
        qapp: QApplication, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the test keyring back
    results = self_test.run_checks(qapp, "offscreen", tmp_path)
    failed = [result for result in results if not result.ok]
    assert failed[0].name == "keyring"
    assert failed[0].detail.startswith("No keyring backend is available to store passwords.")
    assert "GNOME Keyring" in failed[0].detail
    assert [result.name for result in failed[1:]] == ([] if SPELLING else ["spell-checker"])


def test_a_platform_plugin_that_is_not_there_is_named() -> None:
    with pytest.raises(self_test.CheckFailed, match="there is no 'nosuchscreen' platform plugin in .*platforms"):
        self_test.check_platform_plugin("nosuchscreen")


def test_the_command_prints_a_line_a_check_and_exits_by_the_result(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code = self_test.main()
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "ok     Qt platform plugin: offscreen (libqoffscreen.so)"
    assert len([line for line in lines if line.startswith(("ok ", "FAILED "))]) == 6
    if SPELLING:
        assert code == 0
        assert lines[-1] == "mostrador: self-test passed (6 checks)"
    else:
        assert code == 1
        assert err.strip() == "mostrador: self-test failed: spell-checker"
