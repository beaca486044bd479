"""Cleaning text at the input boundary (paste, import, CLI, files).

Unpaired surrogates crash the tokenizer and the SQLite insert; NUL and most C0 controls
confuse both. Everything a user or a file hands us passes through `clean_text` once.
"""

from __future__ import annotations

import re

# C0 controls except tab, newline, carriage return; plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Return `text` safe for the tokenizer and the database.

    Surrogate pairs that arrived as two code points (e.g. from a UTF-16 paste) are joined;
    any surrogate still unpaired becomes U+FFFD; control characters other than tab and line
    breaks are dropped; CRLF/CR become LF.
    """
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        text = _SURROGATE.sub(REPLACEMENT, text)
    text = _CONTROL.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
