"""First run: the welcome is shown on an empty data folder, never again once done, and its
language choice applies to the whole window at once."""

from __future__ import annotations

import pytest
from airgap.ui import settings as settings_mod
from airgap.ui.download_dialog import CatalogDialog
from airgap.ui.welcome import WelcomeDialog, model_choices
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from qt_fakes import WindowFactory


def test_shown_on_an_empty_data_folder_and_not_on_the_second_start(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(settings=settings_mod.load())  # empty AIRGAP_HOME: defaults
    dialog = window.maybe_show_welcome()
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    dialog.done(QDialog.DialogCode.Rejected)  # "Skip" counts as done
    assert window.welcome is None
    again = settings_mod.load()
    assert again.welcome_done
    second = make_window(settings=again)
    assert second.maybe_show_welcome() is None


def test_language_choice_applies_immediately(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    dialog = window.maybe_show_welcome()
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert window.file_menu.title() == "ファイル(&F)"
    assert dialog.start_button.text() == "開始"
    assert settings_mod.load().language == "ja"
    window.set_language("en", save=False)
    assert dialog.start_button.text() == "Start"


def test_recovery_key_must_be_confirmed_before_start(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("en", lambda _code: None, choices=[])
    qtbot.addWidget(dialog)
    dialog.show_recovery_key("ABCD-EFGH")
    assert dialog.key.text() == "ABCD-EFGH"
    assert not dialog.start_button.isEnabled()
    dialog.wrote_it_down.setChecked(True)
    assert dialog.start_button.isEnabled()


def test_models_come_from_the_catalog_with_their_fit_and_download_command(
    qtbot: QtBot,
) -> None:
    choices = model_choices()
    assert choices, "the packaged catalog lists downloadable models"
    dialog = WelcomeDialog("en", lambda _code: None, choices=choices)
    qtbot.addWidget(dialog)
    assert dialog.models.count() == len(choices) + 1  # + the built-in model
    assert "nothing to download" in dialog.command.text()
    dialog.models.setCurrentRow(1)
    assert f"airgap download {choices[0].model_id}" in dialog.command.text()


@pytest.mark.parametrize("kind", ["welcome", "download menu"])
def test_long_model_rows_wrap_instead_of_scrolling_sideways(qtbot: QtBot, kind: str) -> None:
    choices = model_choices()
    dialog: WelcomeDialog | CatalogDialog = (
        WelcomeDialog("en", lambda _code: None, choices=choices)
        if kind == "welcome"
        else CatalogDialog(choices=choices)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(480, dialog.height())  # narrower than the longest row
    qtbot.wait(50)
    assert dialog.models.horizontalScrollBar().maximum() == 0
    rows = dialog.models.count()
    longest = max(range(rows), key=lambda i: len(dialog.models.item(i).text()))
    shortest = min(range(rows), key=lambda i: len(dialog.models.item(i).text()))
    one_line = dialog.models.visualItemRect(dialog.models.item(shortest)).height()
    assert dialog.models.visualItemRect(dialog.models.item(longest)).height() > one_line
