"""The evaluation harness: gold checks, scoring through RDF, the CLI, and the ratchet on the team's corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import evaluate, evaluate_graph, load_gold, norm
from kg.namespaces import HCKG

CORPUS = Path(__file__).resolve().parent / "corpus"
ROOT = CORPUS.parent.parent
RATCHET = CORPUS / "ratchet.json"
SETS = {
    "dev": (CORPUS / "dev" / "gold", CORPUS / "dev" / "docs"),
    "heldout": (CORPUS / "heldout" / "gold", CORPUS / "heldout" / "docs"),
    "seeds": (CORPUS / "seeds-gold", ROOT / "seeds"),
}
HEADLINE = {"organizations": "f1", "collaborations": "f1", "people": "f1", "relations": "recall"}


def _org(g: Graph, slug: str, cls: str, label: str, *alts: str) -> URIRef:
    u = URIRef(f"https://w3id.org/hckg/id/org/{slug}")
    g.add((u, RDF.type, HCKG[cls]))
    g.add((u, RDFS.label, Literal(label)))
    for a in alts:
        g.add((u, SKOS.altLabel, Literal(a)))
    return u


GOLD = {
    "organizations": [
        {"name": "CHU de Brest", "aliases": ["Brest University Hospital"], "type": "UniversityHospital"},
        {"name": "Medilang", "type": "Startup"},
        {"name": "Bayer", "type": "Company"},
        {"name": "Prize Jury", "type": "Association", "optional": True},
    ],
    "collaborations": [{"participants": ["CHU de Brest", "Medilang"], "kind": "SupplyContract"}],
    "relations": [{"subject": "Medilang", "predicate": "develops", "object": "Medilang Care"},
                  {"subject": "Bayer", "predicate": "funds", "object": "Medilang"}],
    "people": [{"name": "Julien Garnier", "role": "président", "organization": "Medilang"}],
    "entities": [{"name": "Medilang Care", "aliases": ["Medilang Care app"], "type": "Product"}],
}


def test_norm_folds_case_accents_punctuation_and_articles() -> None:
    assert norm("L’Hôpital  Saint-Louis") == "hopital saint louis"
    assert norm("The Hospital for Sick Children") == norm("hospital for sick children")


def test_scores_are_computed_from_the_graph() -> None:
    g = Graph()
    chu = _org(g, "chu-de-brest", "Hospital", "Brest University Hospital")  # alias match, wrong type
    med = _org(g, "medilang", "Startup", "Medilang")
    noise = _org(g, "march", "Company", "March")
    _org(g, "prize-jury", "Association", "Prize Jury")  # optional: neither hit nor false positive
    c = URIRef("https://w3id.org/hckg/id/collaboration/x")
    for p in (chu, med, noise):
        g.add((c, HCKG.participant, p))
    prod = URIRef("https://w3id.org/hckg/id/product/medilang-care")
    g.add((prod, RDFS.label, Literal("Medilang Care app")))
    g.add((med, HCKG.develops, prod))
    person = URIRef("https://w3id.org/hckg/id/person/julien-garnier")
    g.add((person, RDFS.label, Literal("Julien Garnier")))
    g.add((person, HCKG.worksFor, med))

    r = evaluate_graph(json.loads(json.dumps(GOLD)), g, "t", "fr")
    o = r.scores["organizations"]
    assert (o.tp, o.n_pred, o.n_gold) == (2, 3, 3)
    assert o.fp == ["March"] and o.fn == ["Bayer"]
    assert (r.types_right, r.types_total) == (1, 2)
    c_ = r.scores["collaborations"]
    assert (c_.tp, c_.n_pred, c_.n_gold) == (1, 3, 1)  # the three pairs of a 3-party collaboration
    assert r.scores["people"].f1 == 1.0
    rel = r.scores["relations"]
    assert rel.tp == 1 and rel.recall == 0.5 and rel.fn == ["Bayer funds Medilang"]


def test_bad_gold_is_reported_with_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"organizations": [{"name": "A", "type": "Hospitl"}]}', "utf-8")
    with pytest.raises(InputError, match="x.json.*unknown type"):
        load_gold(bad)
    bad.write_text('{"organizations": [{"name": "A"}], "collaborations": [{"participants": ["A", "B"]}]}', "utf-8")
    with pytest.raises(InputError, match="'B' is not among the organisations"):
        load_gold(bad)
    bad.write_text("{not json", "utf-8")
    with pytest.raises(InputError, match="not readable JSON"):
        load_gold(bad)


def test_cli_eval_json_and_missing_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (docs / "a.txt").write_text(" date 2025-01-10 Philips and the CHU de Brest signed a partnership on stroke care.", "utf-8")
    (gold / "a.json").write_text(json.dumps({
        "organizations": [{"name": "Philips", "type": "Company"}, {"name": "CHU de Brest", "type": "UniversityHospital"}],
        "collaborations": [{"participants": ["Philips", "CHU de Brest"], "kind": "Partnership"}],
    }), "utf-8")
    assert main(["eval", str(gold), str(docs), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["totals"]["collaborations"]["f1"] == 1.0
    assert rep["documents"][0]["name"] == "a"
    (gold / "b.json").write_text("{}", "utf-8")
    assert main(["eval", str(gold), str(docs)]) == 2
    assert "no article named b.*" in capsys.readouterr().err


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, dict]:  # type: ignore[type-arg]
    return {name: evaluate(g, d)["totals"] for name, (g, d) in SETS.items()}


def test_corpus_scores_do_not_drop_below_the_ratchet(corpus_scores: dict[str, dict]) -> None:  # type: ignore[type-arg]
    """Fails when an extractor change lowers a recorded score; HCKG_RATCHET_RECORD=1 records new figures."""
    now = {name: {c: t[c][m] for c, m in HEADLINE.items()} for name, t in corpus_scores.items()}
    if os.environ.get("HCKG_RATCHET_RECORD"):
        RATCHET.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
    recorded = json.loads(RATCHET.read_text("utf-8"))
    drops = [f"{name} {c}: {now[name][c]:.3f} < recorded {v:.3f}"
             for name, cats in recorded.items() for c, v in cats.items() if now[name][c] < v - 0.005]
    assert not drops, "extraction got worse:\n" + "\n".join(drops)


def test_corpus_is_as_documented() -> None:
    for name, (gold, docs) in SETS.items():
        golds = sorted(gold.glob("*.json"))
        assert golds, name
        for g in golds:
            load_gold(g)
    fr = [g for name in ("dev", "heldout") for g in SETS[name][0].glob("fr*.json")]
    total = [g for name in ("dev", "heldout") for g in SETS[name][0].glob("*.json")]
    assert len(total) >= 40 and len(fr) >= 15
