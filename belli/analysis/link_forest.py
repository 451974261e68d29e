"""Merging linked reports into clusters best link first, without holding every link.

Links are taken best first (on a tie, by the first report's uid, then the second's); a
link is skipped when its reports are in one cluster already, when their clusters hold
two reports of one document, or when the two clusters do not *fit*: too few of the pairs
of reports they would join link (one report like two different events would otherwise
chain them together). Each link is taken once, at its turn; and clusters only grow, so a
link whose reports could not join for their documents could not at any later point. That is what lets the links between two groups of *twins*
(reports alike in everything linking compares: the copies of one story that many outlets
run) come one at a time, as the merge reaches them, and stop once they can join nothing:
two groups of n twins have about 2n² links within and between them, of which at most
2n - 1 ever join anything.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, repeat
from typing import Generic, TypeVar

__all__ = ["Entry", "Forest", "Twins", "merge", "twin_pairs"]

L = TypeVar("L")


@dataclass(frozen=True, slots=True)
class Twins:
    """Reports (by index) alike in everything linking compares, in uid order, and their
    places in link order (the earlier report of a pair is its link's first)."""

    members: tuple[int, ...]
    ranks: tuple[int, ...]


Pairs = Iterator[tuple[int, int]]
# A link waiting its turn: minus its score, its reports' uids (the order), the reports, and
# the links that follow it between the same twins (None for a lone pair).
Entry = tuple[float, str, str, int, int, Pairs | None]


class Forest(Generic[L]):
    """Union-find over reports 0..n-1 in which no cluster holds two reports of one
    document; each cluster keeps the links that joined it, in the order they did, and
    how many reports of each kind (group of twins) it holds."""

    def __init__(self, docs: Sequence[str], kinds: Sequence[int] | None = None) -> None:
        self._parent = list(range(len(docs)))
        self._docs = {i: {doc} for i, doc in enumerate(docs)}
        self._kept: dict[int, list[L]] = defaultdict(list)
        self._kinds = list(range(len(docs))) if kinds is None else kinds
        self._census: dict[int, dict[int, int]] = {}  # clusters of two or more reports only

    def root(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def joinable(self, i: int, j: int) -> bool:
        a, b = self.root(i), self.root(j)
        return a != b and self._docs[a].isdisjoint(self._docs[b])

    def join(self, i: int, j: int, link: L) -> None:
        """Put j's cluster into i's (the caller checked `joinable`)."""
        a, b = self.root(i), self.root(j)
        self._parent[b] = a
        self._docs[a] |= self._docs.pop(b)
        self._kept[a].extend([*self._kept.pop(b, []), link])
        census = self._census.pop(a, None) or {self._kinds[a]: 1}
        for kind, count in (self._census.pop(b, None) or {self._kinds[b]: 1}).items():
            census[kind] = census.get(kind, 0) + count
        self._census[a] = census

    def fits(self, i: int, j: int, alike: Callable[[int, int], bool], share: float) -> bool:
        """Whether at least `share` of the pairs of reports that joining i's and j's
        clusters would make are alike (`alike` of their kinds: twins are alike to the
        same reports, so each two kinds are judged once)."""
        left, right = self._kinds_in(self.root(i)), self._kinds_in(self.root(j))
        pairs = sum(left.values()) * sum(right.values())
        needed, spare = share * pairs, pairs - share * pairs
        linked = unlinked = 0
        for g, m in left.items():
            for h, n in right.items():
                if alike(g, h):
                    linked += m * n
                    if linked >= needed:
                        return True
                else:
                    unlinked += m * n
                    if unlinked > spare:
                        return False
        return linked >= needed

    def _kinds_in(self, root: int) -> dict[int, int]:
        return self._census.get(root) or {self._kinds[root]: 1}

    def settled(self, left: Sequence[int], right: Sequence[int]) -> bool:
        """Whether no link between these reports can join anything any more."""
        lefts = {self.root(i) for i in left}
        rights = lefts if left is right else {self.root(j) for j in right}
        return all(a == b or not self._docs[a].isdisjoint(self._docs[b])
                   for a in lefts for b in rights)

    def clusters(self) -> list[tuple[list[int], list[L]]]:
        """Each cluster's reports and links, clusters in the order of their first report."""
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._parent)):
            members[self.root(i)].append(i)
        return [(found, self._kept.get(r, [])) for r, found in members.items()]


def twin_pairs(forest: Forest[L], uids: Sequence[str], ranks: Sequence[int], left: Twins,
               right: Twins) -> Pairs:
    """The links between two groups of twins (the same group twice: within it) that can
    still join something, in merge order, as (first report, second report)."""
    sides = (left,) if left is right else (left, right)
    rows = heapq.merge(*[zip([uids[i] for i in side.members], side.members, repeat(s))
                         for s, side in enumerate(sides)])
    for _, x, s in rows:
        other = sides[1 - s] if len(sides) == 2 else left
        start = bisect_right(other.ranks, ranks[x])  # the partners later in link order
        if start == len(other.members):
            continue
        if forest.settled(left.members, right.members):
            return
        for y in islice(other.members, start, None):
            if forest.joinable(x, y):
                yield x, y


def merge(forest: Forest[L], entries: list[Entry], uids: Sequence[str],
          link_of: Callable[[int, int], L],
          fits: Callable[[int, int], bool] = lambda i, j: True) -> None:
    """Join the forest's reports by the entries' links, best first, where their clusters
    `fits`; `entries` is used up."""
    heapq.heapify(entries)
    while entries:
        negative, _, _, i, j, rest = heapq.heappop(entries)
        if forest.joinable(i, j) and fits(i, j):
            forest.join(i, j, link_of(i, j))
        if rest is not None and (pair := next(rest, None)) is not None:
            x, y = pair
            heapq.heappush(entries, (negative, uids[x], uids[y], x, y, rest))
