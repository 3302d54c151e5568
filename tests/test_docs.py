"""The README keeps up with the code: every command, setting and saved query is there."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kg.cli import _parser
from kg.config import SETTINGS_HELP
from kg.query import saved_queries

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def test_every_command_is_in_the_readme() -> None:
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in sub.choices:
        assert f"`kg {name}" in README, f"kg {name} is not in the README"


def test_every_setting_is_in_the_readme() -> None:
    for name in SETTINGS_HELP:
        assert f"HCKG_{name.upper()}" in README, name


def test_every_saved_query_is_shown_with_its_output() -> None:
    block = README.split("<!-- saved-queries:start -->")[1].split("<!-- saved-queries:end -->")[0]
    shown = set(re.findall(r"^\$ kg query ([\w-]+)", block, re.M))
    assert shown == set(saved_queries())
