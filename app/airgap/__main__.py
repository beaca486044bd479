"""Entry point: the offline guard first, then the CLI (with arguments) or the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from airgap import offline

    offline.enable()  # before anything can import huggingface_hub / transformers / mlx_lm

    from airgap import cli

    return cli.main(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
