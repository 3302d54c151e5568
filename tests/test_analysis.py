"""kg/analysis.py and `kg analyze` on the graph of the seeds: expected values."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg import analysis
from kg.cli import main

STOIC = {"Assistance Publique-Hôpitaux de Paris", "GE Healthcare", "Orange Healthcare", "TheraPanacea", "Thoracic Imaging Society"}


@pytest.fixture(scope="module")
def G(seeds_graph):  # type: ignore[no-untyped-def]
    return analysis.collaboration_graph(seeds_graph)


def _iri(G: nx.Graph, label: str) -> str:
    return next(n for n, d in G.nodes(data=True) if d["label"] == label)


def test_collaboration_graph(G: nx.Graph) -> None:
    philips, rennes = _iri(G, "Philips"), _iri(G, "CHU Rennes")
    assert G[philips][rennes]["weight"] == 1 and G[philips][rennes]["documents"] == 1
    assert G.nodes[rennes]["type"] == "UniversityHospital" and "stroke" in G.nodes[philips]["topics"]
    aphp = _iri(G, "Assistance Publique-Hôpitaux de Paris")
    assert {G.nodes[n]["label"] for n in G[aphp]} == STOIC - {"Assistance Publique-Hôpitaux de Paris"}
    assert not G.has_edge(_iri(G, "Pfizer"), _iri(G, "Bayer"))  # both work with DirectoSanté, not with each other


def test_centrality_and_components(G: nx.Graph) -> None:
    top = analysis.centrality(G, top=5)
    assert {r["label"] for r in top} == STOIC and all(r["partners"] == 4 for r in top)
    ds = next(r for r in analysis.centrality(G) if r["label"] == "DirectoSanté")
    assert ds["partners"] == 2 and ds["betweenness"] > 0  # the only bridge (Pfizer – Bayer)
    connected = G.subgraph([n for n in G if G.degree(n) > 0])
    assert [c["size"] for c in analysis.components(connected)] == [5, 3, 3, 2, 2, 2]


def test_communities(G: nx.Graph) -> None:
    comms = analysis.communities(G)
    assert set(comms[0]["members"]) == STOIC and comms[0]["size"] == 5
    assert "Covid-19" in comms[0]["topics"] and "5 organisations around" in comms[0]["description"]
    assert any(set(c["members"]) == {"Bayer", "DirectoSanté", "Pfizer"} for c in comms)


def test_brokers(G: nx.Graph) -> None:
    labels = [b["label"] for b in analysis.brokers(G)]
    assert "GE Healthcare" in labels and "Thoracic Imaging Society" in labels
    # a hospital linked to industry only through a bridge gets a positive score
    H = nx.Graph()
    for n, t in (("h", "Hospital"), ("x", "Association"), ("c", "Company")):
        H.add_node(n, label=n, type=t)
    H.add_edges_from([("h", "x"), ("x", "c")])
    assert analysis.brokers(H)[0]["label"] == "x" and analysis.brokers(H)[0]["score"] == 1.0


def test_ego_topics_documents_projection(seeds_graph, G: nx.Graph) -> None:  # type: ignore[no-untyped-def]
    assert {G.nodes[n]["label"] for n in analysis.ego(G, "philips")} == {"Philips", "CHU Rennes"}
    with pytest.raises(KeyError):
        analysis.ego(G, "Nobody Inc")
    T = analysis.topic_graph(seeds_graph)
    stroke = next(n for n, d in T.nodes(data=True) if d.get("label") == "stroke")
    assert {T.nodes[n]["label"] for n in T[stroke]} == {"Philips", "CHU Rennes"}
    D = analysis.document_graph(seeds_graph)
    assert sum(1 for _, d in D.nodes(data=True) if d["bipartite"] == 1) == 5
    P = analysis.projection(seeds_graph, "SELECT ?a ?b WHERE { ?a hckg:acquired ?b }")
    assert P.number_of_edges() >= 1


def test_growth(seeds_graph) -> None:  # type: ignore[no-untyped-def]
    years = {r["year"]: r["collaborations"] for r in analysis.growth(seeds_graph)}
    assert years == {2014: 1, 2020: 1, 2021: 3, 2024: 2}


def test_exports_read_back(G: nx.Graph, tmp_path: Path) -> None:
    for write, read, name in ((analysis.write_graphml, nx.read_graphml, "g.graphml"), (analysis.write_gexf, nx.read_gexf, "g.gexf")):
        back = read(write(G, tmp_path / name))
        assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()


def test_kg_analyze(seeds_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--out", str(seeds_out), "--json", "--gexf", str(tmp_path / "n.gexf")]) == 0
    fig = json.loads(capsys.readouterr().out)
    assert fig["collaborating_organizations"] == 17 and fig["partner_pairs"] == 18 and fig["largest_component"] == 5
    assert {r["label"] for r in fig["top_organizations"][:5]} == STOIC
    assert [r["collaborations"] for r in fig["by_year"]] == [1, 1, 3, 2]
    assert (tmp_path / "n.gexf").exists()
    assert main(["analyze", "--out", str(seeds_out)]) == 0
    text = capsys.readouterr().out
    assert "top organisations" in text and "communities:" in text and "brokers" in text
    assert main(["analyze", "--out", str(tmp_path / "none")]) == 2
