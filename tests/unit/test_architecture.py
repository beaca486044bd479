"""Module boundaries are the architecture (DESIGN.md §1): checked on the source's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "airgap"

# (package prefix, forbidden import prefixes)
RULES: list[tuple[str, tuple[str, ...]]] = [
    ("airgap.engine", ("PySide6", "airgap.ui", "airgap.store")),
    ("airgap.store", ("PySide6", "mlx", "mlx_lm", "airgap.ui")),
    ("airgap.downloads", ("PySide6", "mlx", "mlx_lm", "airgap.ui")),
    ("airgap.ui", ("mlx", "mlx_lm")),
    ("airgap", ("PySide6.QtNetwork", "PySide6.QtWebEngine", "PySide6.QtWebEngineWidgets")),
]
MODULE_LEVEL_ONLY = {"airgap.engine.api": ("mlx", "mlx_lm")}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        found.append((name, path))
    return found


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_module_respects_boundaries(module: str, path: Path) -> None:
    imported = _imports(path)
    for owner, forbidden in RULES:
        if not _matches(module, owner):
            continue
        bad = [name for name in imported for f in forbidden if _matches(name, f)]
        assert not bad, f"{module} imports {bad}, which {owner} must not"
    for owner, forbidden in MODULE_LEVEL_ONLY.items():
        if module == owner:
            bad = [n for n in imported for f in forbidden if _matches(n, f)]
            assert not bad, f"{module} must stay importable without {forbidden}"


# The network (DESIGN.md §6): only the downloader package may hold an HTTP client or the hub
# library, and no module may load Qt's network or web-engine modules.
NETWORK_ALLOWED = "airgap.downloads"
NETWORK_MODULES = (
    "huggingface_hub",
    "requests",
    "httpx",
    "httpx2",
    "urllib3",
    "aiohttp",
    "urllib.request",
    "http.client",
)
QT_NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtWebEngine",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
)


def _imported_names(path: Path) -> list[str]:
    """Every module an import names, with `from a import b` also as `a.b` (so that
    `from urllib import request` and `from PySide6 import QtNetwork` are caught)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_only_the_downloader_reaches_the_network(module: str, path: Path) -> None:
    imported = _imported_names(path)
    qt = [n for n in imported for f in QT_NETWORK_MODULES if _matches(n, f)]
    assert not qt, f"{module} imports {qt}: no Qt network or web engine in Airgap"
    if not _matches(module, NETWORK_ALLOWED):
        net = [n for n in imported for f in NETWORK_MODULES if _matches(n, f)]
        assert not net, f"{module} imports {net}: only {NETWORK_ALLOWED} may use the network"


def test_the_network_rule_sees_every_import_form(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from urllib import request\nfrom PySide6 import QtNetwork\nimport huggingface_hub.hf_api\n"
    )
    names = _imported_names(sample)
    for wanted in ("urllib.request", "PySide6.QtNetwork", "huggingface_hub.hf_api"):
        assert any(_matches(n, wanted) for n in names), wanted
