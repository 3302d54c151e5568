"""`kill -9` during a build loses nothing; readers during a build see the old or the new graph, never an error."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _snapshot(out: Path) -> dict[str, object]:
    """What a reader sees: files parse, the store opens, its answer."""
    import kg
    from rdflib import Dataset, Graph

    g = Graph().parse(out / "graph.ttl", format="turtle")
    Dataset().parse(out / "graph.trig", format="trig")
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    docs = int(kg.load(out).query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a hckg:Document }")[0]["n"])
    return {"triples": len(g), "docs": docs, "manifest_docs": len(manifest["documents"])}


def _build_cmd(out: Path, *paths: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "build", *map(str, paths), "--out", str(out), "--quiet"]


def test_kill_9_during_builds_leaves_the_previous_graph(seeds_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out, symlinks=True)
    before = _snapshot(out)
    snapshots: list[dict[str, object]] = []
    rnd = random.Random(20261124)
    inputs = [ROOT / "seeds", CORPUS / "dev" / "docs", CORPUS / "heldout" / "docs"]
    # how long a whole build takes here, so that the kills land inside builds on any machine
    t0 = time.perf_counter()
    subprocess.run(_build_cmd(tmp_path / "timing", *inputs), check=True, capture_output=True, timeout=600)
    full = time.perf_counter() - t0
    killed = 0
    for delay in sorted(rnd.uniform(0.05, 0.9) * full for _ in range(5)):
        proc = subprocess.Popen(_build_cmd(out, *inputs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(60)
        snapshots.append(_snapshot(out))  # never half-written: every file parses and the store answers
    assert killed >= 3
    done = subprocess.run(_build_cmd(out, *inputs), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    after = _snapshot(out)
    for snap in snapshots:  # each file is the old one or the new one, never something else
        for key in ("triples", "docs", "manifest_docs"):
            assert snap[key] in (before[key], after[key]), (key, snap, before, after)
    assert after["docs"] == after["manifest_docs"] == before["docs"] + len(list((CORPUS / "dev" / "docs").iterdir())) + len(
        list((CORPUS / "heldout" / "docs").iterdir()))
    assert len([p for p in out.glob("store-*") if p.is_dir()]) <= 2  # stores left by killed builds are cleaned up


def test_readers_during_builds_see_old_or_new_never_an_error(seeds_out: Path, tmp_path: Path) -> None:
    import kg
    from kg.query import execute

    out = tmp_path / "out"
    shutil.copytree(seeds_out, out, symlinks=True)
    docs = sorted((CORPUS / "dev" / "docs").iterdir())
    batches = [docs[:8], docs[8:16], docs[16:]]
    valid = {5}
    n = 5
    for b in batches:
        n += len(b)
        valid.add(n)
    seen: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def reader(timeout: bool) -> None:
        q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a hckg:Document }"
        while not stop.is_set():
            try:
                if timeout:  # the path `kg query --timeout` and `kg serve` take (a child process per query)
                    seen.append(int(execute(q, out_dir=out, timeout=30).values()[0]["n"]))
                else:
                    seen.append(int(kg.load(out).query(q)[0]["n"]))
            except Exception as exc:  # noqa: BLE001 - any error is a failure here
                errors.append(f"{type(exc).__name__}: {exc}")
            time.sleep(0.01)

    threads = [threading.Thread(target=reader, args=(t,)) for t in (False, True)]
    for t in threads:
        t.start()
    try:
        for b in batches:  # each build adds a batch: the document count moves 5 -> 13 -> 21 -> 31
            res = subprocess.run(_build_cmd(out, *b), capture_output=True, text=True, timeout=600)
            assert res.returncode == 0, res.stderr
    finally:
        stop.set()
        for t in threads:
            t.join(60)
    assert errors == []
    assert set(seen) <= valid and len(seen) > 20
    assert max(seen) == max(valid)
