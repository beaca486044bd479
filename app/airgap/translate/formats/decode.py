"""Bytes from a file → clean text, or a FormatError that says what is wrong with the encoding."""

from __future__ import annotations

from airgap.text import clean_text
from airgap.translate.errors import ErrorCode, FormatError


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return clean_text(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise FormatError(ErrorCode.DAMAGED_UTF16, name=name, reason=exc.reason) from None
    try:
        return clean_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FormatError(
            ErrorCode.NOT_UTF8, name=name, byte=f"{data[exc.start]:02x}", position=exc.start
        ) from None
