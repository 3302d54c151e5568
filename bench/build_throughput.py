"""Build throughput against raw spaCy, and the cost of adding one article, on a generated corpus.

    python bench/build_throughput.py --articles 1000
    python bench/build_throughput.py --articles 10000 --n-process 2

In one process and one run: the corpus (bench/corpus.py), raw spaCy
``nlp.pipe`` over the same texts with the same number of processes (the
ceiling for a spaCy pipeline), then ``kg.build`` of the corpus with the stage
times, then one new article added to that graph, and that article built
alone (models already loaded in both cases).  Prints documents and words per
second, the ratio to raw spaCy, and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import generate  # noqa: E402


def peak_mb() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    import kg
    from kg.config import Settings
    from kg.ingest import ingest
    from kg.nlp import get_nlp

    tmp = Path(tempfile.mkdtemp(prefix="hckg-build-"))
    paths = generate(tmp / "corpus", args.articles, max(50, args.articles // 5), args.seed)
    articles, _ = ingest([str(tmp / "corpus")])
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words:,} words", flush=True)

    # raw spaCy on the same texts: the ceiling
    by_lang: dict[str, list[str]] = {}
    for a in articles:
        by_lang.setdefault(a.language, []).append(a.text)
    for lang in by_lang:
        get_nlp(lang)  # load outside the timing, as kg's own timing below also has them loaded
    t0 = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in get_nlp(lang).pipe(texts, n_process=args.n_process, batch_size=32):
            pass
    raw = time.perf_counter() - t0
    print(f"raw spaCy nlp.pipe (n_process={args.n_process}): {raw:.1f} s, {len(articles) / raw:.1f} docs/s, {words / raw:,.0f} words/s", flush=True)

    stages: dict[str, float] = {}
    last = [time.perf_counter(), "start"]

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        now = time.perf_counter()
        if p.stage != last[1]:
            stages[str(last[1])] = stages.get(str(last[1]), 0.0) + now - float(last[0])
            last[0], last[1] = now, p.stage

    settings = Settings().with_overrides(n_process=args.n_process)
    out = tmp / "out"
    t0 = time.perf_counter()
    report = kg.build([str(tmp / "corpus")], out_dir=str(out), settings=settings, progress=progress)
    total = time.perf_counter() - t0
    progress(type("P", (), {"stage": "end"})())
    print(f"kg build: {total:.1f} s, {report.documents / total:.1f} docs/s, {words / total:,.0f} words/s "
          f"({report.triples:,} triples, {report.organizations} organisations, {report.collaborations} collaborations)", flush=True)
    print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items() if k not in ("start", "done")), flush=True)

    # one more article: added to the big graph, and alone
    new = tmp / "corpus" / "zz_new_article.txt"
    new.write_text("Willow Health signs a partnership with Lakeside University Hospital on sepsis detection.\n\n"
                   "Willow Health and Lakeside University Hospital today announced a three-year partnership.\n", "utf-8")
    t0 = time.perf_counter()
    kg.build([str(tmp / "corpus")], out_dir=str(out), settings=settings)
    add_one = time.perf_counter() - t0
    t0 = time.perf_counter()
    kg.build([str(new)], out_dir=str(tmp / "alone"), settings=settings)
    alone = time.perf_counter() - t0
    print(f"add one article to the {report.documents}-article graph: {add_one:.1f} s; that article built alone: {alone:.2f} s "
          f"(ratio {add_one / alone:.0f}x)", flush=True)
    # the same without drawing the network page (the graph files and the store only): the page is whole-graph work
    new2 = tmp / "corpus" / "zz_new_article_2.txt"
    new2.write_text("Harbour Medical signs a supply contract with Eastfield Hospital for infusion pumps.\n\n"
                    "Harbour Medical will supply Eastfield Hospital with 300 infusion pumps, the two said on Monday.\n", "utf-8")
    t0 = time.perf_counter()
    kg.build([str(tmp / "corpus")], out_dir=str(out), settings=settings, write_network=False)
    add_graph = time.perf_counter() - t0
    t0 = time.perf_counter()
    kg.build([str(new2)], out_dir=str(tmp / "alone2"), settings=settings, write_network=False)
    alone_graph = time.perf_counter() - t0
    print(f"  without the network page: add one {add_graph:.2f} s; alone {alone_graph:.2f} s (ratio {add_graph / alone_graph:.1f}x)", flush=True)
    print(f"peak memory: {peak_mb():,.0f} MB")
    print()
    print("| articles | words | raw spaCy (words/s) | kg build (words/s) | kg / spaCy | kg build (s) | add one (s) | one alone (s) | add one, no page (s) | alone, no page (s) | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(articles):,} | {words:,} | {words / raw:,.0f} | {words / total:,.0f} | {raw / total:.0%} | {total:.1f} | {add_one:.1f} | {alone:.2f} "
          f"| {add_graph:.2f} | {alone_graph:.2f} | {peak_mb():,.0f} |")


if __name__ == "__main__":
    main()
