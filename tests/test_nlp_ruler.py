"""The entity ruler and actor phrases: pure merge rules first, then the model on real text."""

from __future__ import annotations

import pytest

from belli.errors import KnowledgeBaseError
from belli.nlp.lexicon import load_lexicon
from belli.nlp.patterns import (
    Phrase,
    _blocking_words,
    kb_phrases,
    load_weapons,
    money_token_patterns,
    spelling_variants,
)
from belli.nlp.ruler import Ent, merge_entities, merge_weapon_runs, pick_longest

# --- merge rules (no model) -----------------------------------------------------------------

NAME_LIKE = {"Customs", "Service", "Michael", "Washington", "D.C."}


def _name_like(words: list[str]):
    return lambda i: words[i] in NAME_LIKE


MERGES = [
    # the model's label loses on the same tokens: "Azerbaijan" PERSON -> GPE
    (["Azerbaijan", "said"], [Ent(0, 1, "PERSON")], [Ent(0, 1, "GPE", "country:AZE")],
     [("GPE", 0, 1)]),
    # a ruler span covering a model span wins ("Bayraktar TB2 drones" over "TB2" ORG)
    (["Bayraktar", "TB2", "drones"], [Ent(1, 2, "ORG")], [Ent(0, 3, "MILITARY_PLATFORM")],
     [("MILITARY_PLATFORM", 0, 3)]),
    # a model name holding a ruler name plus capitalized words of its own keeps its reading
    (["Azerbaijani", "Customs", "Service"], [Ent(0, 3, "ORG")], [Ent(0, 1, "NORP")],
     [("ORG", 0, 3)]),
    (["Michael", "Jordan", "said"], [Ent(0, 2, "PERSON")], [Ent(1, 2, "GPE")],
     [("PERSON", 0, 2)]),
    # ... but not when the extra words are lower case ("Azerbaijani troops" as one ORG)
    (["Azerbaijani", "troops"], [Ent(0, 2, "ORG")], [Ent(0, 1, "NORP")], [("NORP", 0, 1)]),
    # two ruler names inside one model span split it ("Azerbaijan Armenia" GPE)
    (["Azerbaijan", "Armenia"], [Ent(0, 2, "GPE")], [Ent(0, 1, "GPE"), Ent(1, 2, "GPE")],
     [("GPE", 0, 1), ("GPE", 1, 2)]),
    # money: a longer model MONEY keeps its words ("more than $4 million")
    (["more", "than", "$", "4", "million"], [Ent(0, 5, "MONEY")], [Ent(2, 5, "MONEY")],
     [("MONEY", 0, 5)]),
    # money the model cut short as CARDINAL ("two billion" of "two billion US dollar")
    (["two", "billion", "US", "dollar"], [Ent(0, 2, "CARDINAL"), Ent(2, 3, "GPE")],
     [Ent(0, 4, "MONEY")], [("MONEY", 0, 4)]),
    # a crossing span: the ruler wins
    (["the", "Armenian", "Apostolic"], [Ent(0, 2, "ORG")], [Ent(1, 3, "ORG")], [("ORG", 1, 3)]),
    # untouched model entities stay
    (["on", "Monday", "Baku"], [Ent(1, 2, "DATE")], [Ent(2, 3, "GPE")],
     [("DATE", 1, 2), ("GPE", 2, 3)]),
]


@pytest.mark.parametrize(("words", "model", "ruler", "expected"), MERGES)
def test_merge_rules(words, model, ruler, expected):
    merged = merge_entities(model, ruler, _name_like(words))
    assert [(e.label, e.start, e.end) for e in merged] == expected


def test_pick_longest_prefers_longer_then_earlier():
    found = pick_longest([Ent(0, 1, "GPE"), Ent(0, 2, "ORG"), Ent(1, 3, "X"), Ent(3, 4, "Y")])
    assert [(e.start, e.end) for e in found] == [(0, 2), (3, 4)]


