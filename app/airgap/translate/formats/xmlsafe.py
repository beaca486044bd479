"""Parsing XML files from strangers: no DTD, no entity declarations (so no XXE and no entity
expansion bombs), and parse errors that name the line. The check runs expat over the bytes
first; only a document without a DOCTYPE reaches ElementTree."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import NoReturn
from xml.parsers import expat

from airgap.translate.errors import ErrorCode, FormatError, Param, UnsafeXMLError

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"


def parse_xml(data: bytes, name: str) -> ET.Element:
    _refuse_dtd(data, name)
    builder = _Builder()
    parser = ET.XMLParser(target=builder)
    try:
        parser.feed(data)
        root: ET.Element = parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        raise FormatError(
            ErrorCode.XML_NOT_WELL_FORMED, name=name, line=line, column=column + 1
        ) from None
    # Written files keep the prefixes of their extension namespaces (okp:, sdl:...) rather
    # than ns0:, ns1:; ElementTree only knows prefixes through its global registry.
    for prefix, uri in builder.prefixes:
        if prefix and not re.fullmatch(r"ns\d+", prefix) and not prefix.startswith("xml"):
            ET.register_namespace(prefix, uri)
    return root


class _Builder(ET.TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.prefixes: list[tuple[str, str]] = []

    def start_ns(self, prefix: str, uri: str) -> None:
        self.prefixes.append((prefix, uri))


def _refuse_dtd(data: bytes, name: str) -> None:
    parser = expat.ParserCreate()

    def refuse(*_args: object) -> NoReturn:
        raise UnsafeXMLError(ErrorCode.XML_UNSAFE, name=name)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise FormatError(
            ErrorCode.XML_NOT_WELL_FORMED_DETAIL,
            name=name,
            line=exc.lineno,
            column=exc.offset + 1,
            reason=expat.ErrorString(exc.code) or "",
        ) from None


def local(tag: str) -> str:
    """The tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def text_of(element: ET.Element) -> str:
    """All text inside an element, inline markup flattened."""
    return "".join(element.itertext())


def serialize(root: ET.Element) -> bytes:
    """UTF-8 bytes with a declaration; the root's namespace is written as the default one."""
    ns = namespace(root.tag)
    if ns:
        ET.register_namespace("", ns)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()


def fail(code: ErrorCode, name: str, **params: Param) -> NoReturn:
    # mypy cannot tell that no parameter is called "path" (FormatError's own keyword).
    raise FormatError(code, name=name, **params)  # type: ignore[arg-type]
