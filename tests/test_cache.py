"""The start-up cache: a hit when nothing changed, a rebuild when anything did or an entry
is damaged, and never an error because of the cache itself."""

from __future__ import annotations

import marshal
import os
import re
import types
from pathlib import Path

import pytest

from belli.cache import RegexStore, cache_dir, cached, code_of


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BELLI_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, list[int]]:
        self.calls += 1
        return {"value": [1, 2, 3]}


def test_the_second_call_reads_the_entry_instead_of_building(folder: Path) -> None:
    build = Builder()
    first = cached("thing", ["data v1"], build)
    second = cached("thing", ["data v1"], build)
    assert first == second == {"value": [1, 2, 3]}
    assert build.calls == 1
    assert len(list(folder.glob("thing.*.marshal"))) == 1


def test_changed_inputs_rebuild_and_replace_the_old_entry(folder: Path) -> None:
    build = Builder()
    cached("thing", ["data v1"], build)
    cached("thing", ["data v2"], build)
    assert build.calls == 2
    assert len(list(folder.glob("thing.*.marshal"))) == 1


def test_a_damaged_entry_is_rebuilt(folder: Path) -> None:
    build = Builder()
    cached("thing", ["data"], build)
    (entry,) = folder.glob("thing.*.marshal")
    entry.write_bytes(b"\x00not marshal data")
    assert cached("thing", ["data"], build) == {"value": [1, 2, 3]}
    assert build.calls == 2


def test_an_entry_that_does_not_decode_is_rebuilt(folder: Path) -> None:
    cached("thing", ["data"], lambda: {"other": 1})
    value = cached("thing", ["data"], Builder(), decode=lambda data: data["value"])
    assert value == {"value": [1, 2, 3]}


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BELLI_CACHE_DIR", str(blocker / "cache"))
    build = Builder()
    assert cached("thing", ["data"], build) == cached("thing", ["data"], build)
    assert build.calls == 2


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BELLI_CACHE_DIR", "off")
    assert cache_dir() is None
    monkeypatch.delenv("BELLI_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "belli"


def test_values_that_marshal_cannot_store_are_returned_and_not_stored(folder: Path) -> None:
    value = cached("thing", ["data"], lambda: {"set": object()})
    assert "set" in value
    assert not list(folder.glob("thing.*.marshal"))
    assert not [p for p in folder.glob(".tmp-*")]


def test_an_edit_to_the_building_code_changes_the_key(tmp_path: Path) -> None:
    source = tmp_path / "builder.py"
    source.write_text("x = 1\n")
    module = types.ModuleType("builder")
    module.__file__ = str(source)
    before = code_of(module)
    source.write_text("x = 2\n")
    assert code_of(module) != before
    source.unlink()
    assert code_of(module) == b"builder"  # no source to read: its name stands in


# named groups, flags inline, classes, repeats, lookarounds: what the relation templates use
_REGEXES = [r"(?P<_m>(?:the )?(?P<supplier>§s\d+(?: ,(?: and| or)?| and)*) (?:sold |gave ))",
            r"(?i)(?<![a-z])per cent\b", r"(?P<a>x)(?P<b>y)?(?(b)z|w){2,5}?", r"[^\W\d_]+"]


def _stored(names: list[str]) -> list[re.Pattern[str]]:
    store = RegexStore("regexes", ["data"])
    patterns = [store.compile(source) for source in names]
    store.save()
    return patterns


def test_stored_regexes_equal_what_re_compiles(folder: Path) -> None:
    _stored(_REGEXES)
    (entry,) = folder.glob("regexes.*.marshal")
    again = _stored(_REGEXES)  # made from the stored programs, not compiled
    for source, pattern in zip(_REGEXES, again, strict=True):
        assert pattern == re.compile(source) and pattern is not re.compile(source)
        assert (pattern.groupindex, pattern.groups) == (re.compile(source).groupindex,
                                                        re.compile(source).groups)
    assert again[0].match("the §s1 and sold ")["supplier"] == "§s1 and"
    assert list(folder.glob("regexes.*.marshal")) == [entry]


def test_flags_are_part_of_a_stored_regex(folder: Path) -> None:
    for _ in range(2):  # compiled, then made from the stored programs
        store = RegexStore("regexes", ["data"])
        pair = [store.compile("july|ago"), store.compile("july|ago", re.IGNORECASE)]
        store.save()
        assert pair == [re.compile("july|ago"), re.compile("july|ago", re.IGNORECASE)]
        assert pair[1].match("JULY") and not pair[0].match("JULY")


def test_a_refused_or_missing_regex_is_compiled_and_stored(folder: Path) -> None:
    _stored(_REGEXES[:1])
    (entry,) = folder.glob("regexes.*.marshal")
    programs = marshal.loads(entry.read_bytes())
    programs[(_REGEXES[0], 0)] = (_REGEXES[0], 0, [1, 2, 3], 0, {}, (None,))  # no valid program
    entry.write_bytes(marshal.dumps(programs))
    assert _stored(_REGEXES) == [re.compile(source) for source in _REGEXES]
    assert set(marshal.loads(entry.read_bytes())) == {(source, 0) for source in _REGEXES}


def test_a_regex_that_does_not_compile_raises_as_re_does(folder: Path) -> None:
    with pytest.raises(re.error):
        RegexStore("regexes", ["data"]).compile("(?P<open")
    with pytest.raises(re.error):
        _stored(["(?P<open"])
    assert not list(folder.glob("regexes.*.marshal"))


@pytest.mark.model
def test_phrase_words_from_the_cache_match_the_tokenizer(folder: Path) -> None:
    from belli.nlp.model import load_model
    from belli.nlp.ruler import phrase_words

    nlp = load_model("en_core_web_sm")
    texts = ["U.S. Department of State", "Nagorno-Karabakh", "Bayraktar TB2", "Nagorno-Karabakh"]
    for _ in range(2):  # built, then read back
        assert phrase_words(nlp, texts) == [[t.text for t in nlp.make_doc(x)] for x in texts]
    assert os.listdir(folder)
