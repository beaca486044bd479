"""Placeholders for inline markup: the checks after translation, the repair before export,
the prompt rule, and memory/glossary/counts that look through them."""

from __future__ import annotations

import itertools

from airgap.engine.api import GenerationRequest
from airgap.translate.counts import count_segments
from airgap.translate.document import Document, Segment, Status
from airgap.translate.formats import read_bytes, to_bytes
from airgap.translate.glossary import Glossary, Term
from airgap.translate.job import TranslationJob
from airgap.translate.memory import TranslationMemory, similarity
from airgap.translate.placeholders import (
    Kind,
    Tag,
    Token,
    escape,
    has_placeholders,
    join,
    problems,
    repair,
    strip,
    tokens,
)
from airgap.translate.prompt import PLACEHOLDER_RULE, TranslationSettings
from translate_fakes import ScriptedSession

SOURCE = "Click ⟦1⟧Save ⟦2⟧now⟦/2⟧⟦/1⟧ or press ⟦3/⟧."


def test_a_faithful_reordered_target_has_no_problems() -> None:
    assert problems(SOURCE, "⟦3/⟧ を押すか、⟦1⟧今すぐ⟦2⟧保存⟦/2⟧⟦/1⟧をクリック。") == []
    assert problems(SOURCE, "") == []  # nothing translated yet


def test_missing_duplicated_unknown_and_unbalanced_are_named() -> None:
    found = problems(SOURCE, "⟦1⟧保存⟦2⟧今⟦/1⟧⟦/2⟧ ⟦7/⟧ ⟦1⟧x")
    assert "⟦/1⟧ closes while ⟦2⟧ is still open." in found
    assert "⟦7/⟧ is not in the source." in found
    assert "⟦1⟧ appears 2 times." in found
    assert "⟦3/⟧ is missing." in found
    assert problems("a ⟦1/⟧ b", "a ⟦/1⟧ b") == ["⟦/1⟧ is not in the source.", "⟦1/⟧ is missing."]
    assert problems("plain", "⟦/3⟧ plain") == ["⟦/3⟧ is not in the source."]


def test_repair_keeps_every_source_code_once_and_well_nested() -> None:
    fixed = join(repair(SOURCE, "⟦/2⟧保存⟦1⟧今すぐ⟦2⟧押す⟦3/⟧⟦3/⟧⟦9/⟧"))
    assert fixed == "保存⟦1⟧今すぐ⟦2⟧押す⟦3/⟧⟦/2⟧⟦/1⟧"
    assert problems(SOURCE, fixed) == []
    lost = join(repair(SOURCE, "保存する"))
    assert lost == "保存する⟦1⟧⟦/1⟧⟦2⟧⟦/2⟧⟦3/⟧"  # what the model lost goes at the end
    assert problems(SOURCE, lost) == []
    crossed = join(repair(SOURCE, "⟦1⟧a⟦2⟧b⟦/1⟧c⟦/2⟧⟦3/⟧"))
    assert crossed == "⟦1⟧a⟦2⟧b⟦/2⟧⟦/1⟧c⟦3/⟧"


def test_placeholder_shapes_and_real_text() -> None:
    assert strip(SOURCE) == "Click Save now or press ."
    # Brackets around text, ICU/printf placeholders and HTML are text, not placeholders.
    text = "⟦東京⟧ {0} %s <b>1</b> ⟦0⟧ ⟦/1/⟧"
    assert tokens(text) == [text]


def _doc(*sources: str) -> Document:
    return Document("xliff", [Segment(f"s{k}", s) for k, s in enumerate(sources)], name="d")


def test_job_flags_a_dropped_placeholder_and_prompts_to_keep_them() -> None:
    def drops_second(request: GenerationRequest) -> str:
        source = request.messages[-1].content
        return "ボタン ⟦1⟧保存⟦/1⟧" if "⟦2/⟧" in source else f"訳:{source}"

    doc = _doc("Press ⟦1⟧Save⟦/1⟧ ⟦2/⟧.", "No markup here.")
    session = ScriptedSession(drops_second)
    job = TranslationJob(doc, TranslationSettings("en", "ja"), session)
    job.run()
    first, second = doc.segments
    assert first.status is Status.TRANSLATED and first.tag_problems == ["⟦2/⟧ is missing."]
    assert second.tag_problems == []
    assert PLACEHOLDER_RULE in (session.requests[0].system_prompt or "")
    assert PLACEHOLDER_RULE not in (session.requests[1].system_prompt or "")
    job.edit(0, "ボタン ⟦1⟧保存⟦/1⟧ ⟦2/⟧")  # fixed by hand: the flag goes
    assert first.tag_problems == []


