"""The sentence splitter on tricky Chinese, Japanese, Korean and English paragraphs."""

from __future__ import annotations

import pytest
from airgap.translate.segmenter import LineBreaks, spans, split

CORPUS: list[tuple[str, str, list[str]]] = [
    (
        "zh-basic",
        "今天天气很好。我们去公园吧！你觉得呢？",
        ["今天天气很好。", "我们去公园吧！", "你觉得呢？"],
    ),
    (
        "zh-quote-kept-whole",
        "他说：“我们走吧。你来吗？”然后离开了。",
        ["他说：“我们走吧。你来吗？”", "然后离开了。"],
    ),
    ("zh-decimal", "价格是3.14元。增长了2.5%！", ["价格是3.14元。", "增长了2.5%！"]),
    ("zh-ellipsis-then-end", "我想……也许吧。你呢？", ["我想……也许吧。", "你呢？"]),
    ("zh-ellipsis-mid-sentence", "他沉默了……她也没说话。", ["他沉默了……她也没说话。"]),
    (
        "zh-url",
        "请访问 https://example.com/docs?id=1.2 了解详情。谢谢！",
        ["请访问 https://example.com/docs?id=1.2 了解详情。", "谢谢！"],
    ),
    ("zh-book-title", "他读了《三体。第二部》。很好看。", ["他读了《三体。第二部》。", "很好看。"]),
    (
        "ja-quote-particle",
        "彼は「行こう。」と言った。私は「うん。」と答えた。",
        ["彼は「行こう。」と言った。", "私は「うん。」と答えた。"],
    ),
    (
        "ja-quote-within-quote",
        "母は「父が『明日は雨だ。』と言っていた。傘を持って行きなさい。」と言った。それから出かけた。",
        [
            "母は「父が『明日は雨だ。』と言っていた。傘を持って行きなさい。」と言った。",
            "それから出かけた。",
        ],
    ),
    ("ja-dialogue", "「そうか……」「うん。」", ["「そうか……」", "「うん。」"]),
    (
        "ja-fullwidth-decimal",
        "ＡＰＩの仕様は３．１４版です。詳細はexample.comを参照！",
        ["ＡＰＩの仕様は３．１４版です。", "詳細はexample.comを参照！"],
    ),
    ("ja-ideographic-space", "本当に？\u3000はい！", ["本当に？", "はい！"]),
    (
        "ko-quote-particle",
        "그는 “안녕하세요.”라고 말했다. 정말요? 네! 좋아요.",
        ["그는 “안녕하세요.”라고 말했다.", "정말요?", "네!", "좋아요."],
    ),
    ("ko-decimal", "가격은 3.5달러입니다. 감사합니다.", ["가격은 3.5달러입니다.", "감사합니다."]),
    ("ko-no-space", "했다.그리고 갔다.", ["했다.", "그리고 갔다."]),
    (
        "ko-ellipsis",
        "음... 잘 모르겠어요. 다시 해 볼게요.",
        ["음... 잘 모르겠어요.", "다시 해 볼게요."],
    ),
    (
        "en-abbreviations",
        "Dr. Smith went to the U.S. on Monday. He paid $3.50 for coffee, e.g. a latte.",
        ["Dr. Smith went to the U.S. on Monday.", "He paid $3.50 for coffee, e.g. a latte."],
    ),
    (
        "en-url-email",
        "Visit https://example.com/a.b?x=1. Then email john.doe@example.org. OK?",
        ["Visit https://example.com/a.b?x=1.", "Then email john.doe@example.org.", "OK?"],
    ),
    (
        "en-straight-quotes",
        'He said "Stop. Now." Then he left.',
        ['He said "Stop. Now."', "Then he left."],
    ),
    ("en-ellipsis", "Wait... what? The End...", ["Wait... what?", "The End..."]),
    (
        "en-quote-within-quote",
        "She whispered, “I said ‘no.’ Really.” Nobody heard.",
        ["She whispered, “I said ‘no.’ Really.”", "Nobody heard."],
    ),
    (
        "en-initials-versions",
        "J. K. Rowling wrote it. Version 2.0 is out! Really?! Yes.",
        ["J. K. Rowling wrote it.", "Version 2.0 is out!", "Really?!", "Yes."],
    ),
    (
        "en-parentheses",
        "It rained (a lot. Really.) and stopped.",
        ["It rained (a lot. Really.) and stopped."],
    ),
    ("en-apostrophe", "I don’t know. She’s here.", ["I don’t know.", "She’s here."]),
    (
        "en-abbreviations-before-numbers",
        "See Fig. 3 and No. 5 on Jan. 12. I said no. It was modern art. Then we left.",
        ["See Fig. 3 and No. 5 on Jan. 12.", "I said no.", "It was modern art.", "Then we left."],
    ),
    ("en-list-number", "1. Install the app. Then run it.", ["1. Install the app.", "Then run it."]),
    ("mixed-en-zh", "Qwen is fast.它也很准确。", ["Qwen is fast.", "它也很准确。"]),
    ("unbalanced-quote", "他说：“走吧。然后离开了。", ["他说：“走吧。", "然后离开了。"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_corpus(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_spans_cover_the_text_and_leave_only_whitespace_between(text: str) -> None:
    found = spans(text)
    last = 0
    for start, end in found:
        assert text[last:start].strip() == ""
        assert text[start:end] == text[start:end].strip()
        last = end
    assert text[last:].strip() == ""


def test_blank_lines_always_separate() -> None:
    assert split("One sentence\n\nanother one", LineBreaks.SOFT) == ["One sentence", "another one"]


def test_line_break_modes() -> None:
    text = "第一章\n今天是晴天。The quick brown fox\njumps over the dog."
    assert split(text) == ["第一章", "今天是晴天。", "The quick brown fox", "jumps over the dog."]
    assert split(text, LineBreaks.AUTO) == [
        "第一章",
        "今天是晴天。",
        "The quick brown fox\njumps over the dog.",
    ]
    assert split("A line\nB line.", LineBreaks.SOFT) == ["A line\nB line."]


def test_empty_and_whitespace() -> None:
    assert split("") == []
    assert split("  \n\u3000 \n") == []
