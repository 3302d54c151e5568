"""The notebooks run top to bottom on a fresh kernel (nbclient), on the seeds graph and the team's corpus."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@pytest.mark.parametrize("name", ["01-seeds.ipynb", "02-corpus.ipynb"])
def test_notebook_runs(name: str, seeds_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nbclient
    import nbformat

    out = tmp_path / "out"
    shutil.copytree(seeds_out, out, symlinks=True)
    monkeypatch.setenv("HCKG_OUT_DIR", str(out))
    monkeypatch.setenv("HCKG_FIGURES_DIR", str(tmp_path / "figures"))
    monkeypatch.setenv("HCKG_CORPUS_OUT", str(tmp_path / "corpus-out"))
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks without outputs"
    t0 = time.time()
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    print(f"{name}: {time.time() - t0:.1f} s")
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "the notebook's figures are missing"
    headings = [c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("## ")]
    assert len(headings) >= 5 and all(h.splitlines()[0].endswith("?") or h.startswith("## The") or h.startswith("## Export")
                                      or h.startswith("## Topics") for h in headings)
    if name == "01-seeds.ipynb":
        assert (tmp_path / "figures" / "seeds-network.png").stat().st_size > 10_000
        assert (out / "collaborations.gexf").exists()
