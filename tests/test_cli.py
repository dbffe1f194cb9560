"""The command line: exit codes and the whole output of each command."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from addin.cli import PROGRESS_BYTES, Output, main, progress_bar

HEADER = "seller-sku\tprice\tquantity\tasin1\tfulfillment-channel"
GOLDEN = Path(__file__).parent / "golden"
#: Two report rows: one that exports, one whose price is missing.
ONE_VALID_ONE_PRICELESS = (
    "S-1\t12.50\t1\tB0AAAAAAA1\tDEFAULT",
    "S-2\t\t1\tB0AAAAAAA2\tDEFAULT",
)
HEADINGS = (
    "sku\tproduct-id\tproduct-id-type\tprice\titem-condition\tquantity\tadd-delete"
)


def write(folder: Path, name: str, *lines: str, header: str = HEADER) -> Path:
    path = folder / name
    path.write_bytes(("\n".join([header, *lines]) + "\n").encode("utf-8"))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_convert_clean_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    out = tmp_path / "up.txt"
    code, stdout, stderr = run(
        capsys, "convert", str(report), "-o", str(out), "--language", "en"
    )
    assert (code, stderr) == (0, "")
    assert stdout == (
        "Report read: r.txt (UTF-8, 1 row, marketplace FR).\n"
        "Summary: 1 row = 1 exported + 0 kept out by an error + 0 skipped "
        "+ 0 excluded.\n"
        f"File written: {out} (1 row, Windows-1252).\n"
        'In Seller Central: Catalog > Add Products via Upload > file type "Inventory '
        'Loader File".\n'
    )
    assert (
        out.read_bytes().split(b"\r\n")[1]
        == b"S-1\tB0AAAAAAA1\t1\t12.50\t\t\t11\t2\ta\t\t\t\t"
    )


def test_convert_with_errors_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t0\tB0AAAAAAA1\tDEFAULT")
    out = tmp_path / "up.txt"
    code, stdout, _ = run(capsys, "convert", str(report), "-o", str(out))
    assert code == 1
    assert not out.exists()
    assert stdout == (
        "Rapport lu : r.txt (UTF-8, 1 ligne, place de marché FR).\n"
        "Problèmes (1) :\n"
        "  ligne 2 (rapport, ligne 2) | quantity | quantity-needed (erreur) : Offre "
        "expédiée par vous sans quantité au-dessus de 0 (le rapport donne « 0 » et "
        "aucune quantité par défaut n'est réglée) : elle resterait fermée. Indiquez "
        "le stock disponible, ou une quantité par défaut (--default-quantity ou "
        "paramètres).\n"
        "Résumé : 1 ligne = 0 exportée + 1 bloquée par une erreur + 0 ignorée + "
        "0 exclue.\n"
        "Raisons : quantity-needed 1.\n"
        "Aucun fichier écrit : 1 ligne a des erreurs. Corrigez-la, ou relancez "
        "avec --skip-invalid pour n'exporter que les lignes valides.\n"
    )


def test_skip_invalid_writes_the_valid_rows_and_still_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", *ONE_VALID_ONE_PRICELESS)
    out = tmp_path / "up.txt"
    code, _, _ = run(
        capsys, "convert", str(report), "-o", str(out), "--skip-invalid", "--quiet"
    )
    assert code == 1
    assert [line.split(b"\t")[0] for line in out.read_bytes().split(b"\r\n")[1:-1]] == [
        b"S-1"
    ]


def test_header_only_report_exits_0_without_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt")
    code, stdout, _ = run(capsys, "convert", str(report), "--language", "en")
    assert code == 0
    assert stdout.endswith(
        "r.txt holds only its header row: no inactive listings, nothing to reactivate. "
        "No file was written.\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b"seller-sku,price,quantity\nS,1,1\n", "(CSV)", id="csv"),
        pytest.param(b"PK\x03\x04....", "is an Excel workbook", id="workbook"),
        pytest.param(
            b"seller-sku\tprice\n", "lacks the column quantity", id="missing-column"
        ),
    ],
)
def test_unreadable_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, fragment: str
) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(content)
    code, stdout, stderr = run(capsys, "convert", str(report), "--language", "en")
    assert (code, stdout) == (2, "")
    assert stderr.startswith("Error: ")
    assert fragment in stderr
    assert stderr.count("\n") == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run(
        capsys, "convert", str(tmp_path / "nope.txt"), "--language", "en"
    )
    assert code == 2
    assert (
        stderr == f"Error: File not found: {tmp_path / 'nope.txt'}. Check the path.\n"
    )


def test_existing_output_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    out = tmp_path / "up.txt"
    out.write_bytes(b"keep me")
    code, _, stderr = run(
        capsys, "convert", str(report), "-o", str(out), "--language", "en"
    )
    assert code == 2
    assert "already exists" in stderr
    assert out.read_bytes() == b"keep me"
    code, _, _ = run(
        capsys, "convert", str(report), "-o", str(out), "--force", "--quiet"
    )
    assert code == 0
    assert out.read_bytes().startswith(b"sku\t")


def test_default_output_name_beside_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    code, _, _ = run(capsys, "convert", str(report), "--marketplace", "de", "--quiet")
    assert code == 0
    (written,) = [p for p in tmp_path.glob("*.txt") if p.name != "r.txt"]
    assert (tmp_path / f"{written.name}.records.json").is_file()
    assert written.name.startswith("InventoryLoader_DE_")
    assert written.suffix == ".txt"
    assert len(written.stem) == len("InventoryLoader_DE_20261203-101500")


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = write(
        tmp_path,
        "r.txt",
        "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT",
        "S-2\t0\t2\tB0AAAAAAA2\tDEFAULT",
    )
    code, stdout, _ = run(capsys, "convert", str(report), "--json", "--language", "en")
    assert code == 1
    document = json.loads(stdout)
    assert document["summary"] == {
        "rows": 2,
        "exported": 1,
        "errors": 1,
        "skipped": 0,
        "excluded": 0,
        "warnings": 0,
        "reasons": {"price-not-positive": 1},
    }
    assert document["output"] is None
    (found,) = document["problems"]
    assert (found["row"], found["line"], found["code"], found["severity"]) == (
        3,
        3,
        "price-not-positive",
        "error",
    )
    assert found["message"].startswith('The price "0" must be above 0')


def test_encoding_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = write(tmp_path, "r.txt", "SKU-✓\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    out = tmp_path / "up.txt"
    assert run(capsys, "convert", str(report), "-o", str(out), "--quiet")[0] == 1
    code, _, _ = run(
        capsys, "convert", str(report), "-o", str(out), "--encoding", "utf-8", "--quiet"
    )
    assert code == 0
    assert "SKU-✓".encode() in out.read_bytes()


def test_bad_option_values_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    code, _, stderr = run(
        capsys, "convert", str(report), "--default-quantity", "0", "--language", "en"
    )
    assert code == 2
    assert "Default quantity" in stderr
    code, _, stderr = run(
        capsys, "convert", str(report), "--encoding", "klingon", "--language", "en"
    )
    assert code == 2
    assert 'Unknown encoding "klingon"' in stderr
    with pytest.raises(SystemExit) as raised:
        main(["convert", str(report), "--marketplace", "XX"])
    assert raised.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_check_a_clean_stock_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stock = tmp_path / "stock.txt"
    stock.write_bytes((GOLDEN / "demo.txt").read_bytes())
    code, stdout, _ = run(capsys, "check", str(stock), "--language", "en")
    assert code == 0
    assert stdout == (
        "Stock file read: stock.txt (UTF-8, 6 rows).\n"
        "Summary: 6 rows = 6 exported + 0 kept out by an error + 0 skipped "
        "+ 0 excluded.\n"
        "No error: the stock file can be uploaded.\n"
    )


def test_check_finds_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (GOLDEN / "demo.txt").read_bytes().split(b"\r\n")
    lines[1] = lines[1].replace(b"\t32.00\t", b"\t32,000\t")
    stock = tmp_path / "stock.txt"
    stock.write_bytes(b"\r\n".join(lines))
    code, stdout, _ = run(capsys, "check", str(stock), "--language", "en")
    assert code == 1
    assert "  row 2 | price | price-invalid (error): " in stdout
    assert stdout.endswith("1 row would be refused: fix it before uploading.\n")


@pytest.mark.parametrize(
    ("header", "code"),
    [
        pytest.param("seller-sku\tproduct-id", "lacks the heading", id="renamed"),
        pytest.param(f"{HEADINGS}\tprice ", "has spaces", id="trailing-space"),
        pytest.param(f"{HEADINGS}\tprice", "appears twice", id="twice"),
    ],
)
def test_check_refuses_headings_amazon_would_reject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, code: str
) -> None:
    stock = tmp_path / "stock.txt"
    stock.write_bytes(f"{header}\r\nA\tB\tC\r\n".encode())
    exit_code, _, stderr = run(capsys, "check", str(stock), "--language", "en")
    assert exit_code == 2
    assert code in stderr


def test_check_accepts_the_template_type_header_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (GOLDEN / "demo.txt").read_bytes().split(b"\r\n")
    template = [
        b"TemplateType=InventoryLoader\tVersion=2014.0415",
        b"SKU\tProduct ID",
        *lines,
    ]
    stock = tmp_path / "stock.txt"
    stock.write_bytes(b"\r\n".join(template))
    code, stdout, _ = run(capsys, "check", str(stock), "--json")
    assert code == 0
    assert json.loads(stdout)["summary"]["rows"] == 6


def test_demo_writes_into_a_fresh_folder_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, stdout, _ = run(capsys, "demo", "--language", "en")
    assert code == 0
    folder = Path(stdout.split(" in ", 1)[1].split(".\n", 1)[0])
    written = folder / "InventoryLoader_FR_demo.txt"
    assert written.read_bytes() == (GOLDEN / "demo.txt").read_bytes()
    again, second, _ = run(capsys, "demo")
    assert again == 0
    assert second.split("\n")[0] != stdout.split("\n")[0]


def test_python_dash_m_addin_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "addin", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("handmade-relist ")


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as a seller's console is."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_large_report_in_a_terminal() -> None:
    screen = Terminal()
    with progress_bar(PROGRESS_BYTES, Output("en", quiet=False), screen) as progress:
        assert progress is not None
        for step in ("read", "fill", "check"):
            progress(step)
    shown = screen.getvalue()
    assert "report read" in shown
    assert "rows checked" in shown
    assert "3/3" in shown


@pytest.mark.parametrize(
    ("size", "quiet"),
    [
        pytest.param(PROGRESS_BYTES - 1, False, id="small-report"),
        pytest.param(PROGRESS_BYTES, True, id="quiet"),
    ],
)
def test_no_progress_bar(size: int, quiet: bool) -> None:
    screen = Terminal()
    with progress_bar(size, Output("en", quiet=quiet), screen) as progress:
        assert progress is None
    assert screen.getvalue() == ""


def test_no_progress_bar_outside_a_terminal() -> None:
    stream = io.StringIO()
    with progress_bar(PROGRESS_BYTES, Output("en", quiet=False), stream) as progress:
        assert progress is not None
        progress("read")
    assert stream.getvalue() == ""


def test_check_refuses_a_stock_file_with_a_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stock = tmp_path / "stock.txt"
    stock.write_bytes(b"\xef\xbb\xbf" + (GOLDEN / "demo.txt").read_bytes())
    code, stdout, stderr = run(capsys, "check", str(stock), "--language", "en")
    assert (code, stdout) == (2, "")
    assert "byte order mark" in stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "UTF-32"])
def test_encodings_that_write_a_bom_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t2\tB0AAAAAAA1\tDEFAULT")
    code, _, stderr = run(capsys, "convert", str(report), "--encoding", encoding)
    assert code == 2
    assert "BOM" in stderr
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_json_output_of_an_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(b"")
    code, stdout, stderr = run(
        capsys, "convert", str(report), "--json", "--language", "en"
    )
    assert code == 2
    assert json.loads(stdout)["error"]["code"] == "file-empty"
    assert stderr.startswith("Error: ")


def test_valid_rows_held_back_are_not_called_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", *ONE_VALID_ONE_PRICELESS)
    code, stdout, _ = run(capsys, "convert", str(report), "--language", "en")
    assert code == 1
    assert "2 rows = 1 valid (not written) + 1 kept out by an error" in stdout


def test_a_failed_write_is_not_summarised_as_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write(tmp_path, "r.txt", "S-1\t12.50\t1\tB0AAAAAAA1\tDEFAULT")
    out = tmp_path / "missing" / "up.txt"
    code, stdout, stderr = run(
        capsys, "convert", str(report), "-o", str(out), "--language", "en"
    )
    assert code == 2
    assert "1 valid (not written)" in stdout
    assert "exported" not in stdout
    assert "Cannot write" in stderr
