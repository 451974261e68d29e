"""The place stage's shortcuts give the answers of the slow way: a name's key kept on its
toponym, the comma looked for before an address is searched, the runs of a story
skipped when no word of theirs opens a tagged name, and the lookaheads that let a
pattern pass over a story's other characters."""

from __future__ import annotations

import dataclasses
import re

import pytest
from geo_fixtures import analyse

from belli.geo import datelines, missed_divisions, missed_known_names, missed_towns, resolve, usage
from belli.geo.candidates import Candidate
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.lone_names import ADDRESS, ADDRESS_REACH, after_address
from belli.geo.missed import repeated_places
from belli.geo.names import fold
from belli.geo.resolve import _repeat_groups
from belli.geo.stage import PlaceStage
from belli.geo.toponyms import Toponym
from belli.records import Mention


def test_toponym_key_is_its_folded_text_after_any_replace() -> None:
    toponym = Toponym(0, 0, 10, "St. Louis's", "name", ())
    assert toponym.key == fold("St. Louis's")
    moved = dataclasses.replace(toponym, text="Nagorno-Karabakh")
    assert moved.key == fold("Nagorno-Karabakh")
    assert toponym == dataclasses.replace(toponym)  # the key takes no part in equality


_ADDRESSES = ("Police said the fire at 12 Elm St., Ruston spread. A man at 400 Main Street, "
              "Dover was hurt; 9 Route 66 North, Tulsa too, and 3 Oak Ave. ,Lima and 5 Elm St.,\t"
              "Ada. In Paris, France, and at 14 rue Cler, Paris, nothing.")


@pytest.mark.parametrize("start", range(len(_ADDRESSES) + 1))
def test_after_address_agrees_with_the_search_it_may_skip(start: int) -> None:
    searched = ADDRESS.search(_ADDRESSES, max(0, start - ADDRESS_REACH), start) is not None
    assert after_address(_ADDRESSES, start) == searched


def test_after_address_finds_the_towns_after_addresses() -> None:
    towns = [m.start() for m in re.finditer(r"Ruston|Dover|Tulsa|Ada", _ADDRESSES)]
    assert [after_address(_ADDRESSES, at) for at in towns] == [True] * 4


def _repeats(text: str, tagged: str) -> list[str]:
    at = text.rindex(tagged)
    mentions = [Mention(doc_id="d", start=at, end=at + len(tagged), text=tagged, label="GPE")]
    return [f"{s.text}@{s.start}" for s in repeated_places(text, mentions)]


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # the name is not the run's first word: only the sentence's start or a broadcaster's
    # letters stood before it, and the run is still read
    ("Missing Salem girl found. Police in Salem said so.", "Salem", ["Salem@8"]),
    ("WQXJ Ashcombe reports. Rain fell in Ashcombe.", "Ashcombe", ["Ashcombe@5"]),
    # a name of two words, found by its first one
    ("Ellis Island reopened. Ferries to Ellis Island run daily.", "Ellis Island",
     ["Ellis Island@0"]),
    # no word of a run opens a tagged name: nothing is found there
    ("Mayor Ann Lee spoke. Later, Governor Tom Hale spoke in Salem.", "Salem", []),
])
def test_repeated_places_reads_every_run_that_holds_an_opening_word(
        text: str, tagged: str, expected: list[str]) -> None:
    assert _repeats(text, tagged) == expected


_STORY = ("BAGHDAD (AP) — Officials in Ashby and at Corliss, near Dover, said 3-5 May. "
          "Hever Castle, Kent. Chicopee residents and the Avoyelles Parish jail, U.S. "
          "envoys, Eastern Oregon and South West Kansas. 12 Elm St., Ruston, from Lincoln "
          "Parish to Ruston; crews from Ashby, Elmore, Corliss and Dunmore.\n"
          "ROME — The town of Kohat, 'in Liberty', 9 to 12 June, U.N. and UAE paid €3 and 5m euros.")

_LOOKAHEADS = [
    (missed_known_names._CAPITALIZED, "(?=[A-Z])"),
    (missed_towns._LOCATIVE, "(?=[a-z])"),
    (missed_towns._AFTER_TO, "(?=t)"),
    (missed_towns._RESIDENT, "(?=[A-Z])"),
    (missed_towns._LIST_ITEM, r"(?=[,\s])"),
    (missed_divisions._DESIGNATED, "(?=[A-Z])"),
    (missed_divisions._STATED, r"(?=[\s,])"),
    (missed_divisions._PART, "(?=[NSEWCUL])"),
    (datelines._DATELINE, r"(?=[\sA-Z])"),
    (usage._EUROS, r"(?=[€\d])"),
]


