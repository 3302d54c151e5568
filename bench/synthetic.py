"""A synthetic hckg graph of any size, shaped like what `kg build` writes.

One named graph per document: the document, the organisations it mentions
(type, label, aliases, place), one or two collaborations with participants,
topics, dates, confidence and evidence, relations as reified assertions, and
a person with a role.  Organisation popularity follows a power law, so some
organisations are hubs, as in real news.

    python bench/synthetic.py --triples 1000000 > /tmp/synthetic.nq
"""

from __future__ import annotations

import argparse
import random
import sys
from typing import Iterator

H = "https://w3id.org/hckg/ontology#"
ID = "https://w3id.org/hckg/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
PROV = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ORGNS = "http://www.w3.org/ns/org#"

TYPES = [("Hospital", 0.22), ("UniversityHospital", 0.15), ("Company", 0.28), ("Startup", 0.15), ("University", 0.07),
         ("ResearchInstitute", 0.05), ("Association", 0.03), ("PublicBody", 0.03), ("Foundation", 0.02)]
KINDS = ["Partnership", "ResearchCollaboration", "SupplyContract", "MemorandumOfUnderstanding", "JointVenture"]
TOPICS = ["oncology", "cardiology", "stroke", "medical-imaging", "artificial-intelligence", "telemedicine", "covid-19",
          "digital-pathology", "genomics", "diabetes", "mental-health", "rare-diseases", "medical-research"]
PLACES = ["Paris", "Lyon", "Rennes", "Boston", "London", "Berlin", "Nairobi", "Singapore", "Tokyo", "Sydney", "Montreal",
          "São Paulo", "Casablanca", "Dubai", "Lagos", "Cape Town", "Kigali", "Hanoi", "Dakar", "Geneva", "Brussels"]
RELS = ["supplies", "acquired", "memberOf", "funds", "subsidiaryOf"]


def org_name(i: int, t: str) -> str:
    stem = f"Org{i:05d}"
    return {"Hospital": f"{stem} Hospital", "UniversityHospital": f"{stem} University Hospital", "Company": f"{stem} Medical",
            "Startup": f"{stem} Health", "University": f"University of {stem}", "ResearchInstitute": f"{stem} Institute",
            "Association": f"{stem} Society", "PublicBody": f"{stem} Agency", "Foundation": f"{stem} Foundation"}[t]


def lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(s: str, dt: str) -> str:
    return f'"{s}"^^<{XSD}{dt}>'


