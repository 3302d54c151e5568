"""A remote SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, QLever, ``kg serve``) as a store.

Queries go through the SPARQL 1.1 Protocol (POST, urlencoded); loading uses
SPARQL 1.1 Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` per named
graph), or the Graph Store Protocol (``PUT ?graph=``) when a GSP address is
given.  Credentials come from ``HCKG_STORE_USER`` / ``HCKG_STORE_PASSWORD``
(HTTP basic or digest, whichever the server asks for).

>>> Endpoint("http://127.0.0.1:8890/sparql").update_url
'http://127.0.0.1:8890/sparql'
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Iterable

from .errors import QueryError, StoreError, UsageError
from .namespaces import PREFIXES
from .results import Result

__all__ = ["Endpoint"]

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
        self.update_url = update_url or os.environ.get("HCKG_STORE_UPDATE_URL") or url
        self.gsp_url = gsp_url or os.environ.get("HCKG_STORE_GSP_URL") or None
        user = user or os.environ.get("HCKG_STORE_USER")
        password = password or os.environ.get("HCKG_STORE_PASSWORD")
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
            hint = " (set HCKG_STORE_USER / HCKG_STORE_PASSWORD, or grant updates on the server)" if exc.code in (401, 403) else ""
            raise StoreError(f"{url} answered {exc.code} {exc.reason}{hint}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if "timed out" in str(reason):
                from .query import QueryTimeout

                raise QueryTimeout(f"{url} gave no answer within {timeout:g} s") from exc
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from exc

    # -- reading ------------------------------------------------------------
    def query(self, text: str, *, timeout: float | None = None, limit: int | None = None) -> Result:
        """Run a query (the project prefixes are prepended) and return a :class:`Result`."""
        from .query import check_syntax

        form = check_syntax(text)
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
