"""Help → About: the version, what Airgap is, and the licences (models and third-party
packages, generated from installed metadata by airgap.licenses) in a scrollable view."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from airgap import __version__, licenses


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Airgap"))
        heading = QLabel(f"<b>Airgap</b> {__version__}", self)
        heading.setObjectName("aboutVersion")
        summary = QLabel(
            self.tr(
                "Airgap — an offline AI assistant.\n\nModels run on this computer; your "
                "conversations are stored here, encrypted, and never leave it."
            ),
            self,
        )
        summary.setWordWrap(True)
        notices_label = QLabel(self.tr("Licences and third-party notices"), self)
        self.notices = QPlainTextEdit(self)
        self.notices.setObjectName("aboutNotices")
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setPlainText(licenses.notices_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(notices_label)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(600, 520)
