"""Translator projects in the encrypted store: settings and glossary together, rename, delete
and an undone delete; and the translator's data in the store's JSON export, imported exactly
into a fresh store, older exports still importing, bad data importing nothing."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from airgap.store import ImportFailed, Keychain, Store, keys, migrations
from airgap.store import db as dbmod
from airgap.store._driver import sqlite_utils
from airgap.store.translation import ProjectError, ProjectSettings, TranslationProject
from airgap.translate.glossary import Term
from airgap.translate.memory import TMEntry

MANUAL = ProjectSettings("ja", "en", "technical", "Keep product names in English.")
TERMS = [
    Term("東京都", "Tokyo Metropolis", note="official name"),
    Term("API", "API", case_sensitive=True),
    Term("ＣＰＵ", "処理装置", width_sensitive=True),
]


def test_a_project_keeps_its_settings_and_glossary(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        t = s.translation
        made = t.create_project("  Manual  v2 ", MANUAL)
        assert made.name == "Manual v2" and made.settings == MANUAL and made.created_at > 0
        t.save_project(made, TERMS)
        t.save_project(TranslationProject("Game", ProjectSettings("zh-CN", "ja-JP")))
        with pytest.raises(ProjectError, match="already exists"):
            t.create_project("Manual v2")
        with pytest.raises(ProjectError, match="needs a name"):
            t.create_project("   ")
        with pytest.raises(ImportFailed, match="klingon"):
            t.create_project("Alien", ProjectSettings("", "klingon"))
    with Store.open(db_path, keychain=keychain) as s:
        t = s.translation
        assert [p.name for p in t.project_list()] == ["Game", "Manual v2"]
        game = t.project("Game")
        assert game is not None and game.settings == ProjectSettings("zh-Hans", "ja")
        loaded = dict((p.name, terms) for p, terms in t.projects_with_terms())
        assert loaded == {"Game": [], "Manual v2": TERMS}
        assert t.project("Manual v2") == made
        # Settings change alone leaves the glossary as it is.
        t.save_project(TranslationProject("Manual v2", ProjectSettings("ja", "ko")))
        assert t.glossary_terms("Manual v2") == TERMS
        assert t.rename_project("Manual v2", "マニュアル") == "マニュアル"
        assert t.glossary_terms("マニュアル") == TERMS and t.glossary_terms("Manual v2") == []
        with pytest.raises(ProjectError, match="already exists"):
            t.rename_project("マニュアル", "Game")
        with pytest.raises(ProjectError, match="no longer exists"):
            t.rename_project("Manual v2", "x")
        # Delete, then undo: the project comes back with its terms and creation time.
        gone = t.project("マニュアル")
        assert gone is not None
        t.delete_project("マニュアル")
        assert t.glossary_terms("マニュアル") == [] and t.project("マニュアル") is None
        t.save_project(gone, TERMS)
        back = t.project("マニュアル")
        assert back is not None and back.created_at == gone.created_at
        assert t.glossary_terms("マニュアル") == TERMS
    assert b"Tokyo Metropolis" not in db_path.read_bytes()  # encrypted at rest


def test_a_bad_glossary_save_changes_nothing(store: Store) -> None:
    t = store.translation
    project = t.create_project("Manual", MANUAL)
    t.save_project(project, TERMS)
    with pytest.raises(ImportFailed, match="source and a target"):
        t.save_project(TranslationProject("Manual", ProjectSettings("ko", "en")), [Term("新", "")])
    assert t.glossary_terms("Manual") == TERMS
    assert t.project("Manual") == project  # the settings did not change either


def _older_database(path: Path, key: bytes) -> None:
    """A database of the previous schema (0003) with a glossary but no project settings."""
    conn = dbmod.connect(path, key)
    db = sqlite_utils.Database(conn)
    migrations.migrations.apply(db, stop_before="0004_translation_project_settings")
    now = time.time()
    conn.execute(
        "INSERT INTO translation_projects (id, name, created_at, updated_at) "
        "VALUES (1, 'old', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO glossary_terms (project_id, source, target, created_at, updated_at) "
        "VALUES (1, '勇者', 'hero', ?, ?)",
        (now, now),
    )
    conn.commit()
    conn.close()
    keys.write_keycheck(path, key)


def test_an_older_database_gains_project_settings(db_path: Path, keychain: Keychain) -> None:
    key = keys.new_key()
    keychain.set(key)
    _older_database(db_path, key)
    with Store.open(db_path, keychain=keychain) as s:
        [(project, terms)] = s.translation.projects_with_terms()
        assert project.name == "old" and project.settings == ProjectSettings()
        assert terms == [Term("勇者", "hero")]


# ------------------------------------------------------------------ JSON export / import


def _populate(store: Store) -> None:
    t = store.translation
    t.save_project(t.create_project("Manual", MANUAL), TERMS)
    t.save_project(t.create_project("空", ProjectSettings(target_lang="zh-Hant")), [])
    t.import_memory(
        [
            TMEntry("今日は晴れです。", "It is sunny today.", "ja", "en", origin="a.docx"),
            TMEntry("你好", "Hello", "zh-CN", "en"),
            TMEntry("안녕하세요", "こんにちは", "ko", "ja"),
        ]
    )
    c = store.create_conversation("chat")
    store.add_user_message(c.id, "hi")


def _translation(data: dict[str, Any]) -> dict[str, Any]:
    return dict(data["translation"])


def test_export_imports_exactly_into_a_fresh_store(
    store: Store, airgap_home: Path, keychain: Keychain
) -> None:
    _populate(store)
    path = store.export_to(airgap_home / "all.json")
    first = json.loads(path.read_text(encoding="utf-8"))
    assert first["version"] == 2
    exported = _translation(first)
    assert [p["name"] for p in exported["projects"]] == ["Manual", "空"]
    assert exported["projects"][0]["settings"]["register"] == "technical"
    assert len(exported["memory"]) == 3
    # Chosen conversations only: no glossaries in that file.
    only = store.export_json([store.list_conversations()[0].id])
    assert "translation" not in only
    with Store.open(airgap_home / "fresh.db", keychain=keychain) as other:
        report = other.import_file(path)
        assert (report.projects, report.terms, report.memory_pairs) == (2, 3, 3)
        assert report.conversations == 1
        assert _translation(other.export_json()) == exported
        assert other.translation.glossary_terms("Manual") == TERMS
        assert other.translation.memory_entries("ja", "en")[0].origin == "a.docx"
        # Importing again adds nothing.
        again = other.import_file(path)
        assert (again.projects, again.terms, again.memory_pairs) == (0, 0, 0)
        assert _translation(other.export_json()) == exported


def test_import_into_an_existing_project_adds_only_missing_terms(
    store: Store, airgap_home: Path, keychain: Keychain
) -> None:
    _populate(store)
    data = store.export_json()
    with Store.open(airgap_home / "fresh.db", keychain=keychain) as other:
        mine = other.translation.create_project("Manual", ProjectSettings("ja", "ko"))
        other.translation.save_project(mine, [TERMS[1], Term("翻訳", "번역")])
        report = other.import_data(data)
        assert (report.projects, report.terms) == (1, 2)
        assert other.translation.glossary_terms("Manual") == [
            TERMS[1],
            Term("翻訳", "번역"),
            TERMS[0],
            TERMS[2],
        ]
        kept = other.translation.project("Manual")
        assert kept is not None and kept.settings == ProjectSettings("ja", "ko")


def test_an_old_format_export_still_imports(store: Store) -> None:
    old = {
        "format": "airgap",
        "version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "conversations": [],
    }
    report = store.import_data(old)
    assert (report.conversations, report.projects, report.memory_pairs) == (0, 0, 0)
    assert store.translation.project_list() == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["projects"][1]["terms"].append({"source": "x"}), "'target' is missing"),
        (lambda t: t["projects"][0]["settings"].update(target_lang="xx"), "not one Airgap"),
        (lambda t: t["projects"].append(dict(t["projects"][0])), "is repeated"),
        (lambda t: t["memory"][2].update(target=""), "pair 3: a pair needs both"),
        (lambda t: t["memory"][0].update(created_at="yesterday"), "wrong type"),
        (lambda t: t.update(projects={}), "'projects' has the wrong type"),
    ],
)
def test_bad_translation_data_imports_nothing(
    store: Store, airgap_home: Path, keychain: Keychain, change: Any, message: str
) -> None:
    _populate(store)
    data = store.export_json()
    change(data["translation"])
    with Store.open(airgap_home / "fresh.db", keychain=keychain) as other:
        with pytest.raises(ImportFailed, match=message):
            other.import_data(data)
        assert other.list_conversations() == []
        assert other.translation.project_list() == []
        assert other.translation.language_pairs() == []
