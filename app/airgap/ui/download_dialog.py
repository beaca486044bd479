"""The window's model download: a progress dialog over the downloader process, and the
catalog picker behind File → Download Model….

The network stays out of this process: the dialog runs `python -m airgap.downloads` (the
command from airgap.downloads.commands) as a QProcess and reads its JSON-lines progress.
Cancel sends the process SIGTERM, which it treats like Ctrl-C: the partial files stay, so
downloading the same model again resumes.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QEvent, QProcess, QProcessEnvironment, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from airgap.downloads.commands import downloader_command, downloader_env
from airgap.downloads.errors import DownloadsError
from airgap.downloads.progress import Event, Kind, parse_line
from airgap.ui.error_messages import user_message
from airgap.ui.welcome import ModelChoice, choice_text, model_choices, model_list

log = logging.getLogger(__name__)

# The downloader's exit codes (airgap.downloads.errors).
EXIT_VERIFICATION, EXIT_DISK, EXIT_NETWORK, EXIT_CANCELLED = 3, 4, 5, 130


class State(StrEnum):
    RUNNING = "running"
    INSTALLED = "installed"
    FAILED = "failed"
    CANCELLED = "cancelled"


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} TB"


def _duration(seconds: float) -> str:
    minutes, s = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{s:02d}"


class DownloadDialog(QDialog):
    """Downloads one model in the downloader process; `installed(model_id)` when it is in."""

    installed = Signal(str)
    ended = Signal(str)  # a State value, whatever the outcome

    def __init__(self, model_id: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadDialog")
        self.model_id = model_id
        self.name = name or model_id
        self.state = State.RUNNING
        self.last: Event | None = None
        self._buffer = b""
        self._stderr = b""
        self._cancel_requested = False

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("downloadFile")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("downloadProgress")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bytes_label = QLabel(self)
        self.bytes_label.setObjectName("downloadBytes")
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("downloadRate")
        self.status = QLabel(self)
        self.status.setObjectName("downloadStatus")
        self.status.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("downloadDetail")
        self.detail.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("downloadCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("downloadClose")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setEnabled(False)

        numbers = QHBoxLayout()
        numbers.addWidget(self.bytes_label, 1)
        numbers.addWidget(self.rate_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_label)
        layout.addWidget(self.bar)
        layout.addLayout(numbers)
        layout.addWidget(self.status)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.resize(520, 240)

        self.process = QProcess(self)
        self.process.readyReadStandardOutput.connect(self._read_stdout)
        self.process.readyReadStandardError.connect(self._read_stderr)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_process_error)
        self.retranslate()

    # -- the process -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the downloader (the app's environment minus the offline flags)."""
        env = QProcessEnvironment()
        for key, value in downloader_env().items():
            env.insert(key, value)
        self.process.setProcessEnvironment(env)
        program, *args = downloader_command(self.model_id)
        self.state = State.RUNNING
        self.status.setText(self.tr("Connecting…"))
        self.process.start(program, args)

    def cancel(self) -> None:
        """Ask the downloader to stop; it keeps the partial files for a later resume."""
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self._cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))
        self.process.terminate()  # SIGTERM: the downloader cancels as for Ctrl-C

    def _read_stdout(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            event = parse_line(line.decode("utf-8", "replace"))
            if event is not None:
                self._on_event(event)

    def _read_stderr(self) -> None:
        # Only kept for the log if the process dies without saying why.
        self._stderr = (self._stderr + bytes(self.process.readAllStandardError().data()))[-4000:]

    def _on_event(self, event: Event) -> None:
        self.last = event
        if event.kind in (Kind.START, Kind.PROGRESS, Kind.DONE, Kind.FILE, Kind.VERIFY):
            self._show_progress(event)
        if event.kind is Kind.FILE:
            self.status.setText(self.tr("Downloading…"))
        elif event.kind is Kind.VERIFY:
            self.status.setText(self.tr("Verifying %1…").replace("%1", event.file))
        elif event.kind is Kind.RETRY:
            self.status.setText(
                self.tr("Connection problem, retrying: %1").replace("%1", self.explain(event))
            )

    def _show_progress(self, event: Event) -> None:
        total = max(event.bytes_total, 1)
        self.bar.setValue(min(100, event.bytes_done * 100 // total))
        if event.file:
            self.file_label.setText(self.tr("File: %1").replace("%1", event.file))
        self.bytes_label.setText(
            self.tr("%1 of %2")
            .replace("%1", _size(event.bytes_done))
            .replace("%2", _size(event.bytes_total))
        )
        rate = self.tr("%1/s").replace("%1", _size(event.rate))
        if event.eta_s is not None:
            rate += " · " + self.tr("%1 left").replace("%1", _duration(event.eta_s))
        self.rate_label.setText(rate)

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read_stdout()
        last = self.last
        if code == 0 and last is not None and last.kind is Kind.DONE:
            self.state = State.INSTALLED
            self.bar.setValue(100)
            self.status.setText(self.tr("%1 is installed and verified.").replace("%1", self.name))
            self.detail.setText(last.path)
        elif self._cancel_requested or code == EXIT_CANCELLED:
            self.state = State.CANCELLED
            self.status.setText(
                self.tr(
                    "Download cancelled. What was downloaded is kept: download %1 again to "
                    "resume where it stopped."
                ).replace("%1", self.name)
            )
            self.detail.setText("")
        else:
            self.state = State.FAILED
            self.status.setText(self._failure_headline(code))
            message = self.explain(last) if last is not None and last.kind is Kind.ERROR else ""
            if not message:
                log.warning(
                    "downloader exited %s: %s", code, self._stderr.decode("utf-8", "replace")
                )
                message = self.tr("The downloader stopped unexpectedly (exit code %1).").replace(
                    "%1", str(code)
                )
            self.detail.setText(message)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        if self.state is State.INSTALLED:
            self.installed.emit(last.model if last is not None and last.model else self.model_id)
        self.ended.emit(self.state.value)

    def explain(self, event: Event) -> str:
        """The downloader's message in the window's language (its English text when the
        message is not one this version knows)."""
        return user_message(DownloadsError.received(event.code, event.details, event.message))

    def _failure_headline(self, code: int) -> str:
        if code == EXIT_DISK:
            return self.tr("Not enough disk space: nothing was downloaded.")
        if code == EXIT_VERIFICATION:
            return self.tr("The download failed verification: the model was not installed.")
        if code == EXIT_NETWORK:
            return self.tr(
                "The network connection failed. What was downloaded is kept: try again to resume."
            )
        return self.tr("The download failed.")

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self.state = State.FAILED
            self.status.setText(self.tr("The downloader could not be started."))
            self.detail.setText(self.process.errorString())
            self.cancel_button.setEnabled(False)
            self.close_button.setEnabled(True)
            self.ended.emit(self.state.value)

    # -- closing -----------------------------------------------------------------------------
    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def stop_for_quit(self, wait_ms: int = 5000) -> None:
        """The app is quitting: stop the downloader as Cancel does (SIGTERM; it keeps the
        partial files for a resume) and wait for it, killing it only if it hangs."""
        if not self.running():
            return
        self._cancel_requested = True
        self.process.terminate()
        if not self.process.waitForFinished(wait_ms):
            log.warning("the downloader did not stop in %d ms; killing it", wait_ms)
            self.process.kill()
            self.process.waitForFinished(2000)

    def reject(self) -> None:
        # Esc or the window's close box while running means Cancel; the dialog stays to
        # say how it ended.
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- text --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Download Model"))
        self.heading.setText(self.tr("Downloading %1").replace("%1", self.name))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))


class CatalogDialog(QDialog):
    """The catalog's downloadable models with their fit here; Download opens the progress."""

    installed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, choices: list[ModelChoice] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogDialog")
        self.choices = model_choices() if choices is None else choices
        self.download_dialog: DownloadDialog | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.models = model_list(self, "catalogModels")
        self.models.currentRowChanged.connect(self._update_buttons)
        self.download_button = QPushButton(self)
        self.download_button.setObjectName("catalogDownload")
        self.download_button.clicked.connect(self.download_selected)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.models, 1)
        layout.addLayout(buttons)
        self.resize(520, 380)
        self.retranslate()

    def _update_buttons(self, row: int = -1) -> None:
        self.download_button.setEnabled(0 <= self.models.currentRow() < len(self.choices))

    def download_selected(self) -> DownloadDialog | None:
        row = self.models.currentRow()
        if not 0 <= row < len(self.choices):
            return None
        return self.open_download(self.choices[row])

    def open_download(self, choice: ModelChoice) -> DownloadDialog:
        self.download_dialog = start_download(self, choice, self.installed)
        return self.download_dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Download Model"))
        self.label.setText(
            self.tr(
                "Pick a model to download. Only the download uses the network, in a separate "
                "process; Airgap itself stays offline."
            )
        )
        row = self.models.currentRow()
        self.models.clear()
        for choice in self.choices:
            self.models.addItem(choice_text(choice))
        self.models.setCurrentRow(row if row >= 0 else (0 if self.choices else -1))
        self.download_button.setText(self.tr("Download"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()


def running_downloads(root: QWidget) -> list[DownloadDialog]:
    """The download dialogs under `root` (the window) whose downloader is running."""
    return [d for d in root.findChildren(DownloadDialog) if d.running()]


def start_download(
    parent: QWidget, choice: ModelChoice, installed: SignalInstance
) -> DownloadDialog:
    """Open the progress dialog for `choice` over `parent` and start it; `installed` is
    emitted with the model id once the download is verified and installed."""
    dialog = DownloadDialog(choice.model_id, choice.name, parent)
    dialog.installed.connect(installed)
    dialog.show()
    dialog.start()
    return dialog
