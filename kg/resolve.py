"""Resolution: per-document extractions -> one entity per real thing, with stable IRIs.

Organisations are merged across documents when they share a resolution key
(a normalised name, an alias, or a structured key such as ``uh:rennes``).
IRIs are minted from the canonical label, so they depend only on the
inputs, never on the order of processing or the machine.

>>> slug("Assistance Publique–Hôpitaux de Paris")
'assistance-publique-hopitaux-de-paris'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .models import Extraction
from .namespaces import ID_BASE
from .unionfind import UnionFind

__all__ = ["Resolved", "resolve", "slug", "mint"]

_SPECIFIC = ["UniversityHospital", "Startup", "Hospital", "University", "ResearchInstitute", "Foundation", "Association", "PublicBody", "Consortium", "Company"]


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ł": "l", "Ł": "L", "þ": "th", "ı": "i"})


def slug(text: str, max_len: int = 80) -> str:
    """An IRI-safe, readable identifier for a name (ASCII, lower case, dashes).

    Names that differ only in case, accents, spacing or punctuation share a slug (they are the
    same name); when folding to ASCII loses letters (other scripts, emoji) or the slug is cut,
    a short hash of the whole name keeps distinct names apart.

    >>> slug("CHU de Nîmes"), slug("chu de nimes")
    ('chu-de-nimes', 'chu-de-nimes')
    >>> slug("北京 Hospital") != slug("上海 Hospital")
    True
    """
    norm = unicodedata.normalize("NFKD", re.sub(r"[\u2010-\u2015]", "-", text).translate(_FOLD))
    kept = "".join(c for c in norm if not unicodedata.combining(c))
    ascii_ = kept.encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    key = "".join(c for c in kept.casefold() if c.isalnum() or not c.isascii() and not c.isspace() and unicodedata.category(c)[0] in "LNS")
    lost = any(not c.isascii() for c in key)
    if not s:
        return "x" + hashlib.sha256(key.encode("utf-8") or text.encode("utf-8")).hexdigest()[:12]
    if lost or len(s) > max_len:
        return s[: max_len - 9].rstrip("-") + "-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return s


def _name_types(names: Iterable[str]) -> set[str]:
    """Organisation types that the names themselves say (cue words of any language), Company aside."""
    from .extract.lexicons import LANGUAGES, lexicon

    out = set()
    for n in names:
        for lang in LANGUAGES:
            t = lexicon(lang).name_type(n)[0]
            if t and t != "Company":
                out.add(t)
    return out


def mint(kind: str, name: str) -> str:
    """The IRI of an entity of ``kind`` ("org", "person", ...) called ``name``."""
    return f"{ID_BASE}{kind}/{slug(name)}"


@dataclass
class Resolved:
    """Entities across all documents and, per document, the IRI of each local key."""

    labels: dict[str, str] = field(default_factory=dict)  # iri -> canonical label
    types: dict[str, str] = field(default_factory=dict)  # iri -> class name
    alt_labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    local: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (doc sha, kind, key) -> iri
    confidence: dict[str, float] = field(default_factory=dict)

    def iri(self, sha: str, kind: str, key: str) -> str | None:
        return self.local.get((sha, kind, key))


def resolve(extractions: list[Extraction]) -> Resolved:
    """Merge organisations (and name the other entities) across documents."""
    res = Resolved()
    uf: UnionFind[object] = UnionFind(lambda a, b: min(a, b, key=repr))
    nodes = []
    for ex in extractions:
        sha = ex.article.sha256
        for o in ex.orgs:
            node = ("org", sha, o.key)
            nodes.append((node, o))
            uf.find(node)
            for k in o.resolution_keys:
                if len(k.replace(" ", "")) <= 2:
                    continue  # too short to identify anything across documents
                uf.union(node, ("key", k))
    groups: dict[object, list] = defaultdict(list)
    for node, o in nodes:
        groups[uf.find(node)].append((node, o))
    taken: dict[str, object] = {}
    for root in sorted(groups, key=repr):
        members = groups[root]
        names = Counter()
        for _node, o in members:
            names[o.name] += 2
            for a in o.aliases:
                names[a] += 1
        full = {n: c for n, c in names.items() if not (n.isupper() and len(n) <= 8)} or dict(names)
        label = sorted(full.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        iri = mint("org", label)
        if iri in taken and taken[iri] != root:
            iri = f"{iri}-{hashlib.sha256(repr(root).encode()).hexdigest()[:6]}"
        taken[iri] = root
        types = Counter()
        for _node, o in members:
            types[o.type] += o.type_confidence + 0.01
        best = max(types.values())
        typ = next(t for t in _SPECIFIC if types.get(t, -1) >= best * 0.8) if types else "Company"
        if typ == "Company":
            # "CHUM" typed by default, "Centre hospitalier de l'Université de Montréal" by its name: the name wins
            cued = _name_types(names)
            if cued:
                typ = next(t for t in _SPECIFIC if t in cued)
        res.labels[iri] = label
        res.types[iri] = typ
        res.alt_labels[iri] |= {n for n in names if n != label}
        res.confidence[iri] = max(o.confidence for _n, o in members)
        for (_k, sha, key), _o in members:
            res.local[(sha, "org", key)] = iri
    for ex in extractions:
        sha = ex.article.sha256
        for kind, pairs in (("place", ex.places), ("product", ex.products), ("project", ex.projects)):
            for key, name in pairs:
                iri = mint(kind, name)
                res.labels.setdefault(iri, name)
                res.types[iri] = kind.capitalize()
                res.local[(sha, kind, key)] = iri
        from .extract.mentions import name_key

        for p in ex.people:
            iri = mint("person", p.name)
            res.labels.setdefault(iri, p.name)
            res.types[iri] = "Person"
            res.local[(sha, "person", name_key(p.name))] = iri
    return res
