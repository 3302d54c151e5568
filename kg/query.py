"""SPARQL execution and formatting; saved queries in ``kg/queries/*.rq``.

A saved query starts with ``#`` header lines: ``# title: ...``,
``# description: ...`` and ``# param NAME: help`` for each ``$NAME`` it uses.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .store import Graph

__all__ = ["SavedQuery", "saved_queries", "resolve_query", "run_query", "format_rows", "FORMATS"]

FORMATS = ("table", "csv", "tsv", "json")
_QDIR = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: dict[str, str]
    text: str


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name (the file name without ``.rq``)."""
    out = {}
    for p in sorted(_QDIR.glob("*.rq")):
        text = p.read_text("utf-8")
        meta: dict[str, str] = {}
        params: dict[str, str] = {}
        for line in text.splitlines():
            m = re.match(r"#\s*(title|description)\s*:\s*(.*)", line)
            if m:
                meta[m.group(1)] = m.group(2).strip()
            m = re.match(r"#\s*param\s+(\w+)\s*:\s*(.*)", line)
            if m:
                params[m.group(1)] = m.group(2).strip()
        out[p.stem] = SavedQuery(p.stem, meta.get("title", p.stem), meta.get("description", ""), params, text)
    return out


def resolve_query(arg: str, params: dict[str, str] | None = None) -> str:
    """QUERY as given on the command line: a saved query name, a ``.rq`` file, or SPARQL text."""
    params = params or {}
    saved = saved_queries()
    if arg in saved:
        text = saved[arg].text
        missing = [p for p in saved[arg].params if p not in params]
        if missing:
            raise UsageError(f"saved query {arg!r} needs --param {missing[0]}=VALUE ({saved[arg].params[missing[0]]})")
    elif arg.endswith(".rq"):
        try:
            text = Path(arg).read_text("utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read query file {arg!r}: {exc.strerror}") from exc
    elif re.search(r"\b(select|ask|construct|describe)\b", arg, re.I):
        text = arg
    else:
        raise UsageError(f"{arg!r} is neither SPARQL, a .rq file nor a saved query; see `kg query --list`")
    for k, v in params.items():
        lit = json.dumps(v, ensure_ascii=False)
        text = re.sub(r"\$" + re.escape(k) + r"\b", lambda _m: lit, text)
    return text


def run_query(out_dir: str, sparql: str, fmt: str = "table") -> str:
    """Run ``sparql`` on the graph in ``out_dir`` and format the result."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    g = Graph.open(out_dir)
    res = g.query(sparql)
    if isinstance(res, bool):
        return json.dumps({"head": {}, "boolean": res}) if fmt == "json" else ("true" if res else "false")
    if res and isinstance(res[0], tuple):
        return "\n".join(" ".join(x) for x in res)
    import pyoxigraph as ox

    if fmt == "json":
        raw = g.raw(sparql)
        return raw.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    names = _variables(g, sparql)
    return format_rows(res, names, fmt)


def _variables(g: Graph, sparql: str) -> list[str]:
    raw = g.raw(sparql)
    return [v.value for v in raw.variables]


def format_rows(rows: list[dict[str, str | None]], names: list[str], fmt: str) -> str:
    """Rows as an aligned text table, CSV or TSV."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        for r in rows:
            w.writerow(["" if r.get(n) is None else r[n] for n in names])
        return buf.getvalue().rstrip("\n")
    cells = [[_short(r.get(n)) for n in names] for r in rows]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    lines = [" | ".join(n.ljust(w) for n, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _short(v: str | None) -> str:
    if v is None:
        return ""
    v = v.replace("\n", " ")
    return v if len(v) <= 90 else v[:87] + "..."

