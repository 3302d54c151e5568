"""RDF: resolved extractions -> an rdflib Dataset, one named graph per document.

Every collaboration and every relation carries ``prov:wasDerivedFrom`` its
document, ``hckg:evidence`` nodes (sentence text and character offsets) and
``hckg:confidence``.  Binary relations are asserted directly and also
reified as ``hckg:Assertion`` (an ``rdf:Statement``) that holds their
provenance.
"""

from __future__ import annotations

from typing import Iterable

import functools
import hashlib
import re
from itertools import combinations

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .errors import ValidationFailed
from .models import Evidence, Extraction
from .namespaces import HCKG, ID, ORG, PREFIXES
from .ontology import SHAPES_FILE, ontology_dir, topics
from .resolve import Resolved, mint

__all__ = ["to_dataset", "doc_iri", "union_graph", "validate", "date_literal"]

_PRED = {
    "acquired": HCKG.acquired,
    "supplies": HCKG.supplies,
    "memberOf": HCKG.memberOf,
    "funds": HCKG.funds,
    "develops": HCKG.develops,
    "deployedAt": HCKG.deployedAt,
    "subsidiaryOf": HCKG.subsidiaryOf,
    "locatedIn": HCKG.locatedIn,
    "leads": HCKG.leads,
    "worksFor": HCKG.worksFor,
}


def doc_iri(sha256: str) -> URIRef:
    """The IRI of a document (and of its named graph), from its content hash."""
    return ID[f"doc/{sha256[:16]}"]


def date_literal(value: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the value.

    >>> date_literal("2021-09").datatype == XSD.gYearMonth
    True
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value[:4], datatype=XSD.gYear)


