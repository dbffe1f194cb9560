"""The guides stay true: every command, option, button, setting and problem code is
explained in French and English, every link and picture resolves, and every
``handmade-relist`` command the docs show runs.

A name counts as explained when the list item (or line) that holds it has words of
its own besides the name. Commands are run with their file arguments moved into a
fresh folder, where the files they read are made first: the bundled demo report,
an upload file converted from it, a processing report for that file, a classic
Inventory Loader template.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest
from lxml import etree

from addin.cli import DEMO_REPORT, build_parser, main
from addin.messages import render
from addin.problems import PROBLEM_KINDS
from addin.rules import UPLOAD_COLUMNS
from addin.workbook import layout

PROJECT = Path(__file__).resolve().parents[1]
DOCS = PROJECT / "docs"
LANGUAGES = ("fr", "en")
GUIDES = {language: DOCS / f"guide.{language}.md" for language in LANGUAGES}
MARKDOWN = [*sorted(DOCS.glob("**/*.md")), PROJECT / "README.md"]
CUSTOM_UI = PROJECT / "addin" / "workbook" / "sources" / "customUI14.xml"

#: The guides' section headings, by language.
SECTIONS = {
    "fr": {
        "commands": "La ligne de commande",
        "buttons": "Les boutons du ruban",
        "settings": "Les réglages",
        "problems": "Les problèmes et leur correction",
    },
    "en": {
        "commands": "The command line",
        "buttons": "The ribbon buttons",
        "settings": "The settings",
        "problems": "Problems and how to fix them",
    },
}

#: Words an explanation needs besides the name it explains.
EXPLANATION_WORDS = 4

_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
# Fenced blocks, also those indented under a list item.
_FENCE = re.compile(r"^ *```[^\n]*\n(.*?)^ *```", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^(#+)\s+(.*)$")
_WORD = re.compile(r"\w{2,}")


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def items(markdown: str) -> list[str]:
    """The list items and other lines of a text, a list item with its follow-ups."""
    found: list[str] = []
    for line in markdown.splitlines():
        continues = line.startswith("  ") and not line.lstrip().startswith("- ")
        if found and continues and found[-1].lstrip().startswith(("- ", "1")):
            found[-1] += " " + line.strip()
        else:
            found.append(line)
    return found


def explained(markdown: str, token: str) -> bool:
    """Whether some item holds the token and enough words of its own."""
    for item in items(markdown):
        if token in item:
            rest = item.replace(token, " ")
            if len(_WORD.findall(rest)) >= EXPLANATION_WORDS:
                return True
    return False


def section(markdown: str, title_part: str) -> str:
    """The text under the first heading holding ``title_part``, to the next one
    of the same or a higher level."""
    lines = markdown.splitlines()
    for start, line in enumerate(lines):
        heading = _HEADING.match(line)
        if heading and title_part in heading.group(2):
            level = len(heading.group(1))
            body = []
            for following in lines[start + 1 :]:
                other = _HEADING.match(following)
                if other and len(other.group(1)) <= level:
                    break
                body.append(following)
            return "\n".join(body)
    raise AssertionError(f"no heading holds {title_part!r}")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    assert isinstance(action.choices, dict)
    return dict(action.choices)


def options(command: argparse.ArgumentParser) -> Iterator[str]:
    for action in command._actions:
        for option in action.option_strings:
            if option not in ("-h", "--help"):
                yield option


def ribbon_buttons() -> list[str]:
    tree = etree.parse(str(CUSTOM_UI))
    return [str(b.get("id")) for b in tree.iter("{*}button")]


# Every name the seller meets, in both guides, each with its explanation.


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("command", sorted(subcommands()))
def test_every_command_and_option_is_explained(language: str, command: str) -> None:
    commands = section(text(GUIDES[language]), SECTIONS[language]["commands"])
    body = section(commands, f"`handmade-relist {command}`")
    assert len(_WORD.findall(body)) >= EXPLANATION_WORDS, command
    for option in options(subcommands()[command]):
        token = f"`{option} " if f"`{option} " in body else f"`{option}`"
        assert explained(body, token), (command, option)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_general_options_are_explained(language: str) -> None:
    commands = section(text(GUIDES[language]), SECTIONS[language]["commands"])
    for option in ("--help", "--version"):
        assert explained(commands, f"`{option}`"), option


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("button", ribbon_buttons())
def test_every_ribbon_button_is_explained(language: str, button: str) -> None:
    label = render(f"ribbon.{button}", language)
    body = section(text(GUIDES[language]), SECTIONS[language]["buttons"])
    assert explained(body, f"**{label}**"), (button, label)


def test_the_ribbon_and_the_layout_list_the_same_buttons() -> None:
    assert tuple(ribbon_buttons()) == layout.RIBBON_BUTTONS


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("cell", [c.name for c in layout.NAMED_CELLS])
def test_every_setting_is_explained(language: str, cell: str) -> None:
    label = render(f"workbook.setting.{cell}", language)
    body = section(text(GUIDES[language]), SECTIONS[language]["settings"])
    item = next((i for i in items(body) if f"(`{cell}`)" in i), "")
    assert f"**{label}**" in item, (cell, label)
    assert explained(item, f"**{label}** (`{cell}`)"), cell


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", sorted(PROBLEM_KINDS))
def test_every_problem_code_is_explained(language: str, code: str) -> None:
    body = section(text(GUIDES[language]), SECTIONS[language]["problems"])
    item = next((i for i in items(body) if i.startswith(f"- `{code}` (")), "")
    severity = render(f"cli.severity.{PROBLEM_KINDS[code].severity.value}", language)
    assert severity in item, (code, "severity")
    assert explained(item, f"`{code}`"), code


# Links and pictures.


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    plain = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return plain.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    without_code = _FENCE.sub("", text(path))
    return {
        slug(m.group(2))
        for m in map(_HEADING.match, without_code.splitlines())
        if m is not None
    }


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_links_and_pictures_resolve(path: Path) -> None:
    for target in _LINK.findall(_FENCE.sub("", text(path))):
        if target.startswith(("http://", "https://")):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        assert linked.is_file(), (path.name, target)
        if anchor:
            assert anchor in anchors(linked), (path.name, target)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pictures_are_shown_with_a_caption_saying_how_they_were_made(
    language: str,
) -> None:
    guide = text(GUIDES[language])
    pictures = re.findall(r"!\[[^\]]*\]\((images/[^)]+)\)", guide)
    assert {Path(p).name for p in pictures} == {
        f"{name}.{language}.png" for name in ("report", "stock", "problems")
    }
    for picture in pictures:
        after = guide.split(picture, 1)[1].split("\n\n", 2)[1]
        assert "LibreOffice" in after, picture
        assert (DOCS / picture).read_bytes().startswith(b"\x89PNG"), picture


def test_every_picture_in_docs_is_shown_somewhere() -> None:
    shown = "".join(text(p) for p in MARKDOWN)
    for picture in (DOCS / "images").glob("*.png"):
        assert f"images/{picture.name}" in shown, picture.name


def test_the_readme_links_both_guides() -> None:
    readme = text(PROJECT / "README.md")
    for language in LANGUAGES:
        assert f"(docs/guide.{language}.md)" in readme, language


# The commands the docs show, run.


def shown_commands() -> list[tuple[str, str]]:
    """Every ``handmade-relist`` command of a fenced block, with its file."""
    found = []
    for path in MARKDOWN:
        for block in _FENCE.findall(text(path)):
            for line in block.replace("\\\n", " ").splitlines():
                for part in line.split("&&"):
                    words = part.split()
                    if words and words[0].endswith("handmade-relist"):
                        found.append((path.name, " ".join(words)))
    return found


def _stock(path: Path) -> None:
    demo = path.with_name("demo-" + path.name)
    _report(demo)
    assert main(["convert", str(demo), "--default-quantity", "1", "-o", str(path)]) == 0


def _report(path: Path) -> None:
    source = resources.files("addin.samples").joinpath(DEMO_REPORT)
    path.write_bytes(source.read_bytes())


def _processing(path: Path) -> None:
    path.write_text(
        "Feed Processing Summary:\n"
        "\tNumber of records processed\t\t6\n"
        "\tNumber of records successful\t\t5\n"
        "\n"
        "original-record-number\tsku\terror-code\terror-type\terror-message\n"
        "2\tCARNET-CUIR-A5\t8057\tError\tThe condition differs (example).\n",
        encoding="utf-8",
    )


def _template(path: Path) -> None:
    fields = [*UPLOAD_COLUMNS, "handling-time"]
    path.write_text("\t".join(fields) + "\r\n", encoding="utf-8")


#: The files the docs' commands read, by name, and how the test makes each.
INPUTS: dict[str, Callable[[Path], None]] = {
    "inactive_listings.txt": _report,
    "stock.txt": _stock,
    "processing.txt": _processing,
    "InventoryLoader.txt": _template,
}
_DATED_UPLOAD = re.compile(r"InventoryLoader_[A-Z]{2}_\d{8}-\d{6}\.txt")


def make_input(path: Path) -> None:
    if _DATED_UPLOAD.fullmatch(path.name):
        _stock(path)
        return
    make = INPUTS.get(path.name)
    assert make is not None, f"the docs' command reads {path.name}: add it to INPUTS"
    make(path)


def looks_like_path(word: str) -> bool:
    if word.startswith("-"):
        return False
    return "/" in word or "\\" in word or bool(re.search(r"\.(txt|xlsm|xlsx)$", word))


def moved(words: list[str], folder: Path) -> list[str]:
    """The command's arguments, each file moved into the folder by its name."""
    return [
        str(folder / re.split(r"[\\/]", w)[-1]) if looks_like_path(w) else w
        for w in words
    ]


