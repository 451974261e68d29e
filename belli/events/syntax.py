"""Reading the dependency parse: who is the subject, the object, the embedded clause.

Small functions over spaCy tokens (duck-typed: `dep_`, `head`, `children`, `lemma_`),
written for the labels of spaCy's English models (ClearNLP style). Each answers one
question the coder asks; none knows about events. The parse's index and cached answers
live in `syntax_index`, prepositional phrases in `syntax_preps`; their public names are
importable from here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from belli.events.condition_clauses import misread_condition
from belli.events.cue_lists import cue_list
from belli.events.lexicon import Lexicon, load_lexicon
from belli.events.misread_verbs import loose_object_after, misread_denial_aside, s_form_after_names
from belli.events.syntax_index import Token, children, lemma, remembered
from belli.events.syntax_preps import particles_of, prep_objects
from belli.nlp.fronted import fronted_subject

__all__ = [
    "Token",
    "agent_of",
    "bare_participle",
    "children",
    "clause_verb",
    "conjuncts",
    "controller",
    "embedded_verb",
    "has_perfect",
    "has_subject",
    "hung_on_auxiliary",
    "inverted_speaker",
    "is_container",
    "is_passive",
    "is_reduced_relative",
    "is_to_clause",
    "lemma",
    "misread_verb",
    "named_thing",
    "names_its_giver",
    "objects_of",
    "particles_of",
    "possessor_undergoes",
    "prep_objects",
    "stranded_report",
    "stranded_root",
    "subject_of",
    "tellers_acts",
]

SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "attr", "oprd", "dative"})
RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
_RELATIVE_OBJECTS = frozenset({"which", "whom", "who"})
# verbs whose object is the subject of their embedded clause ("urged Russia to accept")
OBJECT_CONTROL = frozenset({
    "urge", "ask", "persuade", "convince", "force", "compel", "pressure", "pressurize",
    "press", "order", "encourage", "invite", "allow", "permit", "help", "call", "tell",
    "warn", "request", "push", "lead", "enable", "oblige", "instruct", "appeal", "want",
    "expect", "beg", "implore", "get", "cause", "prompt", "authorize", "authorise",
})
# prepositions whose gerund the verb's object does ("stopped Iran FROM enriching")
_OBJECT_PREPS = frozenset({"against", "from", "into", "of", "for"})
# verbs that name a thing in a clause standing for it ("sign WHAT Baku CALLS the Shusha
# Declaration", "condemned WHAT she TERMED attacks")
_NAMING = frozenset({"call", "term", "dub", "label", "brand"})
# verbs whose second object says what the first is ("DESIGNATED the group a terrorist
# organization", "NAMED him envoy"), which the parser may hang as a second object
_PREDICATING = _NAMING | {"designate", "declare", "name", "appoint", "elect", "deem",
                          "consider", "make"}
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# names that may head a sentence as its subject (not places: a dateline's town)
_DOER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# names that may act as a passive's agent ("backed by RUSSIA", "by RUSSIAN shelling")
_AGENT_LABELS = _DOER_LABELS | {"GPE"}
# finite verbs: past tense and present third person ("urged", "urges")
_TENSED = frozenset({"VBD", "VBZ"})
# passive verbs whose subject is the embedded clause's ("X is said/believed to have ...")
_RAISING = frozenset({"say", "believe", "think", "report", "expect", "allege", "know",
                      "rumour", "rumor", "suspect", "claim", "understand", "estimate",
                      # a schedule: "Xi IS SET to visit", "the minister is scheduled to meet"
                      # ("slated" as a form: the small model lemmatizes it "slat")
                      "set", "schedule", "slated"})


def is_container(token: Token, containers: frozenset[str]) -> bool:
    """A word of amount whose "of" object is what is meant: "tons of aid", "several of
    its peacekeepers", "two of the soldiers"."""
    return lemma(token) in containers or bool(token.like_num)


