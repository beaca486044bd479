"""The glossary editor of the Translate page's current project: add, edit and delete terms,
import CSV/TBX. Every change goes through the page (`GlossaryOwner`), which keeps the terms
and saves the project on the store thread at once; this dialog only shows them. A delete
(button, Delete or Backspace) can be taken back with the page's Undo, shown here too
(button or the platform's Undo key, Cmd+Z on a Mac).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from airgap.text import clean_text
from airgap.translate.glossary import Term

SOURCE, TARGET, NOTE, CASE, WIDTH = range(5)


class GlossaryOwner(Protocol):
    def glossary_terms(self) -> list[Term]: ...
    def project_title(self) -> str: ...
    def add_term(self, term: Term) -> bool: ...
    def replace_term(self, index: int, term: Term) -> bool: ...
    def delete_terms(self, indices: list[int]) -> int: ...
    def undo_text(self) -> str: ...
    def undo_delete(self) -> bool: ...
    def choose_glossary_file(self) -> None: ...


class GlossaryDialog(QDialog):
    """Non-modal: translating goes on while it is open. `refresh()` after every change."""

    def __init__(self, owner: GlossaryOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self._owner = owner
        self._filling = False
        self._undo_shown = ""  # the undo text the message shows
        self.heading = QLabel()
        self.new_source = QLineEdit()
        self.new_target = QLineEdit()
        self.new_note = QLineEdit()
        self.add_button = QPushButton()
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (SOURCE, TARGET, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (CASE, WIDTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.delete_button = QPushButton()
        self.undo_button = QPushButton()
        self.undo_button.hide()
        self.import_button = QPushButton()
        self.close_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)

        add_row = QHBoxLayout()
        for edit in (self.new_source, self.new_target, self.new_note):
            add_row.addWidget(edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        # Return in the fields adds the term; no button is a default one, or it would
        # answer the same key press a second time.
        for button in (
            self.add_button,
            self.delete_button,
            self.undo_button,
            self.import_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_fields)
        for edit in (self.new_source, self.new_target, self.new_note):
            edit.returnPressed.connect(self.add_from_fields)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        # Only while the table has the focus: a cell being edited keeps its own keys.
        for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):  # a Mac's Delete is Backspace
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.delete_selected)
        # Text fields take their own Undo first (ShortcutOverride); elsewhere it undoes a delete.
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo)
        self.import_button.clicked.connect(owner.choose_glossary_file)
        self.close_button.clicked.connect(self.close)
        self.table.itemChanged.connect(self._edited)
        self.resize(720, 480)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Show the owner's current project and terms."""
        self._filling = True
        terms = self._owner.glossary_terms()
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            for column, text in ((SOURCE, term.source), (TARGET, term.target), (NOTE, term.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            for column, on in ((CASE, term.case_sensitive), (WIDTH, term.width_sensitive)):
                item = QTableWidgetItem()
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self._filling = False
        self.heading.setText(self._owner.project_title())
        self.show_undo()

    def show_undo(self) -> None:
        """The Undo button and what it would bring back, while the owner offers it."""
        text = self._owner.undo_text()
        if text:
            self.message.setText(text)
        elif self.message.text() == self._undo_shown:
            self.message.setText("")
        self._undo_shown = text
        self.undo_button.setVisible(bool(text))

    def undo(self) -> bool:
        return self._owner.undo_delete()

    def add_from_fields(self) -> bool:
        term = Term(
            clean_text(self.new_source.text()).strip(),
            clean_text(self.new_target.text()).strip(),
            clean_text(self.new_note.text()).strip(),
        )
        if not term.source or not term.target:
            self.message.setText(self.tr("A term needs both a source and a target."))
            return False
        if not self._owner.add_term(term):
            return False
        for edit in (self.new_source, self.new_target, self.new_note):
            edit.clear()
        self.message.setText("")
        self.new_source.setFocus()
        return True

    def delete_selected(self) -> int:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self._owner.delete_terms(rows) if rows else 0

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()

        def text(column: int) -> str:
            cell = self.table.item(row, column)
            return clean_text(cell.text()).strip() if cell is not None else ""

        def checked(column: int) -> bool:
            cell = self.table.item(row, column)
            return cell is not None and cell.checkState() == Qt.CheckState.Checked

        term = Term(text(SOURCE), text(TARGET), text(NOTE), checked(CASE), checked(WIDTH))
        if not term.source or not term.target:
            self.message.setText(self.tr("A term needs both a source and a target."))
            self.refresh()
            return
        self.message.setText("")
        if not self._owner.replace_term(row, term):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.new_source.setPlaceholderText(self.tr("Source term"))
        self.new_target.setPlaceholderText(self.tr("Target term"))
        self.new_note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_button.setText(self.tr("Add term"))
        self.delete_button.setText(self.tr("Delete selected"))
        self.undo_button.setText(self.tr("Undo"))
        self.import_button.setText(self.tr("Import CSV/TBX…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Target"),
                self.tr("Note"),
                self.tr("Match case"),
                self.tr("Match width"),
            ]
        )
        self.heading.setText(self._owner.project_title())
