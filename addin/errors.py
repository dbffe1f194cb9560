"""The one exception tree of the product.

::

    RelistError                 every error the product raises on purpose
    +-- InputError              the seller's input is wrong: exit code 2
    |   +-- UsageError          a bad option or setting value
    |   +-- UnreadableFileError a file that is not what it should be (empty,
    |                           comma-separated, a workbook, undecodable)
    |   +-- HeaderError         a header row the rules cannot work with (a
    |                           missing or duplicated column)
    +-- EnvironmentProblem      the machine is in the way, not the input
        +-- OutputExistsError   the output file is there and --force was not given
        +-- WriteError          the output file cannot be written

Each error carries a message code and the values the message names; the edges
render it in French or English with :func:`addin.messages.render`. The library
never prints: the command line and the Excel handlers translate.
"""

from __future__ import annotations

from typing import Any

from addin.messages import render


class RelistError(Exception):
    """Base of every error the product raises on purpose.

    Args:
        code: the message code, a key of the message catalogues.
        **params: the values the message names (file, column, value...).
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, language: str = "fr") -> str:
        """The error in the seller's language, naming the value and the fix."""
        return render(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class InputError(RelistError):
    """The seller's input is wrong; the command line exits with code 2."""


class UsageError(InputError):
    """An option or setting has a value the product does not accept."""


class UnreadableFileError(InputError):
    """A file is not the text table it should be."""


class HeaderError(InputError):
    """A header row misses a column the rules need, or holds one twice."""


class EnvironmentProblem(RelistError):
    """Something outside the seller's data stops the work (files, Excel)."""


class OutputExistsError(EnvironmentProblem):
    """The output file exists and overwriting it was not asked for."""


class WriteError(EnvironmentProblem):
    """The output file could not be written."""
