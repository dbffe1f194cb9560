"""The stand-in's fast store: the rows of large blocks, held and calculated here.

pyOpenVBA writes a formula cell in about half a millisecond and more as a sheet
fills (it tracks every dependency), so ten thousand stock rows would take
minutes. An :class:`~tests.standin.excel.Excel` made with ``fast_from_row``
keeps every row from that one on, on every sheet, in this store instead; the
rows above it stay pyOpenVBA's, so the cells a test inspects behave as measured.

The store models only what the handlers' bulk blocks need, and refuses the rest
so that a test relying on more fails instead of passing on a guess:

- written values as xlwings sends them; a string in a General cell is re-typed
  when it is a number (``00123``, ``1E5``, ``-12``) or a formula; the date
  re-typing of ``1-2`` or ``MAR1`` is pyOpenVBA's alone, in the rows above;
- formulas of the stock sheet's vocabulary (IF, AND, OR, ISNUMBER, INDEX over
  whole columns, ``&``, comparisons, cells and defined names), calculated when
  read, with Excel's rules for empty cells and case-blind text comparison;
- formulas read back with sheet names unquoted where Excel would not quote them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: A number as Excel recognises one typed into a General cell.
_TYPED_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TOKEN = re.compile(
    r"""\s*(?:
    (?P<string>"(?:[^"]|"")*")
    |(?P<column>(?:'(?:[^']|'')+'|[^\W\d][\w.]*)!\$?[A-Z]{1,3}:\$?[A-Z]{1,3})
    |(?P<cell>\$?[A-Z]{1,3}\$?\d+)(?![\w(])
    |(?P<number>\d+(?:\.\d+)?)
    |(?P<name>[^\W\d][\w.]*)
    |(?P<op><>|>=|<=|[=<>&,()])
    )""",
    re.VERBOSE,
)
_QUOTED_SHEET = re.compile(r"'([^\W\d][\w.]*)'!")
_COMPARISONS: dict[str, Callable[[int], bool]] = {
    "=": lambda c: c == 0,
    "<>": lambda c: c != 0,
    ">": lambda c: c > 0,
    "<": lambda c: c < 0,
    ">=": lambda c: c >= 0,
    "<=": lambda c: c <= 0,
}


class NotModelled(NotImplementedError):
    """A formula the fast store does not calculate: keep that test above it."""


@dataclass
class Entry:
    """One cell of the store: its value, or the formula that gives it."""

    value: Any = None
    formula: str | None = None


def retyped(text: str) -> Any:
    """A string written into a General cell of the store, as Excel keeps it."""
    if _TYPED_NUMBER.fullmatch(text.strip()):
        return float(text)
    return text


def excel_spelling(formula: str) -> str:
    """A formula as Excel hands it back: sheet names quoted only when needed."""
    return _QUOTED_SHEET.sub(r"\1!", formula)


def column_number(letters: str) -> int:
    """``A`` is 1, ``AB`` is 28."""
    number = 0
    for letter in letters.lstrip("$"):
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


Cells = Callable[[str | None, int, int], Any]
Names = Callable[[str], Any]
Node = Callable[[int, Cells, Names], Any]


class Parser:
    """Turns a formula into a function of (row, cells, names), once per shape."""

    def __init__(self, formula: str) -> None:
        self.tokens = [
            (match.lastgroup or "", match.group(match.lastgroup or 0))
            for match in _TOKEN.finditer(formula.removeprefix("="))
        ]
        self.position = 0

    def parse(self) -> Node:
        """The whole formula."""
        node = self._comparison()
        if self.position != len(self.tokens):
            raise NotModelled(f"unexpected {self.tokens[self.position]}")
        return node

    def _peek(self) -> tuple[str, str]:
        if self.position < len(self.tokens):
            return self.tokens[self.position]
        return ("end", "")

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        self.position += 1
        return token

    def _comparison(self) -> Node:
        left = self._concatenation()
        kind, text = self._peek()
        if kind == "op" and text in _COMPARISONS:
            self._take()
            right = self._concatenation()
            test = _COMPARISONS[text]
            return lambda r, c, n: test(compare(left(r, c, n), right(r, c, n)))
        return left

    def _concatenation(self) -> Node:
        parts = [self._primary()]
        while self._peek() == ("op", "&"):
            self._take()
            parts.append(self._primary())
        if len(parts) == 1:
            return parts[0]
        return lambda r, c, n: "".join(text_of(part(r, c, n)) for part in parts)

    def _primary(self) -> Node:
        kind, text = self._take()
        if kind == "string":
            literal = text[1:-1].replace('""', '"')
            return lambda r, c, n: literal
        if kind == "number":
            number = float(text)
            return lambda r, c, n: number
        if kind == "cell":
            return self._cell(text)
        if kind == "column":
            sheet, _, letters = text.rpartition("!")
            return _column_node(sheet.strip("'").replace("''", "'"), letters)
        if kind == "name" and self._peek() == ("op", "("):
            return self._function(text.upper())
        if kind == "name":
            return lambda r, c, n: n(text)
        raise NotModelled(f"unexpected {text!r}")

    def _cell(self, text: str) -> Node:
        match = re.fullmatch(r"(\$?[A-Z]+)(\$?)(\d+)", text)
        assert match is not None
        column = column_number(match.group(1))
        # The store calculates a formula at the row it sits on: a relative row
        # is kept as it was written, since Range.formula never moves it.
        row = int(match.group(3))
        return lambda r, c, n: c(None, row, column)

    def _function(self, name: str) -> Node:
        self._take()
        arguments: list[Node] = []
        while self._peek() != ("op", ")"):
            arguments.append(self._comparison())
            if self._peek() == ("op", ","):
                self._take()
        self._take()
        return _function_node(name, arguments)


def _column_node(sheet: str, letters: str) -> Node:
    first, _, last = letters.partition(":")
    if first.lstrip("$") != last.lstrip("$"):
        raise NotModelled("ranges of several columns")
    column = column_number(first)
    return lambda r, c, n: ("column", sheet, column)


def _function_node(name: str, arguments: list[Node]) -> Node:
    if name == "IF":
        otherwise: Node = _false
        test, then = arguments[:2]
        if len(arguments) == 3:
            otherwise = arguments[2]
        return lambda r, c, n: (
            then(r, c, n) if truth(test(r, c, n)) else otherwise(r, c, n)
        )
    if name == "AND":
        return lambda r, c, n: all(truth(a(r, c, n)) for a in arguments)
    if name == "OR":
        return lambda r, c, n: any(truth(a(r, c, n)) for a in arguments)
    if name == "ISNUMBER":
        (argument,) = arguments
        return lambda r, c, n: _is_number(argument(r, c, n))
    if name == "INDEX":
        area, position = arguments

        def index(r: int, c: Cells, n: Names) -> Any:
            _, sheet, column = area(r, c, n)
            return c(sheet, int(position(r, c, n)), column)

        return index
    raise NotModelled(f"the function {name}")


def _false(row: int, cells: Cells, names: Names) -> Any:
    return False


def _is_number(value: Any) -> bool:
    return isinstance(value, float) and not isinstance(value, bool)


def truth(value: Any) -> bool:
    """A condition's value as IF reads it."""
    if isinstance(value, str):
        raise NotModelled("a text condition (#VALUE! in Excel)")
    return bool(value)


