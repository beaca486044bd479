"""A whole document through the job with a scripted engine: memory reuse, context, progress,
cancel, errors, re-translate, edit, approve → memory, counts, export."""

from __future__ import annotations

import threading

import pytest
from airgap.engine.api import CancelToken, Role
from airgap.translate.counts import count, count_segments
from airgap.translate.document import Document, Status
from airgap.translate.errors import TranslateError
from airgap.translate.formats import read_bytes, to_bytes
from airgap.translate.formats.tmx import read_tmx, write_tmx
from airgap.translate.job import JobProgress, TranslationJob, clean_output
from airgap.translate.memory import TranslationMemory
from airgap.translate.prompt import Register, TranslationSettings
from airgap.translate.storage import InMemoryStorage
from translate_fakes import ScriptedSession

TEXT = "東京は晴れです。大阪は雨です。\n\n札幌は雪です。福岡は曇りです。\n"


def document() -> Document:
    return read_bytes(TEXT.encode(), "weather.txt")


def settings(**changes: object) -> TranslationSettings:
    return TranslationSettings("ja", "en", **changes)  # type: ignore[arg-type]


def test_full_document_run_fills_every_target_and_exports() -> None:
    doc = document()
    session = ScriptedSession()
    seen: list[JobProgress] = []
    result = TranslationJob(doc, settings(), session).run(progress=seen.append)
    assert result.translated == 4 and result.errors == 0 and not result.cancelled
    assert [s.status for s in doc.segments] == [Status.TRANSLATED] * 4
    assert doc.segments[0].target == "⟦東京は晴れです。⟧"
    assert to_bytes(doc).decode() == (
        "⟦東京は晴れです。⟧⟦大阪は雨です。⟧\n\n⟦札幌は雪です。⟧⟦福岡は曇りです。⟧\n"
    )
    finished = [p for p in seen if p.finished]
    assert [(p.index, p.done, p.total) for p in finished] == [
        (0, 1, 4),
        (1, 2, 4),
        (2, 3, 4),
        (3, 4, 4),
    ]
    partial = [p.partial for p in seen if not p.finished and p.index == 0]
    assert partial[0] == "⟦東京" and partial[-1] == "⟦東京は晴れです。⟧"  # streamed in pieces


def test_previous_segments_are_sent_as_context() -> None:
    doc = document()
    session = ScriptedSession()
    TranslationJob(doc, settings(context_segments=2), session).run()
    last = session.requests[3].messages
    assert [m.role for m in last] == [
        Role.USER,
        Role.ASSISTANT,
        Role.USER,
        Role.ASSISTANT,
        Role.USER,
    ]
    assert [m.content for m in last[::2]] == [
        "大阪は雨です。",
        "札幌は雪です。",
        "福岡は曇りです。",
    ]
    assert last[1].content == "⟦大阪は雨です。⟧"
    assert session.requests[0].messages[-1].content == "東京は晴れです。"
    assert len(session.requests[0].messages) == 1


def test_thinking_off_by_default_and_register_in_prompt() -> None:
    session = ScriptedSession()
    TranslationJob(
        document(), settings(register=Register.FORMAL, instructions="Keep it short."), session
    ).run()
    request = session.requests[0]
    assert request.thinking is False
    assert "Keep it short." in request.system_prompt
    session2 = ScriptedSession()
    ja = TranslationSettings("en", "ja", register=Register.FORMAL, thinking=True)
    TranslationJob(read_bytes(b"Hello.", "a.txt"), ja, session2).run()
    assert "敬語" in session2.requests[0].system_prompt and session2.requests[0].thinking


def test_exact_memory_matches_skip_the_model() -> None:
    memory = TranslationMemory()
    memory.add_pair("大阪は雨です。", "It rains in Osaka.", "ja", "en")
    memory.add_pair("札幌は雪です。", "It snows in Sapporo.", "ja", "en")
    memory.add_pair("福岡は晴れです。", "It is sunny in Fukuoka.", "ja", "en")
    doc = document()
    session = ScriptedSession()
    result = TranslationJob(doc, settings(), session, memory=memory).run()
    assert session.calls == 2  # only the segments without an exact match
    assert result.from_memory == 2 and result.translated == 2
    osaka, sapporo, fukuoka = doc.segments[1:]
    assert osaka.status is Status.FROM_MEMORY and osaka.target == "It rains in Osaka."
    assert osaka.tm_score == 100 and sapporo.status is Status.FROM_MEMORY
    assert fukuoka.status is Status.TRANSLATED and fukuoka.tm_source == "福岡は晴れです。"
    assert fukuoka.tm_score is not None and 70 <= fukuoka.tm_score < 100