def test_memory_glossary_and_counts_look_through_placeholders() -> None:
    memory = TranslationMemory()
    memory.add_pair("東京は晴れです。", "It is sunny in Tokyo.", "ja", "en")
    tagged = "⟦1⟧東京⟦/1⟧は晴れです。"
    assert similarity(tagged, "東京は晴れです。") == 100
    match = memory.lookup(tagged, "ja", "en")[0]
    assert match.score == 99 and not match.exact  # same words, other markup: not reused
    glossary = Glossary([Term("東京", "Tokyo")])
    doc = _doc(tagged)
    session = ScriptedSession(lambda r: "It is sunny in ⟦1⟧Tokyo⟦/1⟧.")
    TranslationJob(doc, TranslationSettings("ja", "en"), session, glossary=glossary).run()
    assert "東京 → Tokyo" in (session.requests[0].system_prompt or "")
    assert doc.segments[0].missing_terms == [] and doc.segments[0].tag_problems == []
    counts = count_segments(doc.segments, "ja", "en")
    assert counts.source.characters == 7  # 東京は晴れです, no digits from ⟦1⟧
    assert counts.target.words == 5


# ------------------------------------------------------------ literal brackets in the text


def test_escaping_round_trips_every_short_text_around_real_placeholders() -> None:
    # Every string of up to 5 characters over the bracket alphabet, alone and between real
    # placeholders (and split into two adjacent pieces), comes back as it was.
    alphabet = ["⟦", "⟧", "/", "1", "x"]
    for size in range(6):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            escaped = escape(text)
            assert tokens(escaped) == ([text] if text else []) and strip(escaped) == text
            assert not has_placeholders(escaped)
            parts: list[Token] = [text, Tag(Kind.OPEN, 1), text, Tag(Kind.CLOSE, 1), text]
            assert tokens(join([*parts, Tag(Kind.STANDALONE, 2)])) == [
                p for p in [*parts, Tag(Kind.STANDALONE, 2)] if p != ""
            ]
            half = len(text) // 2
            assert strip(join([text[:half], text[half:]])) == text


def test_only_brackets_that_could_be_misread_are_doubled() -> None:
    assert escape("⟦x⟧ and ⟦東京⟧") == "⟦x⟧ and ⟦東京⟧"  # readable as they are
    assert escape("see ⟦1⟧, ⟦/1⟧ and ⟦2/⟧") == "see ⟦⟦1⟧, ⟦⟦/1⟧ and ⟦⟦2/⟧"
    assert escape("⟦⟦") == "⟦⟦⟦⟦"
    assert escape("ends with ⟦") == "ends with ⟦⟦"


LITERAL = escape("Type ⟦1⟧ or ⟦2/⟧ in the ") + "⟦1⟧search box⟦/1⟧."


