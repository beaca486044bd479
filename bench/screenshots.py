"""`make screenshots`: the main window in each language, light and dark, with a sample chat,
and the first-run welcome (English, light and dark).

Run offscreen with the scripted fake engine from the tests (no model needed); writes
docs/screenshots/main_<language>_<theme>.png and welcome_en_<theme>.png.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "qt"))

from airgap.engine.api import FinishReason, Role  # noqa: E402
from airgap.ui import theme  # noqa: E402
from airgap.ui.app import create_application  # noqa: E402
from airgap.ui.conversation import Conversation, Message, new_id  # noqa: E402
from airgap.ui.history import MemoryHistory  # noqa: E402
from airgap.ui.i18n import Translations  # noqa: E402
from airgap.ui.main_window import MainWindow  # noqa: E402
from airgap.ui.settings import Settings, Theme  # noqa: E402
from airgap.ui.welcome import WelcomeDialog  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_fakes import MODEL, FakeSession, Script  # noqa: E402

SAMPLES = {
    "en": (
        "How do I say “thank you” in Japanese, Chinese and Korean?",
        "Let me list the common polite forms and the scripts.",
        "## Thank you\n\n| Language | Phrase | Reading |\n|---|---|---|\n"
        "| Japanese | ありがとうございます | arigatō gozaimasu |\n| Chinese | 谢谢 | xièxie |\n"
        '| Korean | 감사합니다 | gamsahamnida |\n\nIn code:\n\n```python\nprint("谢谢")\n```\n',
    ),
    "zh_CN": (
        "用一句话介绍一下东京。",
        "用户想要一句简洁的介绍，我来概括东京的特点。",
        "**东京**是日本的首都，也是世界上人口最多的都市圈之一。\n\n- 交通：地铁网络发达\n"
        '- 美食：寿司、拉面\n\n```python\nprint("你好，东京")\n```\n',
    ),
    "zh_TW": (
        "請用一句話介紹台北。",
        "使用者想要簡短的介紹，我來整理台北的特色。",
        "**台北**是台灣的政治與經濟中心，以夜市和美食聞名。\n\n- 交通：捷運四通八達\n"
        '- 景點：台北 101、故宮博物院\n\n```python\nprint("你好，台北")\n```\n',
    ),
    "ja": (
        "京都でおすすめの季節はいつですか？",
        "季節ごとの見どころを比べて、おすすめを考えます。",
        "**京都**は春と秋が特に人気です。\n\n- 春：桜（3月下旬〜4月上旬）\n"
        '- 秋：紅葉（11月中旬〜下旬）\n\n```python\nprint("こんにちは、京都")\n```\n',
    ),
    "ko": (
        "서울에서 가 볼 만한 곳을 알려 주세요.",
        "사용자가 서울의 명소를 원하니 대표적인 곳을 고르겠습니다.",
        "**서울**에서는 다음 장소를 추천합니다.\n\n- 경복궁: 조선 시대의 궁궐\n"
        '- 북촌 한옥마을: 전통 가옥\n\n```python\nprint("안녕하세요, 서울")\n```\n',
    ),
}
SHOWN_MODEL = dataclasses.replace(MODEL, model_id="SmolLM2-135M-Instruct")
OLDER = {
    "en": ["Trip plan for Osaka", "Regex for dates"],
    "zh_CN": ["周末旅行计划", "Python 日期正则"],
    "zh_TW": ["週末旅遊計畫", "Python 日期正規表示式"],
    "ja": ["大阪旅行の計画", "日付の正規表現"],
    "ko": ["오사카 여행 계획", "날짜 정규식"],
}


def history_for(language: str) -> MemoryHistory:
    history = MemoryHistory()
    for i, title in enumerate(OLDER[language]):
        conv = Conversation(title=title, updated=time.time() - 3600 * (i + 1))
        history.save_conversation(conv)
        history.save_message(conv.id, Message(new_id(), None, Role.USER, title))
        history._conversations[conv.id].updated = time.time() - 3600 * (i + 1)
    return history


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


SAMPLE_KEY = "7Q4M-K2XD-9PWA-F3TR-H8NC-5YLB"  # what a first run shows; not a real key


def welcome(app: QApplication, translations: Translations, out: Path) -> None:
    """The first-run welcome as a new user sees it (the model fit is this machine's)."""
    for mode in (Theme.LIGHT, Theme.DARK):
        translations.set_language("en")
        theme.apply(app, mode, "en", 13)
        dialog = WelcomeDialog("en", lambda _code: None)
        dialog.show_recovery_key(SAMPLE_KEY)
        dialog.show()
        pump(app, 0.3)
        path = out / f"welcome_en_{mode.value}.png"
        dialog.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        dialog.close()
        dialog.deleteLater()
        pump(app, 0.05)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    translations = Translations(app)
    welcome(app, translations, out)
    for language, (question, reasoning, answer) in SAMPLES.items():
        for mode in (Theme.LIGHT, Theme.DARK):
            translations.set_language(language)
            theme.apply(app, mode, language, 13)
            fake = FakeSession(SHOWN_MODEL)
            pieces = [answer[i : i + 6] for i in range(0, len(answer), 6)]
            thought = [reasoning[i : i + 2] for i in range(0, len(reasoning), 2)]
            fake.queue(Script(answer=pieces, reasoning=thought, delay_s=0.04))
            window = MainWindow(
                Settings(thinking=True, language=language, theme=mode),
                translations,
                session_factory=lambda _p, _o, f=fake: f,  # type: ignore[misc]
                history_factory=lambda lang=language: history_for(lang),  # type: ignore[misc]
            )
            window.resize(1100, 720)
            window.show()
            pump(app, 0.3)
            window.send(question)
            while window.busy:
                pump(app, 0.05)
            pump(app, 0.3)
            assert window.chat.widgets[-1].message.finish is FinishReason.STOP
            window.chat.widgets[-1].thinking_button.setChecked(True)  # show the reasoning
            pump(app, 0.1)
            path = out / f"main_{language}_{mode.value}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
            window.shutdown()
            window.close()
            window.deleteLater()
            pump(app, 0.05)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
