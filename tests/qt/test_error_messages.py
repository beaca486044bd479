"""Engine, store and downloads errors in the UI language: every EngineCode, StoreCode and
DownloadCode has a real translation in all five languages; a model that fails to load, a
generation that fails, a download that fails, a segment the engine could not translate or a
store that will not open is reported in the language of the window; str() (logs, the CLI)
stays English."""

from __future__ import annotations

import errno
import json
import logging
import re
import string
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path

import pytest
import tiny_models
from airgap import cli
from airgap.downloads.errors import DOWNLOAD_ENGLISH, DownloadCode, DownloadsError
from airgap.engine.api import (
    ENGINE_ENGLISH,
    CancelToken,
    ChatMessage,
    CorruptModel,
    Done,
    EngineCode,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    InvalidSettings,
    Role,
    SamplingSettings,
    TextDelta,
)
from airgap.store import Keychain, WrongKey, format_recovery_key
from airgap.store.db import translate
from airgap.store.errors import STORE_ENGLISH, DiskFull, StoreCode
from airgap.store.keys import new_key
from airgap.translate.document import Document, Segment, Status
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.job import TranslationJob
from airgap.translate.prompt import TranslationSettings
from airgap.ui.download_dialog import DownloadDialog, State
from airgap.ui.error_messages import (
    Template,
    download_templates,
    engine_templates,
    message,
    store_templates,
    user_message,
)
from airgap.ui.history import HistoryError, MemoryHistory, NeedsRecoveryKey, open_history
from airgap.ui.i18n import LANGUAGES, Translations
from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings
from airgap.ui.translate_messages import segment_error
from airgap.ui.worker import EngineWorker, Job, StoreWorker, StreamingOptions, open_session
from downloads.hubserver import FakeHub, HubServer
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot
from qt_fakes import FakeSession, WindowFactory

# (area, English of str(), the window's templates, whether the window's English is str()'s:
# the downloader's CLI lines are lower-case fragments, the window says them as sentences)
AREAS: list[tuple[str, dict[Enum, str], Callable[[], dict[Enum, Template]], bool]] = [
    ("engine", dict(ENGINE_ENGLISH), lambda: dict(engine_templates()), True),
    ("store", dict(STORE_ENGLISH), lambda: dict(store_templates()), True),
    ("downloads", dict(DOWNLOAD_ENGLISH), lambda: dict(download_templates()), False),
]


def fields(english: str) -> list[tuple[str, str]]:
    """(name, format spec) of each field of an English text."""
    return [(f, spec or "") for _, f, spec, _ in string.Formatter().parse(english) if f]


def markers(text: str) -> set[str]:
    return set(re.findall(r"%[1-9n]", text))


def test_every_engine_store_and_download_code_has_a_translation_in_every_language(
    translations: Translations,
) -> None:
    assert set(ENGINE_ENGLISH) == set(EngineCode) and set(STORE_ENGLISH) == set(StoreCode)
    assert set(DOWNLOAD_ENGLISH) == set(DownloadCode)
    english = {area: templates() for area, _, templates, _ in AREAS}
    problems: list[str] = []
    for area, table, _, same_english in AREAS:
        assert set(english[area]) == set(table), f"{area}: codes without a template"
        for code, (text, keys) in english[area].items():
            named = fields(table[code])
            # The template shows every parameter the core gives, each once, as %1..%n.
            assert set(keys) == {name for name, _ in named} and len(set(keys)) == len(keys), code
            assert markers(text) == {f"%{i}" for i in range(1, len(keys) + 1)}, code
            if same_english and not any(spec for _, spec in named):
                # The window's English says what str() says.
                params = {key: f"<{key}>" for key in keys}
                assert message(code, params, "") == table[code].format_map(params), code
    for language in LANGUAGES:
        assert translations.set_language(language)
        for area, table, templates, _ in AREAS:
            found = templates()
            for code in table:
                text = found[code][0]
                if language != "en" and text == english[area][code][0]:
                    problems.append(f"{language}: {area} {code}: untranslated")
                if markers(text) != markers(english[area][code][0]):
                    problems.append(f"{language}: {area} {code}: placeholders {text!r}")
    assert not problems, "\n".join(problems)


