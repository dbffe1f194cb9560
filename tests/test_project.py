"""The project keeps its promises: the README's commands and CI run the same thing."""

from __future__ import annotations

import re
from pathlib import Path

from addin.cli import build_parser

PROJECT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.DOTALL)


def test_ci_runs_the_readme_test_command() -> None:
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(c for c in readme_commands() if "tools/check.sh" in c)
    assert test_command in ci.splitlines()


def test_readme_demo_command_installs_and_runs_the_demo() -> None:
    demo = next(c for c in readme_commands() if "demo" in c)
    assert demo.endswith("handmade-relist demo")
    assert "pip install ." in demo


def test_every_command_is_in_the_readme_and_the_guides() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    texts = [
        (PROJECT / name).read_text(encoding="utf-8")
        for name in ("docs/guide.fr.md", "docs/guide.en.md")
    ]
    for command in commands:
        for text in texts:
            assert f"handmade-relist {command}" in text, command