def test_a_segment_mixing_literal_brackets_and_real_tags() -> None:
    assert LITERAL == "Type ⟦⟦1⟧ or ⟦⟦2/⟧ in the ⟦1⟧search box⟦/1⟧."
    assert tokens(LITERAL) == [
        "Type ⟦1⟧ or ⟦2/⟧ in the ",
        Tag(Kind.OPEN, 1),
        "search box",
        Tag(Kind.CLOSE, 1),
        ".",
    ]
    assert strip(LITERAL) == "Type ⟦1⟧ or ⟦2/⟧ in the search box."
    faithful = "在⟦1⟧搜索框⟦/1⟧中输入 ⟦⟦1⟧ 或 ⟦⟦2/⟧。"
    assert problems(LITERAL, faithful) == []
    assert join(repair(LITERAL, faithful)) == faithful
    # A model that drops the doubling: what the source only has as text stays text.
    undoubled = "在⟦1⟧搜索框⟦/1⟧中输入 ⟦1⟧ 或 ⟦2/⟧。"
    assert problems(LITERAL, undoubled) == ["⟦1⟧ appears 2 times."]  # ⟦1⟧ is both: ask
    assert problems(escape("Type ⟦2/⟧ in the ") + "⟦1⟧box⟦/1⟧.", "⟦1⟧框⟦/1⟧ ⟦2/⟧") == []
    fixed = join(repair(escape("Type ⟦2/⟧ in ") + "⟦1⟧box⟦/1⟧.", "⟦2/⟧ ⟦1⟧框⟦/1⟧"))
    assert fixed == "⟦⟦2/⟧ ⟦1⟧框⟦/1⟧"
    # A source with literal brackets only: a target that copies them has no problems.
    assert problems(escape("⟦1⟧ means bold."), "⟦⟦1⟧ は太字。") == []
    assert problems(escape("⟦1⟧ means bold."), "⟦1⟧ は太字。") == []


def test_literal_brackets_are_text_for_memory_counts_and_plain_export() -> None:
    source = escape("⟦1⟧東京⟦/1⟧は晴れです。")  # the brackets are text here
    assert not has_placeholders(source)
    memory = TranslationMemory()
    memory.add_pair(source, "⟦1⟧Tokyo⟦/1⟧ is sunny.", "ja", "en")
    assert memory.exact(source, "ja", "en") is not None
    assert memory.exact("⟦1⟧東京⟦/1⟧は晴れです。", "ja", "en") is None  # tags ≠ brackets
    assert similarity(source, "東京は晴れです。") < 100  # the bracket text counts
    counts = count_segments([Segment("s1", source)], "ja", "en")
    assert counts.source.characters == 9  # 1 + 東京 + 1 + は晴れです (brackets: punctuation)
    assert Segment("s1", source).plain_output == "⟦1⟧東京⟦/1⟧は晴れです。"
    assert Segment("s1", source, "⟦1⟧Tokyo⟦/1⟧ is sunny.").plain_output == (
        "⟦1⟧Tokyo⟦/1⟧ is sunny."  # the model's unescaped copy is the same text
    )
    assert Segment("s2", "Plain.", "⟦3/⟧ Schlicht.").plain_output == "⟦3/⟧ Schlicht."  # kept
    assert Segment("s3", "⟦1/⟧Tag.", "⟦1/⟧⟦3/⟧ Etikett.").plain_output == " Etikett."


MARKDOWN = """# The ⟦1⟧ placeholder

CAT tools show ⟦1⟧bold⟦/1⟧ text and ⟦2/⟧ codes. Brackets like ⟦x⟧ or a lone ⟦ are text.
Airgap keeps them as written.
"""


def test_plain_and_markdown_documents_with_literal_placeholders_round_trip() -> None:
    for name, data in (("notes.md", MARKDOWN), ("notes.txt", MARKDOWN)):
        doc = read_bytes(data.encode(), name)
        assert not any(has_placeholders(s.source) for s in doc.segments)
        assert to_bytes(doc).decode() == data  # untranslated: byte for byte

        def echo(request: GenerationRequest) -> str:
            return request.messages[-1].content  # a model that copies what it gets

        session = ScriptedSession(echo)
        TranslationJob(doc, TranslationSettings("en", "fr"), session).run()
        assert all(s.status is Status.TRANSLATED for s in doc.segments)
        assert [s.tag_problems for s in doc.segments] == [[]] * len(doc.segments)
        assert PLACEHOLDER_RULE not in (session.requests[0].system_prompt or "")
        assert to_bytes(doc).decode() == data

        def undouble(request: GenerationRequest) -> str:
            return request.messages[-1].content.replace("⟦⟦", "⟦")

        job = TranslationJob(doc, TranslationSettings("en", "fr"), ScriptedSession(undouble))
        job.run(indices=range(len(doc.segments)))
        assert "⟦⟦" not in "".join(s.target for s in doc.segments)
        assert [s.tag_problems for s in doc.segments] == [[]] * len(doc.segments)
        assert to_bytes(doc).decode() == data
