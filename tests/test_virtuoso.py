"""Integration with a real SPARQL server: Virtuoso, started on loopback (`.ci/run` installs it)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from kg.cli import main
from kg.config import Settings
from kg.query import execute, saved_queries
from kg.results import Result
from tests.support.virtuoso import Virtuoso

pytestmark = pytest.mark.skipif(not Virtuoso.available() and not os.environ.get("HCKG_REQUIRE_VIRTUOSO"),
                                reason="virtuoso-opensource is not installed (apt-get install virtuoso-opensource)")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    v = Virtuoso(tmp_path_factory.mktemp("virtuoso")).start()
    yield v
    v.stop()


@pytest.fixture()
def store_env(virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("HCKG_STORE_GSP_URL", virtuoso.gsp_url)
    monkeypatch.setenv("HCKG_STORE_USER", virtuoso.user)
    monkeypatch.setenv("HCKG_STORE_PASSWORD", virtuoso.password)
    return Settings.from_env(os.environ)


def _normal(res: Result) -> list[tuple[tuple[str, str | None], ...]]:
    """Rows as sorted tuples; GROUP_CONCAT lists sorted (their order is the server's choice)."""
    rows = []
    for r in res.values():
        rows.append(tuple(sorted((k, " | ".join(sorted(v.split(" | "))) if v else v) for k, v in r.items())))
    return sorted(rows, key=str)


def test_every_saved_query_gives_the_same_answer_on_virtuoso(seeds_out: Path, virtuoso: Virtuoso, store_env: Settings) -> None:
    from kg.remote import publish

    counts = publish(str(seeds_out), store_env.remote(virtuoso.url))
    assert counts["written"] == 6  # five documents and the ontology
    ep = store_env.remote(virtuoso.url)
    for name, q in saved_queries().items():
        here = execute(q.example_text(), out_dir=seeds_out)
        there = execute(q.example_text(), endpoint=ep)
        assert here.values(), f"{name} gives no rows on the seeds"
        assert _normal(here) == _normal(there), name
    # nothing changed: nothing is sent again
    assert publish(str(seeds_out), ep) == {"written": 0, "unchanged": 6, "dropped": 0}


def test_query_endpoint_flag(virtuoso: Virtuoso, store_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "partners", "--param", "org=Philips", "--endpoint", virtuoso.url, "--format", "csv"]) == 0
    assert "CHU Rennes" in capsys.readouterr().out
    assert main(["query", "SELECT ?x WHERE { ?x a }", "--endpoint", virtuoso.url]) == 2  # checked before sending


def test_build_store_replaces_a_changed_document(virtuoso: Virtuoso, store_env: Settings, tmp_path: Path) -> None:
    doc = tmp_path / "news.txt"
    out = tmp_path / "out"
    doc.write_text("Northwind Medical signs a partnership with Lakeside University Hospital.\n\n"
                   "Northwind Medical and Lakeside University Hospital announced a research partnership on sepsis.\n")
    assert main(["build", str(doc), "--out", str(out), "--store", virtuoso.url, "--quiet"]) == 0
    ep = store_env.remote(virtuoso.url)

    def doc_graphs() -> set[str]:
        q = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d dcterms:source ?s } FILTER (CONTAINS(STR(?s), "news.txt")) }'
        return {r["g"] for r in ep.query(q).values()}

    first = doc_graphs()
    assert len(first) == 1
    doc.write_text("Northwind Medical signs a partnership with Harbour Children's Hospital.\n\n"
                   "Northwind Medical and Harbour Children's Hospital announced a partnership on paediatric imaging.\n")
    assert main(["build", str(doc), "--out", str(out), "--store", virtuoso.url, "--quiet"]) == 0
    second = doc_graphs()
    assert len(second) == 1 and second != first
    labels = {r["l"] for r in ep.query("SELECT ?l WHERE { ?c hckg:participant/rdfs:label ?l }").values()}
    assert "Harbour Children's Hospital" in labels and "Lakeside University Hospital" not in labels
