"""How blind readers code what belli read otherwise (the golden files of 2026-12-06 and
2026-12-07).

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


# from the golden files of 2026-12-07
LATER_CASES = [
    # support a thing has is given by whom its "of" names; a thing has no support of its own
    ("The proposed deal has the backing of India.", {"backing"}, ["SUPPORT IND>"]),
    ("The plan won the support of France and Germany.", {"support"}, ["SUPPORT DEU,FRA>"]),
    ("The plan will bring support for the claims.", {"support"}, []),
    # ... and an actor that has a treaty holds a standing tie, not an event
    ("Japan has a security treaty with the United States.", {"treaty"}, []),
    # an honour conferred on someone praises them; leaders conferring meet
    ("Mauritius conferred its highest civilian honour on Modi.", {"conferred"},
     ["SUPPORT MUS>IND"]),
    ("The king bestowed a medal on the French president.", {"bestowed"}, ["SUPPORT ?>FRA"]),
    ("Macron conferred with Scholz in Berlin.", {"conferred"}, ["CONSULT FRA>DEU"]),
    # a policy called a disaster or a betrayal is condemned; one called a success is not
    ("Jenrick, a British lawmaker, described the plan as a strategic disaster.",
     {"described"}, ["ACCUSE GBR>"]),
    ("The minister called the talks a success.", {"called"}, []),
    # ... and talks so named are not asked for, as "called for talks" asks
    ("Turkey called for talks with Russia.", {"called"}, ["REQUEST TUR>RUS"]),
    # a ban on imports cuts trade, as an embargo does; a ban on rallies restricts
    ("Britain may impose a ban on imports of hunting trophies.", {"ban"}, ["SANCTION GBR>"]),
    ("Britain imposed a ban on rallies.", {"ban"}, ["COERCE GBR>"]),
    # one of the countries a relative clause tells of is the copula's subject
    ("Canada and Belgium are among countries that have banned imports of trophies.",
     {"banned"}, ["SANCTION BEL,CAN>"]),
    ("Canada is not among the countries that have banned imports of trophies.", {"banned"},
     []),
    ("Kenya is one of the countries that have deployed police to Haiti.", {"deployed"},
     ["MOBILIZE KEN>HTI"]),
    # an act in the gerund that is discussed is the topic, not an act
    ("Modi is expected to discuss upgrading India's defence ties with Mauritius.",
     {"upgrading"}, []),
    ("Sudan and Chad held talks on ending the war.", {"ending"}, []),
    ("Modi upgraded India's defence ties with Mauritius.", {"upgraded"}, ["SUPPORT IND>MUS"]),
    # who acts during or on a visit makes it; a visit with no one acting on it is no one's
    ("Erdogan told reporters during a visit to Azerbaijan that talks went well.", {"visit"},
     ["CONSULT TUR>AZE"]),
    ("Talks went well during a visit to Azerbaijan.", {"visit"}, []),
    # ... not a host, nor one who comments on someone's visit
    ("Biden welcomed Netanyahu during a visit to Washington.", {"visit"}, []),
    ("Russia commented on a visit to Taiwan.", {"visit"}, []),
    # ... and whom one tells something in talks is whom they are with; not whom one shells
    ("Putin told Erdogan during talks in Sochi that the deal was over.", {"talks"},
     ["CONSULT RUS>TUR"]),
    ("Mexico's president told Trump in phone conversations that Mexico had acted.",
     {"conversations"}, ["CONSULT MEX>USA"]),
    # quote marks around an adjective leave the subject on it
    ("Trump said he was \u201cinclined\u201d to support the deal.", {"support"}, ["SUPPORT USA>"]),
    ("Trump said he was inclined to support the deal.", {"support"}, ["SUPPORT USA>"]),
    # a word linked inside a long name is no trigger; a headline's word is
    ("The U.N. Office for the Coordination of Humanitarian Affairs said aid was blocked.",
     {"Coordination"}, []),
    ("Russia Launches Attack on Ukraine", {"Attack"}, ["ASSAULT RUS>UKR"]),
    ("Dozens Killed in Attack on Kenyan Base", {"Attack"}, ["ASSAULT >KEN"]),
    # who holds people where no one is named is the state the act's own "in" puts them in
    ("A million people have been confined in internment camps in Xinjiang.", {"confined"},
     ["COERCE CHN>CHN"]),
    ("The American student Otto Warmbier was detained in North Korea in 2016.", {"detained"},
     ["COERCE PRK>USA"]),
    # ... not who holds captives, who captures fighters, or a place others hold
    ("Two Israeli hostages have been held in Gaza since October.", {"held"}, ["COERCE >ISR"]),
    ("Two Ukrainian soldiers were captured in Bakhmut.", {"captured"}, ["COERCE >UKR"]),
    ("Two Ukrainian activists were detained in Russian-occupied Crimea.", {"detained"},
     ["COERCE >UKR"]),
    # ... which a relative clause on the place does not make so
    ("An American student was detained in North Korea, which has held several Americans.",
     {"detained"}, ["COERCE PRK>USA"]),
    # a condemned deed's owner does it where an "of" names whom it was done to
    ("Turkey said, \"We condemn Israel's illegal killing of Palestinians.\"", {"said"},
     ["ACCUSE TUR>ISR"]),
    # ... not a place elsewhere in the clause
    ("Police said two Britons who had worked in Kenya were detained.", {"detained"},
     ["COERCE >GBR"]),
    # a participle on the act's noun names whom it aims at
    ("He said Trump's tariffs targeting Canada and Mexico hurt trade.", {"tariffs"},
     ["SANCTION USA>CAN,MEX"]),
    ("He said Trump's tariffs hurt trade with Canada.", {"tariffs"}, ["SANCTION USA>"]),
    # a measure adopted, kept or maintained is the adopter's
    ("Trump is keeping new tariffs in place on Mexico and China.", {"tariffs"},
     ["SANCTION USA>CHN,MEX"]),
    ("Washington maintained sanctions on Iran.", {"sanctions"}, ["SANCTION USA>IRN"]),
    ("Russia kept its troops in Belarus.", {"kept"}, []),
    # a court that rules an act unlawful condemns it, as a speaker who calls it so does
    (("The International Court of Justice ruled that Britain's rule of the islands was "
     "unlawful."), {"ruled"}, ["ACCUSE ICJ>GBR"]),
    ("Putin ruled Russia for two decades.", {"ruled"}, []),
    # going along with a deal backs it
    ("Trump said he was inclined to go along with the deal.", {"go"}, ["SUPPORT USA>"]),
    ("Russian troops will go to Mali.", {"go"}, []),
    ("Russian troops went along with Syrian forces into the town.", {"went"}, []),
    # a body approving a selection backs it
    ("Kenyan lawmakers approved the selection of the new deputy president.", {"approved"},
     ["SUPPORT KEN>?"]),
    # naming someone a propagandist or a spy accuses them
    ("Ukraine's security service identified him as a Russian spy.", {"identified"},
     ["ACCUSE UKR>"]),
    ("Ukraine's security service identified him as a Russian student.", {"identified"}, []),
    ("Ukrainian officials identified a new threat from Russia.", {"identified"}, []),
    # "them" never refers to whom its own clause's "they" refers to
    (("Separatists of the Balochistan Liberation Army stormed the train. At night, they "
     "picked out ten people and shot them."), {"shot"}, ["ASSAULT PAK>"]),
    # ... who may be whom they acted on before
    ("Russian troops captured Ukrainian fighters. They then executed them.", {"executed"},
     ["ASSAULT RUS>UKR"]),
    # restrictions on another's firms or trade cut business; on people they restrict
    ("The United States imposed restrictions on Chinese chipmakers.", {"restrictions"},
     ["SANCTION USA>CHN"]),
    ("Israel imposed restrictions on Palestinian workers.", {"restrictions"},
     ["COERCE ISR>PSE"]),
    ("Beijing imposed new restrictions on Chinese technology companies.", {"restrictions"},
     ["COERCE CHN>CHN"]),
    # money an agency received from no one named is a budget figure
    ("In 2020, the U.N. refugee agency in Kenya received $94 million.", {"received"}, []),
    ("Sudan received 50 million euros in humanitarian aid.", {"received"}, ["AID >SDN"]),
    ("Ukraine received $500 million from the World Bank.", {"received"}, ["AID WBG>UKR"]),
    # an act a plan is for is proposed, not done
    ("The EU proposed a plan for rearming Europe and supporting Ukraine.", {"supporting"}, []),
    ("The EU is rearming Europe and supporting Ukraine.", {"supporting"}, ["SUPPORT EU>UKR"]),
    # a refusal to take part in another's thing is aimed at its owner, not at one's own
    ("Hungary has declined to participate in the EU migrant-sharing plan.", {"declined"},
     ["REJECT HUN>EU"]),
    ("Russia refused to withdraw its troops.", {"refused"}, ["REJECT RUS>"]),
    # a deal's phrase names its partner where the sentence names no other; not a relative
    # clause on it
    ("Britain is seeking to finalize a deal on handing the islands to Mauritius.",
     {"finalize"}, ["AGREE GBR>MUS"]),
    ("Kenya signed a deal that sends police to Haiti.", {"signed"}, ["AGREE KEN>"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), CASES + LATER_CASES)
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
