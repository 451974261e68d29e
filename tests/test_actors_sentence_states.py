"""The per-document index of the states each sentence names, read when a group with no
country looks a few sentences back (belli.actors.group_country)."""

from __future__ import annotations

from types import SimpleNamespace

from belli.actors.coref import _body_named_before
from belli.actors.group_country import SentenceStates
from belli.records import Actor, Mention

_KB = SimpleNamespace(countries={"FRA", "DEU", "ESP"})


def _mention(start: int, sentence: int | None, *actors: Actor) -> Mention:
    return Mention(doc_id="d", start=start, end=start + 4, text="Name", label="GPE",
                   sentence=sentence, actors=actors)


def _span(sentence_start: int) -> SimpleNamespace:
    return SimpleNamespace(sent=SimpleNamespace(start_char=sentence_start))


def test_a_sentence_lists_the_states_its_mentions_name_but_not_people_or_bodies():
    mentions = [_mention(0, 0, Actor(text="France", country="FRA")),
                _mention(10, 0, Actor(text="Merkel", country="DEU", person="Merkel")),
                _mention(20, 0, Actor(text="the UN", country="IGOUNO")),
                _mention(40, 1, Actor(text="Spain", country="ESP"))]
    index = SentenceStates.of(mentions, [_span(0), _span(0), _span(0), _span(35)], _KB)
    assert index.of_sentence(0) == {"FRA"}
    assert index.of_sentence(1) == {"ESP"}
    assert index.of_sentence(2) == set()


def test_a_sentence_starts_where_its_first_mention_with_a_span_says():
    mentions = [_mention(0, 3), _mention(8, 3), _mention(30, None)]
    index = SentenceStates.of(mentions, [None, _span(5), _span(25)], _KB)
    assert index.starts == {3: 5}


def test_the_group_refers_to_the_nearest_body_in_whatever_order_bodies_come():
    near = _mention(50, 1, Actor(text="the Front", country="FRA", sector="REB"))
    far = _mention(10, 0, Actor(text="the League", country="DEU", sector="REB"))
    span = SimpleNamespace(start_char=80, end_char=89, text="the group")
    bodies = [(near, near.actors[0]), (far, far.actors[0])]
    found = _body_named_before(span, "d", bodies, sentence=2)
    assert [a.country for m in found for a in m.actors] == ["FRA"]
