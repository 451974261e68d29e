"""Questions tell no act: an act named as an open question ("it is unclear whether
troops will withdraw"), one asked yes or no ("Did Russia attack the port?"), and asking
whether or why something is so, which is no request for an act."""

from __future__ import annotations

from spacy.tokens import Span, Token

from belli.events.syntax_index import sentence_of
from belli.events.triggers import Trigger
from belli.nlp.doc_index import doc_text

__all__ = ["WH_TAGS", "asks_question", "in_open_question", "in_yes_no_question"]

# what ends a sentence or a quoted sentence inside one
_STOPS = frozenset({".", "!", "?"})
# tags of wh-words ("which", "who", "where"), asking or opening a relative clause
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# modals that make a question a polite request ("asked whether X COULD send observers")
_POLITE = frozenset({"can", "could", "would", "might"})
# the most words a speech tag after a quoted question has ('" asked the foreign minister')
_TAG_WORDS = 6


def in_open_question(token: Token) -> bool:
    """An act named as an open question is not told: "it is unclear WHETHER troops WILL
    WITHDRAW", "asking whether the road will be opened" (an "if" that asks:
    `_only_a_condition` in `screening`)."""
    for clause in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            return True
    return False


def in_yes_no_question(token: Token) -> bool:
    """A yes-or-no question tells no act, whoever it names: "DID Russia ATTACK the
    port?", '"Will they SEND troops?" he asked'. A question on who, where or why takes
    its act as done ("where did the raid, in which five were KILLED, take place?") and
    stays; so does an act told after the question mark ('..." he asked, after troops
    SHELLED the town.')."""
    question = _question_of(token)
    return question is not None and not any(_asks_wh(t) for t in question)


def _question_of(token: Token) -> Span | None:
    """The question the token is in: its sentence's stretch from the last stop before it
    to a question mark, where that is the first stop after it."""
    sentence = sentence_of(token)
    if "?" not in doc_text(token.doc)[sentence.start_char:sentence.end_char]:
        return None  # most sentences ask nothing: no need to read their words
    at = token.i - sentence.start
    after = next((t for t in sentence[at + 1:] if t.text in _STOPS), None)
    if after is None or after.text != "?":
        return None
    before = [t.i for t in sentence[:at] if t.text in _STOPS]
    return token.doc[(before[-1] + 1) if before else sentence.start:after.i]


def _asks_wh(word: Token) -> bool:
    """A wh-word that asks ("exactly WHERE did", "and WHY"), not one that opens a relative
    clause after its noun or preposition ("the raid IN WHICH", "the town WHERE")."""
    if word.tag_ not in WH_TAGS:
        return False
    before = word.nbor(-1) if word.i > word.sent.start else None
    return before is None or not before.tag_.startswith(("NN", "PRP", "IN"))


def asks_question(trigger: Trigger) -> bool:
    """Asking whether or why something is so is a question, not a request for an act:
    "families are ASKING whether the road will open", "asked why troops had stayed",
    '"Will they stay?" he ASKED'. ("Asked whether the UN could send observers" is a
    polite request.)"""
    if trigger.type != "REQUEST" or trigger.kind != "verbs":
        return False
    verb = trigger.token
    return any(c.dep_ == "ccomp" and _interrogative(c) for c in verb.children) or _after_question(verb)


def _after_question(verb: Token) -> bool:
    """'"Will they stay?" he ASKED', told as two sentences: a verb that follows a closing
    quote after a question mark, in a short speech tag ('" he asked', '" asked the
    minister'), asks the quoted question. A request after a question of the writer's own
    ("Who will pay? Kenya ASKED donors for aid") asks for something and stays."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "asked donors FOR aid" asks for a thing, not a question
    at = verb.sent.start - 1
    while at >= 0 and verb.doc[at].is_quote:
        at -= 1
    return at >= 0 and verb.doc[at].text == "?" and _speech_tag(verb, at + 1)


def _speech_tag(verb: Token, opened: int) -> bool:
    """Whether a closing quote stands between the question mark and the verb, and what
    follows it, to a comma or the sentence's end, is a short tag: a few words, no more
    (what comes after a comma, "he asked, after troops shelled the town", is its own)."""
    doc = verb.doc
    if not any(doc[i].is_quote for i in range(opened, verb.i)):
        return False
    end = next((t.i for t in doc[verb.i:verb.sent.end] if t.text in (",", ";")), verb.sent.end)
    return sum(not t.is_punct for t in doc[opened:end]) <= _TAG_WORDS


def _interrogative(clause: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _POLITE for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True
    if _question_of(clause) is not None:
        return True  # quoted: '"Will they withdraw?" he asked'
    return clause.left_edge.tag_ in ("WDT", "WP", "WRB") and clause.left_edge.i < clause.i
