"""The throwaway process that renders one model's chat template:
`python -m airgap.engine.template_worker MODEL_DIR --memory-limit N --cpu-limit S`.

transformers renders chat templates in a sandboxed Jinja (no code execution), but a template
can still loop for hours or build a gigabyte string. This process sets its CPU and
address-space limits first, then loads the tokenizer exactly as the app does (mlx-lm's
`load_tokenizer`) and renders a representative conversation (system, user, assistant, user)
with thinking on and off. The parent (`airgap.engine.template_check`) turns a limit, a crash
or a timeout into a refusal. Exit status 0 with `{"ok": true}` on stdout is a pass;
`limited.ERROR_EXIT` comes with one JSON line `{"error": "...", "kind": "..."}`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from airgap.engine import limited

MAX_RENDER_CHARS = 1_000_000  # a four-message chat renders to a few hundred characters
# Distinct words the rendered prompt must contain: a template that drops them would hide the
# conversation from the model.
SYSTEM = "airgap-check-system-7305"
USER_1 = "airgap-check-question-1846"
ASSISTANT = "airgap-check-answer-5529"
USER_2 = "airgap-check-question-9172"


def conversation(system: bool = True) -> list[dict[str, str]]:
    messages = [
        {"role": "user", "content": USER_1},
        {"role": "assistant", "content": ASSISTANT},
        {"role": "user", "content": USER_2},
    ]
    if system:
        messages.insert(0, {"role": "system", "content": SYSTEM})
    return messages


class Refused(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def check(folder: Path) -> None:
    """Render the representative conversation; raise Refused when the template fails it."""
    from mlx_lm.utils import load_tokenizer

    try:
        tokenizer = load_tokenizer(folder)
    except MemoryError:
        raise
    except Exception as e:  # transformers raises many types for a damaged tokenizer
        raise Refused("tokenizer", f"its tokenizer cannot be read ({_short(e)})") from None
    if not getattr(tokenizer, "has_chat_template", False):
        return  # nothing to render: chatting will say the model has no template
    for thinking in (False, True):
        try:
            text, with_system = _render(tokenizer, thinking, system=True), True
        except MemoryError:
            raise
        except Exception as first:
            # Some templates (Gemma's) refuse a system message; the chat then reports that
            # when a system prompt is set. The rest of the conversation must still render.
            try:
                text, with_system = _render(tokenizer, thinking, system=False), False
            except MemoryError:
                raise
            except Exception:
                raise Refused("error", f"its chat template fails ({_short(first)})") from None
        if len(text) > MAX_RENDER_CHARS:
            raise Refused(
                "oversized",
                f"its chat template turns a four-message chat into {len(text):,} characters",
            )
        expected = [USER_1, ASSISTANT, USER_2] + ([SYSTEM] if with_system else [])
        if any(word not in text for word in expected):
            raise Refused("dropped", "its chat template leaves the conversation out")


def _render(tokenizer: Any, thinking: bool, *, system: bool) -> str:
    text = tokenizer.apply_chat_template(
        conversation(system),
        add_generation_prompt=True,
        enable_thinking=thinking,
        tokenize=False,
    )
    if not isinstance(text, str):
        raise TypeError(f"the template rendered {type(text).__name__}, not text")
    return text


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="template_worker")
    parser.add_argument("folder", type=Path)
    limited.add_limit_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    limited.confine(args.memory_limit, args.cpu_limit)  # first: the template may be hostile
    try:
        check(args.folder)
    except Refused as e:
        return limited.fail(str(e), kind=e.kind)
    except MemoryError:
        return limited.fail("its chat template needs more memory than allowed", kind="memory")
    return limited.ok()


if __name__ == "__main__":
    sys.exit(main())
