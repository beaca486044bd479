import stat
from pathlib import Path

import pytest
from airgap import paths


def test_data_dir_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "fresh" / "airgap"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    assert paths.data_dir() == home
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert paths.database_path().parent == home
    assert paths.models_dir().is_dir()
