"""`kg query` and the saved queries, on the graph built from seeds/."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from kg.cli import main
from kg.query import execute, resolve_query, saved_queries

# What each saved query must answer on the seeds: a row (as a subset of its cells) that must be there.
EXPECTED: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "partners": ({"org": "Philips"}, {"partnerLabel": "CHU Rennes"}),
    "topic": ({"topic": "stroke"}, {"organization": "Philips", "topicLabel": "stroke"}),
    "by-year": ({}, {"year": "2020", "collaborations": "1"}),
    "by-country": ({}, {"place": "Rennes"}),
    "multi-party": ({}, {"parties": "5"}),
    "organizations-by-type": ({}, {"type": "Startup", "organization": "TheraPanacea"}),
    "hospitals-startups": ({}, {"hospital": "Assistance Publique-Hôpitaux de Paris", "startup": "TheraPanacea"}),
    "companies-hospitals": ({"min": "1"}, {"company": "Philips", "hospitals": "1", "names": "CHU Rennes"}),
    "people": ({}, {"person": "David Corcos", "organization": "Philips"}),
    "people-at": ({"org": "Rennes University Hospital"}, {"person": "Véronique Anatole-Touzet", "role": "CEO"}),
    "evidence": ({"org": "philips"}, {"fact": "acquired", "sentence": "Philips recently purchased cardiac diagnostics provider BioTelemetry."}),
    "documents": ({"org": "AP-HP"}, {"date": "2020-06-15", "language": "en"}),
    "acquisitions": ({}, {"buyer": "Philips", "acquired": "BioTelemetry", "date": "2021-01-27"}),
    "suppliers": ({}, {"supplier": "Philips", "customer": "CHU Rennes"}),
    "top-partners": ({}, {"organization": "TheraPanacea", "partners": "4"}),
    "collaborations": ({}, {"kind": "Partnership", "date": "2021-01-27"}),
    "relations": ({}, {"subject": "Philips", "relation": "acquired", "object": "BioTelemetry"}),
}


def test_at_least_fourteen_saved_queries_each_with_a_header() -> None:
    saved = saved_queries()
    assert len(saved) >= 14
    for name, q in saved.items():
        assert q.title and q.description, name
        used = {re.sub(r"_lc$", "", u) for u in re.findall(r"\$(\w+)", q.text)}  # $org_lc: the value in lower case
        assert used == set(q.params), f"{name}: parameters used {used} vs declared {set(q.params)}"
        assert set(q.examples) == set(q.params), f"{name}: every parameter needs an example"


def test_every_saved_query_has_an_expected_answer() -> None:
    assert set(EXPECTED) == set(saved_queries())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_answers_on_seeds(seeds_out, name: str) -> None:  # type: ignore[no-untyped-def]
    params, want = EXPECTED[name]
    res = execute(resolve_query(name, params), out_dir=seeds_out)
    rows = res.values()
    assert any(all(want_v in (r.get(k) or "") if k in ("names", "sentence") else r.get(k) == want_v for k, want_v in want.items())
               for r in rows), f"{name}: no row with {want} in {rows[:10]}"


def test_saved_query_example_text_runs(seeds_out) -> None:  # type: ignore[no-untyped-def]
    for q in saved_queries().values():
        assert execute(q.example_text(), out_dir=seeds_out).kind == "select"


def test_list(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    assert "partners" in out and '--param org="Philips"' in out
    assert main(["query", "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {q["name"] for q in listed} == set(saved_queries())


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["query", *argv])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_formats(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    q = "SELECT ?o ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l } ORDER BY ?l"
    code, out, _ = _run(capsys, q, "--out", str(seeds_out), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"] == ["o", "l"]
    labels = [b["l"]["value"] for b in data["results"]["bindings"]]
    assert "TheraPanacea" in labels and data["results"]["bindings"][0]["o"]["type"] == "uri"
    code, out, _ = _run(capsys, q, "--out", str(seeds_out), "--format", "csv")
    assert [r["l"] for r in csv.DictReader(io.StringIO(out))] == labels
    code, out, _ = _run(capsys, q, "--out", str(seeds_out), "--format", "tsv")
    lines = out.splitlines()
    assert lines[0] == "?o\t?l" and lines[1].startswith("<https://w3id.org/hckg/id/org/")
    code, out, _ = _run(capsys, q, "--out", str(seeds_out), "--format", "xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [b.text for b in ET.fromstring(out).findall(".//s:binding[@name='l']/s:literal", ns)] == labels
    code, out, _ = _run(capsys, q, "--out", str(seeds_out))
    assert "TheraPanacea" in out and re.search(r"\(\d+ rows\)", out)


def test_construct_gives_turtle(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph, Literal, URIRef

    code, out, _ = _run(capsys, "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o a hckg:Startup ; rdfs:label ?l }", "--out", str(seeds_out))
    assert code == 0
    g = Graph().parse(data=out, format="turtle")
    assert (URIRef("https://w3id.org/hckg/id/org/therapanacea"), None, Literal("TheraPanacea")) in g or \
        Literal("TheraPanacea") in set(g.objects())
    code, out, _ = _run(capsys, "DESCRIBE ?o WHERE { ?o rdfs:label 'TheraPanacea' }", "--out", str(seeds_out), "--format", "ntriples")
    assert code == 0 and out.count(" .\n") >= 2


def test_syntax_error_gives_line_and_column(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "SELECT ?o WHERE {\n  ?o a hckg:Hospital\n  FILTER(", "--out", str(seeds_out))
    assert code == 2 and out == ""
    assert re.search(r"line 3, column \d+", err)
    code, _, err = _run(capsys, "SELECT ?o WHERE { ?o a nope:Thing }", "--out", str(seeds_out))
    assert code == 2 and "line 1, column" in err and "unknown prefix" in err


def test_timeout_stops_the_query(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    code, out, err = _run(capsys, slow, "--out", str(seeds_out), "--timeout", "1")
    assert code == 1 and "longer than 1 s" in err


def test_limit_cuts_and_says_so(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "organizations-by-type", "--out", str(seeds_out), "--limit", "2", "--format", "csv")
    assert code == 0 and len(out.strip().splitlines()) == 3 and "cut at 2" in err


def test_parameters_are_checked_and_quoted(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "partners", "--out", str(seeds_out))
    assert code == 2 and "--param org=" in err
    code, _, err = _run(capsys, "partners", "--out", str(seeds_out), "--param", "orgg=x")
    assert code == 2 and "no parameter 'orgg'" in err
    # a value with quotes cannot break out of its string literal
    code, out, _ = _run(capsys, "partners", "--out", str(seeds_out), "--param", 'org=x") } SELECT * { ?s ?p ?o', "--format", "csv")
    assert code == 0 and out.strip() == "partner,partnerLabel,collaborations,documents"


def test_updates_are_refused(seeds_out, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--out", str(seeds_out))
    assert code == 2 and "SPARQL Update" in err


def test_not_a_query(capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "who works with Philips")
    assert code == 2 and "kg query --list" in err


def test_python_api_rows_and_dataframe(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    rows = seeds_graph.query("SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l }")
    assert {"l": "TheraPanacea"} in rows
    import pandas as pd

    df = seeds_graph.query_df("SELECT ?l WHERE { ?o a hckg:Startup ; rdfs:label ?l }")
    assert isinstance(df, pd.DataFrame) and list(df.columns) == ["l"] and "TheraPanacea" in set(df["l"])


def test_an_organisation_is_found_by_any_name_in_any_case_through_its_lookup_key() -> None:
    from kg.query import substitute

    text = substitute("SELECT * WHERE { ?o hckg:lookupKey $org_lc ; rdfs:label $org }", {"org": "CHU de Rennes"})
    assert '"chu de rennes"' in text and '"CHU de Rennes"' in text


def test_final_order_by_done_in_python_matches_the_stores_own_order() -> None:
    import tempfile

    import pyoxigraph as ox

    from kg.namespaces import PREFIXES
    from kg.query import _python_order, evaluate_store
    from kg.results import term_dict

    d = tempfile.mkdtemp()
    st = ox.Store(d)
    nq = []
    for i in range(60):
        nq.append(f'<https://e.org/o{i}> <https://e.org/name> "org {i % 7} {chr(97 + i % 5)}" <https://e.org/g{i % 3}> .')
        nq.append(f'<https://e.org/o{i}> <https://e.org/n> "{(i * 37) % 11}"^^<http://www.w3.org/2001/XMLSchema#integer> <https://e.org/g{i % 3}> .')
        if i % 4:
            nq.append(f'<https://e.org/o{i}> <https://e.org/tag> <https://e.org/t{i % 3}> <https://e.org/g{i % 3}> .')
    st.bulk_load(("\n".join(nq) + "\n").encode(), ox.RdfFormat.N_QUADS)
    queries = [
        "SELECT ?o ?name ?n WHERE { ?o <https://e.org/name> ?name ; <https://e.org/n> ?n } ORDER BY DESC(?n) ?name ?o",
        "SELECT ?o ?t WHERE { ?o <https://e.org/name> ?name OPTIONAL { ?o <https://e.org/tag> ?t } } ORDER BY ?t DESC(?o) LIMIT 7 OFFSET 3",
        "SELECT ?n (COUNT(?o) AS ?c) WHERE { ?o <https://e.org/n> ?n } GROUP BY ?n ORDER BY DESC(?c) ?n",
    ]
    for q in queries:
        assert _python_order(q) is not None
        kw = {"use_default_graph_as_union": True}
        res = st.query(q, prefixes=dict(PREFIXES), **kw)
        names = [v.value for v in res.variables]
        native = [{n: term_dict(s[n]) for n in names if s[n] is not None} for s in res]
        stripped, keys, lim, off = _python_order(q)
        mine = evaluate_store(_UnionStore(st), q).rows
        assert [tuple(r.get(k, {}).get("value") for k, _ in keys) for r in mine] == \
            [tuple(r.get(k, {}).get("value") for k, _ in keys) for r in native]
        assert len(mine) == len(native)
    assert _python_order("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s") is None
    assert _python_order('SELECT ?x WHERE { ?x ?p "#" } ORDER BY STR(?x)') is None  # an expression key: the store sorts


class _UnionStore:
    """The store with every graph as the default graph (how built stores are queried: their default graph holds the merge)."""

    def __init__(self, st):  # type: ignore[no-untyped-def]
        self.st = st

    def query(self, text, **kw):  # type: ignore[no-untyped-def]
        return self.st.query(text, use_default_graph_as_union=True, **kw)
