"""Offices and bodies that name one state by themselves (data/titles.yaml).

A story about Washington often never says "US" beside its officials: "Secretary of State
Jane Doe", "Republican lawmakers", "Congress voted". Such a mention names no state of its
own, so the sentence's only state would be read as its owner, and that state is as often
the topic ("Congress voted on aid to Ukraine"). These phrases are read first:

* a title phrase of one state, unless a word after it makes it another state's office
  ("Secretary of State for Wales" is British);
* a bare "Congress" is the US Congress unless the document names another state with a
  legislature of that name (Peru, the Philippines) or India (whose Congress is a party).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from belli.records import Actor
from belli.yamldata import word_data, word_list

__all__ = ["bare_congress", "state_title"]

_FILE = "titles.yaml"
_MAX_TITLE = 3  # words of the longest title phrase


@cache
def _titles() -> dict[str, dict[str, str]]:
    return {str(k): {str(f): str(v) for f, v in spec.items()}
            for k, spec in word_data("belli.actors", _FILE)["state_titles"].items()}


def state_title(tokens: list[Any]) -> Actor | None:
    """The state a title among `tokens` names by itself ("Secretary of State X"), or None;
    the tokens are the mention's words and the title words before it, in order."""
    words = [t.lower_ for t in tokens]
    for size in range(_MAX_TITLE, 0, -1):
        for i in range(len(words) - size + 1):
            spec = _titles().get(" ".join(words[i:i + size]))
            if spec is not None and not _foreign_office(tokens[i + size - 1]):
                phrase = " ".join(t.text for t in tokens[i:i + size])
                return Actor(text=phrase, country=spec["country"], sector=spec["sector"],
                             reason=f"title '{phrase}' → {spec['country']} {spec['sector']}: "
                                    f"{spec['why']}")
    return None


def _foreign_office(last: Any) -> bool:
    """Whether the word after a title makes it another state's ("Secretary of State for")."""
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in word_list(
        "belli.actors", _FILE, "foreign_after")


def bare_congress(span: Any, named: Iterable[str]) -> Actor | None:
    """"Congress" alone is the US Congress, in a document naming no other state whose
    legislature (or main party) is called so; `named` are the codes the document names."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].text != "Congress":
        return None
    if set(named) & word_list("belli.actors", _FILE, "congress_states"):
        return None
    return Actor(text=span.text, country="USA", sector="LEG",
                 reason="'Congress' in a document naming no other state with a congress → USA LEG")
