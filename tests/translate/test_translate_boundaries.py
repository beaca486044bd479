"""airgap.translate never imports Qt, mlx, the window or the store (it reaches the model only
through engine.api), so the CLI and tests can use it anywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "airgap" / "translate"
FORBIDDEN = ("PySide6", "mlx", "mlx_lm", "airgap.ui", "airgap.store", "airgap.engine.session")


def test_no_forbidden_imports_in_the_source() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                bad = [f for f in FORBIDDEN if name == f or name.startswith(f + ".")]
                assert not bad, f"{path.name} imports {name}"


def test_importing_everything_loads_neither_qt_nor_mlx() -> None:
    code = (
        "import sys, airgap.translate.job, airgap.translate.formats, airgap.translate.storage\n"
        "import airgap.translate.counts, airgap.translate.formats.tmx\n"
        "import airgap.translate.formats.tbx\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'mlx', 'mlx_lm')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