def test_one_function_says_every_area_s_errors_and_falls_back_to_english(
    translations: Translations,
) -> None:
    translations.set_language("ja")
    error = CorruptModel(EngineCode.FILE_TRUNCATED, file="/m/%2.safetensors", size=3)
    assert user_message(error) == "/m/%2.safetensors は空か、途中で切れています（3 バイト）。"
    assert str(error) == "/m/%2.safetensors is empty or truncated (3 bytes)."
    with pytest.raises(InvalidSettings) as caught:
        SamplingSettings(temperature=9).validate()
    assert user_message(caught.value) == "温度は 0 から 5 の間でなければなりません。"
    assert str(caught.value) == "Temperature must be between 0 and 5."
    assert user_message(WrongKey(StoreCode.RECOVERY_KEY_TYPO)) == (
        "この復旧キーには入力ミスがあります。各グループをもう一度確認してください。"
    )
    full = translate(OSError(errno.ENOSPC, "No space left on device"), Path("/data/a.db"))
    assert isinstance(full, DiskFull)
    assert user_message(full) == (
        "ディスクがいっぱいです（/data）。保存済みのものは失われていません。"
        "空き容量を作ってからもう一度お試しください。"
    )
    # The translator's codes go through the same function.
    assert user_message(FormatError(ErrorCode.FILE_EMPTY, name="a.txt")) == "a.txt は空です。"
    # No code, or parameters that do not fit: the English, not nothing.
    assert user_message(EngineError("No model is loaded.")) == "No model is loaded."
    assert message(EngineCode.FILE_TRUNCATED, {"file": "x"}, "fallback") == "fallback"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_models.build_qwen35(tmp_path_factory.mktemp("models") / "qwen35-tiny")


