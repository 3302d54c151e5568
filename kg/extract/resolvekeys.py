"""Structured keys that make differently worded names of one organisation equal.

>>> structured_key("chu rennes") == structured_key("university hospital of rennes") == "uh:rennes"
True
>>> structured_key("philips") is None
True
"""

from __future__ import annotations

import functools
import re

from ..lexicon import load

__all__ = ["structured_key"]


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(p["kind"], re.compile(p["regex"])) for p in load("resolve")["pattern"]]


def structured_key(key: str) -> str | None:
    """``KIND:place`` for hospital and university names, else None."""
    for kind, pat in _patterns():
        m = pat.match(key)
        if m:
            place = re.sub(r"^(?:de |du |des |d'|of |the )", "", m.group("place")).strip()
            place = re.sub(r"[\s\-']+", " ", place)
            if place:
                return f"{kind}:{place}"
    return None
