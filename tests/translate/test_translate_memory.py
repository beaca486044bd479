"""Translation memory: edit-distance scores, exact and fuzzy lookup, TMX round trip."""

from __future__ import annotations

import random

import pytest
from airgap.translate.errors import FormatError
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.memory import TMEntry, TranslationMemory, edit_distance, similarity


def _reference_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_bit_parallel_distance_equals_the_textbook_one() -> None:
    rng = random.Random(7)
    for _ in range(500):
        a = "".join(rng.choice("ab東京c ") for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice("ab東京c ") for _ in range(rng.randint(0, 90)))
        assert edit_distance(a, b) == _reference_distance(a, b)


def test_cjk_fuzzy_percentages_are_sane() -> None:
    assert similarity("今天天气很好我们去公", "今天天气很坏我们去公") == 90  # 1 of 10 changed
    assert similarity("東京都に住んでいます", "東京都に住んでいます") == 100
    assert 75 <= similarity("東京都に住んでいます。", "東京都に住んでいました。") < 90
    assert similarity("ＡＰＩの設定", "APIの設定") == 100  # width folded
    assert similarity("今天天气很好", "Hello world") < 20


def test_exact_match_and_fuzzy_matches() -> None:
    tm = TranslationMemory()
    tm.add_pair("今天天气很好，我们去公园。", "Nice weather; let's go to the park.", "zh-CN", "en")
    tm.add_pair("今天天气很坏，我们待在家。", "Bad weather; we stay home.", "zh-Hans", "en")
    tm.add_pair("Hello world", "Bonjour le monde", "en", "fr")
    [exact] = tm.lookup("今天天气很好，我们去公园。", "zh-Hans", "en", limit=1)
    assert exact.exact and exact.score == 100
    matches = tm.lookup("今天天气很好，我们去商店。", "zh-Hans", "en")
    assert matches[0].entry.target.startswith("Nice weather") and 80 <= matches[0].score < 100
    assert not matches[0].exact
    assert tm.exact("Hello   world", "en", "fr") is not None  # whitespace runs aside
    [case_variant] = tm.lookup("hello world", "en", "fr")
    assert case_variant.score == 99 and not case_variant.exact  # close, but not reused as is
    assert tm.lookup("Hello world", "en", "de") == []  # per language pair


def test_same_pair_twice_is_stored_once_and_newest_target_wins() -> None:
    tm = TranslationMemory()
    tm.add_pair("Save", "Enregistrer", "en", "fr")
    tm.add_pair("Save", "Enregistrer", "en", "fr")
    assert len(tm) == 1
    tm.add_pair("Save", "Sauvegarder", "en", "fr")
    entry = tm.exact("Save", "en", "fr")
    assert entry is not None and entry.target == "Sauvegarder"


def test_lookup_finds_the_fuzzy_match_among_many() -> None:
    rng = random.Random(3)
    tm = TranslationMemory()
    chars = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年"
    for k in range(3000):
        text = "".join(rng.choice(chars) for _ in range(20))
        tm.add_pair(text, f"t{k}", "zh-Hans", "en")
    tm.add_pair("翻译记忆库可以重复使用已经批准的句子。", "target", "zh-Hans", "en")
    [best] = tm.lookup("翻译记忆库可以重复使用已批准的句子。", "zh-Hans", "en", limit=1)
    assert best.entry.target == "target" and best.score >= 90


def test_tmx_round_trip_gives_the_same_pairs() -> None:
    entries = [
        TMEntry("東京は晴れです。", "It is sunny in Tokyo.", "ja", "en"),
        TMEntry("A & B <tag>", "A & B <balise>", "ja", "en"),
        TMEntry("  spaced  ", "  kept  ", "ja", "en"),
    ]
    data = write_tmx(entries, "ja")
    assert b'<tmx version="1.4">' in data and b'srclang="ja"' in data
    back = read_tmx(data, "memory.tmx")
    assert [(e.source, e.target, e.source_lang, e.target_lang) for e in back] == [
        (e.source, e.target, e.source_lang, e.target_lang) for e in entries
    ]


def test_tmx_from_another_tool_with_region_codes() -> None:
    data = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" datatype="plaintext"
 segtype="sentence" adminlang="en-US" srclang="en-US" o-tmf="x"/>
<body><tu><tuv xml:lang="en-US"><seg>Open the file.</seg></tuv>
<tuv xml:lang="zh-TW"><seg>開啟檔案。</seg></tuv>
<tuv xml:lang="ja-JP"><seg>ファイルを開く。</seg></tuv></tu>
</body></tmx>""".encode()
    tm = TranslationMemory(read_tmx(data, "x.tmx"))
    assert tm.exact("Open the file.", "en", "zh-Hant") is not None
    assert tm.exact("Open the file.", "en", "ja") is not None


def test_tmx_that_is_not_tmx() -> None:
    with pytest.raises(FormatError, match="not <tmx>"):
        read_tmx(b"<xliff/>", "x.tmx")
