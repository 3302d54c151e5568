"""Incremental builds give the graph a full rebuild gives: adding, changing and removing documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "dev" / "docs"


def _graph(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl", format="turtle")


def _store(out: Path) -> set[str]:
    """Every quad of the embedded store (named graphs, merged default graph, ontology) as text."""
    import pyoxigraph as ox

    from kg.store import current_store_path

    return {str(q) for q in ox.Store.read_only(str(current_store_path(out)))}


def _same_store(a: Path, b: Path) -> None:
    qa, qb = _store(a), _store(b)
    assert qa == qb, (sorted(qa - qb)[:5], sorted(qb - qa)[:5])


def _full(files: list[Path], out: Path) -> Graph:
    kg.build([str(f) for f in files], out_dir=str(out), write_network=False)
    return _graph(out)


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    shutil.copytree(ROOT / "seeds", d)
    return d


def test_add_change_remove_equal_full_rebuilds(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg.build([str(inbox)], out_dir=str(out), write_network=False)
    # add one article
    extra = sorted(DEV.glob("*.txt"))[0]
    shutil.copy(extra, inbox / extra.name)
    rep = kg.build([str(inbox)], out_dir=str(out), write_network=False)
    assert (rep.added, rep.unchanged) == (1, 5)
    assert rep.graphs_changed >= 1  # the store was patched, not written again
    assert isomorphic(_graph(out), _full(sorted(inbox.iterdir()), tmp_path / "full1"))
    _same_store(out, tmp_path / "full1")
    assert rep.triples == kg.build([str(inbox)], out_dir=str(tmp_path / "full1"), write_network=False).triples
    # change it: its facts are replaced
    changed = inbox / extra.name
    changed.write_text("Harbour Children's Hospital signs a partnership with Northwind Medical on paediatric imaging.\n", "utf-8")
    rep = kg.build([str(inbox)], out_dir=str(out), write_network=False)
    assert rep.replaced == 1 and rep.graphs_changed >= 2
    assert isomorphic(_graph(out), _full(sorted(inbox.iterdir()), tmp_path / "full2"))
    _same_store(out, tmp_path / "full2")
    labels = {str(o) for o in _graph(out).objects(None, None)}
    assert "Harbour Children's Hospital" in labels
    # remove it with `kg remove`
    assert main(["remove", str(changed), "--out", str(out), "--quiet"]) == 0
    assert "Harbour Children's Hospital" not in {str(o) for o in _graph(out).objects(None, None)}
    seeds_only = _full(sorted((ROOT / "seeds").iterdir()), tmp_path / "full3")
    assert len(_graph(out)) == len(seeds_only)
    _same_store(out, tmp_path / "full3")


def test_prune_drops_deleted_files(inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    kg.build([str(inbox)], out_dir=str(out), write_network=False)
    victim = sorted(inbox.iterdir())[0]
    victim.unlink()
    assert main(["build", str(inbox), "--out", str(out), "--prune"]) == 0
    assert "1 removed" in capsys.readouterr().out
    assert isomorphic(_graph(out), _full(sorted(inbox.iterdir()), tmp_path / "full"))
    assert main(["remove", "--missing", "--out", str(out), "--quiet"]) == 0  # nothing left to remove: still fine
    assert main(["remove", "no-such.txt", "--out", str(out)]) == 2


def test_unchanged_files_are_not_read_again(inbox: Path, tmp_path: Path) -> None:
    """A file whose size and modification time are those of the last build is taken as unchanged without reading it
    (as make and git do); touching it makes the build read it and compare its content hash."""
    import os

    out = tmp_path / "out"
    kg.build([str(inbox)], out_dir=str(out), write_network=False)
    f = sorted(inbox.iterdir())[0]
    st = f.stat()
    text = f.read_bytes()
    f.write_bytes(text.replace(b"a", b"o", 1))  # same size, other content
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    rep = kg.build([str(inbox)], out_dir=str(out), write_network=False)
    assert (rep.unchanged, rep.replaced, rep.graphs_changed) == (5, 0, 0)
    os.utime(f)  # touched: read again, and its content has changed
    rep = kg.build([str(inbox)], out_dir=str(out), write_network=False)
    assert (rep.unchanged, rep.replaced) == (4, 1)


def test_page_redrawn_only_when_its_graph_changed(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg.build([str(inbox)], out_dir=str(out))
    page = out / "network.html"
    drawn = page.stat().st_mtime_ns
    rep = kg.build([str(inbox)], out_dir=str(out))
    assert rep.graphs_changed == 0 and page.stat().st_mtime_ns == drawn  # same graph: the page is kept
    assert main(["viz", "--out", str(out), "--top", "2"]) == 0  # a narrower page drawn by hand
    narrow = page.read_text("utf-8")
    kg.build([str(inbox)], out_dir=str(out))
    assert page.read_text("utf-8") != narrow  # the build draws the whole graph again
    (inbox / "new.txt").write_text("Harbour Children's Hospital signs a partnership with Northwind Medical on paediatric imaging.\n", "utf-8")
    before = page.stat().st_mtime_ns
    kg.build([str(inbox)], out_dir=str(out))
    assert page.stat().st_mtime_ns != before and "Northwind Medical" in page.read_text("utf-8")


def test_document_graphs_written_by_forked_workers_are_the_same(inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first build shares the documents' graphs out to worker processes; the files are byte for byte the ones
    a single process writes."""
    import kg.pipeline as pipeline
    from kg.config import Settings

    import threading

    if threading.active_count() > 1:
        pytest.skip("workers are forked only from a single-threaded process")
    kg.build([str(inbox)], out_dir=str(tmp_path / "one"), write_network=False, settings=Settings(n_process=1))
    monkeypatch.setattr(pipeline, "PARALLEL_GRAPHS_FROM", 2)
    in_parent: list[int] = []
    real = pipeline._document_graphs
    monkeypatch.setattr(pipeline, "_document_graphs", lambda todo, *a: (in_parent.append(len(todo)), real(todo, *a)))
    kg.build([str(inbox)], out_dir=str(tmp_path / "two"), write_network=False, settings=Settings(n_process=2))
    assert not in_parent  # every graph was written by a worker
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    _same_store(tmp_path / "one", tmp_path / "two")
