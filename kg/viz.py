"""The network view: graph -> pyvis Network -> one self-contained HTML file.

``network(graph)`` returns the pyvis ``Network`` (for notebooks);
``write_html`` writes a page that needs no network access (vis-network
inlined, CDN links removed).  All article text is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, Graph, URIRef

from .namespaces import HCKG

if TYPE_CHECKING:  # pragma: no cover
    from pyvis.network import Network

__all__ = ["network", "page_html", "write_html", "TYPE_COLORS"]

TYPE_COLORS = {
    "Hospital": "#e15759", "UniversityHospital": "#b6272c", "Company": "#4e79a7", "Startup": "#76b7b2",
    "University": "#59a14f", "ResearchInstitute": "#8cd17d", "Association": "#f28e2b", "Foundation": "#edc948",
    "PublicBody": "#b07aa1", "Consortium": "#ff9da7", "Organization": "#9c755f",
}
_REL_EDGES = {"acquired": "#333333", "supplies": "#1f77b4", "memberOf": "#9467bd", "funds": "#bcbd22", "subsidiaryOf": "#7f7f7f"}


def _org_type(g: Graph, o: URIRef) -> str | None:
    for t in g.objects(o, RDF.type):
        name = str(t).rsplit("#", 1)[-1]
        if name in TYPE_COLORS:
            return name
    return None


def network(g: Graph, *, max_nodes: int = 300) -> "Network":
    """A pyvis Network of organisations: collaborations and relations as edges."""
    from pyvis.network import Network

    orgs = {o for o in g.subjects(RDF.type, None) if isinstance(o, URIRef) and _org_type(g, o)}
    degree: Counter[URIRef] = Counter()
    edges: dict[tuple[URIRef, URIRef, str], int] = Counter()
    for c in set(g.subjects(HCKG.participant, None)):
        ps = sorted(set(g.objects(c, HCKG.participant)))
        for i, a in enumerate(ps):
            for b in ps[i + 1 :]:
                edges[(a, b, "collaboration")] += 1
    for rel in _REL_EDGES:
        for s, o in g.subject_objects(HCKG[rel]):
            if s in orgs and o in orgs:
                edges[(s, o, rel)] += 1
    for (a, b, _k) in edges:
        degree[a] += 1
        degree[b] += 1
    keep = sorted(orgs, key=lambda o: (-degree[o], str(o)))[:max_nodes]
    keep_set = set(keep)
    net = Network(height="750px", width="100%", directed=False, cdn_resources="in_line", notebook=False)
    net.toggle_physics(True)
    for o in keep:
        typ = _org_type(g, o) or "Organization"
        label = str(g.value(o, RDFS.label) or o)
        net.add_node(
            str(o), label=html.escape(label), title=html.escape(f"{label} ({typ}), {degree[o]} links"),
            color=TYPE_COLORS.get(typ, "#999999"), size=10 + 4 * min(degree[o], 10),
        )
    for (a, b, kind), n in sorted(edges.items()):
        if a in keep_set and b in keep_set:
            net.add_edge(str(a), str(b), title=html.escape(f"{kind} ({n})"), width=1 + n, color=_REL_EDGES.get(kind, "#888888"))
    net.set_options('{"physics": {"stabilization": {"iterations": 200}}, "edges": {"smooth": false}}')
    return net


def page_html(g: Graph, *, max_nodes: int = 300) -> str:
    """The self-contained network page as a string (for a notebook: ``IPython.display.IFrame`` or ``srcdoc``)."""
    net = network(g, max_nodes=max_nodes)
    page = net.generate_html(notebook=False)
    page = re.sub(r"<link[^>]+href=\"https?://[^\"]+\"[^>]*>", "", page)
    page = re.sub(r"<script[^>]+src=\"https?://[^\"]+\"[^>]*>\s*</script>", "", page)
    return page.replace("<head>", "<head>\n<title>hckg network</title>", 1)


def write_html(g: Graph, path: str | Path, *, max_nodes: int = 300) -> Path:
    """Write the self-contained network page to ``path``."""
    page = page_html(g, max_nodes=max_nodes)
    p = Path(path)
    from .store import atomic_write

    atomic_write(p, page.encode("utf-8"))
    return p
