"""Loading of the reviewed data files in ``kg/data`` (TOML), cached.

>>> "june" in load("ingest")["months"]["en"]
True
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

__all__ = ["load", "load_lang"]

_DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The data file ``kg/data/NAME.toml`` as a dict."""
    text = (_DATA / f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def load_lang(lang: str, name: str) -> dict[str, Any]:
    """The data file ``kg/data/LANG/NAME.toml`` as a dict."""
    text = (_DATA / lang / f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)
