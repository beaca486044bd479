"""The main window and its controller: sidebar, chat view, composer, toolbar, status bar.

The window owns the shown conversation (`conversation.Conversation`) and the text of the
reply being streamed; the engine and the store run on their own threads (worker.py) and are
reached only through queued signals. A streamed reply is saved from its first token and then
at most every SAVE_INTERVAL_S, so a crash loses at most about a second of text.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMetaObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from airgap import paths
from airgap.engine.api import (
    CancelToken,
    Done,
    FinishReason,
    GenerationRequest,
    GenerationStats,
    ModelInfo,
    ReasoningDelta,
    Role,
    TextDelta,
    ThinkingSupport,
)
from airgap.ui import settings as settings_mod
from airgap.ui import theme
from airgap.ui.chat_view import Action, ChatView
from airgap.ui.composer import Composer
from airgap.ui.conversation import Conversation, Message, new_id, title_from
from airgap.ui.data_transfer import DataTransfer
from airgap.ui.error_messages import user_message
from airgap.ui.history import MemoryHistory, open_history
from airgap.ui.i18n import LANGUAGES, Translations, system_language
from airgap.ui.settings import Settings, SettingsDialog
from airgap.ui.sidebar import Sidebar
from airgap.ui.status_bar import StatusBar
from airgap.ui.system_prompt import SystemPromptDialog
from airgap.ui.welcome import WelcomeDialog
from airgap.ui.worker import (
    EngineWorker,
    HistoryFactory,
    Job,
    SessionFactory,
    StoreWorker,
    StreamingOptions,
    open_session,
    start_thread,
)

if TYPE_CHECKING:  # imported on first use: it pulls in numpy and the translator (slow start)
    from airgap.ui.translate_page import TranslatePage

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 0.5
FIRST_PAINT_WAIT_MS = 400  # the model load starts at the first paint, or after this
UNDO_MS = 10_000


class MainWindow(QMainWindow):
    # Requests to the worker threads (queued: the workers live in other threads).
    _load = Signal(str, object)  # model folder ("" = built-in), StreamingOptions
    _generate = Signal(object)
    _reset = Signal()
    _store_open = Signal(str)  # a recovery key, or ""
    _store_call = Signal(str, str, object)

    def __init__(
        self,
        settings: Settings | None = None,
        translations: Translations | None = None,
        *,
        session_factory: SessionFactory = open_session,
        history_factory: HistoryFactory = open_history,
        model_path: Path | None = None,
        load_model: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.translations = translations
        self.conversation: Conversation | None = None
        self.model: ModelInfo | None = None
        self._model_path = model_path
        self._job: Job | None = None
        self._reply: Message | None = None
        self._job_conversation: Conversation | None = None
        self._jobs = 0
        self._session_conversation: str | None = None
        self._last_generated: str | None = None
        self._last_reply: tuple[str, Message] | None = None  # conversation id, finished reply
        self._last_save = 0.0
        self._started = 0.0
        self._first_token: float | None = None
        self._reasoning_started: float | None = None
        self._tokens = 0
        self._pending_undo: str | None = None
        self._deleted: list[str] = []  # this session's deletions: restorable until quit
        self._pending_meta: dict[str, dict[str, object]] = {}
        self.load_error = ""
        self.notice: QMessageBox | None = None
        self._settings_dialog: SettingsDialog | None = None
        self.welcome: WelcomeDialog | None = None
        self.about_dialog: QDialog | None = None
        self.downloads: QDialog | None = None  # File → Download Model… (kept: it may be busy)
        self._closing = False
        self.quit_box: QMessageBox | None = None  # "a download is in progress" question
        self._quit_confirmed = False

        self._build_ui()
        self._build_menus()
        self._start_workers(session_factory, history_factory)
        self._restore_state()
        self._update_chat_actions()
        self.retranslate()
        self._pending_load: tuple[Path | None] | None = None
        if load_model:
            # After the first paint: the engine thread's mlx import must not hold the GIL
            # while the window is being shown (fast start, bench/bench_start.py). A window
            # that is never shown loads anyway, a moment later.
            self._pending_load = (model_path,)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._start_pending_load)

    # ================================================================== construction
    def _build_ui(self) -> None:
        self.sidebar = Sidebar(self)
        self.chat = ChatView(self)
        self.chat.set_language(self._language())
        self.composer = Composer(self)
        self.composer.setObjectName("composer")
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chat, 1)
        column.addWidget(self.composer)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(right)
        self.translate_page: TranslatePage | None = None  # built on first use
        self._translating = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.model_picker = QComboBox(self)
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setMinimumContentsLength(18)
        self.thinking_button = QToolButton(self)
        self.thinking_button.setObjectName("thinkingButton")
        self.thinking_button.setCheckable(True)
        self.thinking_button.setChecked(self.settings.thinking)
        self.system_button = QToolButton(self)
        self.system_button.setObjectName("systemPromptButton")
        self.mode_tabs = QTabBar(self)
        self.mode_tabs.setObjectName("modeTabs")
        self.mode_tabs.addTab("")
        self.mode_tabs.addTab("")
        self.mode_tabs.setDrawBase(False)
        # Never a clipped "Trans‹›": in a narrow window the toolbar's » menu takes the rest.
        self.mode_tabs.setUsesScrollButtons(False)
        self.mode_tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.mode_tabs.currentChanged.connect(self.set_mode)
        self.toolbar.addWidget(self.mode_tabs)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.model_picker)
        self.toolbar.addWidget(self.thinking_button)
        self.toolbar.addWidget(self.system_button)
        self.addToolBar(self.toolbar)
        self._fill_models()

        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.undo_button = self.status.undo_button
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._undo_expired)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.chat.action.connect(self._on_message_action)
        self.chat.edit_submitted.connect(self.edit_and_resend)
        self.sidebar.selected.connect(self.open_conversation)
        self.sidebar.new_chat.connect(self.new_chat)
        self.sidebar.search_changed.connect(self._search)
        self.sidebar.rename_requested.connect(self._rename)
        self.sidebar.delete_requested.connect(self._delete)
        self.sidebar.pin_requested.connect(self._pin)
        self.system_button.clicked.connect(self.edit_system_prompt)
        self.model_picker.activated.connect(self._on_model_picked)
        self.thinking_button.toggled.connect(self._on_thinking_toggled)
        self.undo_button.clicked.connect(self._undo_delete)
        self.setMinimumSize(720, 480)
        self.resize(1100, 720)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.edit_menu = menus.addMenu("")
        self.chat_menu = menus.addMenu("")
        self.view_menu = menus.addMenu("")
        self.help_menu = menus.addMenu("")

        def action(
            menu: object, slot: object, *keys: QKeySequence | QKeySequence.StandardKey | str
        ) -> QAction:
            act = QAction(self)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            menu.addAction(act)  # type: ignore[attr-defined]
            return act

        std = QKeySequence.StandardKey
        self.act_new = action(self.file_menu, self.new_chat, std.New)
        self.act_export = action(self.file_menu, self.export_conversation, "Ctrl+Shift+E")
        self.act_download = action(self.file_menu, self.open_downloads)
        # Import Conversations… / Export All Conversations… / Back Up Database…
        self.data_transfer = DataTransfer(self, self.file_menu, self.act_download)
        self.act_close = action(self.file_menu, self.close, std.Close)
        self.file_menu.addSeparator()
        self.act_quit = action(self.file_menu, self.quit_app, std.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_copy_last = action(self.edit_menu, self.copy_last_answer, "Ctrl+Shift+C")
        # The delete question promises an undo until quit; the status bar's Undo lasts 10 s.
        self.act_undo_delete = action(self.edit_menu, self.undo_last_delete)
        self.act_undo_delete.setEnabled(False)
        self.act_find = action(self.edit_menu, self.focus_search, std.Find)
        self.edit_menu.addSeparator()
        self.act_settings = action(self.edit_menu, self.open_settings, std.Preferences, "Ctrl+,")
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_stop = action(self.chat_menu, self.stop_visible, "Esc")
        self.act_regenerate = action(self.chat_menu, self.regenerate_last, "Ctrl+R")
        self.chat_menu.addSeparator()
        # ⌘[ / ⌘] (and ⌘⌥↑ / ⌘⌥↓) walk the conversation list as shown, as in Mail or Slack.
        self.act_previous = action(
            self.chat_menu, lambda: self.step_conversation(-1), "Ctrl+[", "Ctrl+Alt+Up"
        )
        self.act_next = action(
            self.chat_menu, lambda: self.step_conversation(1), "Ctrl+]", "Ctrl+Alt+Down"
        )
        self.act_rename = action(self.chat_menu, self.rename_current)
        self.act_delete = action(self.chat_menu, self.delete_current)
        self.chat_menu.addSeparator()
        self.act_thinking = QAction(self)
        self.act_thinking.setCheckable(True)
        self.act_thinking.setChecked(self.thinking_button.isChecked())
        self.act_thinking.toggled.connect(self.thinking_button.setChecked)
        self.thinking_button.toggled.connect(self.act_thinking.setChecked)
        self.chat_menu.addAction(self.act_thinking)
        self.act_system = action(self.chat_menu, self.edit_system_prompt)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c, save=True))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act
        self.act_diagnostics = action(self.help_menu, self.copy_diagnostics)
        self.act_about = action(self.help_menu, self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = action(self.help_menu, QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _start_workers(
        self, session_factory: SessionFactory, history_factory: HistoryFactory
    ) -> None:
        self.engine = EngineWorker(session_factory)
        self.engine_thread = start_thread(self.engine, "airgap-engine")
        self._load.connect(self.engine.load)
        self._generate.connect(self.engine.generate)
        self._reset.connect(self.engine.reset)
        self.engine.loading.connect(self._on_loading)
        self.engine.loaded.connect(self._on_loaded)
        self.engine.load_failed.connect(self._on_load_failed)
        self.engine.streamed.connect(self._on_event)

        self.store = StoreWorker(history_factory)
        self.store_thread = start_thread(self.store, "airgap-store")
        self._store_open.connect(self.store.open)
        self._store_call.connect(self.store.call)
        self.store.opened.connect(self._refresh_list)
        self.store.open_failed.connect(self._on_store_failed)
        self.store.result.connect(self._on_store_result)
        self.store.failed.connect(self._on_store_error)
        self.store.recovery_needed.connect(self._ask_recovery_key)
        self._store_open.emit("")

    # ================================================================== model
    def _fill_models(self) -> None:
        self.model_picker.clear()
        self.model_picker.addItem("", "")
        for name in settings_mod.installed_models():
            if Path(paths.models_dir() / name) != paths.default_model_dir():
                self.model_picker.addItem(name, name)
        index = self.model_picker.findData(self.settings.default_model)
        self.model_picker.setCurrentIndex(max(0, index))

    def _start_pending_load(self) -> None:
        if self._pending_load is not None:
            (path,) = self._pending_load
            self._pending_load = None
            self.load_model(path)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self._pending_load is not None:
            QTimer.singleShot(0, self._start_pending_load)  # once this frame is on screen
        return handled

    def load_model(self, path: Path | None = None) -> None:
        self._pending_load = None
        if path is None and self.settings.default_model:
            path = paths.models_dir() / self.settings.default_model
        options = StreamingOptions(self.settings.expert_memory_gb, self.settings.expert_k)
        self._load.emit(str(path or ""), options)  # a str: never None through a queued signal

    def _on_model_picked(self, index: int) -> None:
        name = str(self.model_picker.itemData(index) or "")
        self.stop()
        self._session_conversation = None
        self.load_model(paths.models_dir() / name if name else None)

    def _on_loading(self, _path: str) -> None:
        self.model = None
        self.status.show_model(None)

    def _on_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self.load_error = ""
        self._session_conversation = None
        can_think = info.thinking is not ThinkingSupport.NONE
        self.thinking_button.setEnabled(can_think)
        self.act_thinking.setEnabled(can_think)
        self._update_model_label()

    def _on_load_failed(self, message: str) -> None:
        self.model = None
        self.status.show_model(None, error=message)
        self.load_error = message
        self._notify(self.tr("The model could not be loaded"), message)

    def _update_model_label(self) -> None:
        if self.model is not None:
            self.status.show_model(self.model.model_id)

    def thinking_enabled(self) -> bool:
        return self.thinking_button.isChecked() and self.thinking_button.isEnabled()

    def _on_thinking_toggled(self, checked: bool) -> None:
        self.settings.thinking = checked
        self._save_settings()

    # ================================================================== chatting
    @property
    def busy(self) -> bool:
        return self._job is not None

    def send(self, text: str) -> None:
        if self.busy or not text.strip():
            return
        if self._translating:
            self.composer.set_text(text)  # kept: sent once the translation is done
            return
        conv = self.conversation
        if conv is None:
            conv = self.conversation = Conversation()
        if not conv.messages:
            conv.title = conv.title or title_from(text)
            self._store("", "save_conversation", conv_copy(conv))
        user = conv.add(Message(new_id(), conv.last_id(), Role.USER, text))
        self._store("", "save_message", conv.id, dataclasses.replace(user))
        self.chat.append(user, conv.siblings(user.id))
        self._start_reply(user.id, regenerate=False)

    def regenerate(self, message_id: str) -> None:
        conv = self.conversation
        if self.busy or conv is None:
            return
        message = conv.messages[message_id]
        if message.role is not Role.ASSISTANT or message.parent_id is None:
            return
        self._start_reply(message.parent_id, regenerate=message_id == self._last_generated)

    def regenerate_last(self) -> None:
        conv = self.conversation
        last = conv.visible()[-1] if conv and conv.visible() else None
        if last is not None and last.role is Role.ASSISTANT:
            self.regenerate(last.id)

    def edit_and_resend(self, message_id: str, text: str) -> None:
        conv = self.conversation
        if self.busy or self._translating or conv is None:
            return
        old = conv.messages[message_id]
        user = conv.add(Message(new_id(), old.parent_id, Role.USER, text))
        self._store("", "save_message", conv.id, dataclasses.replace(user))
        self._start_reply(user.id, regenerate=False)
        self.composer.edit.setFocus()  # the edited message's widgets were rebuilt

    def _start_reply(self, parent_id: str, *, regenerate: bool) -> None:
        conv = self.conversation
        assert conv is not None
        if self._translating:
            return  # the buttons are disabled; this is the last guard of the one session
        thinking = self.thinking_enabled()
        reply = conv.add(
            Message(
                new_id(),
                parent_id,
                Role.ASSISTANT,
                thinking=thinking,
                model_id=self.model.model_id if self.model else "",
            )
        )
        request = GenerationRequest(
            messages=conv.history_before(reply.id),
            system_prompt=conv.system_prompt,
            thinking=thinking,
            sampling=self.settings.sampling(),
        )
        self._jobs += 1
        self._job = Job(self._jobs, request, regenerate, CancelToken())
        self._reply = reply
        self._job_conversation = conv
        self._started = time.monotonic()
        self._first_token = self._reasoning_started = None
        self._tokens = 0
        self._last_save = self._started
        self._store("", "save_message", conv.id, dataclasses.replace(reply))
        if not self.chat.widgets or self.chat.widgets[-1].message.id != parent_id:
            self._show_conversation()  # regenerate / edit: the shown branch changed
        self.chat.begin_stream(reply, conv.siblings(reply.id))
        self._set_busy(True)
        if self._session_conversation != conv.id:
            self._reset.emit()  # another conversation's prompt cache is of no use
            self._session_conversation = conv.id
        self.status.generating()
        self._generate.emit(self._job)

    def _set_busy(self, busy: bool) -> None:
        """While a reply is written, what would start another turn is disabled, not silent."""
        self.composer.set_busy(busy)
        self.chat.set_busy(busy or self._translating)
        self._update_chat_actions()

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel.cancel()

    def stop_visible(self) -> None:
        """Esc (Stop Generating): stop what the page in view is doing: a running translation
        on the Translate page, else the chat reply. Each page's work has its own stop."""
        page = self.translate_page
        if page is not None and self.pages.currentWidget() is page:
            page.cancel()
        else:
            self.stop()

    # ================================================================== translate mode
    def set_mode(self, index: int) -> None:
        """0: Chat, 1: Translate (the translator workspace shares the loaded model)."""
        if index == 1 and self.translate_page is None:
            from airgap.ui.translate_page import TranslatePage

            page = TranslatePage(
                lambda: self.engine.session,
                store_call=lambda tag, method, args: self._store(tag, method, *args),
                last_project=self.settings.translate_project,
                remember_project=self._remember_translate_project,
            )
            page.busy_changed.connect(self._on_translate_busy)
            self.store.opened.connect(page.store_ready)  # a page opened before the store
            self.pages.addWidget(page)
            self.translate_page = page
        self.pages.setCurrentIndex(index)
        self.sidebar.setVisible(index == 0)
        if self.mode_tabs.currentIndex() != index:
            self.mode_tabs.setCurrentIndex(index)

    def _remember_translate_project(self, name: str) -> None:
        if name != self.settings.translate_project:
            self.settings.translate_project = name
            self._save_settings()

    def _on_translate_busy(self, busy: bool) -> None:
        # One ChatSession, one generation at a time: no chat turn while a document translates.
        self._translating = busy
        self.composer.set_locked(busy)  # no Send/Stop, read-only; Send back only with text
        # Regenerate, Edit and ⌘R would start a turn too.
        self.chat.set_busy(busy or self.busy)
        self._update_chat_actions()

    def _on_event(self, job_id: int, event: object) -> None:
        # The reply belongs to the conversation it was asked in, even if another is shown now.
        job, reply, conv = self._job, self._reply, self._job_conversation
        if job is None or job.job_id != job_id or reply is None or conv is None:
            return
        shown = conv is self.conversation
        now = time.monotonic()
        if isinstance(event, ReasoningDelta):
            if self._reasoning_started is None:
                self._reasoning_started = now
            self._first_token = self._first_token or now
            reply.reasoning += event.text
            self._tokens += 1
            if shown:
                self.chat.feed_reasoning(event.text)
        elif isinstance(event, TextDelta):
            if self._reasoning_started is not None and reply.thinking_seconds is None:
                reply.thinking_seconds = now - self._reasoning_started
            self._first_token = self._first_token or now
            reply.content += event.text
            self._tokens += 1
            if shown:
                self.chat.feed_text(event.text)
        elif isinstance(event, Done):
            self._finish(reply, event)
            return
        if now - self._last_save >= SAVE_INTERVAL_S:
            self._last_save = now
            self._store("", "save_message", conv.id, dataclasses.replace(reply))
            self._show_live_speed(now)

    def _finish(self, reply: Message, done: Done) -> None:
        conv = self._job_conversation
        assert conv is not None
        if self._reasoning_started is not None and reply.thinking_seconds is None:
            reply.thinking_seconds = time.monotonic() - self._reasoning_started
        reply.finish = done.finish_reason
        failure = done.failure
        reply.error = user_message(failure) if failure is not None else None
        if reply.finish is FinishReason.ERROR and not reply.error:
            reply.error = self.tr("The model stopped with an error.")
        reply.stats = done.stats
        self._store("", "save_message", conv.id, dataclasses.replace(reply))
        if conv.id not in self._deleted:  # deleted while answering: the reply is kept for Undo
            self._store("", "save_conversation", conv_copy(conv))
        if conv is self.conversation:
            self.chat.end_stream(reply)
        self._job = self._reply = self._job_conversation = None
        self._last_reply = (conv.id, reply)
        self._last_generated = reply.id if reply.finish is not FinishReason.ERROR else None
        if reply.finish is FinishReason.ERROR:
            self._session_conversation = None  # the session may hold a half-built cache
        self._set_busy(False)
        self._show_stats(done.stats)
        self._refresh_list()

    # ================================================================== message actions
    def _on_message_action(self, kind: str, message_id: str) -> None:
        conv = self.conversation
        if conv is None or message_id not in conv.messages:
            return
        action = Action(kind)
        if action is Action.COPY:
            QGuiApplication.clipboard().setText(conv.messages[message_id].content)
            self.statusBar().showMessage(self.tr("Copied."), 2000)
        elif action is Action.REGENERATE:
            self.regenerate(message_id)
        elif action is Action.EDIT:
            widget = self.chat.widget_for(message_id)
            if widget is not None and not self.busy:
                widget.start_edit()
        elif action in (Action.PREVIOUS, Action.NEXT):
            self.switch_branch(message_id, -1 if action is Action.PREVIOUS else 1)
        elif action is Action.STOP:
            self.stop()

    def switch_branch(self, message_id: str, step: int) -> None:
        conv = self.conversation
        if conv is None or self.busy:
            return
        shown = conv.switch(message_id, step)
        if shown is not None:
            parent = conv.messages[shown].parent_id
            self._store("", "set_shown", conv.id, parent, shown)
            self._show_conversation()

    def copy_last_answer(self) -> None:
        conv = self.conversation
        answers = [m for m in (conv.visible() if conv else []) if m.role is Role.ASSISTANT]
        if answers:
            QGuiApplication.clipboard().setText(answers[-1].content)
            self.statusBar().showMessage(self.tr("Copied the last answer."), 2000)

    def _show_conversation(self) -> None:
        conv = self.conversation
        self._update_chat_actions()
        if conv is None:
            self.chat.set_messages([])
            return
        self.chat.set_messages([(m, conv.siblings(m.id)) for m in conv.visible()])

    def _update_chat_actions(self) -> None:
        """Chat menu commands with nothing to act on are disabled, not silent."""
        shown = self.conversation.visible() if self.conversation else []
        last = shown[-1] if shown else None
        answered = last is not None and last.role is Role.ASSISTANT
        idle = not self.busy and not self._translating
        self.act_regenerate.setEnabled(answered and idle)
        self.act_copy_last.setEnabled(any(m.role is Role.ASSISTANT for m in shown))

    # ================================================================== conversations
    def new_chat(self) -> None:
        self.stop()
        self.conversation = None
        self._show_conversation()
        self.sidebar.select(None)
        self.composer.edit.setFocus()

    def open_conversation(self, conversation_id: str) -> None:
        if self.conversation is not None and self.conversation.id == conversation_id:
            return
        if self.busy:
            self.stop()  # the answer so far is kept and saved
        self._store("load", "load", conversation_id)

    def _show_loaded(self, conv: Conversation) -> None:
        """Show a conversation the store handed back. Its copy of a reply still being
        written (or finished after the load was asked for) is older than the window's:
        the window's own message object replaces it, and a running stream shows again."""
        live: list[Message] = []
        if self._last_reply is not None and self._last_reply[0] == conv.id:
            live.append(self._last_reply[1])
        if self._job_conversation is not None and self._job_conversation.id == conv.id:
            assert self._reply is not None
            live.append(self._reply)
            self._job_conversation = conv
        for message in live:
            if message.id in conv.messages:
                conv.messages[message.id] = message
        self.conversation = conv
        self._session_conversation = None
        self._show_conversation()
        reply = self._reply
        shown = reply is not None and self.chat.widget_for(reply.id) is not None
        if self._job_conversation is conv and reply is not None and shown:
            self.chat.begin_stream(reply, conv.siblings(reply.id))
        elif self.sidebar.query():
            self.chat.reveal(self.sidebar.query())  # opened from a search: show the hit
        self.sidebar.select(conv.id)

    def step_conversation(self, step: int) -> None:
        """Open the conversation above (-1) or below (+1) the shown one in the list."""
        current = self.conversation.id if self.conversation else None
        target = self.sidebar.neighbour(current, step)
        if target is not None:
            self.open_conversation(target)

    def _menu_target(self) -> str | None:
        """The conversation a menu command means: the open one, else the one selected."""
        conv = self.conversation
        if conv is not None and conv.messages:
            return conv.id
        return self.sidebar.current_id()

    def rename_current(self) -> None:
        cid = self._menu_target()
        if cid is not None and self.sidebar.shows(cid):
            self.sidebar.ask_rename(cid)

    def delete_current(self) -> None:
        cid = self._menu_target()
        if cid is not None and self.sidebar.shows(cid):
            self.sidebar.ask_delete(cid)

    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    def _search(self, query: str) -> None:
        if query:
            self._store("search", "search", query)
        else:
            self._refresh_list()

    def _rename(self, conversation_id: str, title: str) -> None:
        self._update_meta(conversation_id, {"title": title})

    def _pin(self, conversation_id: str, pinned: bool) -> None:
        self._update_meta(conversation_id, {"pinned": pinned})

    def _update_meta(self, conversation_id: str, changes: dict[str, object]) -> None:
        """Change a conversation's title or pin; one not open is loaded first (store thread)."""
        conv = self.conversation
        if conv is not None and conv.id == conversation_id:
            for key, value in changes.items():
                setattr(conv, key, value)
            self._store("", "save_conversation", conv_copy(conv))
            self._refresh_list()
            return
        self._pending_meta.setdefault(conversation_id, {}).update(changes)
        self._store("meta", "load", conversation_id)

    def _delete(self, conversation_id: str) -> None:
        if self.conversation is not None and self.conversation.id == conversation_id:
            self.new_chat()
        self._store("", "delete", conversation_id)
        self._pending_undo = conversation_id
        self._deleted.append(conversation_id)
        self.act_undo_delete.setEnabled(True)
        self.undo_button.show()
        self._undo_timer.start(UNDO_MS)
        self.statusBar().showMessage(self.tr("Conversation deleted."), UNDO_MS)
        self._refresh_list()

    def _undo_delete(self) -> None:
        if self._pending_undo is not None:
            self._restore(self._pending_undo)
        self._undo_expired()

    def undo_last_delete(self) -> None:
        """Edit → Undo Delete Conversation: the latest deletion of this session."""
        if self._deleted:
            self._restore(self._deleted[-1])
        self._undo_expired()

    def _restore(self, conversation_id: str) -> None:
        self._store("", "restore", conversation_id)
        if conversation_id in self._deleted:
            self._deleted.remove(conversation_id)
        self.act_undo_delete.setEnabled(bool(self._deleted))
        self._refresh_list()
        self.statusBar().clearMessage()  # "Conversation deleted." no longer holds

    def _undo_expired(self) -> None:
        self._pending_undo = None
        self.undo_button.hide()

    def _refresh_list(self) -> None:
        if not self.sidebar.search.text().strip():
            self._store("list", "conversations")

    # ================================================================== store plumbing
    def _store(self, tag: str, method: str, *args: object) -> None:
        self._store_call.emit(tag, method, args)

    def _on_store_result(self, tag: str, value: object) -> None:
        if tag == "list":
            assert isinstance(value, list)
            current = self.conversation.id if self.conversation else None
            self.sidebar.set_conversations(value, current)
        elif tag == "search":
            assert isinstance(value, list)
            self.sidebar.set_results(value)
        elif tag == "load":
            assert isinstance(value, Conversation)
            self._show_loaded(value)
        elif tag.startswith("translate-"):
            if self.translate_page is not None:
                self.translate_page.store_result(tag, value)
        elif tag == "recovery":
            self._show_recovery_key(str(value))
        elif tag == "diagnostics":
            self._copy_diagnostics(str(value))
        elif tag == "welcome-key":
            if self.welcome is not None:
                self.welcome.show_recovery_key(str(value))
        elif tag.startswith("data-"):
            self.data_transfer.store_result(tag, value)
        elif tag == "export":
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(value)), 8000)
        elif tag == "meta":
            assert isinstance(value, Conversation)
            for key, change in self._pending_meta.pop(value.id, {}).items():
                setattr(value, key, change)
            self._store("", "save_conversation", conv_copy(value))
            self._refresh_list()

    def _on_store_error(self, tag: str, message: str) -> None:
        log.warning("store: %s", message)
        if tag.startswith("data-"):
            self.data_transfer.store_failed(tag, message)
            return
        if tag.startswith("translate-"):
            if self.translate_page is not None:
                self.translate_page.store_failed(tag, message)  # shown in the page
            return
        if tag == "diagnostics":
            self._copy_diagnostics(f"not checked: {message}")
            return
        if tag == "welcome-key":
            return  # no recovery key (e.g. the store is in memory): the welcome shows none
        if tag == "recovery":
            self._show_recovery_key(None)
            return
        self.statusBar().showMessage(message, 8000)

    def _ask_recovery_key(self, message: str) -> None:
        if not paths.database_path().exists():
            self._on_store_failed(message)  # nothing stored yet: no recovery key to ask for
            return
        key, ok = QInputDialog.getText(
            self,
            self.tr("Recovery key"),
            self.tr("%1\n\nEnter the recovery key you wrote down:").replace("%1", message),
        )
        if ok and key.strip():
            self._store_open.emit(key.strip())
        else:
            self._on_store_failed(message)

    def _on_store_failed(self, message: str) -> None:
        # Nothing is written over a store that did not open; this session lives in memory.
        self._notify(
            self.tr("Your conversations could not be opened"),
            self.tr(
                "%1\n\nAirgap will keep this session's conversations in memory only; nothing "
                "already stored has been changed."
            ).replace("%1", message),
        )
        self.store.history = MemoryHistory()
        self._refresh_list()
        if self.translate_page is not None:
            self.translate_page.store_ready()  # kept for the session, as the page says

    # ================================================================== status bar
    def _show_live_speed(self, now: float) -> None:
        if self._first_token is not None and now > self._first_token:
            self.status.show_speed(max(self._tokens - 1, 0) / (now - self._first_token))

    def _show_stats(self, stats: GenerationStats) -> None:
        self.status.show_stats(stats, self.model.context_length if self.model else 0)

    # ================================================================== dialogs
    def _notify(self, title: str, text: str) -> None:
        """A window-modal message that does not block the event loop (streams keep going)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()

    def edit_system_prompt(self) -> None:
        dialog = SystemPromptDialog(
            self.conversation.system_prompt if self.conversation else "", self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.conversation is None:
            self.conversation = Conversation()
        self.conversation.system_prompt = dialog.text()
        self._session_conversation = None
        if self.conversation.messages:
            self._store("", "save_conversation", conv_copy(self.conversation))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.recovery_key_requested.connect(lambda: self._store("recovery", "recovery_key"))
        self._settings_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._settings_dialog = None
        if not accepted or dialog.result_settings is None:
            return
        old = self.settings
        self.apply_settings(dialog.result_settings)
        new = dialog.result_settings
        if (new.default_model, new.expert_memory_gb, new.expert_k) != (
            old.default_model,
            old.expert_memory_gb,
            old.expert_k,
        ):
            self._fill_models()
            self.load_model()

    def apply_settings(self, new: Settings) -> None:
        self.settings = new
        self.thinking_button.setChecked(new.thinking)
        self.set_language(new.language or system_language(), save=False)
        self._save_settings()

    def _show_recovery_key(self, key: str | None) -> None:
        parent = self._settings_dialog or self
        if key is None:
            QMessageBox.information(
                parent,
                self.tr("Recovery key"),
                self.tr("This data folder is not encrypted with a recovery key."),
            )
        elif self._settings_dialog is not None:
            self._settings_dialog.show_recovery_key(key)

    def export_conversation(self) -> None:
        """Save the open conversation (or all of them) as Markdown or JSON, off the GUI thread."""
        conv = self.conversation
        markdown, json_filter = self.tr("Markdown (*.md)"), self.tr("JSON, lossless (*.json)")
        name = (conv.title if conv else "") or self.tr("Conversations")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"{name}.md"), f"{markdown};;{json_filter}"
        )
        if not path:
            return
        fmt = "json" if chosen == json_filter or path.endswith(".json") else "markdown"
        cid = conv.id if conv and conv.messages else None
        self._store("export", "export", cid, path, fmt)

    def maybe_show_welcome(self) -> WelcomeDialog | None:
        """The first-run welcome, unless it was finished or skipped before (non-blocking)."""
        if self.settings.welcome_done or self.welcome is not None:
            return None
        dialog = WelcomeDialog(
            self._language(), lambda code: self.set_language(code, save=True), self
        )
        dialog.finished.connect(self._welcome_finished)
        dialog.installed.connect(lambda _model_id: self._fill_models())
        self.welcome = dialog
        self._store("welcome-key", "recovery_key")
        dialog.open()
        return dialog

    def _welcome_finished(self, _result: int) -> None:
        self.welcome = None
        self.settings.welcome_done = True
        self._save_settings()

    def open_downloads(self) -> QDialog:
        """File → Download Model…: the catalog, and a progress dialog for the picked model."""
        from airgap.ui.download_dialog import CatalogDialog  # not needed for a fast start

        if self.downloads is None:
            self.downloads = CatalogDialog(self)
            self.downloads.installed.connect(lambda _model_id: self._fill_models())
        self.downloads.open()
        return self.downloads

    def show_about(self) -> None:
        from airgap.ui.about import AboutDialog  # reads package metadata: only when asked

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def copy_diagnostics(self) -> None:
        """Help → Copy Diagnostics: the database check runs on the store thread, then the
        report (no conversation content) goes to the clipboard."""
        self._store("diagnostics", "integrity_check")

    def _copy_diagnostics(self, integrity: str) -> None:
        from airgap.diagnostics import diagnostics_text

        text = diagnostics_text(
            integrity=integrity, loaded_model=self.model.model_id if self.model else ""
        )
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            self.tr("Diagnostics copied. They contain no conversation content."), 8000
        )

    # ================================================================== language & state
    def _language(self) -> str:
        if self.translations is not None:
            return self.translations.language
        return self.settings.language or "en"

    def set_language(self, language: str, *, save: bool) -> None:
        """Switch the UI language now; every widget retranslates on LanguageChange."""
        if self.translations is not None:
            self.translations.set_language(language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.settings.theme, language, self.settings.font_size)
        self.chat.set_language(language)
        if save:
            self.settings.language = language
            self._save_settings()
        for code, act in self.language_actions.items():
            act.setChecked(code == language)

    def _on_system_scheme(self) -> None:
        app = QApplication.instance()
        if self.settings.theme is settings_mod.Theme.SYSTEM and isinstance(app, QApplication):
            theme.apply(app, self.settings.theme, self._language(), self.settings.font_size)

    def _save_settings(self) -> None:
        try:
            settings_mod.save(self.settings)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Settings could not be saved: %1").replace("%1", str(exc)), 8000
            )

    def _restore_state(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.splitter_state:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode()))
        lang = self._language()
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_before_quitting():
            event.ignore()  # the question decides; Keep Downloading leaves all as it was
            return
        self.shutdown()
        super().closeEvent(event)

    def quit_app(self) -> None:
        """File → Quit (⌘Q): asks first while a model download is running."""
        if not self._ask_before_quitting():
            QApplication.quit()

    def _ask_before_quitting(self) -> bool:
        """True when a running download needs the user's answer first (the question is
        then shown). A second quit while it is shown (⌘Q twice) means Quit."""
        if self._closing or self._quit_confirmed:
            return False
        if "airgap.ui.download_dialog" not in sys.modules:
            return False  # never opened: nothing can be downloading
        from airgap.ui.download_dialog import running_downloads

        running = running_downloads(self)
        if not running:
            return False
        if self.quit_box is not None:
            self._stop_downloads_and_quit(close=False)
            return False
        names = ", ".join(f"{d.name}, {d.bar.value()} %" for d in running)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Download in Progress"),
            self.tr(
                "A download is in progress (%1). Quit and resume it next time, or keep downloading?"
            ).replace("%1", names),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("quitDuringDownload")
        quit_button = box.addButton(
            self.tr("Quit and Resume Next Time"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep Downloading"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        # ⌘Q again in the question answers it.
        again = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), box)
        again.activated.connect(quit_button.click)

        def answered(_result: int) -> None:
            self.quit_box = None
            if box.clickedButton() is quit_button:
                self._stop_downloads_and_quit(close=True)

        box.finished.connect(answered)
        self.quit_box = box
        box.open()
        return True

    def _stop_downloads_and_quit(self, *, close: bool) -> None:
        """Stop the downloaders as Cancel does (the partial files stay for a resume)."""
        from airgap.ui.download_dialog import running_downloads

        self._quit_confirmed = True
        box, self.quit_box = self.quit_box, None
        if box is not None:
            box.done(0)
        for dialog in running_downloads(self):
            dialog.stop_for_quit()
        if close:
            self.close()  # the last window: the application quits with it

    def shutdown(self) -> None:
        """Save the window state, stop generating (the reply so far is saved), close the
        store, end the threads. Idempotent: runs on close and on application quit."""
        if self._closing:
            return
        self._closing = True
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.splitter_state = bytes(self.splitter.saveState().toBase64().data()).decode()
        self._save_settings()
        conv = self._job_conversation
        if self._job is not None and self._reply is not None and conv is not None:
            self._job.cancel.cancel()
            self._reply.finish = FinishReason.CANCELLED
            self._store("", "save_message", conv.id, dataclasses.replace(self._reply))
        if self.translate_page is not None:
            self.translate_page.shutdown()
        self.data_transfer.shutdown()  # an import stops after its conversation, not at the end
        # Blocking and queued: every save queued before it runs first, then the store closes.
        QMetaObject.invokeMethod(self.store, "close", Qt.ConnectionType.BlockingQueuedConnection)
        for thread in (self.engine_thread, self.store_thread):
            thread.quit()
        for thread in (self.engine_thread, self.store_thread):
            thread.wait(30_000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Airgap"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.chat_menu.setTitle(self.tr("&Chat"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Language"))
        self.act_new.setText(self.tr("New Chat"))
        self.act_export.setText(self.tr("Export Conversation…"))
        self.data_transfer.retranslate()
        self.act_download.setText(self.tr("Download Model…"))
        self.act_close.setText(self.tr("Close Window"))
        self.act_quit.setText(self.tr("Quit Airgap"))
        self.act_copy_last.setText(self.tr("Copy Last Answer"))
        self.act_undo_delete.setText(self.tr("Undo Delete Conversation"))
        self.act_find.setText(self.tr("Search Conversations"))
        self.act_settings.setText(self.tr("Settings…"))
        self.act_stop.setText(self.tr("Stop Generating"))
        self.act_regenerate.setText(self.tr("Regenerate Answer"))
        self.act_previous.setText(self.tr("Previous Conversation"))
        self.act_next.setText(self.tr("Next Conversation"))
        self.act_rename.setText(self.tr("Rename Conversation…"))
        self.act_delete.setText(self.tr("Delete Conversation…"))
        self.act_thinking.setText(self.tr("Thinking"))
        self.act_system.setText(self.tr("System Prompt…"))
        self.act_about.setText(self.tr("About Airgap"))
        self.act_diagnostics.setText(self.tr("Copy Diagnostics"))
        self.act_about_qt.setText(self.tr("About Qt"))
        self.mode_tabs.setTabText(0, self.tr("Chat"))
        self.mode_tabs.setTabText(1, self.tr("Translate"))
        self.mode_tabs.setAccessibleName(self.tr("Mode"))
        self.model_picker.setItemText(0, self.tr("Built-in (SmolLM2 135M)"))
        self.model_picker.setToolTip(self.tr("Model"))
        self.model_picker.setAccessibleName(self.tr("Model"))
        self.thinking_button.setText(self.tr("Thinking"))
        self.thinking_button.setToolTip(
            self.tr("Let the model think before it answers (slower, often better)")
            if self.thinking_button.isEnabled()
            else self.tr("This model cannot think before answering")
        )
        self.thinking_button.setAccessibleName(self.tr("Thinking"))
        self.system_button.setText(self.tr("System Prompt"))
        self.system_button.setAccessibleName(self.tr("System Prompt"))


def conv_copy(conv: Conversation) -> Conversation:
    """Conversation metadata to hand to the store thread (messages are saved one by one)."""
    return dataclasses.replace(conv, messages={}, children={}, shown={})
