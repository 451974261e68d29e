"""The facts the actor stage reads around one mention (`belli.actors.readings.Facts`):
its position in the clause, the sector cue and role of its phrase, the title words
before a name, a person's name, whether a body's own name holds a state's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belli.actors.context import (
    Anchor,
    head_noun,
    phrase_words,
    position_of,
    stance_noun,
)
from belli.actors.doc_state import STATE_KINDS, DocState
from belli.actors.document import compound_words, used_as_noun
from belli.actors.people import choose_person, people_in
from belli.actors.readings import Facts
from belli.actors.sectors import FORMER, STATE_ORGANS, clean_role, fallback_sector, find_cue
from belli.nlp.lexicon import PhraseLexicon
from belli.records import Mention

__all__ = ["FactReader"]

_MAX_TITLE = 5
_OWNER_PREPS = frozenset({"of", "for", "on", "in", "to"})  # "the Authority of Kenya"
# sectors that "opposition" before their cue turns into OPP (a party, a politician)
_OPPOSABLE = frozenset({"PTY", "ELI"})


@dataclass
class FactReader:
    """Reads the facts of a mention against the knowledge base and the phrase lexicon."""

    kb: Any
    lexicon: PhraseLexicon
    title_words: frozenset[str]

    def facts(self, mention: Mention, span: Any, anchors: list[Anchor], name: list[Any],
              state: DocState) -> Facts:
        words = phrase_words(span, anchors, name)
        if mention.label == "PERSON":
            # a title the model left outside the name: "former president [Carlos Menem]"
            words = self.title_tokens(span) + words
        head = span.root if words else head_noun(span)
        # an institution's own words are cues for names coordinated with it
        # ("Azerbaijani and [Turkish Armed Forces]": both MIL)
        bodies = [a for a in anchors if "institution" in a.kinds()]
        context = (phrase_words(span, [a for a in anchors if a not in bodies], name)
                   if bodies else words) or compound_words(head)
        texts = ["former" if t.lower_ in FORMER else t.text for t in context]
        cue = find_cue(texts, self.kb) or find_cue([t.lemma_ for t in context], self.kb)
        role = clean_role([t.text for t in words]) if mention.label == "PERSON" and words else None
        found = (cue.phrase, cue.sector) if cue else None
        if found and stance_noun(head if head is not None else span.root):
            # "Japan's opposition to the plan", "the American positions on the deal": a
            # stance, not the opposition or the ground an army holds
            found = None
        if found and found[1] in _OPPOSABLE and "opposition" in (w.lower() for w in texts):
            # "the opposition CUF party", "opposition politician X": CAMEO codes parties
            # and politicians of the opposition OPP, whatever words stand between
            found = (f"opposition {found[0]}", "OPP")
        if (found and mention.label == "PERSON" and found[1] in STATE_ORGANS
                and "former" in (w.lower() for w in texts)):
            # "Former Socialist prime minister Andreas Papandreou": a former office holder
            # is an elite (CAMEO ELI) even with words between "former" and the office
            found = (f"former {found[0]}", "ELI")
        return Facts(
            text=mention.text,
            position=position_of(span, self.lexicon),
            cue=found,
            fallback=self._fallback(head),
            role=role,
            role_is_office=role is None or self._names_office(role),
            person=self._person_name(anchors, name, state),
            is_phrase=bool(words),
            pre_rebels=state.pre_rebels,
            standalone=not words and head is None and used_as_noun(span),
            named_body=self._named_body(mention, span, anchors),
        )

    def _named_body(self, mention: Mention, span: Any, anchors: list[Anchor]) -> bool:
        """Whether an organization's own name words come before the state's name in it
        ("Clean Water Kenya", "Radio France International"); not a body "of" a state
        ("the Tourism Authority of Kenya") nor one the state's name begins ("the Kenya
        Wildlife Service", "Malawi's Department of ...": the state's own)."""
        state = next((a for a in anchors if a.kinds() & STATE_KINDS), None)
        if mention.label != "ORG" or state is None:
            return False
        before = [t for t in span.doc[span.start:state.start] if t.lower_ != "the"]
        return (bool(before) and before[-1].lower_ not in _OWNER_PREPS
                and any(self._name_word(t) for t in before))

    def _name_word(self, token: Any) -> bool:
        """A capitalized word of an organization's own name: no title, no sector cue."""
        return (token.is_alpha and token.is_title
                and token.lower_ not in self.title_words and token.lower_ not in FORMER
                and self.kb.sector_for(token.lower_) is None)

    def _names_office(self, role: str) -> bool:
        """Whether a role has a title word ("deputy minister"), not only a description
        ("billionaire", "right-winger")."""
        return any(w in self.title_words for w in role.replace("-", " ").split())

    def _fallback(self, head: Any) -> tuple[str, str] | None:
        """A sector from the head noun when no cue matched: "Iranian trucks", "Iraqi Kurds"."""
        if head is None:
            return None
        found = fallback_sector(head.lower_, self.lexicon) or fallback_sector(
            head.lemma_.lower(), self.lexicon)
        if found is None and head.ent_type_ in ("WEAPON", "MILITARY_PLATFORM"):
            found = ("MIL", f"'{head.text}' is military hardware")
        if found is None and (head.tag_ == "NNPS" or any(
                m.kind == "demonym" for m in self.kb.lookup_name(head.text))):
            found = ("CVL", f"'{head.text}' are a people")  # "Iraqi Kurds", "Bosnian Serbs"
        return found

    def title_tokens(self, span: Any) -> list[Any]:
        """Title words right before a name: "Ousted President", "former president", and
        the sector word that says whose title it is ("rebel commander", "union leader")."""
        doc, i = span.doc, span.start
        out: list[Any] = []
        while i > 0 and len(out) < _MAX_TITLE:
            token = doc[i - 1]
            if not (self._titles(token) or (token.text[:1].isupper() and token.is_alpha
                                             and not token.ent_type_)):
                break
            out.insert(0, token)
            i -= 1
        while out and not (self._titles(out[0]) or (
                len(out) > 1 and self.kb.sector_for(f"{out[0].lower_} {out[1].lower_}"))):
            out.pop(0)  # keep from the first title or sector word on ("Union leader")
        # sector words alone make a title only as one person's noun next to the name
        # ("warlord"), never a group's ("rebels")
        titled = any(t.lower_ in self.title_words or t.lower_ in FORMER for t in out)
        return out if titled or (out and out[-1].tag_ == "NN") else []

    def _titles(self, token: Any) -> bool:
        """Whether a word belongs to a title: a title word, a qualifier ("former"), or an
        alphabetic sector cue ("rebel" in "rebel commander")."""
        word = token.lower_
        return (word in self.title_words or word in FORMER
                or (token.is_alpha and word not in self.kb.inheriting_cues
                    and self.kb.sector_for(word) is not None))

    def _person_name(self, anchors: list[Anchor], name: list[Any], state: DocState) -> str | None:
        for anchor in anchors:
            entry = choose_person(people_in(anchor.matches), state.date)
            if entry is not None:
                return str(entry.name)
        return " ".join(t.text for t in name) or None
