"""The Translate mode: a page the main window can mount beside the chat.

Language pickers (source auto-detected, overridable), style, instructions and thinking on top;
a side-by-side table (source | target | status | memory match) in the middle; translate,
cancel, re-translate, approve, open and export below. The work is done by
`airgap.translate.job.TranslationJob` on the page's own thread; the page never imports mlx.

Mounting: `TranslatePage(session_provider)` where `session_provider()` returns the loaded
ChatSession (or None). The engine session is not thread-safe: the window must not stream a
chat answer while `page.busy` is True (and the page waits while the chat streams).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from airgap.engine.api import CancelToken, ChatSession, Event, GenerationRequest
from airgap.text import clean_text
from airgap.translate import formats
from airgap.translate.counts import count_segments
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import TranslateError
from airgap.translate.formats.plain import read_txt
from airgap.translate.formats.table import read_glossary_csv
from airgap.translate.formats.tbx import read_tbx
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.glossary import Glossary, Term
from airgap.translate.job import JobProgress, JobResult, TranslationJob
from airgap.translate.languages import LANGUAGES, detect_language
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.translate.prompt import Register, TranslationSettings
from airgap.translate.storage import TranslationStorage

log = logging.getLogger(__name__)

SessionProvider = Callable[[], ChatSession | None]
# The window's store thread: (tag, History method, args); answers arrive via add_stored_memory.
StoreCall = Callable[[str, str, tuple[object, ...]], None]
AUTO = ""
SOURCE, TARGET, STATUS, MEMORY = range(4)


class TranslateWorker(QObject):
    """Runs a TranslationJob on the page's thread; reports through queued signals."""

    progressed = Signal(object)  # JobProgress
    finished = Signal(object)  # JobResult

    @Slot(object, object, object)
    def run(self, job: TranslationJob, cancel: CancelToken, indices: object) -> None:
        try:
            result = job.run(
                progress=self.progressed.emit,
                cancel=cancel,
                indices=indices if isinstance(indices, list) else None,
            )
        except Exception:  # the page must come back to idle whatever happens
            log.exception("translation job failed")
            result = JobResult(errors=1)
        self.finished.emit(result)


class StoreThreadStorage:
    """TranslationStorage that hands writes to the window's store thread (never blocking the
    GUI). Reads are not asked of it: the page loads the stored memory once, asynchronously
    (tag "translate-memory" → `TranslatePage.add_stored_memory`). Glossaries are not stored
    yet, so they live for the session."""

    def __init__(self, call: StoreCall) -> None:
        self._call = call

    def glossary_terms(self, project: str) -> list[Term]:
        return []

    def save_glossary(self, project: str, terms: list[Term]) -> None:
        pass

    def memory_entries(self, source_lang: str, target_lang: str) -> list[TMEntry]:
        return []

    def add_memory_entry(self, entry: TMEntry) -> None:
        self.add_memory_entries([entry])

    def add_memory_entries(self, entries: list[TMEntry]) -> None:
        if entries:
            self._call("", "add_memory_entries", (list(entries),))


