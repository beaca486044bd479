"""The model catalog: `resources/catalog.toml` (a copy of models/catalog.toml) as dataclasses.

The catalog ships inside the package and is never fetched. `load()` parses and validates it;
`find()` resolves a catalog id (case-insensitive) or a hub repository id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from airgap.downloads.errors import CatalogError

CATALOG_RESOURCE = ("resources", "catalog.toml")


class Source(StrEnum):
    HUB = "hub"
    EMBEDDED = "embedded"


@dataclass(frozen=True)
class Sampling:
    temperature: float
    top_p: float
    top_k: int


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    source: Source
    total_bytes: int
    resident_bytes: int
    streams_experts: bool
    non_thinking: Sampling
    thinking: Sampling | None
    languages: str
    files: tuple[str, ...] = ()
    repo: str = ""
    revision: str = ""
    revision_verified: bool = False
    sizes_approximate: bool = False
    expert_bytes: int = 0
    streaming_resident_bytes: int = 0
    streaming_bytes_per_token: int = 0

    @property
    def downloadable(self) -> bool:
        return self.source is Source.HUB


def catalog_path() -> Path:
    """The catalog shipped inside the package (what the app reads at run time)."""
    return Path(str(resources.files("airgap").joinpath(*CATALOG_RESOURCE)))


def _sampling(raw: Any, where: str) -> Sampling:
    if not isinstance(raw, dict):
        raise CatalogError(f"catalog: {where} must be a table")
    try:
        return Sampling(float(raw["temperature"]), float(raw["top_p"]), int(raw["top_k"]))
    except (KeyError, TypeError, ValueError) as e:
        raise CatalogError(f"catalog: {where} needs temperature, top_p and top_k") from e


def _entry(raw: dict[str, Any], defaults: dict[str, Any]) -> CatalogEntry:
    merged = {**defaults, **raw}
    ident = str(merged.get("id", ""))
    if not ident:
        raise CatalogError("catalog: a [[model]] has no id")
    try:
        source = Source(merged.get("source", "hub"))
    except ValueError as e:
        raise CatalogError(f"catalog: {ident}: unknown source {merged.get('source')!r}") from e
    thinking_support = bool(merged.get("thinking_support", True))
    if source is Source.HUB and not (merged.get("repo") and merged.get("revision")):
        raise CatalogError(f"catalog: {ident}: a hub model needs repo and revision")
    streams = bool(merged.get("streams_experts", False))
    entry = CatalogEntry(
        id=ident,
        name=str(merged.get("name", ident)),
        source=source,
        total_bytes=int(merged["total_bytes"]),
        resident_bytes=int(merged["resident_bytes"]),
        streams_experts=streams,
        non_thinking=_sampling(merged.get("non_thinking"), f"{ident}.non_thinking"),
        thinking=_sampling(merged["thinking"], f"{ident}.thinking") if thinking_support else None,
        languages=str(merged.get("languages", "")),
        files=tuple(str(f) for f in merged.get("files", ())),
        repo=str(merged.get("repo", "")),
        revision=str(merged.get("revision", "")),
        revision_verified=bool(merged.get("revision_verified", False)),
        sizes_approximate=bool(merged.get("sizes_approximate", False)),
        expert_bytes=int(merged.get("expert_bytes", 0)),
        streaming_resident_bytes=int(merged.get("streaming_resident_bytes", 0)),
        streaming_bytes_per_token=int(merged.get("streaming_bytes_per_token", 0)),
    )
    if streams and not (entry.expert_bytes and entry.streaming_bytes_per_token):
        raise CatalogError(f"catalog: {ident}: streaming needs expert sizes")
    return entry


def load(path: Path | None = None) -> list[CatalogEntry]:
    """Parse the catalog (the shipped one by default) into entries, in file order."""
    path = path or catalog_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise CatalogError(f"cannot read the model catalog {path}: {e}") from e
    defaults = data.get("defaults", {})
    try:
        entries = [_entry(raw, defaults) for raw in data.get("model", [])]
    except KeyError as e:
        raise CatalogError(f"catalog: a model lacks {e}") from e
    ids = [e.id.lower() for e in entries]
    if len(set(ids)) != len(ids):
        raise CatalogError("catalog: duplicate model ids")
    return entries


def find(name: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry | None:
    """The entry whose id or hub repository matches `name` (case-insensitive), if any."""
    wanted = name.strip().lower()
    for entry in entries if entries is not None else load():
        if wanted in (entry.id.lower(), entry.repo.lower()):
            return entry
    return None