def conjuncts(token: Token) -> list[Token]:
    """The token and every word coordinated with it ("Azerbaijan, Turkey and Pakistan")."""
    out, todo = [token], [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child not in out:
                out.append(child)
                todo.append(child)
    return out


def has_perfect(verb: Token) -> bool:
    """A perfect: "have" as the verb's auxiliary ("may HAVE supplied", "HAD been told")."""
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """A passive verb, also where the tagger read the participle as a past tense: the
    parser labels only a passive's "by" phrase "agent" ("the pact SIGNED BY both sides",
    "a Baku SIGNED BY Moscow" read as subject and verb), so that label decides."""
    return remembered(verb, "passive", _is_passive)


def _is_passive(verb: Token) -> bool:
    return bool(children(verb, "nsubjpass", "auxpass", "agent")) or is_reduced_relative(verb) \
        or is_participle_clause(verb)


def is_participle_clause(verb: Token) -> bool:
    """A past participle hung on a clause with no subject, auxiliary or object of its own
    ("X is dead, KILLED in a strike"; "BACKED by Russia, the rebels advanced"; "if
    ATTACKED, Armenia will respond") is passive: the clause's subject is its theme. Not
    where its "by" names no one ("ENCOURAGED by the reception", "if HIT by sanctions"):
    a thing's effect on the subject tells no act between actors. Nor after a clause with
    an object, which it may tell of instead ("arrested the protesters, ACCUSED of
    vandalism")."""
    head = verb.head
    return bare_participle(verb) and (verb.i < head.i or not children(head, *OBJECTS)) \
        and all(_names_someone(by) for by in children(verb, "agent"))


def bare_participle(verb: Token) -> bool:
    """A past participle hung on a clause with no subject, auxiliary or object of its own
    ("if ATTACKED", "KILLED in a strike"): a passive, whatever it tells of."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and not children(verb, *SUBJECTS, "nsubjpass", "aux", "auxpass", "dobj")


def _names_someone(by: Token) -> bool:
    return any(t.ent_type_ in _AGENT_LABELS for t in by.subtree)


def is_reduced_relative(verb: Token) -> bool:
    """A participle hung on the noun it tells of ("drones SUPPLIED by Turkey"), tagged
    past participle or, by the tagger's slip, past tense; its noun is its theme."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")
            and not children(verb, *SUBJECTS) and stranded_root(verb) is None)


