"""A project's open document in the real encrypted store: the original file and the changed
segments survive a reopen, each project (and "no project") has its own, a new one replaces
the old, deleting the project removes it, a renamed project keeps it, segment writes touch
only their rows, a too-large file is refused clearly, and an older database gains the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from airgap.store import ImportFailed, Keychain, Store, keys, migrations
from airgap.store import db as dbmod
from airgap.store._driver import sqlite_utils
from airgap.store.export import export_json
from airgap.store.importers import parse_data, write_parsed
from airgap.store.translation import (
    MAX_DOCUMENT_BYTES,
    DocumentTooLarge,
    ProjectError,
    ProjectSettings,
    SegmentRow,
    StoredDocument,
    TranslationProject,
)
from airgap.translate.document import Status
from airgap.ui.translate_store import document_rows, restore

SRT = (
    "1\n00:00:01,000 --> 00:00:02,500\n東京は晴れです。\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\n大阪は雨です。\n\n"
    "3\n00:00:05,000 --> 00:00:06,000\n京都は雪です。\n"
).encode()


def _doc(uid: str, rows: list[SegmentRow] | None = None) -> StoredDocument:
    return StoredDocument(
        uid, "film.srt", "srt", SRT, "/tmp/film.srt", {"unexported": True}, rows or []
    )


def _row(position: int, source: str, target: str, status: Status = Status.EDITED) -> SegmentRow:
    return SegmentRow(
        position,
        f"cue{position + 1}",
        source,
        {"target": target, "status": status.value, "missing_terms": ["東京"], "tm_score": 80},
    )


def test_a_document_survives_a_reopen_with_its_segments(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        s.translation.create_project("Film")
        s.translation.save_document("Film", _doc("a", [_row(0, "東京は晴れです。", "Sunny.")]))
        assert s.translation.save_segments(
            "a", [_row(1, "大阪は雨です。", "Rain.", Status.APPROVED)], {"unexported": False}
        )
        assert not s.translation.save_segments("gone", [], {})  # a closed document: no-op
    with Store.open(db_path, keychain=keychain) as s:
        stored = s.translation.load_document("Film")
        assert stored is not None and stored.original == SRT and stored.path == "/tmp/film.srt"
        assert stored.state == {"unexported": False}
        assert [r.position for r in stored.segments] == [0, 1]
        found = restore("Film", stored)
        assert found.document is not None and found.dropped == 0
        segments = found.document.segments
        assert [(x.target, x.status) for x in segments] == [
            ("Sunny.", Status.EDITED),
            ("Rain.", Status.APPROVED),
            ("", Status.NEW),
        ]
        assert segments[0].missing_terms == ["東京"] and segments[0].tm_score == 80
        assert segments[0].label == found.document.segments[0].label != ""  # timing kept
        assert [r.position for r in document_rows(found.document)] == [0, 1]
        assert s.translation.load_document(None) is None
    assert "東京は晴れ".encode() not in db_path.read_bytes()  # encrypted at rest


def test_each_project_has_its_own_and_a_new_one_replaces_it(store: Store) -> None:
    t = store.translation
    t.create_project("A")
    t.create_project("B")
    t.save_document("A", _doc("a1"))
    t.save_document("B", _doc("b1"))
    t.save_document(None, _doc("n1"))
    t.save_document("A", _doc("a2", [_row(2, "京都は雪です。", "Snow.")]))
    assert t.load_document("A").uid == "a2"  # type: ignore[union-attr]
    assert t.load_document("B").uid == "b1"  # type: ignore[union-attr]
    assert t.load_document(None).uid == "n1"  # type: ignore[union-attr]
    assert not t.save_segments("a1", [_row(0, "x", "y")], {})  # replaced: writes go nowhere
    count = store._read(
        lambda c: c.execute("SELECT count(*) FROM translation_document_segments").fetchone()[0]
    )
    assert count == 1  # the replaced document's rows went with it
    # The one open without a project moves into a project made for it.
    assert t.move_document("n1", "B")
    assert t.load_document("B").uid == "n1" and t.load_document(None) is None  # type: ignore[union-attr]
    t.rename_project("A", "Renamed")
    assert t.load_document("Renamed").uid == "a2"  # type: ignore[union-attr]
    t.delete_project("Renamed")
    assert t.load_document("Renamed") is None
    assert (
        store._read(lambda c: c.execute("SELECT count(*) FROM translation_documents").fetchone()[0])
        == 1
    )
    assert t.delete_document("B") == 1 and t.load_document("B") is None
    with pytest.raises(ProjectError):
        t.save_document("Nobody", _doc("x"))


def test_segment_writes_touch_only_their_rows(store: Store) -> None:
    t = store.translation
    rows = [_row(i, f"s{i}", f"t{i}") for i in range(5000)]
    t.save_document(None, _doc("big", rows))
    t.save_segments("big", [_row(7, "s7", "changed")], {"unexported": True})
    stored = t.load_document(None)
    assert stored is not None and len(stored.segments) == 5000
    assert stored.segments[7].state["target"] == "changed"
    assert stored.segments[8].state["target"] == "t8"


def test_a_document_too_large_is_refused_clearly(store: Store) -> None:
    store.translation.save_document(None, _doc("small"))
    big = StoredDocument("big", "huge.docx", "docx", b"\0" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(DocumentTooLarge, match=r"huge\.docx is larger than 100 MB"):
        store.translation.save_document(None, big)
    assert store.translation.load_document(None).uid == "small"  # type: ignore[union-attr]


def test_think_first_is_a_project_setting_and_travels_in_the_export(store: Store) -> None:
    store.translation.save_project(
        TranslationProject("Deep", ProjectSettings("ja", "en", "literary", "", thinking=True))
    )
    assert store.translation.project("Deep").settings.thinking  # type: ignore[union-attr]
    data = store._read(lambda c: export_json(c))
    assert data["translation"]["projects"][0]["settings"]["thinking"] is True
    store.translation.delete_project("Deep")
    store._tx(lambda c: write_parsed(c, parse_data(data, source="export.json")))
    assert store.translation.project("Deep").settings.thinking  # type: ignore[union-attr]


def test_an_older_database_gains_the_documents_table(db_path: Path, keychain: Keychain) -> None:
    key = keys.new_key()
    keychain.set(key)
    conn = dbmod.connect(db_path, key)
    migrations.migrations.apply(
        sqlite_utils.Database(conn), stop_before="0005_translation_documents"
    )
    conn.execute(
        "INSERT INTO translation_projects (name, settings, created_at, updated_at) "
        "VALUES ('Old', '{\"target_lang\": \"fr\"}', 1, 1)"
    )
    conn.commit()
    conn.close()
    keys.write_keycheck(db_path, key)
    with Store.open(db_path, keychain=keychain) as s:
        project = s.translation.project("Old")
        assert project is not None and project.settings.target_lang == "fr"
        assert not project.settings.thinking
        s.translation.save_document("Old", _doc("o"))
        assert s.translation.load_document("Old") is not None


def test_open_documents_travel_in_the_json_export(store: Store, tmp_path: Path) -> None:
    t = store.translation
    t.create_project("Film")
    t.save_document("Film", _doc("a", [_row(0, "東京は晴れです。", "Sunny.")]))
    t.save_document(None, _doc("n"))
    data = store._read(lambda c: export_json(c))
    [film, loose] = data["translation"]["documents"]
    assert film["project"] == "Film" and loose["project"] is None
    assert film["segments"][0]["state"]["target"] == "Sunny."

    other_path = tmp_path / "other" / "airgap.db"
    other_path.parent.mkdir()
    with Store.open(other_path, encrypted=False) as other:
        for _ in range(2):  # the second import adds nothing
            other._tx(lambda c: write_parsed(c, parse_data(data, source="export.json")))
        stored = other.translation.load_document("Film")
        assert stored is not None and stored.original == SRT and stored.name == "film.srt"
        found = restore("Film", stored)
        assert found.document is not None
        assert found.document.segments[0].target == "Sunny."
        assert other.translation.load_document(None) is not None
        count = other._read(
            lambda c: c.execute("SELECT count(*) FROM translation_documents").fetchone()[0]
        )
        assert count == 2
    # A project that has an open document keeps it; a damaged one names the problem.
    t.save_document("Film", _doc("b"))
    store._tx(lambda c: write_parsed(c, parse_data(data, source="export.json")))
    assert t.load_document("Film").uid == "b"  # type: ignore[union-attr]
    film["original"] = "not base64!"
    with pytest.raises(ImportFailed, match=r"“film\.srt”.*not valid base64"):
        parse_data(data, source="export.json")