def text_of(value: Any) -> str:
    """A value as ``&`` joins it: empty is "", 1.0 is "1", TRUE in capitals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def compare(left: Any, right: Any) -> int:
    """Excel's order: numbers before text before booleans; text without case."""
    if left is None:
        left = "" if isinstance(right, str) else 0.0
    if right is None:
        right = "" if isinstance(left, str) else 0.0
    ranks = [_rank(left), _rank(right)]
    if ranks[0] != ranks[1]:
        return -1 if ranks[0] < ranks[1] else 1
    if isinstance(left, str):
        left, right = left.lower(), str(right).lower()
    return int(left > right) - int(left < right)


def _rank(value: Any) -> int:
    if isinstance(value, bool):
        return 2
    return 1 if isinstance(value, str) else 0


class Store:
    """The cells of every sheet from row ``first_row`` on."""

    def __init__(self, first_row: int) -> None:
        self.first_row = first_row
        self.sheets: dict[int, dict[tuple[int, int], Entry]] = {}
        self.formats: dict[int, dict[int, list[tuple[int, int, str]]]] = {}
        self._shapes: dict[str, Node] = {}

    def cells(self, worksheet: Any) -> dict[tuple[int, int], Entry]:
        """The store's cells of one sheet."""
        return self.sheets.setdefault(id(worksheet), {})

    def set_format(
        self, worksheet: Any, area: tuple[int, int, int, int], code: str
    ) -> None:
        """Give a block of the store a number format."""
        top, left, bottom, right = area
        columns = self.formats.setdefault(id(worksheet), {})
        for column in range(left, right + 1):
            columns.setdefault(column, []).append((top, bottom, code))

    def format_at(self, worksheet: Any, row: int, column: int) -> str:
        """The number format of a cell: the last given, else its column's."""
        for top, bottom, code in reversed(
            self.formats.get(id(worksheet), {}).get(column, [])
        ):
            if top <= row <= bottom:
                return code
        return str(worksheet.style_at(self.first_row, column).number_format)

    def calculated(self, formula: str, cells: Cells, names: Names) -> Any:
        """A formula's value; an empty reference as a result reads 0, as in Excel."""
        node = self._shapes.get(formula)
        if node is None:
            node = self._shapes[formula] = Parser(formula).parse()
        value = node(0, cells, names)
        return 0.0 if value is None else value
