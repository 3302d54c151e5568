"""The one exception tree of hckg.

::

    KgError
    ├── UsageError (ValueError)          bad arguments or settings        -> exit 2
    ├── InputError (ValueError)          a file that cannot be ingested   -> exit 2
    ├── QueryError (ValueError)          SPARQL that does not parse/run   -> exit 2
    ├── GraphNotFoundError (FileNotFoundError)  no built graph in DIR     -> exit 2
    ├── ModelError (RuntimeError)        a spaCy model is missing         -> exit 1
    ├── StoreError (RuntimeError)        the embedded store failed        -> exit 1
    └── ValidationFailed (RuntimeError)  SHACL found violations           -> exit 1

Foreign errors are translated where they cross a stage boundary with
``raise Mapped(msg) from exc``.  Every message says what is wrong and what to do.
"""

from __future__ import annotations

__all__ = [
    "KgError",
    "UsageError",
    "InputError",
    "QueryError",
    "GraphNotFoundError",
    "ModelError",
    "StoreError",
    "ValidationFailed",
]


class KgError(Exception):
    """Base of every error hckg raises on purpose."""

    exit_code = 1


class UsageError(KgError, ValueError):
    """The command line or a setting is wrong."""

    exit_code = 2


class InputError(KgError, ValueError):
    """An input file cannot be read, decoded or used; ``path`` names it."""

    exit_code = 2

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QueryError(KgError, ValueError):
    """A SPARQL query is malformed (the message gives line and column) or failed."""

    exit_code = 2


class GraphNotFoundError(KgError, FileNotFoundError):
    """No graph has been built in the given output folder."""

    exit_code = 2


class ModelError(KgError, RuntimeError):
    """A language model could not be loaded."""


class StoreError(KgError, RuntimeError):
    """The embedded RDF store could not be opened or written."""


class ValidationFailed(KgError, RuntimeError):
    """SHACL validation found violations; ``report`` holds the text report."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report
