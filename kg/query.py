"""SPARQL on the embedded store or a remote endpoint; saved queries in ``kg/queries/*.rq``.

A saved query starts with ``#`` header lines: ``# title: ...``,
``# description: ...`` and ``# param NAME = EXAMPLE: help`` for each
``$NAME`` it uses (the example is what the README and the query page show).

A query with a timeout runs in a child process that is killed when the
time is up, so a runaway query cannot hold a core.

>>> check_syntax("SELECT ?o WHERE { ?o a hckg:Hospital }")
'select'
>>> try:
...     check_syntax("SELECT ?o WHERE {\\n  ?o a hckg:Hospital")
... except QueryError as e:
...     print(e.line, e.column)
2 21
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import KgError, QueryError, UsageError
from .namespaces import PREFIXES
from .results import Result, term_dict

__all__ = [
    "SavedQuery", "saved_queries", "resolve_query", "check_syntax", "refuse_remote_access", "is_update",
    "execute", "evaluate_store", "run_isolated", "QueryTimeout", "substitute",
]

_QDIR = Path(__file__).resolve().parent / "queries"


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""

    exit_code = 1


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: dict[str, str]
    examples: dict[str, str]
    text: str

    def example_text(self) -> str:
        """The query with each parameter set to its example value."""
        return substitute(self.text, self.examples)


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name (the file name without ``.rq``)."""
    out = {}
    for p in sorted(_QDIR.glob("*.rq")):
        text = p.read_text("utf-8")
        meta: dict[str, str] = {}
        params: dict[str, str] = {}
        examples: dict[str, str] = {}
        for line in text.splitlines():
            m = re.match(r"#\s*(title|description)\s*:\s*(.*)", line)
            if m:
                meta[m.group(1)] = m.group(2).strip()
            m = re.match(r"#\s*param\s+(\w+)\s*(?:=\s*([^:]*?))?\s*:\s*(.*)", line)
            if m:
                params[m.group(1)] = m.group(3).strip()
                if m.group(2):
                    examples[m.group(1)] = m.group(2).strip()
        out[p.stem] = SavedQuery(p.stem, meta.get("title", p.stem), meta.get("description", ""), params, examples, text)
    return out


def substitute(text: str, params: dict[str, str]) -> str:
    """``$NAME`` replaced by the value as a SPARQL string literal, ``$NAME_lc`` by its lower-case form
    (an organisation's ``hckg:lookupKey``: a constant in the pattern lets the store use its index)."""
    for k, v in params.items():
        lit = json.dumps(v, ensure_ascii=False)
        low = json.dumps(v.lower(), ensure_ascii=False)
        text = re.sub(r"\$" + re.escape(k) + r"_lc\b", lambda _m, low=low: low, text)
        text = re.sub(r"\$" + re.escape(k) + r"\b", lambda _m, lit=lit: lit, text)
    return text


def resolve_query(arg: str, params: dict[str, str] | None = None) -> str:
    """QUERY as given on the command line: a saved query name, a ``.rq`` file, or SPARQL text."""
    params = params or {}
    saved = saved_queries()
    if arg in saved:
        sq = saved[arg]
        extra = sorted(set(params) - set(sq.params))
        if extra:
            known = ", ".join(sq.params) or "none"
            raise UsageError(f"saved query {arg!r} has no parameter {extra[0]!r} (its parameters: {known})")
        missing = [p for p in sq.params if p not in params]
        if missing:
            ex = f" (e.g. --param {missing[0]}={json.dumps(sq.examples[missing[0]])})" if missing[0] in sq.examples else ""
            raise UsageError(f"saved query {arg!r} needs --param {missing[0]}=VALUE: {sq.params[missing[0]]}{ex}")
        return substitute(sq.text, params)
    if arg.endswith(".rq") and not re.search(r"\s", arg):
        try:
            text = Path(arg).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read query file {arg!r}: {getattr(exc, 'strerror', None) or exc}") from exc
        return substitute(text, params)
    if re.search(r"\b(select|ask|construct|describe|insert|delete|load|clear|drop|create)\b", arg, re.I):
        return substitute(arg, params)
    raise UsageError(f"{arg!r} is neither SPARQL, a .rq file nor a saved query; see `kg query --list`")


def _position_error(exc: Exception, text: str) -> QueryError:
    msg = str(exc)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.S)
    if not m:
        return QueryError(f"SPARQL syntax error: {msg}")
    line, col, what = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    if "Prefix not found" in what:
        what = f"unknown prefix (predeclared: {', '.join(PREFIXES)}; declare others with PREFIX)"
    elif len(what) > 160:
        what = what[:157] + "..."
    lines = text.splitlines() or [""]
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    return _error_at(f"SPARQL syntax error at line {line}, column {col}: {what}\n  {src}\n  {' ' * max(col - 1, 0)}^", line, col)


