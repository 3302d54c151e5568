"""End to end: build seeds/ and check each article's main facts by SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

ROOT = Path(__file__).resolve().parent.parent


def org_iri(g, name: str) -> str:  # type: ignore[no-untyped-def]
    rows = g.query(f"""SELECT DISTINCT ?o WHERE {{ ?o rdfs:label|skos:altLabel ?n . ?o a ?t . ?t rdfs:subClassOf* hckg:Organization .
                        FILTER(LCASE(STR(?n)) = LCASE("{name}")) }}""")
    assert len(rows) == 1, f"{name!r} should be one organisation, got {rows}"
    return rows[0]["o"]


def collaborate(g, a: str, b: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return g.query(f"""SELECT ?c ?date ?dur WHERE {{ ?c hckg:participant <{org_iri(g, a)}>, <{org_iri(g, b)}> .
                        OPTIONAL {{ ?c hckg:announcedDate ?date }} OPTIONAL {{ ?c hckg:duration ?dur }} }}""")


def relation(g, s: str, pred: str, o: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(g.query(f"ASK {{ <{s}> hckg:{pred} <{o}> }}"))


def works_for(g, person: str, org: str) -> str | None:  # type: ignore[no-untyped-def]
    rows = g.query(f"""SELECT ?role WHERE {{ ?p rdfs:label "{person}" ; hckg:worksFor <{org_iri(g, org)}> .
                        ?m org:member ?p ; org:organization <{org_iri(g, org)}> . OPTIONAL {{ ?m hckg:roleTitle ?role }} }}""")
    return rows[0]["role"] if rows else None


def test_philips_rennes(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    assert org_iri(g, "Rennes University Hospital") == org_iri(g, "CHU Rennes") == org_iri(g, "University Hospital of Rennes")
    rows = collaborate(g, "Philips", "CHU Rennes")
    assert rows and rows[0]["date"] == "2021-01-27" and rows[0]["dur"] == "P5Y"
    topics = {r["l"] for r in g.query(f"SELECT ?l WHERE {{ <{rows[0]['c']}> hckg:topic/skos:prefLabel ?l FILTER(LANG(?l)='en') }}")}
    assert {"stroke", "digital pathology", "intensive care"} <= topics
    assert relation(g, org_iri(g, "Philips"), "acquired", org_iri(g, "BioTelemetry"))
    assert relation(g, org_iri(g, "Philips"), "supplies", org_iri(g, "CHU Rennes"))
    assert works_for(g, "David Corcos", "Philips") == "general manager"
    assert works_for(g, "Véronique Anatole-Touzet", "CHU Rennes") == "CEO"
    assert g.query(f"SELECT ?t WHERE {{ <{org_iri(g, 'CHU Rennes')}> a hckg:UniversityHospital }}")


def test_stoic_consortium(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    assert org_iri(g, "AP-HP") == org_iri(g, "Assistance Publique-Hôpitaux de Paris")
    parties = ["GE Healthcare", "Orange Healthcare", "TheraPanacea", "AP-HP", "Thoracic Imaging Society"]
    c = {r["c"] for r in collaborate(g, "GE Healthcare", "AP-HP")}
    assert len(c) == 1
    (cu,) = c
    got = {r["l"] for r in g.query(f"SELECT ?l WHERE {{ <{cu}> hckg:participant/rdfs:label ?l }}")}
    assert len(got) == 5 and {"GE Healthcare", "TheraPanacea", "Thoracic Imaging Society"} <= got
    assert g.query(f"ASK {{ <{cu}> hckg:project/rdfs:label \"STOIC\" }}")
    assert g.query(f"ASK {{ <{cu}> hckg:announcedDate \"2020-06-15\"^^xsd:date }}")
    assert works_for(g, "Nikos Paragios", "TheraPanacea") == "President"
    assert works_for(g, "Baptiste Perrin", "GE Healthcare") == "R&D Director"
    assert g.query(f"ASK {{ <{org_iri(g, 'TheraPanacea')}> a hckg:Startup }}")
    assert g.query(f"ASK {{ <{org_iri(g, 'Thoracic Imaging Society')}> a hckg:Association }}")
    assert parties


def test_shanghai_nantes(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    rows = collaborate(g, "Shanghai First Maternity and Infant Hospital", "Nantes University Hospital")
    assert rows and rows[0]["date"] == "2024-11-15"  # "on Friday", the article's own date
    assert collaborate(g, "Shanghai ShareonHealth Clinic", "LINKMedicine")
    assert not collaborate(g, "Nantes University Hospital", "LINKMedicine")
    assert works_for(g, "Philippe El Saïr", "Nantes University Hospital") == "president"
    assert works_for(g, "Ding Gang", "Shanghai ShareonHealth Clinic") == "head"
    names = {r["l"] for r in g.query("SELECT ?l WHERE { ?o a ?t ; rdfs:label ?l . ?t rdfs:subClassOf* hckg:Organization }")}
    assert not any("Symposium" in n for n in names)
    assert "Ti Gong" not in names  # photo credit


def test_carestream_supply(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    gcs = org_iri(g, "GCS TéléSanté Centre")
    assert g.query(f"ASK {{ <{gcs}> a hckg:Consortium }}")
    rows = collaborate(g, "GCS TéléSanté Centre", "Carestream Health")
    assert rows and rows[0]["date"] == "2014-02"
    assert g.query(f"ASK {{ ?c hckg:participant <{gcs}> ; a hckg:SupplyContract }}") or g.query(f"ASK {{ ?c hckg:participant <{gcs}> }}")
    assert relation(g, org_iri(g, "Carestream Health"), "supplies", gcs)
    assert works_for(g, "Vincent Marcé", "GCS TéléSanté Centre") == "Director"
    names = {r["l"] for r in g.query("SELECT ?l WHERE { ?o rdfs:label ?l }")}
    assert "McMaster University" not in names  # unrelated headlines after the story


def test_pfizer_directosante_french(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    assert g.query("ASK { ?d a hckg:Document ; dcterms:language \"fr\"^^xsd:language ; dcterms:date \"2021-09\"^^xsd:gYearMonth }")
    rows = collaborate(g, "Pfizer", "DirectoSanté")
    assert rows and rows[0]["date"] == "2021-09"
    assert collaborate(g, "DirectoSanté", "Bayer")
    assert not collaborate(g, "Pfizer", "Bayer")
    ds = org_iri(g, "DirectoSanté")
    assert g.query(f"ASK {{ <{ds}> a hckg:Startup ; hckg:locatedIn/rdfs:label \"Rennes\" }}")
    assert g.query(f"ASK {{ ?p a hckg:Product ; rdfs:label \"DirectoSuivi\" ; hckg:deployedAt <{org_iri(g, 'CHU de Grenoble')}> }}")


def test_provenance_of_every_fact(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    g = seeds_graph
    missing = g.query("""SELECT ?f WHERE { { ?f a hckg:Assertion } UNION { ?f hckg:participant ?x }
        FILTER NOT EXISTS { ?f prov:wasDerivedFrom ?d . ?d a hckg:Document . ?f hckg:evidence ?e .
                            ?e hckg:sentence ?s ; hckg:startOffset ?a ; hckg:endOffset ?b ; hckg:inDocument ?d .
                            ?f hckg:confidence ?c FILTER(?c >= 0 && ?c <= 1) } }""")
    assert missing == []


def test_evidence_offsets_point_at_the_sentence(seeds_graph, seeds_out) -> None:  # type: ignore[no-untyped-def]
    rows = seeds_graph.query("SELECT ?s ?a ?b ?src WHERE { ?e hckg:sentence ?s ; hckg:startOffset ?a ; hckg:endOffset ?b ; hckg:inDocument/dcterms:source ?src }")
    assert rows
    for r in rows:
        text = (ROOT / "seeds" / r["src"]).read_text("utf-8").replace("\r\n", "\n")
        assert text[int(r["a"]) : int(r["b"])] == r["s"]


def test_graph_passes_shacl(seeds_out) -> None:  # type: ignore[no-untyped-def]
    from kg.rdf import validate

    ok, report = validate(Graph().parse(seeds_out / "graph.ttl"))
    assert ok, report


def test_trig_has_one_graph_per_document(seeds_out) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Dataset

    ds = Dataset().parse(seeds_out / "graph.trig", format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert len([n for n in names if "/doc/" in n]) == 5


def test_rebuild_is_isomorphic(seeds_out, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import kg

    kg.build([str(ROOT / "seeds")], out_dir=str(tmp_path / "again"), write_network=False)
    a = Graph().parse(seeds_out / "graph.ttl")
    b = Graph().parse(tmp_path / "again" / "graph.ttl")
    assert isomorphic(a, b)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").iterdir()))
def test_seeds_copied_byte_for_byte(path: Path) -> None:
    shared = ROOT.parent / "shared" / "seeds" / path.name
    if not shared.exists():
        pytest.skip("../shared/seeds not beside the repository")
    assert path.read_bytes() == shared.read_bytes()


def test_new_extractor_version_redoes_documents_without_false_skips(fresh_copy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After an upgrade, re-running on the folder re-extracts every document once and reports no duplicate."""
    import kg
    import kg.pipeline

    before = Graph().parse(fresh_copy / "graph.ttl")
    monkeypatch.setattr(kg.pipeline, "extractor_version", lambda: "upgraded")
    report = kg.build([str(ROOT / "seeds")], out_dir=str(fresh_copy))
    assert report.skipped == ()
    assert report.documents == 5
    assert isomorphic(before, Graph().parse(fresh_copy / "graph.ttl"))
