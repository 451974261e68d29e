"""A place the gazetteer lacks lies in the division or country after its last comma;
a name with no comma (one that differs from its head only by spaces) has no such tail."""

from belli.geo.toponyms import _Finder


def test_a_name_without_a_comma_has_no_stated_tail():
    # no comma: the method answers before it reads the finder's gazetteer
    assert _Finder._stated_tail(object(), 0, 0, "Hollowell Speedway ") is None  # type: ignore[arg-type]


def test_a_comma_with_nothing_after_it_has_no_stated_tail():
    assert _Finder._stated_tail(object(), 0, 0, "Hollowell Speedway, ") is None  # type: ignore[arg-type]
