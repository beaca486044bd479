"""What the app process loads from airgap.downloads must not carry a network client."""

from __future__ import annotations

import subprocess
import sys

NETWORK = ("huggingface_hub", "urllib.request", "http.client", "httpx2", "httpx", "requests")


def test_app_side_modules_load_no_network_client() -> None:
    code = (
        "import sys\n"
        "from airgap.downloads import catalog, commands, hardware, importer, manifest, verify\n"
        f"print([m for m in {NETWORK!r} if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