def stranded_root(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung as a participle on a noun, leaving the
    sentence a noun ("Doctors from two aid groups DONATED and delivered goods"): the
    noun that is the sentence's root, where the verb or its conjunct has an object and no
    "by" agent says it is passive."""
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD")
            or children(verb, "agent", *SUBJECTS)):
        return None
    if not any(children(v, "dobj") for v in conjuncts(verb)):
        return None
    # hung on the root noun itself or on the object of its own preposition ("from two
    # aid groups"); deeper, or on a place's name (a dateline's town), it is no main verb
    root = verb.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        root = root.head.head
    if _second_subject_of_saying(root, verb):
        return root
    return root if root.head == root and (root.pos_ == "NOUN" or _named_doer(root, verb)) else None


def stranded_report(saying: Token) -> Token | None:
    """The first of a verb of saying's two subjects, where it holds the clause reported
    (`_second_subject_of_saying`): what the saying reports."""
    subjects = children(saying, "nsubj")
    if len(subjects) < 2:
        return None
    first = subjects[0]
    return first if any(_second_subject_of_saying(first, v) for v in children(first, "acl")
                        if children(v, "dobj")) else None


def _second_subject_of_saying(noun: Token, verb: Token) -> bool:
    """"Islamist militants KILLED 50 soldiers ..., security sources said": the clause
    reported first, parsed as a noun with a participle made one of two subjects of the
    verb of saying after it."""
    saying = noun.head
    return (noun.dep_ == "nsubj" and saying.dep_ == "ROOT" and noun.i < verb.i < saying.i
            and lemma(saying) in cue_list("speech_verbs")
            and len(children(saying, "nsubj")) >= 2)


def _named_doer(root: Token, verb: Token) -> bool:
    """"Kowalczyk CALLED the remarks reckless", parsed as a name with a participle: a
    person's or a body's name that heads the sentence, the verb right after it."""
    return root.pos_ == "PROPN" and root.ent_type_ in _DOER_LABELS and verb.i == root.i + 1


def agent_of(verb: Token) -> Token | None:
    """The object of the passive's "by" ("killed by Armenian forces"), also an event
    noun in -ing the parser hung on it as a clause ("wounded by Russian SHELLING")."""
    for by in children(verb, "agent"):
        found = children(by, "pobj") or [g for g in children(by, "pcomp") if _gerund_noun(g)]
        if found:
            return found[0]
    return _agent_on_means(verb) if is_passive(verb) else None


def _agent_on_means(verb: Token) -> Token | None:
    """The "by" phrase the parser hung on a passive's "with" noun: "Iran was hit with
    sanctions BY THE UNITED STATES", "the town was shelled with rockets by the rebels"."""
    for prep in children(verb, "prep"):
        if prep.lower_ != "with":
            continue
        for means in children(prep, "pobj"):
            if lemma(means) not in cue_list("means_nouns"):
                continue  # "charged with the attack BY HAMAS": the attack's doer, not the charger's
            for by in children(means, "prep"):
                if by.lower_ == "by":
                    return next(iter(children(by, "pobj")), None)
    return None


def _gerund_noun(gerund: Token) -> bool:
    """An -ing form read as a noun: modified like one ("RUSSIAN shelling", "THE army's
    shelling") and with no object of its own ("by shelling THE TOWN" tells a means)."""
    return gerund.tag_ == "VBG" and not children(gerund, *OBJECTS, *SUBJECTS) \
        and bool(children(gerund, "amod", "det", "poss", "compound"))


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The verb's acting subject, following coordination, control and participles."""
    if depth:  # a step of a search under way
        return _subject_of(verb, depth)
    # the roles, the screens and the record ask this of the same verbs again and again
    return remembered(verb, "subject", _whole_subject_of)


def _whole_subject_of(verb: Token) -> Token | None:
    return _subject_of(verb, 0)


def _subject_of(verb: Token, depth: int) -> Token | None:
    if depth > 6:
        return None
    # "If Armenia ATTACKS, Azerbaijan will respond": a misread condition verb is no subject
    found = [s for s in children(verb, *SUBJECTS) if misread_condition(s) is None
             and not _place_before_gerund(s, verb)] or hung_on_auxiliary(verb)
    if found:
        # a dateline parsed as a second subject ("MOSCOW (Reuters) - Russia said") carries
        # the dash: the verb's own subject is the other one
        subject = found[1] if len(found) > 1 and (
            _ends_in_dash(found[0]) or _claim_beside(found[0], verb)
            or stranded_report(verb) == found[0]) else found[0]
        if verb.dep_ == "relcl" and (subject.lower_ in RELATIVE or _part_of_relative(subject)):
            return _listed_among(verb.head)  # "al-Shabab, which has waged" -> al-Shabab
        return subject
    speaker = inverted_speaker(verb)
    if speaker is not None:
        return speaker
    if is_passive(verb):
        return None  # the passive's subject is its theme; the agent acts
    return _inherited_subject(verb, depth)


def _claim_beside(first: Token, verb: Token) -> bool:
    """"..., A CHARGE the Taliban reject": the claim noun a misread denial took for a
    second subject; the denier is the other."""
    return verb.pos_ == "NOUN" and lemma(first) in cue_list("denied_nouns")


def _listed_among(noun: Token) -> Token:
    """"Canada is AMONG the countries that banned", "Kenya is ONE OF the countries that
    sent": the copula's subject is the one the relative clause tells of."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("among", "of"):
        return noun
    if head.lower_ == "of":
        if head.head.lower_ != "one" or head.head.dep_ != "attr":
            return noun
        head = head.head
    copula = head.head
    if lemma(copula) != "be" or children(copula, "neg"):
        return noun  # "Canada is NOT among the countries that banned"
    return next(iter(children(copula, "nsubj")), noun)


def hung_on_auxiliary(verb: Token) -> list[Token]:
    """'Iran is “flagrantly” defying': quote marks inside a verb group may lead the parser
    to hang the verb's subject on its auxiliary (and a "not" with it, which the verb's
    own negation would not see: then none is given)."""
    return [s for aux in children(verb, "aux") if not children(aux, "neg")
            for s in children(aux, "nsubj", "nsubjpass")]


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own (active or passive), not one it inherits."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Marks that close a quotation, and the clauses a quotation is parsed as under the verb
# that reports it after the quotation ('"Stop the shelling," urged the envoy')
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'", "''"})
_QUOTED = ("ccomp", "advcl", "parataxis", "xcomp", "dep")


def inverted_speaker(verb: Token) -> Token | None:
    """'"We will respond," WARNED THE MINISTER': a verb that follows the quotation it
    reports and has no subject of its own is told by the noun after it, which the parser
    reads as its object; the speaker acts, and is no target of the words."""
    if getattr(verb, "doc", None) is None or children(verb, *SUBJECTS) or not _after_quotation(verb):
        return None
    return next((o for o in children(verb, *OBJECTS) if o.i > verb.i), None)


def _after_quotation(verb: Token) -> bool:
    """Whether only punctuation, a closing quotation mark among it, stands between the verb
    and a clause of its own before it (the quotation)."""
    at, quoted = verb.i - 1, False
    while at >= 0 and verb.doc[at].is_punct:
        quoted = quoted or verb.doc[at].text in _CLOSING_QUOTES
        at -= 1
    return quoted and at >= 0 and any(at <= c.right_edge.i < verb.i
                                      for c in children(verb, *_QUOTED))


def _part_of_relative(subject: Token) -> bool:
    """"protesters, SOME OF WHOM threw stones", "rebels, MANY OF WHOM fled": a part of
    the relative's noun acts for it (the noun names who they are)."""
    return any(obj.lower_ in RELATIVE for prep in children(subject, "prep") if prep.lower_ == "of"
               for obj in children(prep, "pobj"))


