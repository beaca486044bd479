"""Core errors carry a stable code and their parameters, and say it in English as str();
a glossary CSV names the rows it skipped for having no source term."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from airgap.errors import UserError
from airgap.translate import formats
from airgap.translate.errors import ENGLISH, ErrorCode, FormatError, english
from airgap.translate.formats.table import read_glossary_csv
from airgap.translate.glossary import Term


def test_every_code_has_an_english_text_that_its_parameters_fill() -> None:
    assert set(ENGLISH) == set(ErrorCode)
    for code in ErrorCode:
        names = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[code]) if f}
        text = english(code, {name: f"<{name}>" for name in names})
        assert "{" not in text and all(f"<{name}>" in text for name in names), code


def test_an_error_keeps_code_parameters_path_and_english_text(tmp_path: Path) -> None:
    bad = tmp_path / "notes.srt"
    bad.write_text("1\nno timing here\n", encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        formats.read_document(bad)
    error = caught.value
    assert isinstance(error, UserError)
    assert error.code is ErrorCode.SRT_NO_TIMING
    assert error.params == {"name": "notes.srt", "cue": "1"}
    assert error.path == bad
    assert (
        str(error)
        == error.message
        == (
            "notes.srt is not a valid SubRip file: the cue “1” has no timing line "
            "(00:00:01,000 --> 00:00:02,000)."
        )
    )
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(formats.MAX_BYTES + 1)
    with pytest.raises(FormatError) as caught:
        formats.read_document(big)
    assert caught.value.code is ErrorCode.FILE_TOO_LARGE
    assert str(caught.value) == "big.txt is larger than 200 MB."


def test_glossary_csv_reports_rows_without_a_source_term_by_line() -> None:
    data = (
        'source,target,note\n大阪,Osaka,\n,Kyoto,orphan\n\n"京\n都",Kyoto,two lines\n'
        ",,note only\n東京,,\n"
    ).encode()
    rows = read_glossary_csv(data, "terms.csv")
    assert rows.terms == [
        Term("大阪", "Osaka"),
        Term("京\n都", "Kyoto", note="two lines"),
        Term("東京", ""),
    ]
    assert rows.skipped_lines == [3, 7]  # the quoted cell spans lines 5-6
    headerless = read_glossary_csv("大阪,Osaka\n ,Nara\n京都,Kyoto\n".encode(), "t.csv")
    assert [t.source for t in headerless.terms] == ["大阪", "京都"]
    assert headerless.skipped_lines == [2]
