"""Shared fixtures: one build of seeds/ per session (spaCy loads once)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import kg

    out = tmp_path_factory.mktemp("seeds-out")
    kg.build([str(ROOT / "seeds")], out_dir=str(out))
    return out


@pytest.fixture(scope="session")
def seeds_graph(seeds_out: Path):
    import kg

    return kg.load(str(seeds_out))


@pytest.fixture()
def fresh_copy(seeds_out: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "out"
    shutil.copytree(seeds_out, dst, symlinks=True)
    return dst
