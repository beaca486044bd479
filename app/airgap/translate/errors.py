"""The translator workspace's user-facing errors: the message is shown as it is."""

from __future__ import annotations

from pathlib import Path


class TranslateError(Exception):
    """Base for errors whose message is shown to the user as it is."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    @property
    def message(self) -> str:
        return str(self.args[0])


class FormatError(TranslateError):
    """A file that cannot be read or written in the format it claims (names the problem)."""


class UnsafeXMLError(FormatError):
    """An XML file with a DTD or entity declarations (XXE, entity expansion), refused."""


class UnknownLanguage(TranslateError):
    """A language code the workspace does not know."""
