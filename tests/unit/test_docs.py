"""The README's lists of commands, screens and sign kinds, checked against the code (as sqlite-utils'
tests/test_docs.py does): a command, screen or kind added or renamed without the README fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from commons_table.cli import COMMANDS, build_parsers
from kiosk.catalog import LANGUAGES
from kiosk.export import FORMATS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The README's text under `## title`, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match[1]


def usage_lines() -> dict[str, str]:
    """The command line's usage block: its line for each command by name, "" for the launcher's."""
    block = re.search(r"```\n(.*?)```", section("Command line"), re.S)
    assert block
    lines: dict[str, str] = {}
    for line in block[1].splitlines():
        words = line.split()
        assert words[0] == "commons-table", line
        name = "" if words[1].startswith(("[", "-")) else words[1]
        assert name not in lines, f"two README lines for '{name or 'commons-table'}'"
        lines[name] = line
    return lines


def backticked(text: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", text))


def options(parser) -> set[str]:  # an argparse parser
    return {s for action in parser._actions for s in action.option_strings if s.startswith("--") and s != "--help"}


def test_readme_names_every_command_the_cli_has_and_no_other():
    launcher, commands = build_parsers()
    assert set(commands) == set(COMMANDS)
    assert set(usage_lines()) == {"", *COMMANDS}


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_each_readme_usage_line_shows_exactly_the_options_its_command_takes(name):
    launcher, commands = build_parsers()
    parser = commands[name] if name else launcher
    line = usage_lines()[name]
    assert set(re.findall(r"--[a-z][a-z-]*", line)) == options(parser), line


def test_the_launcher_line_names_every_language():
    line = usage_lines()[""]
    assert re.search(r"--lang ([a-z|]+)", line)[1].split("|") == list(LANGUAGES)


def test_readme_lists_every_screen_screenshot_accepts_and_no_other():
    from ui.screenshot import screen_names

    text = section("Command line")
    listed = re.search(r"Screens for `screenshot`:(.*?);", text, re.S)
    assert listed, "README's Command line section should list the screens for `screenshot`"
    assert backticked(listed[1]) == set(screen_names())


def test_readme_lists_every_sign_kind_and_no_other():
    from ui.printing.kinds import kind_names

    text = section("Command line")
    listed = re.search(r"`signs` prints .*? kinds (.*?) — in one language", text, re.S)
    assert listed, "README's Command line section should list the kinds for `signs --kind`"
    assert backticked(listed[1]) == set(kind_names())


def test_the_cli_help_names_only_real_screens_and_kinds():
    from ui.printing.kinds import kind_names
    from ui.screenshot import screen_names

    _, commands = build_parsers()

    def named(parser, option: str) -> set[str]:
        action = next(a for a in parser._actions if option in a.option_strings)
        return {w for w in re.split(r",\s*|\s+or\s+", action.help) if w and w != "…"}

    assert named(commands["screenshot"], "--screen") <= set(screen_names())
    assert named(commands["signs"], "--kind") <= set(kind_names())
    assert named(commands["export"], "--format") == set(FORMATS)


def test_the_export_line_names_every_format():
    assert re.search(r"--format ([a-z|]+)", usage_lines()["export"])[1].split("|") == list(FORMATS)