def test_the_docs_show_every_command() -> None:
    shown = {command.split()[1] for _, command in shown_commands()}
    assert set(subcommands()) <= shown


@pytest.mark.parametrize(("source", "command"), shown_commands())
def test_the_commands_shown_run(
    source: str,
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    argv = moved(shlex.split(command)[1:], tmp_path)
    if "--help" in argv or "--version" in argv:
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
        assert "handmade-relist" in capsys.readouterr().out
        return

    args = build_parser().parse_args(argv)
    written = {getattr(args, "output", None)}
    if args.command == "new-workbook":
        written.add(args.path)
    for value in vars(args).values():
        if isinstance(value, Path) and value not in written:
            make_input(value)
    capsys.readouterr()

    assert main(argv) == 0, capsys.readouterr()
    for path in written - {None}:
        assert Path(str(path)).exists() or args.command == "demo", path


# The pictures can be made again.


def test_the_pictures_script_renders_every_picture(
    soffice: str, tmp_path: Path
) -> None:
    from tools import pictures  # noqa: PLC0415 - tools/ is not part of the package

    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing (apt-get install poppler-utils)")
    for language in LANGUAGES:
        folder = tmp_path / language
        folder.mkdir()
        written = pictures.pictures(language, soffice, folder, tmp_path)
        assert [p.name for p in written] == [
            f"{name}.{language}.png" for name in ("report", "stock", "problems")
        ]
        for path in written:
            assert path.read_bytes().startswith(b"\x89PNG"), path
