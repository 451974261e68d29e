"""The target of an accusation is whoever did the act it condemns, harm or not, wherever
the sentence puts that act: after "as" ("denounced AS A CRIME the Peruvian crackdown"),
as the subject of a verdict ("said Peru's supply of rifles WAS UNACCEPTABLE"), as the
subject of a converse verb ("the shelling ... DREW CONDEMNATION"), in a verdict noun
whose possessor is the accuser ("Chile's criticism of the arrests BY Peruvian police"), or
with the blame laid in a relative clause ("the bombing, which it BLAMED ON Peru").
An act whose doer the sentence does not name leaves the target empty: whom the act is
aimed at ("a threat TO Bolivia") is its victim, never the accused.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model

FIRES = [
    # the act the verdict verb condemns is parsed into its "as" phrase
    ("Norway denounced as a crime Sweden's crackdown on the strikers.", ["ACCUSE NOR>SWE"]),
    ("Chile condemned as unacceptable the Peruvian shelling of the border post.",
     ["ACCUSE CHL>PER"]),
    # the act is the subject of the verdict a verb of speech reports
    ("Chile said Peru's supply of rifles to the rebels was unacceptable.", ["ACCUSE CHL>PER"]),
    ("Chile said the deployment of Peruvian troops on the island was unacceptable.",
     ["ACCUSE CHL>PER"]),
    # the act is the subject of a converse verb of reaction
    ("The shelling of the border post by Peruvian troops drew condemnation from Chile.",
     ["ACCUSE CHL>PER"]),
    # the act's "by" hung on the verdict noun, whose possessor is the accuser
    ("Chile's criticism of the arrests of reporters by Peruvian police angered Lima.",
     ["ACCUSE CHL>PER"]),
    # a relative clause lays the blame for the act
    ("Chile condemned the bombing of its embassy, which it blamed on Peruvian militants.",
     ["ACCUSE CHL>PER"]),
    ("Chile condemned the killing of its envoy, which it blamed on Peru.", ["ACCUSE CHL>PER"]),
]

MUST_NOT = [
    # the act's doer is not named: no one is guessed
    ("Chile said the supply of rifles to the rebels was unacceptable.", ["ACCUSE CHL>"]),
    ("Chile denounced the decision as a crime.", ["ACCUSE CHL>"]),
    ("Chile condemned the killing of its envoy, who had served in Lima.", ["ACCUSE CHL>"]),
    # whom an act called a wrong is aimed at is its victim, not the accused
    ("Chile says the missiles pose a threat to Bolivia.", ["ACCUSE CHL>"]),
    ("Chile said the drills were a provocation against Bolivia.", ["ACCUSE CHL>"]),
    ("Chile says the Peruvian missiles pose a threat to Bolivia.", ["ACCUSE CHL>PER"]),
    # with no possessor, "by" after the act may name who condemns: never the target
    ("The condemnation of the shelling by the European Union was swift.", ["ACCUSE EU>"]),
    # an "as" with no noun names no act: the verdict stands, aimed at what it is about
    ("The strike was condemned as illegal by Chile.", ["ACCUSE CHL>"]),
    ("Chile's move was denounced as unacceptable by Peru.", ["ACCUSE PER>CHL"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRES + MUST_NOT)
def test_an_accusation_is_aimed_at_the_doer_of_the_act_it_condemns(
        nlp_pipeline, text: str, expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == expected


# three sentences of fighting between a state's army and rebels
_FIGHTING = ("Malian troops clashed with rebels near Gao. Rebel fighters attacked an army "
             "base in the north. Army helicopters bombed rebel camps on Sunday. ")


def _charged(pipeline, text: str) -> list[set[str | None]]:
    """The sectors each ACCUSE of the text, told after the fighting, is aimed at."""
    return [{a.sector for a in e.target} for e in analyse(pipeline, _FIGHTING + text).events
            if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The United Nations says both sides have committed grave abuses.",
    "Rights groups said the two sides had committed war crimes.",
])
def test_an_accusation_of_both_sides_is_aimed_at_the_sides_of_the_fighting(nlp_pipeline, text):
    assert _charged(nlp_pipeline, text) == [{"MIL", "REB"}]


def test_an_accusation_of_all_sides_names_no_fight(nlp_pipeline):
    """"all" is no word of war: the accusation is left with no target."""
    text = "The United Nations says all sides have committed grave abuses."
    assert _charged(nlp_pipeline, text) == [set()]


# the act's doer hung on the verdict noun ("Chile's condemnation of the arrests BY PERU")
_VERDICT_BY = "Chile's condemnation of the arrests by Peru was swift."


def test_a_doer_hung_on_the_verdict_noun_is_the_target(nlp_pipeline):
    assert sides(nlp_pipeline, _VERDICT_BY, {"ACCUSE"}) == ["ACCUSE CHL>PER"]


def test_a_place_hung_on_the_verdict_noun_is_no_doer(nlp_pipeline, monkeypatch):
    """The verdict noun's "by" is filtered as the act's own doers are: where it names a
    place (here the parse of "Peru" is made a place), it names no one who did the act."""
    from belli.events import victims
    from belli.events.participants import Found

    phrase = victims.Participants.phrase

    def as_place(self, head, *, places=False):
        found = phrase(self, head, places=places)
        return [Found(f.actor, f.mention_id, "place") if head.text == "Peru" else f
                for f in found]

    monkeypatch.setattr(victims.Participants, "phrase", as_place)
    assert sides(nlp_pipeline, _VERDICT_BY, {"ACCUSE"}) == ["ACCUSE CHL>"]


def test_a_victim_hung_on_the_verdict_noun_is_no_doer(nlp_pipeline, monkeypatch):
    """Nor is one the act was done to (here "Peru" is made the arrests' victim)."""
    from belli.events import victims

    def peru_harmed(act, people, preps):
        return [f for t in act.doc if t.text == "Peru" for f in people.phrase(t)]

    monkeypatch.setattr(victims, "_victims", peru_harmed)
    monkeypatch.setattr(victims, "_harmful", lambda token: True)
    assert sides(nlp_pipeline, _VERDICT_BY, {"ACCUSE"}) == ["ACCUSE CHL>"]