_DASHES = frozenset({"-", "--", "—", "–"})
# entity labels of an adjective that names a people or a state ("Russian", "Israeli")
_NATIONAL = frozenset({"NORP", "GPE"})


def _ends_in_dash(token: Token) -> bool:
    return any(c.dep_ == "punct" and c.text in _DASHES and c.i > token.i for c in token.children)


# prepositions of where an act is, before a place's name; not "with", "of", "at" or "from",
# whose name and gerund may be a clause of their own ("with CAVUSOGLU WARNING that",
# "reports of HOUTHIS ATTACKING", "alarm at BEIJING SENDING")
_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _place_before_gerund(subject: Token, verb: Token) -> bool:
    """"raided a camp in JENIN killing three": a name right after a preposition and right
    before a gerund the parser made its subject ends the place phrase; the gerund tells
    what the clause's act did."""
    return (verb.tag_ == "VBG" and subject.i == verb.i - 1 and subject.i > 0
            and subject.ent_type_ in _PLACE_ENTITIES
            and subject.doc[subject.i - 1].lower_ in _LOCATIVE_PREPS)


def _gerund_after_object(gerund: Token) -> Token | None:
    """The name right before a gerund the parser hung on the clause, where the name ends a
    noun's "to" or "for": the gerund's own subject ("its objection to SWEDEN joining NATO",
    "support for FINLAND joining"); a place the act is in ("raided a camp in Jenin killing
    three") leaves the clause's."""
    before = gerund.doc[gerund.i - 1] if gerund.i > 0 else None
    if before is None or before.dep_ != "pobj" or before.pos_ != "PROPN":
        return None
    # "objection TO", "support FOR" (the parser may hang the preposition on the verb):
    # not "sent warships to Taiwan threatening a blockade"
    prep = before.head
    noun = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before if prep.lower_ in ("to", "for") and lemma(noun) in cue_list("stance_nouns") \
        else None


