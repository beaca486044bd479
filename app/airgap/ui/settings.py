"""User settings: the dataclass, its JSON file (paths.settings_path()) and the dialog.

Values are validated with messages the user can act on; a damaged settings file is set
aside (settings.json.bad) and the defaults are used, never a crash at start.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from airgap import paths
from airgap.engine.api import InvalidSettings, SamplingSettings
from airgap.ui.i18n import LANGUAGES

log = logging.getLogger(__name__)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass
class Settings:
    language: str = ""  # "" follows the system
    font_size: int = 13
    theme: Theme = Theme.SYSTEM
    default_model: str = ""  # a folder under models/, "" = the embedded default model
    thinking: bool = False
    temperature: float = 0.7
    top_p: float = 0.8
    top_k: int = 20
    max_tokens: int = 2048
    expert_memory_gb: float = 0.0  # 0: decided from the Mac's memory
    expert_k: int = 0  # 0: the model's trained number of experts
    window_geometry: str = ""
    splitter_state: str = ""
    welcome_done: bool = False  # the first-run welcome was finished or skipped
    translate_project: str = ""  # the Translate page's last project ("" = none)

    def sampling(self) -> SamplingSettings:
        return SamplingSettings(
            temperature=self.temperature,
            top_p=self.top_p,
            top_k=self.top_k,
            max_tokens=self.max_tokens,
        )

    def problems(self) -> list[str]:
        """Everything wrong with these values, as messages for the user (empty: all fine)."""
        found: list[str] = []
        if self.language and self.language not in LANGUAGES:
            found.append(QCoreApplication.translate("Settings", "Unknown language."))
        if not 9 <= self.font_size <= 28:
            found.append(
                QCoreApplication.translate("Settings", "Font size must be between 9 and 28 points.")
            )
        try:
            self.sampling().validate()
        except InvalidSettings:
            found.append(
                QCoreApplication.translate(
                    "Settings",
                    "Sampling values are out of range: temperature 0–5, top-p above 0 and at "
                    "most 1, top-k 0 or more, max tokens at least 1.",
                )
            )
        if self.expert_memory_gb < 0:
            found.append(
                QCoreApplication.translate(
                    "Settings", "The expert memory budget cannot be negative."
                )
            )
        if self.expert_k != 0 and self.expert_k < 4:
            found.append(
                QCoreApplication.translate(
                    "Settings",
                    "Experts per token must be at least 4 (fewer makes answers collapse), or "
                    "0 for the model's own number.",
                )
            )
        return found


def load(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file %s is damaged; using defaults", path)
        path.replace(path.with_suffix(".json.bad"))
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        settings = Settings(**values)
        settings.theme = Theme(settings.theme)
    except (TypeError, ValueError):
        log.warning("settings file %s has bad values; using defaults", path)
        return Settings()
    if settings.problems():
        log.warning("settings file %s has out-of-range values; using defaults", path)
        return Settings()
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash never leaves a half-written settings file."""
    path = path or paths.settings_path()
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def installed_models() -> list[str]:
    """Model folders under the models directory (each with a config.json)."""
    root = paths.models_dir()
    return sorted(p.name for p in root.iterdir() if (p / "config.json").is_file())


