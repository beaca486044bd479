"""Licence information for the About dialog: the models' licences and third-party notices
generated from the installed packages' metadata (nothing is fetched, nothing hand-kept).
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
from dataclasses import dataclass
from pathlib import Path

from airgap import APP_NAME, __version__

# Models Airgap runs or ships, with the licence their authors publish.
MODEL_LICENSES: dict[str, str] = {
    "Qwen3.5 (Alibaba Cloud, Qwen team)": "Apache-2.0",
    "SmolLM2-135M-Instruct (Hugging Face)": "Apache-2.0",
}

_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER_PREFIX = "License :: OSI Approved :: "


@dataclass(frozen=True)
class PackageNotice:
    name: str
    version: str
    license: str
    homepage: str
    license_text: str


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, name: str) -> str:
    """A metadata field, or "" (missing keys warn or raise on newer Pythons)."""
    values = dist.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _license_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    declared = _field(dist, "License")
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [
        c.removeprefix(_CLASSIFIER_PREFIX)
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER_PREFIX)
    ]
    if classifiers:
        return " / ".join(classifiers)
    return "see licence text" if _license_text(dist) else "unknown"


def _homepage(dist: metadata.Distribution) -> str:
    if _field(dist, "Home-page"):
        return _field(dist, "Home-page")
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"}:
            return url.strip()
    return ""


def _license_text(dist: metadata.Distribution) -> str:
    for file in dist.files or []:
        if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", file.name, re.IGNORECASE):
            try:
                return Path(str(dist.locate_file(file))).read_bytes().decode("utf-8", "replace")
            except OSError:
                continue
    return ""


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Names of the distribution's requirements that apply without extras."""
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _notice(dist: metadata.Distribution, fallback_name: str) -> PackageNotice:
    return PackageNotice(
        name=_field(dist, "Name") or fallback_name,
        version=dist.version,
        license=_license_of(dist),
        homepage=_homepage(dist),
        license_text=_license_text(dist),
    )


def third_party_notices(root: str = "airgap") -> list[PackageNotice]:
    """The packages the app runs with, sorted by name.

    From a pip install: `root`'s runtime requirements, transitively. In a Briefcase bundle the
    app's own metadata lists no requirements, but the bundle holds exactly what ships, so every
    installed distribution is listed.
    """
    try:
        roots = _runtime_requirements(metadata.distribution(root))
    except metadata.PackageNotFoundError:
        roots = []
    if not roots:
        notices = {
            _canonical(_field(d, "Name")): _notice(d, "?")
            for d in metadata.distributions()
            if _field(d, "Name") and _canonical(_field(d, "Name")) != _canonical(root)
        }
        return sorted(notices.values(), key=lambda notice: notice.name.lower())

    seen: dict[str, PackageNotice] = {}
    pending = list(roots)
    while pending:
        name = pending.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-specific dependency not installed here
        seen[key] = _notice(dist, name)
        pending.extend(_runtime_requirements(dist))
    return sorted(seen.values(), key=lambda notice: notice.name.lower())


def notices_text() -> str:
    """The plain-text notices shown in About → Licences and written into the bundle."""
    lines = [f"{APP_NAME} {__version__}", "", "Models:"]
    lines += [f"  {model}: {licence}" for model, licence in MODEL_LICENSES.items()]
    lines += ["", "Third-party software:"]
    for notice in third_party_notices():
        lines.append(f"  {notice.name} {notice.version} — {notice.license}")
        if notice.homepage:
            lines.append(f"    {notice.homepage}")
    return "\n".join(lines) + "\n"
