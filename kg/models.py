"""Frozen records that flow between the stages of the pipeline.

Article -> Extraction (mentions and facts with character offsets, no IRIs)
-> Resolved (entities with IRIs) -> RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Skipped",
    "Evidence",
    "Mention",
    "OrgMention",
    "PersonRole",
    "Collab",
    "Relation",
    "Extraction",
    "Entity",
    "BuildReport",
]


@dataclass(frozen=True)
class Article:
    """One ingested document: its text and metadata.

    ``text`` is the cleaned body that offsets refer to; ``body_start`` is the
    offset where the story starts (after a leading date marker), ``body_end``
    where trailing page furniture (related headlines, press contacts) begins.
    """

    source: str  # URL when the document gives one, else the file name
    path: str  # path as given on the command line
    text: str
    sha256: str  # hash of the file's bytes
    language: str  # "en" or "fr"
    title: str
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    body_start: int = 0
    body_end: int = -1


@dataclass(frozen=True)
class Skipped:
    """A file that was not ingested, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Evidence:
    """A sentence that supports a fact: its text and character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named thing in the text (organisation, person, place, product, project).

    ``kind`` is one of "org", "person", "place", "product", "project".
    ``key`` groups mentions of the same thing within the document.
    """

    kind: str
    text: str
    start: int
    end: int
    key: str
    type: str = ""  # most specific class name for orgs ("Hospital", "Startup", ...)
    confidence: float = 0.5


@dataclass(frozen=True)
class OrgMention:
    """An organisation of one document: canonical surface form, other names, type."""

    key: str
    name: str
    aliases: tuple[str, ...]
    type: str
    type_confidence: float
    confidence: float
    place: str | None = None
    resolution_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonRole:
    """A person, with the role and organisation the text gives."""

    name: str
    org: str | None  # the organisation's key in the document
    role: str | None
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class Collab:
    """A stated collaboration between two or more organisations."""

    kind: str  # Partnership, ResearchCollaboration, SupplyContract, ...
    participants: tuple[str, ...]  # org keys, sorted
    evidence: tuple[Evidence, ...]
    topics: tuple[str, ...] = ()
    project: str | None = None  # project key
    date: str | None = None  # announced date: YYYY, YYYY-MM or YYYY-MM-DD
    start_date: str | None = None
    duration: str | None = None  # xsd:duration, e.g. P5Y
    confidence: float = 0.5


@dataclass(frozen=True)
class Relation:
    """A directed relation between two things, e.g. acquired(org, org).

    ``subject_kind``/``object_kind`` say which table the keys refer to
    ("org", "person", "product", "project", "place").
    """

    predicate: str
    subject: str
    subject_kind: str
    object: str
    object_kind: str
    evidence: Evidence
    confidence: float
    role: str | None = None  # for worksFor


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one Article, keyed by in-document keys."""

    article: Article
    orgs: tuple[OrgMention, ...]
    people: tuple[PersonRole, ...]
    places: tuple[tuple[str, str], ...]  # (key, name)
    products: tuple[tuple[str, str], ...]
    projects: tuple[tuple[str, str], ...]
    collaborations: tuple[Collab, ...]
    relations: tuple[Relation, ...]
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved entity across documents."""

    iri: str
    kind: str
    label: str
    alt_labels: tuple[str, ...]
    type: str
    docs: tuple[str, ...]  # sha256 of the documents that mention it


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts, skipped files and where it wrote."""

    out_dir: str
    documents: int
    added: int
    replaced: int
    unchanged: int
    removed: int
    skipped: tuple[Skipped, ...]
    triples: int
    organizations: int
    collaborations: int
    files: dict[str, str] = field(default_factory=dict)
    published: dict[str, int] = field(default_factory=dict)  # graphs written / unchanged / dropped on the remote store
    graphs_changed: int = -1  # documents' graphs taken out of or put into the embedded store by a patch; -1: the store was written whole