def quads(n_triples: int, n_orgs: int = 20000, seed: int = 7, alpha: float = 0.9) -> Iterator[str]:
    """N-Quads lines until at least ``n_triples`` have been written (organisation popularity ~ 1 / rank^alpha)."""
    rnd = random.Random(seed)
    types = [rnd.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0] for _ in range(n_orgs)]
    weights = [1.0 / (i + 1) ** alpha for i in range(n_orgs)]
    written = 0
    doc = 0
    while written < n_triples:
        doc += 1
        d = f"<{ID}doc/synth{doc:07d}>"
        g = d
        year = rnd.randint(2012, 2026)
        date = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        lines = [
            f"{d} {RDF_TYPE} <{H}Document> {g} .",
            f"{d} <{DCT}title> {lit(f'Synthetic article {doc}')} {g} .",
            f"{d} <{DCT}date> {typed(date, 'date')} {g} .",
            f"{d} <{DCT}language> {typed(rnd.choice(['en', 'fr']), 'language')} {g} .",
            f"{d} <{DCT}source> {lit(f'synth/{doc:07d}.txt')} {g} .",
            f"{d} <{H}contentHash> {lit(f'sha256:{doc:064x}')} {g} .",
        ]
        orgs = sorted(set(rnd.choices(range(n_orgs), weights, k=rnd.randint(2, 6))))
        if len(orgs) < 2:
            orgs.append((orgs[0] + 1) % n_orgs)
        iri = {o: f"<{ID}org/org{o:05d}>" for o in orgs}
        for o in orgs:
            u = iri[o]
            lines += [f"{u} {RDF_TYPE} <{H}{types[o]}> {g} .", f"{u} {LABEL} {lit(org_name(o, types[o]))} {g} .",
                      f"{u} <{H}mentionedIn> {d} {g} .", f"{u} {ALT} {lit(f'O{o}')} {g} .",
                      f"{u} <{H}lookupKey> {lit(org_name(o, types[o]).lower())} {g} .", f"{u} <{H}lookupKey> {lit(f'o{o}')} {g} ."]
            place = PLACES[o % len(PLACES)]
            pu = f"<{ID}place/{place.lower().replace(' ', '-')}>"
            lines += [f"{u} <{H}locatedIn> {pu} {g} .", f"{pu} {RDF_TYPE} <{H}Place> {g} .", f"{pu} {LABEL} {lit(place)} {g} ."]
        ev_n = 0

        def evidence() -> str:
            nonlocal ev_n
            ev_n += 1
            e = f"<{ID}evidence/synth{doc:07d}-{ev_n}>"
            lines.extend([f"{e} {RDF_TYPE} <{H}Evidence> {g} .", f"{e} <{H}sentence> {lit(f'Sentence {ev_n} of article {doc}.')} {g} .",
                          f"{e} <{H}startOffset> {typed(str(ev_n * 100), 'integer')} {g} .",
                          f"{e} <{H}endOffset> {typed(str(ev_n * 100 + 80), 'integer')} {g} .", f"{e} <{H}inDocument> {d} {g} ."])
            return e

        for c in range(rnd.randint(1, 2)):
            parts = rnd.sample(orgs, k=min(len(orgs), rnd.choice([2, 2, 2, 3, 4])))
            cu = f"<{ID}collaboration/synth{doc:07d}-{c}>"
            lines += [f"{cu} {RDF_TYPE} <{H}{rnd.choice(KINDS)}> {g} .", f"{cu} {LABEL} {lit(f'Collaboration {doc}-{c}')} {g} .",
                      f"{cu} <{H}announcedDate> {typed(date, 'date')} {g} .", f"{cu} <{H}confidence> {typed('0.8', 'decimal')} {g} .",
                      f"{cu} {PROV} {d} {g} .", f"{cu} <{H}evidence> {evidence()} {g} ."]
            for p in parts:
                lines.append(f"{cu} <{H}participant> {iri[p]} {g} .")
                for q in parts:
                    if q != p:
                        lines.append(f"{iri[p]} <{H}collaboratesWith> {iri[q]} {g} .")
            for t in rnd.sample(TOPICS, k=rnd.randint(1, 2)):
                lines.append(f"{cu} <{H}topic> <{ID}topic/{t}> {g} .")
        for r in range(rnd.randint(0, 2)):
            s, o = rnd.sample(orgs, 2)
            pred = rnd.choice(RELS)
            au = f"<{ID}assertion/synth{doc:07d}-{r}>"
            lines += [f"{iri[s]} <{H}{pred}> {iri[o]} {g} .", f"{au} {RDF_TYPE} <{H}Assertion> {g} .",
                      f"{au} <{RDF}subject> {iri[s]} {g} .", f"{au} <{RDF}predicate> <{H}{pred}> {g} .",
                      f"{au} <{RDF}object> {iri[o]} {g} .", f"{au} <{H}confidence> {typed('0.75', 'decimal')} {g} .",
                      f"{au} {PROV} {d} {g} .", f"{au} <{H}evidence> {evidence()} {g} ."]
        person = f"<{ID}person/synth{doc:07d}>"
        m = f"<{ID}membership/synth{doc:07d}>"
        o = orgs[0]
        lines += [f"{person} {RDF_TYPE} <{H}Person> {g} .", f"{person} {LABEL} {lit(f'Person {doc}')} {g} .",
                  f"{person} <{H}worksFor> {iri[o]} {g} .", f"{m} {RDF_TYPE} <{ORGNS}Membership> {g} .",
                  f"{m} <{ORGNS}member> {person} {g} .", f"{m} <{ORGNS}organization> {iri[o]} {g} .",
                  f"{m} <{H}roleTitle> {lit(rnd.choice(['CEO', 'director', 'head of research', 'président']))} {g} .",
                  f"{m} {PROV} {d} {g} ."]
        written += len(lines)
        yield from lines


def org_names(n_orgs: int = 20000) -> list[str]:
    """Every organisation's label, by index (index 0 is the biggest hub)."""
    rnd = random.Random(7)
    types = [rnd.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0] for _ in range(n_orgs)]
    return [org_name(i, types[i]) for i in range(n_orgs)]


def examples(n_orgs: int = 20000) -> dict[str, str]:
    """Parameter values that exist in the synthetic graph (the biggest hub, a popular topic)."""
    rnd = random.Random(7)
    types = [rnd.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0] for _ in range(n_orgs)]
    return {"org": org_name(0, types[0]), "topic": "stroke", "min": "2"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--orgs", type=int, default=20000)
    args = ap.parse_args()
    out = sys.stdout
    for line in quads(args.triples, args.orgs):
        out.write(line + "\n")


if __name__ == "__main__":
    main()
