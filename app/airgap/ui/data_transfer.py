"""File → Import Conversations…, Export All Conversations… and Back Up Database…: the file
dialogs, the busy indicator and the messages.

The work itself runs on the store thread (History.import_file / export / backup, reached
through the window's store calls tagged "data-…"); nothing here waits for it or is touched
from that thread. An import is all or nothing; exports and backups are written under a
temporary name and renamed, so a full disk leaves no partial file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressBar

if TYPE_CHECKING:
    from airgap.ui.main_window import MainWindow

STATUS_MS = 10_000


class DataTransfer(QObject):
    """The three File-menu actions that move whole conversation histories in and out."""

    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.act_import = QAction(window)
        self.act_export_all = QAction(window)
        self.act_backup = QAction(window)
        self.act_import.triggered.connect(lambda: self.import_conversations())
        self.act_export_all.triggered.connect(lambda: self.export_all())
        self.act_backup.triggered.connect(lambda: self.back_up())
        menu.insertActions(before, [self.act_import, self.act_export_all, self.act_backup])
        self.indicator = QProgressBar(window)  # busy while the store thread works
        self.indicator.setObjectName("dataBusy")
        self.indicator.setRange(0, 0)
        self.indicator.setTextVisible(False)
        self.indicator.setMaximumWidth(100)
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self.busy = False
        self.last_message = ""  # the last result or failure shown (tests read it)
        self.retranslate()

    # -- the actions (a path skips the file dialog) ------------------------------------
    def import_conversations(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import Conversations"),
                str(Path.home()),
                self.tr("Airgap or ChatGPT export (*.json *.zip);;All files (*)"),
            )
        if path:
            self._start(self.tr("Importing conversations…"), "data-import", "import_file", path)

    def export_all(self, path: str | None = None, fmt: str | None = None) -> None:
        json_filter = self.tr("JSON, everything, re-importable (*.json)")
        markdown = self.tr("Markdown, readable (*.md)")
        if path is None:
            name = self.tr("Airgap conversations") + f" {dt.date.today().isoformat()}.json"
            path, chosen = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export All Conversations"),
                str(Path.home() / name),
                f"{json_filter};;{markdown}",
            )
            if chosen == markdown and fmt is None:
                fmt = "markdown"
        if not path:
            return
        if fmt is None:
            fmt = "markdown" if path.endswith(".md") else "json"
        self._start(
            self.tr("Exporting all conversations…"), "data-export", "export", None, path, fmt
        )

    def back_up(self, path: str | None = None) -> None:
        if path is None:
            name = f"airgap-backup-{dt.date.today().isoformat()}.db"
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back Up Database (opens only with this key or your recovery key)"),
                str(Path.home() / name),
                self.tr("Encrypted database (*.db)"),
            )
        if path:
            self._start(self.tr("Backing up the database…"), "data-backup", "backup", path)

    # -- the store thread's answers (on the GUI thread) --------------------------------
    def _start(self, message: str, tag: str, method: str, *args: object) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.window.statusBar().showMessage(message)
        self.window._store(tag, method, *args)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.indicator.setVisible(busy)
        for act in (self.act_import, self.act_export_all, self.act_backup):
            act.setEnabled(not busy)

    def store_result(self, tag: str, value: object) -> None:
        self._set_busy(False)
        if tag == "data-import":
            assert isinstance(value, tuple)
            conversations, messages, skipped = value
            # Two plural-aware pieces (Qt numerus forms): "1 conversation", "12 messages".
            text = self.tr("Imported %n conversation(s)", "", conversations) + self.tr(
                ", %n message(s).", "", messages
            )
            if skipped:
                text += " " + self.tr("%n already here were skipped.", "", skipped)
            self.window._refresh_list()
        elif tag == "data-export":
            text = self.tr("Exported all conversations to %1").replace("%1", str(value))
        else:
            text = self.tr(
                "Backed up to %1. It opens only with this data folder's key or your recovery key."
            ).replace("%1", str(value))
        self.last_message = text
        self.window.statusBar().showMessage(text, STATUS_MS)

    def store_failed(self, tag: str, message: str) -> None:
        self._set_busy(False)
        self.window.statusBar().clearMessage()
        title = {
            "data-import": self.tr("Nothing was imported"),
            "data-export": self.tr("The export failed"),
        }.get(tag, self.tr("The backup failed"))
        self.last_message = message
        self.window._notify(title, message)

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("Import Conversations…"))
        self.act_export_all.setText(self.tr("Export All Conversations…"))
        self.act_backup.setText(self.tr("Back Up Database…"))
