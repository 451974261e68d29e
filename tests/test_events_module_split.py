"""The names other modules import from `triggers` and `adjust` stay importable there
after their helpers moved to modules of their own."""

from belli.events import adjust, trigger_keys, trigger_objects, triggers, unnamed_actors


def test_adjust_re_exports_the_document_country_placement() -> None:
    assert adjust.place_unnamed is unnamed_actors.place_unnamed
    assert adjust.DOMINANT_SHARE == unnamed_actors.DOMINANT_SHARE
    assert set(adjust.__all__) == {"DOMINANT_SHARE", "place_unnamed", "settle"}


def test_triggers_keep_their_public_names() -> None:
    for name in triggers.__all__:
        assert hasattr(triggers, name)


def test_lookup_and_object_helpers_are_public_in_their_modules() -> None:
    assert set(trigger_keys.__all__) == {"hyphenated", "lookup_keys", "repeated", "restored",
                                         "word_kind"}
    assert set(trigger_objects.__all__) == {"light_objects", "typed_objects"}
