"""Print the README's saved-query section: each query's command and its output on the seeds.

    .venv/bin/python scripts/readme_queries.py --out out > /tmp/queries.md
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query import execute, saved_queries  # noqa: E402
from kg.results import Result, serialize  # noqa: E402

MAX_ROWS = 6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="out")
    args = ap.parse_args()
    for name, q in saved_queries().items():
        params = " ".join(f"--param {k}={json.dumps(v, ensure_ascii=False)}" if " " in v else f"--param {k}={v}" for k, v in q.examples.items())
        res = execute(q.example_text(), out_dir=args.out)
        shown = Result(res.kind, res.variables, res.rows[:MAX_ROWS])
        table = serialize(shown, "table").splitlines()[:-1]
        more = len(res.rows) - MAX_ROWS
        print(f"**{q.title}** — {q.description}\n")
        print("```")
        print(f"$ kg query {name}{' ' + params if params else ''}")
        print("\n".join(table))
        plural = "s" if len(res.rows) != 1 else ""
        print(f"({len(res.rows)} row{plural}{', ' + str(more) + ' more not shown' if more > 0 else ''})")
        print("```\n")


if __name__ == "__main__":
    main()
