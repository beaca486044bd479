"""The Translate page's open document survives a quit, a crash and a project switch, on the
real encrypted store: a half-translated .docx and .srt (model output, a hand edit, an
approval, a glossary warning) come back with the same rows, statuses, counts and exports; a
SIGKILLed run loses at most the segment in flight; deleting a project removes its document
and Undo brings it back; a document too large to keep says so and the page still works."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from airgap.engine.api import GenerationRequest
from airgap.store import Keychain, Store, keys
from airgap.store.translation import StoredDocument
from airgap.translate import formats
from airgap.translate.document import Status
from airgap.translate.glossary import Term
from airgap.ui import translate_page
from airgap.ui.history import StoreHistory, open_history
from airgap.ui.i18n import Translations
from airgap.ui.translate_page import STATUS, TARGET, StoreState, TranslatePage
from airgap.ui.translate_store import StoreTranslator
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot
from translate_kit import choose
from translate_kit import translate_page as ready

TESTS = Path(__file__).resolve().parents[1]
sys.path.append(str(TESTS / "translate"))  # the translator tests' scripted engine
from translate_fakes import ScriptedSession  # noqa: E402

SRT = (
    "1\n00:00:01,000 --> 00:00:02,500\n東京は晴れです。\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\n大阪は雨です。\n\n"
    "3\n00:00:05,000 --> 00:00:06,000\n京都は雪です。\n\n"
    "4\n00:00:07,000 --> 00:00:08,000\n奈良は曇りです。\n"
)


def french(request: GenerationRequest) -> str:
    return "FR " + request.messages[-1].content


@pytest.fixture
def keychain() -> Iterator[Keychain]:
    yield Keychain(MemoryKeyring())


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    report = docx.Document()
    report.add_heading("Annual summary", level=1)
    para = report.add_paragraph("The numbers are ")
    para.add_run("final").bold = True
    para.add_run(". The report goes out on Monday.")
    report.add_paragraph("Sales grew in the north. Costs fell in the south.")
    report.add_paragraph("Thanks to everyone who helped.")
    docx_path = tmp_path / "report.docx"
    report.save(str(docx_path))
    srt_path = tmp_path / "film.srt"
    srt_path.write_text(SRT, encoding="utf-8")
    return docx_path, srt_path


def pick(page: TranslatePage, name: str) -> None:
    page.project_picker.activated.emit(page.project_picker.findText(name))


def view(page: TranslatePage) -> tuple[object, ...]:
    """What the translator sees: every cell and warning, the counts, the document."""
    table = page.table
    cells = [
        (*(table.item(r, c).text() for c in range(4)), table.item(r, TARGET).toolTip())
        for r in range(table.rowCount())
    ]
    name = page.document.name if page.document else None
    return (cells, page.counts.text(), page.unexported, name, page.document_path)


def translate(qtbot: QtBot, page: TranslatePage, rows: list[int]) -> None:
    assert page.translate(rows)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def edit_and_approve(page: TranslatePage, edit: int, text: str, approve: int) -> None:
    page.table.item(edit, TARGET).setText(text)
    page.table.selectRow(approve)
    assert page.approve_selected()


def test_half_translated_documents_come_back_exactly_after_a_restart(
    qtbot: QtBot,
    make_window: Callable[..., object],
    keychain: Keychain,
    files: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    docx_path, srt_path = files
    window = make_window(ScriptedSession(french), history=open_history(keychain=keychain))
    page = ready(qtbot, window)
    assert page.new_project("Report")
    choose(page.source_lang, "en")
    choose(page.target_lang, "fr")
    page.thinking.setChecked(True)
    assert page.add_term(Term("report", "rapport"))  # the model's answers miss it: ⚠
    assert page.open_file(docx_path)
    translate(qtbot, page, [0, 1, 2])
    edit_and_approve(page, 1, "Les chiffres sont ⟦1⟧définitifs⟦/1⟧.", 0)
    report = view(page)
    assert "⚠" in page.table.item(2, STATUS).text() and "Edited" in report[0][1][2]  # type: ignore[index]
    report_bytes = formats.to_bytes(page.document)  # type: ignore[arg-type]

    assert page.new_project("Film")  # a new project starts without a document
    assert page.document is None and page.table.rowCount() == 0
    assert page.thinking.isChecked()  # the current settings are the new project's
    page.thinking.setChecked(False)
    choose(page.source_lang, "ja")
    choose(page.target_lang, "en")
    assert page.open_file(srt_path)
    translate(qtbot, page, [0, 1])
    edit_and_approve(page, 2, "It snows in Kyoto.", 0)
    film_export = tmp_path / "film.en.srt"
    assert page.export_to(film_export)
    page.table.item(3, TARGET).setText("Cloudy in Nara.")  # after the export: unexported
    film = view(page)
    film_bytes = formats.to_bytes(page.document)  # type: ignore[arg-type]
    assert film_bytes != film_export.read_bytes()  # the edit after the export is in it
    pick(page, "Report")  # switching back shows the report as it was left
    assert view(page) == report and page.thinking.isChecked()
    pick(page, "Film")
    assert view(page) == film
    settings = window.settings  # type: ignore[attr-defined]
    window.shutdown()  # type: ignore[attr-defined]  # every queued write, then the store closes

    session = ScriptedSession(french)
    second = make_window(session, history=open_history(keychain=keychain), settings=settings)
    page = ready(qtbot, second)
    assert page.project_name == "Film"
    qtbot.waitUntil(lambda: page.document is not None, timeout=10_000)
    assert view(page) == film and page.unexported
    again = tmp_path / "film.again.srt"
    assert page.export_to(again) and again.read_bytes() == film_bytes
    pick(page, "Report")
    qtbot.waitUntil(lambda: page.document is not None, timeout=10_000)
    assert view(page) == report
    assert formats.to_bytes(page.document) == report_bytes  # type: ignore[arg-type]
    assert page.thinking.isChecked() and page.source_lang.currentData() == "en"
    # The restored document goes on where it stopped: the model is asked for the rest only.
    translate(qtbot, page, [3])
    assert len(session.requests) == 1
    assert page.document.segments[2].status is Status.TRANSLATED  # type: ignore[union-attr]


def test_an_original_that_no_longer_reads_is_reported_in_the_ui_language(
    qtbot: QtBot,
    make_window: Callable[..., object],
    airgap_home: Path,
    keychain: Keychain,
    translations: Translations,
) -> None:
    store = Store.open(airgap_home / "airgap.db", keychain=keychain)
    store.translation.create_project("Letters")
    store.translation.save_document("Letters", StoredDocument("u1", "letter.docx", "docx", b"PK"))
    translations.set_language("ja")
    window = make_window(ScriptedSession(french), history=StoreHistory(store))
    page = ready(qtbot, window)
    page.select_project("Letters")
    qtbot.waitUntil(lambda: "letter.docx" in page.message.text(), timeout=10_000)
    assert page.message.text() == (
        "プロジェクトの文書を復元できませんでした："
        "letter.docx は Word 文書ではありません（.docx ファイルは ZIP アーカイブです）。"
    )
    assert page.document is None
    assert store.translation.load_document("Letters") is not None  # the stored copy stays


def test_delete_removes_the_document_and_undo_brings_it_back(
    qtbot: QtBot,
    make_window: Callable[..., object],
    airgap_home: Path,
    keychain: Keychain,
    files: tuple[Path, Path],
) -> None:
    store = Store.open(airgap_home / "airgap.db", keychain=keychain)
    store.translation.create_project("Film")
    store.translation.create_project("Other")
    window = make_window(ScriptedSession(french), history=StoreHistory(store))
    page = ready(qtbot, window)
    page.select_project("Film")
    choose(page.source_lang, "ja")
    assert page.open_file(files[1])
    translate(qtbot, page, [0])
    edit_and_approve(page, 1, "Rain in Osaka.", 0)
    film = view(page)
    qtbot.waitUntil(lambda: len(_stored(store, "Film")) == 2, timeout=5000)

    assert page.delete_project()
    assert page.project_name == "Other" and page.document is None
    qtbot.waitUntil(lambda: store.translation.load_document("Film") is None, timeout=5000)
    assert page.undo_delete()
    assert page.project_name == "Film" and view(page) == film
    qtbot.waitUntil(lambda: len(_stored(store, "Film")) == 2, timeout=5000)
    restored = StoreTranslator(store.translation).load_document("Film")
    assert restored is not None and restored.document is not None
    assert [s.status for s in restored.document.segments] == [
        Status.APPROVED,
        Status.EDITED,
        Status.NEW,
        Status.NEW,
    ]
    window.shutdown()  # type: ignore[attr-defined]


def _stored(store: Store, project: str) -> list[int]:
    found = store.translation.load_document(project)
    return [] if found is None else [r.position for r in found.segments]


def test_a_document_too_large_to_keep_says_so_and_still_translates(
    qtbot: QtBot,
    make_window: Callable[..., object],
    airgap_home: Path,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,
) -> None:
    monkeypatch.setattr(translate_page, "MAX_DOCUMENT_BYTES", 40)  # 100 MB in real use
    store = Store.open(airgap_home / "airgap.db", keychain=keychain)
    window = make_window(ScriptedSession(french), history=StoreHistory(store))
    page = ready(qtbot, window)
    choose(page.source_lang, "en")
    choose(page.target_lang, "fr")
    page.load_text("Small.")
    qtbot.waitUntil(lambda: store.translation.load_document(None) is not None, timeout=5000)
    page.load_text("A long document. It has far more than forty bytes in it.")
    assert "pasted.txt is larger than 0 MB" in page.message.text()
    assert "not kept when Airgap quits" in page.message.text()
    qtbot.waitUntil(lambda: store.translation.load_document(None) is None, timeout=5000)
    translate(qtbot, page, [0, 1])
    assert page.table.item(1, TARGET).text() == "FR It has far more than forty bytes in it."
    page.table.item(0, TARGET).setText("Un long document.")
    assert page.document.segments[0].status is Status.EDITED  # type: ignore[union-attr]
    translations.set_language("ja")
    page.load_text("日本語の長い文書です。四十バイトを超えています。")
    assert page.message.text().startswith("pasted.txt は 0 MB を超えています。")
    window.shutdown()  # type: ignore[attr-defined]
    assert (
        Store.open(airgap_home / "airgap.db", keychain=keychain).translation.load_document(None)
        is None
    )


# A process with the page on a real store, translating with a model that finishes the first
# segments and then hangs on one (a long answer); the test kills it there with SIGKILL.
CHILD = textwrap.dedent(
    """
    import os, sys, threading, time
    from pathlib import Path

    sys.path.extend(os.environ["CHILD_PATHS"].split(os.pathsep))  # after the app's airgap
    from PySide6.QtCore import QObject, Signal, Slot
    from PySide6.QtWidgets import QApplication
    from airgap.store import Keychain, Store
    from airgap.ui.history import StoreHistory
    from airgap.ui.translate_page import TranslatePage
    from airgap.ui.worker import StoreWorker, start_thread
    from memory_keyring import MemoryKeyring
    from translate_fakes import ScriptedSession

    path, key, hang_on = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    chain = Keychain(MemoryKeyring())
    chain.set(key)
    history = StoreHistory(Store.open(path, keychain=chain))

    hanging = threading.Event()

    def answer(request):
        if session.calls == hang_on:
            hanging.set()
            time.sleep(600)
        return "EN " + request.messages[-1].content

    session = ScriptedSession(answer)

    class Relay(QObject):
        call = Signal(str, str, object)

        @Slot(str, object)
        def result(self, tag, value):
            page.store_result(tag, value)

        @Slot(str, str)
        def failed(self, tag, message):
            page.store_failed(tag, message)

    relay = Relay()
    worker = StoreWorker(lambda: history)
    worker.result.connect(relay.result)
    worker.failed.connect(relay.failed)
    thread = start_thread(worker, "store")
    relay.call.connect(worker.call)
    worker.open()
    page = TranslatePage(lambda: session, store_call=relay.call.emit)

    def go():
        if page.store_state.value != "ready":
            return
        timer.stop()
        page.source_lang.setCurrentIndex(page.source_lang.findData("ja"))
        page.load_text("".join(f"第{n}文です。" for n in range(1, 9)))
        page.table.item(7, 1).setText("Sentence eight, by hand.")
        page.translate()

    def watch():
        # The answer before the one in flight is in the table and every change is written
        # (SAVE_DELAY_MS after it, with no shutdown): only now is the kill meaningful.
        before = page.document.segments[hang_on - 2] if page.document else None
        if hanging.is_set() and before is not None and before.target and page.all_saved:
            watcher.stop()
            print("HANGING", flush=True)

    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(go)
    timer.start(20)
    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(20)
    app.exec()
    """
)


def test_a_killed_run_loses_at_most_the_segment_in_flight(
    airgap_home: Path, tmp_path: Path
) -> None:
    key = keys.new_key()
    chain = Keychain(MemoryKeyring())
    chain.set(key)
    path = airgap_home / "airgap.db"
    Store.open(path, keychain=chain).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["CHILD_PATHS"] = os.pathsep.join([str(TESTS), str(TESTS / "translate")])
    child = subprocess.Popen(
        [sys.executable, str(script), str(path), key.hex(), "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        ready_, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline() if ready_ else b""
        assert line == b"HANGING\n", child.stderr.read() if child.poll() is not None else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()

    with Store.open(path, keychain=chain) as store:
        restored = StoreTranslator(store.translation).load_document(None)
    assert restored is not None and restored.document is not None
    segments = restored.document.segments
    # Four answers finished and were written; the fifth was in flight and is lost.
    assert [s.status for s in segments] == [Status.TRANSLATED] * 4 + [Status.NEW] * 3 + [
        Status.EDITED
    ]
    assert segments[3].target == "EN 第4文です。"
    assert segments[7].target == "Sentence eight, by hand."


def test_without_a_store_each_project_keeps_its_document_for_the_session(
    qtbot: QtBot, make_window: Callable[..., object]
) -> None:
    window = make_window(ScriptedSession(french))  # an in-memory history: session only
    window.set_mode(1)  # type: ignore[attr-defined]
    page: TranslatePage = window.translate_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.store_state is StoreState.SESSION, timeout=10_000)
    page.load_text("Opened before any project.")
    assert page.new_project("A")  # made from no project: the document goes with it
    assert page.document is not None and page.document.name == "pasted.txt"
    choose(page.source_lang, "en")
    choose(page.target_lang, "fr")
    translate(qtbot, page, [0])
    a = view(page)
    assert page.new_project("B")
    assert page.document is None
    page.load_text("Only in B.")
    pick(page, "A")
    assert view(page) == a
    pick(page, "B")
    assert page.rename_project("B2")  # its document follows it
    pick(page, "A")
    assert page.new_project("B")  # a new project with B's old name has no document
    assert page.document is None
    pick(page, "B2")
    assert page.document is not None and page.document.segments[0].source == "Only in B."
