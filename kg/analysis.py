"""The graph as networkx graphs, chosen by SPARQL, and the figures analysts ask for.

Projections: organisation–organisation collaborations (weighted by the
number of collaborations and of documents), organisation–topic and
organisation–document bipartite graphs, or any projection a SELECT gives.
Metrics: degree, weighted degree, betweenness (sampled on large graphs),
Louvain communities described by their members' types and topics, brokers
between hospitals and industry, ego networks, components, growth by year.
Export to GraphML and GEXF for Gephi.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_edge("a", "b", weight=2); G.add_edge("b", "c", weight=1)
>>> for n, t in (("a", "Hospital"), ("b", "Company"), ("c", "Hospital")): G.nodes[n].update(label=n, type=t)
>>> centrality(G)[0]["label"]
'b'
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = [
    "collaboration_graph", "topic_graph", "document_graph", "projection", "centrality", "communities", "brokers",
    "ego", "components", "growth", "write_graphml", "write_gexf", "summary", "HOSPITAL_TYPES", "INDUSTRY_TYPES",
]

HOSPITAL_TYPES = frozenset({"Hospital", "UniversityHospital"})
INDUSTRY_TYPES = frozenset({"Company", "Startup"})
_EXACT_BETWEENNESS = 1000  # nodes; above this betweenness is estimated from a sample of sources


def _graph(source: Any) -> Any:
    """A :class:`kg.store.Graph` from a Graph, an output folder or None (``out``)."""
    from .store import Graph

    if source is None or isinstance(source, (str, os.PathLike)):
        return Graph.open(source or "out")
    return source


_NODES = """SELECT ?o ?label ?type WHERE {
  ?o rdfs:label ?label ; a ?t . { ?t rdfs:subClassOf hckg:Organization } UNION { ?t rdfs:subClassOf ?u . ?u rdfs:subClassOf hckg:Organization }
  BIND (STRAFTER(STR(?t), "#") AS ?type) }"""


def _org_nodes(g: Any) -> dict[str, dict[str, str]]:
    nodes = {r["o"]: {"label": r["label"], "type": r["type"]} for r in g.query(_NODES)}
    for r in g.query("SELECT ?o ?label WHERE { ?o a hckg:Organization ; rdfs:label ?label }"):
        nodes.setdefault(r["o"], {"label": r["label"], "type": "Organization"})
    return nodes


def collaboration_graph(source: Any = None) -> nx.Graph:
    """Organisations joined by their collaborations: edge ``weight`` = collaborations, ``documents`` = articles.

    Node attributes: ``label``, ``type``, ``topics`` (topic labels of the node's collaborations, by count).
    """
    g = _graph(source)
    G = nx.Graph()
    for iri, attrs in _org_nodes(g).items():
        G.add_node(iri, **attrs)
    rows = g.query("""SELECT ?a ?b (COUNT(DISTINCT ?c) AS ?n) (COUNT(DISTINCT ?d) AS ?docs) (MIN(STR(?date)) AS ?first) WHERE {
      ?c hckg:participant ?a, ?b . FILTER (STR(?a) < STR(?b))
      OPTIONAL { ?c prov:wasDerivedFrom ?d }
      OPTIONAL { ?c hckg:announcedDate ?date }
    } GROUP BY ?a ?b""")
    for r in rows:
        for n in (r["a"], r["b"]):
            if n not in G:
                G.add_node(n, label=n.rsplit("/", 1)[-1], type="Organization")
        G.add_edge(r["a"], r["b"], weight=int(r["n"]), documents=int(r["docs"]), first=(r["first"] or "")[:10])
    topics: dict[str, Counter[str]] = {}
    for r in g.query("""SELECT ?o ?l (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c hckg:participant ?o ; hckg:topic ?t .
                        ?t skos:prefLabel ?l FILTER (LANG(?l) = "en") } GROUP BY ?o ?l"""):
        topics.setdefault(r["o"], Counter())[r["l"]] += int(r["n"])
    for n, c in topics.items():
        if n in G:
            G.nodes[n]["topics"] = ", ".join(t for t, _ in c.most_common(5))
    return G


def topic_graph(source: Any = None) -> nx.Graph:
    """Bipartite organisation–topic graph (``bipartite`` 0 = organisation, 1 = topic); ``weight`` = collaborations."""
    g = _graph(source)
    G = nx.Graph()
    nodes = _org_nodes(g)
    for r in g.query("""SELECT ?o ?t ?l (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c hckg:participant ?o ; hckg:topic ?t .
                        ?t skos:prefLabel ?l FILTER (LANG(?l) = "en") } GROUP BY ?o ?t ?l"""):
        G.add_node(r["o"], bipartite=0, **nodes.get(r["o"], {"label": r["o"], "type": "Organization"}))
        G.add_node(r["t"], bipartite=1, label=r["l"], type="Topic")
        G.add_edge(r["o"], r["t"], weight=int(r["n"]))
    return G


def document_graph(source: Any = None) -> nx.Graph:
    """Bipartite organisation–document graph (which article mentions which organisation)."""
    g = _graph(source)
    G = nx.Graph()
    nodes = _org_nodes(g)
    for r in g.query("""SELECT ?o ?d ?title ?date WHERE { ?o hckg:mentionedIn ?d . ?d dcterms:title ?title .
                        OPTIONAL { ?d dcterms:date ?date } }"""):
        if r["o"] not in nodes:
            continue
        G.add_node(r["o"], bipartite=0, **nodes[r["o"]])
        G.add_node(r["d"], bipartite=1, label=r["title"], type="Document", date=r["date"] or "")
        G.add_edge(r["o"], r["d"])
    return G


def projection(source: Any, sparql: str, *, source_var: str = "a", target_var: str = "b", weight_var: str | None = None,
               label_vars: tuple[str, str] | None = None) -> nx.Graph:
    """Any graph a SELECT gives: one edge per row from ``?a`` to ``?b`` (weights add up over rows)."""
    G = nx.Graph()
    for r in _graph(source).query(sparql):
        a, b = r.get(source_var), r.get(target_var)
        if a is None or b is None:
            continue
        w = float(r[weight_var]) if weight_var and r.get(weight_var) is not None else 1.0
        if label_vars:
            G.add_node(a, label=r.get(label_vars[0]) or a)
            G.add_node(b, label=r.get(label_vars[1]) or b)
        if G.has_edge(a, b):
            G[a][b]["weight"] += w
        else:
            G.add_edge(a, b, weight=w)
    return G


def _betweenness(G: nx.Graph, seed: int = 0) -> dict[str, float]:
    if G.number_of_nodes() > _EXACT_BETWEENNESS:
        return nx.betweenness_centrality(G, k=min(200, G.number_of_nodes()), seed=seed)  # type: ignore[no-any-return]
    return nx.betweenness_centrality(G)  # type: ignore[no-any-return]


def centrality(G: nx.Graph, *, top: int | None = None, seed: int = 0) -> list[dict[str, Any]]:
    """One row per node: degree (partners), weighted degree (collaborations), betweenness; most connected first."""
    btw = _betweenness(G, seed)
    rows = [{"id": n, "label": d.get("label", n), "type": d.get("type", ""), "partners": G.degree(n),
             "collaborations": G.degree(n, weight="weight"), "betweenness": round(btw.get(n, 0.0), 4)}
            for n, d in G.nodes(data=True)]
    rows.sort(key=lambda r: (-r["partners"], -r["collaborations"], -r["betweenness"], r["label"]))
    return rows[:top] if top else rows


def communities(G: nx.Graph, *, seed: int = 0, min_size: int = 2) -> list[dict[str, Any]]:
    """Louvain communities (largest first), each described by its members' types and topics."""
    H = G.subgraph([n for n in G if G.degree(n) > 0])
    if H.number_of_edges() == 0:
        return []
    parts = nx.community.louvain_communities(H, weight="weight", seed=seed)
    out = []
    for members in sorted(parts, key=lambda m: (-len(m), sorted(m))):
        if len(members) < min_size:
            continue
        types = Counter(G.nodes[n].get("type", "") for n in members)
        topics: Counter[str] = Counter()
        for n in members:
            for t in filter(None, (G.nodes[n].get("topics") or "").split(", ")):
                topics[t] += 1
        hub = max(members, key=lambda n: (G.degree(n, weight="weight"), G.nodes[n].get("label", "")))
        kinds = ", ".join(f"{c} {t}" for t, c in types.most_common(3))
        about = ", ".join(t for t, _ in topics.most_common(3))
        out.append({
            "size": len(members),
            "hub": G.nodes[hub].get("label", hub),
            "members": sorted(G.nodes[n].get("label", n) for n in members),
            "types": dict(types.most_common()),
            "topics": [t for t, _ in topics.most_common(5)],
            "description": f"{len(members)} organisations around {G.nodes[hub].get('label', hub)}: {kinds}" + (f"; topics: {about}" if about else ""),
        })
    return out


def brokers(G: nx.Graph, *, top: int = 10) -> list[dict[str, Any]]:
    """Organisations on the shortest paths between hospitals and industry (companies, start-ups).

    Score: betweenness counted only over hospital–company pairs (the number of such pairs whose
    shortest paths run through the organisation, shared among equal paths); ties broken by how many
    hospitals and companies the organisation works with directly.
    """
    hospitals = [n for n, d in G.nodes(data=True) if d.get("type") in HOSPITAL_TYPES]
    industry = [n for n, d in G.nodes(data=True) if d.get("type") in INDUSTRY_TYPES]
    if not hospitals or not industry:
        return []
    score = nx.betweenness_centrality_subset(G, sources=hospitals, targets=industry, normalized=False)
    if not G.is_directed():  # networkx halves undirected counts; a score is then the number of pairs served
        score = {n: 2 * v for n, v in score.items()}
    rows = []
    for n, s in score.items():
        nh = sum(1 for m in G[n] if G.nodes[m].get("type") in HOSPITAL_TYPES)
        ni = sum(1 for m in G[n] if G.nodes[m].get("type") in INDUSTRY_TYPES)
        if s <= 0 and not (nh and ni):
            continue
        rows.append({"id": n, "label": G.nodes[n].get("label", n), "type": G.nodes[n].get("type", ""),
                     "score": round(s, 3), "hospital_partners": nh, "industry_partners": ni})
    rows.sort(key=lambda r: (-r["score"], -min(r["hospital_partners"], r["industry_partners"]), r["label"]))
    return rows[:top]


def _find(G: nx.Graph, org: str) -> str:
    if org in G:
        return org
    key = org.casefold()
    for n, d in G.nodes(data=True):
        if str(d.get("label", "")).casefold() == key:
            return str(n)
    raise KeyError(f"no organisation {org!r} in the graph")


def ego(G: nx.Graph, org: str, *, radius: int = 1) -> nx.Graph:
    """The organisation ``org`` (IRI or label, any case) and its neighbours up to ``radius`` hops."""
    return nx.ego_graph(G, _find(G, org), radius=radius)


def components(G: nx.Graph) -> list[dict[str, Any]]:
    """Connected components, largest first, with size and largest member."""
    out = []
    for comp in sorted(nx.connected_components(G), key=lambda c: (-len(c), sorted(c))):
        hub = max(comp, key=lambda n: (G.degree(n), G.nodes[n].get("label", "")))
        out.append({"size": len(comp), "hub": G.nodes[hub].get("label", hub)})
    return out


def growth(source: Any = None) -> list[dict[str, Any]]:
    """Per year: collaborations announced, organisations in a collaboration for the first time, and running totals.

    The year is the announcement's, or the article's when the text gives none.
    """
    g = _graph(source)
    rows = g.query("""SELECT ?c ?o (MIN(SUBSTR(STR(COALESCE(?a, ?p)), 1, 4)) AS ?year) WHERE {
      ?c hckg:participant ?o . OPTIONAL { ?c hckg:announcedDate ?a }
      OPTIONAL { ?c prov:wasDerivedFrom ?d . ?d dcterms:date ?p } } GROUP BY ?c ?o""")
    years: dict[str, set[str]] = {}
    first_seen: dict[str, str] = {}
    for r in rows:
        y = r["year"] if r["year"] and len(r["year"]) == 4 and r["year"].isdigit() else None
        if y is None:
            continue
        years.setdefault(y, set()).add(r["c"])
        if r["o"] not in first_seen or y < first_seen[r["o"]]:
            first_seen[r["o"]] = y
    new_orgs = Counter(first_seen.values())
    out = []
    total_c = total_o = 0
    for y in sorted(years):
        total_c += len(years[y])
        total_o += new_orgs.get(y, 0)
        out.append({"year": int(y), "collaborations": len(years[y]), "new_organizations": new_orgs.get(y, 0),
                    "total_collaborations": total_c, "total_organizations": total_o})
    return out


def _clean_for_export(G: nx.Graph) -> nx.Graph:
    H = G.copy()
    for _, d in H.nodes(data=True):
        for k, v in list(d.items()):
            if v is None:
                d[k] = ""
    return H


def write_graphml(G: nx.Graph, path: str | os.PathLike[str]) -> Path:
    """Write ``G`` as GraphML (Gephi, yEd, Cytoscape)."""
    nx.write_graphml(_clean_for_export(G), path)
    return Path(path)


def write_gexf(G: nx.Graph, path: str | os.PathLike[str]) -> Path:
    """Write ``G`` as GEXF (Gephi)."""
    nx.write_gexf(_clean_for_export(G), path)
    return Path(path)


def summary(source: Any = None, *, top: int = 10, seed: int = 0) -> dict[str, Any]:
    """The key figures of ``kg analyze``: sizes, top organisations, communities, brokers, collaborations per year."""
    g = _graph(source)
    G = collaboration_graph(g)
    connected = G.subgraph([n for n in G if G.degree(n) > 0])
    comps = components(connected) if connected.number_of_nodes() else []
    return {
        "organizations": G.number_of_nodes(),
        "collaborating_organizations": connected.number_of_nodes(),
        "partner_pairs": G.number_of_edges(),
        "components": len(comps),
        "largest_component": comps[0]["size"] if comps else 0,
        "top_organizations": [{k: v for k, v in r.items() if k != "id"} for r in centrality(connected, top=top, seed=seed)],
        "communities": communities(G, seed=seed),
        "brokers": [{k: v for k, v in r.items() if k != "id"} for r in brokers(G, top=top)],
        "by_year": growth(g),
    }
