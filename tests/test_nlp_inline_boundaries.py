"""Sentence starts in text that lost its line breaks: a section heading run into the
paragraph under it ends where a word only a sentence opens with follows it, and a
sentence ending in an abbreviation ("... into the U.S.") ends before a name and its verb,
when the name opens with a given name ("the U.S. Maria Ortiz said"); any other name
qualifies the abbreviation ("the U.S. Army", "the U.S. Green Caucus")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from belli.nlp.build import build_nlp
    from belli.settings import Settings

    return build_nlp(Settings.load(db_path=":memory:").model)


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(("text", "heading", "next_start"), [
    ("Exports fell in May. Grain deal uncertain While the ministers met, prices rose.",
     "Grain deal uncertain", "While the ministers met"),
    ("The army left the town. Renewed clashes Since March, rebels have shelled two villages.",
     "Renewed clashes", "Since March"),
    ("Fuel ran short. The blockade The convoy reached the port on Friday.",
     "The blockade", "The convoy reached"),
    ('Officials said little. Sanctions on oil exports "It will hurt us," the minister said.',
     "Sanctions on oil exports", '"It will hurt us,"'),
    # a capitalised plural noun before a lower-case word opens the sentence
    ("The port reopened. Airstrikes kill 50 militants Hours after the siege, the army struck.",
     "Airstrikes kill 50 militants", "Hours after the siege"),
    ("Trade grew. China concerns Politicians in Britain have expressed concerns.",
     "China concerns", "Politicians in Britain"),
    # a comma between a heading's words; "According to" opens a sentence
    ("The camps are full. Definition, limits The constitution defines the republic.",
     "Definition, limits", "The constitution"),
    ("Attacks rose. Militant surges According to the index, attacks rose by 45%.",
     "Militant surges", "According to the index"),
    # a time phrase opens a sentence
    ("He posted. Japanese occupation photos Last year, Detrez posted photographs.",
     "Japanese occupation photos", "Last year"),
    ("It fell. Border talks Earlier this month, the sides met.", "Border talks", "Earlier"),
    # a heading's last word the tagger reads as a verb
    ("It closed. Media outlets closed On another front, the agency shut 12 websites.",
     "Media outlets closed", "On another front"),
])
def test_an_inline_heading_is_a_sentence_of_its_own(nlp, text, heading, next_start):
    sentences = _sentences(nlp, text)
    assert heading in sentences
    assert any(s.startswith(next_start) for s in sentences)


@pytest.mark.parametrize("text", [
    # a title-case name after a kind word: no heading
    "He joined the newspaper The Guardian in 2010.",
    # a nationality adjective goes on a phrase
    "Trade talks with Western partners resumed on Monday.",
    # a pronoun inside: the words before the opener are a clause, not a heading
    "They met the ambassador On Monday evening as planned.",
    # a comma after a name opens an aside, never a heading's list
    "Pakistan, whose navy is buying Turkish-made frigates, signed the deal.",
    # after a quantity or an adjective, a capitalised plural is a people's name
    "About two dozen Ukrainians were wounded in the attack.",
    "Several hundred Palestinians were killed in the strikes.",
    "Many congressional Republicans oppose the deal.",
    "The charity Doctors without Borders said its clinic was shelled.",
    # a title's words are no time phrase
    "The show Last Week Tonight mocked the minister.",
    # after a verb, a capitalised plural noun is its object
    "Azerbaijan used Harops during fighting in April 2016.",
    # "Last" before no time word may be a name's ("the Last Supper")
    "Pilgrims saw the painting Last Supper in Milan.",
    # a capitalised plural noun in a name: its next word is capitalised too
    "The media watchdog Reporters Without Borders said conditions improved.",
])
def test_a_capitalised_word_inside_a_sentence_starts_nothing(nlp, text):
    assert len(_sentences(nlp, text)) == 1


def test_after_a_verb_an_article_opening_a_name_is_its_object(nlp):
    text = "The envoy left. Officials said The Hague would rule on Friday."
    assert _sentences(nlp, text)[-1] == "Officials said The Hague would rule on Friday."


@pytest.mark.parametrize(("text", "second"), [
    ("Smuggling into the U.S. Carlos Vela sent more troops to the border.",
     "Carlos Vela sent more troops to the border."),
    ("The envoy flew back to the U.K. Helen Morrison said the trip had gone well.",
     "Helen Morrison said the trip had gone well."),
])
def test_an_abbreviation_ends_a_sentence_before_a_name_and_its_verb(nlp, text, second):
    assert _sentences(nlp, text)[-1] == second


@pytest.mark.parametrize("text", [
    "Soldiers of the U.S. Army said on Monday that they had left.",
    "A resolution of the U.N. Security Council demanded a ceasefire.",
    "Officials at the U.S. State Department declined to comment.",
    # a body no list names: its words show no person's given name
    "Leaders of the U.S. Green Caucus said the vote would be close.",
    "Envoys to the U.N. Ocean Forum agreed on a text.",
    # a surname alone may be a body's name: the sentence goes on
    "Goods flowed into the U.S. Treasury said on Friday.",
])
def test_an_abbreviation_before_a_body_it_names_goes_on(nlp, text):
    assert len(_sentences(nlp, text)) == 1


@pytest.mark.parametrize(("text", "headings"), [
    ("Renewed clashes\nThe army shelled two villages on Monday.", [True, False]),
    ("Trade fell. Sanctions on oil exports The ministry said prices rose.", [False, True, False]),
    # a finite verb, or a final full stop: a sentence, however short
    ("Sanctions were lifted.\nTalks resumed on Monday\n", [False, False]),
])
def test_a_heading_is_a_few_words_with_no_verb_and_no_final_stop(nlp, text, headings):
    from belli.nlp.boundaries import is_heading

    assert [is_heading(s) for s in nlp(text).sents] == headings


@pytest.mark.parametrize(("heading", "trigger"), [
    ("US ban on Chinese drones", "ban"),
    ("Russian strikes on Ukrainian ports", "strikes"),
])
def test_a_heading_codes_no_event(nlp_pipeline, heading, trigger):
    from belli.records import Article

    text = f"Exports fell in May. {heading} The ministry said prices had risen."
    events = nlp_pipeline.process(Article.from_text(text, published="2025-05-10")).events
    assert all(e.trigger != trigger for e in events)


def test_the_sentence_under_a_heading_still_codes_its_events(nlp_pipeline):
    from belli.records import Article

    text = "Exports fell in May. Renewed clashes Since Monday, Russian forces have shelled Kharkiv."
    events = nlp_pipeline.process(Article.from_text(text, published="2025-05-10")).events
    assert [e.trigger for e in events if e.type == "ASSAULT"] == ["shelled"]


@pytest.mark.parametrize(("text", "inline"), [
    ("Trade fell. Sanctions on oil exports The ministry said prices rose.", [False, True, False]),
    # a heading run into its paragraph may hold a verb: the paragraph tells the event
    ("Trade fell. Airstrikes kill 50 militants Hours after the siege, the army struck.",
     [False, True, False]),
    # a title, and a heading on a line of its own: not cut from a paragraph
    ("Renewed clashes\nThe army shelled two villages on Monday.", [False, False]),
    ("Trade fell.\nSanctions on oil exports\nThe ministry said prices rose.", [False, False, False]),
])
def test_only_a_heading_run_into_its_paragraph_is_inline(nlp, text, inline):
    from belli.nlp.boundaries import is_inline_heading

    assert [is_inline_heading(s) for s in nlp(text).sents] == inline


@pytest.mark.parametrize("text", [
    "Four Kenyan police officers killed in border raid\nThe raid began before dawn.",
    "Prices rose.\nTwo Sudanese aid workers abducted in border town\nOfficials gave no details.",
])
def test_a_title_or_a_heading_on_its_own_line_still_codes_its_event(nlp_pipeline, text):
    from belli.records import Article

    events = nlp_pipeline.process(Article.from_text(text, published="2025-05-10")).events
    assert any(e.trigger in ("killed", "abducted") for e in events)


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_an_empty_text_has_no_sentence_to_start(nlp_pipeline, text):
    from belli.records import Article

    assert nlp_pipeline.process(Article.from_text(text)).events == ()


def test_the_sentence_under_an_inline_heading_is_held_whole(nlp):
    text = ("Modi is expected to discuss defense ties. China concerns Politicians in Britain "
            "and the United States, however, have expressed concerns over the islands.")
    assert _sentences(nlp, text)[1:] == [
        "China concerns",
        ("Politicians in Britain and the United States, however, have expressed concerns "
        "over the islands.")]
