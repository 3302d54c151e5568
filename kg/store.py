"""The embedded store (pyoxigraph on disk) and the ``Graph`` object users query.

A build writes a new store folder ``store-<id>/`` and then atomically
replaces the pointer file ``store.current``; readers follow the pointer, so
they always see a whole graph, the old one or the new one.

>>> import tempfile
>>> d = tempfile.mkdtemp()
>>> write_store(d, b'<https://e.org/a> <https://e.org/p> "x" <https://e.org/g> .\\n', fmt="nq")
>>> Graph.open(d).query("SELECT ?o WHERE { <https://e.org/a> ?p ?o }")
[{'o': 'x'}]
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

from .errors import GraphNotFoundError, StoreError

__all__ = ["Graph", "write_store", "prepare_store", "patch_store", "switch_store", "current_store_path", "count_triples", "POINTER"]

POINTER = "store.current"
ONTOLOGY_GRAPH = "https://w3id.org/hckg/ontology"


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half.

    ``durable=False`` skips the fsync: for files that can be made again (the extraction cache).
    """
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        if durable:
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, path)


def current_store_path(out_dir: str | os.PathLike[str]) -> Path:
    """The store folder the pointer names; GraphNotFoundError if there is none."""
    out = Path(out_dir)
    ptr = out / POINTER
    try:
        name = ptr.read_text("utf-8").strip()
    except OSError:
        raise GraphNotFoundError(f"no graph in {str(out)!r}: run `kg build PATH --out {out}` first") from None
    path = out / name
    if not path.is_dir():
        raise GraphNotFoundError(f"the store {str(path)!r} named by {str(ptr)!r} is missing: rebuild with `kg build`")
    return path


def write_store(out_dir: str | os.PathLike[str], data: bytes, *, fmt: str = "trig") -> None:
    """Load a serialised dataset into a fresh store folder and switch the pointer to it."""
    switch_store(out_dir, prepare_store(out_dir, data, fmt=fmt))


def prepare_store(out_dir: str | os.PathLike[str], data: bytes, *, fmt: str = "trig", state: dict[str, Any] | None = None) -> Path:
    """A new store folder holding ``data`` (not yet the current one: see :func:`switch_store`).

    ``state`` (what the build wants to remember of this store) is recorded beside it with the triple count."""
    import pyoxigraph as ox

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = _new_store_path(out)
    formats = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
    try:
        store = ox.Store(str(path))
        store.bulk_load(data, formats[fmt])
        # the default graph holds the merge of the named graphs (each triple once), so that queries
        # join over distinct triples; GRAPH ?g still reaches each document's own graph
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(data, formats[fmt]))
        # the count of distinct data triples, kept beside the store so that a patch can update it
        _write_state(path, {**(state or {}), "triples": count_triples(store)})
        # the ontology and topic scheme, in their own graph and in the default graph, so that
        # queries can use the class hierarchy (rdfs:subClassOf) and topic labels
        from .ontology import ONTOLOGY_FILE, TOPICS_FILE, ontology_dir

        for name_ in (ONTOLOGY_FILE, TOPICS_FILE):
            store.bulk_load(path=str(ontology_dir() / name_), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
            store.bulk_load(path=str(ontology_dir() / name_), format=ox.RdfFormat.TURTLE)
        store.flush()
        del store
    except (OSError, SyntaxError, ValueError) as exc:
        shutil.rmtree(path, ignore_errors=True)
        raise StoreError(f"could not write the embedded store in {str(path)!r}: {exc}") from exc
    return path


def _new_store_path(out: Path) -> Path:
    """A fresh store folder name in ``out`` (the time, for people reading the folder, and a random part)."""
    return out / f"store-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"


def _state_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".json")


def _write_state(store_path: Path, state: dict[str, Any]) -> None:
    import json

    atomic_write(_state_path(store_path), json.dumps(state, sort_keys=True).encode("utf-8"), durable=False)


