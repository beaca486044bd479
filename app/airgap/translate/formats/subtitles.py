"""SubRip (.srt) and WebVTT (.vtt): one segment per cue, its lines kept together. Everything
else — numbers, timing lines with their settings, the WEBVTT header, NOTE/STYLE/REGION
blocks — is copied byte for byte, so timing survives exactly."""

from __future__ import annotations

import re

from airgap.translate.document import Document, Piece, Segment
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.formats.decode import decode_text
from airgap.translate.placeholders import escape

_SRT_TIME = re.compile(r"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}")
_VTT_TIME = re.compile(
    r"^\s*(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}"
)
_BLOCK_SPLIT = re.compile(r"(\n[ \t]*\n+)")


def _blocks(text: str) -> list[str]:
    """Blocks and the blank-line runs between them, alternating (block, gap, block, ...)."""
    return _BLOCK_SPLIT.split(text)


def read_srt(data: bytes, name: str) -> Document:
    text = decode_text(data, name)
    segments: list[Segment] = []
    skeleton: list[Piece] = []
    for k, block in enumerate(_blocks(text)):
        if k % 2 or not block.strip():
            skeleton.append(block)
            continue
        lines = block.split("\n")
        timing = next((n for n, line in enumerate(lines[:3]) if _SRT_TIME.match(line)), None)
        if timing is None:
            raise FormatError(ErrorCode.SRT_NO_TIMING, name=name, cue=lines[0][:40])
        _cue(segments, skeleton, lines, timing, "\n".join(lines[: timing + 1]))
    if not segments:
        raise FormatError(ErrorCode.SRT_NO_SUBTITLES, name=name)
    return Document("srt", segments, skeleton, name=name)


def read_vtt(data: bytes, name: str) -> Document:
    text = decode_text(data, name)
    if not text.lstrip("\ufeff").startswith("WEBVTT"):
        raise FormatError(ErrorCode.VTT_NO_HEADER, name=name)
    segments: list[Segment] = []
    skeleton: list[Piece] = []
    for k, block in enumerate(_blocks(text)):
        lines = block.split("\n")
        timing = next((n for n, line in enumerate(lines[:2]) if _VTT_TIME.match(line)), None)
        if k % 2 or not block.strip() or timing is None:
            # The header, NOTE, STYLE and REGION blocks (and blank runs) stay as they are.
            skeleton.append(block)
            continue
        _cue(segments, skeleton, lines, timing, "\n".join(lines[: timing + 1]))
    if not segments:
        raise FormatError(ErrorCode.VTT_NO_CUES, name=name)
    return Document("vtt", segments, skeleton, name=name)


def _cue(
    segments: list[Segment], skeleton: list[Piece], lines: list[str], timing: int, head: str
) -> None:
    body = "\n".join(lines[timing + 1 :])
    text = body.rstrip()
    skeleton.append(head)
    if text.strip():
        skeleton.append("\n")
        skeleton.append(len(segments))
        label = lines[timing].strip()
        segments.append(Segment(f"cue{len(segments) + 1}", escape(text), label=label))
    skeleton.append(body[len(text) :] if text.strip() else "\n" * bool(body) + body)


def write_subtitles(doc: Document) -> bytes:
    return doc.render().encode("utf-8")
