"""How blind readers code what belli read otherwise (the golden files of 2026-12-07).

Each case is one of our own sentences in wire style and the events of the given trigger
words, written "TYPE SOURCES>TARGETS" with country codes; each rule has a case where it
holds and one, as like it as can be, where it must not.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

CASES = [
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
@pytest.mark.parametrize(("text", "triggers", "expected"), CASES)
def test_blind_readers_code_it_so(nlp_pipeline, text: str, triggers: set[str] | None,
                                  expected: list[str]) -> None:
    found = sides(nlp_pipeline, text, triggers=triggers)
    assert found == expected