def store_state(store_path: Path) -> dict[str, Any]:
    """What a build recorded beside a store folder (its documents' graph signatures, its triple count); {} if nothing."""
    import json

    try:
        state = json.loads(_state_path(store_path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def count_triples(store: Any) -> int:
    """Distinct triples of the default graph (the merge of the documents' graphs)."""
    row = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    return int(row["n"].value)


def patch_store(out_dir: str | os.PathLike[str], base: Path, drop: list[bytes], add: list[bytes], state: dict[str, Any]) -> Path:
    """A new store folder: a copy of ``base`` (hard links, no data copied) without the documents' graphs
    in ``drop`` and with those in ``add`` (N-Quads, one or more named graphs each), the merged default graph
    updated to match.  ``base`` is not touched, so a build that dies here leaves the current graph whole.
    ``state`` is recorded beside the new store, its triple count updated."""
    import pyoxigraph as ox

    path = _new_store_path(Path(out_dir))
    default = ox.DefaultGraph()
    delta = 0
    try:
        ox.Store.read_only(str(base)).backup(str(path))
        store = ox.Store(str(path))
        for data in drop:
            quads = list(ox.parse(data, ox.RdfFormat.N_QUADS))
            for g in {q.graph_name for q in quads}:
                store.remove_graph(g)
            for q in quads:
                merged = ox.Quad(q.subject, q.predicate, q.object)
                if merged not in store:
                    continue
                # the triple stays in the merge while another document (or the ontology) states it
                if not any(o.graph_name != default for o in store.quads_for_pattern(q.subject, q.predicate, q.object)):
                    store.remove(merged)
                    delta -= 1
        for data in add:
            for q in ox.parse(data, ox.RdfFormat.N_QUADS):
                store.add(q)
                merged = ox.Quad(q.subject, q.predicate, q.object)
                if merged not in store:
                    store.add(merged)
                    delta += 1
        store.flush()
        del store
        _write_state(path, {**state, "triples": int(store_state(base).get("triples", 0)) + delta})
    except (OSError, SyntaxError, ValueError) as exc:
        shutil.rmtree(path, ignore_errors=True)
        raise StoreError(f"could not update the embedded store in {str(path)!r}: {exc}") from exc
    return path


def switch_store(out_dir: str | os.PathLike[str], path: Path) -> None:
    """Make ``path`` the current store (one atomic write of the pointer) and remove older stores."""
    out = Path(out_dir)
    name = path.name
    try:
        previous = (out / POINTER).read_text("utf-8").strip()
    except OSError:
        previous = ""
    atomic_write(out / POINTER, name.encode("utf-8"))
    # remove older stores (and those of builds that died); the one just replaced stays until the
    # next build, so that a reader that read the pointer a moment ago can still open what it names
    for p in out.glob("store-*"):
        if p.name not in (name, previous) and p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif p.suffix == ".json" and p.stem not in (name, previous):
            p.unlink(missing_ok=True)


class Graph:
    """A built graph opened for querying.

    ``query`` returns rows as dicts of plain strings (lexical forms);
    ``query_df`` returns a pandas DataFrame when pandas is installed;
    ``rdflib_graph()`` loads the union graph into rdflib (for small graphs).
    """

    def __init__(self, store: Any, out_dir: Path) -> None:
        self._store = store
        self.out_dir = out_dir

    @classmethod
    def at(cls, store_path: str | os.PathLike[str]) -> "Graph":
        """A store folder opened directly (read-only), whether or not it is the current one."""
        import pyoxigraph as ox

        try:
            return cls(ox.Store.read_only(str(store_path)), Path(store_path).parent)
        except OSError as exc:
            raise StoreError(f"cannot open the store {str(store_path)!r}: {exc}") from exc

    @classmethod
    def open(cls, out_dir: str | os.PathLike[str] = "out") -> "Graph":
        import pyoxigraph as ox

        for attempt in range(3):
            path = current_store_path(out_dir)
            try:
                store = ox.Store.read_only(str(path))
                return cls(store, Path(out_dir))
            except OSError as exc:  # a build switched stores between reading the pointer and opening: read it again
                if attempt == 2:
                    raise StoreError(f"cannot open the store {str(path)!r}: {exc}") from exc
                time.sleep(0.05)
        raise AssertionError("unreachable")

    def result(self, sparql: str, *, timeout: float | None = None, limit: int | None = None) -> Any:
        """The :class:`kg.results.Result` of ``sparql`` (project prefixes predeclared; default graph = all graphs)."""
        from .query import evaluate_store, execute

        if timeout:
            return execute(sparql, out_dir=self.out_dir, timeout=timeout, limit=limit)
        return evaluate_store(self._store, sparql, limit)

    def query(self, sparql: str, *, timeout: float | None = None, limit: int | None = None) -> Any:
        """Rows (list of dicts of lexical forms) for SELECT, a bool for ASK, (s, p, o) string tuples for CONSTRUCT/DESCRIBE.

        >>> import kg, tempfile
        >>> d = tempfile.mkdtemp()
        >>> write_store(d, b'<https://e.org/a> <https://e.org/p> "x" <https://e.org/g> .\\n', fmt="nq")
        >>> kg.load(d).query("ASK { ?s ?p 'x' }")
        True
        """
        res = self.result(sparql, timeout=timeout, limit=limit)
        if res.kind == "ask":
            return bool(res.boolean)
        if res.kind == "select":
            return res.values()
        import pyoxigraph as ox

        return [(t.subject.value, t.predicate.value, getattr(t.object, "value", str(t.object)))
                for t in ox.parse(res.ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)]

    def query_df(self, sparql: str):  # type: ignore[no-untyped-def]
        """The SELECT result as a pandas DataFrame."""
        import pandas as pd

        res = self.result(sparql)
        return pd.DataFrame(res.values(), columns=list(res.variables))

    def rdflib_graph(self):  # type: ignore[no-untyped-def]
        """The union graph as an rdflib Graph (reads ``graph.ttl``)."""
        from rdflib import Graph as RGraph

        return RGraph().parse(self.out_dir / "graph.ttl", format="turtle")

    def __len__(self) -> int:
        return len(self._store)
