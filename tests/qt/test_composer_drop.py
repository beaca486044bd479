"""Files dropped or pasted on the composer: a text file's content comes in, editable; what
cannot come in is said in the UI language, and nothing the user typed is lost."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.ui.composer import MAX_DROP_BYTES, Composer
from airgap.ui.i18n import Translations
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def make(qtbot: QtBot) -> tuple[Composer, list[str]]:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.resize(600, 200)
    composer.show()
    composer.edit.setFocus()
    sent: list[str] = []
    composer.send_requested.connect(sent.append)
    return composer, sent


def files(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # Finder and file managers also put the path (or name) as text: never what comes in.
    data.setText("\n".join(str(p) for p in paths))
    return data


def drop(composer: Composer, data: QMimeData) -> None:
    """A real drop on the text field, as the window system delivers it: enter, move, drop."""
    viewport = composer.edit.viewport()
    point = viewport.rect().center()
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, NO_MODIFIER)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # the field takes files (the cursor shows it will)
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), *args))


@pytest.fixture
def japanese(translations: Translations) -> Iterator[None]:
    assert translations.set_language("ja")  # the .ts files compiled by conftest's qm_dir
    yield


def test_a_dropped_text_file_brings_its_content_as_an_editable_block(
    qtbot: QtBot, tmp_path: Path
) -> None:
    composer, sent = make(qtbot)
    notes = tmp_path / "notes.md"
    notes.write_text("# Plan\n\n```py\nprint('hi')\n```\n東京で会議。\n", encoding="utf-8")
    qtbot.keyClicks(composer.edit, "Summarise this:")
    drop(composer, files(notes))
    text = composer.text()
    assert str(notes) not in text  # the content, not the path
    assert text.startswith("Summarise this:")
    # On a line of its own, under its name, in a fence longer than the file's own ``` runs.
    assert "\nnotes.md:\n````md\n# Plan\n\n```py\nprint('hi')\n```\n東京で会議。\n````\n" in text
    assert not composer.warning.isVisible() and composer.button.isEnabled()
    qtbot.keyClicks(composer.edit, "In one line, please.")  # still editable after the block
    composer.button.click()
    assert sent and "東京で会議。" in sent[0] and sent[0].endswith("In one line, please.")


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("data.csv", "名前,都市\n佐藤,大阪\n".encode("utf-8-sig")),
        ("data.json", '{"city": "서울"}\n'.encode("utf-16")),  # UTF-16 with its BOM
        ("script.py", b"print('plain utf-8')\r\n"),
    ],
)
def test_utf8_bom_and_utf16_files_decode(
    qtbot: QtBot, tmp_path: Path, name: str, raw: bytes
) -> None:
    composer, _ = make(qtbot)
    path = tmp_path / name
    path.write_bytes(raw)
    drop(composer, files(path))
    expected = raw.decode("utf-16" if name.endswith(".json") else "utf-8-sig")
    expected = expected.replace("\r\n", "\n")
    assert composer.text() == f"{name}:\n```{Path(name).suffix[1:]}\n{expected}```\n"
    assert "\ufeff" not in composer.text()


def refused(qtbot: QtBot, data: QMimeData) -> tuple[Composer, str]:
    composer, _ = make(qtbot)
    qtbot.keyClicks(composer.edit, "keep me")
    drop(composer, data)
    assert composer.text() == "keep me"  # nothing inserted, nothing lost
    assert composer.warning.isVisible()
    return composer, composer.warning.text()


def test_what_cannot_come_in_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    assert "“photo.png” is not a text file" in refused(qtbot, files(png))[1]

    sjis = tmp_path / "memo.txt"
    sjis.write_bytes("日本語のメモです。".encode("shift_jis"))
    message = refused(qtbot, files(sjis))[1]
    assert "“memo.txt” is not UTF-8 or UTF-16 text" in message and "Save it as UTF-8" in message

    big = tmp_path / "big.log"
    big.write_bytes(b"x" * (MAX_DROP_BYTES + 1))
    message = refused(qtbot, files(big))[1]
    assert "“big.log” is too large" in message and "1.0 MB" in message

    folder = tmp_path / "project"
    folder.mkdir()
    assert "“project” is a folder" in refused(qtbot, files(folder))[1]

    assert "2 files were dropped" in refused(qtbot, files(png, sjis))[1]

    docx = tmp_path / "report.docx"
    docx.write_bytes(b"PK\x03\x04" + bytes(32))
    assert "Translate page opens .docx" in refused(qtbot, files(docx))[1]

    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert "PDF files are not supported" in refused(qtbot, files(pdf))[1]

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n \n")
    assert "“empty.txt” is empty" in refused(qtbot, files(empty))[1]

    gone = tmp_path / "gone.txt"
    assert "“gone.txt” could not be read" in refused(qtbot, files(gone))[1]

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # reading it would wait forever: refused, the window stays responsive
    assert "“pipe.txt” could not be read" in refused(qtbot, files(pipe))[1]


def test_the_notice_goes_when_the_user_types_and_a_good_drop_follows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    composer, _ = refused(qtbot, files(pdf))
    qtbot.keyClicks(composer.edit, "!")
    assert not composer.warning.isVisible()
    good = tmp_path / "a.txt"
    good.write_text("fine\n", encoding="utf-8")
    drop(composer, files(good))
    assert "keep me!\na.txt:\n```txt\nfine\n```\n" in composer.text()
    assert not composer.warning.isVisible()


def test_dropped_plain_text_and_web_links_still_insert_as_text(qtbot: QtBot) -> None:
    composer, _ = make(qtbot)
    data = QMimeData()
    data.setText("ただのテキスト")
    drop(composer, data)
    assert composer.text() == "ただのテキスト"
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/page")])
    link.setText("https://example.org/page")
    drop(composer, link)
    assert composer.text() == "ただのテキストhttps://example.org/page"
    assert not composer.warning.isVisible()


def test_pasting_a_file_copied_in_finder_is_like_a_drop(qtbot: QtBot, tmp_path: Path) -> None:
    composer, _ = make(qtbot)
    readme = tmp_path / "README.txt"
    readme.write_text("Read me first.\n", encoding="utf-8")
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(files(readme))
    composer.edit.paste()
    assert composer.text() == "README.txt:\n```txt\nRead me first.\n```\n"
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    clipboard.setMimeData(files(pdf))
    composer.edit.paste()
    assert "PDF files are not supported" in composer.warning.text()
    assert composer.text() == "README.txt:\n```txt\nRead me first.\n```\n"


def test_messages_in_japanese(qtbot: QtBot, tmp_path: Path, japanese: None) -> None:
    pdf = tmp_path / "論文.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    composer, message = refused(qtbot, files(pdf))
    assert "「論文.pdf」" in message and "PDF" in message and "対応していません" in message
    docx = tmp_path / "報告.docx"
    docx.write_bytes(b"PK\x03\x04")
    drop(composer, files(docx))
    assert "「報告.docx」" in composer.warning.text() and "翻訳" in composer.warning.text()
    # A Japanese text file in UTF-8 comes in as in English.
    memo = tmp_path / "メモ.txt"
    memo.write_text("明日は晴れ。\n", encoding="utf-8")
    drop(composer, files(memo))
    assert "keep me\nメモ.txt:\n```txt\n明日は晴れ。\n```\n" in composer.text()
    assert composer.button.text() == "送信"
