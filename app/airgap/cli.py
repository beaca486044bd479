"""The headless front end: `airgap chat | ask | models | import-gguf`.

Placeholder until the foundation engine lands; prints what it cannot do yet.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("airgap: the CLI is not built yet.", file=sys.stderr)
    return 2
