"""``kg serve``: the SPARQL 1.1 Protocol at ``/sparql``, a query page and the network page.

Each query runs in a child process on the current store (so a rebuild is
picked up by the next query, and a query past its time limit is killed).
Read-only unless ``allow_update``: updates are then run on the store, which
the next ``kg build`` replaces.  ``SERVICE`` and ``LOAD`` are refused: the
server makes no outgoing requests.

>>> srv = make_server("no-such-dir", port=0)
>>> srv.server_address[0]
'127.0.0.1'
>>> srv.server_close()
"""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

from .errors import GraphNotFoundError, KgError, QueryError, StoreError
from .query import QueryTimeout, check_syntax, is_update, refuse_remote_access, run_isolated, saved_queries
from .results import MEDIA_TYPES, Result, format_for_accept, serialize

__all__ = ["make_server", "serve", "ServerOptions"]

MAX_BODY = 1_000_000  # bytes of a request body
_PAGES = Path(__file__).resolve().parent / "pages"


class ServerOptions:
    """What one server needs: the graph folder and its limits."""

    def __init__(self, out_dir: str, *, allow_update: bool = False, timeout: float = 30.0, max_rows: int = 10000,
                 log: Callable[[str], None] | None = None) -> None:
        self.out_dir = out_dir
        self.allow_update = allow_update
        self.timeout = timeout
        self.max_rows = max_rows
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.write_lock = threading.Lock()
        self._writable: Any = None

    def writable_store(self) -> Any:
        """The store opened for writing (only with allow_update), opened once."""
        import pyoxigraph as ox

        from .store import current_store_path

        if self._writable is None:
            self._writable = ox.Store(str(current_store_path(self.out_dir)))
        return self._writable


