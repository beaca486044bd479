"""`make bench-ui`: is the window responsive while a long answer streams?

A fake engine streams a 5,000-token Markdown answer at a realistic 60 tokens/s (plus a
fast 2,000 tokens/s run) through the real worker thread, queued signals, throttle and
incremental Markdown renderer. A 10 ms QTimer on the GUI thread records how late it fires
(worst delay; target < 50 ms), and the time each batch append takes is compared between
the first and the last 10% of the answer (it must not grow with the answer's length).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "qt"))

from airgap.ui import theme  # noqa: E402
from airgap.ui.app import create_application  # noqa: E402
from airgap.ui.chat_view import ChatView, MessageWidget  # noqa: E402
from airgap.ui.history import MemoryHistory  # noqa: E402
from airgap.ui.main_window import MainWindow  # noqa: E402
from airgap.ui.settings import Settings, Theme  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from qt_fakes import FakeSession, Script  # noqa: E402

TOKENS = 5000


def answer_tokens() -> list[str]:
    words = ["The ", "model ", "streams ", "東京", "の", "天気", " and ", "**bold** ", "`code` "]
    tokens: list[str] = []
    while len(tokens) < TOKENS:
        i = len(tokens)
        if i % 400 == 399:
            tokens.append("\n\n```python\nfor i in range(3):\n    print(i)\n```\n\n")
        elif i % 60 == 59:
            tokens.append("\n\n- item\n")
        else:
            tokens.append(words[i % len(words)])
    return tokens


def idle_baseline(seconds: float = 10.0) -> None:
    """The same 10 ms timer with nothing streaming: what this (shared) machine gives anyway."""
    app = create_application()
    delays: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - 10))
        last[0] = now

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    delays.sort()
    p99 = delays[int(len(delays) * 0.99)]
    print(
        f"baseline (idle window, {seconds:.0f} s): "
        f"worst delay {max(delays):.0f} ms, p99 {p99:.0f} ms"
    )


def run(tokens_per_s: float) -> None:
    app = create_application()
    theme.apply(app, Theme.LIGHT, "en", 13)
    fake = FakeSession()
    fake.queue(Script(answer=answer_tokens(), delay_s=1 / tokens_per_s))
    window = MainWindow(
        Settings(), None, session_factory=lambda _p, _o: fake, history_factory=MemoryHistory
    )
    window.resize(1100, 720)
    window.show()

    append_times: list[float] = []
    original = MessageWidget.add_text

    def timed(self: MessageWidget, text: str) -> None:
        t0 = time.perf_counter()
        original(self, text)
        append_times.append(time.perf_counter() - t0)

    MessageWidget.add_text = timed  # type: ignore[method-assign]
    flushes: list[tuple[float, float]] = []
    original_flush = ChatView.flush

    def timed_flush(self: ChatView) -> None:
        t0 = time.perf_counter()
        original_flush(self)
        flushes.append((time.perf_counter() - t0, clock.elapsed() / 1000))

    ChatView.flush = timed_flush  # type: ignore[method-assign]
    delays: list[float] = []
    at: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        delays.append(max(0, now - last[0] - 10))
        at.append(now / 1000)
        last[0] = now

    timer.timeout.connect(tick)
    start = time.perf_counter()
    while window.model is None:
        app.processEvents()
    window.send("Write a long answer.")
    clock.start()
    timer.start()
    while window.busy:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    timer.stop()
    MessageWidget.add_text = original  # type: ignore[method-assign]
    ChatView.flush = original_flush  # type: ignore[method-assign]
    window.shutdown()
    window.close()

    n = max(1, len(append_times) // 10)
    first = statistics.median(append_times[:n]) * 1000
    last10 = statistics.median(append_times[-n:]) * 1000
    worst = sorted(zip(delays, at, strict=True), reverse=True)[:3]
    delays.sort()
    p99 = delays[int(len(delays) * 0.99)] if delays else 0
    print(f"\n{TOKENS} tokens at {tokens_per_s:.0f} tok/s ({elapsed:.1f} s wall):")
    print(f"  10 ms timer: worst delay {max(delays):.0f} ms, p99 {p99:.0f} ms (target < 50 ms)")
    print("  three worst: " + ", ".join(f"{d:.0f} ms at {t:.1f} s" for d, t in worst))
    slow = sorted(flushes, reverse=True)[:3]
    print("  slowest flushes: " + ", ".join(f"{d * 1000:.0f} ms at {t:.1f} s" for d, t in slow))
    print(
        f"  append batches: {len(append_times)}, median first 10% {first:.2f} ms, "
        f"last 10% {last10:.2f} ms, ratio last/first {last10 / max(first, 1e-6):.2f} "
        "(~1: does not grow)"
    )


def open_long_conversation(messages: int = 1000) -> None:
    """Time from asking to open a 1,000-message conversation to its last page shown."""
    from airgap.engine.api import FinishReason, Role
    from airgap.ui.conversation import Conversation, Message, new_id

    app = create_application()
    history = MemoryHistory()
    conv = Conversation(title="long")
    history.save_conversation(conv)
    parent = None
    for i in range(messages):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        text = f"Message {i}: **東京**の天気。\n\n- one\n- two\n\n```py\nprint({i})\n```\n"
        m = Message(new_id(), parent, role, text, finish=FinishReason.STOP)
        history.save_message(conv.id, m)
        parent = m.id
    window = MainWindow(
        Settings(),
        None,
        session_factory=lambda _p, _o: FakeSession(),
        history_factory=lambda: history,
    )
    window.resize(1100, 720)
    window.show()
    while window.model is None:
        app.processEvents()
    start = time.perf_counter()
    window.open_conversation(conv.id)
    while not window.chat.widgets:
        app.processEvents()
    app.processEvents()
    shown = time.perf_counter() - start
    first_page = len(window.chat.widgets)
    start = time.perf_counter()
    window.chat._show_earlier()
    app.processEvents()
    earlier = time.perf_counter() - start
    print(
        f"\nopen a {messages}-message conversation: {shown * 1000:.0f} ms to show the last "
        f"{first_page} messages; {earlier * 1000:.0f} ms per older page"
    )
    window.shutdown()
    window.close()


if __name__ == "__main__":
    idle_baseline()
    open_long_conversation()
    for speed in sys.argv[1:] or ["60", "2000"]:
        run(float(speed))
