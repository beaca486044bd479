"""A complete Airgap session, run as its own process by test_offline_session.py (under
`unshare -n` and strace): offline guard first, then load the embedded model, chat several
turns with thinking on and off (SmolLM2 for real answers, a tiny Qwen3.5 for the thinking
paths), store every turn, search (English and CJK), export, render a reply in Qt's
text browser with a remote image in it, and open the real main window on a model. Prints
one JSON object with what happened.

usage: python offline_session_script.py GGUF|- QWEN_DIR   (- skips the embedded model)
"""

from __future__ import annotations

import sys

from airgap import offline

offline.enable()  # what `python -m airgap` does first

import json  # noqa: E402
import os  # noqa: E402
import socket  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import keyring  # noqa: E402
from airgap import paths  # noqa: E402
from airgap.engine.api import (  # noqa: E402
    CancelToken,
    ChatMessage,
    Done,
    FinishReason,
    GenerationRequest,
    ReasoningDelta,
    Role,
    SamplingSettings,
    TextDelta,
)

# After the installed packages: tests/airgap.py must not shadow the real package.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from memory_keyring import MemoryKeyring  # noqa: E402


def embedded_model(gguf: Path) -> Path:
    """The first-run model: the engine's own helper when it exists, else the import path."""
    try:
        from airgap.engine.default_model import ensure_default_model

        return Path(ensure_default_model())
    except ImportError:
        from airgap.downloads import importer

        return importer.import_model(gguf, name=paths.default_model_dir().name)


def turn(
    session: Any, store: Any, conv_id: int, text: str, thinking: bool, max_tokens: int = 24
) -> dict[str, Any]:
    history = store.history(conv_id)
    user = store.add_user_message(conv_id, text)
    reply = store.begin_reply(conv_id, parent_id=user.id, thinking=thinking)
    recorder = store.recorder(reply.id)
    request = GenerationRequest(
        messages=[*history, ChatMessage(Role.USER, text)],
        thinking=thinking,
        sampling=SamplingSettings(temperature=0.0, max_tokens=max_tokens, seed=0),
    )
    kinds = {"text": 0, "reasoning": 0}
    done: Done | None = None
    for event in session.stream(request, CancelToken()):
        if isinstance(event, TextDelta):
            kinds["text"] += 1
        elif isinstance(event, ReasoningDelta):
            kinds["reasoning"] += 1
        elif isinstance(event, Done):
            done = event
        recorder.feed(event)
    assert done is not None
    saved = store.message(reply.id)
    return {
        "prompt": text,
        "thinking": thinking,
        "answer": saved.content,
        "reasoning": saved.reasoning,
        "finish": done.finish_reason.value,
        "error": done.error,
        "events": kinds,
        "ok": done.finish_reason is not FinishReason.ERROR,
    }


def render_in_qt(html_text: str) -> dict[str, Any]:
    """Model output shown in the widget the window uses; it must not fetch the remote image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication.instance() or QApplication([])
    browser = QTextBrowser()
    browser.setOpenExternalLinks(False)
    browser.setHtml(html_text)
    browser.resize(400, 300)
    browser.show()
    for _ in range(20):
        app.processEvents()
    rendered = browser.toPlainText()
    browser.close()
    return {"rendered": rendered}


def open_window(model_dir: Path) -> dict[str, Any]:
    """The real main window, offscreen: it loads the model and shows the offline status."""
    import time

    from airgap.ui.app import create_application
    from airgap.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(model_path=model_dir)
    window.show()
    deadline = time.monotonic() + 120
    while window.model is None and not window.load_error and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    info = {
        "window_model": window.model.model_id if window.model else None,
        "window_error": window.load_error,
        "window_status": window.status.offline.text(),
    }
    window.close()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    return info


def main() -> int:
    gguf, qwen_dir = Path(sys.argv[1]), Path(sys.argv[2])
    keyring.set_keyring(MemoryKeyring())
    from airgap.engine import loader
    from airgap.engine.session import Session
    from airgap.store import Keychain, Store

    result: dict[str, Any] = {"turns": []}
    store = Store.open(keychain=Keychain())
    try:
        if str(gguf) != "-":
            smol = Session(loader.load(embedded_model(gguf)))
            conv = store.create_conversation(model_id=smol.model.model_id)
            sums = store.create_conversation(model_id=smol.model.model_id)
            for conv_id, text, thinking in [
                (conv.id, "What is the capital of France?", False),
                (sums.id, "What is 2 + 3?", False),
                # A second turn, asking to think: a model that cannot think just answers.
                (conv.id, "What is the capital of France?", True),
            ]:
                result["turns"].append(turn(smol, store, conv_id, text, thinking, 64))
            result["history_messages"] = len(store.visible_messages(conv.id))
        else:  # no embedded model: the turns below still make a conversation to search
            conv = store.create_conversation("Paris notes")
            store.add_user_message(conv.id, "Paris is the capital of France.")

        qwen = Session(loader.load(qwen_dir))
        conv2 = store.create_conversation(model_id=qwen.model.model_id, thinking=True)
        for text, thinking in [
            ("東京の天気は？", True),
            ("한국어로 답해 주세요", False),
            ("Why?", True),
        ]:
            result["turns"].append(turn(qwen, store, conv2.id, text, thinking))

        result["search_paris"] = len(store.search("Paris"))
        result["search_tokyo"] = len(store.search("東京"))
        exported = store.export_to(paths.data_dir() / "export.json")
        markdown = store.export_to(paths.data_dir() / "export.md", fmt="markdown")
        result["export_json_has_paris"] = "Paris" in exported.read_text(encoding="utf-8")
        result["export_md_has_tokyo"] = "東京" in markdown.read_text(encoding="utf-8")
        result.update(
            render_in_qt(
                '<p>Answer: Paris <img src="http://192.0.2.1/tracker.png">'
                '<a href="https://example.com">link</a></p>'
            )
        )
    finally:
        store.close()
    result.update(open_window(qwen_dir))
    # A local socket, so the trace shows strace saw this process (AF_UNIX is not the network).
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
    result["attempts"] = offline.attempt_count()
    result["guard"] = offline.is_enabled()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
