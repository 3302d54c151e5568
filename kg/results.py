"""Query results, whatever store they came from, and their serialisations.

A :class:`Result` holds SELECT rows as SPARQL 1.1 JSON term dicts
(``{"type": "uri", "value": ...}``), an ASK answer, or the N-Triples of a
CONSTRUCT/DESCRIBE; it is plain data, so it crosses process boundaries and
can be compared between the embedded store and a remote endpoint.

>>> r = Result("select", ("x",), ({"x": {"type": "literal", "value": "a,b"}},))
>>> serialize(r, "csv")
'x\\r\\n"a,b"\\r\\n'
>>> r.values()
[{'x': 'a,b'}]
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .errors import UsageError

__all__ = ["Result", "serialize", "term_dict", "SELECT_FORMATS", "GRAPH_FORMATS", "MEDIA_TYPES", "format_for_accept"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
_ACCEPT = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "table",
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/n-triples": "ntriples",
    "application/ld+json": "jsonld",
}


@dataclass(frozen=True)
class Result:
    """One query's answer: ``kind`` is ``select``, ``ask`` or ``graph``."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, dict[str, str]], ...] = ()
    boolean: bool | None = None
    ntriples: str = ""
    truncated: bool = False

    def values(self) -> list[dict[str, str | None]]:
        """SELECT rows with each term's lexical form (IRIs as strings, unbound as None)."""
        return [{v: (r[v]["value"] if v in r else None) for v in self.variables} for r in self.rows]

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return sum(1 for line in self.ntriples.splitlines() if line.strip())
        return 1


def term_dict(term: Any) -> dict[str, str]:
    """A pyoxigraph term as a SPARQL 1.1 JSON results term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        d = {"type": "literal", "value": term.value}
        if term.language:
            d["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            d["datatype"] = term.datatype.value
        return d
    return {"type": "literal", "value": str(term)}


def format_for_accept(accept: str | None, kind: str) -> str | None:
    """The serialisation an HTTP Accept header asks for (``None`` when nothing offered fits)."""
    default = "json" if kind in ("select", "ask") else "turtle"
    if not accept:
        return default
    offered = SELECT_FORMATS if kind in ("select", "ask") else GRAPH_FORMATS
    choices = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mtype, q = bits[0].lower(), 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, mtype))
    for _q, _i, mtype in sorted(choices):
        if _q == 0:
            continue
        if mtype in ("*/*", "application/*", "text/*"):
            return default
        fmt = _ACCEPT.get(mtype)
        if fmt in offered and fmt != "table":
            return fmt
        if fmt == "table" and kind != "graph":
            return "csv"  # text/plain: a readable answer
    return None


def serialize(result: Result, fmt: str) -> str:
    """``result`` in ``fmt``: table, csv, tsv, json, xml for SELECT/ASK; turtle, ntriples, jsonld for graphs."""
    if result.kind == "graph":
        if fmt in ("table", "csv", "tsv"):
            fmt = "ntriples" if fmt != "table" else "turtle"
        if fmt == "json":
            fmt = "jsonld"
        if fmt not in GRAPH_FORMATS:
            raise UsageError(f"a CONSTRUCT or DESCRIBE result is written as {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
        return _graph(result.ntriples, fmt)
    if fmt not in SELECT_FORMATS:
        raise UsageError(f"a SELECT or ASK result is written as {', '.join(SELECT_FORMATS)}, not {fmt!r}")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        if fmt == "xml":
            return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{'true' if result.boolean else 'false'}</boolean></sparql>\n")
        return "true" if result.boolean else "false"
    if fmt == "json":
        body = {"head": {"vars": list(result.variables)}, "results": {"bindings": list(result.rows)}}
        return json.dumps(body, ensure_ascii=False)
    if fmt == "xml":
        return _xml(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    return _table(result)


def _graph(ntriples: str, fmt: str) -> str:
    import pyoxigraph as ox

    if fmt == "ntriples":
        return ntriples
    triples = ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    target = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    from .namespaces import PREFIXES

    prefixes = dict(PREFIXES) if fmt == "turtle" else None
    out = ox.serialize(triples, format=target, prefixes=prefixes) if prefixes else ox.serialize(triples, format=target)
    return out.decode("utf-8") if out else ""


def _csv(result: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(result.variables)
    for r in result.rows:
        w.writerow([r[v]["value"] if v in r else "" for v in result.variables])
    return buf.getvalue()


def _tsv_term(t: dict[str, str] | None) -> str:
    if t is None:
        return ""
    if t["type"] == "uri":
        return f"<{t['value']}>"
    if t["type"] == "bnode":
        return f"_:{t['value']}"
    v = t["value"].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if "xml:lang" in t:
        return f'"{v}"@{t["xml:lang"]}'
    if t.get("datatype") in (None, XSD_STRING):
        return f'"{v}"'
    return f'"{v}"^^<{t["datatype"]}>'


def _tsv(result: Result) -> str:
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(r.get(v)) for v in result.variables) for r in result.rows]
    return "\n".join(lines) + "\n"


def _xml(result: Result) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>\n<results>")
    for r in result.rows:
        out.append("<result>")
        for v in result.variables:
            t = r.get(v)
            if t is None:
                continue
            if t["type"] == "uri":
                inner = f"<uri>{escape(t['value'])}</uri>"
            elif t["type"] == "bnode":
                inner = f"<bnode>{escape(t['value'])}</bnode>"
            elif "xml:lang" in t:
                inner = f"<literal xml:lang={quoteattr(t['xml:lang'])}>{escape(t['value'])}</literal>"
            elif t.get("datatype"):
                inner = f"<literal datatype={quoteattr(t['datatype'])}>{escape(t['value'])}</literal>"
            else:
                inner = f"<literal>{escape(t['value'])}</literal>"
            out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out)


def _short(v: str | None) -> str:
    if v is None:
        return ""
    v = " ".join(v.split())
    return v if len(v) <= 90 else v[:87] + "..."


def _table(result: Result) -> str:
    names = list(result.variables)
    cells = [[_short(r.get(n)) for n in names] for r in result.values()]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    lines = [" | ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''}{', cut at the limit' if result.truncated else ''})")
    return "\n".join(lines)
