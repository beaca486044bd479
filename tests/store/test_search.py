"""CJK-aware search: 1-2 character CJK queries, mixed queries, full-width/half-width forms,
bm25 ranking, highlighted snippets, the reasoning filter, titles; and what must not match."""

from __future__ import annotations

import pytest
from airgap.engine.api import FinishReason
from airgap.store import Store
from airgap.store.search import index_text, match_expression

DOCS = {
    "zh_study": "我每天都在学习中文，学而时习之。",
    "ja_tokyo": "東京タワーは東京の観光名所です。",
    "ja_translate": "この文章を英語に翻訳してください。",
    "ko": "한국어 공부는 재미있어요. 한국 음식도 좋아요.",
    "mixed": "我们用 Qwen 模型做本地推理，速度很快。",
    "fullwidth": "The ＡＢＣ company announced ｶﾀｶﾅ products.",
    "kyoto": "京都は古い都です。",
    "english": "Apple Silicon runs MLX models offline without any network access.",
}


@pytest.fixture
def corpus(store: Store) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, text in DOCS.items():
        c = store.create_conversation(f"chat {name}")
        store.add_user_message(c.id, "question")
        r = store.begin_reply(c.id)
        reasoning = "内部思考：需要翻译成法语" if name == "english" else ""
        ids[name] = store.finish_reply(r.id, FinishReason.STOP, text=text, reasoning=reasoning).id
    return ids


def _ids(store: Store, query: str, **kw: bool) -> list[int | None]:
    return [h.message_id for h in store.search(query, **kw)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("学", ["zh_study"]),  # one Han character
        ("東京", ["ja_tokyo"]),  # two characters (trigram would never find it)
        ("翻訳", ["ja_translate"]),
        ("한국", ["ko"]),  # Hangul prefix of 한국어 and a whole word 한국
        ("Qwen 模型", ["mixed"]),  # mixed scripts: both must be present
        ("qwen", ["mixed"]),  # case-insensitive
        ("abc", ["fullwidth"]),  # ＡＢＣ in the text, abc typed
        ("ＡＢＣ", ["fullwidth"]),
        ("カタカナ", ["fullwidth"]),  # half-width ｶﾀｶﾅ in the text
        ("東京タワー", ["ja_tokyo"]),  # a longer run is a phrase of bigrams
        ("network", ["english"]),
        ("netw", ["english"]),  # a word being typed finds the words it starts
        ("Apple sili", ["english"]),
    ],
)
def test_queries_find_their_message(
    store: Store, corpus: dict[str, int], query: str, expected: list[str]
) -> None:
    assert _ids(store, query) == [corpus[n] for n in expected]


@pytest.mark.parametrize(
    "query",
    [
        "京東",  # both characters occur (東京, 京都) but never in this order
        "東都",  # not adjacent anywhere
        "Qwen 京都",  # each exists, never together
        "한국인",
        "mlx networking",
        "tower",
        "etwork",  # a prefix, not any substring
        "o",  # one letter is a word of its own, not the start of half the index
    ],
)
def test_near_misses_do_not_match(store: Store, corpus: dict[str, int], query: str) -> None:
    assert _ids(store, query) == []


def test_ranking_prefers_more_occurrences(store: Store, corpus: dict[str, int]) -> None:
    c = store.create_conversation("ranking")
    r = store.begin_reply(c.id)
    once = store.finish_reply(
        r.id, FinishReason.STOP, text="東京 once, " + "and a lot of other words " * 10
    )
    hits = _ids(store, "東京")
    assert hits[0] == corpus["ja_tokyo"]  # 東京 twice in a short text
    assert once.id in hits


def test_snippet_highlights_the_original_characters(store: Store, corpus: dict[str, int]) -> None:
    hit = store.search("abc")[0]
    assert hit.field == "content" and hit.role is not None
    assert hit.marked() == "The [ＡＢＣ] company announced ｶﾀｶﾅ products."
    hit = store.search("東京")[0]
    assert hit.marked("<b>", "</b>") == "<b>東京</b>タワーは<b>東京</b>の観光名所です。"
    assert hit.conversation_title == "chat ja_tokyo"


def test_a_prefix_highlights_the_whole_word_it_found(store: Store, corpus: dict[str, int]) -> None:
    hit = store.search("compan")[0]
    assert hit.marked() == "The ＡＢＣ [company] announced ｶﾀｶﾅ products."
    hit = store.search("Qwe 模型")[0]  # the word stops where the CJK text begins
    assert hit.marked() == "我们用 [Qwen] [模型]做本地推理，速度很快。"


def test_long_text_snippet_is_a_window_around_the_match(store: Store) -> None:
    c = store.create_conversation("long")
    text = "lorem ipsum " * 40 + "needle" + " dolor sit" * 40
    r = store.begin_reply(c.id)
    store.finish_reply(r.id, FinishReason.STOP, text=text)
    hit = store.search("needle")[0]
    assert len(hit.snippet) < 100
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "[needle]" in hit.marked()


def test_reasoning_is_searched_only_when_asked(store: Store, corpus: dict[str, int]) -> None:
    assert _ids(store, "法语") == []
    hits = store.search("法语", include_reasoning=True)
    assert [(h.message_id, h.field) for h in hits] == [(corpus["english"], "reasoning")]


def test_titles_are_searched(store: Store) -> None:
    c = store.create_conversation("旅行の計画 trip planning")
    hits = store.search("計画")
    assert [(h.conversation_id, h.field, h.message_id) for h in hits] == [(c.id, "title", None)]
    store.rename(c.id, "something else")
    assert store.search("計画") == []


def test_archived_filter_and_empty_queries(store: Store, corpus: dict[str, int]) -> None:
    cid = store.message(corpus["ko"]).conversation_id
    store.set_archived(cid, True)
    assert _ids(store, "한국") == [corpus["ko"]]
    assert store.search("한국")[0].archived
    assert _ids(store, "한국", include_archived=False) == []
    assert store.search("") == [] and store.search("  ，。!? ") == []
    assert store.search('"quotes" AND OR NEAR(') == []  # FTS syntax is never interpreted


def test_transform() -> None:
    assert index_text("東京都") == " 東京 京都 東 京 都 "
    assert match_expression("東京都 abc") == '"東京 京都" AND "abc"*'
    assert match_expression("学") == '"学"'
    assert match_expression("ＡＢＣ") == '"abc"*'
    # The star goes on a phrase's last token, and only from two letters ("don t" stays whole).
    assert match_expression("don't weath") == '"don\'t" AND "weath"*'
