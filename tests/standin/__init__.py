"""A stand-in for the parts of xlwings the Excel handlers use, for the tests.

Built over pyOpenVBA's in-memory Excel, which calculates formulas and re-types
written strings as Excel does; the rules of ``EXCEL.md`` it does not model are
added here, each with a test of its own in ``tests/test_standin.py``. Only
xlwings' names and signatures are offered, so a handler calling something
xlwings lacks fails in the tests.
"""

from tests.standin.book import Book, Name, Names, Sheets
from tests.standin.excel import App, Excel, RoundTrips
from tests.standin.range import Range
from tests.standin.sheet import Sheet, Table, Tables

__all__ = [
    "App",
    "Book",
    "Excel",
    "Name",
    "Names",
    "Range",
    "RoundTrips",
    "Sheet",
    "Sheets",
    "Table",
    "Tables",
]
