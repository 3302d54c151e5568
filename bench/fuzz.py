"""Fuzz ingest and extraction: mutated articles, random bytes and hostile fragments, for a fixed time.

    python bench/fuzz.py --minutes 10 --seed 1 --crashes /tmp/hckg-crashes

Inputs start from the project's own articles (seeds and the test corpus) and
are mutated: bytes flipped, inserted or deleted; pieces of other articles
spliced in; HTML tags, scripts, entities, emoji, right-to-left text, quotes,
angle brackets, backslashes, NULs, very long lines and legacy encodings
inserted; whole inputs of random bytes.  Each goes through ``parse_bytes``
(as a .txt, .md or .html file), and those that ingest are extracted with
the real spaCy models and written as RDF (Turtle and TriG, parsed back).
Anything other than a clean ``InputError`` is a finding, saved under
``--crashes`` with its traceback.  Prints the number of inputs tried and
what was found.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRAGMENTS = [
    b"<script>alert(1)</script>", b"<img src=x onerror=alert(1)>", b"<iframe src='javascript:1'></iframe>", b"<style>p{}</style>",
    b"<!-- c -->", b"<![CDATA[x]]>", b"&amp;&lt;&#0;&#x110000;&nosuchentity;", b"</html>", b"<p", b"<<<>>>",
    "Hôpital « Saint‑Éloi » et l’Université".encode(), "CHU de Nîmes s’associe à Ärzte GmbH".encode(),
    "🏥 Hospital 🤝 Startup 🚀".encode(), "مستشفى الملك فيصل والجامعة".encode(), "\u202eReversed Corp\u202c".encode(),
    b'"Quoted" Inc. \\ back\\slash', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9t\xe9 \x93quoted\x94",
    b"A" * 5000, b"\n" * 50, b"signs a partnership with", " signe une convention avec ".encode(), b"acquired",
    b"X University Hospital and Y Health partner on AI.", b"---\ntitle: x\n---\n", b"# Heading\n", b"date 2024-02-30 ",
    b"(((((((((((", b"]]]]]]", b"@@@@", b"http://example.org/" + b"a" * 300,
]


def mutate(rnd: random.Random, seeds: list[bytes]) -> bytes:
    if rnd.random() < 0.05:
        return bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 2000)))
    data = bytearray(rnd.choice(seeds))
    for _ in range(rnd.randint(1, 8)):
        op = rnd.randint(0, 6)
        pos = rnd.randint(0, len(data)) if data else 0
        if op == 0 and data:
            data[rnd.randrange(len(data))] = rnd.getrandbits(8)
        elif op == 1:
            data[pos:pos] = rnd.choice(FRAGMENTS)
        elif op == 2 and data:
            del data[pos:pos + rnd.randint(1, 200)]
        elif op == 3:
            other = rnd.choice(seeds)
            a = rnd.randint(0, len(other))
            data[pos:pos] = other[a:a + rnd.randint(10, 800)]
        elif op == 4:
            data[pos:pos] = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(1, 20)))
        elif op == 5:
            try:
                data = bytearray(bytes(data).decode("utf-8", "replace").encode(rnd.choice(["cp1252", "latin-1", "utf-16"]), "replace"))
            except (UnicodeError, LookupError):
                pass
        else:
            data[pos:pos] = rnd.choice(FRAGMENTS) * rnd.randint(2, 50)
    return bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--crashes", default="/tmp/hckg-crashes")
    args = ap.parse_args()

    from rdflib import Dataset, Graph

    from kg.errors import InputError
    from kg.extract import extract_all
    from kg.ingest import parse_bytes
    from kg.rdf import to_dataset, union_graph
    from kg.resolve import resolve

    seeds = [p.read_bytes() for p in sorted([*ROOT.glob("seeds/*"), *ROOT.glob("tests/corpus/*/docs/*")]) if p.is_file()]
    rnd = random.Random(args.seed)
    crashes = Path(args.crashes)
    crashes.mkdir(parents=True, exist_ok=True)
    tried = ingested = rejected = extracted = 0
    findings: dict[str, int] = {}
    reasons: dict[str, int] = {}
    t_end = time.time() + args.minutes * 60
    list(extract_all([parse_bytes(seeds[0], "warmup.txt")]))  # load both models once before timing
    while time.time() < t_end:
        batch = []
        for _ in range(16):
            data = mutate(rnd, seeds)
            name = f"fuzz{tried}" + rnd.choice([".txt", ".md", ".html"])
            tried += 1
            try:
                batch.append((data, parse_bytes(data, name)))
                ingested += 1
            except InputError as exc:
                rejected += 1
                key = exc.reason.split(":")[0].split("(")[0].strip()
                reasons[key] = reasons.get(key, 0) + 1
            except Exception as exc:  # a finding
                kind = f"ingest {type(exc).__name__}"
                findings[kind] = findings.get(kind, 0) + 1
                (crashes / f"{tried}.bin").write_bytes(data)
                (crashes / f"{tried}.txt").write_text(traceback.format_exc())
        if not batch:
            continue
        try:
            exs = list(extract_all([a for _, a in batch]))
            extracted += len(exs)
            ds = to_dataset(exs, resolve(exs))
            Dataset().parse(data=ds.serialize(format="trig"), format="trig")
            Graph().parse(data=union_graph(ds).serialize(format="turtle"), format="turtle")
        except Exception as exc:  # a finding: narrow it down to one input
            kind = f"extract/rdf {type(exc).__name__}"
            findings[kind] = findings.get(kind, 0) + 1
            for data, a in batch:
                try:
                    one = list(extract_all([a]))
                    Graph().parse(data=union_graph(to_dataset(one, resolve(one))).serialize(format="turtle"), format="turtle")
                except Exception:
                    (crashes / f"x{tried}-{a.sha256[:8]}.bin").write_bytes(data)
                    (crashes / f"x{tried}-{a.sha256[:8]}.txt").write_text(traceback.format_exc())
                    break
    print(f"fuzz: {args.minutes:g} min, seed {args.seed}: {tried} inputs tried, {ingested} ingested and extracted "
          f"({extracted} extractions, RDF written and parsed back), {rejected} rejected with a reason")
    for k, v in sorted(reasons.items(), key=lambda x: -x[1]):
        print(f"  rejected: {k}: {v}")
    if findings:
        print(f"findings (inputs and tracebacks in {crashes}):")
        for k, v in findings.items():
            print(f"  {k}: {v}")
    else:
        print("findings: none")


if __name__ == "__main__":
    main()
