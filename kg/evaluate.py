"""Evaluation of the extractor against hand-written gold, read back from the RDF graph.

Each document is built alone (as ``kg build FILE`` would) and scored through
the public vocabulary, so what is measured is what a user gets.

Gold format: one JSON file per article, named like the article (``x.json``
for ``x.txt``, ``x.md`` or ``x.html``)::

    {
      "organizations": [{"name": "CHU de Rennes", "aliases": ["CHU Rennes"], "type": "UniversityHospital"}],
      "collaborations": [{"participants": ["Philips", "CHU de Rennes"], "kind": "Partnership",
                          "topics": ["stroke"], "date": "2021-01"}],
      "relations": [{"subject": "Philips", "predicate": "acquired", "object": "BioTelemetry"}],
      "people": [{"name": "David Corcos", "role": "general manager", "organization": "Philips"}],
      "entities": [{"name": "DirectoSuivi", "aliases": ["DirectoSuvi"], "type": "Product"}]
    }

Names in collaborations, relations and people refer to an organisation's
name or any of its aliases; ``entities`` gives the other names relations
use (products, projects, places) with their aliases.  An organisation or a
person marked ``"optional": true`` is neither a miss when absent nor a false
positive when found (names given only in a list of prizes, press contacts).  Matching ignores case, accents, punctuation
and a leading "the".

Scores: organisations (precision, recall, F1, type accuracy on the matched),
collaborations (participant pairs), people ((person, organisation) pairs),
relations (recall; precision is shown but the gold lists only what the
text states plainly).  Totals are micro-averaged over documents.

>>> norm("The  Hôpital Saint-Louis")
'hopital saint louis'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Callable

from .errors import InputError, UsageError
from .extract.lexicons import fold
from .ingest import SUPPORTED_SUFFIXES

__all__ = ["norm", "Score", "DocResult", "evaluate", "evaluate_graph", "load_gold", "report_text", "CATEGORIES"]

CATEGORIES = ("organizations", "collaborations", "people", "relations")
RELATIONS = ("acquired", "supplies", "memberOf", "funds", "develops", "deployedAt", "subsidiaryOf", "locatedIn", "leads")
ORG_TYPES = ("Organization", "Hospital", "UniversityHospital", "Company", "Startup", "University", "ResearchInstitute",
             "Association", "Foundation", "PublicBody", "Consortium")


def norm(name: str) -> str:
    """A name folded for matching: lower case, no accents, punctuation as spaces, no leading article."""
    s = re.sub(r"[^\w]+", " ", fold(name)).strip()
    s = re.sub(r"^(?:the|la|le|les|l)\s+", "", s)
    return re.sub(r"\s+", " ", s)


@dataclass
class Score:
    """Counts for one category; ``fp`` and ``fn`` list what was wrong, readably."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def as_dict(self, details: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                             "tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold}
        if details:
            d["false_positives"] = self.fp
            d["misses"] = self.fn
        return d


@dataclass
class DocResult:
    """Scores of one document."""

    name: str
    language: str
    scores: dict[str, Score]
    calibration: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, correct) per predicted pair
    types_right: int = 0
    types_total: int = 0
    type_errors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- gold


def load_gold(path: Path) -> dict[str, Any]:
    """Read and check one gold file; raises InputError naming the file and the problem."""
    try:
        g = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not readable JSON gold: {exc}") from exc
    if not isinstance(g, dict):
        raise InputError(str(path), "gold must be a JSON object")
    for k in ("organizations", "collaborations", "relations", "people", "entities"):
        g.setdefault(k, [])
        if not isinstance(g[k], list):
            raise InputError(str(path), f"{k!r} must be a list")
    known = set()
    for o in g["organizations"]:
        if not isinstance(o, dict) or not isinstance(o.get("name"), str):
            raise InputError(str(path), f"organisation without a name: {o}")
        if not isinstance(o.get("aliases", []), list) or not all(isinstance(a, str) for a in o.get("aliases", [])):
            raise InputError(str(path), f"organisation {o['name']!r}: aliases must be a list of names")
        if o.get("type", "Organization") not in ORG_TYPES:
            raise InputError(str(path), f"organisation {o['name']!r}: unknown type {o.get('type')!r}")
        known |= {norm(n) for n in (o["name"], *o.get("aliases", []))}
    for c in g["collaborations"]:
        for p in c.get("participants", []):
            if norm(p) not in known:
                raise InputError(str(path), f"collaboration participant {p!r} is not among the organisations")
    for r in g["relations"]:
        if r.get("predicate") not in RELATIONS:
            raise InputError(str(path), f"relation {r}: predicate must be one of {', '.join(RELATIONS)}")
    for p in g["people"]:
        if p.get("organization") and norm(p["organization"]) not in known:
            raise InputError(str(path), f"person {p.get('name')!r}: organisation {p['organization']!r} is not among the organisations")
    return g


