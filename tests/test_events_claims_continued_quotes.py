"""A quote that runs on past its sentence is told on its speaker's word: the speaker named
where it closes ("..., the minister said") or opens ("the minister said, “..."), and a
quoted sentence with no speaker of its own right after an attributed quote goes on in that
speaker's voice. The sentences are our own invention.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse

from belli.events.claims import quote_regions

# --- where quotes begin and end (no model) ---------------------------------------------


@pytest.mark.parametrize(("text", "quoted"), [
    # straight marks: one opens after a space, one closes before a space or a stop
    ('He said "we will stay." Then he left.', ["we will stay."]),
    # a quote over two sentences is one quote
    ('"We came. We saw," she said.', ["We came. We saw,"]),
    # curly marks say which way they face
    ("“We will stay,” he said. “We will not leave.”", ["We will stay,", "We will not leave."]),
    # a quote opened again before it closed ends where the new one opens
    ('"We came. "We saw," she said.', ["We came.", "We saw,"]),
    # a mark left open at the end is a stray, no quote
    ('They called it "a victory', []),
])
def test_quote_regions(text, quoted):
    assert [text[q.start:q.end] for q in quote_regions(text)] == quoted


# --- who tells the sentences inside a quote (with the model) ----------------------------

def _told(pipeline, text: str, trigger: str) -> tuple[str, str | None]:
    """Certainty and speaker's words of the event whose trigger is `trigger`."""
    events = [e for e in analyse(pipeline, text).events if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    event = events[0]
    speaker = event.attributed_to.text if event.attributed_to is not None else None
    return event.certainty, speaker


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    # the speaker comes after the quote's last sentence
    (('"The rebels attacked the village at dawn. They burned the market and killed '
      'two farmers," Mayor Ivana Petrovic said.'), "attacked", "Mayor Ivana Petrovic"),
    # the speaker comes before the quote's first sentence
    (('Defence Minister Tomas Berg said, "Our troops will stay. Russia shelled the town '
      'again on Sunday."'), "shelled", "Defence Minister Tomas Berg"),
    # a whole quoted sentence right after an attributed quote goes on in that voice
    (('"We condemn the raid," Foreign Minister Lena Ortiz said. "We urge Serbia to '
      'release the detained journalists."'), "urge", "Foreign Minister Lena Ortiz"),
])
def test_a_running_quote_keeps_its_speaker(nlp_pipeline, text, trigger, speaker):
    assert _told(nlp_pipeline, text, trigger) == ("reported", speaker)


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    # a sentence after the quote closed is the outlet's own again
    (('"We condemn the raid," Foreign Minister Lena Ortiz said. Serbian police arrested '
      'two journalists on Monday.'), "arrested"),
    # a quote with no speaker far from any attributed one is told by nobody named
    (('"We condemn the raid," Foreign Minister Lena Ortiz said. The talks resumed in '
      'Geneva on Monday. The ministers met for four hours. "Serbian police arrested '
      'two journalists."'), "arrested"),
])
def test_text_outside_a_running_quote_is_not_its_speakers(nlp_pipeline, text, trigger):
    assert _told(nlp_pipeline, text, trigger)[1] != "Foreign Minister Lena Ortiz"


def _sources(pipeline, text: str, trigger: str) -> list[str]:
    events = [e for e in analyse(pipeline, text).events if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    return [f"{a.country} {a.sector}" for a in events[0].source]


@pytest.mark.model
def test_we_in_a_running_quote_is_its_speaker(nlp_pipeline):
    text = ('"The raid was a crime," Ukrainian Foreign Minister Petro Ivanenko said. '
            '"We urge Russia to stop."')
    assert _sources(nlp_pipeline, text, "urge") == ["UKR GOV"]


@pytest.mark.model
def test_they_in_the_speakers_own_words_is_someone_else(nlp_pipeline):
    # told indirectly, "they" is the officials; quoted, it is not the minister
    told = "Ukrainian officials said they would retaliate."
    quoted = '"They shelled the village," Ukrainian Foreign Minister Petro Ivanenko said.'
    assert _sources(nlp_pipeline, told, "retaliate") == ["UKR GOV"]
    assert "UKR GOV" not in _sources(nlp_pipeline, quoted, "shelled")


def _claim_speakers(pipeline, text: str) -> dict[str, str | None]:
    return {c.text: c.speaker_text for c in analyse(pipeline, text).claims}


@pytest.mark.model
def test_i_think_inside_a_quote_is_the_quotes_speaker(nlp_pipeline):
    text = ('"The talks went well. I think the sanctions will be lifted," Foreign Minister '
            'Lena Ortiz said.')
    speakers = _claim_speakers(nlp_pipeline, text)
    assert speakers.get("the sanctions will be lifted") == "Foreign Minister Lena Ortiz"


@pytest.mark.model
def test_someone_a_quote_reports_keeps_their_own_voice(nlp_pipeline):
    # the ministry's "it" is the ministry, though the minister quotes it
    text = ('"The Russian defence ministry said it would strike the bridge," Foreign '
            'Minister Lena Ortiz of Ukraine said.')
    assert _sources(nlp_pipeline, text, "strike") == ["RUS MIL"]


@pytest.mark.model
def test_they_after_i_think_is_not_the_speaker(nlp_pipeline):
    text = ('"I think they shelled the port on purpose," Ukrainian Foreign Minister Petro '
            'Ivanenko said.')
    events = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "shelled"]
    assert not any(a.country == "UKR" for e in events for a in e.source)