WEAPON_RUNS = [
    ([Ent(0, 2, "MILITARY_PLATFORM"), Ent(2, 3, "MILITARY_PLATFORM")], [(0, 3, "MILITARY_PLATFORM")]),
    ([Ent(0, 1, "WEAPON", needs_head=True), Ent(1, 2, "WEAPON")], [(0, 2, "WEAPON")]),
    ([Ent(0, 1, "WEAPON", needs_head=True)], []),  # "Grad" alone is a word, not a weapon
    ([Ent(0, 1, "WEAPON"), Ent(2, 3, "WEAPON")], [(0, 1, "WEAPON"), (2, 3, "WEAPON")]),
    ([Ent(0, 1, "MILITARY_PLATFORM"), Ent(1, 3, "WEAPON")], [(0, 3, "WEAPON")]),
    # a noun that counts only after a name keeps the name's label ("S-300 systems")
    ([Ent(0, 1, "WEAPON"), Ent(1, 2, "MILITARY_PLATFORM", needs_name=True)], [(0, 2, "WEAPON")]),
    ([Ent(0, 1, "MILITARY_PLATFORM", needs_name=True)], []),  # "jets" alone
]


@pytest.mark.parametrize(("ents", "expected"), WEAPON_RUNS)
def test_weapon_name_and_noun_join(ents, expected):
    assert [(e.start, e.end, e.label) for e in merge_weapon_runs(ents)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("armoured vehicle", {"armoured vehicle", "armored vehicle"}),
    ("air-defence system", {"air-defence system", "air-defense system"}),
    ("artillery", {"artillery"}),
])
def test_spelling_variants(text, expected):
    assert spelling_variants(text) == expected


class _Match:
    def __init__(self, kind: str, code: str) -> None:
        self.kind, self.code = kind, code


@pytest.mark.parametrize(("form", "kind", "mode", "label"), [
    ("US", "country", "exact", "GPE"),
    ("NATO", "igo", "exact", "ORG"),
    ("Azerbaijan", "country", "capital", "GPE"),
    ("Azerbaijani", "adjective", "capital", "NORP"),
    ("the Kremlin", "institution", "capital", "ORG"),
    ("Ilham Aliyev", "person", "capital", "PERSON"),
])
def test_kb_phrase_modes(form, kind, mode, label):
    (phrase, *_rest) = list(kb_phrases([(form, _Match(kind, "X"))]))
    assert (phrase.mode, phrase.label) == (mode, label)
    assert not phrase.text.lower().startswith("the ")


def test_kb_phrases_skip_lowercase_aliases_and_add_title_case_acronyms():
    forms = [("turkey", _Match("country", "TUR")), ("CSTO", _Match("igo", "CSTO"))]
    texts = {p.text for p in kb_phrases(forms)}
    assert texts == {"CSTO", "Csto"}


def test_weapons_file_has_both_labels_and_plurals():
    phrases = load_weapons().phrases
    texts = {(p.text, p.label) for p in phrases}
    for wanted in [("MiG-29", "MILITARY_PLATFORM"), ("MiG-29s", "MILITARY_PLATFORM"),
                   ("howitzers", "WEAPON"), ("armored vehicles", "MILITARY_PLATFORM"),
                   ("S-300", "WEAPON"), ("loitering munitions", "WEAPON")]:
        assert wanted in texts
    assert all(isinstance(p, Phrase) for p in phrases)
    assert "think" in load_weapons().not_after


def test_a_word_that_unmakes_some_entries_is_kept_with_each_and_its_plural():
    assert {"suicide bomber", "suicide bombers"} <= load_weapons().not_after
    assert "suicide" not in load_weapons().not_after  # "suicide drones" stay weapons


@pytest.mark.parametrize("entry", [{"suicide": "bomber"}, {"suicide": None},
                                   {"suicide car": ["bomber"]}])
def test_a_mistyped_not_after_entry_is_an_error_that_names_the_file(entry):
    with pytest.raises(KnowledgeBaseError, match="weapons.yaml"):
        list(_blocking_words([entry]))


def test_money_patterns_are_token_patterns():
    patterns = money_token_patterns()
    assert patterns and all(isinstance(p, list) and p for p in patterns)


def test_lexicon_knows_person_and_group_heads():
    lexicon = load_lexicon()
    assert {"ambassador", "spokesman"} <= lexicon.persons
    assert {"peacekeepers", "armed forces"} <= lexicon.groups
    assert lexicon.descriptions["the two countries"] == 2
    assert "to" in lexicon.locative


# --- the real pipeline ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from belli.nlp.build import build_nlp

    return build_nlp("en_core_web_sm")


def _ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


