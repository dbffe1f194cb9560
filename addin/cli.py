"""The command line: ``handmade-relist convert | check | demo | retry``.

Only this module prints and exits. It reads files, calls the engine, prints the
problems as a table (or JSON) and a summary that adds up, and exits 0 (done), 1
(errors kept rows out) or 2 (bad usage or an input that cannot be read).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from addin import __version__
from addin.conversion import (
    Checked,
    Conversion,
    Progress,
    check_stock,
    collector_paused,
    convert,
)
from addin.errorcodes import error_code, explain
from addin.errors import InputError, RelistError, UsageError
from addin.exportlog import (
    export_log,
    export_log_path,
    read_export_log,
    write_upload_with_log,
)
from addin.marketplaces import DEFAULT_MARKETPLACE, MARKETPLACES
from addin.messages import render
from addin.problems import Problem
from addin.processing import ProcessingLine, ProcessingReport, read_processing_report
from addin.retry import (
    FilledTemplate,
    Upload,
    match_upload,
    read_upload,
    render_retry,
    retry_path,
)
from addin.settings import DEFAULT_LANGUAGE, LANGUAGES, Settings
from addin.stockfile import read_stock_file, refuse_bom
from addin.template import Template, read_template
from addin.templateexport import fill_template, settings_for
from addin.textfile import ENCODING_NAMES
from addin.upload import write_atomic
from addin.verdicts import RowOutcome, RowVerdict, Unmatched, Verdicts
from addin.workbook.build import build, new_workbook
from addin.workbook.layout import TEMPLATE_NAME

EXIT_OK = 0
EXIT_ROWS_KEPT_OUT = 1
EXIT_USAGE = 2

DEMO_REPORT = "inactive_listings_demo.txt"
DEMO_DEFAULT_QUANTITY = 1


class Output:
    """Where the command's text goes, in the seller's language."""

    def __init__(self, language: str, quiet: bool, stream: TextIO | None = None):
        self.language = language
        self.quiet = quiet
        self.stream = stream or sys.stdout

    def text(self, key: str, /, **params: Any) -> str:
        """A message of the catalogue in the output's language."""
        return render(key, self.language, **params)

    def say(self, key: str, /, **params: Any) -> None:
        """Print a message unless ``--quiet``."""
        if not self.quiet:
            print(self.text(key, **params), file=self.stream)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    language = getattr(args, "language", DEFAULT_LANGUAGE)
    _set_up_logging(getattr(args, "verbose", False))
    verbose = getattr(args, "verbose", False)
    try:
        # The whole command, not only the conversion: the collector's first pass
        # after a large conversion would cost as much as the pause saved.
        with collector_paused():
            result: int = args.run(args)
        return result
    except RelistError as error:
        _print_error(error.message(language), language, verbose)
        if getattr(args, "json", False):
            # A script reading --json gets the failure as JSON too.
            failure = {"code": error.code, "message": error.message(language)}
            print(json.dumps({"error": failure}, ensure_ascii=False, indent=2))
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - the last edge: one line, never a trace
        detail = render("unexpected", language, detail=repr(error))
        _print_error(detail, language, verbose)
        return EXIT_USAGE


def _print_error(message: str, language: str, verbose: bool) -> None:
    print(render("cli.error", language, message=message), file=sys.stderr)
    if verbose:
        traceback.print_exc()


