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

from rdflib import RDF

from .config import Settings
from .ingest import ingest
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
    for sha in shas:
        p = _cache_path(out, sha, version)
        if p.exists():
            exs.append(pickle.loads(p.read_bytes()))
    return exs


def _read_manifest(out: Path) -> dict:  # type: ignore[type-arg]
    try:
        return json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


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
    articles, skipped = ingest(paths)
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
        if prev == a.sha256 and _cache_path(out, a.sha256, version).exists():
            unchanged += 1
        else:
            if prev is None:
                added += 1
            else:
                replaced += 1
            if not _cache_path(out, a.sha256, version).exists():
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
    return _write_graph(out, docs, version, settings, say, write_network=write_network, skipped=skipped,
                        counts={"added": added, "replaced": replaced, "unchanged": unchanged, "removed": removed})


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
    return _write_graph(out, docs, version, settings, say, write_network=write_network, skipped=[],
                        counts={"added": 0, "replaced": 0, "unchanged": len(docs), "removed": len(gone)})


def serialize_dataset(raw: bytes) -> tuple[bytes, bytes, bytes, set[Any]]:
    """N-Quads (the documents' graphs) as sorted N-Quads, TriG (one graph per document) and Turtle (the merge), and the distinct triples.

    pyoxigraph writes the files, quads sorted so that the files are the same for the same graph.
    """
    import pyoxigraph as ox

    from .namespaces import PREFIXES

    quads = sorted(ox.parse(raw, ox.RdfFormat.N_QUADS), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    prefixes = {k: v for k, v in PREFIXES.items() if k != "id"}  # entity IRIs stay whole: <https://w3id.org/hckg/id/org/...>
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b""
    triples = {q.triple for q in quads}
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    ttl = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    return nquads, trig, ttl, triples


def _write_graph(out: Path, docs: dict[str, str], version: str, settings: Settings, say: Callable[[Progress], None], *,
                 write_network: bool, skipped: list[Skipped], counts: dict[str, int]) -> BuildReport:
    """Resolve the cached extractions of ``docs``, write the graph files and the store, switch to them."""
    from .rdf import document_nquads, document_signature
    from .resolve import resolve
    from .store import atomic_write, prepare_store, switch_store

    extractions = _cached_extractions(out, [sha for _path, sha in sorted(docs.items())], version)
    say(Progress("resolve", 0, 1))
    res = resolve(extractions)
    # each document's graph is kept in the cache under a signature of what it depends on (its
    # extraction and how its entities were resolved): a rebuild rewrites only graphs that changed
    by_sha: dict[str, list[str]] = {}
    for (sha, _kind, _key), iri in res.local.items():
        by_sha.setdefault(sha, []).append(iri)
    parts = []
    for ex in sorted(extractions, key=lambda e: e.article.sha256):
        sha = ex.article.sha256
        sig = document_signature(sha, res, by_sha.get(sha, []), settings.min_confidence)
        cached = out / "cache" / version / f"{sha}.{sig}.nq"
        try:
            parts.append(cached.read_bytes())
        except OSError:
            data = document_nquads(ex, res, min_confidence=settings.min_confidence)
            atomic_write(cached, data, durable=False)
            parts.append(data)
    say(Progress("write", 0, 1))
    nquads, trig, ttl, triples = serialize_dataset(b"".join(parts))
    # every file is written whole under a temporary name and renamed; the store pointer is switched
    # last, so `kg query` and `kg serve` move from the old graph to the new one in one step
    store_path = prepare_store(out, nquads, fmt="nq")
    try:
        atomic_write(out / "graph.trig", trig)
        atomic_write(out / "graph.ttl", ttl)
        files = {"graph": str(out / "graph.ttl"), "trig": str(out / "graph.trig")}
        if write_network:
            from .store import Graph
            from .viz import ViewOptions, write_network as _write_network

            g_new = Graph.at(store_path)
            _write_network(out, out / "network.html", ViewOptions(cluster_above=settings.viz_cluster_above), graph=g_new)
            del g_new
            files["network"] = str(out / "network.html")
        atomic_write(out / MANIFEST, json.dumps({"extractor": version, "documents": docs}, indent=1, sort_keys=True).encode("utf-8"))
    except BaseException:
        import shutil

        shutil.rmtree(store_path, ignore_errors=True)
        raise
    switch_store(out, store_path)
    rdf_type, participant = str(RDF.type), str(HCKG.participant)
    n_orgs = len({t.subject for t in triples if t.predicate.value == rdf_type and t.subject.value.startswith(ID_BASE + "org/")})
    n_collab = len({t.subject for t in triples if t.predicate.value == participant})
    published: dict[str, int] = {}
    if settings.store:
        from .remote import publish

        say(Progress("publish", 0, 1, settings.store))
        published = publish(str(out), settings.remote(), progress=lambda i, n, g: say(Progress("publish", i, n, g)))
    say(Progress("done", 1, 1))
    return BuildReport(
        out_dir=str(out), documents=len(extractions), added=counts["added"], replaced=counts["replaced"], unchanged=counts["unchanged"],
        removed=counts["removed"], skipped=tuple(skipped), triples=len(triples), organizations=n_orgs, collaborations=n_collab, files=files,
        published=published,
    )
