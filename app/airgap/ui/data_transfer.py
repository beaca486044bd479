"""File → Import Conversations…, Export All Conversations… and Back Up Database…: the file
dialogs, the busy indicator and the messages.

The work itself runs on the store thread (History.import_file / export / backup, reached
through the window's store calls tagged "data-…"); nothing here waits for it or is touched
from that thread: an import's progress comes back as a queued signal, and its Cancel sets a
CancelToken the store thread reads between conversations.

An import keeps whole conversations: cancelled, or stopped by a damaged conversation, it
keeps those imported before and says how many (importing the file again adds the rest, the
ones already here are skipped); a file that cannot be read at all imports nothing. Exports
and backups are written under a temporary name and renamed, so a full disk leaves no
partial file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressBar, QToolButton

from airgap.engine.api import CancelToken
from airgap.ui.history import ImportResult

if TYPE_CHECKING:
    from airgap.ui.main_window import MainWindow

STATUS_MS = 10_000


class DataTransfer(QObject):
    """The three File-menu actions that move whole conversation histories in and out."""

    progressed = Signal(int, int)  # emitted on the store thread: conversations done, of total

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
        self.cancel_button = QToolButton(window)  # shown while an import runs
        self.cancel_button.setObjectName("dataCancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.cancel_button)
        self.progressed.connect(self._on_progress)
        self._cancel: CancelToken | None = None  # the running import's
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
        if not path or self.busy:
            return
        self._cancel = CancelToken()
        # The callback runs on the store thread: it only emits (queued to this thread).
        args = (path, self.progressed.emit, self._cancel)
        self._start(self.tr("Importing conversations…"), "data-import", "import_file", *args)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def shutdown(self) -> None:
        """The window closes: a running import stops after the conversation it is writing,
        so closing the store does not wait for the rest of a big file."""
        if self._cancel is not None:
            self._cancel.cancel()

    def cancel_import(self) -> None:
        """Stop the running import after the conversation it is writing (those kept)."""
        if self._cancel is None or self._cancel.cancelled:
            return
        self._cancel.cancel()
        self.cancel_button.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Cancelling…"))

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
        if not busy:
            self.indicator.setRange(0, 0)  # busy without a count until the next progress
            self.cancel_button.hide()
            self._cancel = None
        for act in (self.act_import, self.act_export_all, self.act_backup):
            act.setEnabled(not busy)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel is None or self._cancel.cancelled:
            return  # finished, or "Cancelling…" stays until the store thread stops
        self.indicator.setRange(0, max(total, 1))
        self.indicator.setValue(done)
        text = self.tr("Importing conversations… %1 of %2")
        self.window.statusBar().showMessage(text.replace("%1", str(done)).replace("%2", str(total)))

    def _import_result(self, r: ImportResult) -> None:
        # Plural-aware pieces (Qt numerus forms): "1 conversation", "12 messages".
        counts = self.tr(", %n message(s).", "", r.messages)
        skipped = " " + self.tr("%n already here were skipped.", "", r.skipped) if r.skipped else ""
        if r.conversations:
            self.window._refresh_list()
        if r.failure:  # a damaged conversation (or a full disk) stopped it part way
            if r.conversations:
                title = self.tr("The import stopped part way")
                text = (
                    f"{r.failure}\n\n"
                    + self.tr("Imported %n conversation(s) before it", "", r.conversations)
                    + counts
                    + skipped
                    + " "
                    + self.tr(
                        "Those are kept; once the problem is fixed, importing the file again "
                        "adds the rest."
                    )
                )
            else:
                title, text = self.tr("Nothing was imported"), r.failure + skipped
            self.last_message = text
            self.window.statusBar().clearMessage()
            self.window._notify(title, text)
            return
        if r.cancelled and r.conversations:
            text = (
                self.tr("Import cancelled after %n conversation(s)", "", r.conversations)
                + counts
                + skipped
                + " "
                + self.tr("Those are kept; importing the file again adds the rest.")
            )
        elif r.cancelled:
            text = self.tr("Import cancelled; nothing was imported.") + skipped
        else:
            text = self.tr("Imported %n conversation(s)", "", r.conversations) + counts + skipped
        self.last_message = text
        self.window.statusBar().showMessage(text, STATUS_MS)

    def store_result(self, tag: str, value: object) -> None:
        self._set_busy(False)
        if tag == "data-import":
            assert isinstance(value, ImportResult)
            self._import_result(value)
            return
        if tag == "data-export":
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
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop importing; the conversations imported so far are kept")
        )
