"""Entry point: the offline guard first, then the CLI (with arguments) or the window.

`--run-module MODULE ...` (a helper process in a packaged app, airgap.launch) comes first.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["--run-module"]:
        # A helper process inside a Briefcase bundle (airgap.launch): before the guard,
        # because the downloader is the one process allowed out; the GGUF worker installs
        # the guard itself. Nothing of the app (Qt, mlx) is imported here.
        from airgap import launch

        return launch.run_module(args[1:])

    from airgap import offline

    offline.enable()  # before anything can import huggingface_hub / transformers / mlx_lm

    if not args:
        try:
            from airgap.ui.app import run
        except ImportError as exc:  # e.g. Qt's system libraries are missing
            sys.stderr.write(
                f"airgap: the window cannot start ({exc}).\n"
                "Use the terminal instead:  airgap chat   (or python -m airgap chat)\n"
            )
            return 2
        return run()

    from airgap import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
