"""The per-document index of the states each sentence names, read when a group with no
country looks a few sentences back (belli.actors.group_country)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.actors.body_nouns import body_named_before
from belli.actors.group_country import SentenceStates
from belli.records import Actor, Article, Mention

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
    found = body_named_before(span, "d", bodies, sentence=2)
    assert [a.country for m in found for a in m.actors] == ["FRA"]


@pytest.mark.model
def test_office_holders_share_one_index_per_pass(nlp_pipeline, monkeypatch):
    """Each office holder asks the passage for a state: the index is built a fixed number
    of times per document, however many office holders it names."""
    from belli.actors import group_country

    built = []
    real = group_country.SentenceStates.of.__func__

    def counting(cls, *args):
        built.append(1)
        return real(cls, *args)

    monkeypatch.setattr(group_country.SentenceStates, "of", classmethod(counting))
    few = "Floods hit Kenya. Interior Minister Samuel Otieno said 40 people died."
    many = few + "".join(f" Deputy Minister {name} visited the camp." for name in (
        "Peter Kamau", "Joyce Wanjiku", "Daniel Mutua", "Esther Njeri", "John Kiprop"))
    nlp_pipeline.process(Article.from_text(few, published="2019-03-01"))
    once = len(built)
    built.clear()
    nlp_pipeline.process(Article.from_text(many, published="2019-03-01"))
    assert len(built) == once