def _h(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _bind(g: Graph | Dataset) -> None:
    for p, ns in PREFIXES.items():
        g.bind(p, Namespace(ns), override=True)


def to_dataset(extractions: list[Extraction], res: Resolved, *, min_confidence: float = 0.0) -> Dataset:
    """The whole graph, one named graph per document."""
    ds = Dataset()
    _bind(ds)
    topic_info = _topic_info()
    for ex in sorted(extractions, key=lambda e: e.article.sha256):
        _add_document(ds, ex, res, topic_info, min_confidence)
    return ds


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class _QuadLines:
    """Collects one named graph's triples as N-Quads lines (rdflib terms written in N-Triples form):
    the build writes a document's graph without building an rdflib graph for it."""

    def __init__(self, graph: URIRef) -> None:
        self._g = f" <{graph}> .\n"
        self.lines: set[str] = set()

    def add(self, t: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        o = t[2]
        if isinstance(o, Literal):
            lex = str(o).translate(_NT_ESCAPES)
            obj = f'"{lex}"@{o.language}' if o.language else f'"{lex}"^^<{o.datatype}>' if o.datatype and o.datatype != XSD.string else f'"{lex}"'
        else:
            obj = f"<{o}>"
        self.lines.add(f"<{t[0]}> <{t[1]}> {obj}{self._g}")

    def graph(self, name: URIRef) -> "_QuadLines":
        return self


def document_nquads(ex: Extraction, res: Resolved, *, min_confidence: float = 0.0) -> bytes:
    """One document's named graph as N-Quads, lines sorted (the quads :func:`to_dataset` holds for it).

    >>> from kg.models import Article
    >>> from kg.resolve import resolve
    >>> a = Article("a.txt", "a.txt", "Text.", "ab" * 32, "en", 'A "title"\\nline two', "2024-05-01")
    >>> nq = document_nquads(Extraction(a, (), (), (), (), (), (), ()), resolve([]))
    >>> len(Dataset().parse(data=nq, format="nquads"))
    7
    """
    lines = _QuadLines(doc_iri(ex.article.sha256))
    _add_document(lines, ex, res, _topic_info(), min_confidence)  # type: ignore[arg-type]
    return "".join(sorted(lines.lines)).encode("utf-8")


@functools.cache
def _topic_info() -> dict[str, object]:
    """The topic scheme by IRI."""
    return {t.iri: t for t in topics()}


@functools.cache
def _writer_hash() -> str:
    """This module's code: a document graph cached by another version of the writer is written again."""
    from pathlib import Path

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def document_signature(sha: str, res: Resolved, iris: Iterable[str], min_confidence: float) -> str:
    """What a document's graph depends on besides its extraction: the entities it names, as resolved,
    and the writer's code."""
    parts = [sha, repr(min_confidence), _writer_hash()]
    parts += sorted(f"{i}\x1e{res.labels.get(i, '')}\x1e{res.types.get(i, '')}" for i in set(iris))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _add_document(ds: Dataset, ex: Extraction, res: Resolved, topic_info, min_conf: float) -> None:  # type: ignore[no-untyped-def]
    a = ex.article
    sha = a.sha256
    d = doc_iri(sha)
    g = ds.graph(d)
    g.add((d, RDF.type, HCKG.Document))
    g.add((d, RDFS.label, Literal(a.title or a.source)))
    g.add((d, DCTERMS.title, Literal(a.title or a.source)))
    if a.date:
        g.add((d, DCTERMS.date, date_literal(a.date)))
    g.add((d, DCTERMS.language, Literal(a.language, datatype=XSD.language)))
    g.add((d, DCTERMS.source, Literal(a.source)))
    g.add((d, HCKG.contentHash, Literal(f"sha256:{sha}")))

    def ent(kind: str, key: str) -> URIRef | None:
        iri = res.iri(sha, kind, key)
        if iri is None:
            return None
        u = URIRef(iri)
        cls = res.types.get(iri, kind.capitalize())
        g.add((u, RDF.type, HCKG[cls]))
        g.add((u, RDFS.label, Literal(res.labels[iri])))
        g.add((u, HCKG.lookupKey, Literal(res.labels[iri].lower())))
        g.add((u, HCKG.mentionedIn, d))
        return u

    def evidence(ev: Evidence) -> URIRef:
        e = ID[f"evidence/{sha[:16]}-{ev.start}-{ev.end}"]
        g.add((e, RDF.type, HCKG.Evidence))
        g.add((e, HCKG.sentence, Literal(ev.text)))
        g.add((e, HCKG.startOffset, Literal(ev.start)))
        g.add((e, HCKG.endOffset, Literal(ev.end)))
        g.add((e, HCKG.inDocument, d))
        return e

    for o in ex.orgs:
        u = ent("org", o.key)
        if u is None:
            continue
        for alias in (o.name, *o.aliases):
            if alias != res.labels[str(u)]:
                g.add((u, SKOS.altLabel, Literal(alias)))
                g.add((u, HCKG.lookupKey, Literal(alias.lower())))
    for kind, pairs in (("place", ex.places), ("product", ex.products), ("project", ex.projects)):
        for key, _name in pairs:
            ent(kind, key)

    for c in ex.collaborations:
        if c.confidence < min_conf:
            continue
        parts = [ent("org", k) for k in c.participants]
        parts_ = sorted({p for p in parts if p is not None})
        if len(parts_) < 2:
            continue
        cu = ID[f"collaboration/{_h(sha, *map(str, parts_))}"]
        g.add((cu, RDF.type, HCKG[c.kind]))
        label = f"{c.kind}: " + " – ".join(res.labels[str(p)] for p in parts_)
        g.add((cu, RDFS.label, Literal(label)))
        for p in parts_:
            g.add((cu, HCKG.participant, p))
        for p, q in combinations(parts_, 2):
            g.add((p, HCKG.collaboratesWith, q))
            g.add((q, HCKG.collaboratesWith, p))
        for t in c.topics:
            tu = URIRef(t)
            g.add((cu, HCKG.topic, tu))
            g.add((tu, RDF.type, HCKG.Topic))
            g.add((tu, RDF.type, SKOS.Concept))
            info = topic_info.get(t)
            if info:
                g.add((tu, RDFS.label, Literal(info.labels.get("en", t.rsplit("/", 1)[-1]))))
                for lang, lab in info.labels.items():
                    g.add((tu, SKOS.prefLabel, Literal(lab, lang=lang)))
                g.add((tu, SKOS.inScheme, ID["topic/scheme"]))
        if c.project:
            pu = ent("project", c.project)
            if pu is not None:
                g.add((cu, HCKG.project, pu))
        if c.date:
            g.add((cu, HCKG.announcedDate, date_literal(c.date)))
        if c.start_date:
            g.add((cu, HCKG.startDate, date_literal(c.start_date)))
        if c.duration:
            g.add((cu, HCKG.duration, Literal(c.duration, datatype=XSD.duration)))
        g.add((cu, HCKG.confidence, Literal(c.confidence, datatype=XSD.decimal)))
        g.add((cu, PROV.wasDerivedFrom, d))
        for ev in c.evidence:
            g.add((cu, HCKG.evidence, evidence(ev)))

    for r in ex.relations:
        if r.confidence < min_conf:
            continue
        s = ent(r.subject_kind, r.subject)
        o = ent(r.object_kind, r.object)
        if s is None or o is None or s == o:
            continue
        pred = _PRED[r.predicate]
        g.add((s, pred, o))
        au = ID[f"assertion/{_h(sha, str(s), str(pred), str(o))}"]
        g.add((au, RDF.type, HCKG.Assertion))
        g.add((au, RDF.type, RDF.Statement))
        g.add((au, RDF.subject, s))
        g.add((au, RDF.predicate, pred))
        g.add((au, RDF.object, o))
        g.add((au, HCKG.confidence, Literal(r.confidence, datatype=XSD.decimal)))
        g.add((au, PROV.wasDerivedFrom, d))
        g.add((au, HCKG.evidence, evidence(r.evidence)))
        if r.predicate == "worksFor":
            m = ID[f"membership/{_h(str(s), str(o))}"]
            g.add((m, RDF.type, ORG.Membership))
            g.add((m, ORG.member, s))
            g.add((m, ORG.organization, o))
            g.add((m, PROV.wasDerivedFrom, d))
            if r.role:
                role = URIRef(mint("role", r.role.lower()))
                g.add((role, RDF.type, ORG.Role))
                g.add((role, RDFS.label, Literal(r.role.lower())))
                g.add((m, ORG.role, role))
                g.add((m, HCKG.roleTitle, Literal(r.role)))


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs in one Graph."""
    g = Graph()
    _bind(g)
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


def validate(data: Graph) -> tuple[bool, str]:
    """SHACL validation against ``ontology/hckg-shapes.ttl`` (with the ontology for classes).

    Returns (conforms, text report); the data graph is not changed.
    """
    import pyshacl

    shapes = Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")
    ont = Graph().parse(ontology_dir() / "hckg.ttl", format="turtle")
    try:
        conforms, _g, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="none", allow_warnings=True)
    except Exception as exc:  # pyshacl raises many kinds
        raise ValidationFailed(f"SHACL validation could not run: {exc}") from exc
    return bool(conforms), str(text)

