"""The one base for errors whose message is shown to the user as it is.

Engine, store and translator errors all derive from `UserError`, so a front end catches one
class and shows `.message`; anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """An expected failure with a user-facing message, optionally naming the file involved."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    @property
    def message(self) -> str:
        return str(self.args[0])
