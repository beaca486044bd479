"""Bytes from a file → clean text, or a FormatError that says what is wrong with the encoding."""

from __future__ import annotations

from airgap.text import clean_text
from airgap.translate.errors import FormatError


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return clean_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise FormatError(f"{name} is damaged UTF-16 text ({exc.reason}).") from None
    try:
        return clean_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}). "
            "Save it as UTF-8 (for example from your editor's “Save with encoding”) and open "
            "it again."
        ) from None
