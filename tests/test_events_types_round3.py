"""A cooperation its doer says it will not do is a refusal (REJECT), while one that only
did not happen, or that others say will not, keeps its own type, negated; the words of swearing, which vow or pledge
as "vow" does; and words whose type what is done with them decides (patrols stepped up,
a power granted) (`events.rules.v1`). Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, trigger_types


def _coded(pipeline, text: str, trigger: str) -> list[tuple[str, str | None, bool]]:
    """Type, intent and negation of the events at one trigger word."""
    return [(e.type, e.intent, e.negated) for e in analyse(pipeline, text).events
            if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger", "intent"), [
    ("Germany will not send tanks to Ukraine, Scholz said.", "send", "AID"),
    ("Finland will not negotiate with Moscow, the Finnish president said.", "negotiate",
     "CONSULT"),
    ("The Kremlin said it would not negotiate with Kyiv.", "negotiate", "CONSULT"),
    ("Russia won't withdraw its troops from Moldova, Lavrov said.", "withdraw", "RETREAT"),
    ("Obama said he would not give permission to Moscow.", "give", "CONCEDE"),
    ("Azerbaijan will never negotiate with the separatists, Aliyev said.", "negotiate",
     "CONSULT"),
])
def test_a_cooperation_its_doer_will_not_do_is_refused(nlp_pipeline, text: str,
                                                      trigger: str, intent: str) -> None:
    assert _coded(nlp_pipeline, text, trigger) == [("REJECT", intent, False)]


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # it only did not happen: no one refuses anything
    ("Greece did not send aid to Turkey last year.", "send", "AID"),
    # the passive names no one who refuses
    ("Brazilian peacekeepers will not be sent to Haiti this year.", "sent", "AID"),
    # a force that will not be used is no cooperation refused
    ("Iran will not attack Israel, the minister said.", "attack", "ASSAULT"),
])
def test_an_act_that_will_not_or_did_not_happen_keeps_its_type(nlp_pipeline, text: str,
                                                               trigger: str, kind: str) -> None:
    assert [(t, negated) for t, _, negated in _coded(nlp_pipeline, text, trigger)] == [
        (kind, True)]


def test_what_others_expect_not_to_happen_is_no_refusal(nlp_pipeline) -> None:
    found = _coded(nlp_pipeline, "Analysts believe China will not recognize Taiwan.",
                   "recognize")
    assert all(kind != "REJECT" for kind, _, _ in found)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # reports and a foreign voice tell what a state will not do; it refuses nothing
    ("Reports suggest Chile will not send aid to Bolivia.", "send", "AID"),
    ("Russian media said Finland would not negotiate with Moscow.", "negotiate", "CONSULT"),
])
def test_a_refusal_told_by_others_is_no_refusal(nlp_pipeline, text: str, trigger: str,
                                               kind: str) -> None:
    assert [(t, negated) for t, _, negated in _coded(nlp_pipeline, text, trigger)] == [
        (kind, True)]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The Taliban swore to kill any foreign soldier in Kandahar.", "swore", "THREATEN"),
    ("The two leaders swore to cooperate against drug smuggling.", "swore", "AGREE"),
    ("Kurdish tribes swore allegiance to the Syrian government.", "swore", "SUPPORT"),
    ("The militia leaders swore loyalty to the president.", "swore", "SUPPORT"),
])
def test_swearing_to_act_vows_it(nlp_pipeline, text: str, word: str, kind: str) -> None:
    assert trigger_types(nlp_pipeline, text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    # patrols ordered or stepped up put more forces out; a patrol only told of does not
    ("The governor ordered patrols by police in the old city.", "patrols", "MOBILIZE"),
    ("Turkey stepped up patrols along the Syrian border.", "patrols", "MOBILIZE"),
    ("A Russian patrol came under fire near the village.", "patrol", None),
    ("Russian and Turkish troops held a joint patrol near Kobani.", "patrol", "COOPERATE"),
    # a power or a right granted is no act; a permission granted concedes
    ("The council gave the rebels veto power over the plan.", "gave", None),
    ("Germany gave Poland permission to send the tanks.", "gave", "CONCEDE"),
])
def test_what_the_word_is_done_with_decides_its_type(nlp_pipeline, text: str, word: str,
                                                     kind: str | None) -> None:
    assert trigger_types(nlp_pipeline, text).get(word) == kind


@pytest.mark.parametrize(("text", "word", "kind"), [
    # what a state does not let happen it withholds: a restriction
    ("Hungary has not allowed exports of Ukrainian grain.", "allowed", "COERCE"),
    ("The government has not allowed the radio to broadcast its news.", "allowed", "COERCE"),
    ("Belgrade did not permit the sale of the land.", "permit", "COERCE"),
    # a request or a proposal not allowed is refused, as is access (allowed, it is yielded)
    ("Serbia did not permit the Kosovo delegation to enter.", "permit", "REJECT"),
    ("The court did not allow Armenia's appeal.", "allow", "REJECT"),
    ("Hungary did not allow the proposal to pass.", "allow", "REJECT"),
    # what it will not allow is a warning
    ("Iran said it will not allow any attack on its soil.", "allow", "THREATEN"),
])
def test_what_is_not_allowed_is_withheld_or_refused(nlp_pipeline, text: str, word: str,
                                                    kind: str) -> None:
    assert trigger_types(nlp_pipeline, text).get(word) == kind


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # training one's own forces builds them up; training another state's helps it
    ("North Korea has trained more than 500 computer hackers.", "trained", "MOBILIZE"),
    ("Ukraine trains new brigades.", "trains", "MOBILIZE"),
    ("Turkey trained Azerbaijani special forces.", "trained", "AID"),
    ("The United States trained soldiers in Kenya.", "trained", "AID"),
    # a named hand arms someone; "armed with" only tells what they carry
    ("Iran armed the Houthis with missiles.", "armed", "AID"),
    # arming one's own forces, or oneself, builds them up
    ("Poland armed its border guards with rifles.", "armed", "MOBILIZE"),
    ("The United States is arming itself with new missiles.", "arming", "MOBILIZE"),
])
def test_who_is_trained_or_armed_decides_the_type(nlp_pipeline, text: str, trigger: str,
                                                  kind: str) -> None:
    assert [t for t, _, _ in _coded(nlp_pipeline, text, trigger)] == [kind]


@pytest.mark.parametrize("text", [
    # the parser makes the fighters the object of "armed": with no arming hand named,
    # the object alone must not make it aid
    "A refugee camp was attacked by militiamen armed with machetes.",
    "The gunmen, armed with rifles, stormed the hotel in Mogadishu.",
    "Rebels armed with Iranian rockets shelled the town.",
])
def test_forces_armed_with_weapons_are_described_not_armed(nlp_pipeline, text: str) -> None:
    assert "armed" not in trigger_types(nlp_pipeline, text)
    assert all(e.trigger != "armed" for e in analyse(nlp_pipeline, text).events)


def test_an_own_type_must_be_a_plover_type(monkeypatch) -> None:
    from belli.errors import KnowledgeBaseError
    from belli.events import lexicon as lexicon_module

    text = "verbs:\n  train: {type: AID, own: DRILL}\n"
    monkeypatch.setattr(lexicon_module, "_text", lambda name: text if name == "lexicon.yaml"
                        else lexicon_module._packaged(name))
    lexicon_module.load_lexicon.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError, match="own 'DRILL'"):
            lexicon_module.load_lexicon()
    finally:
        lexicon_module.load_lexicon.cache_clear()


def test_forces_of_no_named_state_trained_are_the_doers_own(nlp_pipeline) -> None:
    text = "Iran has trained hundreds of drone pilots able to strike Israel, Israeli officials say."
    assert [t for t, _, _ in _coded(nlp_pipeline, text, "trained")] == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "accused"), [
    ("Moscow said Ukrainian drones illegally entered Russian airspace.", "UKR"),
    ("China said two US warships had sailed into its waters without permission.", "USA"),
])
def test_saying_an_actor_acted_unlawfully_accuses_it(nlp_pipeline, text: str,
                                                     accused: str) -> None:
    found = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "said"]
    assert [(e.type, {a.country for a in e.target}) for e in found] == [("ACCUSE", {accused})]


@pytest.mark.parametrize("text", [
    # a lawful act reported is no charge
    "Kenya said Somali troops crossed the border.",
    # a wrong denied is no charge
    "Beijing said the US warships had not sailed illegally.",
    # a speaker telling its own side's act confesses, it charges no one
    "Kenya said it entered Somalia without approval from parliament.",
    "Israel said its jets had flown over Lebanon without any permission.",
    "Lavrov said Russian troops had entered Georgia illegally.",
])
def test_a_reported_act_not_called_unlawful_is_no_charge(nlp_pipeline, text: str) -> None:
    assert all(e.trigger != "said" for e in analyse(nlp_pipeline, text).events)


@pytest.mark.parametrize(("text", "kinds"), [
    # the month is when, not a protest march
    ("Russian and Ukrainian officials held talks in March.", {"CONSULT"}),
    ("On March 3, Kenyan police arrested ten protesters in Nairobi.", {"COERCE"}),
    # a month a light verb governs is no object that gives it its type
    ("The elections were held in March across Nigeria.", set()),
    ("Talks between Serbia and Kosovo resumed in March in Brussels.", {"CONSULT"}),
    # a march joined or held is one
    ("Thousands of Kenyans joined a march in Nairobi.", {"PROTEST"}),
    ("The students held a march in Dakar in May.", {"PROTEST"}),
])
def test_a_word_of_a_date_codes_no_event(nlp_pipeline, text: str, kinds: set[str]) -> None:
    assert {e.type for e in analyse(nlp_pipeline, text).events} == kinds


@pytest.mark.parametrize(("text", "kind"), [
    # a ruler handing over power steps down; a state handing over suspects cooperates
    ("The junta handed over power to a civilian government.", "RETREAT"),
    ("Sudan handed over the suspects to the ICC.", "COOPERATE"),
])
def test_what_is_handed_over_decides_the_type(nlp_pipeline, text: str, kind: str) -> None:
    assert trigger_types(nlp_pipeline, text).get("handed") == kind
