"""The build: paths -> ingest -> extract (cached by content hash) -> resolve -> RDF -> files and store.

Outputs are written to temporary names and moved into place, and the store
pointer is switched last, so a build that crashes leaves the previous graph
intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from .config import Settings
from .models import BuildReport, Extraction, Skipped
from .namespaces import HCKG, ID_BASE
from .ontology import TOPICS_FILE, ontology_dir

__all__ = ["build", "remove", "Progress", "load_extractions", "extractor_version"]

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Progress:
    """A progress event: ``stage`` with ``done`` of ``total`` items."""

    stage: str
    done: int
    total: int
    detail: str = ""


def extractor_version() -> str:
    """A hash of the extractor's code and data: cached extractions of another version are redone."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = sorted([*root.joinpath("extract").glob("*.py"), *root.joinpath("data").rglob("*.toml"), root / "models.py", root / "nlp.py", root / "ingest.py", ontology_dir() / TOPICS_FILE])
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _cache_path(out: Path, sha: str, version: str) -> Path:
    return out / "cache" / version / f"{sha}.pkl"


def load_extractions(out_dir: str | Path) -> list[Extraction]:
    """The extractions of every document of the current build in ``out_dir``."""
    out = Path(out_dir)
    man = _read_manifest(out)
    return _cached_extractions(out, sorted(set(man.get("documents", {}).values())), man.get("extractor", ""))


def _cached_extractions(out: Path, shas: Iterable[str], version: str) -> list[Extraction]:
    """The cached extractions of these documents (by content hash), in the order given."""
    exs = []
    folder = os.path.join(out, "cache", version)
    for sha in shas:
        try:
            with open(os.path.join(folder, sha + ".pkl"), "rb") as fh:
                exs.append(pickle.load(fh))
        except FileNotFoundError:
            continue
    return exs


def _older(a: Path, b: Path) -> bool:
    """True when file ``a`` exists and was last written no later than ``b`` (a page `kg viz` redrew since is newer)."""
    try:
        return a.stat().st_mtime_ns <= b.stat().st_mtime_ns
    except OSError:
        return False


def _clean_cache(cache: Path, keep: set[tuple[str, str]]) -> None:
    """Remove cached document graphs that neither the current nor the previous store holds."""
    for p in cache.glob("*.*.*"):
        parts = p.name.split(".")
        if len(parts) == 3 and parts[2] in ("nq", "trig", "ttl") and (parts[0], parts[1]) not in keep:
            p.unlink(missing_ok=True)


def _read_manifest(out: Path) -> dict:  # type: ignore[type-arg]
    try:
        return json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class _Known:
    """A file the last build read whose size and modification time have not changed since: not read again."""

    path: str
    sha256: str


def _scan(paths: list[str], known: dict[str, list[int]], docs: dict[str, str], cached: Callable[[str], bool]
          ) -> tuple[list[Any], list[Skipped], dict[str, list[int]]]:
    """The input files: read (articles), or known unchanged by size and modification time; skipped ones; each file's stat."""
    import stat as stat_

    from .ingest import ingest

    stats: dict[str, list[int]] = {}

    def reuse(path: str) -> _Known | None:
        try:
            st = os.stat(path)  # before reading: a file changed while being read is read again next time
        except OSError:
            return None
        if not stat_.S_ISREG(st.st_mode):
            return None
        stats[path] = [st.st_size, st.st_mtime_ns]
        if known.get(path) == stats[path] and path in docs and cached(docs[path]):
            return _Known(path, docs[path])
        return None

    articles, skipped = ingest(paths, reuse=reuse)
    for sk in skipped:
        stats.pop(sk.path, None)  # an unreadable file is read again next time
    return articles, skipped, stats


