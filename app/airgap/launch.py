"""Starting Airgap's helper processes (the GGUF conversion worker, the downloader).

From a normal install a helper is `python -m MODULE ...`. Inside a Briefcase bundle
`sys.executable` is the app's stub binary, which ignores `-m` and starts the app, so there
the helper is `STUB --run-module MODULE ...`: airgap/__main__.py sees that first argument
and runs the module as `__main__` before anything else (no Qt, no offline guard: each
helper decides that itself). Only the modules in WORKER_MODULES may be run this way.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

RUN_MODULE = "--run-module"
WORKER_MODULES = frozenset(
    {"airgap.engine.gguf_worker", "airgap.engine.template_worker", "airgap.downloads"}
)


def in_bundle() -> bool:
    """True when sys.executable is not a Python interpreter (a Briefcase stub binary)."""
    return not Path(sys.executable).name.lower().startswith("python")


def python_module_command(module: str, *args: str) -> list[str]:
    """The command line that runs `module` as `__main__` in a new process, here."""
    if module not in WORKER_MODULES:
        raise ValueError(f"{module} is not an Airgap helper module")
    if in_bundle():
        return [sys.executable, RUN_MODULE, module, *args]
    return [sys.executable, "-m", module, *args]


def run_module(args: list[str]) -> int:
    """`--run-module MODULE ARGS...`: run an allowed helper module as `python -m` would."""
    if not args or args[0] not in WORKER_MODULES:
        name = args[0] if args else "(none)"
        sys.stderr.write(f"airgap: {RUN_MODULE} {name}: not an Airgap helper module\n")
        return 2
    module, rest = args[0], args[1:]
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return 0
