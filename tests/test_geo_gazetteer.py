"""The gazetteer: name keys, designators, lookups, the derived table's format, user files."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from belli.actors.kb import load_kb
from belli.geo import gazetteer as gazetteer_module
from belli.geo.build import encode
from belli.geo.gazetteer import PLACES_ENV, Gazetteer, GazetteerError, load_gazetteer, read_places
from belli.geo.names import designator, fold, stripped
from belli.geo.stage import PlaceStage
from belli.records import Analysis, Article, Mention


@pytest.mark.parametrize(("a", "b"), [
    ("Nagorno-Karabakh", "Nagorno Karabakh"), ("St. Louis", "St Louis"), ("Ağdam", "Agdam"),
    ("the Gaza Strip", "Gaza Strip"), ("Kapa'a", "Kapaa"), ("ZYWIEC", "Żywiec"),
])
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("name", "expected"), [
    ("Syunik'i Marz", ("Syunik",)), ("Basra Governorate", ("Basra",)),
    ("Tangipahoa Parish", ("Tangipahoa",)), ("Provincia de Buenos Aires", ("Buenos Aires",)),
    ("Tverskaya", ("Tver",)), ("Texas", ()),
])
def test_division_names_without_their_designator(name: str, expected: tuple[str, ...]) -> None:
    assert stripped(name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anbar province", ("Anbar", "province")), ("Henry County", ("Henry", "county")),
    ("Kapan", ("Kapan", None)), ("New York", ("New York", None)),
])
def test_designator_is_split_off(text: str, expected: tuple[str, str | None]) -> None:
    assert designator(text) == expected


@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("Moscow", "city", "RUS"), ("Moscow", "city", "USA"), ("Georgia", "country", "GEO"),
    ("Georgia", "admin1", "USA"), ("W.Va.", "admin1", "USA"), ("Tangipahoa Parish", "admin2", "USA"),
    ("Zangezur", "region", "ARM"), ("Strait of Hormuz", "strait", None),
    ("Donbass", "region", "UKR"), ("Korean Peninsula", "peninsula", None),
    ("Ville Platte", "city", "USA"), ("Black Sea", "sea", None), ("Crimea", "peninsula", "UKR"),
])
def test_lookup_finds_every_reading(gazetteer: Gazetteer, name: str, kind: str,
                                    country: str | None) -> None:
    assert any(e.kind == kind and e.country == country for e in gazetteer.lookup(name))


def test_short_forms_match_as_written(gazetteer: Gazetteer) -> None:
    assert any(e.name == "Louisiana" for e in gazetteer.lookup("La."))
    assert not any(e.name == "Louisiana" for e in gazetteer.lookup("LA"))


def test_name_left_without_its_designator_is_a_weak_match(gazetteer: Gazetteer) -> None:
    found = [e for e in gazetteer.lookup("Evangeline") if e.kind == "admin2"]
    assert found and all(e.weak for e in found)


@pytest.mark.parametrize(("country", "division"), [("NGA", "Kaduna"), ("UKR", "Kharkiv")])
def test_first_level_lists_a_countrys_own_divisions(gazetteer: Gazetteer, country: str,
                                                    division: str) -> None:
    found = gazetteer.first_level(country)
    assert any(e.name == division for e in found)
    assert all(e.kind == "admin1" and e.country == country for e in found)


def test_first_level_of_an_unknown_country_is_empty_and_the_index_unharmed(
        gazetteer: Gazetteer) -> None:
    assert gazetteer.first_level("ZZZ") == [] and gazetteer.first_level(None) == []
    gazetteer.first_level("NGA").clear()  # a caller's list is its own
    assert gazetteer.first_level("NGA")


def test_every_country_has_a_point(gazetteer: Gazetteer) -> None:
    for code in ("USA", "RUS", "ARM", "AZE", "XKX", "PSE"):
        entry = gazetteer.country(code)
        assert entry is not None and -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180


def test_encoded_table_is_searchable() -> None:
    rows = [
        ("C", 1, "Armenia", "ARM", "", "40.0", "45.0", 3000000, 0, (), ()),
        ("A", "ARM.08", "Syunik'i Marz", "ARM", "08", "39.4", "46.2", 100000, 0, (),
         ("Syunik",)),
        ("P", 2, "Kapan", "ARM", "08", "39.2", "46.4", 32900, 40, ("Ghapan",), ()),
    ]
    table = gzip.decompress(gzip.compress(encode(rows).encode()))
    gazetteer = Gazetteer(table, [])
    assert [e.name for e in gazetteer.lookup("Ghapan")] == ["Kapan"]
    assert gazetteer.lookup("syunik")[0].weak
    assert gazetteer.country("ARM") is not None and gazetteer.admin1("ARM", "08") is not None
    assert gazetteer.lookup("Yerevan") == []


def _small_gazetteer(trailing_newline: bool) -> Gazetteer:
    rows = [
        ("C", 1, "Armenia", "ARM", "", "40.0", "45.0", 3000000, 0, (), ()),
        ("A", "ARM.08", "Syunik'i Marz", "ARM", "08", "39.4", "46.2", 100000, 0, (),
         ("Syunik",)),
        ("P", 2, "Kapan", "ARM", "08", "39.2", "46.4", 32900, 40, ("Ghapan",), ()),
        ("P", 3, "Goris", "ARM", "08", "39.5", "46.3", 20000, 40, (), ()),
    ]
    gazetteer = Gazetteer(encode(rows).encode(), [])
    index = gazetteer._index.rstrip(b"\n")
    gazetteer._index = index + b"\n" if trailing_newline else index
    return gazetteer


@pytest.mark.parametrize("trailing_newline", [False, True])
@pytest.mark.parametrize("block_bytes", [1, 5, 17, 1_000_000])  # lines longer, one block
def test_every_key_is_found_in_its_block_as_in_the_whole_index(
        monkeypatch: pytest.MonkeyPatch, block_bytes: int, trailing_newline: bool) -> None:
    monkeypatch.setattr(gazetteer_module, "_BLOCK_BYTES", block_bytes)
    gazetteer = _small_gazetteer(trailing_newline)
    index = gazetteer._index
    keys = [line.split(b"\t")[0] for line in index.split(b"\n") if line]
    assert len(keys) > 3
    for key in keys + [b"", b"a", b"zzz"]:
        whole = gazetteer._searched(key, 0, len(index))
        assert gazetteer._refs(key.decode()) == whole
        assert whole or key not in keys
    assert all(0 <= start < len(index) for start in gazetteer._blocks[1])


def test_analyst_places_file_extends_the_gazetteer(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("name,variants,country,feature,lat,lon\n"
                     "Camp Lemonnier,Lemonnier,DJI,base,11.55,43.15\n", "utf-8")
    monkeypatch.setenv(PLACES_ENV, str(extra))
    load_gazetteer.cache_clear()
    try:
        found = load_gazetteer().lookup("Lemonnier")
    finally:
        load_gazetteer.cache_clear()
    assert [(e.name, e.kind) for e in found] == [("Camp Lemonnier", "base")]


def test_malformed_places_file_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,variants,country,feature,lat,lon\nNowhere,,,,north,\n", "utf-8")
    with pytest.raises(GazetteerError, match="row 2"):
        read_places(bad)


def test_malformed_analyst_file_is_an_error_at_load_with_a_warm_cache(tmp_path: Path) -> None:
    load_gazetteer.__wrapped__()  # the packaged part is in the cache
    bad = tmp_path / "bad.csv"
    bad.write_text("name,variants,country,feature,lat,lon\nNowhere,,,,north,\n", "utf-8")
    with pytest.raises(GazetteerError, match="row 2"):
        load_gazetteer.__wrapped__((str(bad),))


_SAMPLE = ["Paris", "Georgia", "Moscow", "Kapan", "Syunik", "Lachin corridor", "Lachin road",
           "Lachin", "Kurdistan", "Gaza Strip", "Europe", "W.Va.", "W.Va", "Calif.", "B.C.",
           "Herts", "Mayo", "County Kerry", "Kerry", "Texas", "Mt. Pleasant", "Chechnya",
           "Jordan", "Texan", "Chechen", "Scottish", "European", "Kurdish", "La", "Nowhere"]


def _answers(gazetteer: Gazetteer) -> list[object]:
    """Every kind of question, asked about each sample name and of some countries."""
    per_name = [(gazetteer.lookup(n), gazetteer.short_form(n), gazetteer.demonym(n),
                 gazetteer.is_division_name(n), gazetteer.may_be_in_curated(n),
                 gazetteer.is_curated(n)) for n in _SAMPLE]
    per_country = [(gazetteer.country(c), gazetteer.first_level(c), gazetteer.admin1(c, "08"))
                   for c in ("ARM", "USA", "RUS", "IRL", "XXX")]
    return [per_name, per_country, gazetteer.curated_words]


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BELLI_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _built_without_cache(monkeypatch: pytest.MonkeyPatch) -> Gazetteer:
    with monkeypatch.context() as patch:
        patch.setenv("BELLI_CACHE_DIR", "off")
        return load_gazetteer.__wrapped__()


def test_the_cached_gazetteer_answers_as_the_built_one(cache_folder: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    built = _built_without_cache(monkeypatch)
    for _ in range(2):  # written, then read back
        kept = load_gazetteer.__wrapped__()
        assert kept.stored() == built.stored()
        assert _answers(kept) == _answers(built)
    assert len(list(cache_folder.glob("geo-gazetteer.*.marshal"))) == 1


def test_analyst_places_on_a_cached_gazetteer_answer_as_built(
        cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("name,variants,country,feature,lat,lon\n"
                     "Lachin crossing,Hakari bridge,AZE,crossing,39.6,46.5\n", "utf-8")
    with monkeypatch.context() as patch:
        patch.setenv("BELLI_CACHE_DIR", "off")
        built = load_gazetteer.__wrapped__((str(extra),))
    load_gazetteer.__wrapped__()
    kept = load_gazetteer.__wrapped__((str(extra),))
    assert kept.stored() == built.stored() and kept.is_curated("Hakari bridge")
    assert not load_gazetteer.__wrapped__().is_curated("Hakari bridge")  # the cache unharmed


def test_a_changed_curated_file_rebuilds_the_cached_gazetteer(
        cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    shutil.copytree(Path(gazetteer_module.__file__).parent / "data", package / "data")
    monkeypatch.setattr(gazetteer_module, "_DATA", package)
    assert not load_gazetteer.__wrapped__().is_curated("Hakari bridge")
    with (package / "data" / "places.csv").open("a", encoding="utf-8") as places:
        places.write("Lachin crossing,Hakari bridge,AZE,crossing,39.6,46.5\n")
    assert load_gazetteer.__wrapped__().is_curated("Hakari bridge")
    assert len(list(cache_folder.glob("geo-gazetteer.*.marshal"))) == 1  # the old one dropped


def test_a_damaged_gazetteer_entry_is_built_again(cache_folder: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    load_gazetteer.__wrapped__()
    (entry,) = cache_folder.glob("geo-gazetteer.*.marshal")
    entry.write_bytes(b"\x00not marshal data")
    assert _answers(load_gazetteer.__wrapped__()) == _answers(_built_without_cache(monkeypatch))
    entry.write_bytes(entry.read_bytes()[:1000])  # cut short
    assert _answers(load_gazetteer.__wrapped__()) == _answers(_built_without_cache(monkeypatch))


_WORDS = st.sampled_from(["in", "Moscow", "Georgia", ",", "La.", "the", "Kapan", "Syunik",
                          "province", "Russian", "Paris", "Texas", "'s", "near", "Jordan", "x",
                          "CAIRO", "-"])


@given(st.lists(_WORDS, max_size=25), st.lists(st.tuples(st.integers(0, 24), st.integers(1, 4),
                                                         st.sampled_from(["GPE", "LOC", "ORG",
                                                                          "PERSON", "NORP"])),
                                               max_size=8))
# datelines need "CAIRO -" at the start or after a sentence end: rare among random lists
@example(["CAIRO", "-", "in", "Moscow"], [])
@example(["in", "La.", "CAIRO", "-", "Paris"], [(2, 1, "PERSON"), (4, 1, "GPE")])
def test_resolution_never_raises_and_keeps_offsets(words: list[str],
                                                   spans: list[tuple[int, int, str]]) -> None:
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    mentions = []
    for first, size, label in spans:
        if first >= len(words):
            continue
        last = min(len(words), first + size) - 1
        start, end = starts[first], starts[last] + len(words[last])
        mentions.append(Mention(doc_id="d", start=start, end=end, text=text[start:end],
                                label=label))
    analysis = Analysis(article=Article(doc_id="d", text=text), mentions=tuple(mentions))
    out = _STAGE.resolve(analysis)
    for mention in out.mentions:
        assert text[mention.start:mention.end] == mention.text
        if mention.place is not None and mention.place.lat is not None:
            assert -90 <= mention.place.lat <= 90 and mention.place.precision in (
                "exact", "town", "region", "country")


_STAGE = PlaceStage(load_kb(), load_gazetteer())


def _copy_of_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    package = tmp_path / "package"
    shutil.copytree(Path(gazetteer_module.__file__).parent / "data", package / "data")
    monkeypatch.setattr(gazetteer_module, "_DATA", package)
    return package / "data"


def _one_pass(data: Path, analysts: Path) -> Gazetteer:
    """The gazetteer as one pass builds it: every curated place first, then the forms."""
    places = read_places(data / "places.csv") + read_places(analysts, analyst=True)
    gazetteer = Gazetteer(gzip.decompress((data / "gazetteer.tsv.gz").read_bytes()), places)
    gazetteer.add_short_forms((data / "abbreviations.csv").read_text("utf-8"))
    gazetteer.add_english_names((data / "english_names.csv").read_text("utf-8"))
    gazetteer.add_demonyms((data / "demonyms.csv").read_text("utf-8"))
    return gazetteer


def test_forms_worked_out_again_over_analyst_places_are_those_of_one_pass(
        cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _copy_of_the_data(tmp_path, monkeypatch)
    with (data / "abbreviations.csv").open("a", encoding="utf-8") as forms:
        # a form whose name is a later form: one pass resolves it before that form exists
        forms.write("Hertf.,Hertfordshire,GBR\nHertfordshire,England,GBR\n")
    extra = tmp_path / "mine.csv"
    extra.write_text("name,variants,country,feature,lat,lon\n"
                     "Lachin crossing,Hakari bridge,AZE,crossing,39.6,46.5\n", "utf-8")
    loaded = load_gazetteer.__wrapped__((str(extra),))
    form = loaded.short_form("Hertf.")
    assert form is not None and form.name == "Hertfordshire"  # not England, a later form
    assert loaded.stored() == _one_pass(data, extra).stored()


def test_a_restored_gazetteer_has_the_attributes_of_a_built_one(
        cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _built_without_cache(monkeypatch)
    restored = Gazetteer.restored(built.stored())
    lazy = {name for name, value in vars(Gazetteer).items() if isinstance(value, cached_property)}
    assert vars(restored).keys() - lazy == vars(built).keys() - lazy
    assert restored.stored() == built.stored()


def test_each_packaged_file_is_read_once_per_load(
        cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _copy_of_the_data(tmp_path, monkeypatch)
    extra = tmp_path / "mine.csv"
    extra.write_text("name,variants,country,feature,lat,lon\n"
                     "Lachin crossing,Hakari bridge,AZE,crossing,39.6,46.5\n", "utf-8")
    reads: list[str] = []
    for method in ("read_bytes", "read_text"):
        original = getattr(Path, method)

        def counted(path: Path, *args: Any, _original: Callable[..., Any] = original) -> Any:
            reads.append(path.name)
            return _original(path, *args)

        monkeypatch.setattr(Path, method, counted)
    for _ in range(2):  # built, then from the cache
        reads.clear()
        load_gazetteer.__wrapped__((str(extra),))
        packaged = [name for name in reads if (data / name).exists()]
        assert sorted(packaged) == sorted([*gazetteer_module._PACKAGED_CSV, "gazetteer.tsv.gz"])
