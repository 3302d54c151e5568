"""Screenshot of a built graph's network page in headless Chromium, with one organisation selected.

    .venv/bin/python scripts/screenshot_network.py --out out --select "CHU Rennes" docs/figures/network-seeds.png
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.browser import driver  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--out", default="out")
    ap.add_argument("--select", default=None, help="organisation to search for and select")
    args = ap.parse_args()
    d = driver(1400, 860)
    try:
        d.get((Path(args.out) / "network.html").resolve().as_uri())
        while not d.execute_script("return window.hckgReady === true"):
            time.sleep(0.1)
        if args.select:
            d.execute_script("const id = window.hckg.find(arguments[0]); window.hckg.focusOrg(id); window.hckg.network.fit();", args.select)
            time.sleep(0.5)
        d.save_screenshot(args.png)
    finally:
        d.quit()
    print(args.png)


if __name__ == "__main__":
    main()