def _inherited_subject(verb: Token, depth: int) -> Token | None:
    head, dep = verb.head, verb.dep_
    owners = (children(verb, "poss") or [c for c in children(verb, "amod")
                                         if c.ent_type_ in _NATIONAL]) if verb.tag_ == "VBG" else []
    if owners:
        # "the Azerbaijani army's SHELLING of", "RUSSIAN shelling left 40 dead": a gerund
        # read as a noun, its owner or its people's adjective the doer
        return owners[0]
    if head == verb or (dep == "relcl" and misread_verb(verb)):
        return _fronted_name(verb)  # "..., an accusation MOSCOW rejects": not the noun
    if dep == "xcomp" or (dep == "advcl" and is_to_clause(verb)):
        return controller(verb, depth)
    own = _gerund_after_object(verb) if dep == "advcl" and verb.tag_ == "VBG" else None
    if own is not None:
        return own  # "its objection to SWEDEN joining NATO"
    if dep == "conj" or (dep == "advcl" and verb.tag_ in _PARTICIPLE_TAGS):
        # "attacked and seized"; "shelled Kharkiv, killing 12"
        head = _tensed_partner(verb) if dep == "conj" else head
        return subject_of(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if stranded_root(verb) is not None:
        return stranded_root(verb)
    if dep in ("relcl", "acl") and head.dep_ == "attr" and children(head.head, "nsubj"):
        # "Islamabad is the only country NOT TO RECOGNISE Armenia": the predicate noun
        # stands for the copula's subject
        return subject_of(head.head, depth + 1)
    doer = _noun_doer(verb)
    if doer is not None:
        return doer
    if dep in ("acomp", "oprd") and head.pos_ in ("AUX", "VERB"):
        return subject_of(head, depth + 1)  # "France is ready to contribute"
    if dep == "pcomp":  # "guilty OF VIOLATING", "by SENDING"
        governor = head.head
        if governor.dep_ == "pobj" and governor.head.dep_ == "agent":
            governor = governor.head.head  # "was accused by Guyana OF MASSING": the parse
            # hangs the "of" on the agent
        if governor.pos_ in ("VERB", "AUX", "ADJ") and governor != head:
            return _object_before(head, governor) or subject_of(governor, depth + 1)
    return _fronted_name(verb)


def _object_before(prep: Token, governor: Token) -> Token | None:
    """"warned Helsinki AGAINST joining", "barred Iran FROM enriching", "pressed Kyiv
    INTO accepting": the object before such a preposition does the act after it ("by
    sending", "after meeting" are the subject's); of a passive, its subject ("the RSF
    were accused by the army OF looting"). Only for verbs of `object_doer_verbs`: what is
    used or sent is no doer ("used drones FOR attacking", "mobilized troops FOR attacking")."""
    if prep.lower_ not in _OBJECT_PREPS or governor.pos_ != "VERB":
        return None
    if lemma(governor) not in cue_list("object_doer_verbs"):
        return None
    held = children(governor, "nsubjpass") if is_passive(governor) else children(governor, "dobj")
    return next((o for o in held if o.i < prep.i), None)


def _noun_doer(clause: Token) -> Token | None:
    """Who acts in a clause hung on a noun: the noun a relative clause or a participle
    tells of, or, for an infinitive, the noun's possessor or its participle's agent."""
    head = clause.head
    if clause.dep_ == "relcl":
        return head
    if clause.dep_ != "acl":
        return None
    if clause.tag_ == "VBG":
        return head  # "troops crossing the border"
    if is_to_clause(clause) and children(head, "poss"):
        return children(head, "poss")[0]  # "Russia's failure TO CONVINCE Armenia"
    if is_to_clause(clause):
        return _noun_agent(head)  # "steps taken by Moscow TO SEND troops"
    return None


# object pronouns, which never stand for their own clause's subject ("sentenced HIM")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# words for one man or woman besides offices ("had shot A GUARD and wounded him")
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "suspect", "gunman",
                     "guard", "soldier", "officer", "policeman", "civilian", "journalist",
                     "reporter", "activist", "worker", "driver", "resident", "student",
                     "farmer", "pilot", "prisoner", "hostage", "victim", "doctor", "nurse",
                     "priest", "teacher", "lawyer", "judge", "citizen", "defendant"})
# sayings a teller adds to what it reports ("and CLAIMED to have killed 200")
_RETELLING = frozenset({"claim", "add", "say", "report", "announce"})


def _tensed_partner(verb: Token) -> Token:
    """The verb a conjoined verb in the past or present tense shares its subject with.
    The parser often joins it to the nearest verb, an infinitive or a "would" verb of a
    clause reported inside ("said the plan aims to cut costs AND URGED Greece", "said
    talks would go on AND CALLED for calm"); a tensed verb is coordinated with a verb of
    its own tense, so the nearest such verb above is its partner. Not one joined to a
    participle ("had withdrawn and returned"), which the tagger may read as past."""
    head = verb.head
    if _back_to_the_teller(verb, head):
        return head.head
    if verb.tag_ not in _TENSED or head.tag_ != "VB" or head.pos_ not in ("VERB", "AUX"):
        return head
    for above in head.ancestors:
        if above.tag_ == verb.tag_ and above.pos_ in ("VERB", "AUX"):
            return above
    return head


