"""The conversation list: newest first, pinned on top, search, rename, pin, delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
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

from airgap.ui.conversation import ConversationSummary

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 200


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
        self.heading = QLabel(self)
        self.heading.setObjectName("sidebarHeading")
        self._summaries: dict[str, ConversationSummary] = {}
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
                item.setSizeHint(label.sizeHint())
                self.list.setItemWidget(item, label)
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
        if ok and title.strip():
            self.rename_requested.emit(cid, title.strip())

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
