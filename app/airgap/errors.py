"""The one base for errors whose message is shown to the user as it is.

Engine, store, downloads and translator errors all derive from `UserError`, so a front end
catches one class and shows it. An error made from a code (an Enum member of its area: engine,
store, downloads, translator) keeps the code and its parameters; its str() is the English text
from its class's `ENGLISH` table, for logs and the CLI, and a front end that speaks another
language turns code + parameters into its own text (the Qt one: airgap/ui/error_messages.py).
An error made from a plain message has no code and is shown in that English. Anything else is
a bug and is logged with its traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar

Param = str | int | float


class UserError(Exception):
    """An expected failure with a user-facing message, optionally naming the file involved.

    `UserError(code, path=..., **params)` says what happened as a code; `UserError("text")`
    as a plain English message.
    """

    # Each area's English text of its codes (str.format fields are the parameter names).
    ENGLISH: ClassVar[Mapping[Any, str]] = {}

    def __init__(self, message: str | Enum, /, *, path: Path | None = None, **params: Param):
        code = message if isinstance(message, Enum) else None
        self.code: Enum | None = code
        self.params: dict[str, Param] = params
        super().__init__(str(message) if code is None else self.ENGLISH[code].format_map(params))
        self.path = path

    @property
    def message(self) -> str:
        return str(self.args[0])

    def __repr__(self) -> str:
        if self.code is None:
            return f"{type(self).__name__}({self.message!r})"
        return f"{type(self).__name__}({self.code!s}, {self.params!r})"
