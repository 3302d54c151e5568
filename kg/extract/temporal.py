"""Dates and durations stated in a sentence, resolved against the article date.

>>> sentence_date("signed the deal on Friday", "2024-11-15", "en")
'2024-11-15'
>>> sentence_date("In February 2014 the group chose X", None, "en")
'2014-02'
>>> duration("a 5-year partnership", "en"), duration("un accord sur cinq ans", "fr")
('P5Y', 'P5Y')
"""

from __future__ import annotations

import datetime as dt
import re

from ..ingest import month_numbers
from .lexicons import fold

__all__ = ["sentence_date", "duration"]

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}


def _months() -> dict[str, int]:
    return {fold(name): n for name, n in month_numbers().items()}


def _pub(pub: str | None) -> dt.date | None:
    if pub and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        try:
            return dt.date.fromisoformat(pub)
        except ValueError:
            return None
    return None


def sentence_date(sentence: str, pub: str | None, lang: str) -> str | None:
    """The most precise date the sentence states (YYYY-MM-DD, YYYY-MM or YYYY), or None."""
    f = fold(sentence)
    months = _months()
    alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    m = re.search(rf"\b({alt})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", f)
    if m:
        return _ymd(int(m.group(3)), months[m.group(1)], int(m.group(2)))
    m = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({alt})\.?,?\s+(\d{{4}})\b", f)
    if m:
        return _ymd(int(m.group(3)), months[m.group(2)], int(m.group(1)))
    m = re.search(rf"\b({alt})\s+(?:of\s+)?(\d{{4}})\b", f)
    if m:
        return f"{int(m.group(2)):04d}-{months[m.group(1)]:02d}"
    pubd = _pub(pub)
    m = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({alt})\b(?!\s+\d)", f) or re.search(rf"\b({alt})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})", f)
    if m and pub:
        a, b = m.group(1), m.group(2)
        day, mon = (int(a), months[b]) if a.isdigit() else (int(b), months[a])
        year = int(pub[:4])
        if pubd and (mon, day) > (pubd.month, pubd.day):
            year -= 1
        return _ymd(year, mon, day)
    m = re.search(r"\b(?:on|last|this|ce|le|dernier)?\s*(" + "|".join(_WEEKDAYS) + r")\b", f)
    if m and pubd:
        back = (pubd.weekday() - _WEEKDAYS[m.group(1)]) % 7
        return (pubd - dt.timedelta(days=back)).isoformat()
    m = re.search(r"\b(?:in|since|en|depuis|from|de)\s+((?:19|20)\d{2})\b", f) \
        or re.search(r"\b((?:19|20)\d{2})\s+(?:[a-z\-]+\s+)?(?:partnership|agreement|deal|contract|collaboration|alliance|mou|memorandum|joint venture)", f)
    if m:
        return m.group(1)  # "in 2023", "HMG's 2023 partnership with Microsoft"
    if pubd and re.search(r"\b(?:last month|le mois dernier|le mois passe)\b", f):
        return f"{pubd.year - (pubd.month == 1):04d}-{(pubd.month - 2) % 12 + 1:02d}"
    if pubd and re.search(r"\b(?:last year|l'an dernier|l'an passe|l'annee derniere|l'annee passee)\b", f):
        return f"{pubd.year - 1:04d}"
    return None


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"


def duration(sentence: str, lang: str) -> str | None:
    """An xsd:duration for "5-year", "three-year", "for two years", "sur cinq ans"."""
    f = fold(sentence)
    num = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
    m = re.search(num + r"[\s-](year|month)s?[\s-](?:long\s+)?(?:[a-z]+\s+){0,4}?(?:partnership|agreement|collaboration|contract|deal|program|programme|project|alliance|mou)", f)
    if not m:
        m = re.search(r"\b(?:for|over|of|sur|pour|pendant|de|d'une duree de)\s+(?:a period of\s+|une periode de\s+)?" + num + r"\s+(year|month|an|annee|mois)s?\b", f)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    unit = "M" if m.group(2) in ("month", "mois") else "Y"
    return f"P{n}{unit}"