def build(
    paths: list[str],
    out_dir: str = "out",
    settings: Settings | None = None,
    progress: Callable[[Progress], None] | None = None,
    *,
    write_network: bool = True,
    prune: bool = False,
) -> BuildReport:
    """Build or update the graph in ``out_dir`` from the files under ``paths``.

    With ``prune``, documents of the graph that came from under ``paths`` and whose file is gone are removed.
    """
    from .extract import extract_all
    from .store import atomic_write

    settings = settings or Settings()
    say = progress or (lambda _p: None)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    version = extractor_version()
    manifest = _read_manifest(out)
    old_docs: dict[str, str] = dict(manifest.get("documents", {})) if manifest.get("extractor") == version else {}
    if manifest.get("extractor") not in (None, version):
        # extractor changed: re-extract every earlier document still on disk
        paths = sorted(set(paths) | {p for p in manifest.get("documents", {}) if Path(p).exists()})
    say(Progress("ingest", 0, 0))
    known = manifest.get("files", {}) if old_docs else {}
    try:
        in_cache = {n[:-4] for n in os.listdir(out / "cache" / version) if n.endswith(".pkl")}
    except OSError:
        in_cache = set()
    articles, skipped, stats = _scan(paths, known, old_docs, in_cache.__contains__)
    say(Progress("ingest", len(articles), len(articles)))
    docs = dict(old_docs)
    added = replaced = unchanged = 0
    todo = []
    seen: set[str] = set()
    seen_files: set[str] = set()
    for a in articles:
        real = os.path.realpath(a.path)
        if real in seen_files:
            continue  # the same file reached twice (a folder and a file inside it)
        seen_files.add(real)
        if a.sha256 in seen:
            skipped.append(Skipped(a.path, "same content as another input file"))
            continue
        seen.add(a.sha256)
        prev = docs.get(a.path)
        if prev == a.sha256 and a.sha256 in in_cache:
            unchanged += 1
        else:
            if prev is None:
                added += 1
            else:
                replaced += 1
            if a.sha256 not in in_cache:
                todo.append(a)
        docs[a.path] = a.sha256
    (out / "cache" / version).mkdir(parents=True, exist_ok=True)
    for i, ex in enumerate(extract_all(todo, n_process=settings.n_process, batch_size=settings.batch_size)):
        atomic_write(_cache_path(out, ex.article.sha256, version), pickle.dumps(ex), durable=False)
        say(Progress("extract", i + 1, len(todo), ex.article.path))
    removed = 0
    if prune:
        roots = [os.path.abspath(p).rstrip(os.sep) for p in paths]
        for d in list(docs):
            ad = os.path.abspath(d)
            if not Path(d).exists() and any(ad == r or ad.startswith(r + os.sep) for r in roots):
                del docs[d]
                removed += 1
    stats = {p: st for p, st in stats.items() if p in docs}
    return _write_graph(out, docs, version, settings, say, write_network=write_network, skipped=skipped,
                        counts={"added": added, "replaced": replaced, "unchanged": unchanged, "removed": removed}, stats=stats)


def remove(paths: list[str], out_dir: str = "out", settings: Settings | None = None,
           progress: Callable[[Progress], None] | None = None, *, missing: bool = False, write_network: bool = True) -> BuildReport:
    """Take documents out of the graph in ``out_dir``: those at ``paths`` (files, or every document under a folder),
    and with ``missing`` every document whose file no longer exists.  Nothing is parsed again."""
    settings = settings or Settings()
    say = progress or (lambda _p: None)
    out = Path(out_dir)
    manifest = _read_manifest(out)
    if not manifest:
        from .errors import GraphNotFoundError

        raise GraphNotFoundError(f"no graph in {str(out)!r}: nothing to remove")
    docs: dict[str, str] = dict(manifest.get("documents", {}))
    version = manifest.get("extractor", extractor_version())
    targets = [os.path.abspath(p) for p in paths]
    gone = {d for d in docs if any(os.path.abspath(d) == t or os.path.abspath(d).startswith(t.rstrip(os.sep) + os.sep) for t in targets)}
    gone |= {d for d in docs if docs[d] in set(paths)}  # a content hash names a document too
    if missing:
        gone |= {d for d in docs if not Path(d).exists()}
    if paths and not gone:
        from .errors import UsageError

        raise UsageError(f"no document of the graph in {str(out)!r} comes from {paths[0]!r} (the documents are listed in manifest.json)")
    for d in gone:
        del docs[d]
    stats = {p: st for p, st in manifest.get("files", {}).items() if p in docs}
    return _write_graph(out, docs, version, settings, say, write_network=write_network, skipped=[],
                        counts={"added": 0, "replaced": 0, "unchanged": len(docs), "removed": len(gone)}, stats=stats)


def _prefix_lines(prefixes: dict[str, str]) -> bytes:
    return "".join(f"@prefix {k}: <{v}> .\n" for k, v in prefixes.items()).encode("utf-8")


def _file_prefixes() -> dict[str, str]:
    from .namespaces import PREFIXES

    return {k: v for k, v in PREFIXES.items() if k != "id"}  # entity IRIs stay whole: <https://w3id.org/hckg/id/org/...>


