"""Time ``convert`` against the pandas baseline the design pins, and its peak memory.

For each size, a synthetic Inactive Listings Report (28 columns, English headers,
Windows-1252, a mix of seller-fulfilled and FBA rows) is written to a temporary
folder. In the same process, the baseline (pandas ``read_csv`` with the C engine,
``sep="\\t"``, ``dtype=str``, ``quoting=csv.QUOTE_NONE``, ``keep_default_na=False``,
then ``to_csv`` with ``sep="\\t"`` and no quoting) and the product's conversion
(read, fill, check, write the upload file and its export log, through the
command line's own entry point) are each timed, best of a few runs; the
peak memory of the conversion is measured apart with tracemalloc.

Usage:
    python benchmarks/convert_benchmark.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import csv
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from addin import cli

COLUMNS = (
    "item-name",
    "item-description",
    "listing-id",
    "seller-sku",
    "price",
    "quantity",
    "open-date",
    "image-url",
    "item-is-marketplace",
    "product-id-type",
    "zshop-shipping-fee",
    "item-note",
    "item-condition",
    "zshop-category1",
    "zshop-browse-path",
    "zshop-storefront-feature",
    "asin1",
    "asin2",
    "asin3",
    "will-ship-internationally",
    "expedited-shipping",
    "zshop-boldface",
    "product-id",
    "bid-for-featured-placement",
    "add-delete",
    "pending-quantity",
    "fulfillment-channel",
    "merchant-shipping-group",
)


def synthetic_report(rows: int) -> bytes:
    """A report of ``rows`` offers, every fifth one fulfilled by Amazon."""
    lines = ["\t".join(COLUMNS)]
    for n in range(rows):
        fba = n % 5 == 0
        record = dict.fromkeys(COLUMNS, "")
        record.update(
            {
                "item-name": f"Bol en céramique émaillée n°{n} – 450 ml, fait main",
                "listing-id": f"1203X{n:06d}",
                "seller-sku": f"HM-{n:07d}",
                "price": f"{10 + n % 90}.{n % 100:02d}",
                "quantity": "" if fba else str(n % 4),
                "open-date": "2024-02-14 09:05:47 CET",
                "item-is-marketplace": "y",
                "product-id-type": "1",
                "item-condition": "11",
                "asin1": f"B0{n:08d}",
                "product-id": f"B0{n:08d}",
                "pending-quantity": "0",
                "fulfillment-channel": "AMAZON_EU" if fba else "DEFAULT",
                "merchant-shipping-group": "Migrated Template",
            }
        )
        lines.append("\t".join(record[c] for c in COLUMNS))
    return ("\n".join(lines) + "\n").encode("cp1252")


def baseline(report: Path, out: Path) -> None:
    """The pinned pandas round trip."""
    frame = pd.read_csv(
        report,
        sep="\t",
        dtype=str,
        quoting=csv.QUOTE_NONE,
        keep_default_na=False,
        engine="c",
        encoding="cp1252",
    )
    frame.to_csv(out, sep="\t", quoting=csv.QUOTE_NONE, index=False)


def product(report: Path, out: Path) -> None:
    """The product's whole job on the same file, as the command line runs it."""
    argv = ["convert", str(report), "-o", str(out), "--force", "--quiet"]
    code = cli.main([*argv, "--default-quantity", "1"])
    assert code == 0, f"convert exited {code}"


def best_time(
    job: Callable[[Path, Path], None], report: Path, out: Path, runs: int
) -> float:
    """The fastest of a few runs, in seconds."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        job(report, out)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory(job: Callable[[Path, Path], None], report: Path, out: Path) -> int:
    """The peak of Python allocations during one run, in bytes."""
    gc.collect()
    tracemalloc.start()
    job(report, out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    """Measure each size and print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", nargs="+", type=int, default=[10_000, 100_000, 1_000_000]
    )
    args = parser.parse_args()
    print("rows\tbaseline_s\tconvert_s\tratio\tconvert_s_per_100k\tpeak_mib")
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.sizes:
            report = Path(folder) / f"report_{rows}.txt"
            report.write_bytes(synthetic_report(rows))
            runs = 3 if rows <= 100_000 else 1
            base = best_time(baseline, report, Path(folder) / "base.txt", runs)
            ours = best_time(product, report, Path(folder) / "ours.txt", runs)
            peak = peak_memory(product, report, Path(folder) / "ours.txt")
            print(
                f"{rows}\t{base:.3f}\t{ours:.3f}\t{ours / base:.2f}\t"
                f"{ours / rows * 100_000:.3f}\t{peak / 2**20:.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