def _doc_for(gold: Path, docs_dir: Path) -> Path:
    for ext in SUPPORTED_SUFFIXES:
        p = docs_dir / (gold.stem + ext)
        if p.exists():
            return p
    raise InputError(str(gold), f"no article named {gold.stem}.* in {docs_dir}")


# --------------------------------------------------------------------------- predictions


@dataclass
class _Pred:
    orgs: dict[str, tuple[str, set[str]]]  # iri -> (type, names)
    names: dict[str, set[str]]  # any entity iri -> names
    collabs: list[tuple[set[str], float]]  # participant iris, confidence
    people: set[tuple[str, str]]  # (person iri, org iri)
    relations: set[tuple[str, str, str]]  # (subject iri, predicate, object iri)


def _read_graph(g: Any) -> _Pred:
    from rdflib import RDF, RDFS
    from rdflib.namespace import SKOS

    from .namespaces import HCKG

    hk = str(HCKG)
    names: dict[str, set[str]] = {}
    for s, o in g.subject_objects(RDFS.label):
        names.setdefault(str(s), set()).add(str(o))
    for s, o in g.subject_objects(SKOS.altLabel):
        names.setdefault(str(s), set()).add(str(o))
    orgs = {}
    for s, t in g.subject_objects(RDF.type):
        ts = str(t)
        if ts.startswith(hk) and ts[len(hk):] in ORG_TYPES:
            orgs[str(s)] = (ts[len(hk):], names.get(str(s), set()))
    collabs: dict[str, set[str]] = {}
    for c, p in g.subject_objects(HCKG.participant):
        collabs.setdefault(str(c), set()).add(str(p))
    conf = {str(c): float(v) for c, v in g.subject_objects(HCKG.confidence) if str(c) in collabs}
    people = {(str(s), str(o)) for s, o in g.subject_objects(HCKG.worksFor)}
    rels = set()
    for r in RELATIONS:
        for s, o in g.subject_objects(HCKG[r]):
            rels.add((str(s), r, str(o)))
    return _Pred(orgs, names, [(ps, conf.get(c, 0.5)) for c, ps in collabs.items()], people, rels)


# --------------------------------------------------------------------------- scoring


