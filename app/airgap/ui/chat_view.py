"""The conversation: one widget per shown message, Markdown answers, streamed in batches.

Streaming never re-renders the conversation: deltas from the engine thread are queued in
`ChatView.feed()` and a throttle timer hands them to the streaming message every
`FLUSH_MS`, where `MarkdownStream` appends only what changed. Reasoning goes to a
collapsible "Thinking" section that shows its elapsed time and folds away when the answer
starts. Long conversations show their last `PAGE` messages first; older ones load on demand.
A message's actions show on hover and keyboard focus (always on the last answer); hidden
ones are only transparent, so they keep their place, their tab stop and their names.
"""

from __future__ import annotations

import math
import time
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QEnterEvent,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from airgap.engine.api import FinishReason, Role
from airgap.text import clean_text
from airgap.ui import fonts
from airgap.ui.composer import COLUMN_WIDTH, ComposerEdit
from airgap.ui.conversation import Message
from airgap.ui.markdown import COPY_SCHEME, CodeStyle, MarkdownStream

FLUSH_MS = 40
PAGE = 40  # messages built when a conversation opens; older ones load on scroll
PREVIEW_CHARS = 20_000  # longer messages of yours show their beginning only


class Action(StrEnum):
    COPY = "copy"
    REGENERATE = "regenerate"
    EDIT = "edit"
    PREVIOUS = "previous"
    NEXT = "next"
    STOP = "stop"


