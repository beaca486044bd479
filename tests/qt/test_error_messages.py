"""Engine and store errors in the UI language: every EngineCode and StoreCode has a real
translation in all five languages, a model that fails to load or a store that will not open
is reported in the language of the window, and str() (logs, the CLI) stays English."""

from __future__ import annotations

import errno
import logging
import re
import string
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path

import pytest
import tiny_models
from airgap import cli
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
)
from airgap.store import Keychain, WrongKey, format_recovery_key
from airgap.store.db import translate
from airgap.store.errors import STORE_ENGLISH, DiskFull, StoreCode
from airgap.store.keys import new_key
from airgap.translate.errors import ErrorCode, FormatError
from airgap.ui.error_messages import (
    Template,
    engine_templates,
    message,
    store_templates,
    user_message,
)
from airgap.ui.history import HistoryError, MemoryHistory, NeedsRecoveryKey, open_history
from airgap.ui.i18n import LANGUAGES, Translations
from airgap.ui.main_window import MainWindow
from airgap.ui.settings import Settings
from airgap.ui.worker import EngineWorker, Job, StoreWorker, StreamingOptions, open_session
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot

AREAS: list[tuple[str, dict[Enum, str], Callable[[], dict[Enum, Template]]]] = [
    ("engine", dict(ENGINE_ENGLISH), lambda: dict(engine_templates())),
    ("store", dict(STORE_ENGLISH), lambda: dict(store_templates())),
]


def fields(english: str) -> list[tuple[str, str]]:
    """(name, format spec) of each field of an English text."""
    return [(f, spec or "") for _, f, spec, _ in string.Formatter().parse(english) if f]


def markers(text: str) -> set[str]:
    return set(re.findall(r"%[1-9n]", text))


def test_every_engine_and_store_code_has_a_translation_in_every_language(
    translations: Translations,
) -> None:
    assert set(ENGINE_ENGLISH) == set(EngineCode) and set(STORE_ENGLISH) == set(StoreCode)
    english = {area: templates() for area, _, templates in AREAS}
    problems: list[str] = []
    for area, table, _ in AREAS:
        assert set(english[area]) == set(table), f"{area}: codes without a template"
        for code, (text, keys) in english[area].items():
            named = fields(table[code])
            # The template shows every parameter the core gives, each once, as %1..%n.
            assert set(keys) == {name for name, _ in named} and len(set(keys)) == len(keys), code
            assert markers(text) == {f"%{i}" for i in range(1, len(keys) + 1)}, code
            if not any(spec for _, spec in named):
                # The window's English says what str() says.
                params = {key: f"<{key}>" for key in keys}
                assert message(code, params, "") == table[code].format_map(params), code
    for language in LANGUAGES:
        assert translations.set_language(language)
        for area, table, templates in AREAS:
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
    assert done.error is not None and done.error.startswith("この会話は qwen35-tiny には長すぎます")
    assert "新しい会話を始めるか、メッセージを短くしてください。" in done.error


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
