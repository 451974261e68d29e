"""Acts wire copy tells in words the lexicon lacked, and in shapes the trigger finder
missed.

- Words: attacks in words ("railed against", "levelled criticism at", "is critical of"),
  a suit ("took X to court"), expulsions ("kicked out", "sent back"), groups put out of
  action ("broke up a cell", "dismantled a network", "dissolved the party"), an uprising
  ("rose up against"), penalties ("punishing X"), boarding a ship, exemptions from a
  levy and aid given out ("distributed relief"). Each keeps the objects or particles
  that make it an act: "the band broke up", "dissolved parliament", "passengers boarded"
  and "distributed dividends" code nothing.
- A "re-" verb does its act again ("rearrested"), for the acts the lexicon lists as
  `repeatable_acts`; other "re-" verbs keep their own sense.
- A relative clause with no relative word is about its noun: "the sanctions Washington
  has imposed on Moscow" imposes them (a count, "the number of attacks it carried
  out", tells no act); a verb coordinated before another shares its
  object ("lifting or reducing the sanctions").
- Custody, ousters and black lists ("held in solitary confinement", "caught by prison
  guards", "locked up", "clamped down", "removed the president from power", "toppled the
  government", "designated the militia a terrorist
  group"), climb-downs ("gave in", "repealed the law") and splits ("broke with
  Brussels"), each with the words that make it an act; people not allowed to leave,
  travel or speak are restricted (inspectors not allowed in are refused access); criticism met with, raised or
  voiced accuses, opposition met with rejects.
- "reiterated its CALL to the authorities to drop the charges", parsed with the call as
  the subject of "drop", is still a call the verb above repeats.

Each case is a sentence and its events for the given trigger words, written "TYPE
SOURCES>TARGETS" with country codes; the sentences are our own.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

from belli.events.triggers import _misparsed_governor

pytestmark = pytest.mark.model

WORDS_OF_ATTACK = [
    ("The Turkish president railed against the European Union on Monday.", {"railed"},
     ["ACCUSE TUR>EU"]),
    ("Venezuela's foreign minister railed against Washington over the new measures.",
     {"railed"}, ["ACCUSE VEN>USA"]),
    ("Football fans railed against the referee after the match.", {"railed"}, []),
    ("The Hungarian prime minister leveled sharp criticism at the European Commission.",
     {"criticism"}, ["ACCUSE HUN>EU"]),
    ("Beijing has levelled a string of accusations against Washington.", {"accusations"},
     ["ACCUSE CHN>USA"]),
    ("Engineers leveled the ground near the Polish border.", {"leveled"}, []),
    ("The Kenyan government is highly critical of the United Nations refugee agency.",
     {"critical"}, ["ACCUSE KEN>UN"]),
    ("The Polish minister was critical of the German government.", {"critical"},
     ["ACCUSE POL>DEU"]),
    ("A Nigerian soldier is in critical condition in Lagos.", {"critical"}, []),
    ("Ukraine took Russia to the International Court of Justice.", {"took"},
     ["ACCUSE UKR>RUS"]),
    ("Chadian soldiers took the prisoners to a base near the border.", {"took"}, []),
]

EXPULSIONS = [
    ("Uganda kicked out two Kenyan journalists last week.", {"kicked"}, ["COERCE UGA>KEN"]),
    ("Tanzania kicked out the Zimbabwean opposition lawmakers.", {"kicked"},
     ["COERCE TZA>ZWE"]),
    ("The Brazilian striker was kicked out of the team.", {"kicked"}, []),
    ("Thailand sent 109 Uyghurs back to China.", {"sent"}, ["COERCE THA>?"]),
    # migrants are not of the state that sends them back (belli.events.unnamed_actors)
    ("Greek coast guards sent the migrants back to Turkey.", {"sent"}, ["COERCE GRC>?"]),
    ("Russia sent its ambassador back to Washington.", {"sent"}, []),
]

GROUPS_PUT_DOWN = [
    ("Moroccan police broke up a militant cell in Fez.", {"broke"}, ["COERCE MAR>MAR"]),
    ("Spanish police dismantled a jihadist network in Barcelona.", {"dismantled"},
     ["COERCE ESP>ESP"]),
    ("The Thai court dissolved the main opposition party.", {"dissolved"},
     ["COERCE THA>THA"]),
    ("The Irish rock band broke up in 1970.", {"broke"}, []),
    ("Iran dismantled some of its centrifuges.", {"dismantled"}, []),
    ("The Thai king dissolved parliament and called elections.", {"dissolved"}, []),
]

OTHER_ACTS = [
    ("Sudanese protesters rose up against the military government.", {"rose"},
     ["PROTEST SDN>SDN"]),
    ("Iraqi villagers revolted against the governor of Basra.", {"revolted"},
     ["PROTEST IRQ>IRQ"]),
    ("The price of Brazilian coffee rose against the dollar.", {"rose"}, []),
    ("The United States is punishing China over trade.", {"punishing"}, ["SANCTION USA>CHN"]),
    ("Two Russian officers were punished for the looting.", {"punished"}, []),
    ("Washington levied a 25% tariff on Chinese steel.", {"tariff"}, ["SANCTION USA>CHN"]),
    ("The Cambodian journalist is not allowed to leave the country.", {"allowed"},
     ["COERCE >KHM"]),
    ("Belarus did not allow the opposition leader to travel abroad.", {"allow"},
     ["COERCE BLR>BLR"]),
    ("Iran did not allow U.N. inspectors to enter the site.", {"allow"}, ["REJECT IRN>UN"]),
    ("Chinese coast guard officers boarded a Philippine fishing boat.", {"boarded"},
     ["COERCE CHN>PHL"]),
    ("Filipino passengers boarded a ferry to Manila.", {"boarded"}, []),
    ("Washington exempted Canadian cars from the tariffs.", {"exempted"},
     ["CONCEDE USA>CAN"]),
    ("The White House exempted the duties on Mexican vehicles.", {"exempted"},
     ["CONCEDE USA>MEX"]),
    ("Turkish charities distributed relief supplies in northern Syria.", {"distributed"},
     ["AID TUR>SYR"]),
    ("The Japanese carmaker distributed its dividends to shareholders.", {"distributed"}, []),
]

CUSTODY_AND_OUSTERS = [
    # (who holds him is the state he is held in: `place_targets.detainer_at_place`)
    ("The publisher has been held in solitary confinement in Hong Kong since 2020.",
     {"held"}, ["COERCE HKG>HKG"]),
    ("Iran held talks with Iraq in a Baghdad prison.", {"talks"}, ["CONSULT IRN>IRQ"]),
    ("The escaped inmates were caught by Haitian prison guards.", {"caught"},
     ["COERCE HTI>"]),
    ("Two Ukrainian soldiers were caught in the crossfire.", {"caught"}, []),
    ("In April, the Sudanese military removed the president from power.", {"removed"},
     ["COERCE SDN>SDN"]),
    ("Ukrainian workers removed the rubble from the street.", {"removed"}, []),
    ("The Sudanese army toppled the government of Omar al-Bashir.", {"toppled"},
     ["COERCE SDN>SDN"]),
    ("Protesters toppled a statue of the former Iraqi president in Baghdad.", {"toppled"},
     []),
    ("Belarusian police locked up hundreds of opposition supporters.", {"locked"},
     ["COERCE BLR>BLR"]),
    ("The Iranian government locked the doors of the embassy.", {"locked"}, []),
    ("The Iranian authorities clamped down on protests in Tehran.", {"clamped"},
     ["COERCE IRN>"]),
    ("Canada and Britain have designated the militia a terrorist group.", {"designated"},
     ["SANCTION CAN,GBR>?"]),
    ("The ruling party designated the senator as its candidate.", {"designated"}, []),
]

CLIMB_DOWNS_AND_SPLITS = [
    ("Some Malawian parents gave in and cut their children's hair.", {"gave"},
     ["CONCEDE MWI>"]),
    ("The Sudanese cabinet repealed the public order law.", {"repealed"}, ["CONCEDE SDN>"]),
    ("EU member states broke with Brussels over border controls.", {"broke"}, ["REJECT EU>"]),
    ("The Italian government broke with tradition.", {"broke"}, []),
    ("The Malawian government started relief operations in the south.", {"operations"},
     ["AID MWI>"]),
]

DISAPPROVAL = [
    ("The Indian move met with criticism from Pakistan.", {"met"}, ["ACCUSE PAK>IND"]),
    ("The Malaysian submission met with opposition from China.", {"met"},
     ["REJECT CHN>MYS"]),
    ("Japan met with South Korea in Seoul.", {"met"}, ["CONSULT JPN>KOR"]),
    ("The Philippine government raised objections to the Chinese plan.", {"raised"},
     ["ACCUSE PHL>CHN"]),
    ("Germany voiced criticism of the Polish government.", {"voiced"}, ["ACCUSE DEU>POL"]),
    ("The decision raised concerns among investors.", {"raised"}, []),
]

REPEATED_ACTS = [
    ("Egyptian police rearrested the activist a day after his release.", {"rearrested"},
     ["COERCE EGY>EGY"]),
    ("Moscow reimposed sanctions on Georgia in July.", {"sanctions"},
     ["SANCTION RUS>GEO"]),
    # "resigned" is no signing again, "researched" no search
    ("Iraqi scientists researched the Syrian border region.", {"researched"}, []),
]

RELATIVES = [
    ("Officials hinted at lifting the sanctions Washington has imposed on Moscow.",
     {"sanctions"}, ["SANCTION USA>RUS"]),
    ("The tariffs Beijing imposed on Canberra hurt Australian winemakers.", {"tariffs"},
     ["SANCTION CHN>AUS"]),
    ("The Kenyan officials who imposed on their hosts left Addis Ababa.", {"imposed"}, []),
    # a count of acts is no act
    ("The Malian militia doubled the number of attacks it carried out in Burkina Faso.",
     {"attacks"}, []),
]

# two verbs coordinated on one object: the first acts on it too
SHARED_OBJECTS = [
    ("Japan is lifting or easing the sanctions on Iran.", {"lifting"}, ["CONCEDE JPN>IRN"]),
    ("Japan is studying or easing the sanctions on Iran.", {"studying"}, []),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), WORDS_OF_ATTACK)
def test_attacks_in_words_and_suits_accuse(nlp_pipeline, text: str, triggers: set[str],
                                           expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), EXPULSIONS)
def test_people_kicked_out_or_sent_back_are_expelled(nlp_pipeline, text: str,
                                                     triggers: set[str],
                                                     expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), GROUPS_PUT_DOWN)
def test_groups_broken_up_or_dissolved_are_coerced(nlp_pipeline, text: str,
                                                   triggers: set[str],
                                                   expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), OTHER_ACTS)
def test_uprisings_penalties_exemptions_and_aid_given_out(nlp_pipeline, text: str,
                                                         triggers: set[str],
                                                         expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), REPEATED_ACTS)
def test_a_re_verb_does_a_listed_act_again(nlp_pipeline, text: str, triggers: set[str],
                                           expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), RELATIVES)
def test_a_relative_with_no_relative_word_acts_on_its_noun(nlp_pipeline, text: str,
                                                          triggers: set[str],
                                                          expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), CUSTODY_AND_OUSTERS)
def test_custody_captures_ousters_and_black_lists(nlp_pipeline, text: str,
                                                 triggers: set[str],
                                                 expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), CLIMB_DOWNS_AND_SPLITS)
def test_climb_downs_splits_and_relief(nlp_pipeline, text: str, triggers: set[str],
                                       expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), SHARED_OBJECTS)
def test_a_verb_coordinated_before_another_shares_its_object(nlp_pipeline, text: str,
                                                            triggers: set[str],
                                                            expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.parametrize(("text", "triggers", "expected"), DISAPPROVAL)
def test_criticism_met_with_raised_or_voiced_accuses(nlp_pipeline, text: str,
                                                              triggers: set[str],
                                                              expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


def _call_parsed(root_of_clause: bool) -> list:
    """"The group repeated its call on the authorities to free them", parsed with "call"
    as the subject of "free"; "free" is the object clause of "repeated", or, where
    `root_of_clause`, the sentence's root."""
    import spacy
    from spacy.tokens import Doc

    words = ["The", "group", "repeated", "its", "call", "on", "the", "authorities", "to",
             "free", "them"]
    heads = [1, 2, 2, 4, 9, 4, 7, 5, 9, 2, 9]
    deps = ["det", "nsubj", "ROOT", "poss", "nsubj", "prep", "det", "pobj", "aux", "ccomp",
            "dobj"]
    if root_of_clause:
        heads[1], heads[2], heads[9] = 9, 9, 9
        deps[2], deps[9] = "dep", "ROOT"
    pos = ["DET", "NOUN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PART", "VERB", "PRON"]
    return list(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos))


def test_a_call_parsed_as_its_clause_subject_is_governed_by_the_verb_above() -> None:
    tokens = _call_parsed(root_of_clause=False)
    governor = _misparsed_governor(tokens[4])
    assert governor is not None and governor.i == 2
    assert _misparsed_governor(tokens[1]) is None  # "the group" is no misparsed noun
    tokens = _call_parsed(root_of_clause=True)
    assert _misparsed_governor(tokens[4]) is None
