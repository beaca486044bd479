"""The conversation list: newest first, pinned on top, search, rename, pin, delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from airgap.text import clean_text
from airgap.ui.conversation import ConversationSummary

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 200
NAVIGATION_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class Sidebar(QWidget):
    selected = Signal(str)
    new_chat = Signal()
    search_changed = Signal(str)  # debounced; "" ends the search
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newChatButton")
        self.list = QListWidget(self)
        self.list.setObjectName("conversationList")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(False)
        self.list.installEventFilter(self)
        self.search.installEventFilter(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("sidebarHeading")
        self.no_results = QLabel(self)  # a search that found nothing says so
        self.no_results.setObjectName("noResults")
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_results.hide()
        self._summaries: dict[str, ConversationSummary] = {}
        self._hits: dict[QObject, QListWidgetItem] = {}  # search hit label -> its item
        self._searching = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.no_results)
        layout.addWidget(self.list, 1)
        self.new_button.clicked.connect(self.new_chat)
        self.retranslate()

    def set_conversations(self, summaries: list[ConversationSummary], current: str | None) -> None:
        """Show the list (pinned first, then newest first)."""
        self._searching = False
        ordered = sorted(summaries, key=lambda s: (not s.pinned, -s.updated))
        self._fill(ordered, current)

    def set_results(self, hits: list[ConversationSummary]) -> None:
        """Search results with highlighted snippets (store order: best match first)."""
        self._searching = True
        self._fill(hits, None)

    def _fill(self, summaries: list[ConversationSummary], current: str | None) -> None:
        self.list.clear()
        self._hits.clear()
        self.no_results.setVisible(self._searching and not summaries)
        self._summaries = {s.id: s for s in summaries}
        for s in summaries:
            item = QListWidgetItem()
            item.setData(ID_ROLE, s.id)
            title = s.title or self.tr("New conversation")
            item.setToolTip(title)
            self.list.addItem(item)
            if s.snippet:
                label = QLabel(f"<b>{_escape(title)}</b><br><span>{s.snippet}</span>")
                label.setObjectName("searchHit")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setContentsMargins(6, 4, 6, 4)
                self.list.setItemWidget(item, label)
                self._hits[label] = item
                label.installEventFilter(self)  # placed or resized by the list: fit again
                self._fit_hit(item, label, placed=False)
            else:
                item.setText(("📌 " if s.pinned else "") + title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            if s.id == current:
                self.list.setCurrentItem(item)
        self.retranslate()

    def select(self, conversation_id: str | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == conversation_id:
                self.list.setCurrentItem(item)
                return
        self.list.clearSelection()

    def neighbour(self, conversation_id: str | None, step: int) -> str | None:
        """The conversation `step` rows from `conversation_id` in the list as shown (from a
        new chat, the first one going down, the last going up); None past either end."""
        ids = [str(self.list.item(row).data(ID_ROLE)) for row in range(self.list.count())]
        if not ids:
            return None
        if conversation_id not in ids:
            return ids[0] if step > 0 else ids[-1]
        row = ids.index(conversation_id) + step
        return ids[row] if 0 <= row < len(ids) else None

    def query(self) -> str:
        """The search whose results are shown ("" when the list is not a search)."""
        return self.search.text().strip() if self._searching else ""

    def shows(self, conversation_id: str) -> bool:
        return conversation_id in self._summaries

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.isSelected() else None

    def _fit_hit(self, item: QListWidgetItem, label: QWidget, *, placed: bool) -> None:
        """A search hit as tall as its wrapped text at the width it is shown (a CJK snippet
        has no spaces: at its own preferred width it would be cut off on the right). The
        item's padding (style sheet) insets the label; it is measured once the label is
        placed, guessed before."""
        label.ensurePolished()  # the style sheet's font, not the default, sets the height
        if placed:
            width = label.width()
            padding = self.list.visualItemRect(item).height() - label.height()
        else:
            width, padding = self.list.viewport().width() - 20, 16
        width = max(40, width)
        height = label.heightForWidth(width) + max(0, padding)
        if item.sizeHint().height() != height:
            item.setSizeHint(QSize(self.list.viewport().width(), height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        hit = self._hits.get(watched) if isinstance(watched, QLabel) else None
        if hit is not None and event.type() == QEvent.Type.Resize:
            assert isinstance(watched, QLabel)
            self._fit_hit(hit, watched, placed=True)
        # Delete or Backspace on a conversation in the list asks to delete it (as in Finder).
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.list and pressed:
            assert isinstance(event, QKeyEvent)
            cid = self.current_id()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and cid is not None:
                self.ask_delete(cid)
                return True
            if event.key() in NAVIGATION_KEYS:
                # As in Mail or Notes: the arrows open what they move to (after the list
                # has moved its current row).
                QTimer.singleShot(0, self._open_current)
        # Esc in a search with text clears it (the list comes back), not Stop Generating.
        if watched is self.search and self.search.text():
            kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            key = event.key() if isinstance(event, QKeyEvent) else None
            if event.type() in kinds and key == Qt.Key.Key_Escape:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.selected.emit(cid)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.selected.emit(str(item.data(ID_ROLE)))

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        cid = str(item.data(ID_ROLE))
        summary = self._summaries[cid]
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        pin = menu.addAction(self.tr("Unpin") if summary.pinned else self.tr("Pin"))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete…"))
        chosen = menu.exec(self.list.viewport().mapToGlobal(pos))
        if chosen is rename:
            self.ask_rename(cid)
        elif chosen is pin:
            self.pin_requested.emit(cid, not summary.pinned)
        elif chosen is delete:
            self.ask_delete(cid)

    def ask_rename(self, cid: str) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Rename conversation"), self.tr("Title:"), text=self._summaries[cid].title
        )
        title = clean_text(title).strip()
        if ok and title:
            self.rename_requested.emit(cid, title)

    def ask_delete(self, cid: str) -> None:
        title = self._summaries[cid].title or self.tr("New conversation")
        answer = QMessageBox.question(
            self,
            self.tr("Delete conversation?"),
            self.tr("Delete “%1”? You can undo this until you quit Airgap.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(cid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Search results") if self._searching else self.tr("Chats"))
        self.no_results.setText(self.tr("No conversations match this search."))
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.list.setAccessibleName(self.tr("Conversations"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            s = self._summaries.get(str(item.data(ID_ROLE)))
            if s is not None and not s.title and not s.snippet:
                item.setText(self.tr("New conversation"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