def _error_at(message: str, line: int, col: int) -> QueryError:
    """A QueryError that carries its position (``line``, ``column``) for the server's and the CLI's messages."""
    err = QueryError(message)
    err.line, err.column = line, col  # type: ignore[attr-defined]
    return err


_SCRUB = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')


def _code_only(text: str) -> str:
    """The query with comments, strings and IRIs blanked (keywords only remain)."""
    return _SCRUB.sub(lambda m: " " * len(m.group(0)), text)


def is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL Update rather than a query."""
    code = _code_only(text)
    return re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", code, re.I) is not None and \
        re.search(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", code, re.I) is None


def refuse_remote_access(text: str) -> None:
    """QueryError when ``text`` would make the server fetch from elsewhere (SERVICE, LOAD)."""
    m = re.search(r"\b(SERVICE|LOAD)\b", _code_only(text), re.I)
    if m:
        raise QueryError(f"{m.group(1).upper()} is refused: this endpoint makes no outgoing requests")


MAX_NESTING = 200  # brackets; the parser's recursion would overflow the stack a little beyond 2,000


def _nesting(code: str) -> tuple[int, int]:
    """The deepest bracket nesting of ``code`` and the offset where it is reached."""
    depth = best = at = 0
    for i, ch in enumerate(code):
        if ch in "({[":
            depth += 1
            if depth > best:
                best, at = depth, i
        elif ch in ")}]":
            depth -= 1
    return best, at


def check_syntax(text: str) -> str:
    """Parse ``text`` (project prefixes predeclared); its form ('select', 'ask', 'graph', 'update') or QueryError."""
    import pyoxigraph as ox

    depth, at = _nesting(_code_only(text))
    if depth > MAX_NESTING:
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        raise _error_at(f"the query is nested too deeply ({depth} levels of brackets, at most {MAX_NESTING}) at line {line}, column {col}", line, col)
    s = ox.Store()
    if is_update(text):
        try:
            s.update(text, prefixes=dict(PREFIXES))  # empty in-memory store: parsing is all it does
        except SyntaxError as exc:
            raise _position_error(exc, text) from exc
        except OSError:
            pass
        return "update"
    try:
        res = s.query(text, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise _position_error(exc, text) from exc
    except OSError:  # evaluation on an empty store: the syntax is fine
        return "select"
    if isinstance(res, ox.QueryBoolean):
        return "ask"
    if isinstance(res, ox.QuerySolutions):
        return "select"
    return "graph"


def evaluate_store(store: Any, text: str, limit: int | None = None, *,
                   default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Result:
    """Run a query on an open pyoxigraph store.

    The default graph is the store's (the merge of every document's graph and the
    ontology) unless ``default_graphs`` (the protocol's ``default-graph-uri``) names
    some; ``named_graphs`` restricts ``GRAPH``.
    """
    import pyoxigraph as ox

    kw: dict[str, Any] = {}
    if default_graphs:
        kw["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        kw["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        ordered = _python_order(text)
        if ordered is not None:
            # the store sorts slowly (it compares terms it has to read back): the final ORDER BY on plain
            # variables is done here, on rows already read, whenever each key holds one kind of value
            stripped, keys, lim, off = ordered
            res = store.query(stripped, prefixes=dict(PREFIXES), **kw)
            if isinstance(res, ox.QuerySolutions):
                names = tuple(v.value for v in res.variables)
                rows_all = [{n: term_dict(sol[n]) for n in names if sol[n] is not None} for sol in res]
                if _sortable(rows_all, keys):
                    for var, desc in reversed(keys):
                        rows_all.sort(key=lambda r, v=var: _order_key(r.get(v)), reverse=desc)
                    rows_all = rows_all[off : (off + lim) if lim is not None else None]
                    truncated = bool(limit) and len(rows_all) > (limit or 0)
                    return Result("select", names, tuple(rows_all[:limit] if limit else rows_all), truncated=truncated)
        res = store.query(text, prefixes=dict(PREFIXES), **kw)
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = tuple(v.value for v in res.variables)
            sols, truncated = _take(res, limit)
            rows = tuple({n: term_dict(sol[n]) for n in names if sol[n] is not None} for sol in sols)
            return Result("select", names, rows, truncated=truncated)
        triples, truncated = _take(res, limit)
        nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
        return Result("graph", ntriples=nt.decode("utf-8"), truncated=truncated)
    except SyntaxError as exc:
        raise _position_error(exc, text) from exc
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from exc


_ORDER_TAIL = re.compile(
    r"\}(?P<group>\s*GROUP\s+BY\s[^{}]*?|\s*GROUP\s+BY\s[^{}]*?HAVING\s*\([^{}]*?\))?\s*ORDER\s+BY(?P<keys>(?:\s*(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+))+)\s*"
    r"(?:(?:LIMIT\s+(?P<limit>\d+)|OFFSET\s+(?P<offset>\d+))\s*){0,2}$", re.I)
_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                                                               "nonNegativeInteger", "positiveInteger", "unsignedInt")}


def _python_order(text: str) -> tuple[str, list[tuple[str, bool]], int | None, int] | None:
    """For a query ending in ORDER BY plain variables (and LIMIT/OFFSET): the query without that tail, the keys
    (variable, descending), the limit and the offset; None for any other query."""
    body = re.sub(r"(?m)^[ \t]*#.*$", "", text) if "#" in text else text
    m = _ORDER_TAIL.search(body)
    if m is None or "SELECT" not in body.upper()[: m.start()] or re.search(r"\b(?:CONSTRUCT|DESCRIBE|ASK)\b", body[: m.start()], re.I):
        return None
    keys = [(k.group(2) or k.group(3), bool(k.group(1)) and k.group(1).upper() == "DESC")
            for k in re.finditer(r"(?:(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+))", m.group("keys"), re.I)]
    return body[: m.start() + 1] + (m.group("group") or ""), keys, int(m.group("limit")) if m.group("limit") else None, int(m.group("offset") or 0)


def _order_kind(term: dict[str, str] | None) -> str:
    if term is None:
        return "unbound"
    if term["type"] != "literal":
        return term["type"]
    return "number" if term.get("datatype") in _NUMERIC else "text"


def _sortable(rows: list[dict[str, dict[str, str]]], keys: list[tuple[str, bool]]) -> bool:
    """Each key holds one kind of value (numbers, texts, IRIs), unbound aside: then a plain sort is SPARQL's order."""
    for var, _desc in keys:
        kinds = {_order_kind(r.get(var)) for r in rows} - {"unbound"}
        if len(kinds) > 1 or kinds & {"bnode"}:
            return False
    return True


def _order_key(term: dict[str, str] | None) -> tuple[int, Any]:
    if term is None:
        return (0, 0)  # unbound first, as SPARQL orders it
    if term["type"] == "literal" and term.get("datatype") in _NUMERIC:
        try:
            return (1, float(term["value"]))
        except ValueError:
            return (1, 0.0)
    return (1, term["value"])


def _take(items: Any, limit: int | None) -> tuple[list[Any], bool]:
    """The first ``limit`` items (all when None) and whether more were there."""
    out = []
    for item in items:
        if limit and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


def _child(path: str, text: str, limit: int | None, conn: Any, dataset: dict[str, Any]) -> None:
    import pyoxigraph as ox

    try:
        try:
            store = ox.Store.read_only(path)
        except OSError:  # a build replaced this store a moment ago: open the current one
            from .store import Graph

            store = Graph.open(Path(path).parent)._store
        conn.send(("ok", evaluate_store(store, text, limit, **dataset)))
    except KgError as exc:
        conn.send(("error", exc))
    except BaseException as exc:  # anything else crosses back as a message
        conn.send(("error", QueryError(f"the query failed: {exc}")))
    finally:
        conn.close()


@functools.cache
def _context() -> Any:
    """Processes for queries come from a fork server: a clean single-threaded process forks them.

    Forking the caller directly could copy a lock held by one of its other threads (an HTTP
    server's, spaCy's, RocksDB's) and leave the child waiting for ever.
    """
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.query", "pyoxigraph"])
    return ctx


def run_isolated(path: str, text: str, limit: int | None, timeout: float, **dataset: Any) -> Result:
    """Evaluate ``text`` on the store at ``path`` in a child process, killed after ``timeout`` seconds."""
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(path, text, limit, send, dataset), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(timeout):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; add LIMIT, narrow it, or raise --timeout")
        try:
            status, payload = recv.recv()
        except EOFError:
            raise QueryError("the query process ended without an answer (out of memory?)") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        recv.close()
    if status == "error":
        raise payload
    return payload  # type: ignore[no-any-return]


def execute(text: str, *, out_dir: str | os.PathLike[str] | None = None, endpoint: Any = None,
            timeout: float | None = None, limit: int | None = None) -> Result:
    """Run SPARQL ``text`` on the graph in ``out_dir`` or on a remote ``endpoint``; a :class:`Result`.

    ``endpoint`` is a URL or a :class:`kg.remote.Endpoint`; ``timeout`` (seconds, None or 0 for none)
    stops the query; ``limit`` caps the rows or triples kept (``Result.truncated`` says when more were there).
    """
    form = check_syntax(text)
    if form == "update":
        raise QueryError("this is a SPARQL Update; `kg query` only reads (use `kg serve --allow-update` to change the graph)")
    if endpoint:
        from .remote import Endpoint

        ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint(str(endpoint))
        return ep.query(text, timeout=timeout or None, limit=limit, form=form)
    from .store import current_store_path

    path = str(current_store_path(out_dir or "out"))
    if timeout:
        return run_isolated(path, text, limit, timeout)
    from .store import Graph

    return evaluate_store(Graph.open(out_dir or "out")._store, text, limit)
