"""The message composer: Enter sends, Shift+Enter breaks the line, the IME owns Enter.

While an input method is composing (a non-empty preedit: Japanese kana before conversion,
pinyin, a Korean syllable being built from jamo), Enter belongs to the IME and nothing is
sent. The Send button commits the input method first, so the character being composed is
part of the message, never lost and never sent twice.

A text file dropped (or pasted from Finder as a file) brings its content into the message,
as an editable fenced block under the file's name; what cannot come in is said, not lost.
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from airgap.text import clean_text

log = logging.getLogger(__name__)

# Rough characters per token, for the paste warning only (the engine counts exactly).
CHARS_PER_TOKEN = 3
LONG_PASTE_CHARS = 50_000
MAX_LINES = 8
COLUMN_WIDTH = 820  # the conversation's column; the composer lines up under it
# A dropped file's limit: about 1 MB of text is already more than most models' context.
MAX_DROP_BYTES = 1024 * 1024
# Documents the Translate page opens (zip containers: binary to the chat).
TRANSLATE_PAGE_SUFFIXES = (".docx", ".xlsx")


# A character that survives clean_text and is not blank: what makes a message worth sending.
_SENDABLE = re.compile(r"[^\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_content(text: str) -> bool:
    """True if `text` would be sent (what `Composer._submit` keeps after clean_text/strip)."""
    return _SENDABLE.search(text) is not None


class Refusal(enum.Enum):
    """Why a dropped or pasted file did not come into the message."""

    SEVERAL = "several"
    FOLDER = "folder"
    TOO_LARGE = "too-large"
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    BINARY = "binary"
    ENCODING = "encoding"
    OFFICE = "office"
    PDF = "pdf"


@dataclass(frozen=True)
class DropRefused:
    """A file that was refused, and why; `count` is the number dropped for SEVERAL."""

    reason: Refusal
    name: str
    size: int = 0
    count: int = 1


def fenced_file(name: str, text: str) -> str:
    """The file's content as the message shows it and the model reads it.

    The choice: the file name on its own line, then the content in a Markdown code fence
    tagged with the file's extension. A model recognises where the file starts and ends
    and what kind it is; the user sees and can edit the whole content before sending. The
    fence is longer than any backtick run in the content, so a Markdown file with its own
    ``` blocks is not cut short.
    """
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    lang = Path(name).suffix.lstrip(".").lower()
    lang = lang if lang.isalnum() else ""
    body = text if text.endswith("\n") else text + "\n"
    return f"{name}:\n{fence}{lang}\n{body}{fence}\n"


def read_dropped_file(path: Path) -> str | DropRefused:
    """A dropped file's text (clean), or why it cannot be added to a message."""
    # Imported here: the composer is built at start-up, the decoder is needed on a drop.
    from airgap.translate.errors import FormatError
    from airgap.translate.formats.decode import decode_text

    name = path.name or str(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        return DropRefused(Refusal.FOLDER, name)
    if suffix == ".pdf":
        return DropRefused(Refusal.PDF, name)
    if suffix in TRANSLATE_PAGE_SUFFIXES:
        return DropRefused(Refusal.OFFICE, name)
    try:
        if not path.is_file():  # gone, or a device or pipe that would never end
            raise FileNotFoundError(path)
        size = path.stat().st_size
        if size > MAX_DROP_BYTES:
            return DropRefused(Refusal.TOO_LARGE, name, size=size)
        with path.open("rb") as file:
            data = file.read(MAX_DROP_BYTES)  # bounded, even if the file grows meanwhile
    except OSError as exc:
        log.info("dropped file %s unreadable: %s", path, exc)
        return DropRefused(Refusal.UNREADABLE, name)
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\x00" in data[:8192]:
        return DropRefused(Refusal.BINARY, name)
    try:
        # One decoder for every file Airgap reads: UTF-8 (BOM or not) or UTF-16 with a BOM.
        # Legacy CJK encodings are refused rather than guessed (GB18030 decodes almost any
        # bytes, so a guess would put mojibake into the message without a word).
        text = decode_text(data, name)
    except FormatError:
        return DropRefused(Refusal.ENCODING, name)
    if not has_content(text):
        return DropRefused(Refusal.EMPTY, name)
    return text


def local_files(source: QMimeData) -> list[Path]:
    """The local files in a drop or paste (a Finder copy is a file URL); web links are text."""
    if not source.hasUrls():
        return []
    urls: list[QUrl] = source.urls()
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


class ComposerEdit(QPlainTextEdit):
    """The text field. Emits `submitted` on Enter unless the IME is composing."""

    submitted = Signal()
    long_paste = Signal(int)  # approximate tokens of the pasted text
    preedit_changed = Signal()
    refused = Signal(object)  # DropRefused: a dropped/pasted file that did not come in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preedit = ""
        self.setTabChangesFocus(True)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.document().contentsChanged.connect(self._fit_height)
        # Wrapped lines are known once laid out, after contentsChanged.
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    # -- input method --------------------------------------------------------------------
    @property
    def preedit(self) -> str:
        """The text the input method is composing (not yet in the document)."""
        return self._preedit

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        before = self._preedit
        self._preedit = event.preeditString()
        super().inputMethodEvent(event)
        if self._preedit != before:
            self.preedit_changed.emit()

    def commit_input_method(self) -> None:
        """Make the input method hand over what it is composing, before the text is read.

        Platform input methods commit synchronously; where none answers (or it keeps the
        preedit), the shown preedit is committed here and the input method reset, so the
        character is neither lost nor (by a late commit) doubled.
        """
        QGuiApplication.inputMethod().commit()
        if self._preedit:
            pending = self._preedit
            event = QInputMethodEvent()
            event.setCommitString(pending)
            self.inputMethodEvent(event)
            QGuiApplication.inputMethod().reset()

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._preedit:
                event.accept()  # the IME's Enter: confirm the composition, never send
                return
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            # ⌘Return sends too (the habit from Mail, Slack and the Translate page).
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                event.accept()
                self.submitted.emit()
                return
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertBlock()
                event.accept()
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Shortcuts must not steal Enter from a composing IME.
        if event.type() == QEvent.Type.ShortcutOverride and self._preedit:
            event.accept()
            return True
        return super().event(event)

    # -- paste and drop ------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self._insert_file(files)
            return
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        self._insert(clean_text(source.text()))

    def _insert(self, text: str) -> None:
        self.textCursor().insertText(text)
        if len(text) >= LONG_PASTE_CHARS:
            self.long_paste.emit(len(text) // CHARS_PER_TOKEN)

    def _insert_file(self, files: list[Path]) -> None:
        if len(files) > 1:
            self.refused.emit(DropRefused(Refusal.SEVERAL, files[0].name, count=len(files)))
            return
        result = read_dropped_file(files[0])
        if isinstance(result, DropRefused):
            self.refused.emit(result)
            return
        block = fenced_file(files[0].name, result)
        if not self.textCursor().atBlockStart():
            block = "\n" + block  # the file starts on a line of its own
        self._insert(block)

    # -- size ----------------------------------------------------------------------------
    def _visual_lines(self) -> int:
        """Lines as shown, wrapped ones included (a long CJK paragraph has no newline),
        counted up to one past MAX_LINES."""
        lines = 0
        block = self.document().firstBlock()
        while block.isValid() and lines <= MAX_LINES:
            lines += max(1, block.lineCount()) if block.isVisible() else 0
            block = block.next()
        return lines

    def _fit_height(self) -> None:
        shown = self._visual_lines()
        lines = max(1, min(MAX_LINES, shown))
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin()) * 2
        self.setFixedHeight(line * lines + margins.top() + margins.bottom() + doc_margin + 18)
        policy = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if shown > MAX_LINES else policy.ScrollBarAlwaysOff
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the lines wrap anew
            self._fit_height()


class Composer(QWidget):
    """The text field with its Send/Stop button and a one-line warning area."""

    send_requested = Signal(str)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ComposerEdit(self)
        self.edit.setObjectName("composerEdit")
        self.button = QPushButton(self)
        self.button.setObjectName("sendButton")
        self.button.setDefault(False)
        self.button.setAutoDefault(False)
        self.warning = QLabel(self)
        self.warning.setObjectName("composerWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._busy = False
        self._locked = False
        self._paste_tokens = 0
        self._refused: DropRefused | None = None  # shown in the warning line, if any

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        self._layout = layout
        layout.setSpacing(4)
        layout.addWidget(self.warning)
        layout.addLayout(row)

        self.edit.submitted.connect(self._submit)
        self.edit.long_paste.connect(self._on_long_paste)
        self.edit.refused.connect(self._on_refused)
        self.edit.document().contentsChange.connect(self._on_text_changed)
        self.edit.preedit_changed.connect(self._update_button)
        self.button.clicked.connect(self._on_button)
        self.edit._fit_height()
        self.retranslate()
        self._update_button()

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the model answers, the button stops it (typing the next message is fine)."""
        self._busy = busy
        self.retranslate()
        self._update_button()

    def set_locked(self, locked: bool) -> None:
        """While a document translates no chat turn starts: read-only, no Send, no Stop."""
        self._locked = locked
        self.edit.setReadOnly(locked)
        self._update_button()

    def _update_button(self) -> None:
        # Send is enabled only when a click would send something: blank text is disabled, not
        # silently ignored. A composing IME counts (the click commits it and sends), so a
        # lone preedit character such as 요 can be sent with the button as before.
        edit = self.edit
        ready = has_content(edit.preedit) or has_content(edit.toPlainText())
        self.button.setEnabled(not self._locked and (self._busy or ready))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
            return
        self.edit.commit_input_method()  # else the last composed CJK character is lost
        self._submit()

    def _submit(self) -> None:
        if self._busy:
            return  # Enter while answering does not queue a second turn
        text = clean_text(self.edit.toPlainText())
        if not text.strip():
            return
        self.edit.clear()
        self.warning.hide()
        self.send_requested.emit(text)

    def _on_long_paste(self, tokens: int) -> None:
        self._paste_tokens = tokens
        self._refused = None
        self.retranslate()
        self.warning.show()

    def _on_refused(self, refused: DropRefused) -> None:
        self._refused = refused
        self.retranslate()
        self.warning.show()

    def _refusal_text(self, r: DropRefused) -> str:
        texts = {
            Refusal.SEVERAL: self.tr(
                "%2 files were dropped. Drop one file at a time; its text is added to the message."
            ),
            Refusal.FOLDER: self.tr("“%1” is a folder. Drop a text file instead."),
            Refusal.TOO_LARGE: self.tr(
                "“%1” is too large to add to a message (%3; the limit is 1 MB of text)."
            ),
            Refusal.EMPTY: self.tr("“%1” is empty: there is no text to add."),
            Refusal.UNREADABLE: self.tr(
                "“%1” could not be read. Check that it still exists and that you may open it."
            ),
            Refusal.BINARY: self.tr(
                "“%1” is not a text file. Text files (.txt, .md, .csv, .json, source code…) "
                "can be added to a message."
            ),
            Refusal.ENCODING: self.tr(
                "“%1” is not UTF-8 or UTF-16 text, so it cannot be read reliably. Save it "
                "as UTF-8 and drop it again."
            ),
            Refusal.OFFICE: self.tr(
                "“%1” cannot be added to a message. The Translate page opens .docx and "
                ".xlsx documents."
            ),
            Refusal.PDF: self.tr(
                "“%1”: PDF files are not supported. Copy the text you need from it and "
                "paste it here."
            ),
        }
        size = f"{r.size / (1024 * 1024):.1f} MB"
        return texts[r.reason].replace("%2", str(r.count)).replace("%3", size).replace("%1", r.name)

    def _on_text_changed(self, _position: int, removed: int, added: int) -> None:
        if not (removed or added):
            return  # a drop's edit block that inserted nothing: the refusal stays shown
        self._update_button()
        if self.warning.isVisible() and len(self.edit.toPlainText()) < LONG_PASTE_CHARS:
            self.warning.hide()
            self._refused = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        # In a wide window, as wide as the conversation's column and under it.
        side = max(12, (event.size().width() - COLUMN_WIDTH) // 2)
        self._layout.setContentsMargins(side, 6, side, 10)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("Message Airgap… (Enter to send, Shift+Enter for a new line)")
        )
        self.edit.setAccessibleName(self.tr("Message"))
        self.button.setText(self.tr("Stop") if self._busy else self.tr("Send"))
        self.button.setAccessibleName(self.button.text())
        if self._refused is not None:
            self.warning.setText(self._refusal_text(self._refused))
            return
        self.warning.setText(
            self.tr(
                "This text is very long (about %1 tokens). It may not fit in the model's "
                "context; the model will say so if it does not."
            ).replace("%1", f"{self._paste_tokens:,}")
        )