def _back_to_the_teller(verb: Token, head: Token) -> bool:
    """A saying joined to a reported passive ("the army SAID 23 soldiers WERE KILLED AND
    CLAIMED to have killed 200": those killed claim nothing) is the teller's too. And
    "The court found that the general HAD ORDERED the killings AND SENTENCED HIM": a verb
    joined to a reported past-perfect clause whose object pronoun can only be that
    clause's subject (not the teller, not the clause's own object) is the teller's own next
    act, not the subject's, who would not sentence "him" for himself."""
    if head.dep_ != "ccomp" or children(verb, "nsubj", "nsubjpass"):
        return False
    teller = head.head
    if lemma(verb) in _RETELLING and lemma(teller) in cue_list("speech_verbs") \
            and children(head, "auxpass") and verb.tag_ in ("VBD", "VBN") \
            and teller.tag_ == "VBD" and not children(verb, "aux", "auxpass"):
        return True
    if head.tag_ != "VBN" or "had" not in {a.lower_ for a in children(head, "aux")} \
            or children(verb, "aux"):
        return False
    subject = next(iter(children(head, "nsubj")), None)
    if teller.tag_ != "VBD" or teller.pos_ != "VERB" or subject is None:
        return False
    return any(_points_to(t, subject) and not _points_to(t, _teller_subject(teller))
               and not _nearer_referent(t, head)
               for t in _objects_reached(verb) if t.lower_ in _OBJECT_PRONOUNS)


def _objects_reached(verb: Token) -> list[Token]:
    """The verb's objects, their prepositions' objects and its own ("imposed sanctions ON
    HIM", however the parser hung the "on")."""
    objects = children(verb, "dobj", "dative")
    preps = [*children(verb, "prep"), *(p for o in objects for p in children(o, "prep"))]
    return [*objects, *(o for p in preps for o in children(p, "pobj"))]


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns naming one person by office or function (phrases.yaml `persons`), and words
    for a man or a woman."""
    from belli.nlp.lexicon import load_lexicon as load_phrases  # the actor layer's words
    return load_phrases().persons | _PEOPLE


def _teller_subject(teller: Token) -> Token | None:
    return next(iter(children(teller, "nsubj")), None)


def _points_to(pronoun: Token, noun: Token | None) -> bool:
    """Whether an object pronoun may stand for the noun: "them" for many, "him" or
    "her" for a person, "it" for one thing or body."""
    if noun is None:
        return False
    many = noun.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ == "them":
        return many
    if many:
        return False
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _person_nouns()
    return person if pronoun.lower_ in ("him", "her") else not person


def _nearer_referent(pronoun: Token, clause: Token) -> bool:
    """Whether the reported clause's own object may be what the pronoun points to ("had
    attacked THE TOWN and burned IT", "had shot A GUARD and wounded HIM")."""
    return any(_points_to(pronoun, obj) for obj in children(clause, "dobj"))


def tellers_acts(content: Iterable[Token]) -> set[int]:
    """The tokens of the verbs in a reported clause that are its teller's own next acts
    (`_back_to_the_teller`): told as done, not reported."""
    return {t.i for verb in content if verb.dep_ == "conj" and _back_to_the_teller(verb, verb.head)
            for t in verb.subtree}


def _noun_agent(noun: Token) -> Token | None:
    """Who a noun's participle names as its doer: "steps TAKEN BY MOSCOW"."""
    for participle in children(noun, "acl"):
        if is_reduced_relative(participle) and agent_of(participle) is not None:
            return agent_of(participle)
    return None


def is_to_clause(verb: Token) -> bool:
    """A clause with infinitival "to" ("in order TO seize", "efforts TO resolve")."""
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)