ENTITIES = [
    ("Azerbaijan and Armenia fought a war. Armenia accused Azerbaijan of shelling.", "Azerbaijan", "GPE"),
    ("Baku launched a counteroffensive.", "Baku", "GPE"),
    ("Azerbaijan bought two billion US dollar worth of drones.", "two billion US dollar", "MONEY"),
    ("The deal was worth $1.5 billion.", "$1.5 billion", "MONEY"),
    ("The EU pledged 100 million euros.", "100 million euros", "MONEY"),
    ("Azerbaijan used Bayraktar TB2 drones.", "Bayraktar TB2 drones", "MILITARY_PLATFORM"),
    ("Israel sold Harop loitering munitions to Baku.", "Harop loitering munitions", "WEAPON"),
    ("Pakistan may sell JF-17 fighter jets.", "JF-17 fighter jets", "MILITARY_PLATFORM"),
    ("Armenia fired Iskander missiles.", "Iskander missiles", "WEAPON"),
    ("Two Su-25 jets were shot down.", "Su-25 jets", "MILITARY_PLATFORM"),
    ("Russia delivered S-300 air-defence systems.", "S-300 air-defence systems", "WEAPON"),
    ("The army used Smerch multiple rocket launchers.", "Smerch multiple rocket launchers", "WEAPON"),
    ("Grad rockets hit the town.", "Grad rockets", "WEAPON"),
    ("Artillery pounded the positions.", "Artillery", "WEAPON"),
    ("Tanks and armoured vehicles moved north.", "armoured vehicles", "MILITARY_PLATFORM"),
    ("The navy sent two frigates and a submarine.", "frigates", "MILITARY_PLATFORM"),
    ("Mi-24 helicopters were seen.", "Mi-24 helicopters", "MILITARY_PLATFORM"),
    ("Cluster munitions were used against civilians.", "Cluster munitions", "WEAPON"),
    ("NATO warned Moscow.", "NATO", "ORG"),
    ("Russian peacekeepers arrived.", "Russian peacekeepers", "ORG"),
    ("Azerbaijani and Turkish armed forces held drills.", "Azerbaijani and Turkish armed forces", "ORG"),
    ("Armenia's ambassador to France spoke.", "Armenia's ambassador", "PERSON"),
    ("Armenia's ambassador to France spoke.", "France", "GPE"),
    ("Turkey's President Recep Tayyip Erdoğan spoke.", "Turkey's President Recep Tayyip Erdoğan", "PERSON"),
    ("The government of Iraq resigned.", "government of Iraq", "ORG"),
    ("Near Palmyra, one strike destroyed a tank.", "Palmyra", "GPE"),
    ("A curfew was imposed in Cizre.", "Cizre", "GPE"),
    ("The Foreign Secretary met the Prime Minister.", "Foreign Secretary", "PERSON"),
    ("The Jordanians welcomed the plan.", "Jordanians", "ORG"),
    ("Defence Secretary Michael Fallon visited the troops.", "Defence Secretary Michael Fallon", "PERSON"),
    # a word that unmakes one weapon only ("suicide bomber") leaves the others be
    ("A suicide car bomb exploded near the base.", "car bomb", "WEAPON"),
    ("Strategic bombers flew over the sea.", "Strategic bombers", "MILITARY_PLATFORM"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "span", "label"), ENTITIES)
def test_ruler_labels(nlp, text, span, label):
    assert _ents(nlp, text).get(span) == label


NOT_ENTITIES = [
    ("Think tanks disagreed.", "tanks"),
    ("We visited us yesterday.", "us"),
    ("The turkey was roasted.", "turkey"),
    ("He gave them a grad school tour.", "grad"),
    ("Fuel tanks were empty.", "tanks"),
    ("A suicide bomber struck the market.", "bomber"),
    ("Two suicide bombers attacked the base.", "bombers"),
    ("A suicide-bomber attacked the base.", "bomber"),
    ("A car bomber attacked the base.", "bomber"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), NOT_ENTITIES)
def test_ruler_leaves_ordinary_words_alone(nlp, text, word):
    assert word not in {e.text for e in nlp(text).ents}


@pytest.mark.model
def test_city_name_without_a_preposition_is_not_made_a_place(nlp):
    assert _ents(nlp, "Jackson said the deal was done.").get("Jackson") != "GPE"


@pytest.mark.model
def test_plain_model_stays_plain(nlp):
    from belli.nlp.model import load_model

    assert "belli_entities" in nlp.pipe_names
    assert "belli_entities" not in load_model("en_core_web_sm").pipe_names


def test_words_yaml_reads_as_booleans_stay_words():
    """"off the coast": YAML 1.1 would read the preposition `off` as the boolean false."""
    locative = load_lexicon().locative
    assert "off" in locative and "false" not in locative
