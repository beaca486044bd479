"""The chat-template bomb guard: an imported model's template is rendered once, in a limited
process, and a template that hangs, eats memory, fails or drops the chat is refused."""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import gguf_files
import pytest
import tiny_models
from airgap import cli, paths
from airgap.downloads import importer
from airgap.downloads.errors import ImportFailed
from airgap.engine import loader, template_check
from airgap.engine.api import CorruptModel, UnsafeChatTemplate
from airgap.engine.default_model import GGUF_NAME, embedded_gguf
from airgap.engine.gguf import CONVERTER_VERSION, MANIFEST_NAME
from airgap.engine.template_check import Limits

CPU_BOMB = (
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    "{% for m in messages %}{{ m['content'] }}{% endfor %}"
)
MEMORY_BOMB = "{{ 'x' * 10**10 }}{% for m in messages %}{{ m['content'] }}{% endfor %}"
HUGE_RANGE = (
    "{% for i in range(10**9) %}{% endfor %}{% for m in messages %}{{ m.content }}{% endfor %}"
)
DROPS_CHAT = "{{ '<|im_start|>assistant\\n' }}"
# Gemma-style: no system role. Everything else renders, so the model is usable.
NO_SYSTEM = (
    "{% for m in messages %}{% if m['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}{% endfor %}"
)
# Fine without thinking, a bomb with it: both modes must be rendered.
THINKING_BOMB = (
    "{% for m in messages %}{{ m['content'] }}{% endfor %}"
    "{% if enable_thinking %}{{ 'x' * 10**10 }}{% endif %}"
)
FAST = Limits(timeout_s=60, cpu_s=5, memory_bytes=2 * 1024**3)
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the address-space limit is Linux-only"
)


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real tokenizer folder (byte-level BPE, Qwen3.5-style thinking template)."""
    folder = tmp_path_factory.mktemp("tokenizer") / "tok"
    tiny_models.build_tokenizer(folder)
    return folder


@pytest.fixture
def with_template(tokenizer_dir: Path, tmp_path: Path) -> Callable[[str, str], Path]:
    def make(template: str, name: str = "imported-model") -> Path:
        folder = tmp_path / name
        shutil.copytree(tokenizer_dir, folder)
        config_file = folder / "tokenizer_config.json"
        config = json.loads(config_file.read_text())
        config["chat_template"] = template
        config_file.write_text(json.dumps(config))
        return folder

    return make


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Path]]:
    """The folders the worker process was started for (a spy: the real check runs)."""
    monkeypatch.setenv(template_check.CHECKS_ENV, str(tmp_path / "checks"))
    started: list[Path] = []
    real = template_check.run_check

    def spy(folder: Path, name: str, limits: Limits) -> None:
        started.append(folder)
        real(folder, name, limits)

    monkeypatch.setattr(template_check, "run_check", spy)
    yield started


def test_a_good_template_passes_once(
    tokenizer_dir: Path, with_template: Callable[..., Path], starts: list[Path]
) -> None:
    good = with_template(tiny_models.QWEN_TEMPLATE)
    template_check.ensure_safe(good)
    template_check.ensure_safe(good)
    assert starts == [good]
    # The pass is keyed by the template, not the folder: a copy is not checked again ...
    template_check.ensure_safe(with_template(tiny_models.QWEN_TEMPLATE, "same-template"))
    assert len(starts) == 1
    # ... and a changed template is.
    changed = with_template(tiny_models.QWEN_TEMPLATE + "{{- '' }}", "changed-template")
    template_check.ensure_safe(changed)
    assert starts == [good, changed]
    # The marker lives in the app's data, never in the model folder.
    assert {p.name for p in good.iterdir()} == {p.name for p in tokenizer_dir.iterdir()}


def test_a_cpu_bomb_is_refused_within_the_cpu_limit(
    with_template: Callable[..., Path], starts: list[Path]
) -> None:
    bomb = with_template(CPU_BOMB, "cpu-bomb")
    began = time.monotonic()
    with pytest.raises(UnsafeChatTemplate, match=r"cpu-bomb was refused: .*CPU time"):
        template_check.ensure_safe(bomb, limits=Limits(timeout_s=300, cpu_s=5))
    # 5 s of CPU (plus start-up), far below the wall-clock limit even on a busy machine.
    assert time.monotonic() - began < 120
    assert not list(template_check.checks_dir().iterdir())  # nothing remembered


def test_a_hang_is_refused_at_the_wall_clock_timeout(
    with_template: Callable[..., Path], starts: list[Path]
) -> None:
    bomb = with_template(CPU_BOMB, "slow")
    with pytest.raises(UnsafeChatTemplate, match=r"slow was refused: .*within 4 s"):
        template_check.ensure_safe(bomb, limits=Limits(timeout_s=4, cpu_s=600))


@linux_only
@pytest.mark.parametrize("template", [MEMORY_BOMB, THINKING_BOMB], ids=["always", "thinking"])
def test_a_memory_bomb_is_refused(
    template: str, with_template: Callable[..., Path], starts: list[Path]
) -> None:
    bomb = with_template(template, "memory-bomb")
    with pytest.raises(UnsafeChatTemplate, match=r"memory-bomb was refused: .*more memory"):
        template_check.ensure_safe(bomb, limits=FAST)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (HUGE_RANGE, r"its chat template fails \(Range too big"),
        (DROPS_CHAT, r"leaves the conversation out"),
        ("{% for m in messages %}{{ m.content }}", r"its chat template fails"),
    ],
    ids=["sandbox-range", "drops-chat", "syntax-error"],
)
def test_broken_templates_are_refused(
    template: str, expected: str, with_template: Callable[..., Path], starts: list[Path]
) -> None:
    with pytest.raises(UnsafeChatTemplate, match=expected):
        template_check.ensure_safe(with_template(template), limits=FAST)


def test_a_template_without_a_system_role_is_accepted(
    with_template: Callable[..., Path], starts: list[Path]
) -> None:
    template_check.ensure_safe(with_template(NO_SYSTEM), limits=FAST)
    assert len(starts) == 1


def test_loading_an_imported_model_refuses_its_bomb_before_the_weights(
    qwen_no_thinking: Path, copy_model: Callable[[Path], Path], starts: list[Path]
) -> None:
    folder = copy_model(qwen_no_thinking)
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    config["chat_template"] = HUGE_RANGE
    config_file.write_text(json.dumps(config))
    (folder / "model.safetensors").write_bytes(b"")
    with pytest.raises(CorruptModel):
        loader.load(folder)
    assert starts == []  # the cheap file checks come first
    shutil.copy(qwen_no_thinking / "model.safetensors", folder / "model.safetensors")
    with pytest.raises(UnsafeChatTemplate, match=rf"{folder.name} was refused"):
        loader.load(folder)
    assert starts == [folder]


def test_the_embedded_model_and_catalog_downloads_are_not_checked(
    qwen_no_thinking: Path, starts: list[Path]
) -> None:
    default = paths.default_model_dir()
    shutil.copytree(qwen_no_thinking, default)
    manifest = {
        "converter_version": CONVERTER_VERSION,
        "source": GGUF_NAME,
        "source_size": embedded_gguf().stat().st_size,
        "files": {p.name: p.stat().st_size for p in default.iterdir()},
    }
    (default / MANIFEST_NAME).write_text(json.dumps(manifest))
    assert loader.load(default).info.model_id == default.name
    assert starts == []
    # At that path but not the shipped model's conversion: checked.
    manifest["source_size"] = 12345
    (default / MANIFEST_NAME).write_text(json.dumps(manifest))
    template_check.ensure_safe(default)
    assert starts == [default]
    starts.clear()
    shutil.rmtree(template_check.checks_dir())  # forget that pass

    from airgap.downloads import catalog

    repo = next(e.repo for e in catalog.load() if e.downloadable)
    downloaded = paths.models_dir() / "from-catalog"
    shutil.copytree(qwen_no_thinking, downloaded)
    source = {"kind": "hub", "repo": repo, "revision": "x", "commit": "x", "endpoint": ""}
    (downloaded / "manifest.json").write_text(json.dumps({"files": [], "source": source}))
    template_check.ensure_safe(downloaded)
    assert starts == []
    # Any other repository's model is checked.
    source["repo"] = "someone/else"
    (downloaded / "manifest.json").write_text(json.dumps({"files": [], "source": source}))
    template_check.ensure_safe(downloaded)
    assert starts == [downloaded]


def test_importing_a_folder_with_a_bad_template_installs_nothing(
    qwen_no_thinking: Path, copy_model: Callable[[Path], Path], starts: list[Path]
) -> None:
    folder = copy_model(qwen_no_thinking)
    config_file = folder / "tokenizer_config.json"
    config = json.loads(config_file.read_text())
    config["chat_template"] = DROPS_CHAT
    config_file.write_text(json.dumps(config))
    with pytest.raises(ImportFailed, match=r"hostile was refused: .*leaves the conversation"):
        importer.import_model(folder, name="hostile")
    assert not (paths.models_dir() / "hostile").exists()
    assert len(starts) == 1


def test_importing_a_gguf_checks_the_template_it_carries(
    tmp_path: Path, starts: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.gguf"
    meta = gguf_files.tiny_metadata(**{"tokenizer.chat_template": HUGE_RANGE})
    gguf_files.tiny_llama_gguf(bad, gguf_files.random_llama_weights(meta=meta), meta=meta)
    with pytest.raises(ImportFailed, match=r"bad-model was refused: .*Range too big"):
        importer.import_model(bad, name="bad-model")
    assert not (paths.models_dir() / "bad-model").exists()
    # `airgap import-gguf` too: the converted folder is removed again, with the message.
    assert cli.main(["import-gguf", str(bad), "--name", "bad-cli"]) != 0
    assert "bad-cli was refused" in capsys.readouterr().err
    assert not (paths.models_dir() / "bad-cli").exists()
    good = tmp_path / "good.gguf"
    gguf_files.tiny_llama_gguf(good, gguf_files.random_llama_weights())
    assert cli.main(["import-gguf", str(good), "--name", "good-cli"]) == 0
    assert loader.load(paths.models_dir() / "good-cli").info.model_id == "good-cli"
    assert len(starts) == 3  # bad twice, good once (the load found its marker)


def test_the_worker_runs_through_the_bundle_dispatch(with_template: Callable[..., Path]) -> None:
    """In a Briefcase bundle the worker is `STUB --run-module ...` (airgap.launch)."""
    import subprocess

    from airgap import launch

    bad = with_template(DROPS_CHAT, "dispatched")
    done = subprocess.run(
        [sys.executable, "-m", "airgap", launch.RUN_MODULE, template_check.WORKER_MODULE, str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == template_check.ERROR_EXIT, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["kind"] == "dropped"