class SettingsDialog(QDialog):
    """Preferences (⌘,). Emits `recovery_key_requested` for the store to answer."""

    recovery_key_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.result_settings: Settings | None = None
        self._base = settings
        self.tabs = QTabWidget(self)

        general = QWidget()
        g = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.font_size = QSpinBox()
        self.font_size.setRange(6, 40)
        self.theme = QComboBox()
        for theme in Theme:
            self.theme.addItem("", theme.value)
        self.data_dir = QLineEdit(str(paths.data_dir()))
        self.data_dir.setReadOnly(True)
        self.show_data = QPushButton()
        self.show_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
        )
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(self.show_data)
        self.recovery = QPushButton()
        self.recovery.setObjectName("recoveryKeyButton")
        self.recovery.clicked.connect(self.recovery_key_requested)
        self.labels: dict[str, QLabel] = {}
        self._row(g, "language", self.language)
        self._row(g, "font_size", self.font_size)
        self._row(g, "theme", self.theme)
        self._row(g, "data_dir", data_row)
        self._row(g, "recovery", self.recovery)

        model = QWidget()
        m = QFormLayout(model)
        self.default_model = QComboBox()
        self.default_model.addItem("", "")
        for name in installed_models():
            self.default_model.addItem(name, name)
        self.thinking = QCheckBox()
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(-1, 10)
        self.temperature.setSingleStep(0.05)
        self.top_p = QDoubleSpinBox()
        self.top_p.setRange(-1, 2)
        self.top_p.setSingleStep(0.05)
        self.top_k = QSpinBox()
        self.top_k.setRange(-1, 1000)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(0, 1_000_000)
        self.expert_memory = QDoubleSpinBox()
        self.expert_memory.setRange(-1, 1024)
        self.expert_memory.setSuffix(" GB")
        self.expert_k = QSpinBox()
        self.expert_k.setRange(0, 64)
        for key, widget in (
            ("default_model", self.default_model),
            ("thinking", self.thinking),
            ("temperature", self.temperature),
            ("top_p", self.top_p),
            ("top_k", self.top_k),
            ("max_tokens", self.max_tokens),
            ("expert_memory", self.expert_memory),
            ("expert_k", self.expert_k),
        ):
            self._row(m, key, widget)

        self.tabs.addTab(general, "")
        self.tabs.addTab(model, "")
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill(settings)
        self.retranslate()

    def _row(self, form: QFormLayout, key: str, field: QWidget | QHBoxLayout) -> None:
        label = QLabel()
        self.labels[key] = label
        form.addRow(label, field)

    def _fill(self, s: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.font_size.setValue(s.font_size)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme.value)))
        self.default_model.setCurrentIndex(max(0, self.default_model.findData(s.default_model)))
        self.thinking.setChecked(s.thinking)
        self.temperature.setValue(s.temperature)
        self.top_p.setValue(s.top_p)
        self.top_k.setValue(s.top_k)
        self.max_tokens.setValue(s.max_tokens)
        self.expert_memory.setValue(s.expert_memory_gb)
        self.expert_k.setValue(s.expert_k)

    def values(self) -> Settings:
        s = Settings(**asdict(self._base))
        s.language = str(self.language.currentData())
        s.font_size = self.font_size.value()
        s.theme = Theme(str(self.theme.currentData()))
        s.default_model = str(self.default_model.currentData())
        s.thinking = self.thinking.isChecked()
        s.temperature = round(self.temperature.value(), 3)
        s.top_p = round(self.top_p.value(), 3)
        s.top_k = self.top_k.value()
        s.max_tokens = self.max_tokens.value()
        s.expert_memory_gb = self.expert_memory.value()
        s.expert_k = self.expert_k.value()
        return s

    def accept(self) -> None:
        settings = self.values()
        problems = settings.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.result_settings = settings
        super().accept()

    def show_recovery_key(self, key: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Recovery key"),
            self.tr(
                "Write this key down and keep it somewhere safe. It opens your conversations "
                "if the keychain entry is ever lost.\n\n%1"
            ).replace("%1", key),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Model"))
        texts = {
            "language": self.tr("Language:"),
            "font_size": self.tr("Font size:"),
            "theme": self.tr("Appearance:"),
            "data_dir": self.tr("Data folder:"),
            "recovery": self.tr("Encryption:"),
            "default_model": self.tr("Default model:"),
            "thinking": self.tr("Thinking:"),
            "temperature": self.tr("Temperature:"),
            "top_p": self.tr("Top-p:"),
            "top_k": self.tr("Top-k:"),
            "max_tokens": self.tr("Max answer tokens:"),
            "expert_memory": self.tr("Expert memory budget:"),
            "expert_k": self.tr("Experts per token:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.language.setItemText(0, self.tr("System language"))
        for index, text in enumerate((self.tr("Follow system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(index, text)
        self.default_model.setItemText(0, self.tr("Built-in (SmolLM2 135M)"))
        self.thinking.setText(self.tr("Think before answering (when the model can)"))
        self.expert_memory.setSpecialValueText(self.tr("Automatic"))
        self.expert_k.setSpecialValueText(self.tr("Model default"))
        self.show_data.setText(self.tr("Show"))
        self.recovery.setText(self.tr("Show recovery key…"))
        self.data_dir.setToolTip(
            self.tr("Set AIRGAP_HOME before starting Airgap to use another folder.")
        )
