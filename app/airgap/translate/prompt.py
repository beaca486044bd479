"""The request for one segment: a system prompt naming the languages, the register, the
translator's own instructions and the glossary terms that occur in this segment; the previous
segments and their translations as earlier turns (so terms and pronouns stay consistent);
the segment itself as the last user turn. Thinking is off unless asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from airgap.engine.api import ChatMessage, GenerationRequest, Role, SamplingSettings
from airgap.translate.glossary import Term
from airgap.translate.languages import get, normalize
from airgap.translate.placeholders import has_placeholders


class Register(StrEnum):
    NEUTRAL = "neutral"
    FORMAL = "formal"
    CASUAL = "casual"
    TECHNICAL = "technical"
    LITERARY = "literary"
    SUBTITLES = "subtitles"


_REGISTER = {
    Register.NEUTRAL: "",
    Register.FORMAL: "Use a formal, polite register.",
    Register.CASUAL: "Use a casual, conversational register.",
    Register.TECHNICAL: (
        "This is technical text: keep terminology precise and consistent, and leave code, "
        "identifiers, commands and units unchanged."
    ),
    Register.LITERARY: (
        "This is literary text: keep its tone, imagery and rhythm; prefer natural phrasing "
        "to word-for-word translation."
    ),
    Register.SUBTITLES: (
        "These are subtitles: keep each one short enough to read at a glance, keep its line "
        "breaks, and drop nothing that is said."
    ),
}
_FORMAL_BY_LANGUAGE = {
    "ja": "Use polite Japanese (敬語, です・ます調).",
    "ko": "Use formal polite Korean (합쇼체 or 해요체).",
    "de": "Address the reader with Sie.",
    "fr": "Address the reader with vous.",
    "es": "Address the reader with usted.",
    "pt": "Address the reader formally (o senhor / a senhora, or você without slang).",
    "ru": "Address the reader with Вы.",
}

# Translation wants little randomness; the length cap grows with the segment.
TRANSLATION_SAMPLING = SamplingSettings(temperature=0.2, top_p=0.9, top_k=20, max_tokens=512)


@dataclass(frozen=True)
class TranslationSettings:
    source_lang: str
    target_lang: str
    register: Register = Register.NEUTRAL
    instructions: str = ""  # free text from the translator
    thinking: bool = False
    context_segments: int = 3  # previous translated segments sent as earlier turns
    context_chars: int = 2000  # and at most this much of their source text
    sampling: SamplingSettings = field(default_factory=lambda: TRANSLATION_SAMPLING)

    def __post_init__(self) -> None:
        object.__setattr__(self, "source_lang", normalize(self.source_lang))
        object.__setattr__(self, "target_lang", normalize(self.target_lang))


PLACEHOLDER_RULE = (
    "The text contains placeholders such as ⟦1⟧…⟦/1⟧ and ⟦2/⟧ that stand for formatting and "
    "codes. Copy every placeholder exactly once, unchanged: put each ⟦n⟧…⟦/n⟧ pair around "
    "the words of your translation that it marks, and each ⟦n/⟧ where it belongs. A doubled "
    "⟦⟦ is a literal bracket in the text: copy it as it is."
)


def system_prompt(
    settings: TranslationSettings, terms: Sequence[Term] = (), *, placeholders: bool = False
) -> str:
    src, tgt = get(settings.source_lang), get(settings.target_lang)
    lines = [
        f"You are a professional translator. Translate each text the user sends from "
        f"{src.name} into {tgt.name}.",
        "Reply with the translation only: no explanations, notes, quotation marks around it, "
        "or the original text. Keep Markdown, tags, placeholders, numbers, URLs and line "
        "breaks as they are.",
    ]
    if placeholders:
        lines.append(PLACEHOLDER_RULE)
    register = _REGISTER[settings.register]
    if settings.register is Register.FORMAL:
        register = _FORMAL_BY_LANGUAGE.get(settings.target_lang, register)
    if register:
        lines.append(register)
    if settings.instructions.strip():
        lines.append(f"The translator's instructions: {settings.instructions.strip()}")
    if terms:
        lines.append("Use these glossary translations wherever the term occurs:")
        for term in terms:
            note = f" ({term.note.strip()})" if term.note.strip() else ""
            lines.append(f"- {term.source} → {term.target}{note}")
    return "\n".join(lines)


def build_request(
    source: str,
    settings: TranslationSettings,
    *,
    terms: Sequence[Term] = (),
    context: Sequence[tuple[str, str]] = (),
) -> GenerationRequest:
    """The request for `source`; `context` holds earlier (source, target) pairs, oldest first."""
    messages: list[ChatMessage] = []
    budget = settings.context_chars
    kept: list[tuple[str, str]] = []
    for src, tgt in reversed(list(context)[-settings.context_segments :]):
        if not tgt.strip() or len(src) > budget:
            break
        budget -= len(src)
        kept.append((src, tgt))
    for src, tgt in reversed(kept):
        messages.append(ChatMessage(Role.USER, src))
        messages.append(ChatMessage(Role.ASSISTANT, tgt))
    messages.append(ChatMessage(Role.USER, source))
    # Room for a target a few times longer than the source (EN → JA/DE grow), plus thinking.
    cap = min(settings.sampling.max_tokens, 64 + 4 * len(source))
    if settings.thinking:
        cap += 2048
    return GenerationRequest(
        messages=messages,
        system_prompt=system_prompt(settings, terms, placeholders=has_placeholders(source)),
        thinking=settings.thinking,
        sampling=settings.sampling.with_(max_tokens=cap),
    )