@pytest.fixture
def corrupt_model(tiny_model: Path, tmp_path: Path) -> Path:
    """The tiny model with its weights cut short, as an interrupted copy leaves them."""
    folder = tmp_path / "broken-model"
    folder.mkdir()
    for file in tiny_model.iterdir():
        data = file.read_bytes()
        if file.suffix == ".safetensors":
            data = data[: len(data) * 2 // 3]
        (folder / file.name).write_bytes(data)
    return folder


def test_a_corrupt_model_in_a_japanese_window_is_reported_in_japanese(
    qtbot: QtBot,
    translations: Translations,
    corrupt_model: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    translations.set_language("ja")
    window = MainWindow(
        Settings(language="ja"),
        translations,
        session_factory=open_session,
        history_factory=MemoryHistory,
        model_path=corrupt_model,
    )
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: bool(window.load_error), timeout=60_000)
        shard = corrupt_model.resolve() / "model.safetensors"
        assert window.load_error.startswith(f"{shard} は途中で切れています: 重みの ")
        assert window.load_error.endswith(
            " バイトが欠けています（ダウンロードやコピーが完了していないのでは？）。"
        )
        assert window.notice.text() == window.load_error
        assert window.status.model.toolTip() == window.load_error
    finally:
        window.shutdown()

    # The log and the CLI keep the engine's English, whatever the window speaks.
    with pytest.raises(CorruptModel) as caught:
        open_session(corrupt_model, StreamingOptions())
    assert caught.value.code is EngineCode.WEIGHTS_TRUNCATED
    with caplog.at_level(logging.WARNING):
        logging.getLogger("airgap.test").warning("load failed: %s", caught.value)
    assert f"load failed: {shard} is truncated: " in caplog.text


def test_a_prompt_too_long_for_the_model_is_reported_in_japanese(
    qtbot: QtBot, translations: Translations, tiny_model: Path
) -> None:
    translations.set_language("ja")
    worker = EngineWorker()
    loaded: list[object] = []
    worker.loaded.connect(loaded.append)
    worker.load(str(tiny_model), StreamingOptions())
    assert loaded, "the tiny model did not load"
    events: list[Event] = []
    worker.streamed.connect(lambda _job, event: events.append(event))
    request = GenerationRequest([ChatMessage(Role.USER, "東京の天気は晴れです。" * 2000)])
    worker.generate(Job(1, request, False, CancelToken()))
    done = events[-1]
    assert isinstance(done, Done) and done.finish_reason is FinishReason.ERROR
    # Done carries the error's code: the window says it in its language, the log in English.
    assert done.failure is not None
    shown = user_message(done.failure)
    assert shown.startswith("この会話は qwen35-tiny には長すぎます")
    assert "新しい会話を始めるか、メッセージを短くしてください。" in shown
    assert done.error is not None and done.error.startswith("The conversation is too long")


def test_the_cli_still_says_it_in_english(
    corrupt_model: Path, translations: Translations, capsys: pytest.CaptureFixture[str]
) -> None:
    translations.set_language("ja")  # a UI language in the same process changes nothing
    assert cli.main(["ask", "--model", str(corrupt_model), "Hi"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "model.safetensors is truncated: " in err
    assert "(an incomplete download or copy?)." in err


@pytest.fixture
def stored(airgap_home: Path) -> Iterator[Keychain]:
    """A real encrypted store whose keychain entry is then lost."""
    keychain = Keychain(MemoryKeyring())
    open_history(keychain=keychain).close()
    yield Keychain(MemoryKeyring())


def test_a_wrong_recovery_key_in_a_japanese_window_is_reported_in_japanese(
    stored: Keychain, translations: Translations
) -> None:
    translations.set_language("ja")
    worker = StoreWorker(lambda **kw: open_history(keychain=stored, **kw))
    asked: list[str] = []
    failed: list[str] = []
    worker.recovery_needed.connect(asked.append)
    worker.open_failed.connect(failed.append)

    worker.open()  # the keychain lost its entry: the window asks for the recovery key
    assert asked == [
        "システムのキーチェーンに Airgap の鍵がないため、会話のロックを解除できません。"
        "復旧キーを入力して開いてください。"
    ]
    worker.open(format_recovery_key(new_key()))  # a well-formed key of another store
    assert asked[-1] == (
        "この復旧キーはこれらの会話のものではありません。確認してもう一度お試しください。"
    )
    worker.open("ABCD-EFGH")  # a typo: too short
    assert failed == ["復旧キーは英数字 56 文字ですが、入力されたキーは 8 文字です。"]
    assert worker.history is None

    # The history layer raises the same words; the store's own error stays English.
    with pytest.raises(NeedsRecoveryKey) as caught:
        open_history(keychain=stored, recovery_key=format_recovery_key(new_key()))
    assert str(caught.value) == asked[-1]
    cause = caught.value.__cause__
    assert isinstance(cause, WrongKey) and cause.code is StoreCode.RECOVERY_KEY_WRONG
    assert str(cause) == (
        "This recovery key does not belong to these conversations. Check it and try again."
    )
    with pytest.raises(HistoryError):
        open_history(keychain=stored, recovery_key="ABCD-EFGH")


# ------------------------------------------------------------------ generation


def test_a_second_answer_at_once_is_refused_in_japanese(
    translations: Translations, tiny_model: Path
) -> None:
    translations.set_language("ja")
    session = open_session(tiny_model, StreamingOptions())
    request = GenerationRequest(
        [ChatMessage(Role.USER, "こんにちは")],
        sampling=SamplingSettings(temperature=0, max_tokens=8),
    )
    first = session.stream(request, CancelToken())
    next(first)  # the first answer is streaming: the conversation is busy
    try:
        done = list(session.stream(request, CancelToken()))[-1]
    finally:
        first.close()
    assert isinstance(done, Done) and done.code is EngineCode.ALREADY_GENERATING
    assert done.failure is not None
    assert user_message(done.failure) == "この会話はすでに回答を生成中です。"
    assert done.error == "This conversation is already generating an answer."


def test_the_workers_own_failures_are_said_in_japanese(translations: Translations) -> None:
    translations.set_language("ja")
    worker = EngineWorker()
    events: list[Event] = []
    worker.streamed.connect(lambda _job, event: events.append(event))
    worker.generate(Job(1, GenerationRequest([ChatMessage(Role.USER, "Hi")]), False, CancelToken()))
    done = events[-1]
    assert isinstance(done, Done) and done.failure is not None
    assert user_message(done.failure) == "モデルが読み込まれていません。"
    assert done.error == "No model is loaded."

    store = StoreWorker(MemoryHistory)
    failed: list[str] = []
    store.failed.connect(lambda _tag, text: failed.append(text))
    store.call("tag", "list_conversations", ())
    assert failed == ["会話の保存先が開かれていません。"]


class FailingSession(FakeSession):
    """Streams a little, then the engine fails the way Session does when mlx raises."""

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.requests.append(("stream", request))
        yield TextDelta("東京")
        error = EngineError(EngineCode.GENERATION_FAILED, reason="[metal] out of memory")
        yield Done.failed(error)


def test_a_generation_error_in_a_japanese_window_is_shown_in_japanese(
    qtbot: QtBot, make_window: WindowFactory, translations: Translations
) -> None:
    window = make_window(FailingSession())
    translations.set_language("ja")
    window.send("天気は？")
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    reply = window.chat.widgets[-1]
    assert reply.error_label.text() == "生成に失敗しました: [metal] out of memory"
    assert reply.message.finish is FinishReason.ERROR


# ------------------------------------------------------------------ the translator


class EngineFailures:
    """The engine refusing a segment at setup (1st call) and failing while streaming (2nd)."""

    model = FakeSession().model

    def __init__(self) -> None:
        self.calls = 0

    def stream(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        self.calls += 1
        if self.calls == 1:
            SamplingSettings(temperature=9).validate()  # raises InvalidSettings
        return iter([Done.failed(EngineError(EngineCode.GENERATION_FAILED, reason="boom"))])

    def regenerate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[Event]:
        return self.stream(request, cancel)


def test_a_segment_the_engine_failed_says_the_engines_words_in_japanese(
    translations: Translations,
) -> None:
    doc = Document("txt", [Segment("s1", "東京は晴れ。"), Segment("s2", "大阪は雨。")])
    TranslationJob(doc, TranslationSettings("ja", "en"), EngineFailures()).run()
    refused, failed = doc.segments
    assert refused.status is Status.ERROR and failed.status is Status.ERROR
    # The core keeps the engine's English; the code and parameters ride along.
    assert refused.error == "Temperature must be between 0 and 5."
    assert failed.error == "Generation failed: boom"
    translations.set_language("ja")
    assert segment_error(refused) == (
        "モデルはこのセグメントを翻訳できませんでした: 温度は 0 から 5 の間でなければなりません。"
    )
    assert (
        segment_error(failed)
        == "モデルはこのセグメントを翻訳できませんでした: 生成に失敗しました: boom"
    )
    # A segment restored with only the English (an older store) shows that English inside.
    old = Segment("s3", "x", status=Status.ERROR, error="Generation failed: boom")
    old.error_code, old.error_params = ErrorCode.SEGMENT_ENGINE_ERROR, {"detail": old.error}
    assert (
        segment_error(old)
        == "モデルはこのセグメントを翻訳できませんでした: Generation failed: boom"
    )


# ------------------------------------------------------------------ downloads

REPO = "test-org/tiny-model"
WEIGHTS = "model.safetensors"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    files = {
        "config.json": json.dumps({"model_type": "llama"}).encode(),
        WEIGHTS: bytes(range(256)) * 64,
    }
    fake = FakeHub()
    fake.add_repo(REPO, files, lfs={WEIGHTS})
    with HubServer(fake) as server:
        monkeypatch.setenv("AIRGAP_HF_ENDPOINT", server.url)
        yield server


def _download(qtbot: QtBot, repo: str) -> DownloadDialog:
    dialog = DownloadDialog(repo, "Tiny Model")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ended, timeout=60_000):
        dialog.start()
    assert dialog.state is State.FAILED
    return dialog


def test_a_corrupt_download_in_a_japanese_window_is_reported_in_japanese(
    qtbot: QtBot, translations: Translations, hub: HubServer
) -> None:
    translations.set_language("ja")
    hub.hub.corrupt[WEIGHTS] = 1000  # one flipped byte: the sha256 no longer matches
    dialog = _download(qtbot, REPO)
    assert dialog.detail.text() == (
        f"{WEIGHTS} の検証に失敗しました（sha256 が Hub の値と一致しません）。ダウンロードが"
        "破損しているため、tiny-model はインストールされませんでした。もう一度ダウンロードして、"
        "そのファイルを取得し直してください。"
    )
    # The downloader's own line (what the CLI prints and the log keeps) is English; the
    # code crossing the process boundary comes back as the enum.
    last = dialog.last
    assert last is not None and last.code == DownloadCode.CORRUPT_SHA256.value
    assert last.message.startswith(f"{WEIGHTS} failed verification (sha256 does not match")
    received = DownloadsError.received(last.code, last.details, last.message)
    assert received.code is DownloadCode.CORRUPT_SHA256 and str(received) == last.message


def test_a_model_missing_from_the_hub_is_reported_in_japanese(
    qtbot: QtBot, translations: Translations, hub: HubServer
) -> None:
    translations.set_language("ja")
    dialog = _download(qtbot, "test-org/absent")
    assert dialog.detail.text() == (
        f"{hub.url} に test-org/absent が見つかりません（またはログインが必要です）。"
    )
    assert dialog.last is not None and "was not found on" in dialog.last.message


def test_a_store_error_passed_through_history_is_said_in_the_ui_language(
    airgap_home: Path, translations: Translations
) -> None:
    keychain = Keychain(MemoryKeyring())
    worker = StoreWorker(lambda **kw: open_history(keychain=keychain, **kw))
    failed: list[tuple[str, str]] = []
    worker.failed.connect(lambda tag, message: failed.append((tag, message)))
    worker.open()
    translations.set_language("ja")
    try:
        worker.call("load", "load", ("987654",))  # a conversation that does not exist
    finally:
        worker.close()
    assert failed == [("load", "この会話はもう存在しません。")]  # no class name, no English
