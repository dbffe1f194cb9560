"""Decoding the bytes of a flat file and splitting its lines."""

from __future__ import annotations

import codecs
import gzip

import pytest

from addin.errors import UnreadableFileError
from addin.textfile import decode, split_lines

TEXT = "seller-sku\tprice\nCRÈME-01\t24.90\n"


@pytest.mark.parametrize(
    ("data", "legacy", "encoding", "name"),
    [
        pytest.param(TEXT.encode("utf-8"), "cp1252", "utf-8", "UTF-8", id="utf-8"),
        pytest.param(
            codecs.BOM_UTF8 + TEXT.encode("utf-8"),
            "cp1252",
            "utf-8-sig",
            "UTF-8 (BOM)",
            id="utf-8-bom",
        ),
        pytest.param(
            TEXT.encode("utf-16"), "cp1252", "utf-16", "UTF-16 (BOM)", id="utf-16-le"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
            "cp1252",
            "utf-16",
            "UTF-16 (BOM)",
            id="utf-16-be",
        ),
        pytest.param(
            TEXT.encode("cp1252"), "cp1252", "cp1252", "Windows-1252", id="cp1252"
        ),
        pytest.param(
            gzip.compress(TEXT.encode("cp1252"), mtime=0),
            "cp1252",
            "cp1252",
            "Windows-1252, gzip",
            id="gzip",
        ),
    ],
)
def test_decode_reads_every_delivered_form(
    data: bytes, legacy: str, encoding: str, name: str
) -> None:
    decoded = decode(data, legacy, "r.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.encoding_name == name


def test_decode_japanese_uses_cp932_not_shift_jis() -> None:
    text = "出品者SKU\n①マグ\n"  # ① exists in cp932, not in plain Shift_JIS
    data = text.encode("cp932")
    with pytest.raises(UnicodeDecodeError):
        data.decode("shift_jis")
    assert decode(data, "cp932").text == text


def test_decode_never_falls_back_to_latin_1() -> None:
    # Windows-1252 0x99 is the trade mark sign; Latin-1 would make it a C1 control.
    assert decode(b"Candle\x99\n", "cp1252").text == "Candle\u2122\n"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(b"", "file-empty", id="empty"),
        pytest.param(b"  \r\n\n", "file-empty", id="blank"),
        pytest.param(b"PK\x03\x04rest", "file-is-workbook", id="xlsx"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "file-is-workbook", id="xls"
        ),
        pytest.param(b"%PDF-1.7", "file-not-text", id="pdf"),
        pytest.param(b"a\x00b\x00", "file-not-text", id="nul-bytes"),
        pytest.param(b"\x1f\x8bnot gzip", "file-gzip-broken", id="broken-gzip"),
        pytest.param(b"abc\x81\n", "file-undecodable", id="undecodable"),
        pytest.param(codecs.BOM_UTF8 + b"\xff", "file-undecodable", id="bad-after-bom"),
    ],
)
def test_decode_refuses_what_is_not_a_text_file(data: bytes, code: str) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        decode(data, "cp1252", "r.txt")
    assert raised.value.code == code
    assert "r.txt" in raised.value.message("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a\tb\nc\td\n", [(1, ["a", "b"]), (2, ["c", "d"])], id="lf"),
        pytest.param("a\tb\r\nc\td\r\n", [(1, ["a", "b"]), (2, ["c", "d"])], id="crlf"),
        pytest.param(
            "a\tb\nc\td", [(1, ["a", "b"]), (2, ["c", "d"])], id="no-last-eol"
        ),
        pytest.param(
            "a\n\nb\n", [(1, ["a"]), (3, ["b"])], id="blank-line-keeps-numbers"
        ),
        pytest.param("a\n\t\t\n", [(1, ["a"])], id="tabs-only-line"),
        pytest.param('8" vase\tx\n', [(1, ['8" vase', "x"])], id="unbalanced-quote"),
        pytest.param("a\tb\r\r\n", [(1, ["a", "b\r"])], id="double-cr-stays"),
    ],
)
def test_split_lines(text: str, expected: list[tuple[int, list[str]]]) -> None:
    assert [(line.number, line.fields) for line in split_lines(text)] == expected


def test_lines_ended_by_cr_alone() -> None:
    assert [(line.number, line.fields) for line in split_lines("a\tb\rc\td\r")] == [
        (1, ["a", "b"]),
        (2, ["c", "d"]),
    ]