class TranslatePage(QWidget):
    start = Signal(object, object, object)  # job, cancel token, indices (list or None)
    busy_changed = Signal(bool)

    def __init__(
        self,
        session_provider: SessionProvider,
        *,
        memory: TranslationMemory | None = None,
        glossary: Glossary | None = None,
        storage: TranslationStorage | None = None,
        store_call: StoreCall | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = session_provider
        self.memory = memory if memory is not None else TranslationMemory()
        self.glossary = glossary if glossary is not None else Glossary()
        if storage is None and store_call is not None:
            storage = StoreThreadStorage(store_call)
            store_call("translate-memory", "translation_memory", ())
        self.storage = storage
        self.document: Document | None = None
        self.job: TranslationJob | None = None
        self._cancel: CancelToken | None = None
        self._filling = False

        self.source_lang = QComboBox()
        self.target_lang = QComboBox()
        self.swap_button = QPushButton("⇄")
        self.register = QComboBox()
        self.thinking = QCheckBox()
        self.instructions = QLineEdit()
        top = QHBoxLayout()
        for widget in (self.source_lang, self.swap_button, self.target_lang, self.register):
            top.addWidget(widget)
        top.addWidget(self.thinking)
        top.addWidget(self.instructions, 1)

        self.table = QTableWidget(0, 4)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEMORY, QHeaderView.ResizeMode.ResizeToContents)

        self.open_button = QPushButton()
        self.paste_button = QPushButton()
        self.translate_button = QPushButton()
        self.cancel_button = QPushButton()
        self.retranslate_button = QPushButton()
        self.approve_button = QPushButton()
        self.export_button = QPushButton()
        self.glossary_button = QPushButton()
        self.memory_import_button = QPushButton()
        self.memory_export_button = QPushButton()
        self.resources = QLabel()
        self.progress = QProgressBar()
        self.counts = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.paste_button,
            self.translate_button,
            self.cancel_button,
            self.retranslate_button,
            self.approve_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        resources = QHBoxLayout()
        for button in (self.glossary_button, self.memory_import_button, self.memory_export_button):
            resources.addWidget(button)
        resources.addWidget(self.resources, 1)
        layout.addLayout(resources)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)

        for code, lang in LANGUAGES.items():
            self.source_lang.addItem(lang.native, code)
            self.target_lang.addItem(lang.native, code)
        self.source_lang.insertItem(0, "", AUTO)
        self.source_lang.setCurrentIndex(0)
        self.target_lang.setCurrentIndex(self.target_lang.findData("en"))
        for register in Register:
            self.register.addItem("", register.value)

        self.swap_button.clicked.connect(self.swap_languages)
        self.open_button.clicked.connect(self._choose_file)
        self.paste_button.clicked.connect(self._paste)
        self.translate_button.clicked.connect(self.translate)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate_button.clicked.connect(self.retranslate_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.export_button.clicked.connect(self._choose_export)
        self.glossary_button.clicked.connect(self._choose_glossary)
        self.memory_import_button.clicked.connect(self._choose_memory_import)
        self.memory_export_button.clicked.connect(self._choose_memory_export)
        self.table.itemChanged.connect(self._edited)

        self._worker = TranslateWorker()
        self._thread = QThread()
        self._thread.setObjectName("translate")
        self._worker.moveToThread(self._thread)
        self.start.connect(self._worker.run, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self.retranslate()
        self._set_busy(False)

    # ------------------------------------------------------------------ public

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def shutdown(self) -> None:
        """Stop a running job and the page's thread (call before the window closes)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait(5000)

    def add_stored_memory(self, entries: list[TMEntry]) -> None:
        """Pairs the store thread loaded (answer to "translate-memory") join the memory."""
        for entry in entries:
            self.memory.add(entry)
        self._update_resources()

    def load_document(self, document: Document) -> None:
        self.document = document
        self.job = None
        if document.source_lang:
            index = self.source_lang.findData(document.source_lang)
            if index >= 0:
                self.source_lang.setCurrentIndex(index)
        self._fill_table()
        self.message.setText("")

    def load_text(self, text: str, name: str = "pasted.txt") -> None:
        self.load_document(read_txt(clean_text(text).encode("utf-8"), name))

    def open_file(self, path: Path) -> bool:
        try:
            document = formats.read_document(path)
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), exc.message)
            return False
        self.load_document(document)
        if document.target_lang:
            index = self.target_lang.findData(document.target_lang)
            if index >= 0:
                self.target_lang.setCurrentIndex(index)
        return True

    def export_to(self, path: Path) -> bool:
        if self.document is None:
            return False
        try:
            formats.write_document(self.document, path)
        except TranslateError as exc:
            self._show_error(self.tr("Could not export the file"), exc.message)
            return False
        return True

    def import_glossary(self, path: Path) -> bool:
        """Add the terms of a CSV or TBX glossary (TBX: between the current languages)."""
        try:
            data = path.read_bytes()
            if path.suffix.lower() == ".tbx":
                settings = self.settings()
                terms, _src, _tgt = read_tbx(
                    data, path.name, settings.source_lang, settings.target_lang
                )
            else:
                terms = read_glossary_csv(data, path.name)
        except OSError as exc:
            self._show_error(self.tr("Could not open the file"), f"{path.name}: {exc.strerror}")
            return False
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), exc.message)
            return False
        for term in terms:
            self.glossary.add(term)
        self._update_resources()
        return True

    def import_memory(self, path: Path) -> bool:
        """Add the pairs of a TMX file to the translation memory (and the storage)."""
        try:
            entries = read_tmx(path.read_bytes(), path.name)
        except OSError as exc:
            self._show_error(self.tr("Could not open the file"), f"{path.name}: {exc.strerror}")
            return False
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), exc.message)
            return False
        stored = [self.memory.add(entry) for entry in entries]
        if isinstance(self.storage, StoreThreadStorage):
            self.storage.add_memory_entries(stored)  # one transaction on the store thread
        elif self.storage is not None:
            for entry in stored:
                self.storage.add_memory_entry(entry)
        self._update_resources()
        return True

    def export_memory(self, path: Path) -> bool:
        """The memory's pairs from the current source language, as TMX 1.4b."""
        settings = self.settings()
        entries = [e for e in self.memory.entries() if e.source_lang == settings.source_lang]
        try:
            path.write_bytes(write_tmx(entries, settings.source_lang))
        except OSError as exc:
            self._show_error(self.tr("Could not export the file"), f"{path.name}: {exc.strerror}")
            return False
        return True

    def settings(self) -> TranslationSettings:
        source = self.source_lang.currentData() or self._detected() or "en"
        return TranslationSettings(
            source,
            self.target_lang.currentData(),
            register=Register(self.register.currentData()),
            instructions=self.instructions.text(),
            thinking=self.thinking.isChecked(),
        )

    def translate(self, indices: list[int] | None = None) -> bool:
        """Translate the pending segments (or `indices`, again) on the page's thread."""
        if self.document is None or self.busy:
            return False
        session = self._sessions()
        if session is None:
            self.message.setText(self.tr("No model is loaded."))
            return False
        settings = self.settings()
        if settings.source_lang == settings.target_lang:
            self.message.setText(self.tr("Choose two different languages."))
            return False
        self.job = TranslationJob(
            self.document,
            settings,
            session,
            memory=self.memory,
            glossary=self.glossary,
            storage=self.storage,
        )
        self._cancel = CancelToken()
        total = len(indices) if indices is not None else len(self.document.segments)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self._set_busy(True)
        self.message.setText("")
        self.start.emit(self.job, self._cancel, list(indices) if indices is not None else None)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def retranslate_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.translate(rows)

    def approve_selected(self) -> None:
        if self.document is None or self.busy:
            return
        job = self.job or self._idle_job()
        self.job = job
        for row in self._selected_rows():
            try:
                job.approve(row)
            except TranslateError as exc:
                self.message.setText(exc.message)
            self._fill_row(row)
        self._update_counts()
        self._update_resources()

    # ------------------------------------------------------------------ internals

    def _idle_job(self) -> TranslationJob:
        """A job for edits and approvals before anything was translated (no model needed)."""
        assert self.document is not None
        return TranslationJob(
            self.document,
            self.settings(),
            _NoSession(),
            memory=self.memory,
            glossary=self.glossary,
            storage=self.storage,
        )

    def _detected(self) -> str | None:
        if self.document is None:
            return None
        sample = " ".join(s.source for s in self.document.segments[:50])
        return detect_language(sample)

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _set_busy(self, busy: bool) -> None:
        loaded = self.document is not None
        self.translate_button.setEnabled(loaded and not busy)
        self.retranslate_button.setEnabled(loaded and not busy)
        self.approve_button.setEnabled(loaded and not busy)
        self.memory_import_button.setEnabled(not busy)
        self.export_button.setEnabled(loaded and not busy)
        self.open_button.setEnabled(not busy)
        self.paste_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.busy_changed.emit(busy)

    def _fill_table(self) -> None:
        self._filling = True
        segments = self.document.segments if self.document else []
        self.table.setRowCount(len(segments))
        for row in range(len(segments)):
            self._fill_row(row)
        self._filling = False
        self._update_counts()
        self.retranslate()
        self._set_busy(self.busy)

    def _fill_row(self, row: int, partial: str | None = None) -> None:
        if self.document is None:
            return
        segment = self.document.segments[row]
        was_filling, self._filling = self._filling, True
        source = QTableWidgetItem(segment.source)
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if segment.label:
            source.setToolTip(segment.label)
        target = QTableWidgetItem(partial if partial is not None else segment.target)
        tips = [segment.error] if segment.error else []
        if segment.missing_terms:
            tips.append(
                self.tr("Glossary terms not found in the translation: %1").replace(
                    "%1", ", ".join(segment.missing_terms)
                )
            )
        target.setToolTip("\n".join(tips))
        status = QTableWidgetItem(self._status_cell(segment))
        status.setToolTip(target.toolTip())
        status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
        score = "" if segment.tm_score is None else f"{segment.tm_score}%"
        memory = QTableWidgetItem(score)
        memory.setFlags(memory.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if segment.tm_source:
            memory.setToolTip(segment.tm_source)
        for column, item in (
            (SOURCE, source),
            (TARGET, target),
            (STATUS, status),
            (MEMORY, memory),
        ):
            self.table.setItem(row, column, item)
        self._filling = was_filling

    def _status_cell(self, segment: Segment) -> str:
        """The status, flagged when a glossary term is missing or the segment failed."""
        flag = " ⚠" if segment.missing_terms or segment.error else ""
        return self._status_text(segment.status) + flag

    def _status_text(self, status: Status) -> str:
        return {
            Status.NEW: self.tr("New"),
            Status.TRANSLATED: self.tr("Translated"),
            Status.EDITED: self.tr("Edited"),
            Status.APPROVED: self.tr("Approved"),
            Status.FROM_MEMORY: self.tr("From memory"),
            Status.ERROR: self.tr("Error"),
        }[status]

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.document is None or item.column() != TARGET or self.busy:
            return
        row = item.row()
        segment = self.document.segments[row]
        if item.text() == segment.target:
            return
        if self.job is None:
            self.job = self._idle_job()
        self.job.edit(row, item.text())
        self._fill_row(row)
        self._update_counts()

    @Slot(object)
    def _progressed(self, progress: JobProgress) -> None:
        if self.document is None:
            return
        if progress.finished:
            self._fill_row(progress.index)
            self.progress.setValue(progress.done)
        else:
            self._fill_row(progress.index, partial=progress.partial)

    @Slot(object)
    def _finished(self, result: JobResult) -> None:
        self._cancel = None
        self._set_busy(False)
        if self.document is not None:
            for row in range(len(self.document.segments)):
                self._fill_row(row)
        self._update_counts()
        if result.cancelled:
            self.message.setText(self.tr("Translation cancelled."))
        elif result.errors:
            self.message.setText(
                self.tr(
                    "%1 segments could not be translated; hover over them for the reason."
                ).replace("%1", str(result.errors))
            )

    def _update_counts(self) -> None:
        if self.document is None:
            self.counts.setText("")
            return
        settings_source = self.source_lang.currentData() or self._detected()
        totals = count_segments(
            self.document.segments, settings_source, self.target_lang.currentData()
        )
        self.counts.setText(
            self.tr("Source: %1 · Target: %2")
            .replace("%1", self._count_text(totals.source.billable, totals.source.unit))
            .replace("%2", self._count_text(totals.target.billable, totals.target.unit))
        )

    def _count_text(self, value: int, unit: str) -> str:
        if unit == "characters":
            return self.tr("%1 characters").replace("%1", f"{value:,}")
        return self.tr("%1 words").replace("%1", f"{value:,}")

    def _update_resources(self) -> None:
        self.resources.setText(
            self.tr("Glossary: %1 terms · Memory: %2 pairs")
            .replace("%1", f"{len(self.glossary):,}")
            .replace("%2", f"{len(self.memory):,}")
        )

    def _choose_glossary(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import glossary…"), "", self.tr("Glossaries") + " (*.csv *.tbx)"
        )
        if path:
            self.import_glossary(Path(path))

    def _choose_memory_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import memory…"), "", self.tr("Translation memories") + " (*.tmx)"
        )
        if path:
            self.import_memory(Path(path))

    def _choose_memory_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export memory…"),
            "memory.tmx",
            self.tr("Translation memories") + " (*.tmx)",
        )
        if path:
            self.export_memory(Path(path))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a document"),
            "",
            self.tr("Documents") + " (*.txt *.md *.srt *.vtt *.docx *.xlf *.xliff *.csv)",
        )
        if path:
            self.open_file(Path(path))

    def _choose_export(self) -> None:
        if self.document is None:
            return
        suggested = self.document.name or "translation.txt"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the translation"), suggested)
        if path:
            self.export_to(Path(path))

    def _paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message.setText(self.tr("The clipboard has no text."))
            return
        self.load_text(text)

    def _show_error(self, title: str, text: str) -> None:
        self.message.setText(text)
        if self.isVisible():
            QMessageBox.warning(self, title, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.source_lang.setItemText(0, self.tr("Detect language"))
        self.source_lang.setToolTip(self.tr("Source language"))
        self.target_lang.setToolTip(self.tr("Target language"))
        self.swap_button.setToolTip(self.tr("Swap languages"))
        self.swap_button.setAccessibleName(self.tr("Swap languages"))
        names = {
            Register.NEUTRAL: self.tr("Neutral"),
            Register.FORMAL: self.tr("Formal (敬語)"),
            Register.CASUAL: self.tr("Casual"),
            Register.TECHNICAL: self.tr("Technical"),
            Register.LITERARY: self.tr("Literary"),
            Register.SUBTITLES: self.tr("Subtitles"),
        }
        for index in range(self.register.count()):
            self.register.setItemText(index, names[Register(self.register.itemData(index))])
        self.register.setToolTip(self.tr("Style"))
        self.thinking.setText(self.tr("Think first"))
        self.instructions.setPlaceholderText(self.tr("Instructions (optional)"))
        self.open_button.setText(self.tr("Open…"))
        self.paste_button.setText(self.tr("Paste"))
        self.translate_button.setText(self.tr("Translate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.retranslate_button.setText(self.tr("Re-translate"))
        self.approve_button.setText(self.tr("Approve"))
        self.export_button.setText(self.tr("Export…"))
        self.glossary_button.setText(self.tr("Import glossary…"))
        self.memory_import_button.setText(self.tr("Import memory…"))
        self.memory_export_button.setText(self.tr("Export memory…"))
        self._update_resources()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Target"), self.tr("Status"), self.tr("Memory")]
        )
        if self.document is not None:
            for row, segment in enumerate(self.document.segments):
                item = self.table.item(row, STATUS)
                if item is not None:
                    item.setText(self._status_cell(segment))
            self._update_counts()

    def swap_languages(self) -> None:
        source = self.source_lang.currentData() or self._detected()
        target = self.target_lang.currentData()
        if source:
            self.target_lang.setCurrentIndex(self.target_lang.findData(source))
        self.source_lang.setCurrentIndex(self.source_lang.findData(target))


class _NoSession:
    """For edits and approvals, which never call the model."""

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        raise TranslateError("No model is loaded.")