class TextPane(QTextBrowser):
    """A read-only rich-text pane as tall as its content (the outer view scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(2)
        # A long URL, path or identifier breaks anywhere rather than running off the edge.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setFixedHeight(8)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Model output may reference remote images; Airgap never fetches them.
        if QUrl(name).scheme() not in ("", "file", "qrc", "data"):
            return None
        return super().loadResource(kind, name)

    def _fit(self) -> None:
        height = math.ceil(self.document().size().height()) + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self.document().textWidth():  # a height change must not relayout it all
            self.document().setTextWidth(width)
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the conversation scroll


class InlineEditor(ComposerEdit):
    """Editing a sent message: Enter sends, Shift+Enter breaks the line, the IME owns Enter
    (as in the composer), and Esc cancels the edit instead of the window's Stop."""

    cancelled = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not self.preedit
        ):
            event.accept()  # the edit's Esc, not Stop Generating
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.preedit:
            event.accept()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class MessageWidget(QFrame):
    """One message: header with actions, optional Thinking section, body, error line."""

    action = Signal(str, str)  # Action, message id
    edit_submitted = Signal(str, str)  # message id, new text
    link_clicked = Signal(QUrl)

    def __init__(self, message: Message, branch: tuple[int, int], language: str) -> None:
        super().__init__()
        self.message = message
        self._branch = branch
        self._language = language
        self._thinking_started: float | None = None
        self._thought: float | None = None
        self._reasoning_marks = (False, False)  # kana, hangul seen in the reasoning so far
        self._busy = False  # a reply is being written: no edit, regenerate or branch switch
        self.setObjectName("userMessage" if message.role is Role.USER else "assistantMessage")
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.role_label = QLabel(self)
        self.role_label.setObjectName("roleLabel")
        self.buttons: dict[Action, QToolButton] = {}
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        header.addWidget(self.role_label)
        header.addStretch(1)
        # Transparent, not hidden, while not wanted: the layout never jumps, and the
        # buttons stay in the tab order and in the accessibility tree.
        self.actions_bar = QWidget(self)
        self.actions_bar.setObjectName("messageActions")
        self._actions_effect = QGraphicsOpacityEffect(self.actions_bar)
        self.actions_bar.setGraphicsEffect(self._actions_effect)
        self._pinned = False
        self._hovered = False
        bar = QHBoxLayout(self.actions_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        header.addWidget(self.actions_bar)
        self.branch_label = QLabel(self.actions_bar)
        self.branch_label.setObjectName("branchLabel")
        wanted = [Action.PREVIOUS, Action.NEXT, Action.COPY]
        wanted.append(Action.EDIT if message.role is Role.USER else Action.REGENERATE)
        wanted.append(Action.STOP)
        for kind in wanted:
            button = QToolButton(self.actions_bar)
            button.setObjectName(f"{kind}Button")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, k=kind: self.action.emit(k, self.message.id))
            button.installEventFilter(self)
            self.buttons[kind] = button
            if kind is Action.NEXT:
                bar.addWidget(self.branch_label)
            bar.addWidget(button)

        self.thinking_button = QToolButton(self)
        self.thinking_button.setObjectName("thinkingToggle")
        self.thinking_button.setCheckable(True)
        self.thinking_button.setAutoRaise(True)
        self.thinking_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_button.toggled.connect(self._on_thinking_toggled)
        self._reasoning: TextPane | None = None  # built when there is reasoning to show
        self.body = TextPane(self)
        self.body.setObjectName("messageBody")
        self.body.anchorClicked.connect(self._on_anchor)
        self.body.installEventFilter(self)
        self.markdown = MarkdownStream(
            self.body.document(), self._code_style, self._copy_label, language
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor: InlineEditor | None = None
        self._edit_send: QPushButton | None = None
        self._edit_row: QWidget | None = None

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 8, 14, 10)
        self.layout_.setSpacing(4)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.thinking_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.body)
        self.layout_.addWidget(self.error_label)

        self._apply_fonts()
        if message.reasoning:
            self._append_reasoning(message.reasoning)
        if message.role is Role.USER:
            self.body.setPlainText(self._preview(message.content))
            document = self.body.document()
            default = fonts.default_script(language, *fonts.marks(message.content))
            fonts.apply_script_fonts(document, 0, document.characterCount(), default)
        else:
            self.markdown.set_text(message.content)
        self.thinking_button.setChecked(message.streaming and not message.content)
        self._refresh()
        self.retranslate()

    @property
    def reasoning(self) -> TextPane:
        """The reasoning pane (most messages have none, so it is built on first use)."""
        if self._reasoning is None:
            pane = TextPane(self)
            pane.setObjectName("reasoningPane")
            size = QGuiApplication.font().pointSizeF() - 1
            pane.document().setDefaultFont(
                fonts.font_for(self.message.reasoning[:2000], self._language, size)
            )
            pane.setVisible(self.thinking_button.isChecked())
            self.layout_.insertWidget(self.layout_.indexOf(self.thinking_button) + 1, pane)
            self._reasoning = pane
        return self._reasoning

    def _has_reasoning(self) -> bool:
        return self._reasoning is not None and not self._reasoning.document().isEmpty()

    # -- streaming (display only: the window's controller owns the Message's text) -------
    def add_reasoning(self, text: str) -> None:
        if self._thinking_started is None:
            self._thinking_started = time.monotonic()
            self.thinking_button.setChecked(True)
        self._append_reasoning(text)
        self._refresh()

    def _append_reasoning(self, text: str) -> None:
        """Append to the Thinking pane, each sentence in its own script's CJK font (as the
        answer's: Japanese reasoning about a Chinese text shows each in its typography)."""
        doc = self.reasoning.document()
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        cursor.insertText(text, QTextCharFormat())  # not the last run's CJK families
        if not all(self._reasoning_marks):
            kana, hangul = fonts.marks(text)
            self._reasoning_marks = (
                self._reasoning_marks[0] or kana,
                self._reasoning_marks[1] or hangul,
            )
        default = fonts.default_script(self._language, *self._reasoning_marks)
        fonts.apply_script_fonts(doc, start, doc.characterCount(), default)

    def add_text(self, text: str) -> None:
        if not self.markdown.text and self._has_reasoning():
            self._end_thinking()
            self.thinking_button.setChecked(False)  # the answer starts: fold the reasoning
        self.markdown.append(text)
        self._refresh()

    def finish(self, message: Message) -> None:
        self._end_thinking()
        self.message = message
        self.markdown.finish()
        self.thinking_button.setChecked(False)
        self._refresh()
        self.retranslate()

    def _end_thinking(self) -> None:
        if self._thinking_started is not None and self._thought is None:
            self._thought = time.monotonic() - self._thinking_started

    def tick(self) -> None:
        """Once a second while streaming: the Thinking header's running time."""
        self.retranslate()

    # -- state -----------------------------------------------------------------------------
    def set_branch(self, branch: tuple[int, int]) -> None:
        self._branch = branch
        self._refresh()
        self.retranslate()

    def _refresh(self) -> None:
        m = self.message
        has_reasoning = self._has_reasoning()
        self.thinking_button.setVisible(has_reasoning)
        if self._reasoning is not None:
            self._reasoning.setVisible(has_reasoning and self.thinking_button.isChecked())
        self.body.setVisible(not self.body.document().isEmpty() or m.role is Role.USER)
        index, count = self._branch
        for kind in (Action.PREVIOUS, Action.NEXT):
            self.buttons[kind].setVisible(count > 1)
        self.buttons[Action.PREVIOUS].setEnabled(index > 0 and not self._busy)
        self.buttons[Action.NEXT].setEnabled(index < count - 1 and not self._busy)
        for kind in (Action.EDIT, Action.REGENERATE):
            if kind in self.buttons:
                self.buttons[kind].setEnabled(not self._busy)
        self.branch_label.setVisible(count > 1)
        self.branch_label.setText(f"{index + 1} / {count}")
        streaming = m.streaming
        self.buttons[Action.STOP].setVisible(streaming)
        for kind in (Action.COPY, Action.EDIT, Action.REGENERATE):
            if kind in self.buttons:
                self.buttons[kind].setVisible(not streaming)
        noted = (FinishReason.CANCELLED, FinishReason.INTERRUPTED, FinishReason.LENGTH)
        self.error_label.setVisible(bool(m.error) or m.finish in noted)
        self._update_actions()

    def restyle(self) -> None:
        """The theme or the text size changed: draw again in the new colours and sizes
        (code blocks carry their colours in the document; a dark theme would leave light
        code blocks with light text)."""
        self._apply_fonts()
        self.body.setExtraSelections([])  # a search highlight would point at old text
        if self.message.role is Role.USER:
            self.body.setPlainText(self._preview(self.message.content))
            document = self.body.document()
            default = fonts.default_script(self._language, *fonts.marks(self.message.content))
            fonts.apply_script_fonts(document, 0, document.characterCount(), default)
        else:
            text = self.markdown.text
            if self.message.streaming:
                self.markdown.reset()
                self.markdown.append(text)  # still open: the stream goes on appending
            else:
                self.markdown.set_text(text)
        if self._reasoning is not None:
            size = QGuiApplication.font().pointSizeF() - 1
            self._reasoning.document().setDefaultFont(
                fonts.font_for(self.message.reasoning[:2000], self._language, size)
            )

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self._edit_send is not None:
            self._edit_send.setEnabled(not busy)
        self._refresh()

    # -- actions: on hover, on focus, always on the last answer ----------------------------
    def set_pinned(self, pinned: bool) -> None:
        """Keep the actions shown (the last answer: its Regenerate stays discoverable)."""
        self._pinned = pinned
        self._update_actions()

    def actions_shown(self) -> bool:
        return not self._actions_effect.isEnabled()

    def _has_focus_within(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def _update_actions(self) -> None:
        shown = self._pinned or self._hovered or self.message.streaming or self._has_focus_within()
        # Disabled effect = drawn as is; enabled at opacity 0 = drawn not at all.
        self._actions_effect.setOpacity(0.0)
        self._actions_effect.setEnabled(not shown)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self._update_actions()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self._update_actions()
        super().leaveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._update_actions()
        return super().eventFilter(watched, event)

    def _on_thinking_toggled(self, checked: bool) -> None:
        self.thinking_button.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        if self._reasoning is not None:
            self._reasoning.setVisible(checked and self._has_reasoning())

    def _apply_fonts(self) -> None:
        size = QGuiApplication.font().pointSizeF()
        sample = self.message.content[:2000] or self.message.reasoning[:2000]
        self.body.document().setDefaultFont(fonts.font_for(sample, self._language, size))

    def _code_style(self) -> CodeStyle:
        palette = QGuiApplication.palette()  # ours is styled transparent
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        mono = fonts.font_for(
            "", self._language, QGuiApplication.font().pointSizeF() - 1, mono=True
        )
        if not fonts.installed(fonts.MONO_FAMILIES):
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        background = base.lighter(150) if dark else QColor("#F0F1F4")
        return CodeStyle(
            mono,
            background,
            palette.color(QPalette.ColorRole.PlaceholderText),
            palette.color(QPalette.ColorRole.Link),
        )

    def _preview(self, text: str) -> str:
        """A huge pasted message shows its beginning (laying out 1 MB would stall the
        window for seconds); the message itself, Copy and the model keep all of it."""
        if len(text) <= PREVIEW_CHARS:
            return text
        rest = len(text) - PREVIEW_CHARS
        note = self.tr("… (%1 more characters, not shown)").replace("%1", f"{rest:,}")
        return f"{text[:PREVIEW_CHARS]}\n\n{note}"

    def _copy_label(self) -> str:
        return self.tr("Copy")

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            index = int(url.path() or "0")
            if 0 <= index < len(self.markdown.code_blocks):
                QGuiApplication.clipboard().setText(self.markdown.code_blocks[index])
            return
        self.link_clicked.emit(url)

    # -- editing (edit and resend makes a branch) ------------------------------------------
    def start_edit(self) -> None:
        if self.editor is not None:
            return
        self.editor = InlineEditor(self)
        self.editor.setObjectName("inlineEditor")
        self.editor.setPlainText(self.message.content)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.submitted.connect(self._submit_edit)
        self.editor.cancelled.connect(self.cancel_edit)
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), row)
        send = QPushButton(self.tr("Send"), row)
        send.setObjectName("editSendButton")
        buttons.addWidget(cancel)
        buttons.addWidget(send)
        cancel.clicked.connect(self.cancel_edit)
        send.clicked.connect(self._submit_edit)
        send.setEnabled(not self._busy)
        self._edit_send = send
        self._edit_row = row
        self.layout_.insertWidget(self.layout_.indexOf(self.body), self.editor)
        self.layout_.insertWidget(self.layout_.indexOf(self.body), row)
        self.body.hide()
        row.show()
        self.editor.show()  # now, not when the layout gets to it: setFocus needs it shown
        self.editor.setFocus()

    def _submit_edit(self) -> None:
        if self.editor is None or self._busy:
            return  # while a reply is written the edit stays open, nothing is lost
        self.editor.commit_input_method()  # the character being composed is part of it
        text = clean_text(self.editor.toPlainText())
        self.cancel_edit()
        if text.strip() and text != self.message.content:
            self.edit_submitted.emit(self.message.id, text)

    def cancel_edit(self) -> None:
        had_focus = self._has_focus_within()
        for widget in (self.editor, self._edit_row):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if had_focus:  # the keyboard stays on this message
            self.buttons[Action.EDIT if Action.EDIT in self.buttons else Action.COPY].setFocus()
        self.editor = self._edit_row = self._edit_send = None
        self.body.show()

    # -- text ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.markdown.code_blocks:
                self.restyle()  # the code blocks' "Copy" links are in the document
        super().changeEvent(event)

    def retranslate(self) -> None:
        m = self.message
        self.role_label.setText(self.tr("You") if m.role is Role.USER else self.tr("Airgap"))
        labels = {
            Action.COPY: (self.tr("Copy"), self.tr("Copy this message")),
            Action.EDIT: (self.tr("Edit"), self.tr("Edit and send again (keeps the original)")),
            Action.REGENERATE: (self.tr("Regenerate"), self.tr("Answer again (keeps this answer)")),
            Action.PREVIOUS: ("‹", self.tr("Previous version")),
            Action.NEXT: ("›", self.tr("Next version")),
            Action.STOP: (self.tr("Stop"), self.tr("Stop generating")),
        }
        for kind, button in self.buttons.items():
            text, tip = labels[kind]
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        thought = m.thinking_seconds if m.thinking_seconds is not None else self._thought
        if thought is not None:
            thinking = self.tr("Thought for %1 s").replace("%1", f"{thought:.1f}")
        elif self._thinking_started is not None:
            elapsed = time.monotonic() - self._thinking_started
            thinking = self.tr("Thinking… %1 s").replace("%1", f"{elapsed:.0f}")
        else:
            thinking = self.tr("Thinking")
        self.thinking_button.setText(thinking)
        self.thinking_button.setAccessibleName(self.tr("Show or hide the model's reasoning"))
        if m.error:
            self.error_label.setText(m.error)
        elif m.finish is FinishReason.CANCELLED:
            self.error_label.setText(self.tr("Stopped."))
        elif m.finish is FinishReason.LENGTH:  # cut mid-sentence: say why, and what to do
            self.error_label.setText(
                self.tr(
                    "The answer reached its length limit (Settings → Max answer tokens). "
                    "Ask for the rest, or raise the limit."
                )
            )
        elif m.finish is FinishReason.INTERRUPTED:
            self.error_label.setText(
                self.tr("Interrupted: Airgap closed while this answer was being written.")
            )
        self.body.setAccessibleName(self.tr("Message text"))


