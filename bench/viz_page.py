"""The network page at 1,000, 5,000 and 20,000 synthetic organisations, with the default settings.

    python bench/viz_page.py                  # all three sizes
    python bench/viz_page.py --sizes 1000

For each size: organisations in the graph, time to write the page (SPARQL,
layout, HTML), page weight, and in headless Chromium (Debian's chromium and
chromedriver, through Selenium): time from navigation to the first drawing
of the network (the layout is computed beforehand and physics is off, so the
first drawing is the stable one), nodes drawn, and how long a search and a
type filter take once the page is open.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic import quads  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = ap.parse_args()

    from kg.store import Graph, write_store
    from kg.viz import write_network
    from tests.support.browser import driver

    rows = []
    for size in args.sizes:
        tmp = Path(tempfile.mkdtemp(prefix=f"hckg-viz-{size}-"))
        # about one article per 1.2 organisations; a flat popularity curve so most organisations appear
        data = ("\n".join(quads(int(size * 95), n_orgs=size, alpha=0.5, seed=size)) + "\n").encode("utf-8")
        write_store(tmp, data, fmt="nq")
        n_orgs = int(Graph.open(tmp).query("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?c hckg:participant ?o }")[0]["n"])
        t0 = time.perf_counter()
        page = write_network(tmp)
        write_s = time.perf_counter() - t0
        weight = page.stat().st_size / 1e6
        d = driver()
        try:
            d.set_page_load_timeout(600)
            t0 = time.perf_counter()
            d.get(page.as_uri())
            while not d.execute_script("return window.hckgReady === true"):
                if time.perf_counter() - t0 > 600:
                    raise RuntimeError("the page did not draw in 10 minutes")
                time.sleep(0.05)
            wall = time.perf_counter() - t0
            ready_ms = d.execute_script("return window.hckgReadyAt")
            drawn = d.execute_script("return window.hckg.nodesDS.length")
            clustered = d.execute_script("return window.hckg.meta.clustered")
            name = d.execute_script("return window.hckg.meta.title && window.hckg.find('Org0') && window.hckg.nodesDS ? 'ok' : ''")
            search_ms = d.execute_script("""const t = performance.now(); const id = window.hckg.find('org00001');
                                            window.hckg.focusOrg(id); return performance.now() - t;""")
            filter_ms = d.execute_script("""const t = performance.now(); window.hckg.state.types.delete('Company'); window.hckg.render();
                                            return performance.now() - t;""")
            ping_t = time.perf_counter()
            d.execute_script("return 1")
            ping_ms = (time.perf_counter() - ping_t) * 1000
            errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
        finally:
            d.quit()
        rows.append((size, n_orgs, write_s, weight, ready_ms / 1000, wall, drawn, clustered, search_ms, filter_ms, ping_ms, len(errors)))
        print(f"{size}: {n_orgs} organisations, page written in {write_s:.1f} s, {weight:.2f} MB, drawn at {ready_ms / 1000:.2f} s "
              f"(wall {wall:.1f} s), {drawn} nodes drawn, clustered={clustered}, search {search_ms:.0f} ms, filter {filter_ms:.0f} ms, "
              f"{len(errors)} console errors {name}", flush=True)
    print()
    print("| organisations (synthetic) | in a collaboration | write page (s) | page (MB) | first drawing = stable (s) | nodes drawn | search (ms) | type filter (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, n_orgs, write_s, weight, ready, wall, drawn, clustered, s_ms, f_ms, _p, _e in rows:
        print(f"| {size:,} | {n_orgs:,} | {write_s:.1f} | {weight:.2f} | {ready:.2f} | {drawn}{' (communities)' if clustered else ''} | {s_ms:.0f} | {f_ms:.0f} |")


if __name__ == "__main__":
    main()
