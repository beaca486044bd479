"""The Translate mode: a page the main window can mount beside the chat.

A project picker (New / Rename / Delete with undo) on top: a project holds its language pair,
style, instructions and glossary. Below it the language pickers (source auto-detected,
overridable), style, instructions and thinking; a side-by-side table (source | target |
status | memory match) in the middle; translate, cancel, re-translate, approve, open and
export below. The work is done by `airgap.translate.job.TranslationJob` on the page's own
thread; the page never imports mlx. While it runs, the rows it has still to write are locked
and the settings wait; every other row stays editable. Keys: Cmd+Return approves and edits
the next segment, Cmd+O opens, Cmd+Z takes back the last delete (a project or glossary terms).

Mounting: `TranslatePage(session_provider)` where `session_provider()` returns the loaded
ChatSession (or None). The engine session is not thread-safe: the window must not stream a
chat answer while `page.busy` is True (and the page waits while the chat streams).

With `store_call` (the window's store thread) the page loads its projects and memory in one
snapshot ("translate-load") and saves every change at once ("translate-write"), through
`History.translator` (ui/translate_store.py); the window hands the answers to
`store_result` / `store_failed` and calls `store_ready` whenever the store opens, so a page
opened before the store (still unlocking) fills in once it arrives. Without it, projects
live for the session.

Each project's open document is kept in the store too ("translate-document" loads it when
the project is shown): the original file when it is opened, then the segments that changed
(a finished segment, an edit, an approval) a moment later, a few rows at a time. Opening or
pasting another document replaces it; deleting the project removes it (Undo brings it back).
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from airgap.store.translation import (
    MAX_DOCUMENT_BYTES,
    NAME_LENGTH,
    ProjectSettings,
    StoredDocument,
    TranslationProject,
)
from airgap.text import clean_text
from airgap.translate import formats
from airgap.translate.counts import SegmentCounts
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import TranslateError
from airgap.translate.formats.plain import read_txt
from airgap.translate.formats.table import read_glossary_csv
from airgap.translate.formats.tbx import read_tbx
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.formats.xliff import native_codes
from airgap.translate.glossary import Glossary, Term
from airgap.translate.job import PENDING, JobProgress, JobResult, TranslationJob
from airgap.translate.languages import LANGUAGES, detect_language
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.translate.prompt import Register, TranslationSettings
from airgap.translate.storage import TranslationStorage
from airgap.ui.translate_glossary import GlossaryDialog
from airgap.ui.translate_messages import (
    error_message,
    file_error,
    segment_error,
    segment_label,
    skipped_source_rows,
)
from airgap.ui.translate_store import Restored, Snapshot, document_rows, document_state

log = logging.getLogger(__name__)

SessionProvider = Callable[[], ChatSession | None]
# The window's store thread: (tag, History method, args); answers for tags starting with
# "translate-" come back through store_result / store_failed.
StoreCall = Callable[[str, str, tuple[object, ...]], None]
AUTO = ""
SOURCE, TARGET, STATUS, MEMORY = range(4)
UNDO_MS = 10_000
APPROVE_NEXT = ("Ctrl+Return", "Ctrl+Enter")  # Cmd+Return on a Mac, as in CAT tools
EXPORT_FILTERS = ("XLIFF (*.xlf *.xliff)", "CSV (*.csv)", "Excel (*.xlsx)", "Word (*.docx)")
LOAD_TAG, WRITE_TAG = "translate-load", "translate-write"
DOC_TAG = "translate-document"
SAVE_DELAY_MS = 200  # changed segments are written this long after the last change
KEPT_DOCUMENTS = 4  # other projects' documents kept in the window (the store has them all)


class StoreState(Enum):
    NONE = "none"  # no store: projects live for the session
    LOADING = "loading"
    WAITING = "waiting"  # the load failed (store not open yet, or an error); retried
    READY = "ready"  # loaded from the encrypted store
    SESSION = "session"  # loaded, but the store did not open: kept for this session only


@dataclass
class ProjectEntry:
    project: TranslationProject
    terms: list[Term]


@dataclass
class OpenDocument:
    """A project's document as the page holds it: the original file (to store it) and the
    id of its stored copy (None: not stored)."""

    document: Document
    path: Path | None
    original: bytes | None
    uid: str | None
    unexported: bool


@dataclass
class Deletion:
    """What the last delete removed, kept for Undo during UNDO_MS: a whole project, or some of
    its glossary terms with the places they had."""

    entry: ProjectEntry
    terms: list[tuple[int, Term]] | None = None  # None: the project itself
    text: str = ""  # what the page said about it
    document: OpenDocument | None = None  # the project's open document


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


class PageStorage:
    """TranslationStorage for the job: approved pairs go to the page, which saves them on the
    store thread (never blocking the GUI). The job never reads through it: the page loads
    the stored memory and glossaries itself."""

    def __init__(self, save: Callable[[list[TMEntry]], None]) -> None:
        self._save = save

    def glossary_terms(self, project: str) -> list[Term]:
        return []

    def save_glossary(self, project: str, terms: list[Term]) -> None:
        pass

    def memory_entries(self, source_lang: str, target_lang: str) -> list[TMEntry]:
        return []

    def add_memory_entry(self, entry: TMEntry) -> None:
        self._save([entry])


class TranslatePage(QWidget):
    start = Signal(object, object, object)  # job, cancel token, indices (list or None)
    busy_changed = Signal(bool)
    glossary_changed = Signal()
    undo_changed = Signal()  # a delete can be undone, or no longer

    def __init__(
        self,
        session_provider: SessionProvider,
        *,
        memory: TranslationMemory | None = None,
        glossary: Glossary | None = None,
        storage: TranslationStorage | None = None,
        store_call: StoreCall | None = None,
        last_project: str = "",
        remember_project: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = session_provider
        self.memory = memory if memory is not None else TranslationMemory()
        self.glossary = glossary if glossary is not None else Glossary()
        self._store_call = store_call
        if storage is None and store_call is not None:
            storage = PageStorage(self._save_memory)
        self.storage = storage
        self.document: Document | None = None
        self.document_path: Path | None = None  # where it was opened from (None: pasted)
        self._running: set[int] = set()  # rows the running job has still to do
        self.unexported = False  # the document changed since it was opened or exported
        self.job: TranslationJob | None = None
        self._cancel: CancelToken | None = None
        self._counts = SegmentCounts()  # an edit recounts its segment, not the document
        self._filling = False
        # Projects: the page's copy is what it shows; every change is saved whole at once.
        self._projects: dict[str, ProjectEntry] = {}
        self._session_terms: list[Term] = self.glossary.terms  # when no project is chosen
        self.project_name: str | None = None
        self._wanted = last_project
        self._remember = remember_project
        self._applying = False
        self._state = StoreState.NONE if store_call is None else StoreState.LOADING
        self._reload = False
        self._store_message = ""  # why the last load failed
        self._writes: deque[tuple[str, object]] = deque()  # in flight, answered in order
        self._pending_memory: list[TMEntry] = []  # not yet (or not successfully) saved
        self._unsaved: set[str] = set()  # projects whose last save failed
        # Renames the store has not made (new name -> the name it still has there).
        self._renames: dict[str, str] = {}
        self._deleted: Deletion | None = None  # the one delete Undo can take back
        # The open document in the store: its project (None until the store says), its
        # stored copy, the rows changed since the last write, other projects' documents.
        self._doc_slot: tuple[str | None] | None = None
        self._original: bytes | None = None
        self._doc_uid: str | None = None
        self._doc_state: dict[str, object] = {}  # as last written
        self._dirty: set[int] = set()
        self._doc_generation = 0  # a document shown later than a load asked makes it moot
        self._doc_loads: deque[int] = deque()
        self._kept: dict[str | None, OpenDocument | None] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._flush_document)
        self.glossary_dialog: GlossaryDialog | None = None

        self.project_label = QLabel()
        self.project_picker = QComboBox()
        self.project_picker.setMinimumContentsLength(12)
        self.new_project_button = QPushButton()
        self.rename_project_button = QPushButton()
        self.delete_project_button = QPushButton()
        self.undo_button = QPushButton()
        self.undo_button.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._undo_expired)
        self.store_notice = QLabel()
        self.store_notice.setObjectName("storeNotice")
        self.store_notice.setWordWrap(True)
        self.store_notice.hide()
        projects = QHBoxLayout()
        projects.addWidget(self.project_label)
        projects.addWidget(self.project_picker)
        for button in (
            self.new_project_button,
            self.rename_project_button,
            self.delete_project_button,
            self.undo_button,
        ):
            projects.addWidget(button)
        projects.addStretch(1)

        self.source_lang = QComboBox()
        self.target_lang = QComboBox()
        self.swap_button = QPushButton("⇄")
        self.register = QComboBox()
        self.thinking = QCheckBox()
        self.instructions = QLineEdit()
        # The pickers may narrow to a few characters with the window, and widen with it.
        for combo in (self.source_lang, self.target_lang, self.register):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
        self.swap_button.setMaximumWidth(48)
        self.instructions.setMinimumWidth(120)  # its placeholder stays readable
        top = QHBoxLayout()
        top.addWidget(self.source_lang, 3)  # "Detect language (日本語)"
        top.addWidget(self.swap_button)
        top.addWidget(self.target_lang, 2)
        top.addWidget(self.register, 2)
        top.addWidget(self.thinking)
        top.addWidget(self.instructions, 3)

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
        self.glossary_edit_button = QPushButton()
        self.resources.setWordWrap(True)
        self.counts.setWordWrap(True)
        # Three short rows rather than two long ones: the page fits a half-screen window
        # (about 620 px) in every UI language without clipping a button.
        work = QHBoxLayout()
        for button in (
            self.translate_button,
            self.cancel_button,
            self.retranslate_button,
            self.approve_button,
        ):
            work.addWidget(button)
        work.addWidget(self.progress, 1)
        files = QHBoxLayout()
        for button in (
            self.open_button,
            self.paste_button,
            self.export_button,
            self.memory_import_button,
            self.memory_export_button,
        ):
            files.addWidget(button)
        files.addStretch(1)
        resources = QHBoxLayout()
        resources.addWidget(self.glossary_edit_button)
        resources.addWidget(self.glossary_button)
        resources.addWidget(self.resources, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(projects)
        layout.addWidget(self.store_notice)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(work)
        layout.addLayout(files)
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
        self.glossary_button.clicked.connect(self.choose_glossary_file)
        self.glossary_edit_button.clicked.connect(self.open_glossary)
        self.project_picker.activated.connect(self._picked)
        self.new_project_button.clicked.connect(self.ask_new_project)
        self.rename_project_button.clicked.connect(self.ask_rename_project)
        self.delete_project_button.clicked.connect(self.ask_delete_project)
        self.undo_button.clicked.connect(self.undo_delete)
        for combo in (self.source_lang, self.target_lang, self.register):
            combo.currentIndexChanged.connect(self._settings_changed)
        self.instructions.editingFinished.connect(self._settings_changed)
        self.thinking.toggled.connect(self._settings_changed)
        self.memory_import_button.clicked.connect(self._choose_memory_import)
        self.memory_export_button.clicked.connect(self._choose_memory_export)
        self.table.itemChanged.connect(self._edited)
        # Rows grow to show a whole segment; they wrap again when the columns change width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(50)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        # Window-wide keys a translator expects; text fields keep their own Undo.
        for keys, slot in (
            (APPROVE_NEXT, self.approve_and_next),
            ((QKeySequence.StandardKey.Undo,), self.undo_delete),
            ((QKeySequence.StandardKey.Open,), self._open_shortcut),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

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
        if store_call is not None:
            self._load()

    # ------------------------------------------------------------------ public

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    @property
    def all_saved(self) -> bool:
        """Every change has reached the store: none waits for the save timer, no write is in
        flight (what a crash now would keep)."""
        return not self._save_timer.isActive() and not self._writes

    def shutdown(self) -> None:
        """Stop a running job and the page's thread (call before the window closes); an
        instruction still being typed is saved with the project (queued before the store
        closes)."""
        self._settings_changed()
        self._retry_unsaved()
        self.cancel()
        self._thread.quit()
        self._thread.wait(5000)
        # The job has stopped: what it finished whose report is still queued is kept too.
        self._dirty |= self._running
        self._running.clear()
        self._flush_document()

    def add_stored_memory(self, entries: list[TMEntry]) -> None:
        """Pairs the store thread loaded join the memory."""
        for entry in entries:
            self.memory.add(entry)
        self._update_resources()

    # ------------------------------------------------------------------ the store

    @property
    def store_state(self) -> StoreState:
        return self._state

    def store_ready(self) -> None:
        """The window's store opened (or fell back to memory): load what was not loaded."""
        if self._store_call is None or self._state in (StoreState.READY, StoreState.SESSION):
            return
        if self._state is StoreState.LOADING:
            self._reload = True  # the load in flight may have asked too early
            return
        self._load()

    def store_result(self, tag: str, value: object) -> None:
        if tag == LOAD_TAG:
            assert isinstance(value, Snapshot)
            self._loaded(value)
        elif tag == DOC_TAG:
            assert value is None or isinstance(value, Restored)
            self._document_loaded(value)
        elif tag == WRITE_TAG and self._writes:
            op, payload = self._writes.popleft()
            stored_gone = op == "save_segments" and value is False and isinstance(payload, tuple)
            if stored_gone and payload[0] == self._doc_uid:  # type: ignore[index]
                self._store_document()  # its first save failed: now whole

    def store_failed(self, tag: str, message: str) -> None:
        if tag == LOAD_TAG:
            self._state = StoreState.WAITING
            self._store_message = message
            self._show_notice()
            self._update_project_controls()
            if self._reload:
                self._reload = False
                self._load()
            return
        if tag == DOC_TAG:
            if self._doc_loads and self._doc_loads.popleft() == self._doc_generation:
                self.message.setText(
                    self.tr("The project's document could not be restored: %1").replace(
                        "%1", message
                    )
                )
            return
        if tag != WRITE_TAG:
            return
        op, payload = self._writes.popleft() if self._writes else ("", None)
        if op == "save_segments" and isinstance(payload, tuple) and payload[0] == self._doc_uid:
            self._dirty.update(payload[1])  # written again with the next change
            self._doc_state = {}
        if op == "add_memory" and isinstance(payload, list):
            self._pending_memory[:0] = payload  # saved again with the next write
        elif op == "save_project" and isinstance(payload, str):
            self._unsaved.add(payload)
        elif op == "rename_project" and isinstance(payload, tuple):
            old, new = payload
            # Retried before the next write; a chain of failed renames is one rename.
            self._renames[new] = self._renames.pop(old, old)
            self._unsaved.add(new)
        self.message.setText(
            self.tr(
                "Could not save: %1 Nothing is lost: the change stays in this window and is "
                "saved again with your next change."
            ).replace("%1", message)
        )

    def _load(self) -> None:
        assert self._store_call is not None
        self._state = StoreState.LOADING
        self._reload = False
        self._show_notice()
        self._update_project_controls()
        self._store_call(LOAD_TAG, "translator", ("snapshot",))

    def _loaded(self, snapshot: Snapshot) -> None:
        self._state = StoreState.READY if snapshot.persistent else StoreState.SESSION
        self._show_notice()
        self._projects = {p.name: ProjectEntry(p, list(t)) for p, t in snapshot.projects}
        self.add_stored_memory(snapshot.memory)
        if self._pending_memory:
            self._save_memory([])
        wanted = self.project_name or self._wanted
        if wanted not in self._projects:
            wanted = next(iter(sorted(self._projects)), "")
        self._fill_projects()
        if self.document is not None and self._doc_slot is None:
            # Opened before the store answered: it becomes the project's document.
            self._doc_slot = (wanted or None,)
            self.select_project(wanted or None)
            self._store_document()
            return
        self.select_project(wanted or None)

    def _write(self, op: str, *args: object, payload: object = None) -> None:
        if self._store_call is None or self._state not in (StoreState.READY, StoreState.SESSION):
            return
        self._retry_unsaved()
        self._writes.append((op, payload))
        self._store_call(WRITE_TAG, "translator", (op, *args))

    def _save_project(self, entry: ProjectEntry, *, terms: bool = True) -> None:
        terms_now = list(entry.terms) if terms else None
        self._write("save_project", entry.project, terms_now, payload=entry.project.name)

    def _retry_unsaved(self) -> None:
        """Projects and pairs whose save failed go again, whole, before the next write."""
        names, self._unsaved = self._unsaved, set()
        for name in sorted(names):
            stored = self._renames.pop(name, None)
            if stored is not None:  # rename it first, or the save would make a second project
                self._write("rename_project", stored, name, payload=(stored, name))
            if name in self._projects:
                self._save_project(self._projects[name])
        if self._pending_memory and self._state in (StoreState.READY, StoreState.SESSION):
            self._save_memory([])

    def _save_memory(self, entries: list[TMEntry]) -> None:
        """Approved or imported pairs to the store (held until the store has loaded)."""
        self._pending_memory.extend(entries)
        if self._state in (StoreState.READY, StoreState.SESSION) and self._pending_memory:
            batch, self._pending_memory = self._pending_memory, []
            self._write("add_memory", batch, payload=batch)

    def _show_notice(self) -> None:
        """What the page says about its store, above the settings (empty when all is well)."""
        text = {
            StoreState.LOADING: self.tr("Loading your projects…"),
            StoreState.WAITING: self.tr(
                "Your projects, glossaries and memory are not loaded yet: %1 They appear "
                "as soon as your encrypted store is open; nothing is lost."
            ).replace("%1", self._store_message),
            StoreState.SESSION: self.tr(
                "Your encrypted store is not open: projects, glossaries and memory are kept "
                "for this session only."
            ),
        }.get(self._state, "")
        self.store_notice.setText(text)
        self.store_notice.setVisible(bool(text))

    # ------------------------------------------------------------------ projects

    def projects(self) -> list[str]:
        return sorted(self._projects)

    def project(self) -> ProjectEntry | None:
        return None if self.project_name is None else self._projects.get(self.project_name)

    def project_title(self) -> str:
        if self.project_name is None:
            return self.tr("No project: terms added now start a new project.")
        return self.tr("Project: %1").replace("%1", self.project_name)

    def can_edit_projects(self) -> bool:
        return self._state in (StoreState.NONE, StoreState.READY, StoreState.SESSION)

    def select_project(self, name: str | None) -> None:
        """Show the project's settings and glossary (None: no project, a session glossary)."""
        entry = self._projects.get(name) if name else None
        self.project_name = entry.project.name if entry else None
        if entry is not None:
            self._apply_settings(entry.project.settings)
        index = self.project_picker.findText(entry.project.name) if entry else -1
        self.project_picker.setCurrentIndex(index)
        self._glossary_updated()
        self._update_project_controls()
        if self._remember is not None and self._state is not StoreState.LOADING:
            self._remember(self.project_name or "")
        self._switch_document(self.project_name)

    def new_project(self, name: str) -> bool:
        """A project with the current settings; the glossary in use (no project yet) or an
        empty one."""
        cleaned = self._checked_name(name)
        if cleaned is None or not self._editable():
            return False
        terms = list(self._session_terms) if self.project_name is None else []
        entry = ProjectEntry(TranslationProject(cleaned, self._current_settings()), terms)
        self._projects[cleaned] = entry
        self._session_terms = []
        self._save_project(entry)
        if self.project_name is None and self._doc_slot == (None,):
            # Like the glossary in use, the document open without a project joins it.
            self._doc_slot = (cleaned,)
            if self._doc_uid is not None:
                self._write("move_document", self._doc_uid, cleaned)
        self._fill_projects()
        self.select_project(cleaned)
        return True

    def rename_project(self, new: str) -> bool:
        entry = self.project()
        if entry is None or not self._editable():
            return False
        old = entry.project.name
        cleaned = self._checked_name(new, allow=old)
        if cleaned is None:
            return False
        if cleaned == old:
            return True
        del self._projects[old]
        entry.project = replace(entry.project, name=cleaned)
        self._projects[cleaned] = entry
        self._write("rename_project", old, cleaned, payload=(old, cleaned))
        if self._doc_slot == (old,):  # the stored document follows its project
            self._doc_slot = (cleaned,)
        self._fill_projects()
        self.select_project(cleaned)
        return True

    def delete_project(self) -> bool:
        """Delete the current project (its memory pairs stay); Undo brings it back."""
        entry = self.project()
        if entry is None or not self._editable():
            return False
        name = entry.project.name
        del self._projects[name]
        self._write("delete_project", name)  # its stored document goes with it
        document = self._open_document() if self._doc_slot == (name,) else None
        if document is not None:
            self._doc_slot, self._doc_uid = None, None
            self._dirty.clear()
        self._kept.pop(name, None)
        self._fill_projects()
        self.select_project(next(iter(sorted(self._projects)), None))
        text = self.tr("Project “%1” deleted.").replace("%1", name)
        self._offer_undo(Deletion(entry, text=text, document=document))
        return True

    def undo_text(self) -> str:
        """What Undo would bring back ("" when nothing can be undone)."""
        return self._deleted.text if self._deleted is not None else ""

    def undo_delete(self) -> bool:
        """Take back the last delete (a project, or glossary terms) within UNDO_MS."""
        deleted, self._deleted = self._deleted, None
        self._undo_expired()
        if deleted is None:
            return False
        entry = deleted.entry
        if deleted.terms is not None:
            return self._restore_terms(entry, deleted.terms)
        name = entry.project.name
        if name in self._projects:
            self.message.setText(
                self.tr("A project named “%1” already exists.").replace("%1", name)
            )
            return False
        self._projects[name] = entry
        self._save_project(entry)
        if deleted.document is not None:
            self._flush_document()
            self._keep_current()
            self._doc_slot = (name,)
            self._show_document(deleted.document)
            self._store_document()  # whole again: the delete removed it from the store
        self._fill_projects()
        self.select_project(name)
        self.message.setText("")
        return True

    def ask_new_project(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New project"), self.tr("Project name:"))
        if ok:
            self.new_project(name)

    def ask_rename_project(self) -> None:
        if self.project_name is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename project"), self.tr("Project name:"), text=self.project_name
        )
        if ok:
            self.rename_project(name)

    def ask_delete_project(self) -> None:
        entry = self.project()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete project?"),
            self.tr(
                "Delete the project “%1” and its glossary of %2 terms? The translation memory "
                "stays. You can undo this for a few seconds."
            )
            .replace("%1", entry.project.name)
            .replace("%2", str(len(entry.terms))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_project()

    def _offer_undo(self, deletion: Deletion) -> None:
        self._deleted = deletion
        self.undo_button.show()
        self._undo_timer.start(UNDO_MS)
        self.message.setText(deletion.text)
        self.undo_changed.emit()

    def _undo_expired(self) -> None:
        self._deleted = None
        self._undo_timer.stop()
        self.undo_button.hide()
        self.undo_changed.emit()

    def _restore_terms(self, entry: ProjectEntry, terms: list[tuple[int, Term]]) -> bool:
        """Put deleted terms back where they were (ascending places, so each lands right)."""
        if self._projects.get(entry.project.name) is not entry or not self._editable():
            return False
        for index, term in terms:
            entry.terms.insert(min(index, len(entry.terms)), term)
        self._glossary_saved(entry)
        self.message.setText("")
        return True

    def _checked_name(self, name: str, *, allow: str | None = None) -> str | None:
        cleaned = " ".join(clean_text(name).split())
        problem = ""
        if not cleaned:
            problem = self.tr("A project needs a name.")
        elif len(cleaned) > NAME_LENGTH:
            problem = self.tr("A project name can have at most %1 characters.").replace(
                "%1", str(NAME_LENGTH)
            )
        elif cleaned in self._projects and cleaned != allow:
            problem = self.tr("A project named “%1” already exists.").replace("%1", cleaned)
        if problem:
            self._show_error(self.tr("Project"), problem)
            return None
        return cleaned

    def _editable(self) -> bool:
        if self.can_edit_projects():
            return True
        self.message.setText(
            self.tr("Your projects are not loaded yet; try again when they appear.")
        )
        return False

    def _picked(self, index: int) -> None:
        name = self.project_picker.itemText(index) if index >= 0 else None
        if name != self.project_name:
            self._settings_changed()  # an instruction still being typed stays with its project
            self.select_project(name)

    def _fill_projects(self) -> None:
        self.project_picker.blockSignals(True)
        self.project_picker.clear()
        self.project_picker.addItems(sorted(self._projects))
        self.project_picker.blockSignals(False)

    def _update_project_controls(self) -> None:
        editable = self.can_edit_projects() and not self.busy
        chosen = self.project_name is not None
        self.project_picker.setEnabled(editable and bool(self._projects))
        # A document opened before the projects load would replace a stored one unseen.
        loaded = self._store_call is None or self.can_edit_projects()
        self.open_button.setEnabled(loaded and not self.busy)
        self.paste_button.setEnabled(loaded and not self.busy)
        self.new_project_button.setEnabled(editable)
        self.rename_project_button.setEnabled(editable and chosen)
        self.delete_project_button.setEnabled(editable and chosen)
        self.glossary_edit_button.setEnabled(self.can_edit_projects())
        self.glossary_button.setEnabled(self.can_edit_projects())

    def _current_settings(self) -> ProjectSettings:
        return ProjectSettings(
            self.source_lang.currentData() or "",
            self.target_lang.currentData() or "en",
            str(self.register.currentData()),
            clean_text(self.instructions.text()),
            self.thinking.isChecked(),
        )

    def _apply_settings(self, settings: ProjectSettings) -> None:
        self._applying = True
        try:
            for combo, value in (
                (self.source_lang, settings.source_lang),
                (self.target_lang, settings.target_lang),
                (self.register, settings.register),
            ):
                index = combo.findData(value)
                combo.setCurrentIndex(index if index >= 0 else 0)
            self.instructions.setText(settings.instructions)
            self.thinking.setChecked(settings.thinking)
        finally:
            self._applying = False

    def _settings_changed(self) -> None:
        entry = self.project()
        if self._applying or entry is None:
            return
        settings = self._current_settings()
        if settings != entry.project.settings:
            entry.project = replace(entry.project, settings=settings)
            self._save_project(entry, terms=False)

    # ------------------------------------------------------------------ the open document

    def _keeps_documents(self) -> bool:
        return self._store_call is not None and self._state in (
            StoreState.READY,
            StoreState.SESSION,
        )

    def _open_document(self) -> OpenDocument | None:
        if self.document is None:
            return None
        return OpenDocument(
            self.document, self.document_path, self._original, self._doc_uid, self.unexported
        )

    def _keep_current(self) -> None:
        """Remember the shown document for its project (switching back needs no reload)."""
        if self._doc_slot is None:
            return
        self._kept.pop(self._doc_slot[0], None)
        self._kept[self._doc_slot[0]] = self._open_document()
        while len(self._kept) > KEPT_DOCUMENTS:
            del self._kept[next(iter(self._kept))]

    def _show_document(self, kept: OpenDocument | None) -> None:
        """Show a project's document as it was left (None: an empty table)."""
        self._doc_generation += 1
        self.document = kept.document if kept else None
        self.document_path = kept.path if kept else None
        self._original = kept.original if kept else None
        self._doc_uid = kept.uid if kept else None
        self.unexported = kept.unexported if kept else False
        self._doc_state = document_state(kept.document, kept.unexported) if kept else {}
        self._dirty.clear()
        self.job = None
        self._fill_table()

    def _switch_document(self, project: str | None) -> None:
        """The shown project changed: show its document (from the window, or the store)."""
        if not self._keeps_documents() or self._doc_slot == (project,):
            return
        self._flush_document()
        self._keep_current()
        self._doc_slot = (project,)
        if project in self._kept:  # taken out: kept again when left (a rename moves it)
            self._show_document(self._kept.pop(project))
            return
        self._show_document(None)
        assert self._store_call is not None
        self._doc_loads.append(self._doc_generation)
        self._store_call(DOC_TAG, "translator", ("load_document", project))

    def _document_loaded(self, restored: Restored | None) -> None:
        if not self._doc_loads or self._doc_loads.popleft() != self._doc_generation:
            return  # another document was shown meanwhile
        if restored is None:
            self._kept[self._doc_slot[0] if self._doc_slot else None] = None
            return
        if restored.document is None:
            why = error_message(restored.error) if restored.error is not None else ""
            self.message.setText(
                self.tr("The project's document could not be restored: %1").replace("%1", why)
            )
            return
        path = Path(restored.path) if restored.path else None
        self._show_document(
            OpenDocument(
                restored.document, path, restored.original, restored.uid, restored.unexported
            )
        )
        if restored.dropped:
            self.message.setText(
                self.tr(
                    "%n segment(s) of the restored document no longer match the file; they "
                    "start again untranslated.",
                    "",
                    restored.dropped,
                )
            )

    def _store_document(self) -> None:
        """Keep the shown document in the store, whole (replacing the project's last one)."""
        self._dirty.clear()
        self._doc_uid = None
        if not self._keeps_documents() or self.document is None:
            return
        if self._doc_slot is None:
            self._doc_slot = (self.project_name,)
        project = self._doc_slot[0]
        original = self._original
        if original is None or len(original) > MAX_DOCUMENT_BYTES:
            self._write("delete_document", project)  # the last one is closed all the same
            if original is not None:
                self.message.setText(
                    self.tr(
                        "%1 is larger than %2 MB: it can be translated, but it is not kept "
                        "when Airgap quits. Export your work before closing."
                    )
                    .replace("%1", self.document.name)
                    .replace("%2", str(MAX_DOCUMENT_BYTES // (1024 * 1024)))
                )
            return
        self._doc_uid = uuid.uuid4().hex
        self._doc_state = document_state(self.document, self.unexported)
        stored = StoredDocument(
            self._doc_uid,
            self.document.name,
            self.document.format,
            original,
            str(self.document_path or ""),
            dict(self._doc_state),
            document_rows(self.document),
        )
        self._write("save_document", project, stored, payload=self._doc_uid)

    def _changed(self, rows: Iterator[int] | tuple[int, ...] | set[int]) -> None:
        """These rows (and maybe the document's state) changed: written shortly."""
        self._dirty.update(rows)
        if self._doc_uid is not None and not self._save_timer.isActive():
            self._save_timer.start()

    def _flush_document(self) -> None:
        """Write the changed rows of the shown document (never a running one) at once."""
        self._save_timer.stop()
        if self._doc_uid is None or self.document is None or not self._keeps_documents():
            return
        count = len(self.document.segments)
        rows = sorted(r for r in self._dirty if r not in self._running and r < count)
        state = document_state(self.document, self.unexported)
        if not rows and state == self._doc_state:
            return
        self._dirty.difference_update(rows)
        self._doc_state = state
        self._write(
            "save_segments",
            self._doc_uid,
            document_rows(self.document, rows),
            state,
            payload=(self._doc_uid, rows),
        )

    # ------------------------------------------------------------------ glossary

    def glossary_terms(self) -> list[Term]:
        entry = self.project()
        return list(entry.terms if entry is not None else self._session_terms)

    def add_term(self, term: Term) -> bool:
        return self._add_terms([term])

    def replace_term(self, index: int, term: Term) -> bool:
        entry = self._glossary_project()
        if entry is None or not 0 <= index < len(entry.terms):
            return False
        if not self._usable(term):
            return False
        entry.terms[index] = term
        self._glossary_saved(entry)
        return True

    def delete_terms(self, indices: list[int]) -> int:
        entry = self._glossary_project()
        if entry is None:
            return 0
        gone = sorted({i for i in indices if 0 <= i < len(entry.terms)})
        if not gone:
            return 0
        removed = [(i, entry.terms[i]) for i in gone]
        entry.terms = [t for i, t in enumerate(entry.terms) if i not in set(gone)]
        self._glossary_saved(entry)
        if len(removed) == 1:
            text = self.tr("Glossary term “%1” deleted.").replace("%1", removed[0][1].source)
        else:
            text = self.tr("%1 glossary terms deleted.").replace("%1", str(len(removed)))
        self._offer_undo(Deletion(entry, removed, text))
        return len(removed)

    def open_glossary(self) -> GlossaryDialog:
        if self.glossary_dialog is None:
            self.glossary_dialog = GlossaryDialog(self, self)
            self.glossary_changed.connect(self.glossary_dialog.refresh)
            self.undo_changed.connect(self.glossary_dialog.show_undo)
        self.glossary_dialog.refresh()
        self.glossary_dialog.show()
        self.glossary_dialog.raise_()
        return self.glossary_dialog

    def choose_glossary_file(self) -> None:
        self._choose_glossary()

    def _add_terms(self, terms: list[Term]) -> bool:
        if not all(self._usable(t) for t in terms):
            return False
        entry = self._glossary_project()
        if entry is None:
            return False
        entry.terms.extend(terms)
        self._glossary_saved(entry)
        return True

    def _usable(self, term: Term) -> bool:
        if term.source.strip() and term.target.strip():
            return True
        self._show_error(
            self.tr("Glossary"),
            self.tr("A term needs both a source and a target (“%1”).").replace("%1", term.source),
        )
        return False

    def _glossary_project(self) -> ProjectEntry | None:
        """The project whose glossary is edited: the current one, or a new one made from the
        glossary in use so that the terms are kept."""
        if not self._editable():
            return None
        entry = self.project()
        if entry is not None:
            return entry
        base = self.tr("My project")
        name, n = base, 1
        while name in self._projects:
            n += 1
            name = f"{base} {n}"
        if not self.new_project(name):
            return None
        return self.project()

    def _glossary_saved(self, entry: ProjectEntry) -> None:
        self._save_project(entry)
        self._glossary_updated()

    def _glossary_updated(self) -> None:
        self.glossary = Glossary(self.glossary_terms(), name=self.project_name or "")
        if self.job is not None and not self.busy:
            self.job.glossary = self.glossary
        self._update_resources()
        self.glossary_changed.emit()

    def load_document(
        self, document: Document, path: Path | None = None, *, original: bytes | None = None
    ) -> None:
        """Show a new document (it replaces the project's stored one); `original`, the file
        it was read from, lets it be kept in the store and restored."""
        self.document = document
        self.document_path = path
        self.unexported = False
        self.job = None
        self._original = original
        self._doc_generation += 1
        if document.source_lang:
            index = self.source_lang.findData(document.source_lang)
            if index >= 0:
                self.source_lang.setCurrentIndex(index)
        self._fill_table()
        self.message.setText("")
        self._store_document()

    def load_text(self, text: str, name: str = "pasted.txt") -> None:
        data = clean_text(text).encode("utf-8")
        self.load_document(read_txt(data, name), original=data)

    def open_file(self, path: Path) -> bool:
        try:
            document = formats.read_document(path)
            original: bytes | None = path.read_bytes()  # kept in the store, not a temp file
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), error_message(exc))
            return False
        except OSError:
            original = None  # read once, gone now: translated here, not kept
        self.load_document(document, path, original=original)
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
            self._show_error(self.tr("Could not export the file"), error_message(exc))
            return False
        self.unexported = False
        self._changed(())
        text = self.tr("Exported to %1.").replace("%1", path.name)
        segments = self.document.segments
        missing = sum(1 for s in segments if not s.target)
        if missing:
            text = _sentences(
                text,
                self.tr(
                    "%n segment(s) had no translation yet; their source text was kept.", "", missing
                ),
            )
        flagged = sum(1 for s in segments if s.target and (s.missing_terms or s.tag_problems))
        if flagged:
            text = _sentences(
                text,
                self.tr(
                    "%n segment(s) still have a warning (⚠); hover over them to see why.",
                    "",
                    flagged,
                ),
            )
        self.message.setText(text)
        return True

    def confirm_discard(self) -> bool:
        """Before another document replaces this one: its unexported work is not thrown away
        without asking."""
        if self.document is None or not self.unexported:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard the translation?"),
            self.tr(
                "The translation of %1 has changes that were not exported. Open another "
                "document anyway? Approved segments stay in the translation memory."
            ).replace("%1", self.document.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_name(self) -> Path:
        """The name Export suggests: beside the original, with the target language added
        (report.docx -> report.en.docx), never the original itself."""
        assert self.document is not None
        name = Path(self.document.name or "translation.txt")
        folder = self.document_path.parent if self.document_path is not None else Path.home()
        target = self.target_lang.currentData() or "en"
        return folder / f"{name.stem}.{target}{name.suffix or '.txt'}"

    def import_glossary(self, path: Path) -> bool:
        """Add the terms of a CSV or TBX glossary (TBX: between the current languages)."""
        skipped: list[int] = []  # CSV lines without a source term
        try:
            data = path.read_bytes()
            if path.suffix.lower() == ".tbx":
                settings = self.settings()
                terms, _src, _tgt = read_tbx(
                    data, path.name, settings.source_lang, settings.target_lang
                )
            else:
                rows = read_glossary_csv(data, path.name)
                terms, skipped = rows.terms, rows.skipped_lines
        except OSError as exc:
            self._show_error(self.tr("Could not open the file"), file_error(path.name, exc))
            return False
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), error_message(exc))
            return False
        usable = [t for t in terms if t.source.strip() and t.target.strip()]
        seen = {(t.source, t.target) for t in self.glossary_terms()}
        new: list[Term] = []
        for term in usable:
            if (term.source, term.target) not in seen:
                seen.add((term.source, term.target))
                new.append(term)
        if new and not self._add_terms(new):
            return False
        text = self.tr("Imported %n term(s) from %1.", "", len(new)).replace("%1", path.name)
        if len(terms) > len(usable):
            text = _sentences(
                text,
                self.tr("Skipped %n row(s) without a target term.", "", len(terms) - len(usable)),
            )
        if skipped:
            text = _sentences(text, skipped_source_rows(skipped))
        if len(usable) > len(new):
            text = _sentences(
                text,
                self.tr(
                    "%n term(s) already in the glossary were skipped.", "", len(usable) - len(new)
                ),
            )
        self.message.setText(text)
        return True

    def import_memory(self, path: Path) -> bool:
        """Add the pairs of a TMX file to the translation memory (and the storage)."""
        try:
            entries = read_tmx(path.read_bytes(), path.name)
        except OSError as exc:
            self._show_error(self.tr("Could not open the file"), file_error(path.name, exc))
            return False
        except TranslateError as exc:
            self._show_error(self.tr("Could not open the file"), error_message(exc))
            return False
        stored = [self.memory.add(entry) for entry in entries]
        if isinstance(self.storage, PageStorage):
            self._save_memory(stored)  # one transaction on the store thread
        elif self.storage is not None:
            for entry in stored:
                self.storage.add_memory_entry(entry)
        self._update_resources()
        self.message.setText(
            self.tr("Imported %n pair(s) into the translation memory.", "", len(stored))
        )
        return True

    def export_memory(self, path: Path) -> bool:
        """The memory's pairs from the current source language, as TMX 1.4b; nothing is
        written when there are none. With an XLIFF open, its segments' inline codes carry
        their original markup."""
        settings = self.settings()
        entries = [e for e in self.memory.entries() if e.source_lang == settings.source_lang]
        if not entries:
            language = LANGUAGES.get(settings.source_lang)
            self._show_error(
                self.tr("Nothing to export"),
                self.tr(
                    "The translation memory has no pairs from %1 yet, so nothing was exported."
                ).replace("%1", language.native if language else settings.source_lang),
            )
            return False
        native = native_codes(self.document) if self.document is not None else {}
        try:
            path.write_bytes(
                write_tmx(entries, settings.source_lang, lambda e: native.get(e.source, {}))
            )
        except OSError as exc:
            self._show_error(
                self.tr("Could not export the file"), file_error(path.name, exc, writing=True)
            )
            return False
        self.message.setText(
            self.tr("Exported %n pair(s) to %1.", "", len(entries)).replace("%1", path.name)
        )
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
        segments = self.document.segments
        todo = (
            indices
            if indices is not None
            else [i for i, s in enumerate(segments) if s.status in PENDING]
        )
        self._running = set(todo)
        for row in self._running:
            self._fill_row(row)  # not editable until its translation arrives
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
            rows = self._confirm_approved(rows)
            if rows:
                self.translate(rows)
        elif self.document is not None:
            self.message.setText(self.tr("Select the segments to re-translate first."))

    def _confirm_approved(self, rows: list[int]) -> list[int]:
        """Approved translations are never replaced without asking: the rows to re-translate
        are all of them, those that are not approved ("Skip approved"), or none (Cancel)."""
        assert self.document is not None
        approved = {r for r in rows if self.document.segments[r].status is Status.APPROVED}
        if not approved:
            return rows
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace approved translations?"))
        role = QMessageBox.ButtonRole.AcceptRole
        skip = None
        if len(approved) == len(rows):
            box.setText(
                self.tr(
                    "Re-translating replaces %n approved translation(s). Re-translate anyway?",
                    "",
                    len(approved),
                )
            )
            everything = box.addButton(self.tr("Re-translate"), role)
        else:
            box.setText(
                self.tr(
                    "%n of the selected segments are approved. Re-translate them too, "
                    "replacing their approved translations, or skip them?",
                    "",
                    len(approved),
                )
            )
            everything = box.addButton(self.tr("Re-translate all"), role)
            skip = box.addButton(self.tr("Skip approved"), role)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(skip if skip is not None else cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is everything:
            return rows
        if skip is not None and clicked is skip:
            return [r for r in rows if r not in approved]
        return []

    def approve_selected(self) -> bool:
        """Approve the selected segments into the memory; False when none could be."""
        if self.document is None or self.busy:
            return False
        rows = self._selected_rows()
        if not rows:
            self.message.setText(self.tr("Select the segments to approve first."))
            return False
        # The current languages: a job made before a project or language switch would file
        # the pairs under the old pair.
        job = self._idle_job()
        empty = [r for r in rows if not self.document.segments[r].target.strip()]
        for row in rows:
            if row not in empty:
                job.approve(row)
                self._fill_row(row)
                self.unexported = True
        self._changed(r for r in rows if r not in empty)
        self.message.setText(
            self.tr("%n segment(s) without a translation were not approved.", "", len(empty))
            if empty
            else ""
        )
        self._update_counts()
        self._update_resources()
        return len(empty) < len(rows)

    def approve_and_next(self) -> None:
        """Cmd+Return: keep the target being typed, approve the segment and edit the next
        one that is not approved yet."""
        if self.document is None or self.busy:
            return
        current = self.table.currentIndex()
        editor = self.table.indexWidget(current) if current.isValid() else None
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if not self._selected_rows() and current.isValid():
            self.table.selectRow(current.row())
        rows = self._selected_rows()
        if not rows or not self.approve_selected():
            return
        segments = self.document.segments
        after = [r for r in range(rows[-1] + 1, len(segments))]
        nxt = next((r for r in after if segments[r].status is not Status.APPROVED), None)
        if nxt is None:
            return
        self.table.setCurrentCell(nxt, TARGET)
        self.table.selectRow(nxt)
        item = self.table.item(nxt, TARGET)
        if item is not None:
            self.table.editItem(item)

    def _open_shortcut(self) -> None:
        if self.open_button.isEnabled():
            self._choose_file()

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
        # A run keeps the settings it started with: changing them now would only mislead.
        for widget in (
            self.source_lang,
            self.swap_button,
            self.target_lang,
            self.register,
            self.thinking,
            self.instructions,
        ):
            widget.setEnabled(not busy)
        self._update_project_controls()
        self.busy_changed.emit(busy)

    def _fill_table(self) -> None:
        self._filling = True
        segments = self.document.segments if self.document else []
        self.table.setRowCount(len(segments))
        for row in range(len(segments)):
            self._fill_row(row)
        self._filling = False
        self.table.resizeRowsToContents()
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
            source.setToolTip(segment_label(segment.label))
        target = QTableWidgetItem(partial if partial is not None else segment.target)
        if row in self._running:  # the job writes it: an edit now would be overwritten
            target.setFlags(target.flags() & ~Qt.ItemFlag.ItemIsEditable)
        tips = [segment_error(segment)] if segment.error else []
        if segment.missing_terms:
            tips.append(
                self.tr("Glossary terms not found in the translation: %1").replace(
                    "%1", ", ".join(segment.missing_terms)
                )
            )
        if segment.tag_problems:
            tips.append(
                self.tr("Placeholders to check: %1").replace("%1", " ".join(segment.tag_problems))
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
        if not was_filling:
            self.table.resizeRowToContents(row)

    def _status_cell(self, segment: Segment) -> str:
        """The status, flagged when a glossary term or a placeholder is missing, or it failed."""
        flag = " ⚠" if segment.missing_terms or segment.tag_problems or segment.error else ""
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
        if self._filling or self.document is None or item.column() != TARGET:
            return
        row = item.row()
        segment = self.document.segments[row]
        if item.text() == segment.target:
            return
        if row in self._running:  # an editor opened before the run started
            self._fill_row(row)
            self.message.setText(
                self.tr("Segment %1 is being translated; edit it when it is done.").replace(
                    "%1", str(row + 1)
                )
            )
            return
        # While a run goes on, other segments can still be edited (the job only writes its
        # own); the current languages either way.
        job = self.job if self.busy and self.job is not None else self._idle_job()
        job.edit(row, item.text())
        self.unexported = True
        self._fill_row(row)
        self._update_counts()
        self._changed((row,))

    @Slot(object)
    def _progressed(self, progress: JobProgress) -> None:
        if self.document is None:
            return
        if progress.finished:
            self._running.discard(progress.index)
            self._fill_row(progress.index)
            self.progress.setValue(progress.done)
            self._changed((progress.index,))
        else:
            self._fill_row(progress.index, partial=progress.partial)

    @Slot(object)
    def _finished(self, result: JobResult) -> None:
        self._cancel = None
        self._changed(self._running)  # a job that failed outright may have left some
        self._running.clear()
        if result.translated or result.from_memory or result.errors:
            self.unexported = True
            self._changed(())
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
                    "%n segment(s) could not be translated; hover over them for the reason.",
                    "",
                    result.errors,
                )
            )

    def _show_detected(self) -> None:
        """ "Detect language (日本語)": what detection found, so a wrong guess shows."""
        detected = self._detected()
        text = self.tr("Detect language")
        if detected in LANGUAGES:
            text += f" ({LANGUAGES[detected].native})"
        self.source_lang.setItemText(0, text)

    def _update_counts(self) -> None:
        self._show_detected()
        if self.document is None:
            self.counts.setText("")
            return
        settings_source = self.source_lang.currentData() or self._detected()
        totals = self._counts.update(
            self.document.segments, settings_source, self.target_lang.currentData()
        )
        self.counts.setText(
            f"{self.document.name} · "  # which document this is: nothing else says it
            + self.tr("Source: %1 · Target: %2")
            .replace("%1", self._count_text(totals.source.billable, totals.source.unit))
            .replace("%2", self._count_text(totals.target.billable, totals.target.unit))
        )

    def _count_text(self, value: int, unit: str) -> str:
        if unit == "characters":
            return self.tr("%1 characters").replace("%1", f"{value:,}")
        return self.tr("%1 words").replace("%1", f"{value:,}")

    def _update_resources(self) -> None:
        self.resources.setText(
            # Numerus forms chosen by the count, shown with thousands separators.
            self.tr("Glossary: %1 term(s)", "", len(self.glossary)).replace(
                "%1", f"{len(self.glossary):,}"
            )
            + " · "
            + self.tr("Memory: %1 pair(s)", "", len(self.memory)).replace(
                "%1", f"{len(self.memory):,}"
            )
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
            self.tr("Documents") + " (*.txt *.md *.srt *.vtt *.docx *.xlf *.xliff *.csv *.xlsx)",
        )
        if path and self.confirm_discard():
            self.open_file(Path(path))

    def _choose_export(self) -> None:
        if self.document is None:
            return
        suggested = self.export_name()
        own = f"{self.tr('Documents')} (*{suggested.suffix})"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the translation"),
            str(suggested),
            ";;".join((own, *EXPORT_FILTERS)),
        )
        if not path:
            return
        out = Path(path)
        if not out.suffix:  # the format the filter names
            out = out.with_suffix(chosen.split("*")[1].split()[0].rstrip(")") or suggested.suffix)
        self.export_to(out)

    def _paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message.setText(self.tr("The clipboard has no text."))
            return
        if self.confirm_discard():
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
        self._show_detected()
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
        keys = QKeySequence(APPROVE_NEXT[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.approve_button.setToolTip(
            self.tr("Approve the selected segments; %1 approves and goes to the next one.").replace(
                "%1", keys
            )
        )
        self.export_button.setText(self.tr("Export…"))
        self.glossary_button.setText(self.tr("Import glossary…"))
        self.glossary_edit_button.setText(self.tr("Edit glossary…"))
        self.project_label.setText(self.tr("Project:"))
        self.project_picker.setPlaceholderText(self.tr("No project"))
        self.project_picker.setAccessibleName(self.tr("Project"))
        self.new_project_button.setText(self.tr("New…"))
        self.new_project_button.setToolTip(self.tr("New project"))
        self.rename_project_button.setText(self.tr("Rename…"))
        self.delete_project_button.setText(self.tr("Delete…"))
        self.undo_button.setText(self.tr("Undo"))
        self._show_notice()
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


def _sentences(first: str, second: str) -> str:
    """Two sentences of a message: CJK full stops need no space after them."""
    return first + ("" if first.endswith(("。", "！", "？", "）")) else " ") + second


class _NoSession:
    """For edits and approvals, which never call the model."""

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        raise TranslateError("No model is loaded.")