def controller(verb: Token, depth: int = 0) -> Token | None:
    """Who does an embedded action: the object of "urged X to", else the subject above."""
    head = verb.head
    if head == verb:
        return None
    raising = str(head.lemma_).lower() in _RAISING or head.lower_ in _RAISING
    if raising and any(c.dep_ == "auxpass" for c in head.children):
        subjects = children(head, "nsubjpass")  # "Russia is said to have attacked"
        if subjects:
            return subjects[0]
    if str(head.lemma_).lower() in OBJECT_CONTROL:
        # "urged Russia to accept"; passive, "Russia was urged to accept"
        objects = children(head, "nsubjpass") if is_passive(head) else children(head, "dobj", "dative")
        if objects:
            return objects[0]
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):  # "X is ready to send"
        return subject_of(head.head, depth + 1)
    own = children(head, "nsubj", "nsubjpass") if head.pos_ == "ADJ" else []
    if own:
        # 'he was “inclined” to support': quote marks may make the adjective the clause's
        # head, with the subject on it
        return own[0]
    if verb.dep_ == "advcl" and is_passive(head) and agent_of(head) is not None:
        return agent_of(head)  # "measures adopted BY BEIJING to deploy warships"
    if head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)
    return None


def _fronted_name(verb: Token) -> Token | None:
    """A name before the verb the parser attached loosely ("Azerbaijan used drones"
    parsed with Azerbaijan as npadvmod): taken as the subject only when nothing else is."""
    loose = ("npadvmod", "dep", "compound", "amod") if misread_verb(verb) else ("npadvmod", "dep")
    for child in verb.children:
        if child.i < verb.i and child.dep_ in loose and child.pos_ == "PROPN":
            return child
    return fronted_subject(verb)  # "At talks in Astana, RUSSIA, Turkey and Iran agreed"


def misread_verb(token: Token) -> bool:
    """"South Korea rejects that version", "Azerbaijan shells Armenian villages" parsed
    with the name as a compound of the -s form (tagged a plural noun, or a verb): a
    sentence that opens with a name, then an -s form that heads it, then a determiner or
    the noun phrase hung on it, has a verb in the present whose subject is the name. So
    has an "if" clause read that way ("If Armenia ATTACKS, ...": `misread_condition`), and
    a denial beside a claim ("..., an accusation Moscow REJECTS": `misread_denial_aside`),
    and any noun that heads the sentence with a subject and a reported clause."""
    doc = token.doc
    if token.dep_ == "relcl":
        return misread_denial_aside(token)
    if token.dep_ != "ROOT":
        return misread_condition(token) is not None
    if token.pos_ == "NOUN" and children(token, "ccomp") and children(token, "nsubj"):
        return True  # "..., a charge the Taliban REJECT": a clause and subjects hung on it
    if token.i + 1 >= len(doc) or not (doc[token.i + 1].tag_ in ("DT", "WDT", "PRP$")
                                       or loose_object_after(token) is not None):
        return False
    return s_form_after_names(token, token.sent.start)


# verbs whose object is followed by an infinitive ("helped them start talks", "allowed
# inspectors to visit")
_INFINITIVE_OBJECT_VERBS = frozenset({"help", "let", "make", "allow", "permit", "enable"})


def objects_of(verb: Token) -> list[Token]:
    """The verb's objects: direct objects, or the theme of a passive."""
    # asked of the same verbs again and again, like `subject_of`
    return remembered(verb, "objects", _objects_of)


def sums_of(verb: Token, lexicon: Lexicon | None = None) -> list[Token]:
    """The verb's objects that are sums of money ("pledged $50 MILLION", "suspended 500
    million EUROS"), by the lexicon's `money` class."""
    money = (load_lexicon() if lexicon is None else lexicon).classes.get("money", frozenset())
    return [o for o in objects_of(verb) if lemma(o) in money]


def _objects_of(verb: Token) -> list[Token]:
    speaker = inverted_speaker(verb)  # '"...," warned THE MINISTER' tells, is not told
    found = [o for o in children(verb, *OBJECTS) if speaker is None or o.i != speaker.i]
    found = _without_predicate(verb, found)
    if is_passive(verb):
        # "nsubj" where the tagger read the passive as a past tense ("a pact signed by")
        found = children(verb, "nsubjpass", *SUBJECTS) + found
        if is_reduced_relative(verb):
            found.append(verb.head)  # "drones supplied by Turkey" -> drones
            found.extend(_closer_noun(verb))
        elif is_participle_clause(verb):
            found.extend(children(verb.head, "nsubj", "nsubjpass"))
    if not found and misread_verb(verb):
        found = [t for t in (loose_object_after(verb),) if t is not None]
    if not found:
        found = [t for t in map(named_thing, children(verb, "ccomp")) if t is not None]
    if not found:
        found = _small_clause_subjects(verb)
    return [_antecedent(one, verb) for one in found]


