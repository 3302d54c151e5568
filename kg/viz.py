"""The network view: the graph -> a pyvis ``Network`` -> one self-contained HTML page.

The data is read from the embedded store with SPARQL (fast at any size); the
layout is computed here (networkx), so the page opens with physics off and
nothing moves.  Large graphs open as communities that expand on click, with
leaves (organisations with one partner) hidden until asked for.  The page is
rendered by pyvis with hckg's template (``kg/pages/network.html.j2``):
vis-network and every script and style are inlined, so it works from a
``file://`` URL with no network.  All text from articles reaches the page as
JSON (``<``, ``>``, ``&`` and quotes escaped) and is put in the page with
``textContent``, never as HTML.

>>> opts = ViewOptions(top=50)
>>> opts.top
50
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from pyvis.network import Network

__all__ = ["ViewOptions", "view_data", "network", "page_html", "write_network", "write_html", "TYPE_COLORS", "RELATION_STYLES"]

TYPE_COLORS = {
    "Hospital": "#e15759", "UniversityHospital": "#b6272c", "Company": "#4e79a7", "Startup": "#76b7b2",
    "University": "#59a14f", "ResearchInstitute": "#8cd17d", "Association": "#f28e2b", "Foundation": "#edc948",
    "PublicBody": "#b07aa1", "Consortium": "#ff9da7", "Organization": "#9c755f",
    "Person": "#666666", "Product": "#17becf", "Project": "#bcbd22", "Topic": "#c5b0d5", "Community": "#d3d3d3",
}
TYPE_SHAPES = {"Hospital": "square", "UniversityHospital": "square", "Company": "dot", "Startup": "triangle",
               "University": "diamond", "ResearchInstitute": "diamond", "Association": "hexagon", "Foundation": "hexagon",
               "PublicBody": "star", "Consortium": "triangleDown", "Organization": "dot", "Person": "ellipse",
               "Product": "box", "Project": "box", "Topic": "ellipse", "Community": "dot"}
# relation -> (colour, dashed, directed)
RELATION_STYLES = {
    "Partnership": ("#4e79a7", False, False), "ResearchCollaboration": ("#59a14f", False, False),
    "SupplyContract": ("#1f77b4", False, False), "MemorandumOfUnderstanding": ("#f28e2b", False, False),
    "JointVenture": ("#b07aa1", False, False), "LicensingAgreement": ("#9c755f", False, False),
    "Consortium": ("#ff9da7", False, False), "Collaboration": ("#888888", False, False),
    "supplies": ("#1f77b4", True, True), "acquired": ("#333333", True, True), "memberOf": ("#9467bd", True, True),
    "funds": ("#bcbd22", True, True), "subsidiaryOf": ("#7f7f7f", True, True),
    "worksFor": ("#999999", True, True), "develops": ("#17becf", True, True), "deployedAt": ("#17becf", True, True),
    "project": ("#bcbd22", True, False), "topic": ("#c5b0d5", True, False),
}
_ORG_RELATIONS = ("supplies", "acquired", "memberOf", "funds", "subsidiaryOf")
_VIS_DIR = "vis-9.1.2"


@dataclass(frozen=True)
class ViewOptions:
    """What the page shows.

    ``top``: keep the N organisations with most partners (0: all); ``focus`` / ``depth``: only the
    neighbourhood of one organisation; ``cluster_above``: beyond this many organisations the page opens
    as communities that expand on click, with leaves hidden; ``extra_kinds_max``: people, products,
    projects and topics are added (as toggles, hidden at first) only up to this many nodes.
    """

    top: int = 0
    focus: str | None = None
    depth: int = 1
    cluster_above: int = 1000
    extra_kinds_max: int = 3000
    title: str = "hckg network"
    types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    years: tuple[int | None, int | None] = (None, None)
    seed: int = 1


def _short(text: str | None, n: int = 400) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _collect(g: Any) -> dict[str, Any]:
    """Organisations, facts between them and the extra kinds, from the store."""
    orgs: dict[str, dict[str, Any]] = {}
    for r in g.query("""SELECT ?o ?label ?t WHERE { ?o rdfs:label ?label ; a ?t .
        { ?t rdfs:subClassOf hckg:Organization } UNION { ?t rdfs:subClassOf ?u . ?u rdfs:subClassOf hckg:Organization }
        UNION { ?o a hckg:Organization . BIND (hckg:Organization AS ?t) } }"""):
        typ = r["t"].rsplit("#", 1)[-1]
        cur = orgs.get(r["o"])
        if cur is None or cur["type"] == "Organization":
            orgs[r["o"]] = {"label": r["label"], "type": typ, "places": []}
    for r in g.query("SELECT DISTINCT ?o ?pl WHERE { ?o hckg:locatedIn ?p . ?p rdfs:label ?pl }"):
        if r["o"] in orgs:
            orgs[r["o"]]["places"].append(r["pl"])
    docs = {r["d"]: {"title": _short(r["title"], 160), "date": r["date"] or "", "source": r["source"] or ""}
            for r in g.query("SELECT ?d ?title ?date ?source WHERE { ?d a hckg:Document ; dcterms:title ?title . "
                             "OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d dcterms:source ?source } }")}
    evidence: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in g.query("SELECT ?f ?s ?d WHERE { ?f hckg:evidence ?e . ?e hckg:sentence ?s ; hckg:inDocument ?d }"):
        if len(evidence[r["f"]]) < 3:
            evidence[r["f"]].append({"sentence": _short(r["s"]), "doc": r["d"]})
    collabs: dict[str, dict[str, Any]] = {}
    for r in g.query("""SELECT ?c ?k ?p ?date WHERE { ?k rdfs:subClassOf hckg:Collaboration . ?c a ?k ; hckg:participant ?p .
                        OPTIONAL { ?c hckg:announcedDate ?date } }"""):
        c = collabs.setdefault(r["c"], {"kind": r["k"].rsplit("#", 1)[-1], "date": r["date"] or "", "participants": set(), "topics": set()})
        c["participants"].add(r["p"])
    for r in g.query("SELECT ?c ?l WHERE { ?c hckg:topic ?t . ?t skos:prefLabel ?l FILTER (LANG(?l) = 'en') }"):
        if r["c"] in collabs:
            collabs[r["c"]]["topics"].add(r["l"])
    for r in g.query("SELECT ?c ?d WHERE { ?c hckg:participant ?x ; prov:wasDerivedFrom ?d }"):
        if r["c"] in collabs:
            collabs[r["c"]].setdefault("docs", set()).add(r["d"])
    relations = []
    for r in g.query("""SELECT ?a ?s ?p ?o ?d WHERE { ?a a hckg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                        OPTIONAL { ?a prov:wasDerivedFrom ?d } }"""):
        relations.append({"id": r["a"], "s": r["s"], "p": r["p"].rsplit("#", 1)[-1], "o": r["o"], "doc": r["d"]})
    labels = {r["x"]: r["l"] for r in g.query("""SELECT ?x ?l WHERE { VALUES ?k { hckg:Person hckg:Product hckg:Project }
                                                 ?x a ?k ; rdfs:label ?l }""")}
    kinds = {r["x"]: r["k"].rsplit("#", 1)[-1] for r in g.query("SELECT ?x ?k WHERE { VALUES ?k { hckg:Person hckg:Product hckg:Project } ?x a ?k }")}
    projects = [(r["c"], r["p"]) for r in g.query("SELECT ?c ?p WHERE { ?c hckg:project ?p }")]
    return {"orgs": orgs, "docs": docs, "evidence": evidence, "collabs": collabs, "relations": relations,
            "labels": labels, "kinds": kinds, "projects": projects}


def _year(date: str) -> int | None:
    m = re.match(r"(\d{4})", date or "")
    return int(m.group(1)) if m else None


def view_data(g: Any, opts: ViewOptions | None = None) -> dict[str, Any]:
    """Nodes, edges and page metadata (plain JSON-able data) for the graph ``g`` (a :class:`kg.store.Graph`)."""
    import networkx as nx

    opts = opts or ViewOptions()
    data = _collect(g)
    orgs, docs, evidence = data["orgs"], data["docs"], data["evidence"]

    def fact_docs(fid: str, doc_ids: set[str]) -> list[dict[str, str]]:
        out = []
        for ev in evidence.get(fid, []):
            d = docs.get(ev["doc"], {})
            out.append({"sentence": ev["sentence"], "title": d.get("title", ""), "date": d.get("date", ""), "source": d.get("source", "")})
        for did in sorted(doc_ids - {ev["doc"] for ev in evidence.get(fid, [])}):
            d = docs.get(did, {})
            out.append({"sentence": "", "title": d.get("title", ""), "date": d.get("date", ""), "source": d.get("source", "")})
        return out

    # one edge per related pair; its facts list every collaboration and relation behind it
    pairs: dict[tuple[str, str], dict[str, Any]] = {}

    def pair(a: str, b: str) -> dict[str, Any]:
        key = (a, b) if a < b else (b, a)
        return pairs.setdefault(key, {"facts": [], "docs": set(), "kinds": Counter()})

    for cid, c in data["collabs"].items():
        ps = sorted(p for p in c["participants"] if p in orgs)
        others = len(ps)
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                e = pair(a, b)
                e["kinds"][c["kind"]] += 1
                e["docs"] |= c.get("docs", set())
                e["facts"].append({"kind": c["kind"], "date": c["date"], "topics": sorted(c["topics"]), "parties": others,
                                   "evidence": fact_docs(cid, c.get("docs", set()))})
    for r in data["relations"]:
        if r["p"] in _ORG_RELATIONS and r["s"] in orgs and r["o"] in orgs and r["s"] != r["o"]:
            e = pair(r["s"], r["o"])
            e["kinds"][r["p"]] += 1
            if r["doc"]:
                e["docs"].add(r["doc"])
            e["facts"].append({"kind": r["p"], "from": orgs[r["s"]]["label"], "to": orgs[r["o"]]["label"], "date": docs.get(r["doc"], {}).get("date", ""),
                               "topics": [], "evidence": fact_docs(r["id"], {r["doc"]} if r["doc"] else set())})

    G = nx.Graph()
    G.add_nodes_from(orgs)
    for (a, b), e in pairs.items():
        G.add_edge(a, b, weight=max(1, len(e["docs"])))
    keep = set(orgs)
    if opts.focus:
        key = opts.focus.casefold()
        hit = next((n for n, o in orgs.items() if n == opts.focus or o["label"].casefold() == key), None)
        if hit is None:
            from .errors import UsageError

            close = sorted(o["label"] for o in orgs.values() if key in o["label"].casefold())[:5]
            raise UsageError(f"--focus {opts.focus!r}: no organisation by that name" + (f" (did you mean: {', '.join(close)}?)" if close else ""))
        keep = set(nx.ego_graph(G, hit, radius=max(0, opts.depth)))
    if opts.top:
        ranked = sorted(keep, key=lambda n: (-G.degree(n), -G.degree(n, weight="weight"), orgs[n]["label"]))
        keep = set(ranked[: opts.top])
    H = G.subgraph(keep)
    clustered = H.number_of_nodes() > opts.cluster_above
    if clustered:  # isolated organisations say nothing about who works with whom: leave them out
        H = H.subgraph([n for n in H if H.degree(n) > 0])
    positions, community = _layout(H, clustered, opts.seed)

    nodes = []
    for n in H:
        o = orgs[n]
        deg = H.degree(n)
        nodes.append({
            "id": n, "label": _short(o["label"], 40), "name": o["label"], "group": o["type"], "kind": "org",
            "color": TYPE_COLORS.get(o["type"], "#999999"), "shape": TYPE_SHAPES.get(o["type"], "dot"),
            "size": round(8 + 6 * math.sqrt(deg), 1), "partners": deg, "places": sorted(set(o["places"])),
            "x": positions[n][0], "y": positions[n][1], "community": community.get(n, -1), "leaf": deg <= 1,
            "title": f"{o['label']} ({o['type']}), {deg} partner{'s' if deg != 1 else ''}",
        })
    edges = []
    for (a, b), e in sorted(pairs.items()):
        if a not in H or b not in H:
            continue
        kind = e["kinds"].most_common(1)[0][0]
        colour, dashed, directed = RELATION_STYLES.get(kind, ("#888888", False, False))
        years = sorted({y for f in e["facts"] if (y := _year(f["date"])) is not None})
        topics = sorted({t for f in e["facts"] for t in f["topics"]})
        src, dst = a, b
        if directed:
            f0 = next(f for f in e["facts"] if f["kind"] == kind)
            if f0.get("from") == orgs[b]["label"]:
                src, dst = b, a
        edges.append({
            "id": f"e{len(edges)}", "from": src, "to": dst, "kinds": sorted(e["kinds"]), "color": colour, "dashes": dashed,
            "arrows": "to" if directed and len(e["kinds"]) == 1 else "", "width": min(1 + len(e["docs"]), 8),
            "documents": len(e["docs"]), "years": years, "topics": topics, "facts": e["facts"][:20],
            "title": f"{orgs[a]['label']} – {orgs[b]['label']}: " + ", ".join(f"{k} ({c})" for k, c in e["kinds"].most_common()),
        })
    extra = _extra_nodes(data, H, positions, opts) if not clustered else {"nodes": [], "edges": []}
    communities = _community_nodes(H, community, positions, orgs) if clustered else []
    meta = {
        "title": opts.title,
        "clustered": clustered,
        "organizations": len(orgs),
        "shown": H.number_of_nodes(),
        "types": sorted({o["type"] for o in (orgs[n] for n in H)}),
        "relations": sorted({k for e in edges for k in e["kinds"]}),
        "topics": sorted({t for e in edges for t in e["topics"]}),
        "places": sorted({p for n in H for p in orgs[n]["places"]}),
        "years": [min((y for e in edges for y in e["years"]), default=None), max((y for e in edges for y in e["years"]), default=None)],
        "colors": TYPE_COLORS, "shapes": TYPE_SHAPES, "relationStyles": {k: v[0] for k, v in RELATION_STYLES.items()},
        "initial": {"types": list(opts.types), "relations": list(opts.relations), "topics": list(opts.topics), "years": list(opts.years)},
        "extraKinds": sorted({n["group"] for n in extra["nodes"]}),
        "note": "" if H.number_of_nodes() == len(orgs) else f"showing {H.number_of_nodes()} of {len(orgs)} organisations",
    }
    return {"nodes": nodes, "edges": edges, "extra": extra, "communities": communities, "meta": meta}


def _layout(H: Any, clustered: bool, seed: int) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
    """Positions in pixels, and a community number per node (clustered pages only)."""

    n = H.number_of_nodes()
    if n == 0:
        return {}, {}
    if not clustered:
        return _packed_layout(H, seed), {}
    parts = sorted(_communities(H, seed), key=lambda p: (-len(p), min(p)))
    community = {node: i for i, p in enumerate(parts) for node in p}
    # community centres on a spiral, largest in the middle; members on rings around their centre
    out: dict[str, tuple[float, float]] = {}
    radius_of = [30 + 18 * math.sqrt(len(p)) for p in parts]
    r_acc = 0.0
    for i, members in enumerate(parts):
        angle = i * 2.39996  # golden angle
        r_acc = 0.0 if i == 0 else max(r_acc, 60 * math.sqrt(i) * 6)
        cx, cy = r_acc * math.cos(angle), r_acc * math.sin(angle)
        ordered = sorted(members, key=lambda m: (-H.degree(m), m))
        for j, m in enumerate(ordered):
            if j == 0:
                out[m] = (round(cx, 1), round(cy, 1))
                continue
            ring = int(math.sqrt(j))
            a = j * 2.39996
            rr = min(radius_of[i], 25 + 22 * ring)
            out[m] = (round(cx + rr * math.cos(a), 1), round(cy + rr * math.sin(a), 1))
    return out, community


MAX_COMMUNITY = 300  # members; an opened community must stay quick to draw


def _communities(H: Any, seed: int) -> list[set[str]]:
    """Louvain communities, those larger than MAX_COMMUNITY split again (Louvain inside, then in chunks)."""
    import networkx as nx

    out: list[set[str]] = []
    todo = [(set(c), 1.0) for c in nx.community.louvain_communities(H, weight="weight", seed=seed, threshold=1e-4)]
    while todo:
        members, res = todo.pop()
        if len(members) <= MAX_COMMUNITY:
            out.append(members)
            continue
        parts = nx.community.louvain_communities(H.subgraph(members), weight="weight", seed=seed, resolution=res * 2) if res < 16 else [members]
        if len(parts) > 1:
            todo.extend((set(p), res * 2) for p in parts)
            continue
        order = list(nx.bfs_tree(H.subgraph(members), max(members, key=lambda m: (H.degree(m), m))))
        order += sorted(members - set(order))
        out.extend(set(order[i:i + MAX_COMMUNITY]) for i in range(0, len(order), MAX_COMMUNITY))
    return out


def _packed_layout(H: Any, seed: int) -> dict[str, tuple[float, float]]:
    """Each connected group laid out on its own (spring), then the groups packed in rows, largest first.

    Organisations with no link come last, in a grid, so that they do not push the network apart.
    """
    import networkx as nx

    boxes = []
    for comp in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(c))):
        sub = H.subgraph(comp)
        m = len(comp)
        if m == 1:
            boxes.append(({next(iter(comp)): (0.0, 0.0)}, 150.0, 70.0))
            continue
        pos = nx.spring_layout(sub, seed=seed, iterations=80 if m <= 300 else 40, k=2.2 / math.sqrt(m))
        half = 70 + 45 * math.sqrt(m)
        pts = {k: (float(v[0]) * half, float(v[1]) * half) for k, v in pos.items()}
        xs, ys = [p[0] for p in pts.values()], [p[1] for p in pts.values()]
        x0, y0 = min(xs), min(ys)
        pts = {k: (x - x0, y - y0) for k, (x, y) in pts.items()}
        boxes.append((pts, max(xs) - x0 + 180, max(ys) - y0 + 110))
    total = sum(w * h for _, w, h in boxes)
    width = max(max((w for _, w, _ in boxes), default=0), math.sqrt(total) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pts, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, (px, py) in pts.items():
            out[k] = (round(x + px, 1), round(y + py, 1))
        x += w
        row_h = max(row_h, h)
    return out


def _community_nodes(H: Any, community: dict[str, int], positions: dict[str, tuple[float, float]], orgs: dict[str, Any]) -> list[dict[str, Any]]:
    members: dict[int, list[str]] = defaultdict(list)
    for n, c in community.items():
        members[c].append(n)
    out = []
    for c, ms in sorted(members.items()):
        hub = max(ms, key=lambda m: (H.degree(m), orgs[m]["label"]))
        types = Counter(orgs[m]["type"] for m in ms)
        out.append({"id": f"community:{c}", "community": c, "size": len(ms), "hub": orgs[hub]["label"],
                    "x": positions[hub][0], "y": positions[hub][1],
                    "label": _short(f"{orgs[hub]['label']} +{len(ms) - 1}", 40),
                    "title": f"{len(ms)} organisations around {orgs[hub]['label']}: " + ", ".join(f"{v} {k}" for k, v in types.most_common(3)) + " (click to open)"})
    return out


def _extra_nodes(data: dict[str, Any], H: Any, positions: dict[str, tuple[float, float]], opts: ViewOptions) -> dict[str, list[dict[str, Any]]]:
    """People, products, projects and topics linked to the organisations shown (hidden until toggled)."""
    labels, kinds = data["labels"], data["kinds"]
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def add(x: str, label: str, group: str, near: str) -> None:
        if x not in nodes:
            px, py = positions.get(near, (0.0, 0.0))
            h = (zlib.crc32(x.encode('utf-8')) % 360) * math.pi / 180
            nodes[x] = {"id": x, "label": _short(label, 40), "name": label, "group": group, "kind": "extra",
                        "color": TYPE_COLORS[group], "shape": TYPE_SHAPES[group], "size": 7,
                        "x": round(px + 70 * math.cos(h), 1), "y": round(py + 70 * math.sin(h), 1), "title": f"{label} ({group})"}

    for r in data["relations"]:
        if len(nodes) >= opts.extra_kinds_max:
            break
        s, p, o = r["s"], r["p"], r["o"]
        if p in ("worksFor", "develops", "deployedAt") and (s in H or o in H):
            other, org = (s, o) if o in H else (o, s)
            if other in kinds and other in labels:
                add(other, labels[other], kinds[other], org)
                edges.append({"id": f"x{len(edges)}", "from": s, "to": o, "kinds": [p], "color": RELATION_STYLES[p][0], "dashes": True,
                              "arrows": "to", "width": 1, "title": f"{p}", "extra": True})
    for c, proj in data["projects"]:
        cinfo = data["collabs"].get(c)
        if not cinfo or proj not in labels or len(nodes) >= opts.extra_kinds_max:
            continue
        for p in sorted(cinfo["participants"]):
            if p in H:
                add(proj, labels[proj], "Project", p)
                edges.append({"id": f"x{len(edges)}", "from": p, "to": proj, "kinds": ["project"], "color": RELATION_STYLES["project"][0],
                              "dashes": True, "arrows": "", "width": 1, "title": "project", "extra": True})
    for c in data["collabs"].values():
        for t in sorted(c["topics"]):
            if len(nodes) >= opts.extra_kinds_max:
                break
            tid = "topic:" + t
            for p in sorted(c["participants"]):
                if p in H:
                    add(tid, t, "Topic", p)
                    edges.append({"id": f"x{len(edges)}", "from": p, "to": tid, "kinds": ["topic"], "color": RELATION_STYLES["topic"][0],
                                  "dashes": True, "arrows": "", "width": 1, "title": "topic", "extra": True})
    seen = set()
    uniq = []
    for e in edges:
        k = (e["from"], e["to"], e["kinds"][0])
        if k not in seen:
            seen.add(k)
            uniq.append(e)
    return {"nodes": list(nodes.values()), "edges": uniq}


def network(g: Any, opts: ViewOptions | None = None) -> "Network":
    """The pyvis ``Network`` of the graph (for notebooks; ``page_html`` renders it with hckg's controls)."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader
    from pyvis.network import Network

    import pyvis

    view = view_data(g, opts)
    net = Network(height="100vh", width="100%", directed=False, cdn_resources="in_line", heading="")
    net.nodes = view["nodes"]  # lists set directly: add_node one by one is quadratic
    net.edges = view["edges"]
    net.options = {"physics": {"enabled": False}, "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
                   "nodes": {"font": {"size": 13}}, "edges": {"smooth": False}}
    pages = Path(__file__).resolve().parent / "pages"
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    net.templateEnv = Environment(loader=ChoiceLoader([FileSystemLoader(str(pages)), FileSystemLoader(str(lib))]), autoescape=False)
    net.templateEnv.globals["hckg"] = {"extra": view["extra"], "communities": view["communities"], "meta": view["meta"]}
    net.templateEnv.globals["vis_dir"] = _VIS_DIR
    net.path = "network.html.j2"
    return net


def page_html(g: Any, opts: ViewOptions | None = None) -> str:
    """The self-contained network page as a string."""
    return network(g, opts).generate_html(notebook=False)


def write_network(out_dir: str | Path, path: str | Path | None = None, opts: ViewOptions | None = None, *, graph: Any = None) -> Path:
    """Write the network page of the graph built in ``out_dir`` (default ``out_dir/network.html``); ``graph`` overrides the store read."""
    from .store import Graph, atomic_write

    g = graph if graph is not None else Graph.open(out_dir)
    p = Path(path) if path else Path(out_dir) / "network.html"
    atomic_write(p, page_html(g, opts).encode("utf-8"))
    return p


write_html = write_network  # the name earlier versions used