def evaluate_graph(gold: dict[str, Any], graph: Any, name: str = "", language: str = "") -> DocResult:
    """Score one document's graph (an rdflib Graph) against its gold."""
    pred = _read_graph(graph)
    g_orgs = gold["organizations"]
    g_names = [{norm(n) for n in (o["name"], *o.get("aliases", []))} - {""} for o in g_orgs]

    def gold_index(n: str) -> int | None:
        k = norm(n)
        return next((i for i, ns in enumerate(g_names) if k in ns), None)

    # organisations: one-to-one, gold in order, first predicted entity sharing a name
    match: dict[str, int] = {}  # predicted iri -> gold index
    taken: set[int] = set()
    for iri in sorted(pred.orgs):
        pn = {norm(n) for n in pred.orgs[iri][1]}
        for i, gn in enumerate(g_names):
            if i not in taken and pn & gn:
                match[iri] = i
                taken.add(i)
                break
    optional = {i for i, o in enumerate(g_orgs) if o.get("optional")}
    so = Score(tp=len(set(match.values()) - optional), n_pred=len([i for i in pred.orgs if match.get(i) not in optional]),
               n_gold=len(g_orgs) - len(optional))
    so.fp = sorted(_label(pred, iri) for iri in pred.orgs if iri not in match)
    so.fn = [o["name"] for i, o in enumerate(g_orgs) if i not in taken and i not in optional]
    res = DocResult(name, language, {"organizations": so})
    for iri, i in sorted(match.items()):
        if i in optional:
            continue
        want = g_orgs[i].get("type", "Organization")
        got = pred.orgs[iri][0]
        res.types_total += 1
        if want == got:
            res.types_right += 1
        else:
            res.type_errors.append(f"{g_orgs[i]['name']}: {got} (gold {want})")

    def key_of(iri: str) -> str:
        return f"#{match[iri]}" if iri in match else f"?{_label(pred, iri)}"

    def show(k: str) -> str:
        return g_orgs[int(k[1:])]["name"] if k.startswith("#") else k[1:]

    # collaborations: unordered participant pairs
    gp = set()
    for c in gold["collaborations"]:
        idx = sorted({f"#{gold_index(p)}" for p in c.get("participants", [])})
        gp |= {frozenset(pq) for pq in combinations(idx, 2)}
    pp: dict[frozenset[str], float] = {}
    for parts, conf in pred.collabs:
        ks = sorted({key_of(p) for p in parts})
        for pq in combinations(ks, 2):
            pp[frozenset(pq)] = max(conf, pp.get(frozenset(pq), 0.0))
    res.scores["collaborations"] = _set_score(set(pp), gp, lambda pair: " – ".join(sorted(show(k) for k in pair)))
    res.calibration = [(conf, pair in gp) for pair, conf in pp.items()]

    # people: (person, organisation)
    gpe, opt_pe = set(), set()
    for p in gold["people"]:
        if p.get("organization"):
            (opt_pe if p.get("optional") else gpe).add((norm(p["name"]), f"#{gold_index(p['organization'])}"))
    ppe = set()
    for person, org in pred.people:
        pnames = {norm(n) for n in pred.names.get(person, {person})}
        hit = next((gname for gname, _o in gpe | opt_pe if gname in pnames), None)
        ppe.add((hit or norm(_label(pred, person)), key_of(org)))
    ppe -= opt_pe
    res.scores["people"] = _set_score(ppe, gpe, lambda t: f"{t[0]} @ {show(t[1])}")

    # relations: (subject, predicate, object) by name
    others = {norm(a): norm(e["name"]) for e in gold["entities"] for a in (e["name"], *e.get("aliases", []))}

    def ent_key(n: str) -> str:
        i = gold_index(n)
        return f"#{i}" if i is not None else f"?{others.get(norm(n), norm(n))}"

    grel = {(ent_key(r["subject"]), r["predicate"], ent_key(r["object"])) for r in gold["relations"]}
    prel = set()
    gold_other = {k for t in grel for k in (t[0], t[2]) if k.startswith("?")}
    for s, r, o in pred.relations:
        prel.add((_pred_key(pred, s, match, gold_other, others), r, _pred_key(pred, o, match, gold_other, others)))
    res.scores["relations"] = _set_score(prel, grel, lambda t: f"{show(t[0])} {t[1]} {show(t[2])}")
    return res


def _pred_key(pred: _Pred, iri: str, match: dict[str, int], gold_other: set[str], others: dict[str, str]) -> str:
    if iri in match:
        return f"#{match[iri]}"
    ns = {f"?{others.get(norm(n), norm(n))}" for n in pred.names.get(iri, set())}
    hit = ns & gold_other
    return min(hit) if hit else f"?{norm(_label(pred, iri))}"


def _label(pred: _Pred, iri: str) -> str:
    ns = pred.names.get(iri)
    return min(ns, key=lambda n: (len(n), n)) if ns else iri.rsplit("/", 1)[-1]


def _set_score(pred: set, gold: set, show: Callable[[Any], str]) -> Score:  # type: ignore[type-arg]
    tp = pred & gold
    return Score(tp=len(tp), n_pred=len(pred), n_gold=len(gold), fp=sorted(show(x) for x in pred - gold),
                 fn=sorted(show(x) for x in gold - pred))


# --------------------------------------------------------------------------- running


