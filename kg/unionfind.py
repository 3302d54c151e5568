"""Disjoint sets, used to merge names that denote one organisation (in a document and across documents).

>>> uf = UnionFind(lambda a, b: min(a, b))
>>> uf.union("b", "a"); uf.union("c", "b")
>>> uf.find("c")
'a'
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

__all__ = ["UnionFind"]

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets of hashable items; ``root_of(a, b)`` picks which of two roots names their union."""

    def __init__(self, root_of: Callable[[T, T], T]) -> None:
        self._parent: dict[T, T] = {}
        self._root_of = root_of

    def find(self, x: T) -> T:
        """The root of ``x``'s set (``x`` joins as a set of its own when new)."""
        p = self._parent
        while p.setdefault(x, x) != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: T, b: T, *, root: T | None = None) -> None:
        """Merge the sets of ``a`` and ``b``; ``root`` (when given) names the merged set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep = self.find(root) if root is not None else self._root_of(ra, rb)
        self._parent[rb if keep == ra else ra] = keep
