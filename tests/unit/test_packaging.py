"""The Briefcase configuration, the version's single source, the icon build and the notices."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import airgap
from airgap.licenses import MODEL_LICENSES, notices_text, third_party_notices

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def _briefcase() -> dict[str, Any]:
    return dict(_pyproject()["tool"]["briefcase"])


def test_bundle_identifier_is_reverse_dns_and_matches_the_package() -> None:
    config = _briefcase()
    bundle_id = f"{config['bundle']}.airgap"
    assert re.fullmatch(r"[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+", bundle_id)
    assert bundle_id == airgap.BUNDLE_ID


def test_version_lives_in_project_only() -> None:
    config = _briefcase()
    assert "version" not in config
    assert "version" not in config["app"]["airgap"]
    assert airgap.__version__ == _pyproject()["project"]["version"]


def test_sources_hold_the_package_and_its_runtime_resources() -> None:
    app = _briefcase()["app"]["airgap"]
    assert app["sources"] == ["app/airgap"]
    assert (ROOT / "app/airgap/__main__.py").is_file()
    assert (ROOT / "app/airgap/resources/airgap.svg").is_file()
    assert "tests" in app["test_sources"]
    assert (ROOT / "tests/airgap.py").is_file(), "briefcase dev --test runs tests/airgap.py"


def test_macos_target_is_sandboxed_arm64_without_network_client() -> None:
    mac = _briefcase()["app"]["airgap"]["macOS"]
    assert mac["min_os_version"] == "14.0"
    assert mac["universal_build"] is False
    entitlements = mac["entitlement"]
    assert entitlements["com.apple.security.app-sandbox"] is True
    assert not entitlements.get("com.apple.security.network.client", False)
    assert not entitlements.get("com.apple.security.network.server", False)


def test_cleanup_paths_drop_headers_tests_and_tools() -> None:
    cleanup = _briefcase()["app"]["airgap"]["cleanup_paths"]
    for pattern in ("**/include", "**/*.h", "**/app_packages/**/tests"):
        assert pattern in cleanup
    assert not any("translations/qtbase" in p for p in cleanup), "Qt's own dialogs need qtbase_*.qm"


def test_linux_system_target_is_configured() -> None:
    linux = _briefcase()["app"]["airgap"]["linux"]
    assert any(r.startswith("mlx[cpu]") for r in linux["requires"])
    assert "fonts-noto-cjk" in linux["system"]["debian"]["system_runtime_requires"]


def test_icon_build_renders_every_size_and_a_valid_icns(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/render_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for size in (16, 32, 64, 128, 256, 512, 1024):
        png = (tmp_path / f"airgap-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size)
    icns = (tmp_path / "airgap.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, []
    while offset < len(icns):
        kind, length = (
            icns[offset : offset + 4],
            struct.unpack(">I", icns[offset + 4 : offset + 8])[0],
        )
        assert icns[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_third_party_notices_come_from_installed_metadata() -> None:
    notices = {n.name.lower().replace("_", "-"): n for n in third_party_notices()}
    for required in ("mlx", "mlx-lm", "sqlite-utils", "keyring"):
        assert required in notices, f"{required} missing from the notices"
    assert notices["sqlite-utils"].license == "Apache-2.0"
    assert notices["mlx"].license_text, "the MIT licence text of mlx should be bundled"
    if metadata.distribution("airgap").requires:  # pip-installed, not Briefcase's metadata
        assert "pytest" not in notices, "dev-only tools are not shipped"
    text = notices_text()
    assert all(model in text for model in MODEL_LICENSES)
    assert "Apache-2.0" in text