class _Handler(BaseHTTPRequestHandler):
    server_version = "hckg"
    protocol_version = "HTTP/1.1"
    opts: ServerOptions

    # -- plumbing -------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # one line per request is written by _finish instead

    def log_error(self, format: str, *args: Any) -> None:  # noqa: A002
        # requests refused before a handler ran (request line too long, bad HTTP): still one line each
        self.opts.log(f'{self.client_address[0]} "{(self.requestline or "")[:80]}" refused: {format % args}')

    def _finish(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None, note: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        ms = (time.perf_counter() - self._t0) * 1000
        path = self.path if len(self.path) <= 80 else self.path[:77] + "..."
        self.opts.log(f'{self.client_address[0]} "{self.command} {path}" {status} {len(body)}B {ms:.1f}ms{" " + note if note else ""}')

    def _error(self, status: int, message: str) -> None:
        self._finish(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", note=message.splitlines()[0][:120])

    def _body(self) -> bytes | None:
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = -1
        if n < 0 or n > MAX_BODY:
            self._error(413 if n > MAX_BODY else 400, f"request body must be 0 to {MAX_BODY} bytes")
            return None
        return self.rfile.read(n) if n else b""

    # -- routes ---------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self._t0 = time.perf_counter()
        self._finish(204, b"", "text/plain", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                               "Access-Control-Allow-Headers": "Content-Type, Accept"})

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        self._t0 = time.perf_counter()
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/query"):
            return self._static("query.html", "text/html; charset=utf-8")
        if url.path == "/network":
            page = Path(self.opts.out_dir) / "network.html"
            if not page.exists():
                return self._error(404, f"no network page in {self.opts.out_dir}: run `kg viz --out {self.opts.out_dir}`")
            return self._finish(200, page.read_bytes(), "text/html; charset=utf-8")
        if url.path == "/queries":
            data = [{"name": q.name, "title": q.title, "description": q.description, "params": q.params,
                     "examples": q.examples, "text": q.example_text()} for q in saved_queries().values()]
            return self._finish(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json")
        if url.path == "/sparql":
            if "update" in params:
                return self._error(405, "send updates with POST (SPARQL 1.1 Protocol)")
            if "query" not in params:
                return self._static("query.html", "text/html; charset=utf-8")
            return self._query(params["query"][0], params)
        self._error(404, f"no page {url.path}; try / (query page), /sparql (endpoint) or /network")

    def do_POST(self) -> None:  # noqa: N802
        self._t0 = time.perf_counter()
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, "POST queries and updates to /sparql")
        body = self._body()
        if body is None:
            return
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return self._error(400, "the request body is not UTF-8")
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(text, keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "update" in form:
                return self._update(form["update"][0])
            if "query" not in form:
                return self._error(400, "the form has neither 'query' nor 'update'")
            return self._query(form["query"][0], params)
        if ctype == "application/sparql-query":
            return self._query(text, params)
        if ctype == "application/sparql-update":
            return self._update(text)
        self._error(415, "POST a form (application/x-www-form-urlencoded), application/sparql-query or application/sparql-update")

    # -- work -------------------------------------------------------------------
    def _static(self, name: str, ctype: str) -> None:
        self._finish(200, (_PAGES / name).read_bytes(), ctype)

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        try:
            refuse_remote_access(text)
        except QueryError as exc:
            return self._error(403, str(exc))
        try:
            form = check_syntax(text)
        except QueryError as exc:
            return self._error(400, str(exc))
        if form == "update":
            return self._error(400, "this is an update: POST it as 'update' (form field) or application/sparql-update")
        kind = "graph" if form == "graph" else "select"
        wanted = params.get("format", [None])[0]
        fmt = wanted if wanted in MEDIA_TYPES else format_for_accept(self.headers.get("Accept"), kind)
        if fmt is None:
            return self._error(406, "no result format fits the Accept header; offer application/sparql-results+json, "
                                    "application/sparql-results+xml, text/csv, text/tab-separated-values, text/turtle, "
                                    "application/n-triples or application/ld+json")
        dataset = {"default_graphs": params.get("default-graph-uri") or None, "named_graphs": params.get("named-graph-uri") or None}
        try:
            result = self._evaluate(text, dataset)
        except QueryTimeout as exc:
            return self._error(503, str(exc))
        except GraphNotFoundError as exc:
            return self._error(503, str(exc))
        except QueryError as exc:
            return self._error(400, str(exc))
        except KgError as exc:
            return self._error(500, str(exc))
        if fmt == "table":
            fmt = "csv"
        try:
            out = serialize(result, fmt)
        except KgError as exc:
            return self._error(406, str(exc))
        extra = {"X-Hckg-Truncated": "true"} if result.truncated else {}
        note = f"{result.kind} {len(result)}{' (cut)' if result.truncated else ''}"
        ctype = MEDIA_TYPES[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "turtle", "ntriples") else "")
        self._finish(200, out.encode("utf-8"), ctype, extra, note)

    def _evaluate(self, text: str, dataset: dict[str, Any]) -> Result:
        from .query import evaluate_store
        from .store import current_store_path

        if self.opts.allow_update:  # the writable store is open in this process; query it here
            with self.opts.write_lock:
                return evaluate_store(self.opts.writable_store(), text, self.opts.max_rows, **dataset)
        path = str(current_store_path(self.opts.out_dir))
        return run_isolated(path, text, self.opts.max_rows, self.opts.timeout or 3600, **dataset)

    def _update(self, text: str) -> None:
        if not self.opts.allow_update:
            return self._error(403, "updates are refused: this endpoint is read-only (start it with `kg serve --allow-update`)")
        if not is_update(text):
            return self._error(400, "this is a query, not an update: send it as 'query'")
        try:
            refuse_remote_access(text)
            check_syntax(text)
        except QueryError as exc:
            return self._error(403 if "refused" in str(exc) else 400, str(exc))
        from .namespaces import PREFIXES

        try:
            with self.opts.write_lock:
                self.opts.writable_store().update(text, prefixes=dict(PREFIXES))
        except (SyntaxError, OSError, StoreError) as exc:
            return self._error(400, f"the update failed: {exc}")
        self._finish(204, b"", "text/plain", note="update")


def make_server(out_dir: str, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> ThreadingHTTPServer:
    """A server (not yet serving) for the graph in ``out_dir``; ``options`` go to :class:`ServerOptions`."""
    import pyoxigraph  # noqa: F401 - imported before any fork

    opts = ServerOptions(out_dir, **options)
    handler = type("Handler", (_Handler,), {"opts": opts})
    srv = ThreadingHTTPServer((host, port), handler)
    srv.daemon_threads = True
    return srv


def serve(out_dir: str, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Serve until interrupted."""
    srv = make_server(out_dir, host, port, **options)
    h, p = srv.server_address[:2]
    log = options.get("log") or (lambda line: print(line, file=sys.stderr, flush=True))
    mode = "read-write (--allow-update)" if options.get("allow_update") else "read-only"
    log(f"hckg serving {out_dir!r} ({mode}) at http://{h}:{p}/  (SPARQL endpoint: http://{h}:{p}/sparql; Ctrl-C stops)")
    try:
        srv.serve_forever()
    finally:
        srv.server_close()
