"""A remote SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, QLever, ``kg serve``) as a store.

Queries go through the SPARQL 1.1 Protocol (POST, urlencoded); loading uses
SPARQL 1.1 Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` per named
graph), or the Graph Store Protocol (``PUT ?graph=``) when a GSP address is
given.  Credentials (the settings ``store_user`` / ``store_password``) are
sent with HTTP basic or digest, whichever the server asks for.

>>> Endpoint("http://127.0.0.1:8890/sparql").update_url
'http://127.0.0.1:8890/sparql'
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Iterable

from .errors import QueryError, StoreError, UsageError
from .namespaces import PREFIXES
from .results import Result

__all__ = ["Endpoint", "publish", "STATE_FILE"]

_USER_AGENT = "hckg/0.1 (SPARQL client)"


def _prefix_block() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class Endpoint:
    """A SPARQL endpoint at ``url``; ``update_url`` and ``gsp_url`` when the server splits them."""

    def __init__(self, url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 user: str | None = None, password: str | None = None) -> None:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url!r} is not an http(s) address of a SPARQL endpoint")
        self.url = url
        self.update_url = update_url or url
        self.gsp_url = gsp_url
        handlers: list[Any] = []
        if user:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for u in {self.url, self.update_url, self.gsp_url} - {None}:
                mgr.add_password(None, u, user, password or "")
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self._opener = urllib.request.build_opener(*handlers)

    # -- HTTP ---------------------------------------------------------------
    def _send(self, url: str, data: bytes | None, headers: dict[str, str], method: str, timeout: float | None) -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": _USER_AGENT, **headers})
        try:
            with self._opener.open(req, timeout=timeout or 300) as resp:
                return resp.read()  # type: ignore[no-any-return]
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            detail = " ".join(body.split())[:400]
            if exc.code in (400,):
                raise QueryError(f"{url} refused the request ({exc.code}): {detail}") from exc
            hint = " (set HCKG_STORE_USER and HCKG_STORE_PASSWORD, or grant updates on the server)" if exc.code in (401, 403) else ""
            raise StoreError(f"{url} answered {exc.code} {exc.reason}{hint}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if "timed out" in str(reason):
                from .query import QueryTimeout

                raise QueryTimeout(f"{url} gave no answer within {timeout:g} s") from exc
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from exc

    # -- reading ------------------------------------------------------------
    def query(self, text: str, *, timeout: float | None = None, limit: int | None = None, form: str | None = None) -> Result:
        """Run a query (the project prefixes are prepended) and return a :class:`Result`; ``form`` if already parsed."""
        from .query import check_syntax

        form = form or check_syntax(text)
        full = _prefix_block() + text
        accept = "application/n-triples, text/plain;q=0.5" if form == "graph" else "application/sparql-results+json"
        fields = {"query": full}
        if timeout:
            fields["timeout"] = str(int(timeout * 1000))  # Virtuoso reads this; others ignore it
        body = urllib.parse.urlencode(fields).encode("utf-8")
        raw = self._send(self.url, body, {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}, "POST", timeout)
        if form == "graph":
            lines = [ln for ln in raw.decode("utf-8").splitlines() if ln.strip()]
            truncated = bool(limit and len(lines) > limit)
            return Result("graph", ntriples="\n".join(lines[:limit] if limit else lines) + ("\n" if lines else ""), truncated=truncated)
        return _from_json(raw, limit, self.url)

    # -- writing ------------------------------------------------------------
    def update(self, text: str, *, timeout: float | None = None) -> None:
        """Run a SPARQL Update."""
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._send(self.update_url, body, {"Content-Type": "application/x-www-form-urlencoded"}, "POST", timeout)

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Make the named graph ``graph`` hold exactly the N-Triples given."""
        if self.gsp_url:
            sep = "&" if "?" in self.gsp_url else "?"
            url = f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': graph})}"
            self._send(url, ntriples.encode("utf-8"), {"Content-Type": "application/n-triples"}, "PUT", None)
            return
        lines = [ln for ln in ntriples.splitlines() if ln.strip()]
        self.update(f"DROP SILENT GRAPH <{graph}>")
        for i in range(0, len(lines), 2000):  # servers cap the size of one request
            chunk = "\n".join(lines[i:i + 2000])
            self.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{chunk}\n}} }}")

    def drop_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def load_dataset(self, graphs: Iterable[tuple[str, str]]) -> int:
        """Replace each ``(graph IRI, N-Triples)``; the number of graphs written."""
        n = 0
        for g, nt in graphs:
            self.replace_graph(g, nt)
            n += 1
        return n