class ChatView(QScrollArea):
    """The shown branch of the conversation, newest at the bottom."""

    action = Signal(str, str)
    edit_submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.language = "en"
        self._column = QWidget()
        self._column.setObjectName("chatColumn")
        self._layout = QVBoxLayout(self._column)
        self._layout.setSpacing(6)
        self._more = QPushButton(self._column)
        self._more.setObjectName("earlierButton")
        self._more.setFlat(True)
        self._more.clicked.connect(self._show_earlier)
        self._more.hide()  # shown only while older messages are not built
        self._empty = QLabel(self._column)
        self._empty.setObjectName("emptyLabel")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._more)
        self._layout.addWidget(self._empty, 1)
        self._layout.addStretch(0)
        self.setWidget(self._column)

        self.widgets: list[MessageWidget] = []
        self._all: list[tuple[Message, tuple[int, int]]] = []
        self._hidden = 0  # how many older messages are not built yet
        self._streaming: MessageWidget | None = None
        self._pending_text: list[str] = []
        self._pending_reasoning: list[str] = []
        self._stick = True
        self._busy = False
        self._keep_from_bottom: int | None = None
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._restyle_timer = QTimer(self)  # one redraw for a theme's palette+font+style
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.setInterval(0)
        self._restyle_timer.timeout.connect(self._restyle)
        self.verticalScrollBar().rangeChanged.connect(self._on_range)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.retranslate()

    # -- building --------------------------------------------------------------------------
    def set_messages(self, messages: list[tuple[Message, tuple[int, int]]]) -> None:
        """Show a whole branch (opening a conversation, switching branches)."""
        self._drop_stream()
        for widget in self.widgets:
            widget.setParent(None)
            widget.deleteLater()
        self.widgets.clear()
        self._all = list(messages)
        self._hidden = max(0, len(messages) - PAGE)
        self._column.setUpdatesEnabled(False)
        for message, branch in messages[self._hidden :]:
            self._insert(len(self.widgets), message, branch)
        self._column.setUpdatesEnabled(True)
        self._stick = True
        self._update_chrome()
        self.scroll_to_bottom()

    def append(self, message: Message, branch: tuple[int, int] = (0, 1)) -> MessageWidget:
        self._all.append((message, branch))
        widget = self._insert(len(self.widgets), message, branch)
        self._update_chrome()
        self._stick = True
        self.scroll_to_bottom()
        return widget

    def _insert(self, index: int, message: Message, branch: tuple[int, int]) -> MessageWidget:
        widget = MessageWidget(message, branch, self.language)
        if self._busy:
            widget.set_busy(True)
        widget.action.connect(self.action)
        widget.edit_submitted.connect(self.edit_submitted)
        widget.link_clicked.connect(self._open_link)
        self._layout.insertWidget(1 + index, widget)
        self.widgets.insert(index, widget)
        return widget

    def _show_earlier(self) -> None:
        if not self._hidden:
            return
        start = max(0, self._hidden - PAGE)
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        for offset, (message, branch) in enumerate(self._all[start : self._hidden]):
            self._insert(offset, message, branch)
        self._hidden = start
        self._update_chrome()
        self._keep_from_bottom = from_bottom  # applied when the scroll range has grown

    def set_busy(self, busy: bool) -> None:
        """While a reply is written, Edit, Regenerate and the version arrows are disabled."""
        self._busy = busy
        for widget in self.widgets:
            widget.set_busy(busy)

    def reveal(self, needle: str) -> MessageWidget | None:
        """Show the first message containing `needle` (a search hit opened from the list),
        building older pages as needed, with each occurrence highlighted."""
        folded = needle.casefold()
        index = next(
            (i for i, (m, _b) in enumerate(self._all) if folded and folded in m.content.casefold()),
            None,
        )
        if index is None:
            return None
        while index < self._hidden:
            self._show_earlier()
        self._keep_from_bottom = None
        widget = self.widgets[index - self._hidden]
        highlight = QTextCharFormat()
        highlight.setBackground(QColor("#FFE58F"))
        highlight.setForeground(QColor("#1F1F1F"))
        cursors: list[QTextCursor] = []
        document = widget.body.document()
        cursor = document.find(needle)
        while not cursor.isNull():
            cursors.append(QTextCursor(cursor))
            cursor = document.find(needle, cursor)
        found: list[QTextEdit.ExtraSelection] = []
        for hit in cursors:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = hit
            selection.format = highlight
            found.append(selection)
        widget.body.setExtraSelections(found)
        self._stick = False  # the reader is here now, not at the bottom
        first = cursors[0] if cursors else None

        def scroll() -> None:
            self._layout.activate()
            top = widget.mapTo(self._column, widget.rect().topLeft()).y()
            if first is not None:
                top += widget.body.mapTo(widget, widget.body.rect().topLeft()).y()
                top += widget.body.cursorRect(first).top()
            self._stick = False
            self.verticalScrollBar().setValue(max(0, top - self.viewport().height() // 3))

        QTimer.singleShot(0, scroll)  # after the pending scroll to the bottom
        return widget

    def widget_for(self, message_id: str) -> MessageWidget | None:
        return next((w for w in self.widgets if w.message.id == message_id), None)

    def _update_chrome(self) -> None:
        last = next((w for w in reversed(self.widgets) if w.message.role is Role.ASSISTANT), None)
        for widget in self.widgets:
            widget.set_pinned(widget is last)
        self._more.setVisible(self._hidden > 0)
        self._empty.setVisible(not self.widgets)
        self.retranslate()

    # -- streaming -------------------------------------------------------------------------
    def begin_stream(self, message: Message, branch: tuple[int, int] = (0, 1)) -> None:
        """Stream into `message`'s widget (already shown after a rebuild, else appended)."""
        self._drop_stream()
        self._streaming = self.widget_for(message.id) or self.append(message, branch)
        self._stick = True
        self._tick.start()

    def feed_text(self, text: str) -> None:
        self._pending_text.append(text)
        self._schedule()

    def feed_reasoning(self, text: str) -> None:
        if self._pending_text:
            self.flush()  # keep the order: reasoning comes before the answer
        self._pending_reasoning.append(text)
        self._schedule()

    def _schedule(self) -> None:
        if not self.flush_timer.isActive():
            self.flush_timer.start()

    def flush(self) -> None:
        """Hand the queued deltas to the streaming message (one batch per FLUSH_MS)."""
        self.flush_timer.stop()
        widget = self._streaming
        reasoning, text = "".join(self._pending_reasoning), "".join(self._pending_text)
        self._pending_reasoning.clear()
        self._pending_text.clear()
        if widget is None:
            return
        if reasoning:
            widget.add_reasoning(reasoning)
        if text:
            widget.add_text(text)

    def end_stream(self, message: Message) -> None:
        self.flush()
        if self._streaming is not None:
            self._streaming.finish(message)
        self._drop_stream()

    def _drop_stream(self) -> None:
        self._pending_text.clear()
        self._pending_reasoning.clear()
        self._streaming = None
        self._tick.stop()

    def _on_tick(self) -> None:
        if self._streaming is not None and not self._streaming.markdown.text:
            self._streaming.tick()

    # -- scrolling -------------------------------------------------------------------------
    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 24
        if value == bar.minimum() and self._hidden and bar.maximum() > 0:
            QTimer.singleShot(0, self._show_earlier)  # reached the top: the next older page

    def _on_range(self, _min: int, maximum: int) -> None:
        if self._keep_from_bottom is not None:
            self.verticalScrollBar().setValue(maximum - self._keep_from_bottom)
            self._keep_from_bottom = None
        elif self._stick:
            self.verticalScrollBar().setValue(maximum)

    def scroll_to_bottom(self) -> None:
        QTimer.singleShot(
            0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = max(12, (event.size().width() - COLUMN_WIDTH) // 2)
        self._layout.setContentsMargins(side, 12, side, 12)
        super().resizeEvent(event)

    # -- links -----------------------------------------------------------------------------
    def _open_link(self, url: QUrl) -> None:
        """Links in model output open only after a click and a confirmation."""
        if url.scheme() not in ("http", "https", "mailto"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this link in your browser?\n\n%1").replace("%1", url.toString()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def set_language(self, language: str) -> None:
        self.language = language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle_timer.start()
        super().changeEvent(event)

    def _restyle(self) -> None:
        self.flush()  # the queued deltas first, so nothing is drawn twice
        for widget in self.widgets:
            widget.restyle()

    def retranslate(self) -> None:
        self._more.setText(self.tr("Show %1 earlier messages").replace("%1", str(self._hidden)))
        self._empty.setText(self.tr("Ask anything. Everything stays on this computer."))
        self.setAccessibleName(self.tr("Conversation"))
