"""Glossary matching (CJK-aware, width/case folding), prompt injection, missing-term check."""

from __future__ import annotations

from airgap.translate.document import Document, Segment
from airgap.translate.glossary import Glossary, Term
from airgap.translate.job import TranslationJob
from airgap.translate.prompt import Register, TranslationSettings, build_request
from translate_fakes import ScriptedSession

API = Term("API", "API", note="keep in Latin letters")
TOKYO = Term("東京", "Tokyo")
TOKYO_METRO = Term("東京都", "Tokyo Metropolis")
KEY = Term("Key", "clé", case_sensitive=True)
GUIDE = Term("ｶﾞｲﾄﾞ", "guide")


def glossary() -> Glossary:
    return Glossary([API, TOKYO, TOKYO_METRO, KEY, GUIDE], source_lang="ja", target_lang="en")


def test_width_and_case_folded_matching() -> None:
    g = glossary()
    assert g.terms_in("ＡＰＩを使う") == [API]
    assert g.terms_in("the api and the Api") == [API]
    assert g.terms_in("ガイドを読む") == [GUIDE]  # half-width term, full-width text


def test_word_boundaries_for_latin_but_not_cjk() -> None:
    g = glossary()
    assert g.terms_in("a rapid test") == []
    assert g.terms_in("two APIs") == [API]  # plural allowed
    assert g.terms_in("東京都に住む") == [TOKYO_METRO]  # the longer term wins
    assert g.terms_in("東京タワー") == [TOKYO]  # inside a longer CJK run


def test_case_sensitive_term() -> None:
    g = glossary()
    assert g.terms_in("the Key") == [KEY]
    assert g.terms_in("the key") == []


def test_match_positions_point_at_the_original_text() -> None:
    text = "新しいＡＰＩは東京で"
    [api, tokyo] = glossary().matches(text)
    assert text[api.start : api.end] == "ＡＰＩ"
    assert text[tokyo.start : tokyo.end] == "東京"


def test_missing_term_check_catches_a_planted_miss() -> None:
    g = glossary()
    source = "東京のAPIを使う。"
    assert g.missing(source, "Use the API of Tokyo.") == []
    assert g.missing(source, "Use the interface of Tokyo.") == [API]
    assert g.missing(source, "Use the API of Kyoto.") == [TOKYO]


def test_missing_term_check_ignores_width_and_case_variants() -> None:
    g = Glossary([Term("API", "ＡＰＩ"), Term("Tokyo", "東京")])
    assert g.missing("The API in Tokyo.", "東京のAPIです。") == []
    assert g.missing("The API in Tokyo.", "東京のａｐｉです。") == []
    g2 = Glossary([Term("東京", "東京"), Term("server", "Server")])
    assert g2.missing("東京 server", "東京 SERVER") == []  # a compatibility variant, case


def test_terms_occurring_in_the_segment_reach_the_prompt() -> None:
    settings = TranslationSettings("ja", "en", register=Register.TECHNICAL)
    request = build_request(
        "東京のAPIを使う。", settings, terms=glossary().terms_in("東京のAPIを使う。")
    )
    assert "- 東京 → Tokyo" in request.system_prompt
    assert "- API → API (keep in Latin letters)" in request.system_prompt
    assert "ｶﾞｲﾄﾞ" not in request.system_prompt  # only terms of this segment
    assert "Japanese" in request.system_prompt and "English" in request.system_prompt


def test_job_injects_terms_and_flags_misses() -> None:
    doc = Document("txt", [Segment("s1", "東京のAPIを使う。"), Segment("s2", "ガイドを読む。")])
    session = ScriptedSession(
        lambda r: "Use the API." if "東京" in r.messages[-1].content else "Read the guide."
    )
    job = TranslationJob(doc, TranslationSettings("ja", "en"), session, glossary=glossary())
    job.run()
    assert "- 東京 → Tokyo" in session.requests[0].system_prompt
    assert "- ｶﾞｲﾄﾞ → guide" in session.requests[1].system_prompt
    assert doc.segments[0].missing_terms == ["東京"]
    assert doc.segments[1].missing_terms == []
    job.edit(0, "Use the API in Tokyo.")
    assert doc.segments[0].missing_terms == []


def test_remove_term() -> None:
    g = glossary()
    g.remove(TOKYO_METRO)
    assert g.terms_in("東京都") == [TOKYO]
    assert len(g) == 4
