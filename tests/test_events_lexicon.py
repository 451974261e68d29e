"""The event lexicon and PLOVER table: loaded, checked, and read the way analysts write it."""

from __future__ import annotations

import pytest

from belli.errors import KnowledgeBaseError
from belli.events import lexicon as lexicon_module
from belli.events.lexicon import ACTOR, ANY, Clues, Rule, load_lexicon, load_plover

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


def test_the_plover_table_has_the_sixteen_types_in_their_quads():
    plover = load_plover()
    assert set(plover.quads) == PLOVER_TYPES
    assert {k for k, q in plover.quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert plover.score("AID", None) == 10.0 and plover.score("COOPERATE", None) == 9.5
    assert plover.score("ASSAULT", "unconventional") == -10.0


def test_scores_order_cooperation_above_conflict():
    plover = load_plover()
    for kind, quad in plover.quads.items():
        assert (plover.score(kind, None) > 0) == (quad <= 2), kind


def test_every_rule_codes_a_known_type_and_mode():
    lexicon, plover = load_lexicon(), load_plover()
    for kind, entries in lexicon.entries.items():
        for key, rules in entries.items():
            for rule in rules:
                assert rule.type in PLOVER_TYPES | {None, "from_object"}, (kind, key)
                if rule.mode and rule.type in PLOVER_TYPES:
                    assert rule.mode in plover.modes[rule.type], (kind, key)


@pytest.mark.parametrize("key", ["attack", "shell", "sanction", "visit", "deploy", "arrest",
                                 "urge", "accuse", "reject", "threaten", "protest", "withdraw",
                                 "supply", "agree", "praise", "cooperate"])
def test_the_issue_triggers_are_in_the_lexicon(key):
    assert load_lexicon().has("verbs", key)


@pytest.mark.parametrize("key", ["offensive", "assault", "drill", "exercise", "visit", "talks",
                                 "ceasefire", "delivery", "deployment", "blockade", "veto",
                                 "sanction", "tariff", "air strike"])
def test_the_issue_event_nouns_are_in_the_lexicon(key):
    assert load_lexicon().has("nouns", key)


def test_particles_stay_words_and_decide_the_reading():
    """YAML would read `off` and `on` as booleans; the lexicon keeps them as words."""
    rules = load_lexicon().rules("verbs", "call")
    called_off = next(r for r in rules if r.matches(Clues(particle=frozenset({"off"}))))
    called_for = next(r for r in rules if r.matches(Clues(prep=frozenset({"for"}))))
    assert (called_off.type, called_for.type) == ("CONCEDE", "REQUEST")


def test_the_object_decides_supply_and_send():
    supply = load_lexicon().rules("verbs", "supply")
    to_the_front = Clues(prep_object=frozenset({"front"}))
    drones = Clues(object=frozenset({"drone"}))
    assert next(r for r in supply if r.matches(to_the_front)).type is None
    assert next(r for r in supply if r.matches(drones)).type == "AID"
    send = load_lexicon().rules("verbs", "send")
    assert next(r for r in send if r.matches(Clues(object=frozenset({"warship"})))).type == "MOBILIZE"
    assert next(r for r in send if r.matches(Clues(object=frozenset({"aid"})))).type == "AID"


@pytest.mark.parametrize(("clues", "holds"), [
    (Clues(object=frozenset({"ACTOR-FREE"})), False),
    (Clues(object=frozenset({ACTOR})), True),
])
def test_pseudo_words_match_what_the_parse_found(clues, holds):
    rule = Rule(type="CONSULT", conditions={"object": frozenset({ACTOR})})
    assert rule.matches(clues) is holds


def test_a_phrase_in_a_condition_holds_when_each_of_its_words_is_found():
    # the parse gives "law" and its adjective "martial" as separate clue words
    rule = Rule(type="COERCE", mode="martial-law", conditions={"object": frozenset({"martial law"})})
    assert rule.matches(Clues(object=frozenset({"law", "martial"})))
    assert not rule.matches(Clues(object=frozenset({"law"})))
    assert not rule.matches(Clues())


def test_any_matches_a_filled_slot_only():
    rule = Rule(type="REQUEST", conditions={"xcomp": frozenset({ANY})})
    assert rule.matches(Clues(xcomp=frozenset({ANY, "withdraw"})))
    assert not rule.matches(Clues())


def test_negation_condition_reads_the_clue():
    rule = Rule(type="REJECT", conditions={"negated": True})
    assert rule.matches(Clues(negated=True)) and not rule.matches(Clues())


@pytest.mark.parametrize(("text", "message"), [
    ("verbs:\n  attack: ASSAULT\n  attack: AID\n", "defined twice"),
    ("verbs:\n  attack: BOMBARD\n", "unknown PLOVER type"),
    ("verbs:\n  attack: {type: ASSAULT, object: '@nothing'}\n", "unknown class"),
    ("verbs:\n  attack: {type: ASSAULT, mode: charm}\n", "no mode"),
    ("verbs:\n  attack: {type: ASSAULT, colour: red}\n", "unknown fields"),
])
def test_a_malformed_lexicon_fails_at_load_with_the_entry_named(monkeypatch, text, message):
    monkeypatch.setattr(lexicon_module, "_text", lambda name: text if name == "lexicon.yaml"
                        else lexicon_module._packaged(name))
    lexicon_module.load_lexicon.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError, match=message):
            lexicon_module.load_lexicon()
    finally:
        lexicon_module.load_lexicon.cache_clear()
