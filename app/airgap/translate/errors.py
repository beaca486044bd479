"""The translator workspace's user-facing errors: the message is shown as it is."""

from __future__ import annotations

from airgap.errors import UserError


class TranslateError(UserError):
    """Base for errors whose message is shown to the user as it is."""


class FormatError(TranslateError):
    """A file that cannot be read or written in the format it claims (names the problem)."""


class UnsafeXMLError(FormatError):
    """An XML file with a DTD or entity declarations (XXE, entity expansion), refused."""


class UnknownLanguage(TranslateError):
    """A language code the workspace does not know."""