def evaluate(gold_dir: str | Path, docs_dir: str | Path, *, progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Build every article of ``docs_dir`` that has gold in ``gold_dir`` alone, and score it.

    Returns a JSON-able report: ``totals`` per category, ``type_accuracy``,
    ``by_language`` and ``documents`` (scores, false positives and misses).
    """
    from .extract import extract_all
    from .ingest import ingest
    from .rdf import to_dataset, union_graph
    from .resolve import resolve

    gd, dd = Path(gold_dir), Path(docs_dir)
    if not gd.is_dir():
        raise UsageError(f"gold folder {gd} does not exist")
    if not dd.is_dir():
        raise UsageError(f"documents folder {dd} does not exist")
    golds = sorted(gd.glob("*.json"))
    if not golds:
        raise UsageError(f"no *.json gold files in {gd}")
    pairs = [(load_gold(g), g, _doc_for(g, dd)) for g in golds]
    articles, skipped = ingest([str(p) for _g, _gp, p in pairs])
    if skipped:
        raise InputError(skipped[0].path, skipped[0].reason)
    by_path = {a.path: a for a in articles}
    arts = [by_path[str(p)] for _g, _gp, p in pairs]
    results: list[DocResult] = []
    for i, ex in enumerate(extract_all(arts)):
        gold, gpath, _doc = pairs[i]
        ds = to_dataset([ex], resolve([ex]))
        results.append(evaluate_graph(gold, union_graph(ds), gpath.stem, ex.article.language))
        if progress:
            progress(i + 1, len(arts), gpath.stem)
    return _report(results)


def _report(results: list[DocResult]) -> dict[str, Any]:
    def totals(rs: list[DocResult]) -> dict[str, Any]:
        t = {c: Score() for c in CATEGORIES}
        for r in rs:
            for c in CATEGORIES:
                t[c].add(r.scores[c])
        right = sum(r.types_right for r in rs)
        total = sum(r.types_total for r in rs)
        out: dict[str, Any] = {c: t[c].as_dict(details=False) for c in CATEGORIES}
        out["type_accuracy"] = round(right / total, 4) if total else 1.0
        bands = []
        for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 1.01)):
            xs = [ok for r in rs for c, ok in r.calibration if lo <= c < hi]
            bands.append({"confidence": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "pairs": len(xs),
                          "precision": round(sum(xs) / len(xs), 4) if xs else None})
        out["collaboration_precision_by_confidence"] = bands
        out["documents"] = len(rs)
        return out

    langs = sorted({r.language for r in results})
    return {
        "totals": totals(results),
        "by_language": {lang: totals([r for r in results if r.language == lang]) for lang in langs},
        "documents": [
            {"name": r.name, "language": r.language, **{c: r.scores[c].as_dict() for c in CATEGORIES},
             "type_errors": r.type_errors}
            for r in results
        ],
    }


def report_text(rep: dict[str, Any], *, details: bool = True) -> str:
    """The report as a table, with per-document false positives (+) and misses (-)."""
    lines = []
    head = f"{'document':34} {'lang':4} " + " ".join(f"{c:>14}" for c in CATEGORIES) + "   (F1 (found/gold))"
    if details:
        lines.append(head)
        for d in rep["documents"]:
            cells = " ".join(f"{d[c]['f1']:6.2f} ({d[c]['tp']}/{d[c]['gold']})".rjust(14) for c in CATEGORIES)
            lines.append(f"{d['name'][:34]:34} {d['language']:4} {cells}")
            for c in CATEGORIES:
                for x in d[c]["false_positives"]:
                    lines.append(f"    + {c[:4]} {x}")
                for x in d[c]["misses"]:
                    lines.append(f"    - {c[:4]} {x}")
            for x in d["type_errors"]:
                lines.append(f"    ~ type {x}")
        lines.append("")
    lines.append(f"{'category':15} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for c in CATEGORIES:
        s = rep["totals"][c]
        lines.append(f"{c:15} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['tp']:5} {s['predicted']:5} {s['gold']:5}")
    lines.append(f"type accuracy on matched organisations: {rep['totals']['type_accuracy']:.3f}")
    lines.append("collaboration pairs by confidence: " + ", ".join(
        f"{b['confidence']} {b['pairs']} pairs, precision {b['precision']:.2f}" if b["pairs"] else f"{b['confidence']} none"
        for b in rep["totals"]["collaboration_precision_by_confidence"]))
    for lang, t in rep["by_language"].items():
        lines.append(f"  {lang} ({t['documents']} documents): " + ", ".join(
            f"{c} F1 {t[c]['f1']:.3f}" if c != "relations" else f"relations recall {t[c]['recall']:.3f}" for c in CATEGORIES))
    return "\n".join(lines)
