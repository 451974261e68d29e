"""Event and actor scoring on hand-built gold records and belli events (no model)."""

from __future__ import annotations

import pytest

from belli.eval.actors import locate, predicted_actor, score_hand_actors
from belli.eval.events import align, gold_events, score_events
from belli.eval.gold import GoldRecord
from belli.records import Actor, Analysis, Article, Event, Mention


def _event(kind: str, source: tuple[Actor, ...] = (), target: tuple[Actor, ...] = ()) -> Event:
    return Event(doc_id="d", event_id=kind, type=kind, mode=None, quad=4, score=-10.0,
                 sentence="s", start=0, end=1, trigger="t", source=source, target=target)


def _analysis(text: str, events=(), mentions=()) -> Analysis:
    return Analysis(article=Article.from_text(text), events=tuple(events), mentions=tuple(mentions))


RUS_MIL = Actor(text="Russian troops", country="RUS", sector="MIL")
UKR = Actor(text="Ukraine", country="UKR")
UKR_GOV = Actor(text="Kyiv", country="UKR", sector="GOV")


def _cameo(text: str, *events: tuple[str, str, str]) -> GoldRecord:
    return GoldRecord("petr2:x", text, (), tuple(
        {"type": t, "scheme": "CAMEO", "source": s, "target": g} for t, s, g in events
    ), {})


def _metrics(dataset, pairs, actors=True):
    metrics, errors = score_events(dataset, pairs, actors=actors)
    return {m.name: m for m in metrics}, errors


def test_right_type_and_actors():
    record = _cameo("Russian troops shelled Ukraine.", ("190", "RUSMIL", "UKR"))
    m, errors = _metrics("petr2_gsr_validation", [(record, _analysis(record.text, [
        _event("ASSAULT", (RUS_MIL,), (UKR,))]))])
    assert m["events.type.accuracy"].value == 1.0
    assert m["events.detection.f1"].value == 1.0
    assert m["events.actors.source.country_sector"].value == 1.0
    assert m["events.actors.target.country"].value == 1.0
    assert m["events.actors.target.country_sector"].n == 0  # gold target has no sector
    assert errors == []


def test_zero_events_is_zero_recall_with_n():
    record = _cameo("Russian troops shelled Ukraine.", ("190", "RUSMIL", "UKR"))
    m, errors = _metrics("petr2_gsr_validation", [(record, _analysis(record.text))])
    assert m["events.detection.r"].value == 0.0
    assert m["events.detection.p"].value is None  # nothing predicted
    assert (m["events.type.accuracy"].value, m["events.type.accuracy"].n) == (0.0, 1)
    assert m["events.actors.source.country"].value == 0.0
    assert m["events.actors.own.country"].n == 0
    assert errors[0]["kind"] == "event_mismatch"


def test_wrong_type_still_scores_actors_of_the_aligned_event():
    record = _cameo("Russian troops shelled Ukraine.", ("190", "RUSMIL", "UKR"))
    m, _ = _metrics("petr2_gsr_validation", [(record, _analysis(record.text, [
        _event("COERCE", (RUS_MIL,), (UKR_GOV,))]))])
    assert m["events.type.accuracy"].value == 0.0
    assert m["events.by_type.COERCE.p"].value == 0.0
    assert m["events.actors.source.country"].value == 1.0
    assert m["events.actors.own.country"].value == 1.0  # both of belli's actors are right


def test_event_in_a_sentence_without_gold_events_is_a_false_detection():
    record = _cameo("The weather was fine.")
    m, _ = _metrics("petr2_gsr_validation", [(record, _analysis(record.text, [_event("AID")]))])
    assert (m["events.detection.p"].value, m["events.detection.p"].n) == (0.0, 1)


def test_statement_only_records_are_skipped():
    record = _cameo("Obama said things.", ("010", "USAGOV", "---"))
    m, _ = _metrics("petr2_gsr_validation", [(record, _analysis(record.text))])
    assert m["events.type.accuracy"].n == 0
    assert m["events.type.skipped_records"].value == 1.0


def test_cameo_dyads_of_one_meeting_are_one_compound_event():
    record = _cameo("The US, Russia, and Switzerland met yesterday",
                    ("040", "USA", "RUS"), ("040", "USA", "CHE"), ("040", "CHE", "USA"),
                    ("040", "RUS", "USA"), ("040", "RUS", "CHE"), ("040", "CHE", "RUS"))
    (event,), _ = gold_events(record, "cameo")
    assert sorted(a.code for a in event.source) == ["CHE", "RUS", "USA"]
    met = _event("CONSULT", tuple(Actor(text=c, country=c) for c in ("USA", "RUS", "CHE")),
                 tuple(Actor(text=c, country=c) for c in ("USA", "RUS", "CHE")))
    m, _ = _metrics("petr2_gsr_validation", [(record, _analysis(record.text, [met]))])
    assert (m["events.type.accuracy"].value, m["events.type.accuracy"].n) == (1.0, 1)
    assert m["events.actors.source.country"].value == 1.0


