"""The names other modules import from `triggers` and `adjust` stay importable there
after their helpers moved to modules of their own."""

from belli.events import adjust, trigger_keys, trigger_objects, triggers, unnamed_actors


def test_adjust_re_exports_the_document_country_placement() -> None:
    assert adjust.place_unnamed is unnamed_actors.place_unnamed
    assert adjust.DOMINANT_SHARE == unnamed_actors.DOMINANT_SHARE
    assert set(adjust.__all__) == {"DOMINANT_SHARE", "place_unnamed", "settle", "together"}


def test_triggers_keep_their_public_names() -> None:
    for name in triggers.__all__:
        assert hasattr(triggers, name)


def test_lookup_and_object_helpers_are_public_in_their_modules() -> None:
    assert set(trigger_keys.__all__) == {"hyphenated", "lookup_keys", "may_read_rarer",
                                         "repeated", "restored", "word_kind"}
    assert set(trigger_objects.__all__) == {"light_objects", "slipped_participle",
                                            "typed_objects"}


def test_syntax_keeps_its_public_names_after_the_index_and_prepositions_moved() -> None:
    from belli.events import syntax, syntax_index, syntax_preps

    for name in syntax.__all__:
        assert hasattr(syntax, name), name
    assert syntax.children is syntax_index.children
    assert syntax.lemma is syntax_index.lemma
    assert syntax.prep_objects is syntax_preps.prep_objects
    assert syntax.particles_of is syntax_preps.particles_of
    assert set(syntax_index.__all__) == {"Token", "Words", "answers_for", "children", "lemma",
                                         "remembered", "sentence_of", "words_of"}
    assert set(syntax_preps.__all__) == {"particles_of", "prep_objects"}


def test_roles_keep_their_public_names_after_the_preposition_and_clause_finders_moved() -> None:
    from belli.events import role_clauses, role_preps, role_record, roles

    assert set(roles.__all__) == {"Roles", "find_roles", "generic_targets"}
    assert roles.Roles is role_record.Roles
    assert set(role_preps.__all__) == {"HOSTED", "SPOKEN", "aimed_at", "aims_at", "across",
                                       "is_venue", "noun_preps", "of_targets",
                                       "preposition_targets", "thing_owner"}
    assert set(role_clauses.__all__) == {"clause_doer", "clause_subject", "held_clauses"}
    for module in (roles, role_preps, role_clauses):
        for name in module.__all__:
            assert hasattr(module, name), (module.__name__, name)