@pytest.mark.parametrize(("pattern", "lookahead"), _LOOKAHEADS)
def test_a_first_character_lookahead_changes_no_match(pattern: re.Pattern[str],
                                                      lookahead: str) -> None:
    assert pattern.pattern.startswith(lookahead)
    plain = re.compile(pattern.pattern.removeprefix(lookahead), pattern.flags)
    found = [(m.span(), m.groupdict()) for m in pattern.finditer(_STORY)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(_STORY)]
    assert found  # the story holds a match of each


@pytest.mark.parametrize(("name", "key"), [
    ("Ḩamāh", "hamah"), ("Côte d’Ivoire", "cote divoire"), ("Kapa'a", "kapaa"),
    ("The Hague", "hague"), ("Nagorno-Karabakh", "nagorno karabakh"), ("St. Louis", "st louis"),
    ("ŁÓDŹ", "łodz"),
])
def test_fold_drops_marks_only_where_a_name_has_some(name: str, key: str) -> None:
    assert fold.__wrapped__(name) == key


def _moscow(index: int, *candidates: Candidate) -> Toponym:
    return Toponym(index, index * 10, index * 10 + 6, "Moscow", "name", candidates)


_RUSSIA = Candidate(Entry("city", "1", "Moscow", "RUS", "48", 55.8, 37.6, 10_000_000), "gazetteer")
_IDAHO = Candidate(Entry("city", "2", "Moscow", "USA", "ID", 46.7, -117.0, 25_000), "gazetteer")


def test_repeats_group_only_with_the_same_readings_and_base_scores() -> None:
    toponyms = [_moscow(0, _RUSSIA, _IDAHO), _moscow(1, _RUSSIA, _IDAHO),
                _moscow(2, _RUSSIA), _moscow(3, _RUSSIA, _IDAHO),
                _moscow(4, _RUSSIA, _IDAHO)]
    base = [[7.0, 4.0], [7.0, 4.0], [7.0], [7.0, 5.0], [7.0, 4.0]]
    assert _repeat_groups(toponyms, base) == [0, 0, 2, 3, 0]


_REPEATS = [
    ("Moscow sent troops. In Moscow, officials met; Moscow, Idaho, was calm. Moscow denied it.",
     [("Moscow", "GPE"), ("Moscow", "GPE"), ("Moscow", "GPE"), ("Idaho", "GPE"),
      ("Moscow", "GPE")]),
    ("Georgia said Tbilisi and Georgia would talk; Atlanta, Georgia, disagreed. Georgia won.",
     [("Georgia", "GPE"), ("Tbilisi", "GPE"), ("Georgia", "GPE"), ("Atlanta", "GPE"),
      ("Georgia", "GPE"), ("Georgia", "GPE")]),
]


@pytest.mark.parametrize(("text", "marked"), _REPEATS)
def test_scoring_repeats_once_places_every_name_as_scoring_each(
        stage: PlaceStage, monkeypatch: pytest.MonkeyPatch, text: str,
        marked: list[tuple[str, str]]) -> None:
    grouped = analyse(stage, text, marked)
    monkeypatch.setattr(resolve, "_repeat_groups", lambda toponyms, base: list(range(len(base))))
    assert analyse(stage, text, marked) == grouped
    assert any(m.place for m in grouped)


def test_a_lookup_searches_one_block_and_finds_what_the_whole_index_lists(
        gazetteer: Gazetteer) -> None:
    index = gazetteer._index
    lines = index.split(b"\n")
    listed = [*lines[:50], *lines[::97], *lines[-50:]]
    firsts, _ = gazetteer._blocks
    for line in listed:
        name, _, refs = line.partition(b"\t")
        assert gazetteer._refs(name.decode()) == refs.decode()
    for name in [*firsts, *(first + b"!" for first in firsts), b"", b"zzzz", b"\xef\xbf\xbf"]:
        assert gazetteer._refs(name.decode()) == gazetteer._searched(name, 0, len(index))
