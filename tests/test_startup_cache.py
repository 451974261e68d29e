"""What belli keeps in its start-up cache (belli.cache) must give what building it gives:
the city index, parsed YAML files and the entity ruler's phrases; a changed data file or
a damaged entry is built again, and a mistake in a file is still reported at load."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from belli.analysis.outlet_info import load_outlet_book
from belli.errors import KnowledgeBaseError
from belli.nlp.gazetteer import City, _as_rows, _from_rows, city_names, load_cities
from belli.nlp.patterns import city_index
from belli.yamldata import load_word_data, load_yaml


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BELLI_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _damage(folder: Path, pattern: str) -> None:
    (entry,) = folder.glob(pattern)
    entry.write_bytes(b"\x00not marshal data")


def test_the_city_index_from_the_cache_is_the_one_built_from_the_file(folder: Path) -> None:
    built = city_index(load_cities())
    for _ in range(2):  # written, then read back
        cached = city_names.__wrapped__()
        assert cached == built
        assert list(cached) == list(built)  # same order too
        assert all(type(city) is City for city in cached.values())
    assert list(folder.glob("city-names.*.marshal"))


def test_a_damaged_city_entry_is_built_again(folder: Path) -> None:
    city_names.__wrapped__()
    _damage(folder, "city-names.*.marshal")
    assert city_names.__wrapped__() == city_index(load_cities())
    (entry,) = folder.glob("city-names.*.marshal")
    assert marshal.loads(entry.read_bytes()) == _as_rows(city_index(load_cities()))  # rewritten


def test_names_of_one_city_share_it_in_the_stored_form() -> None:
    town = City("Al Fallūjah", "IRQ", 33.35, 43.78, 190_000, 1)
    index = city_index({"al fallūjah": town})
    names, rows = _as_rows(index)
    assert len(rows) == 1 and set(names.values()) == {0}
    back = _from_rows((names, rows))
    assert back == index and back["fallujah"] is back["al fallūjah"]


WORDS = "verbs:\n  - call off\n  - on\nflag: yes\n"
PACKAGE = "belli.events"  # a packaged file's entry is named with its package


def test_word_data_from_the_cache_is_what_the_parser_gives(folder: Path) -> None:
    first = load_word_data(WORDS, "test.yaml", package=PACKAGE)
    (entry,) = folder.glob("words-belli_events-test_yaml.*.marshal")
    assert marshal.loads(entry.read_bytes()) == first  # written
    second = load_word_data(WORDS, "test.yaml", package=PACKAGE)
    assert first == second == {"verbs": ["call off", "on"], "flag": "yes"}
    entry.write_bytes(marshal.dumps({"verbs": ["read back"]}))
    assert load_word_data(WORDS, "test.yaml", package=PACKAGE) == {"verbs": ["read back"]}  # read
    assert load_yaml(WORDS, package=PACKAGE, file="test.yaml")["flag"] is True  # the other loader's entry
    assert len(list(folder.glob("*test_yaml.*.marshal"))) == 2


def test_files_of_the_same_name_in_two_packages_keep_their_own_entries(folder: Path) -> None:
    load_yaml(WORDS, package="belli.events", file="lexicon.yaml")
    other = WORDS.replace("call off", "stand down")
    assert load_yaml(other, package="belli.dates", file="lexicon.yaml")["verbs"][0] == "stand down"
    assert load_yaml(WORDS, package="belli.events", file="lexicon.yaml")["verbs"][0] == "call off"
    assert len(list(folder.glob("yaml-*-lexicon_yaml.*.marshal"))) == 2


@pytest.mark.parametrize("path", ["/home/analyst/outlets.yaml", "mine.yaml"])
def test_an_analysts_file_is_parsed_every_time_and_never_kept(folder: Path, path: str) -> None:
    assert load_word_data(WORDS, path)["flag"] == "yes"
    assert load_yaml(WORDS)["flag"] is True
    assert not list(folder.glob("*.marshal"))


def test_a_package_is_always_named_so_a_file_name_is_never_taken_for_one() -> None:
    with pytest.raises(TypeError):
        load_yaml(WORDS, "test.yaml")  # type: ignore[misc]
    with pytest.raises(TypeError):
        load_word_data(WORDS, "test.yaml", PACKAGE)  # type: ignore[misc]


def test_the_outlets_of_an_analysts_file_leave_nothing_in_the_cache(
        folder: Path, tmp_path: Path) -> None:
    mine = tmp_path / "my_outlets.yaml"
    mine.write_text("outlets:\n  The Harbour Courier:\n    country: GBR\n")
    assert load_outlet_book(mine).find("The Harbour Courier") is not None
    assert not list(folder.glob("*my_outlets*"))


def test_a_changed_file_is_parsed_again(folder: Path) -> None:
    load_word_data(WORDS, "test.yaml", package=PACKAGE)
    changed = WORDS.replace("call off", "stand down")
    assert load_word_data(changed, "test.yaml", package=PACKAGE)["verbs"] == ["stand down", "on"]
    assert len(list(folder.glob("words-belli_events-test_yaml.*.marshal"))) == 1  # old went


def test_a_damaged_yaml_entry_is_parsed_again(folder: Path) -> None:
    load_word_data(WORDS, "test.yaml", package=PACKAGE)
    _damage(folder, "words-belli_events-test_yaml.*.marshal")
    assert load_word_data(WORDS, "test.yaml", package=PACKAGE)["flag"] == "yes"


def test_a_mistake_in_a_cached_file_is_still_reported(folder: Path) -> None:
    load_word_data(WORDS, "test.yaml", package=PACKAGE)
    with pytest.raises(KnowledgeBaseError, match="defined twice"):
        load_word_data(WORDS + "flag: no\n", "test.yaml", package=PACKAGE)


def test_the_surface_forms_are_the_same_every_time_they_are_asked() -> None:
    from belli.actors.kb import load_kb

    kb = load_kb()
    first = list(kb.all_surface_forms())
    assert first == list(kb._distinct_forms()) == list(kb.all_surface_forms())


@pytest.mark.model
def test_match_keys_are_what_a_doc_of_the_phrase_gives() -> None:
    """The ruler adds its phrases to the matchers as ids worked out from their words; a
    Doc of each phrase must give the very same ids, or a name would stop matching."""
    from spacy.attrs import LOWER, ORTH

    from belli.actors.kb import load_kb
    from belli.nlp.model import load_model
    from belli.nlp.patterns import kb_phrases, load_weapons, place_phrases
    from belli.nlp.ruler import match_keys, phrase_words

    nlp = load_model("en_core_web_sm")
    kb = load_kb()
    phrases = [*kb_phrases(kb.all_surface_forms()), *place_phrases(kb.places),
               *load_weapons().phrases]
    words = phrase_words(nlp, [p.text for p in phrases])
    for phrase, its_words in zip(phrases, words, strict=True):
        doc = nlp.make_doc(phrase.text)
        attr = ORTH if phrase.mode == "exact" else LOWER
        assert match_keys(nlp.vocab.strings, its_words, phrase.mode) == [
            int(n) for n in doc.to_array([attr])], phrase


@pytest.mark.model
def test_a_ruler_built_from_the_cache_tags_as_one_built_without_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from belli.actors.kb import load_kb
    from belli.nlp.model import load_model
    from belli.nlp.patterns import kb_phrases, load_weapons, place_phrases
    from belli.nlp.ruler import BelliEntities

    nlp = load_model("en_core_web_sm")
    kb, weapons = load_kb(), load_weapons()
    text = ("Turkish Bayraktar TB2 drones struck positions near Ar Raqqah, and NATO said "
            "the U.S. Department of State sent $1.5 billion to Kyiv and Al-Hasakah.")

    def tagged() -> list[tuple[str, int, int, str]]:
        phrases = [*kb_phrases(kb.all_surface_forms()), *place_phrases(kb.places),
                   *weapons.phrases]
        ruler = BelliEntities(nlp, phrases, weapons.not_after, city_names.__wrapped__())
        doc = ruler(nlp(text))
        return [(e.label_, e.start, e.end, e.id_) for e in doc.ents]

    monkeypatch.setenv("BELLI_CACHE_DIR", "off")
    fresh = tagged()
    monkeypatch.setenv("BELLI_CACHE_DIR", str(tmp_path / "cache"))
    assert tagged() == fresh  # written to the cache
    assert tagged() == fresh  # read from it
    assert {"GPE", "ORG", "MONEY"} <= {label for label, *_ in fresh}
