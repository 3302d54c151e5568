"""Saved queries' latency on a synthetic graph: the embedded store (pyoxigraph on disk) vs rdflib in memory.

    python bench/query_latency.py                 # 1M triples (a few minutes, mostly rdflib)
    python bench/query_latency.py --triples 100000 --runs 3

Prints, per saved query, the median latency on each store, the ratio
rdflib / embedded, and the rows each returned.  rdflib runs in a forked
child with a time limit; a query past it is shown as ">LIMIT".
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic import examples, org_names, quads  # noqa: E402

from kg.namespaces import PREFIXES  # noqa: E402
from kg.query import evaluate_store, saved_queries, substitute  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rdflib_child(ds, text: str, conn) -> None:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    rows = len(list(ds.query(text, initNs=dict(PREFIXES))))
    conn.send((time.perf_counter() - t0, rows))


def time_rdflib(ds, text: str, limit: float) -> tuple[float | None, int]:  # type: ignore[no-untyped-def]
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_rdflib_child, args=(ds, text, send))
    p.start()
    try:
        if recv.poll(limit):
            secs, rows = recv.recv()
            return secs, rows
        return None, -1
    finally:
        if p.is_alive():
            p.kill()
        p.join()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5, help="runs per query on the embedded store (median and 95th percentile)")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="runs per query on rdflib (one when a run takes over 10 s)")
    ap.add_argument("--rdflib-limit", type=float, default=120.0, metavar="SECONDS", help="stop an rdflib query after this long")
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--lookup-orgs", type=int, default=200, metavar="N",
                    help="organisations drawn at random for the lookup queries' latency across organisations")
    args = ap.parse_args()


    from kg.store import Graph, write_store

    t0 = time.perf_counter()
    data = ("\n".join(quads(args.triples)) + "\n").encode("utf-8")
    n = data.count(b"\n")
    print(f"synthetic graph: {n:,} quads ({len(data) / 1e6:.0f} MB of N-Quads) generated in {time.perf_counter() - t0:.1f} s", flush=True)

    tmp = tempfile.mkdtemp(prefix="hckg-bench-")
    t0 = time.perf_counter()
    write_store(tmp, data, fmt="nq")
    load_ox = time.perf_counter() - t0
    store = Graph.open(tmp)._store
    print(f"embedded store (pyoxigraph, on disk): loaded in {load_ox:.1f} s", flush=True)

    ex = examples()
    queries = {name: substitute(q.text, {k: ex[k] for k in q.params}) for name, q in saved_queries().items()}

    ox_times: dict[str, float] = {}
    ox_p95: dict[str, float] = {}
    ox_rows: dict[str, int] = {}
    for name, text in queries.items():
        runs = []
        for _ in range(args.runs):
            t = time.perf_counter()
            res = evaluate_store(store, text)
            runs.append(time.perf_counter() - t)
        ox_times[name] = statistics.median(runs)
        ox_p95[name] = sorted(runs)[max(0, math.ceil(0.95 * len(runs)) - 1)]
        ox_rows[name] = len(res.rows)
        print(f"  embedded {name:24} {ox_times[name] * 1000:10.1f} ms  {ox_rows[name]} rows", flush=True)

    # lookups as users make them: one organisation at a time, any organisation (the table below uses the biggest hub)
    import random

    names = org_names()
    order = random.Random(11).sample(range(len(names)), len(names))
    picked = [i for i in order if store.query(f'ASK {{ ?o <https://w3id.org/hckg/ontology#lookupKey> "{names[i].lower()}" }}')][: args.lookup_orgs]
    lookup_stats: dict[str, tuple[float, float, float, int]] = {}
    for name, q in saved_queries().items():
        if set(q.params) != {"org"}:
            continue
        lat, found = [], 0
        for i in picked:
            text = substitute(q.text, {"org": names[i]})
            t = time.perf_counter()
            res = evaluate_store(store, text)
            lat.append(time.perf_counter() - t)
            found += bool(res.rows)
        lat.sort()
        lookup_stats[name] = (statistics.median(lat), lat[max(0, math.ceil(0.95 * len(lat)) - 1)], lat[-1], found)
        print(f"  lookup   {name:24} median {lookup_stats[name][0] * 1000:.2f} ms over {len(picked)} organisations", flush=True)

    rd_times: dict[str, float | None] = {}
    rd_rows: dict[str, int] = {}
    if not args.skip_rdflib:
        from rdflib import Dataset

        from kg.ontology import ONTOLOGY_FILE, TOPICS_FILE, ontology_dir

        before = rss_mb()
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        for f in (ONTOLOGY_FILE, TOPICS_FILE):
            ds.graph("https://w3id.org/hckg/ontology").parse(ontology_dir() / f, format="turtle")
        load_rd = time.perf_counter() - t0
        print(f"rdflib Dataset (in memory): loaded in {load_rd:.1f} s, +{rss_mb() - before:.0f} MB peak RSS", flush=True)
        for name, text in queries.items():
            runs: list[float] = []
            rows = -1
            for _ in range(args.rdflib_runs):
                secs, rows = time_rdflib(ds, text, args.rdflib_limit)
                if secs is None:
                    runs = []
                    break
                runs.append(secs)
                if secs > 10:
                    break
            rd_times[name] = statistics.median(runs) if runs else None
            rd_rows[name] = rows
            shown = f"{rd_times[name] * 1000:10.1f} ms" if runs else f">{args.rdflib_limit:.0f} s".rjust(13)
            print(f"  rdflib   {name:24} {shown}  {rows} rows", flush=True)

    print()
    print(f"## Saved queries on {n:,} synthetic triples (embedded: median and p95 of {args.runs}; rdflib: median of up to {args.rdflib_runs}; {os.cpu_count()} cores)")
    print()
    print("| query | embedded median (ms) | embedded p95 (ms) | rdflib (ms) | rdflib / embedded | rows (embedded / rdflib) |")
    print("|---|---:|---:|---:|---:|---|")
    ratios = []
    for name in queries:
        e = ox_times[name] * 1000
        r = rd_times.get(name)
        if r is None:
            rtxt = f">{args.rdflib_limit * 1000:.0f}" if name in rd_times else "-"
            ratio = f">{args.rdflib_limit * 1000 / e:.0f}x" if name in rd_times else "-"
        else:
            rtxt = f"{r * 1000:.1f}"
            ratio = f"{r * 1000 / e:.0f}x"
            ratios.append(r * 1000 / e)
        print(f"| {name} | {e:.1f} | {ox_p95[name] * 1000:.1f} | {rtxt} | {ratio} | {ox_rows[name]} / {rd_rows.get(name, '-')} |")
    if ratios:
        print(f"\nmedian ratio rdflib / embedded over the queries both finished: {statistics.median(ratios):.0f}x")
    if lookup_stats:
        print(f"\n## Lookups on the embedded store, one organisation at a time ({len(picked)} organisations of the graph drawn at random; the table above uses the biggest hub)")
        print()
        print("| query | median (ms) | p95 (ms) | max (ms) | organisations with rows |")
        print("|---|---:|---:|---:|---:|")
        for name, (med, p95, mx, found) in lookup_stats.items():
            print(f"| {name} | {med * 1000:.2f} | {p95 * 1000:.2f} | {mx * 1000:.1f} | {found} |")
    print(f"load: embedded {load_ox:.1f} s" + (f", rdflib {load_rd:.1f} s" if not args.skip_rdflib else ""))


if __name__ == "__main__":
    main()
