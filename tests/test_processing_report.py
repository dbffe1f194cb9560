"""Reading the processing report by its structure, in any language and encoding."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from addin.errors import HeaderError, UnreadableFileError
from addin.processing import (
    ErrorType,
    ProcessingLine,
    ProcessingReport,
    read_processing_report,
)

HEADER = "original-record-number\tsku\terror-code\terror-type\terror-message"


def report_text(processed: int, successful: int, *rows: str, title: str = "") -> str:
    """A processing report laid out as Seller Central writes it."""
    summary = [
        title or "Feed Processing Summary:",
        f"\tNumber of records processed\t\t{processed}",
        f"\tNumber of records successful\t\t{successful}",
    ]
    if not rows:
        return "\n".join(summary) + "\n"
    return "\n".join([*summary, "", HEADER, *rows]) + "\n"


def test_sample_report(shared: Path) -> None:
    data = (shared / "samples/processing_report_inventory_loader_text.txt").read_bytes()
    report = read_processing_report(data, "cp1252", "sample.txt")

    assert (report.processed, report.successful) == (7, 4)
    assert [(line.record, line.sku, line.error_code) for line in report.lines] == [
        (3, "HM-COLL-ARG-PERLE", "8026"),
        (6, "HM-VASE-GRES-8IN", "13013"),
        (7, "HM-BOITE-OLIV-COEUR", "5503"),
    ]
    assert [line.line for line in report.lines] == [6, 7, 8]
    assert {line.verdict for line in report.lines} == {ErrorType.ERROR}
    assert report.lines[0].error_message.endswith("/gp/errorcode/8026")
    assert report.encoding == "UTF-8"


def test_spanish_summary_sample(shared: Path) -> None:
    name = "samples/processing_report_localized-summary-es_utf-8.txt"
    report = read_processing_report((shared / name).read_bytes(), "cp1252")

    assert (report.processed, report.successful) == (2, 1)
    assert len(report.lines) == 1
    line = report.lines[0]
    assert (line.record, line.sku, line.error_code) == (2, "HM-SAVON-KARITE-3", "6024")
    assert "autorización" in line.error_message


SPANISH = report_text(
    3,
    2,
    "1\tHM-A\t8057\tError\tEl tipo de condición difiere.",
    title="Resumen de procesamiento de fichero:",
).replace("Number of records processed", "Número de registros procesados")


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        pytest.param(report_text(5, 5), "utf-8", (5, 5, []), id="all-successful"),
        pytest.param(
            report_text(2, 0, "0\t\t5003\tFatal\tHeader row is not valid."),
            "utf-8",
            (2, 0, [(0, "", "5003", ErrorType.FATAL)]),
            id="fatal-header-record-0",
        ),
        pytest.param(
            report_text(
                1,
                1,
                "1\tHM-A\t99001\tWarning\tFirst.",
                "1\tHM-A\t99010\tWarning\tSecond.",
                "1\tHM-A\t90057\tWarning\tThird.",
            ),
            "utf-8",
            (
                1,
                1,
                [
                    (1, "HM-A", c, ErrorType.WARNING)
                    for c in ("99001", "99010", "90057")
                ],
            ),
            id="three-warnings-one-record",
        ),
        pytest.param(
            report_text(1, 0, "1\tHM-Été\t77777\tError\tUn problème inconnu."),
            "cp1252",
            (1, 0, [(1, "HM-Été", "77777", ErrorType.ERROR)]),
            id="cp1252-unknown-code",
        ),
        pytest.param(
            report_text(1, 0, "1\tHM-Été\t8057\tError\tÉtat différent."),
            "utf-8-sig",
            (1, 0, [(1, "HM-Été", "8057", ErrorType.ERROR)]),
            id="utf-8-bom",
        ),
        pytest.param(
            report_text(1, 0, "1\tHM-A\t8057\tError\tMessage.").replace("\n", "\r\n"),
            "utf-8",
            (1, 0, [(1, "HM-A", "8057", ErrorType.ERROR)]),
            id="crlf",
        ),
        pytest.param(
            SPANISH, "utf-8", (3, 2, [(1, "HM-A", "8057", ErrorType.ERROR)]), id="es"
        ),
        pytest.param(
            report_text(1, 0, "1\tHM-A\t8057\tErreur\tType localisé."),
            "utf-8",
            (1, 0, [(1, "HM-A", "8057", ErrorType.ERROR)]),
            id="unknown-type-is-an-error",
        ),
        pytest.param(
            HEADER + "\n1\tHM-A\t8057\tError\tNo summary.\n",
            "utf-8",
            (None, None, [(1, "HM-A", "8057", ErrorType.ERROR)]),
            id="table-without-summary",
        ),
    ],
)
def test_reports_by_structure(
    text: str,
    encoding: str,
    expected: tuple[int | None, int | None, list[tuple[int, str, str, ErrorType]]],
) -> None:
    report = read_processing_report(text.encode(encoding), "cp1252", "report.txt")

    assert (report.processed, report.successful, _lines(report)) == expected


def _lines(report: ProcessingReport) -> list[tuple[int, str, str, ErrorType]]:
    return [_key(line) for line in report.lines]


def _key(line: ProcessingLine) -> tuple[int, str, str, ErrorType]:
    return (line.record, line.sku, line.error_code, line.verdict)


def test_gzip_report_is_read() -> None:
    data = gzip.compress(report_text(1, 0, "1\tHM-A\t8057\tError\tM.").encode())

    report = read_processing_report(data, "cp1252")

    assert _lines(report) == [(1, "HM-A", "8057", ErrorType.ERROR)]
    assert report.encoding == "UTF-8, gzip"


def test_message_holding_a_tab_is_kept_whole() -> None:
    text = report_text(1, 0, "1\tHM-A\t8057\tError\tPart one\tpart two")

    report = read_processing_report(text.encode(), "cp1252")

    assert report.lines[0].error_message == "Part one\tpart two"


def test_lines_are_grouped_by_record() -> None:
    text = report_text(
        3, 1, "2\tB\t1\tError\tx", "3\tC\t2\tWarning\ty", "2\tB\t3\tWarning\tz"
    )

    grouped = read_processing_report(text.encode(), "cp1252").records()

    assert {
        record: [line.error_code for line in lines] for record, lines in grouped.items()
    } == {
        2: ["1", "3"],
        3: ["2"],
    }


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(
            b"PK\x03\x04rest of a workbook", "processing-report-is-workbook", id="xlsx"
        ),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old workbook",
            "processing-report-is-workbook",
            id="xls",
        ),
        pytest.param(b"", "file-empty", id="empty"),
        pytest.param(
            b"sku\tprice\nA\t1.00\n", "processing-report-unrecognized", id="stock-file"
        ),
        pytest.param(
            (report_text(1, 0) + "\n" + HEADER + "\nabc\tA\t1\tError\tm\n").encode(),
            "processing-record-invalid",
            id="record-not-a-number",
        ),
    ],
)
def test_unreadable_reports(data: bytes, code: str) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_processing_report(data, "cp1252", "report.xlsx")

    assert caught.value.code == code


def test_workbook_message_asks_for_the_text_format() -> None:
    with pytest.raises(UnreadableFileError) as caught:
        read_processing_report(b"PK\x03\x04", "cp1252", "report.xlsx")

    assert "report.xlsx" in caught.value.message("en")
    assert "text file (.txt)" in caught.value.message("en")
    assert "fichier texte (.txt)" in caught.value.message("fr")


def test_table_without_error_code_column() -> None:
    text = "original-record-number\tsku\terror-message\n1\tA\tm\n"

    with pytest.raises(HeaderError) as caught:
        read_processing_report(text.encode(), "cp1252", "report.txt")

    assert caught.value.code == "processing-heading-missing"
    assert caught.value.params["missing"] == "error-code, error-type"