def _without_predicate(verb: Token, found: list[Token]) -> list[Token]:
    """The objects, less a second direct object that only says what the first is."""
    direct = [o for o in found if o.dep_ == "dobj"]
    if len(direct) < 2 or lemma(verb) not in _PREDICATING:
        return found
    return [o for o in found if o.dep_ != "dobj" or o == direct[0]]


def _closer_noun(participle: Token) -> list[Token]:
    """"the terms of the pact SIGNED in May", with the participle hung on "terms": the
    noun right before it, inside its noun's "of" phrase, may be its theme."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    head = participle.head
    if before is None or before == head or before.pos_ not in ("NOUN", "PROPN"):
        return []
    of = before.head
    # not inside a name's "of" ("the Department of Foreign Affairs released")
    return [before] if before.dep_ == "pobj" and of.text.lower() == "of" \
        and of.head.pos_ == "NOUN" and head.is_ancestor(before) else []


def _small_clause_subjects(verb: Token) -> list[Token]:
    """"help the two sides start talks", "allow a UN team to visit": the parser hangs the
    one helped or let under the infinitive as its subject; it is the verb's object. A
    clause opened by "that" is reported, not an object ("made clear that Kyiv would")."""
    if lemma(verb) not in _INFINITIVE_OBJECT_VERBS:
        return []
    return [subject for clause in children(verb, "ccomp")
            if not children(clause, "mark") for subject in children(clause, "nsubj")]


def named_thing(clause: Token) -> Token | None:
    """What a "what X calls Y" clause stands for: "sign what Baku calls the Shusha
    Declaration" signs the declaration; the clause itself reports no act of Baku's."""
    if lemma(clause) not in _NAMING:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return None
    # the parser hangs Y as the predicate ("oprd", "xcomp") or as a second object
    return next((c for c in clause.children if c.dep_ in ("oprd", "xcomp")
                 or (c.dep_ == "dobj" and c.lower_ != "what")), None)


def _antecedent(word: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause hangs on: "Mexico, WHICH he hit
    with tariffs" -> Mexico; "the drones WHICH were supplied" -> drones. Not "that", which
    the parser also takes for a relative where it opens reported speech ("told a meeting
    THAT he had met")."""
    if word.lower_ in _RELATIVE_OBJECTS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return word


def embedded_verb(token: Token) -> Token | None:
    """The verb of a clause the trigger governs: "agreed to HOLD", "demanded that Iran
    STOP", "refused to WITHDRAW", "call for an END" (the noun's own event)."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX") and not _parenthetical(child):
            return child
        if (child.dep_ == "acl" and token.pos_ == "NOUN" and child.pos_ == "VERB"
                and any(m.lower_ in ("that", "to") for m in child.children
                        if m.dep_ in ("mark", "aux"))):
            return child  # "its demand that Israel EASE", "a call to WITHDRAW"
    for child in token.children:  # "called for Armenia to leave"
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            return child
    for child in token.children:  # "accused X of attacking", "called for ending"
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                    return obj
    return None


def _parenthetical(clause: Token) -> bool:
    """"demanded the withdrawal of Serbian forces, DIPLOMATS QUOTED a declaration as
    saying": a clause after a comma with a subject of its own tells who reported the
    act; the parser hangs it as a complement, but it is not what was demanded."""
    if clause.i < clause.head.i or not children(clause, "nsubj", "nsubjpass"):
        return False
    first = clause.left_edge
    # the comma may open the clause's own subtree or stand just before it
    before = first if first.text == "," else clause.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text == "," and not children(clause, "mark")


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token sits in (the token itself if it is one)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current


def names_its_giver(noun: Token) -> bool:
    """"the deal has the backing OF INDIA", "won support FROM Japan": the noun names who
    gives it; whatever has it only receives it."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
        o.dep_ == "pobj" and o.ent_type_ in _AGENT_LABELS for o in c.children) for c in noun.children)


def possessor_undergoes(act: Token) -> bool:
    """"the journalist's arrest": the act noun's possessor underwent it (the lexicon's
    `possessor`); with an "of" object it acts ("Israel's killing OF aid workers")."""
    if any(p == "of" for p, _ in prep_objects(act, deep=False)):
        return False
    return load_lexicon().owner_undergoes(lemma(act))
