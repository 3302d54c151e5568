"""hckg: a knowledge graph of healthcare organisations and their collaborations.

The public API; importing it loads nothing heavy (spaCy is imported only
when a build runs).

>>> import kg
>>> sorted(kg.__all__)[:3]
['BuildReport', 'Graph', 'KgError']
"""

from __future__ import annotations

from .errors import KgError
from .models import BuildReport

__all__ = ["build", "load", "query", "Graph", "KgError", "BuildReport", "__version__"]

__version__ = "0.1.0"


def build(paths, out_dir="out", **kwargs):  # type: ignore[no-untyped-def]
    """Build the graph from ``paths`` into ``out_dir``; see :func:`kg.pipeline.build`."""
    from .pipeline import build as _build

    return _build(paths, out_dir=out_dir, **kwargs)


def load(out_dir="out"):  # type: ignore[no-untyped-def]
    """Open a built graph for querying; see :class:`kg.store.Graph`."""
    from .store import Graph as _Graph

    return _Graph.open(out_dir)


def query(sparql, out_dir="out"):  # type: ignore[no-untyped-def]
    """Run SPARQL on a built graph and return rows (list of dicts of strings)."""
    return load(out_dir).query(sparql)


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name == "Graph":
        from .store import Graph as _Graph

        return _Graph
    raise AttributeError(name)
