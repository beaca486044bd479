"""Document formats: read a file into a Document and write it back in its own format (or as
XLIFF / a bilingual CSV or XLSX table). Glossary (CSV, TBX) and memory (TMX) formats live
beside these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from airgap.translate.document import Document
from airgap.translate.errors import ErrorCode, FormatError
from airgap.translate.formats import plain, sheet, subtitles, table, word, xliff

Reader = Callable[[bytes, str], Document]
Writer = Callable[[Document], bytes]

READERS: dict[str, Reader] = {
    "txt": plain.read_txt,
    "md": plain.read_md,
    "srt": subtitles.read_srt,
    "vtt": subtitles.read_vtt,
    "docx": word.read_docx,
    "xliff": xliff.read_xliff,
    "csv": table.read_csv,
    "xlsx": sheet.read_xlsx,
}
WRITERS: dict[str, Writer] = {
    "txt": plain.write_text,
    "md": plain.write_text,
    "srt": subtitles.write_subtitles,
    "vtt": subtitles.write_subtitles,
    "docx": word.write_docx,
    "xliff": xliff.write_xliff,
    "csv": table.write_csv,
    "xlsx": sheet.write_xlsx,
}
SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".srt": "srt",
    ".vtt": "vtt",
    ".docx": "docx",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".csv": "csv",
    ".xlsx": "xlsx",
}
MAX_BYTES = 200 * 1024 * 1024


def format_of(path: Path) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise FormatError(ErrorCode.UNSUPPORTED_TYPE, path=path, name=path.name, suffixes=known)
    return fmt


def read_bytes(data: bytes, name: str, fmt: str | None = None) -> Document:
    return READERS[fmt or format_of(Path(name))](data, name)


def read_document(path: Path) -> Document:
    fmt = format_of(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FormatError(
                ErrorCode.FILE_TOO_LARGE, path=path, name=path.name, limit_mb=MAX_BYTES >> 20
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(
            ErrorCode.CANNOT_READ, path=path, name=path.name, reason=exc.strerror or str(exc)
        ) from None
    try:
        return READERS[fmt](data, path.name)
    except FormatError as exc:
        exc.path = path
        raise


def to_bytes(doc: Document, fmt: str | None = None) -> bytes:
    """The document in `fmt` (default: its own format) with targets in place of sources.

    Any document can become XLIFF, a bilingual CSV or XLSX table or a Word file; plain text
    and Markdown need a layout (not XLIFF or table sources); subtitles stay subtitles.
    """
    fmt = fmt or doc.format
    layout_ok = fmt in ("xliff", "csv", "xlsx", "docx") or (
        doc.format == fmt if fmt in ("srt", "vtt") else bool(doc.skeleton)
    )
    if not layout_ok:
        raise FormatError(ErrorCode.CANNOT_EXPORT_AS, source_format=doc.format, target_format=fmt)
    return WRITERS[fmt](doc)


def write_document(doc: Document, path: Path, fmt: str | None = None) -> Path:
    data = to_bytes(doc, fmt or format_of(path))
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FormatError(
            ErrorCode.CANNOT_WRITE, path=path, name=path.name, reason=exc.strerror or str(exc)
        ) from None
    return path
