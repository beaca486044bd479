"""The translator's glossaries and translation memory in the real encrypted store: they survive
a restart, stay per project / per language pair, feed the translation memory, arrive in an
older database through a migration, and a bad bulk import leaves nothing behind."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from airgap.store import ImportFailed, Keychain, Store, keys, migrations, salvage_database
from airgap.store import db as dbmod
from airgap.store._driver import sqlite_utils
from airgap.translate.glossary import Glossary, Term
from airgap.translate.memory import TMEntry, TranslationMemory
from airgap.translate.storage import TranslationStorage

TERMS = [
    Term("東京都", "Tokyo Metropolis", note="official name"),
    Term("API", "API", case_sensitive=True),
    Term("ＣＰＵ", "処理装置", width_sensitive=True),
]


def test_store_implements_the_translate_protocol(store: Store) -> None:
    storage: TranslationStorage = store.translation  # checked by mypy when run on tests
    storage.save_glossary("manual", TERMS)
    assert storage.glossary_terms("manual") == TERMS


def test_terms_and_pairs_survive_close_and_reopen(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        s.translation.save_glossary("manual", TERMS)
        s.translation.add_glossary_term("manual", Term("翻訳", "translation"))
        s.translation.save_glossary("game", [Term("勇者", "hero")])
        s.translation.add_memory_entry(
            TMEntry("今日は晴れです。", "It is sunny today.", "ja", "en")
        )
        s.translation.add_memory_entry(
            TMEntry("今日は晴れです。", "It is sunny today.", "ja", "en")
        )
    with Store.open(db_path, keychain=keychain) as s:
        t = s.translation
        assert t.projects() == ["game", "manual"]
        assert t.glossary_terms("manual") == [*TERMS, Term("翻訳", "translation")]
        assert t.glossary_terms("manual")[0].note == "official name"
        assert t.glossary_terms("manual")[1].case_sensitive
        assert t.glossary_terms("manual")[2].width_sensitive
        assert t.glossary_terms("game") == [Term("勇者", "hero")]
        assert t.glossary_terms("nothing") == []
        assert t.memory_entries("ja", "en") == [
            TMEntry("今日は晴れです。", "It is sunny today.", "ja", "en")
        ]  # the repeated approval added nothing
        assert t.memory_entries("ja-JP", "en-US")[0].created > 0
    assert "晴れ".encode() not in db_path.read_bytes()  # encrypted at rest


def test_glossaries_replace_and_delete(store: Store) -> None:
    t = store.translation
    t.save_glossary("manual", TERMS)
    t.save_glossary("manual", TERMS[:1])
    assert t.glossary_terms("manual") == TERMS[:1]
    t.save_glossary("manual", TERMS)
    assert t.delete_glossary_term("manual", TERMS[1]) == 1
    assert t.glossary_terms("manual") == [TERMS[0], TERMS[2]]
    t.delete_glossary("manual")
    assert t.glossary_terms("manual") == []
    assert t.projects() == []


def test_memory_is_per_language_pair(store: Store) -> None:
    t = store.translation
    t.add_memory_entry(TMEntry("你好", "Hello", "zh-CN", "en"))
    t.add_memory_entry(TMEntry("你好", "こんにちは", "zh-Hans", "ja"))
    t.add_memory_entry(TMEntry("Hello", "你好", "en", "zh-Hans"))
    t.add_memory_entry(TMEntry("你好", "哈囉", "zh-Hans", "zh-TW"))
    assert [e.target for e in t.memory_entries("zh-Hans", "en")] == ["Hello"]
    assert [e.target for e in t.memory_entries("zh", "ja")] == ["こんにちは"]
    assert [e.target for e in t.memory_entries("en", "zh-Hans")] == ["你好"]
    assert [e.target for e in t.memory_entries("zh-Hans", "zh-Hant")] == ["哈囉"]
    assert t.memory_entries("ja", "en") == []
    assert t.language_pairs() == [
        ("en", "zh-Hans", 1),
        ("zh-Hans", "en", 1),
        ("zh-Hans", "ja", 1),
        ("zh-Hans", "zh-Hant", 1),
    ]
    assert t.delete_memory_entry(TMEntry("你好", "Hello", "zh", "en")) == 1
    assert t.memory_entries("zh-Hans", "en") == []


def test_memory_built_from_the_store_reuses_after_reopen(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        added = s.translation.import_memory(
            [
                TMEntry(f"第{i}章を読みました。", f"I read chapter {i}.", "ja", "en", origin="book")
                for i in range(1, 21)
            ]
        )
        assert added == 20
        s.translation.add_memory_entry(
            TMEntry("第3章を読みました。", "Read chapter 3.", "ja", "en")
        )
    with Store.open(db_path, keychain=keychain) as s:
        memory = TranslationMemory(s.translation.memory_entries("ja", "en"))
    hit = memory.exact("第3章を読みました。", "ja", "en")
    assert hit is not None
    assert hit.target == "Read chapter 3."  # the newest approval wins
    match = memory.lookup("第4章を読みました!", "ja", "en")[0]
    assert match.entry.target == "I read chapter 4."
    assert not match.exact and 85 <= match.score < 100
    assert memory.exact("第4章を読みました。", "ja", "en") is not None
    assert memory.exact("第4章を読みました。", "ja", "ko") is None
    glossary = Glossary(TERMS)
    assert len(glossary) == 3


def _bad_entries() -> Iterator[TMEntry]:
    yield TMEntry("一", "one", "zh-Hans", "en")
    yield TMEntry("二", "two", "zh-Hans", "en")
    yield TMEntry("三", "three", "zh-Hans", "klingon")


def test_a_bad_bulk_import_leaves_nothing_behind(store: Store) -> None:
    t = store.translation
    t.add_memory_entry(TMEntry("零", "zero", "zh-Hans", "en"))
    t.save_glossary("manual", TERMS[:1])
    with pytest.raises(ImportFailed, match="klingon"):
        t.import_memory(_bad_entries())
    assert [e.source for e in t.memory_entries("zh-Hans", "en")] == ["零"]
    with pytest.raises(ImportFailed, match="source and a target"):
        t.import_glossary("manual", [Term("新", "new"), Term("  ", "blank")])
    with pytest.raises(ImportFailed):
        t.import_glossary("fresh", [Term("新", "new"), Term("空", "")])
    assert t.glossary_terms("manual") == TERMS[:1]
    assert t.projects() == ["manual"]  # the failed import into "fresh" created no project
    assert t.import_glossary("manual", [Term("新", "new")]) == 1
    assert t.glossary_terms("manual") == [TERMS[0], Term("新", "new")]


def _previous_schema(path: Path, key: bytes) -> None:
    conn = dbmod.connect(path, key)
    db = sqlite_utils.Database(conn)
    migrations.migrations.apply(db, stop_before="0003_translation_glossaries_and_memory")
    now = time.time()
    conn.execute(
        "INSERT INTO conversations (id, uuid, title, created_at, updated_at) "
        "VALUES (1, 'u-1', '翻訳の相談', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at, "
        "updated_at) VALUES (1, 1, NULL, 'user', '用語集を作りたい', ?, ?)",
        (now, now),
    )
    conn.execute("UPDATE conversations SET selected_leaf_id = 1 WHERE id = 1")
    conn.commit()
    conn.close()
    keys.write_keycheck(path, key)


def test_previous_schema_migrates_and_keeps_conversations(
    db_path: Path, keychain: Keychain
) -> None:
    key = keys.new_key()
    keychain.set(key)
    _previous_schema(db_path, key)
    with Store.open(db_path, keychain=keychain) as s:
        assert s.conversation(1).title == "翻訳の相談"
        assert [m.content for m in s.visible_messages(1)] == ["用語集を作りたい"]
        assert s.translation.memory_entries("ja", "en") == []
        s.translation.add_memory_entry(TMEntry("用語集", "glossary", "ja", "en"))
        assert s.integrity_check() == "ok"
    conn = dbmod.connect(db_path, key)
    applied = [m.name for m in migrations.migrations.applied(sqlite_utils.Database(conn))]
    assert applied == migrations.known_names()
    assert "0003_translation_glossaries_and_memory" in applied
    conn.close()
    with Store.open(db_path, keychain=keychain) as s:
        assert [e.target for e in s.translation.memory_entries("ja", "en")] == ["glossary"]


def test_salvage_keeps_glossaries_and_memory(db_path: Path, keychain: Keychain) -> None:
    with Store.open(db_path, keychain=keychain) as s:
        s.translation.save_glossary("manual", TERMS)
        s.translation.add_memory_entry(TMEntry("안녕하세요", "Hello", "ko", "en"))
    report = salvage_database(db_path, keychain=keychain)
    assert report.tables["glossary_terms"] == 3 and report.tables["tm_pairs"] == 1
    assert report.lost_rows == 0
    with Store.open(db_path, keychain=keychain) as s:
        assert s.translation.glossary_terms("manual") == TERMS
        assert [e.target for e in s.translation.memory_entries("ko", "en")] == ["Hello"]
