"""Where the ontology files are, and the topic scheme read from them.

>>> any(t.iri.endswith("/stroke") for t in topics())
True
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ontology_dir", "ONTOLOGY_FILE", "SHAPES_FILE", "TOPICS_FILE", "Topic", "topics"]

ONTOLOGY_FILE = "hckg.ttl"
SHAPES_FILE = "hckg-shapes.ttl"
TOPICS_FILE = "hckg-topics.ttl"


def ontology_dir() -> Path:
    """The ``ontology/`` folder: $HCKG_ONTOLOGY_DIR, else the one beside the package."""
    env = os.environ.get("HCKG_ONTOLOGY_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class Topic:
    iri: str
    labels: dict[str, str]  # language -> preferred label
    keywords: tuple[str, ...]  # every label, folded


@functools.cache
def topics() -> tuple[Topic, ...]:
    """The concepts of the topic scheme with their labels and keywords."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    g = Graph()
    g.parse(ontology_dir() / TOPICS_FILE, format="turtle")
    out = []
    for c in sorted(set(g.subjects(SKOS.prefLabel, None))):
        labels = {lit.language or "en": str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        words = [str(x) for x in g.objects(c, SKOS.prefLabel)] + [str(x) for x in g.objects(c, SKOS.altLabel)]
        out.append(Topic(str(c), labels, tuple(sorted(set(words)))))
    return tuple(out)