def document_chunks(nquads: bytes) -> tuple[bytes, bytes]:
    """One document's graph (N-Quads) as a TriG block and as Turtle statements, prefix lines left out.

    ``graph.trig`` and ``graph.ttl`` are the prefix lines followed by every document's chunk in the
    order of the documents' hashes, so a rebuild writes only the chunks of graphs that changed and the
    files are the same for the same graph.  In ``graph.ttl`` an entity named by several documents has
    its type and label stated once per document (the same triple: Turtle readers keep it once).
    """
    import pyoxigraph as ox

    quads = sorted(ox.parse(nquads, ox.RdfFormat.N_QUADS), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    prefixes = _file_prefixes()
    head = len(_prefix_lines(prefixes))
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b""
    ttl = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    return trig[head:] if trig.startswith(b"@prefix") else trig, ttl[head:] if ttl.startswith(b"@prefix") else ttl


def _ontology_hash() -> str:
    from .ontology import ONTOLOGY_FILE, TOPICS_FILE

    h = hashlib.sha256()
    for name in (ONTOLOGY_FILE, TOPICS_FILE):
        h.update((ontology_dir() / name).read_bytes())
    return h.hexdigest()[:12]


_GRAPHS_JOB: tuple = ()  # what forked writers of document graphs read: (todo, res, cache, min_confidence)
PARALLEL_GRAPHS_FROM = 400  # documents to write before the work is shared out to forked workers


def _write_document_graphs(todo: list[tuple[Extraction, str]], res: object, cache: Path, settings: Settings) -> None:
    """Each document's graph as N-Quads, a TriG block and Turtle statements, in the cache.

    Many documents (a first build) are shared out to forked workers, one per core, which inherit the
    resolution instead of receiving it; a few (an added article) are written here.
    """
    global _GRAPHS_JOB
    import multiprocessing
    import threading

    workers = settings.n_process if settings.n_process > 0 else min(os.cpu_count() or 1, 4)
    if len(todo) < PARALLEL_GRAPHS_FROM or workers < 2 or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        _document_graphs(todo, res, cache, settings.min_confidence)
        return
    _GRAPHS_JOB = (todo, res, cache, settings.min_confidence)
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            pool.map(_document_graphs_part, [(i, workers) for i in range(workers)])
    finally:
        _GRAPHS_JOB = ()


def _document_graphs_part(part: tuple[int, int]) -> None:
    todo, res, cache, min_confidence = _GRAPHS_JOB
    _document_graphs(todo[part[0] :: part[1]], res, cache, min_confidence)


def _document_graphs(todo: list[tuple[Extraction, str]], res: object, cache: Path, min_confidence: float) -> None:
    from .rdf import document_nquads
    from .store import atomic_write

    for ex, sig in todo:
        sha = ex.article.sha256
        data = document_nquads(ex, res, min_confidence=min_confidence)  # type: ignore[arg-type]
        trig, ttl = document_chunks(data)
        atomic_write(cache / f"{sha}.{sig}.nq", data, durable=False)
        atomic_write(cache / f"{sha}.{sig}.trig", trig, durable=False)
        atomic_write(cache / f"{sha}.{sig}.ttl", ttl, durable=False)


def _write_graph(out: Path, docs: dict[str, str], version: str, settings: Settings, say: Callable[[Progress], None], *,
                 write_network: bool, skipped: list[Skipped], counts: dict[str, int], stats: dict[str, list[int]] | None = None) -> BuildReport:
    """Resolve the cached extractions of ``docs``, write the graph files and the store, switch to them."""
    from .errors import GraphNotFoundError
    from .rdf import document_signature
    from .resolve import resolve
    from .store import Graph, atomic_write, current_store_path, patch_store, prepare_store, store_state, switch_store

    extractions = _cached_extractions(out, [sha for _path, sha in sorted(docs.items())], version)
    say(Progress("resolve", 0, 1))
    res = resolve(extractions)
    # each document's graph is kept in the cache under a signature of what it depends on (its
    # extraction and how its entities were resolved), as N-Quads, a TriG block and Turtle statements:
    # a rebuild makes only the graphs that changed, and patches the store with them
    by_sha: dict[str, list[str]] = {}
    for (sha, _kind, _key), iri in res.local.items():
        by_sha.setdefault(sha, []).append(iri)
    cache = out / "cache" / version
    sigs: dict[str, str] = {}
    in_cache = set(os.listdir(cache)) if cache.is_dir() else set()
    todo: list[tuple[Extraction, str]] = []
    for ex in sorted(extractions, key=lambda e: e.article.sha256):
        sha = ex.article.sha256
        sig = document_signature(sha, res, by_sha.get(sha, []), settings.min_confidence)
        sigs[sha] = sig
        if f"{sha}.{sig}.ttl" not in in_cache:
            todo.append((ex, sig))
    _write_document_graphs(todo, res, cache, settings)
    del extractions, todo
    say(Progress("write", 0, 1))
    state = {"extractor": version, "ontology": _ontology_hash(), "min_confidence": settings.min_confidence, "graphs": sigs}
    # the store: patched when few documents' graphs changed since the current store, else written whole;
    # either way a new folder, and the pointer is switched last, so `kg query` and `kg serve` move from
    # the old graph to the new one in one step and a build that dies leaves the old one
    store_path = None
    graphs_changed = -1
    try:
        base = current_store_path(out)
    except GraphNotFoundError:
        base = None
    old = store_state(base) if base is not None else {}
    if base is not None:
        same = all(old.get(k) == state[k] for k in ("extractor", "ontology", "min_confidence")) and "triples" in old
        before: dict[str, str] = old.get("graphs", {}) if same else {}
        drop = [(sha, sig) for sha, sig in before.items() if sigs.get(sha) != sig]
        add = [(sha, sig) for sha, sig in sigs.items() if before.get(sha) != sig]
        if same and len(drop) + len(add) <= max(200, len(sigs) // 5) and all((cache / f"{sha}.{sig}.nq").exists() for sha, sig in drop):
            store_path = patch_store(out, base, [(cache / f"{sha}.{sig}.nq").read_bytes() for sha, sig in drop],
                                     [(cache / f"{sha}.{sig}.nq").read_bytes() for sha, sig in add], state)
            graphs_changed = len(drop) + len(add)
    order = sorted(sigs.items())
    if store_path is None:
        store_path = prepare_store(out, b"".join((cache / f"{sha}.{sig}.nq").read_bytes() for sha, sig in order), fmt="nq", state=state)
    try:
        prefixes = _prefix_lines(_file_prefixes())
        atomic_write(out / "graph.trig", b"".join([prefixes, *((cache / f"{sha}.{sig}.trig").read_bytes() for sha, sig in order)]))
        atomic_write(out / "graph.ttl", b"".join([prefixes, *((cache / f"{sha}.{sig}.ttl").read_bytes() for sha, sig in order)]))
        files = {"graph": str(out / "graph.ttl"), "trig": str(out / "graph.trig")}
        g_new = Graph.at(store_path)
        n_orgs = int(g_new.query(f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?o a ?t FILTER(STRSTARTS(STR(?o), '{ID_BASE}org/')) }}")[0]["n"])
        n_collab = int(g_new.query(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c <{HCKG.participant}> ?o }}")[0]["n"])
        # the page is drawn again unless the graph is the one it was drawn from (a rebuild that changed nothing)
        page_of = _read_manifest(out).get("network_of")
        page_current = graphs_changed == 0 and base is not None and page_of == [base.name, settings.viz_cluster_above] and _older(out / "network.html", out / MANIFEST)
        if write_network and not page_current:
            from .viz import ViewOptions, write_network as _write_network

            _write_network(out, out / "network.html", ViewOptions(cluster_above=settings.viz_cluster_above), graph=g_new)
        if write_network:
            files["network"] = str(out / "network.html")
        del g_new
        manifest = {"extractor": version, "documents": docs, "files": stats or {},
                    "network_of": [store_path.name, settings.viz_cluster_above] if write_network else None}
        atomic_write(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))
    except BaseException:
        import shutil

        shutil.rmtree(store_path, ignore_errors=True)
        raise
    switch_store(out, store_path)
    _clean_cache(cache, set(sigs.items()) | set(old.get("graphs", {}).items()))
    n_triples = int(store_state(store_path).get("triples", 0))
    published: dict[str, int] = {}
    if settings.store:
        from .remote import publish

        say(Progress("publish", 0, 1, settings.store))
        published = publish(str(out), settings.remote(), progress=lambda i, n, g: say(Progress("publish", i, n, g)))
    say(Progress("done", 1, 1))
    return BuildReport(
        out_dir=str(out), documents=len(sigs), added=counts["added"], replaced=counts["replaced"], unchanged=counts["unchanged"],
        removed=counts["removed"], skipped=tuple(skipped), triples=n_triples, organizations=n_orgs, collaborations=n_collab, files=files,
        published=published, graphs_changed=graphs_changed,
    )
