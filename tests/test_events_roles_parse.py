"""Roles read from the parse, end to end with the model: fronted phrases that swallow the
subject, objects that do the act after "against"/"from"/"of", partners of drills, the
seller of a purchase, suppliers that place no one, venues that are no target. Each case
is a sentence and the events it must code ("TYPE SOURCES>TARGETS"), among others."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "types", "expected"), [
    # the parser joins the subject to the fronted phrase's place (belli.nlp.fronted)
    ("At talks in Astana, Russia, Turkey and Iran agreed on a new de-escalation zone.",
     {"AGREE"}, ["AGREE IRN,RUS,TUR>"]),
    ("During a visit to Cairo, Jordan and Egypt signed three cooperation deals.",
     {"AGREE"}, ["AGREE EGY,JOR>"]),
    # the object does the act after the preposition; a passive's subject does
    ("Pakistan thanked China for sending flood aid.", {"AID"}, ["AID CHN>"]),
    ("Washington barred Tehran from buying Russian jets.", {"AID"}, ["AID >IRN"]),  # negated
    # ... only of verbs that hold or judge their object: what is used or sent does nothing
    ("Russia used Iranian drones for attacking Kyiv.", {"ASSAULT"}, ["ASSAULT RUS>UKR"]),
    ("Russia mobilized troops for attacking Ukraine.", {"ASSAULT"}, ["ASSAULT RUS>UKR"]),
    # the act a purpose noun holds is aimed at, not done
    ("Moscow massed troops with the aim of seizing the capital.", {"ASSAULT"}, []),
    ("Venezuela was accused by Guyana of massing troops near the border.", {"MOBILIZE"},
     ["MOBILIZE VEN>"]),
    # a gerund with a possessor is read as a noun: the possessor acts
    ("The Azerbaijani army's shelling of Armenian positions continued.", {"ASSAULT"},
     ["ASSAULT AZE>ARM"]),
    # the act warned against is not done
    ("The Kremlin warned Helsinki against joining NATO.", {"COOPERATE"}, []),
    # one state's drills are a show of force; with a partner, cooperation
    ("China's military drills around Taiwan ended on Sunday.", {"MOBILIZE", "COOPERATE"},
     ["MOBILIZE CHN>TWN"]),
    ("Russia held naval drills with China in the Sea of Japan.", {"MOBILIZE", "COOPERATE"},
     ["COOPERATE RUS>CHN"]),
    ("Iran held large military exercises near its border with Azerbaijan.",
     {"MOBILIZE", "COOPERATE"}, ["MOBILIZE IRN>AZE"]),
    # the seller of a purchase, wherever the parser hangs its "from"
    ("India's purchase of S-400 air defence systems from Russia angered Washington.",
     {"AID"}, ["AID RUS>IND"]),
    ("Egypt's purchase of Rafale jets from France was completed in 2016.",
     {"AID"}, ["AID FRA>EGY"]),
    # troops deployed are what is moved, not a target placed by the sentence
    ("At a summit in Lisbon, NATO deployed more troops to Estonia.", {"MOBILIZE"},
     ["MOBILIZE NATO>EST"]),
    # a supplier's country is no clue to the users' ("militants" are not Iranian), nor
    # does it count among the countries that place unnamed groups: Yemen alone does
    (("Yemen's government reported heavy fighting in Marib. The militants struck the base "
      "with rockets supplied by Iran."), {"ASSAULT"}, ["ASSAULT YEM>"]),
    ("Militants struck the base with rockets supplied by Iran.", {"ASSAULT", "AID"},
     ["AID IRN>?", "ASSAULT ?>"]),
    # who died or was hurt in an attack is whom it hit
    ("Four Indian soldiers died in an attack by militants in Kashmir.", {"ASSAULT"},
     ["ASSAULT IND>IND"]),
    # the user of supplies named with "with" receives them, wherever "with" hangs
    ("Sudanese paramilitaries shelled the camp with mortars supplied by the Emirates.",
     {"AID"}, ["AID ARE>SDN"]),
    # a possessor with an "of" object acts: the condemnation is aimed at it
    ("Israel's killing of aid workers in Gaza drew condemnation from Britain.", {"ACCUSE"},
     ["ACCUSE GBR>ISR"]),
    # a venue is no target
    ("The ministers of India and Pakistan exchanged accusations at the UN General Assembly.",
     {"ACCUSE"}, ["ACCUSE IND,PAK>"]),
    # ... of words only: a strike at a gathering hits those gathered
    ("Israeli jets struck at a meeting of Hamas commanders.", {"ASSAULT"}, ["ASSAULT ISR>PSE"]),
    # (the bomber, an unidentified attacker, of the state where it acts)
    ("A suicide bomber struck at a ceremony of Afghan police cadets.", {"ASSAULT"},
     ["ASSAULT AFG>AFG"]),
    # a diplomatic protest sent or addressed to a state
    ("Vietnam sent a protest to China over the drilling rig.", {"ACCUSE", "PROTEST"},
     ["ACCUSE VNM>"]),
    ("Egyptian and Qatari mediators presented a new proposal to Israel and Hamas.",
     {"AGREE"}, ["AGREE EGY,QAT>ISR,PSE"]),
    # a vehicle that hits a mine is hit: its people are the victims, no one named attacks
    ("Three Malian soldiers were killed when their truck hit a landmine near Gao.",
     {"ASSAULT"}, ["ASSAULT >MLI"]),
    # a proposal answered is its maker's, whatever it is for or about
    ("Serbia accepted the EU proposal on Kosovo.", {"AGREE"}, ["AGREE SRB>EU"]),
    ("Kyiv rejected a Russian proposal on grain exports.", {"REJECT"}, ["REJECT UKR>RUS"]),
    # a deal a go-between brokered is the parties' own; one a state sponsored is its
    ("Israel and Hezbollah agreed to a ceasefire brokered by the United States.", {"AGREE"},
     ["AGREE ISR,LBN>"]),
    ("Armenia rejected a resolution sponsored by France.", {"REJECT"}, ["REJECT ARM>FRA"]),
    # a member suspended by its body; payments suspended to a party
    ("The African Union suspended Gabon after the coup.", {"SANCTION"}, ["SANCTION AU>GAB"]),
    ("Israel suspended the transfer of tax revenues to the Palestinian Authority.",
     {"SANCTION"}, ["SANCTION ISR>PSE"]),
    # only a deal's go-between: what a state arranged is its own
    ("Ukraine condemned the referendums arranged by Russia.", {"ACCUSE"}, ["ACCUSE UKR>RUS"]),
])
def test_roles_read_from_the_parse(nlp_pipeline, text, types, expected):
    assert sides(nlp_pipeline, text, types) == expected