def _set_up_logging(verbose: bool) -> None:
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, with its options and help."""
    parser = argparse.ArgumentParser(
        prog="handmade-relist",
        description=(
            "Reactivate inactive Amazon Handmade listings: turn the Inactive "
            "Listings Report into an Inventory Loader stock file."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_convert(commands)
    _add_check(commands)
    _add_demo(commands)
    _add_build_workbook(commands)
    _add_new_workbook(commands)
    _add_retry(commands)
    return parser


def _marketplace_option(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--marketplace",
        default=DEFAULT_MARKETPLACE,
        type=str.upper,
        choices=list(MARKETPLACES),
        help=f"the marketplace, {what} (default: FR)",
    )


def _language_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--language",
        default=DEFAULT_LANGUAGE,
        choices=LANGUAGES,
        help="language of the messages (default: fr)",
    )


def _common(command: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    _marketplace_option(command, "for its currency, FBA centre and encodings")
    _language_option(command)
    command.add_argument(
        "--encoding",
        help="encoding of the upload file (default: the marketplace's)",
    )
    command.add_argument(
        "--allow-delete",
        action="store_true",
        help="let add-delete d or x rows be exported",
    )
    if json_output:
        command.add_argument(
            "--json",
            action="store_true",
            help="print the problems and the summary as one JSON object",
        )
    command.add_argument(
        "--quiet", action="store_true", help="print nothing but errors"
    )
    command.add_argument(
        "--verbose", action="store_true", help="log each step; tracebacks on errors"
    )


def _add_convert(commands: Any) -> None:
    command = commands.add_parser(
        "convert",
        help="turn an Inactive Listings Report into an upload-ready stock file",
        description=convert_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("report", type=Path, help="the report, as downloaded")
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the upload file (default: InventoryLoader_<marketplace>_<time>.txt "
        "beside the report)",
    )
    command.add_argument(
        "--default-quantity",
        type=int,
        help="quantity for seller-fulfilled rows whose report quantity is 0",
    )
    command.add_argument(
        "--skip-invalid",
        action="store_true",
        help="write the valid rows even when other rows have errors",
    )
    command.add_argument(
        "--template",
        type=Path,
        metavar="SELLER_TEMPLATE",
        help="fill this template downloaded from Seller Central (offer template "
        ".xlsm/.xlsx, or Inventory Loader .txt/.xlsx) instead of the text format",
    )
    command.add_argument(
        "--handling-time",
        type=int,
        metavar="N",
        help="days to ship, written into the template's handling-time column "
        "(with --template only; default: blank)",
    )
    command.add_argument(
        "--force", action="store_true", help="replace the output file if it exists"
    )
    _common(command)
    command.set_defaults(run=convert_command)


def _add_check(commands: Any) -> None:
    command = commands.add_parser(
        "check",
        help="check an existing stock file before uploading it",
        description=check_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("stockfile", type=Path, help="the tab-delimited stock file")
    _common(command)
    command.set_defaults(run=check_command)


def _add_demo(commands: Any) -> None:
    command = commands.add_parser(
        "demo",
        help="convert the bundled sample report into a fresh folder",
        description=demo_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _language_option(command)
    command.add_argument("--verbose", action="store_true", help="log each step")
    command.set_defaults(run=demo_command)


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        marketplace=args.marketplace,
        default_quantity=getattr(args, "default_quantity", None),
        encoding=args.encoding,
        allow_delete=args.allow_delete,
        language=args.language,
        handling_time=getattr(args, "handling_time", None),
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError("file-not-found", file=str(path)) from error
    except OSError as error:
        raise InputError(
            "file-unreadable", file=str(path), detail=error.strerror
        ) from error


def convert_command(args: argparse.Namespace) -> int:
    """Turn an Inactive Listings Report into an Inventory Loader stock file.

    Every row is checked; with errors, no file is written unless --skip-invalid
    is given, and the problems are listed with their rows as Excel shows them.

    Example:
        handmade-relist convert inactive.txt --default-quantity 1 -o stock.txt
        handmade-relist convert inactive.txt --marketplace IT
            --template InventoryLoader_IT.xlsm --handling-time 2
    """
    settings = _settings(args)
    out = Output(settings.language, args.quiet or args.json)
    template = _template(args, settings)
    settings = settings_for(template, settings)
    data = _read(args.report)
    with progress_bar(len(data), out) as progress:
        conversion = convert(data, settings, args.report.name, progress)
    report = conversion.report
    assert report is not None
    out.say(
        "cli.read",
        file=args.report.name,
        encoding=report.encoding,
        rows=len(report.rows),
        marketplace=settings.marketplace,
    )
    if not report.rows:
        out.say("cli.no-rows", file=args.report.name)
        _print_json(args, conversion, None)
        return EXIT_OK

    upload = None
    if template is not None:
        conversion, upload = fill_template(template, conversion, settings)
    _print_problems(out, conversion.problems, with_report_line=True)
    written = _write_upload(args, settings, conversion, out, upload)
    _print_json(args, conversion, written)
    return EXIT_ROWS_KEPT_OUT if conversion.summary.errors else EXIT_OK


#: Reports from this size on get a progress bar, where the terminal can show one.
PROGRESS_BYTES = 1_000_000
_STEPS = ("read", "fill", "check")


@contextmanager
def progress_bar(
    size: int, out: Output, stream: TextIO | None = None
) -> Iterator[Progress | None]:
    """A progress bar over the conversion's steps on stderr, off with ``--quiet``.

    tqdm leaves it out by itself when the stream is not a terminal (a pipe, a
    file, a test), so the output a script reads never holds it.
    """
    if out.quiet or size < PROGRESS_BYTES:
        yield None
        return
    with tqdm(
        total=len(_STEPS),
        file=stream or sys.stderr,
        disable=None,
        leave=False,
        mininterval=0,
    ) as bar:

        def advance(step: str) -> None:
            bar.set_description_str(out.text(f"cli.step.{step}"))
            bar.update()

        yield advance


def _template(args: argparse.Namespace, settings: Settings) -> Template | None:
    path = getattr(args, "template", None)
    if path is None:
        if settings.handling_time is not None:
            raise UsageError("handling-time-needs-template")
        return None
    return read_template(_read(path), path.name, settings)


def _write_upload(
    args: argparse.Namespace,
    settings: Settings,
    conversion: Conversion,
    out: Output,
    upload: bytes | None = None,
) -> Path | None:
    summary = conversion.summary
    held_back = bool(summary.errors) and not args.skip_invalid
    rows = conversion.exportable
    if held_back or not rows:
        _print_summary(out, conversion, written=not rows)
        if held_back:
            out.say("cli.not-written", errors=summary.errors)
        return None
    template = getattr(args, "template", None)
    suffix = template.suffix.lower() if template and template.suffix else ".txt"
    path = args.output or _default_output(args.report, settings, suffix)
    log = export_log(
        rows,
        path.name,
        settings.export_encoding,
        datetime.now().isoformat(timespec="seconds"),
    )
    if upload is None:
        upload = conversion.upload_bytes(settings)
    try:
        write_upload_with_log(path, upload, log, args.force)
    except RelistError:
        _print_summary(out, conversion, written=False)
        raise
    _print_summary(out, conversion)
    if suffix in (".xlsx", ".xlsm"):
        out.say("cli.written-template", file=str(path), count=summary.exported)
        out.say("cli.upload-hint-template")
        return path
    encoding = settings.export_encoding
    out.say(
        "cli.written",
        file=str(path),
        count=summary.exported,
        encoding=ENCODING_NAMES.get(encoding, encoding),
    )
    out.say("cli.upload-hint")
    return path


def _default_output(report: Path, settings: Settings, suffix: str = ".txt") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return report.parent / f"InventoryLoader_{settings.marketplace}_{stamp}{suffix}"


def check_command(args: argparse.Namespace) -> int:
    """Check a stock file with every rule before it is uploaded.

    The rows are numbered as Excel shows the file (row 2 is the first data row).

    Example:
        handmade-relist check stock.txt --marketplace FR
    """
    settings = _settings(args)
    out = Output(settings.language, args.quiet or args.json)
    stock = read_stock_file(_read(args.stockfile), settings, args.stockfile.name)
    refuse_bom(stock, args.stockfile.name)
    out.say(
        "cli.read-stock",
        file=args.stockfile.name,
        encoding=stock.encoding,
        rows=len(stock.rows),
    )
    checked = check_stock(stock, settings)
    _print_problems(out, checked.problems, with_report_line=False)
    _print_summary(out, checked)
    if checked.summary.errors:
        out.say("cli.check-errors", errors=checked.summary.errors)
    else:
        out.say("cli.check-ok")
    _print_json(args, checked, None)
    return EXIT_ROWS_KEPT_OUT if checked.summary.errors else EXIT_OK


def demo_command(args: argparse.Namespace) -> int:
    """Convert the sample report bundled with the product into a fresh folder.

    Example:
        handmade-relist demo
    """
    folder = Path(tempfile.mkdtemp(prefix="handmade-relist-demo-"))
    report = folder / DEMO_REPORT
    report.write_bytes(
        resources.files("addin.samples").joinpath(DEMO_REPORT).read_bytes()
    )
    out = Output(args.language, quiet=False)
    out.say("cli.demo", folder=str(folder))
    demo_args = argparse.Namespace(
        report=report,
        output=folder / f"InventoryLoader_{DEFAULT_MARKETPLACE}_demo.txt",
        marketplace=DEFAULT_MARKETPLACE,
        language=args.language,
        encoding=None,
        allow_delete=False,
        default_quantity=DEMO_DEFAULT_QUANTITY,
        skip_invalid=False,
        force=False,
        json=False,
        quiet=False,
        verbose=args.verbose,
    )
    return convert_command(demo_args)


def _add_retry(commands: Any) -> None:
    command = commands.add_parser(
        "retry",
        help="read Amazon's processing report and write the rows to upload again",
        description=retry_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "processing_report",
        type=Path,
        metavar="PROCESSING_REPORT",
        help="the processing report, in its text format",
    )
    command.add_argument(
        "--upload",
        type=Path,
        required=True,
        help="the upload file that was sent (text, or your filled template workbook)",
    )
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the retry file (default: <upload>.retry.txt beside the upload file)",
    )
    _marketplace_option(command, "for the code page of the files")
    _language_option(command)
    command.add_argument(
        "--json", action="store_true", help="print the verdicts as one JSON object"
    )
    command.add_argument(
        "--force", action="store_true", help="replace the retry file if it exists"
    )
    command.add_argument("--verbose", action="store_true", help="log each step")
    command.set_defaults(run=retry_command)


def retry_command(args: argparse.Namespace) -> int:
    """Put Amazon's processing report back on the rows, and write the retry file.

    Each problem is matched to its row by record number (record 1 is the first
    data row), through the export log written beside the upload file by convert,
    and checked against the SKU the report gives. The retry file holds the rows
    Amazon refused or did not process, in the upload file's format and encoding;
    rows with warnings only were applied and are not retried. An upload made
    through your own template workbook is matched by SKU, and its retry file is
    a copy of that template holding the refused rows. Exit 1 when some report
    lines match no row.

    Example:
        handmade-relist retry processing.txt --upload stock.txt -o retry.txt
    """
    settings = Settings(marketplace=args.marketplace, language=args.language)
    out = Output(settings.language, args.json)
    report = read_processing_report(
        _read(args.processing_report),
        settings.market.report_encoding,
        args.processing_report.name,
    )
    upload = read_upload(_read(args.upload), settings, args.upload.name)
    log_path = export_log_path(args.upload)
    log = read_export_log(_read(log_path), log_path.name) if log_path.exists() else None
    verdicts = match_upload(report, upload, log)

    _print_verdicts(out, args.processing_report.name, report, verdicts, log_path.name)
    written = _write_retry(args, upload, verdicts, out)
    if not verdicts.all_matched:
        out.say("cli.retry-check")
    if args.json:
        print(json.dumps(_verdicts_json(report, verdicts, written, out), indent=2))
    agreed = verdicts.all_matched and verdicts.counts_agree
    return EXIT_OK if agreed else EXIT_ROWS_KEPT_OUT


def _print_verdicts(
    out: Output,
    file_name: str,
    report: ProcessingReport,
    verdicts: Verdicts,
    log_name: str,
) -> None:
    unknown = "?"
    out.say(
        "cli.retry-read",
        file=file_name,
        encoding=report.encoding,
        processed=unknown if report.processed is None else report.processed,
        successful=unknown if report.successful is None else report.successful,
        lines=len(report.lines),
    )
    if verdicts.by_sku:
        out.say("cli.retry-by-sku")
    out.say(
        "cli.retry-by-log" if verdicts.by_export_log else "cli.retry-by-order",
        file=log_name,
    )
    rows = len(verdicts.outcomes)
    if report.processed is not None and report.processed != rows:
        hint = "fewer" if report.processed < rows else "more"
        out.say(
            "cli.retry-count-differs", processed=report.processed, rows=rows, hint=hint
        )
    elif not verdicts.counts_agree:
        out.say(
            "cli.retry-successful-differs",
            processed=report.processed,
            successful=report.successful,
            refused=verdicts.count(RowVerdict.ERROR),
        )
    if report.fatal:
        out.say("cli.retry-fatal")

    for line in verdicts.file_lines:
        out.say("cli.retry-file-line", **_problem_params(out, line))
    for outcome in verdicts.outcomes:
        _print_outcome(out, outcome)
    if verdicts.unmatched:
        out.say("cli.retry-unmatched", count=len(verdicts.unmatched))
    for unmatched in verdicts.unmatched:
        _print_unmatched(out, unmatched, rows)
    out.say("cli.retry-summary", **_verdict_counts(verdicts))


def _problem_params(out: Output, line: ProcessingLine) -> dict[str, str]:
    return {
        "code": line.error_code,
        "type": line.error_type,
        "fix": explain(line.error_code, line.error_message, out.language),
    }


def _print_outcome(out: Output, outcome: RowOutcome) -> None:
    stock = ""
    if outcome.stock_row is not None:
        stock = out.text("cli.retry-stock-row", row=outcome.stock_row)
    out.say(
        "cli.retry-row",
        record=outcome.record,
        line=outcome.row.row,
        stock=stock,
        sku=outcome.row.sku,
        verdict=out.text(f"cli.verdict.{outcome.verdict.value}"),
    )
    for line in outcome.lines:
        out.say("cli.retry-problem", **_problem_params(out, line))


def _print_unmatched(out: Output, unmatched: Unmatched, rows: int) -> None:
    line = unmatched.line
    out.say(
        f"cli.retry-unmatched.{unmatched.reason.value}",
        line=line.line,
        record=line.record,
        sku=line.sku,
        rows=rows,
        expected=unmatched.expected_sku,
        **_problem_params(out, line),
    )


def _verdict_counts(verdicts: Verdicts) -> dict[str, int]:
    counts = {verdict.value: verdicts.count(verdict) for verdict in RowVerdict}
    return {
        "rows": len(verdicts.outcomes),
        **counts,
        "unmatched": len(verdicts.unmatched),
    }


def _write_retry(
    args: argparse.Namespace, upload: Upload, verdicts: Verdicts, out: Output
) -> Path | None:
    rows = verdicts.retry_rows
    if not rows:
        out.say("cli.retry-nothing")
        return None
    path = args.output or retry_path(args.upload)
    write_atomic(path, render_retry(upload, rows), force=args.force)
    if isinstance(upload, FilledTemplate):
        out.say("cli.retry-written-template", file=str(path), count=len(rows))
        return path
    out.say(
        "cli.retry-written",
        file=str(path),
        count=len(rows),
        encoding=ENCODING_NAMES.get(upload.encoding, upload.encoding),
    )
    return path


def _line_json(line: ProcessingLine, language: str) -> dict[str, object]:
    known = error_code(line.error_code)
    return {
        "line": line.line,
        "record": line.record,
        "sku": line.sku,
        "error_code": line.error_code,
        "error_type": line.error_type,
        "error_message": line.error_message,
        "fix": explain(line.error_code, line.error_message, language),
        "certainty": known.certainty.value if known else None,
    }


def _verdicts_json(
    report: ProcessingReport, verdicts: Verdicts, written: Path | None, out: Output
) -> dict[str, object]:
    language = out.language
    return {
        "processed": report.processed,
        "successful": report.successful,
        "matched_by": _matched_by(verdicts),
        "file_problems": [_line_json(line, language) for line in verdicts.file_lines],
        "rows": [
            {
                "record": outcome.record,
                "line": outcome.row.row,
                "stock_row": outcome.stock_row,
                "sku": outcome.row.sku,
                "verdict": outcome.verdict.value,
                "problems": [_line_json(line, language) for line in outcome.lines],
            }
            for outcome in verdicts.outcomes
        ],
        "unmatched": [
            {
                **_line_json(unmatched.line, language),
                "reason": unmatched.reason.value,
                "expected_sku": unmatched.expected_sku,
            }
            for unmatched in verdicts.unmatched
        ],
        "summary": _verdict_counts(verdicts),
        "output": str(written) if written else None,
    }


def _matched_by(verdicts: Verdicts) -> str:
    if verdicts.by_sku:
        return "sku"
    return "export-log" if verdicts.by_export_log else "row-order"


def _print_problems(
    out: Output, problems: list[Problem], *, with_report_line: bool
) -> None:
    if not problems:
        return
    out.say("cli.problems", count=len(problems))
    for found in problems:
        line = ""
        if with_report_line and found.line is not None:
            line = out.text("cli.problem-report-line", line=found.line)
        out.say(
            "cli.problem-line",
            row=found.row,
            line=line,
            column=found.column,
            code=found.code,
            severity=out.text(f"cli.severity.{found.severity.value}"),
            message=found.message(out.language),
        )


def _print_summary(out: Output, checked: Checked, written: bool = True) -> None:
    # When no file is written, no row is "exported": the valid ones are ready.
    summary = checked.summary
    out.say("cli.summary" if written else "cli.summary-held", **summary.as_dict())
    if summary.reasons:
        reasons = ", ".join(
            f"{code} {count}" for code, count in summary.reasons.items()
        )
        out.say("cli.reasons", reasons=reasons)


def _print_json(
    args: argparse.Namespace, checked: Checked, written: Path | None
) -> None:
    if not getattr(args, "json", False):
        return
    document = {
        "summary": checked.summary.as_dict(),
        "problems": [p.as_dict(args.language) for p in checked.problems],
        "output": str(written) if written else None,
    }
    print(json.dumps(document, ensure_ascii=False, indent=2))


def _add_build_workbook(commands: Any) -> None:
    command = commands.add_parser(
        "build-workbook",
        help="build workbook_template.xlsm from its sources",
        description=build_workbook_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(TEMPLATE_NAME),
        help=f"the workbook to write (default: {TEMPLATE_NAME}, replaced)",
    )
    _language_option(command)
    command.add_argument("--verbose", action="store_true", help="log each step")
    command.set_defaults(run=build_workbook_command)


def _add_new_workbook(commands: Any) -> None:
    command = commands.add_parser(
        "new-workbook",
        help="make your own workbook, bound to this Python",
        description=new_workbook_command.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("path", type=Path, help="the .xlsm file to create")
    _language_option(command)
    command.add_argument("--verbose", action="store_true", help="log each step")
    command.set_defaults(run=new_workbook_command)


def build_workbook_command(args: argparse.Namespace) -> int:
    """Build the workbook template from its text sources, reproducibly.

    The same sources and the same pinned build dependencies give the same bytes.

    Example:
        handmade-relist build-workbook -o workbook_template.xlsm
    """
    path = build(args.output, args.language)
    Output(args.language, quiet=False).say("cli.workbook-built", file=str(path))
    return EXIT_OK


def new_workbook_command(args: argparse.Namespace) -> int:
    """Create your own workbook, bound to the Python that runs this command.

    The interpreter of this Python goes into the workbook's xlwings.conf sheet;
    an existing file is never replaced.

    Example:
        handmade-relist new-workbook ~/Documents/relist.xlsm --language fr
    """
    path = new_workbook(args.path, args.language)
    Output(args.language, quiet=False).say("cli.workbook-created", file=str(path))
    return EXIT_OK


Runner = Callable[[argparse.Namespace], int]
