"""Playbooks edited in a form: steps added, removed and reordered, checked before saving, the file format kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.unit.ui.test_formatting import spanish  # noqa: F401 - fixture
from ui.guide.playbook_editor import PlaybookEditor
from ui.tasks import Tasks
from workstation import playbooks
from workstation.paths import RESOURCES

SHIPPED = sorted((RESOURCES / "playbooks").glob("*.yaml"))


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait()


def _editor(qtbot: QtBot, tasks: Tasks, data_dir: Path, choose: str) -> PlaybookEditor:
    editor = PlaybookEditor(data_dir, tasks.run)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.chooser.count() == 1 + len(SHIPPED), timeout=5000)
    editor.chooser.setCurrentIndex(next(i for i in range(editor.chooser.count())
                                        if f"({choose})" in editor.chooser.itemText(i)))
    return editor


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_form_data_round_trips_every_shipped_playbook_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = playbooks.form_data(text)
    assert data is not None
    assert playbooks.form_text(data, playbooks.split_header(text)[0]) == text


def test_form_data_of_text_that_is_not_a_playbook_mapping() -> None:
    assert playbooks.form_data("key: [unclosed") is None
    assert playbooks.form_data("- a list\n- not a playbook\n") is None


def test_the_form_shows_a_playbook_and_reorders_adds_and_removes_steps(qtbot: QtBot, tasks: Tasks,
                                                                       tmp_path: Path) -> None:
    editor = _editor(qtbot, tasks, tmp_path, "late_delivery")
    form = editor.form
    assert editor.tabs.currentIndex() == 0 and form.isEnabled()
    shipped = yaml.safe_load((RESOURCES / "playbooks" / "late_delivery.yaml").read_text(encoding="utf-8"))
    keys = [s["key"] for s in shipped["steps"]]
    assert form.key.text() == "late_delivery"
    assert form.title.edits["es"].text() == shipped["title"]["es"]
    assert form.step_list.count() == len(keys)
    assert form.step_title.edits["en"].text() == shipped["steps"][0]["title"]["en"]
    assert form.requires.currentData() == shipped["steps"][0]["requires"]

    # The second step goes first; a new step is added after it, filled in, and the last one removed.
    form.step_list.setCurrentRow(1)
    qtbot.mouseClick(form.up_button, Qt.MouseButton.LeftButton)
    assert form.step_list.currentRow() == 0
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.step_list.currentRow() == 1
    form.step_key.setText("call_back")
    form.step_title.edits["en"].setText("Call them back")
    form.step_title.edits["es"].setText("Llámale")
    form.step_guidance.edits["en"].setPlainText("Phone the customer the same day.")
    form.requires.setCurrentIndex(form.requires.findData("followup"))
    form.within.setValue(120)
    assert not editor.save_button.isEnabled() or editor._timer.isActive()  # Spanish guidance still missing
    editor.validate()
    assert not editor.save_button.isEnabled()
    assert any("call_back.guidance (es) must be a non-empty text" in editor.problems.item(i).text()
               for i in range(editor.problems.count()))
    form.step_guidance.edits["es"].setPlainText("Llama al cliente el mismo día.")
    form.step_list.setCurrentRow(form.step_list.count() - 1)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    editor.validate()
    assert editor.save_button.isEnabled(), [editor.problems.item(i).text() for i in range(editor.problems.count())]

    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved_text = (tmp_path / "playbooks" / "late_delivery.yaml").read_text(encoding="utf-8")
    saved = yaml.safe_load(saved_text)
    expected = [keys[1], "call_back", keys[0], *keys[2:-1]]  # added after the step selected
    assert [s["key"] for s in saved["steps"]] == expected
    added = saved["steps"][1]
    assert added == {"key": "call_back", "title": {"en": "Call them back", "es": "Llámale"},
                     "guidance": {"en": "Phone the customer the same day.", "es": "Llama al cliente el mismo día."},
                     "requires": "followup", "within_minutes": 120}
    assert saved["targets"] == shipped["targets"] and saved["when"] == shipped["when"]  # untouched, kept
    assert saved_text.startswith("# Playbook:")  # the file's header comment kept
    library = playbooks.load(tmp_path)
    assert [s.key for s in library.get("late_delivery").steps] == expected


def test_raw_yaml_stays_as_the_advanced_tab(qtbot: QtBot, tasks: Tasks, tmp_path: Path) -> None:
    editor = _editor(qtbot, tasks, tmp_path, "going_public")
    editor.tabs.setCurrentWidget(editor.editor)
    editor.editor.setPlainText(editor.editor.toPlainText().replace("key: going_public", "key: going_public\n  bad: ["))
    editor.tabs.setCurrentIndex(0)
    assert not editor.form.isEnabled() and editor.form_problem.isVisible()
    editor.validate()
    assert not editor.save_button.isEnabled()
    editor.tabs.setCurrentWidget(editor.editor)
    editor.editor.setPlainText(editor.editor.toPlainText().replace("key: going_public\n  bad: [", "key: going_public"))
    editor.tabs.setCurrentIndex(0)
    assert editor.form.isEnabled() and editor.form.key.text() == "going_public"
    # Saved unchanged from the form: the shipped file, byte for byte.
    editor.validate()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "playbooks" / "going_public.yaml").read_bytes() == \
        (RESOURCES / "playbooks" / "going_public.yaml").read_bytes()



def test_the_playbook_list_is_in_the_windows_language(qtbot: QtBot, tasks: Tasks, tmp_path: Path,
                                                      spanish: None) -> None:  # noqa: F811
    editor = _editor(qtbot, tasks, tmp_path, "billing_error")
    titles = [editor.chooser.itemText(i) for i in range(editor.chooser.count())]
    title = yaml.safe_load((RESOURCES / "playbooks" / "billing_error.yaml").read_text(encoding="utf-8"))["title"]
    assert f"{title['es']} (billing_error)" in titles, titles
    assert f"{title['en']} (billing_error)" not in titles
