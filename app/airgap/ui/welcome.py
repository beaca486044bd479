"""The first-run welcome: language, what this computer can run, what "offline" means, and the
recovery key to write down. Shown until it is finished or skipped once (Settings.welcome_done).

Everything here is local: the catalog is a file in the package and the fit is computed from
this machine's memory and free disk (airgap.downloads.catalog / hardware), never the network.
A picked model is downloaded with the Download button (a progress dialog over the downloader
process, ui/download_dialog.py) or the command shown; the built-in model needs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from airgap import paths
from airgap.ui.i18n import LANGUAGES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelChoice:
    """One catalog model and how it fits this machine."""

    model_id: str
    name: str
    size_gb: float
    fit: str  # airgap.downloads.hardware.Fit value
    disk_ok: bool


def model_choices() -> list[ModelChoice]:
    """The catalog's downloadable models with their fit here (empty if the catalog is broken)."""
    from airgap.downloads import catalog, hardware

    try:
        entries = catalog.load()
        machine = hardware.machine(paths.models_dir())
    except Exception:  # a damaged catalog must not stop the first run
        log.exception("the model catalog could not be read")
        return []
    found = []
    for entry in entries:
        if not entry.downloadable:
            continue
        verdict = hardware.assess(entry, machine)
        found.append(
            ModelChoice(
                entry.id, entry.name, entry.total_bytes / 1e9, verdict.fit.value, verdict.disk_ok
            )
        )
    return found


def model_list(parent: QWidget, name: str) -> QListWidget:
    """A list of catalog rows (the welcome and the download menu) that wraps its long rows
    (name · size · fit · disk) rather than scrolling sideways."""
    models = QListWidget(parent)
    models.setObjectName(name)
    models.setWordWrap(True)
    models.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    models.setResizeMode(QListView.ResizeMode.Adjust)
    return models


def choice_text(choice: ModelChoice) -> str:
    """One catalog row: name, size and how it fits here (the welcome and the download menu).

    Literal translate() calls in the WelcomeDialog context, so that lupdate still finds them.
    """
    translate = QCoreApplication.translate
    if choice.fit == "resident":
        fit = translate("WelcomeDialog", "runs well here")
    elif choice.fit == "streams experts":
        fit = translate("WelcomeDialog", "runs here, slower (streams from disk)")
    else:
        fit = translate("WelcomeDialog", "too large for this computer")
    if not choice.disk_ok:
        fit += " · " + translate("WelcomeDialog", "not enough free disk")
    size = translate("WelcomeDialog", "%1 GB").replace("%1", f"{choice.size_gb:.1f}")
    return f"{choice.name} · {size} · {fit}"


class WelcomeDialog(QDialog):
    """Finish or skip: either way it is not shown again."""

    installed = Signal(str)  # a model downloaded from here

    def __init__(
        self,
        language: str,
        on_language: Callable[[str], None],
        parent: QWidget | None = None,
        choices: list[ModelChoice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._on_language = on_language
        self.choices = model_choices() if choices is None else choices
        self.recovery_key = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("welcomeLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.offline_text = QLabel(self)
        self.offline_text.setWordWrap(True)
        self.models_label = QLabel(self)
        self.models = model_list(self, "welcomeModels")
        self.models.currentRowChanged.connect(self._model_picked)
        self.command = QLabel(self)
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.download_button = QPushButton(self)
        self.download_button.setObjectName("welcomeDownload")
        self.download_button.clicked.connect(self.download_selected)
        self.download_dialog: QDialog | None = None
        self.key_label = QLabel(self)
        self.key_label.setWordWrap(True)
        self.key = QLabel(self)
        self.key.setObjectName("welcomeRecoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("font-family: monospace;")
        self.wrote_it_down = QCheckBox(self)
        self.wrote_it_down.setObjectName("welcomeWroteItDown")
        self.wrote_it_down.toggled.connect(self._update_buttons)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("welcomeSkip")
        self.skip_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.offline_text)
        layout.addWidget(self.models_label)
        layout.addWidget(self.models, 1)
        command_row = QHBoxLayout()
        command_row.addWidget(self.command, 1)
        command_row.addWidget(self.download_button)
        layout.addLayout(command_row)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key)
        layout.addWidget(self.wrote_it_down)
        layout.addLayout(buttons)
        self.resize(640, 600)
        self.show_recovery_key("")
        self.retranslate()

    # -- reactions ---------------------------------------------------------------------------
    def _language_picked(self, index: int) -> None:
        self._on_language(str(self.language.itemData(index)))  # retranslates us too

    def _model_picked(self, row: int) -> None:
        self._show_command(row)

    def download_selected(self) -> QDialog | None:
        """The picked catalog model's download, in a progress dialog (None: nothing to get)."""
        from airgap.ui.download_dialog import start_download

        row = self.models.currentRow()
        if not 0 < row <= len(self.choices):
            return None
        self.download_dialog = start_download(self, self.choices[row - 1], self.installed)
        return self.download_dialog

    def _show_command(self, row: int) -> None:
        self.download_button.setVisible(0 < row <= len(self.choices))
        if 0 < row <= len(self.choices):
            model_id = self.choices[row - 1].model_id
            self.command.setText(
                self.tr("To download it, run in Terminal:  airgap download %1").replace(
                    "%1", model_id
                )
            )
        else:
            self.command.setText(self.tr("The built-in model is ready; nothing to download."))

    def show_recovery_key(self, key: str) -> None:
        """The store's recovery key ("" = none: an unencrypted or unopened store)."""
        self.recovery_key = key
        self.key.setText(key)
        for widget in (self.key_label, self.key, self.wrote_it_down):
            widget.setVisible(bool(key))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(not self.recovery_key or self.wrote_it_down.isChecked())

    # -- text --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Airgap"))
        self.heading.setText(self.tr("Welcome to Airgap"))
        self.language_label.setText(self.tr("Language"))
        self.offline_text.setText(
            self.tr(
                "Airgap never connects to the internet: models run on this computer and your "
                "conversations are stored here, encrypted. Only downloading a model, which you "
                "start yourself, uses the network."
            )
        )
        self.models_label.setText(self.tr("Models this computer can run"))
        row = max(0, self.models.currentRow())
        self.models.blockSignals(True)
        self.models.clear()
        self.models.addItem(QListWidgetItem(self.tr("Built-in (SmolLM2 135M) · ready now")))
        for choice in self.choices:
            self.models.addItem(choice_text(choice))
        self.models.setCurrentRow(row)
        self.models.blockSignals(False)
        self._show_command(row)
        self.key_label.setText(
            self.tr(
                "Your recovery key opens your conversations if this computer's keychain loses "
                "Airgap's key. Write it down and keep it safe; it is shown only now and in "
                "Settings."
            )
        )
        self.wrote_it_down.setText(self.tr("I wrote it down"))
        self.download_button.setText(self.tr("Download"))
        self.skip_button.setText(self.tr("Skip"))
        self.start_button.setText(self.tr("Start"))
