"""The conversation's system prompt, with a few presets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from airgap.text import clean_text


class SystemPromptDialog(QDialog):
    """The conversation's system prompt, with a few presets."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("systemPromptDialog")
        self.presets = QComboBox(self)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.presets)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.setWindowTitle(self.tr("System Prompt"))
        self._texts = [
            (self.tr("Presets…"), ""),
            (self.tr("Concise"), self.tr("Answer briefly and precisely.")),
            (
                self.tr("Translator"),
                self.tr(
                    "You are a careful translator between English, Chinese, Japanese and "
                    "Korean. Keep the meaning and the tone; explain idioms briefly."
                ),
            ),
            (
                self.tr("Programmer"),
                self.tr(
                    "You are an expert programmer. Answer with working code and short explanations."
                ),
            ),
        ]
        for name, _ in self._texts:
            self.presets.addItem(name)
        self.presets.activated.connect(self._preset)
        self.edit.setAccessibleName(self.tr("System Prompt"))

    def _preset(self, index: int) -> None:
        if index > 0:
            self.edit.setPlainText(self._texts[index][1])

    def text(self) -> str:
        # An input boundary: a pasted NUL or lone surrogate would break the tokenizer/store.
        return clean_text(self.edit.toPlainText()).strip()