def _from_json(raw: bytes, limit: int | None, url: str) -> Result:
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:
        raise StoreError(f"{url} did not answer with SPARQL JSON results: {raw[:200]!r}") from exc
    if "boolean" in data:
        return Result("ask", boolean=bool(data["boolean"]))
    names = tuple(data.get("head", {}).get("vars", []))
    bindings = data.get("results", {}).get("bindings", [])
    if names == ("__ASK_RETVAL",):  # Virtuoso answers ASK as a one-cell table
        return Result("ask", boolean=bool(bindings and bindings[0]["__ASK_RETVAL"]["value"] not in ("0", "false")))
    rows = []
    for b in bindings[: limit or None]:
        row = {}
        for k, t in b.items():
            t = dict(t)
            if t.get("type") == "typed-literal":
                t["type"] = "literal"
            if t.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
                del t["datatype"]
            row[k] = t
        rows.append(row)
    return Result("select", names, tuple(rows), truncated=bool(limit and len(bindings) > limit))


STATE_FILE = "remote.json"


def _graphs_of(out_dir: str) -> dict[str, str]:
    """Each named graph of the build in ``out_dir`` (and the ontology's) as N-Triples."""
    import pyoxigraph as ox

    from .ontology import ONTOLOGY_FILE, TOPICS_FILE, ontology_dir
    from .store import ONTOLOGY_GRAPH

    from pathlib import Path

    by_graph: dict[str, list[Any]] = {}
    trig = Path(out_dir) / "graph.trig"
    try:
        quads = ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        for q in quads:
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            by_graph.setdefault(g, []).append(q.triple)
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot read {trig}: {exc}") from exc
    onto: list[Any] = []
    for name in (ONTOLOGY_FILE, TOPICS_FILE):
        onto.extend(ox.parse(path=str(ontology_dir() / name), format=ox.RdfFormat.TURTLE))
    by_graph[ONTOLOGY_GRAPH] = onto
    out = {}
    for g, triples in by_graph.items():
        if not g:
            continue
        lines = sorted(set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()))
        out[g] = "\n".join(lines) + "\n"
    return out


def publish(out_dir: str, endpoint: Endpoint, progress: Any = None) -> dict[str, int]:
    """Make the server hold the graph built in ``out_dir``: one named graph per document plus the ontology.

    Only graphs that changed since the last publish to this server are sent;
    graphs of documents no longer in the build are dropped.  What the server
    holds is remembered in ``out_dir/remote.json``.
    """
    import hashlib

    from pathlib import Path

    from .store import atomic_write

    state_path = Path(out_dir) / STATE_FILE
    try:
        state = json.loads(state_path.read_text("utf-8"))
    except (OSError, ValueError):
        state = {}
    known: dict[str, str] = dict(state.get(endpoint.url, {}))
    graphs = _graphs_of(out_dir)
    todo = {g: nt for g, nt in graphs.items() if known.get(g) != hashlib.sha256(nt.encode("utf-8")).hexdigest()}
    gone = sorted(set(known) - set(graphs))
    counts = {"written": 0, "unchanged": len(graphs) - len(todo), "dropped": 0}

    def save() -> None:
        state[endpoint.url] = known
        atomic_write(state_path, json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))

    try:
        for i, (g, nt) in enumerate(sorted(todo.items())):
            endpoint.replace_graph(g, nt)
            known[g] = hashlib.sha256(nt.encode("utf-8")).hexdigest()
            counts["written"] += 1
            if progress:
                progress(i + 1, len(todo), g)
        for g in gone:
            endpoint.drop_graph(g)
            known.pop(g, None)
            counts["dropped"] += 1
    finally:
        save()
    return counts