def test_alignment_prefers_same_type_then_shared_actors():
    gold, _ = gold_events(_cameo("x", ("190", "RUSMIL", "UKR"), ("040", "USA", "RUS")), "cameo")
    consult = _event("CONSULT", (Actor(text="US", country="USA"),), (RUS_MIL,))
    assault = _event("ASSAULT", (RUS_MIL,), (UKR,))
    pairs = align(gold, [consult, assault])
    assert [(g.type, p.type if p else None) for g, p in pairs] == [("ASSAULT", "ASSAULT"), ("CONSULT", "CONSULT")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"type": "BOMBING", "stage": "ACCOMPLISHED"}, ("ASSAULT", "explosives")),
        ({"type": "ATTACK", "stage": "THREATENED"}, ("THREATEN", "violence")),
        ({"type": "ROBBERY", "stage": "ACCOMPLISHED"}, ("COERCE", "seize")),
    ],
)
def test_muc4_incidents(raw, expected):
    (event,), _ = gold_events(GoldRecord("muc4:x", "t", (), (raw,), {}), "muc4")
    assert (event.type, event.mode) == expected


def test_muc4_detection_ignores_diplomatic_events():
    record = GoldRecord("muc4:x", "talks were held", (), (), {})
    m, _ = _metrics("muc4_dev", [(record, _analysis(record.text, [_event("CONSULT")]))], actors=False)
    assert m["events.detection.p"].n == 0
    assert "events.actors.source.country" not in m


@pytest.mark.parametrize(
    ("text", "actor_text", "found"),
    [
        ("Jordan and Britain agreed.", "Britain", "Britain"),
        ("NATO peacekeeping troops arrived.", "NATO  peacekeeping troops", "NATO peacekeeping troops"),
        ("U.S. and Russian negotiators return.", "U.S. ... negotiators", "U.S."),
        ("French and Egyptian warships sailed.", "French warships", "French"),
        ("Sierra Leonean and Liberian refugees fled.", "Sierra Leonean ... refugees", "Sierra Leonean"),
        ("Nothing to see.", "Isreal", None),
    ],
)
def test_locating_coders_actor_texts(text, actor_text, found):
    got = locate(text, actor_text)
    assert (text[got[0]:got[1]] if got else None) == found


def test_locate_prefers_the_occurrence_inside_a_gold_actor_span():
    text = "Palestinian police seized weapons from Palestinian armed groups."
    second = text.rindex("Palestinian")
    assert locate(text, "Palestinian", [(second, second + 25)])[0] == second


def test_predicted_actor_is_read_from_the_mention_overlapping_most():
    # "Egyptian President Hosni Mubarak said"
    egypt = Mention(doc_id="d", start=0, end=8, text="Egyptian", label="NORP",
                    actors=(Actor(text="Egyptian", country="EGY"),))
    mubarak = Mention(doc_id="d", start=19, end=32, text="Hosni Mubarak", label="PERSON",
                      actors=(Actor(text="Hosni Mubarak", country="EGY", sector="GOV"),))
    actor, _ = predicted_actor(0, 32, [egypt, mubarak])
    assert actor is not None and actor.sector == "GOV"


def test_hand_marked_actor_accuracy_counts_sector_only_where_coded():
    text = "Moscow sent troops to Georgia."
    record = GoldRecord("plover:x", text, (), ({
        "type": "MOBILIZE",
        "source": [{"actorText": "Moscow", "code": "RUS", "sector": "GOV"}],
        "target": [{"actorText": "Georgia", "code": "GEO"}],
    },), {})
    moscow = Mention(doc_id="d", start=0, end=6, text="Moscow", label="GPE",
                     actors=(Actor(text="Moscow", country="RUS", sector="GOV"),))
    georgia = Mention(doc_id="d", start=22, end=29, text="Georgia", label="GPE",
                      actors=(Actor(text="Georgia", country="USA"),))  # the US state: wrong
    metrics, errors = score_hand_actors([(record, _analysis(text, mentions=[moscow, georgia]))])
    by_name = {m.name: m for m in metrics}
    assert (by_name["actors.hand_marked.country"].value, by_name["actors.hand_marked.country"].n) == (0.5, 2)
    assert (by_name["actors.hand_marked.country_sector"].value,
            by_name["actors.hand_marked.country_sector"].n) == (1.0, 1)
    assert [e["gold"]["text"] for e in errors] == ["Georgia"]
