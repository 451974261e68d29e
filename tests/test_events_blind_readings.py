"""How blind readers code what belli read otherwise (the golden files of 2026-12-06).

Each case is one of our own sentences in wire style and the events of the given trigger
words, written "TYPE SOURCES>TARGETS" with country codes; each rule has a case where it
holds and one, as like it as can be, where it must not.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

CASES = [
    # a past participle hung on a clause is passive: its subject is whom it is done to
    ("A senior al-Shabab commander is dead, killed in an air strike on Monday.", {"killed"},
     ["ASSAULT >SOM"]),
    ("Backed by Russia, the Syrian army attacked the rebels.", {"Backed"},
     ["SUPPORT RUS>SYR"]),
    ("If attacked by Azerbaijan, Armenia will respond.", {"attacked"}, ["ASSAULT AZE>ARM"]),
    # ... which, with no doer, is a condition in the passive, as "if it is attacked" is
    ("If attacked, Armenia will respond.", {"attacked"}, []),
    ("Armenia will defend its territory if attacked, the minister said.", {"attacked"}, []),
    # ... and, after a clause with an object, may tell of that object
    ("Police in Moscow arrested the protesters, accused of vandalism by Russia's courts.",
     {"accused"}, ["ACCUSE RUS>"]),
    # ... but not where its "by" names no one: a thing's effect tells no act
    ("Encouraged by the warm reception, Chinese leaders urged AI firms to expand.",
     {"Encouraged"}, []),
    # a condemning word on another side's act, anywhere in what a speaker says, accuses it
    (("Canada's foreign minister said, \"We will keep helping Ukraine in the face of Russia's "
     "illegal aggression.\""), {"said"}, ["ACCUSE CAN>RUS"]),
    (("Russia's foreign minister said, \"We will keep helping our allies in the face of our "
     "illegal isolation.\""), {"said"}, []),
    # ... only the speaker's own words: not another's claim or statement told of, nor the
    # speaker's own side's deed
    ("The EU said it rejected Russia's claims of Ukraine's illegal attacks on civilians.",
     {"said"}, []),
    ("Hungary said the EU statement on Russia's illegal annexation of Crimea was one-sided.",
     {"said"}, []),
    (("Azerbaijan said Armenia's illegal occupation had ended and Azerbaijan's illegal "
     "blockade was a myth."), {"said", "blockade"}, ["ACCUSE AZE>ARM", "COERCE AZE>"]),
    # ... the first deed condemned, in the order of the text
    (("Zelensky said Ukraine would resist Russia's illegal aggression and Belarus's unlawful "
     "provocations."), {"said"}, ["ACCUSE UKR>RUS"]),
    # ... not where the owner undergoes the act
    ("Amnesty said the Russian journalist's illegal detention in Belarus had lasted a year.",
     {"said"}, []),
    # defying an authority, openly or not, is a wrong when another side tells it
    ("The United States said Iran is flagrantly defying the U.N. Security Council.", {"said"},
     ["ACCUSE USA>IRN"]),
    # quote marks around an adverb leave the subject on the auxiliary
    ("The United States said Iran is \u201cflagrantly\u201d defying the U.N. Security Council.",
     {"said"}, ["ACCUSE USA>IRN"]),
    # a legislature's trial of an official, and a body confirming a nomination
    ("Kenyan lawmakers impeached Deputy President Rigathi Gachagua.", {"impeached"},
     ["SANCTION KEN>KEN"]),
    # (the nominee, unnamed, is an actor with no country: "?")
    ("The Kenyan senate approved the nomination of the new defence minister.", {"approved"},
     ["SUPPORT KEN>?"]),
    # a commitment kept or left undone was made before
    ("In 2021, Iran stopped implementing its commitments under the nuclear deal.",
     {"commitments"}, []),
    # ... and one no longer honoured is refused, once (the sentence names no party to the
    # deal but Iran: no target)
    ("In 2021, Iran stopped implementing its commitments under the nuclear deal.", None,
     ["REJECT IRN>"]),
    ("The Russian army stopped firing at noon.", {"stopped"}, ["RETREAT RUS>"]),
    ("Iran made a commitment to Russia to buy more drones.", {"commitment"}, ["AGREE IRN>RUS"]),
    # a concern over a report is over what it reports; a rejection of one rejects its author
    ("Germany voiced alarm over a UN report on Sudanese army abuses.", {"voiced"},
     ["ACCUSE DEU>SDN"]),
    ("Russia rejected the UN report on its forces.", {"rejected"}, ["REJECT RUS>UN"]),
    # ... but an inquiry is the inquirer's act, and the concerned side is never its own target
    ("Canada voiced concern over China's probe into Canadian firms.", {"voiced"},
     ["ACCUSE CAN>CHN"]),
    ("The United States voiced concern over Iran's report on its enrichment.", {"voiced"},
     ["ACCUSE USA>IRN"]),
    # an act still needed is not done; one that had to be done was
    ("Barnier said, \"We need to talk to our neighbours in Germany about the border.\"",
     {"talk"}, []),
    ("Russia will need to withdraw its troops from Ukraine.", {"withdraw"}, []),
    ("Kenya had to evacuate its embassy in Sudan.", {"evacuate"}, ["RETREAT KEN>SDN"]),
    ("Kenya needed to evacuate its embassy in Sudan.", {"evacuate"}, ["RETREAT KEN>SDN"]),
    # acting alike is no march
    ("Russia and China are not marching in lockstep on Iran.", {"marching"}, []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), CASES)
def test_blind_readers_code_it_so(nlp_pipeline, text: str, triggers: set[str] | None,
                                  expected: list[str]) -> None:
    found = sides(nlp_pipeline, text, triggers=triggers)
    assert found == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # a meeting planned in the future tense is the meeting, future
    ("China will convene a meeting in Beijing with Iran and Russia on Friday.", "convene",
     "CONSULT"),
    ("Putin will meet Erdogan in Ankara next week.", "meet", "CONSULT"),
    # a conditional one stays a promise, as a planned act of another kind does
    ("Putin will meet Erdogan in Ankara if Turkey drops its demands.", "meet", "AGREE"),
    ("The CSTO said it would send a mission to Armenia.", "send", "AGREE"),
])
def test_a_planned_meeting_is_a_meeting(nlp_pipeline, text: str, trigger: str,
                                        kind: str) -> None:
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == trigger)
    assert event.type == kind
    assert "future" in event.aux


@pytest.mark.model
def test_meeting_a_commitment_is_no_meeting(nlp_pipeline) -> None:
    events = analyse(nlp_pipeline, "Russia will meet its commitments to India.").events
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.model
def test_a_city_of_several_words_is_read_whole(nlp_pipeline) -> None:
    """"New York City authorities" are New York's, not the English York's."""
    text = "The blogger posted videos critical of New York City authorities."
    mention = next(m for m in analyse(nlp_pipeline, text).mentions
                   if m.text == "New York City authorities")
    assert [a.country for a in mention.actors] == ["USA"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "country"), [
    # a city of several words, read whole before any word of it
    ("Salt Lake City police arrested the suspect.", "Salt Lake City police", "USA"),
    ("Long Beach police arrested the suspect.", "Long Beach police", "USA"),
    # one word the model reads as an adjective, with no adjective after it: still the city
    ("Nice police arrested two Russian spies.", "Nice police", "FRA"),
])
def test_the_city_of_a_body_gives_its_country(nlp_pipeline, text, wanted, country) -> None:
    mention = next(m for m in analyse(nlp_pipeline, text).mentions if m.text == wanted)
    assert [a.country for a in mention.actors] == [country]


@pytest.mark.model
def test_a_word_read_as_an_adjective_is_no_city(nlp_pipeline) -> None:
    """"Central European leaders" are no officials of Central, Kentucky."""
    text = "Central European populist leaders have long railed against Brussels."
    mention = next(m for m in analyse(nlp_pipeline, text).mentions
                   if m.text.startswith("Central European"))
    assert "USA" not in {a.country for a in mention.actors}