def test_approve_adds_to_memory_and_storage_and_the_next_run_reuses_it() -> None:
    storage = InMemoryStorage()
    memory = TranslationMemory()
    doc = document()
    job = TranslationJob(doc, settings(), ScriptedSession(), memory=memory, storage=storage)
    job.run()
    job.edit(0, "It is sunny in Tokyo.")
    assert doc.segments[0].status is Status.EDITED
    job.approve(0)
    assert doc.segments[0].status is Status.APPROVED
    assert [e.target for e in storage.memory_entries("ja", "en")] == ["It is sunny in Tokyo."]
    again = read_bytes(TEXT.encode(), "weather-v2.txt")
    session = ScriptedSession()
    TranslationJob(
        again, settings(), session, memory=TranslationMemory(storage.memory_entries("ja", "en"))
    ).run()
    assert session.calls == 3 and again.segments[0].target == "It is sunny in Tokyo."
    tmx = read_tmx(write_tmx(memory.entries(), "ja"), "approved.tmx")
    assert [(e.source, e.target) for e in tmx] == [("東京は晴れです。", "It is sunny in Tokyo.")]


def test_cancel_stops_and_leaves_the_interrupted_segment_untouched() -> None:
    doc = document()
    session = ScriptedSession()
    session.cancel_after = 2  # the third call cancels while it streams
    result = TranslationJob(doc, settings(), session).run(cancel=CancelToken())
    assert result.cancelled and result.translated == 2
    assert [s.status for s in doc.segments] == [
        Status.TRANSLATED,
        Status.TRANSLATED,
        Status.NEW,
        Status.NEW,
    ]
    assert doc.segments[2].target == ""
    # Running again continues with what is left.
    session.cancel_after = None
    result = TranslationJob(doc, settings(), session).run()
    assert result.translated == 2 and all(s.status is Status.TRANSLATED for s in doc.segments)


def test_cancel_from_another_thread() -> None:
    doc = read_bytes(("あ。" * 200).encode(), "long.txt")
    token = CancelToken()
    started = threading.Event()

    def progress(p: JobProgress) -> None:
        started.set()

    session = ScriptedSession(piece=1)
    thread = threading.Thread(target=lambda: token.cancel() if started.wait(5) else None)
    thread.start()
    result = TranslationJob(doc, settings(), session).run(progress=progress, cancel=token)
    thread.join()
    assert result.cancelled
    assert any(s.status is Status.NEW for s in doc.segments)


def test_errors_are_kept_per_segment_and_the_run_goes_on() -> None:
    doc = document()
    session = ScriptedSession()
    session.fail_on = {2}
    session.raise_on = {3}
    result = TranslationJob(doc, settings(), session).run()
    assert result.errors == 2 and result.translated == 2
    assert doc.segments[1].status is Status.ERROR
    assert doc.segments[1].error == "The model ran out of memory."
    assert "context window" in doc.segments[2].error
    # A second run retries only the failed segments.
    again = ScriptedSession()
    TranslationJob(doc, settings(), again).run()
    assert again.calls == 2 and all(s.status is Status.TRANSLATED for s in doc.segments)


def test_retranslate_one_segment_even_from_memory() -> None:
    memory = TranslationMemory()
    memory.add_pair("東京は晴れです。", "Sunny in Tokyo.", "ja", "en")
    doc = document()
    session = ScriptedSession(lambda r: "Tokyo is sunny.")
    job = TranslationJob(doc, settings(), session, memory=memory)
    job.run()
    assert doc.segments[0].status is Status.FROM_MEMORY
    calls = session.calls
    segment = job.retranslate(0)
    assert session.calls == calls + 1
    assert segment.status is Status.TRANSLATED and segment.target == "Tokyo is sunny."


def test_nothing_to_translate_is_copied_without_the_model() -> None:
    doc = read_bytes(b"12:30\n\n---\n", "n.txt")
    session = ScriptedSession()
    TranslationJob(doc, settings(), session).run()
    assert session.calls == 0 and [s.target for s in doc.segments] == ["12:30", "---"]


def test_empty_answer_is_an_error_and_approving_nothing_is_refused() -> None:
    doc = read_bytes("東京。".encode(), "t.txt")
    job = TranslationJob(doc, settings(), ScriptedSession(lambda r: "  \n"))
    job.run()
    assert doc.segments[0].status is Status.ERROR and "empty" in doc.segments[0].error
    with pytest.raises(TranslateError, match="cannot be approved"):
        job.approve(0)


def test_clean_output() -> None:
    assert clean_output('  "Bonjour."  ', "Hello.") == "Bonjour."
    assert clean_output('"Bonjour."', '"Hello."') == '"Bonjour."'
    assert clean_output("Bonjour.\n\nNote: this is French.", "Hello.") == "Bonjour."
    assert clean_output("Ligne un\nLigne deux", "Line one\nLine two") == "Ligne un\nLigne deux"


def test_counts_by_language() -> None:
    assert count("今天天气很好，我们去公园。", "zh-Hans").billable == 11
    assert count("東京は、日本の首都です。", "ja").billable == 10
    assert count("Don't panic: it's 3.14 e-mail!", "en").billable == 5
    assert count("안녕하세요, 반갑습니다!", "ko").billable == 10
    doc = document()
    TranslationJob(doc, settings(), ScriptedSession(lambda r: "It is fine.")).run()
    totals = count_segments(doc.segments, "ja", "en")
    assert totals.source.billable == 7 + 6 + 6 + 7 and totals.source.unit == "characters"
    assert totals.target.billable == 3 * 4 and totals.target.unit == "words"
