"""Screening: which triggers tell an act, and which coded events an analyst can use.

Before an event is drafted, a trigger that tells no act is screened out: an act
something prevents or that is only possible, only a condition or only owed ("must
withdraw"), only a means or hoped for ("the only way to force X to COMPLY", "relies on X
to VETO"), rehearsed in a drill, a conflict's running toll ("thousands have been KILLED
since 2009"), an accident ("a depot exploded, KILLING scores"), an open or a direct question, a connective participle ("as opposed to"),
an event noun that only describes or ranks an act told elsewhere.
After sides and counterparts are settled, an act told in the passive with no doer
(`agentless`) is kept only where it still has one (`has_doer`), and a cooperation only
where some party is one the text identifies (`placed`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from belli.events.claims import Cues
from belli.events.cue_lists import cue_list
from belli.events.nonevents import interview, not_told
from belli.events.syntax import children, is_to_clause, lemma, named_thing, objects_of, subject_of
from belli.events.triggers import Trigger, is_negated
from belli.records import Actor, Event

__all__ = ["MATERIAL_TYPES", "agentless", "has_doer", "placed", "prevented"]

# subjects that make a clause a purpose, not a deed ("its aims were to disarm")
_PURPOSES = frozenset({"aim", "goal", "purpose", "objective", "task", "intent", "intention",
                       "plan", "idea", "mission"})
# what ends a sentence or a quoted sentence inside one
_STOPS = frozenset({".", "!", "?"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# modals that make a question a polite request ("asked whether X COULD send observers")
_POLITE = frozenset({"can", "could", "would", "might"})
# the most words a speech tag after a quoted question has ('" asked the foreign minister')
_TAG_WORDS = 6
# acts a drill rehearses rather than does
_SIMULABLE = frozenset({"ASSAULT", "COERCE"})
# links from an act up to the clause that tells it ("held drills, FIRING ...", "practised
# SEIZING", "included the DESTRUCTION of"); "and" only inside such a phrase (`_in_drill`)
_DOWN_A_DRILL = frozenset({"advcl", "xcomp", "pcomp", "dobj"})
# material acts: one that is owed is asked for, not done (and one told on another's word
# and denied by its doers is a charge: `belli.events.denials`)
MATERIAL_TYPES = frozenset({"ASSAULT", "AID", "COOPERATE", "MOBILIZE", "COERCE", "SANCTION",
                            "RETREAT", "PROTEST"})


def prevented(trigger: Trigger, cues: Cues) -> bool:
    """What did not happen and is not told as a plan is no event: an event noun something
    prevents ("to prevent a Bosnian-style war") or that is merely possible ("a possible
    war"), an act that is only a right or an attempt ("the right of Russian troops to
    FIRE", "efforts to RESOLVE"), hoped for ("relies on X to VETO") or rehearsed in a
    drill ("practised SEIZING an airfield")."""
    token = trigger.token
    if _described(trigger.head) or _denied_mention(trigger.head):
        return True
    if _in_question(token) or _asked(token) or _asks_question(trigger) or _connective(token):
        return True
    if _only_a_condition(token, cues) or _obliged(trigger, cues) or _hoped_for(token):
        return True
    if _simulated(trigger) or _toll(trigger, cues) or _mishap(trigger) or not_told(trigger):
        return True
    if trigger.kind == "nouns":
        if token.dep_ == "dobj" and lemma(token.head) in cues.failures:
            return True
        return any(c.dep_ == "amod" and c.lower_ in cues.unreal_modifiers for c in token.children)
    if named_thing(token) is not None:
        return True  # "what it called a clear assessment" names a thing; no one acts
    subject = subject_of(token)
    if subject is not None and lemma(subject) in _PURPOSES:
        return True  # "its aims were to DISARM the formations"
    return _unreal_clause(token, cues) or _aimed_gerund(token)


def _aimed_gerund(token: Token) -> bool:
    """"for the purpose of coercing it into COMPLYING", "with the aim of SEIZING": a
    gerund a purpose noun's "of" holds is what is aimed at, not done."""
    if token.tag_ != "VBG":
        return False
    return any(lemma(a) in _PURPOSES and a.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and token in c.subtree for c in a.children)
        for a in token.ancestors)


def _simulated(trigger: Trigger) -> bool:
    """An attack or a seizure in a military exercise is rehearsed, not done: one told in
    a clause on a verb whose subject or object is a drill ("staged drills, FIRING missiles
    into the sea", "the drills included the DESTRUCTION of targets"), one that a verb of
    practice takes ("practised SEIZING an airfield"), or a mock one ("repelled a MOCK
    attack", "destroyed IMAGINARY enemy positions"). An attack on troops during a drill
    ("rebels ATTACKED soldiers during an exercise") is real and stays, as does one told
    beside the drill ("held drills and SEIZED a boat", "as drones STRUCK the port")."""
    if trigger.type not in _SIMULABLE:
        return False
    token = trigger.token
    if any(_mock(t) for t in _participants(trigger)):
        return True
    for _ in range(4):  # up the clauses the act is told in, to the drill's verb
        if _drill_verb(token):
            return True
        if not _in_drill(token):
            return False
        token = token.head
    return False


def _in_drill(token: Token) -> bool:
    """Whether the link up from an act keeps it inside the phrase above: a participle,
    an object or a clause with no subject of its own ("staged drills, FIRING missiles",
    "included the DESTRUCTION of"), or one listed with such a participle or act noun
    ("firing missiles and BOMBING a ship"). A verb joined to the drill's own verb ("held
    drills and SEIZED a boat"), a reported clause, or one with its own subject ("as
    drones STRUCK the port") tells an act of its own."""
    if token.head == token or _has_subject(token):
        return False
    if token.dep_ != "conj":
        return token.dep_ in _DOWN_A_DRILL
    head = token.head
    if head.pos_ == "NOUN":
        return lemma(head) not in cue_list("exercise_nouns")  # "drills and ATTACKS"
    return head.tag_ == "VBG" and token.tag_ == "VBG"


def _toll(trigger: Trigger, cues: Cues) -> bool:
    """A conflict's running toll is no attack: a killing with no doer named whose victims
    are a vague count, told over a span (a perfect, "since") or set in the fighting
    ("THOUSANDS have been KILLED since 2009", "hundreds were KILLED in the war", "the
    fighting that has KILLED thousands"), nor are the attacks it is counted in ("killed
    in suicide ATTACKS"). "Five soldiers were killed", "dozens were killed by a car
    bomb", "said dozens had been killed" or whose dead they were ("hundreds of its
    soldiers") tell an attack, as does a toll whose attacks name their doer ("killed in
    attacks BY the militia", "in the ARMY'S raids", "in SAUDI-LED strikes")."""
    if trigger.type != "ASSAULT":
        return False
    verb = trigger.token
    if trigger.kind == "nouns":  # "killed IN suicide ATTACKS": the attacks of the toll
        if verb.dep_ != "pobj" or verb.head.lower_ != "in":
            return False
        verb = verb.head.head
    if verb.pos_ != "VERB" or _doer_named(verb, cues) or _acts_name_doer(verb):
        return False
    if not any(lemma(v) in cue_list("toll_counts") and not _owned(v) for v in objects_of(verb)):
        return False
    if any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and lemma(c) == "have"
           for c in verb.children):
        return True  # "have been killed"; "said dozens HAD been killed" reports one attack
    return any(c.dep_ == "prep" and (c.lower_ == "since" or any(
        o.dep_ == "pobj" and lemma(o) in cues.background_nouns for o in c.children))
        for c in verb.children)


def _mishap(trigger: Trigger) -> bool:
    """Deaths a thing causes by exploding or crashing are an accident ("a fuel depot
    EXPLODED, KILLING scores", "the plane CRASHED, KILLING all aboard"), unless the thing
    is a weapon or an attacker ("a car BOMB exploded, killing five"). What explodes in
    the news is a bomb unless it is plant, fuel or a vessel under pressure
    (`accident_things`): "a car EXPLODED, killing seven" tells an attack."""
    verb = trigger.token
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "killing scores and INJURING hundreds"
    if trigger.type != "ASSAULT" or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    mishap = verb.head
    if lemma(mishap) not in cue_list("mishap_verbs") and mishap.dep_ == "advcl":
        mishap = mishap.head  # "exploded as people queued, KILLING": hung on the clause between
    if lemma(mishap) not in cue_list("mishap_verbs"):
        return False
    thing = subject_of(mishap)
    if thing is None:
        return False
    words = {lemma(t) for t in thing.subtree}
    if words & cue_list("armed_things"):
        return False
    return lemma(mishap) not in cue_list("blast_verbs") or bool(words & cue_list("accident_things"))


def _owned(victims: Token) -> bool:
    """Whether the victims' phrase says whose they are ("dozens of THEIR servicemen",
    "hundreds of ARMENIAN soldiers", a capitalised name): then they are an actor's
    losses, coded."""
    return any(t.dep_ == "poss" or (t != victims and t.text[:1].isupper())
               for t in victims.subtree)


def _doer_named(verb: Token, cues: Cues) -> bool:
    """Whether a doer stands as the subject or after "by": not the victims of a passive,
    nor the fighting itself ("the war that has killed thousands")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    subject = subject_of(verb)
    if subject is None or subject in objects_of(verb) or subject.tag_ in _WH_TAGS:
        return False
    return not {lemma(subject), subject.lower_} & cues.background_nouns


def _acts_name_doer(verb: Token) -> bool:
    """Whether the attacks a killing is told in ("killed IN attacks") name who made them:
    "by" a doer, a possessor ("the militia's raids"), a people or a body ("RUSSIAN
    strikes", "HAMAS attacks") or a leader ("SAUDI-LED airstrikes")."""
    acts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj"]
    return any(_names_doer(c) for act in acts for c in act.children)


def _names_doer(modifier: Token) -> bool:
    if modifier.dep_ == "poss" or (modifier.dep_ == "prep" and modifier.lower_ == "by"):
        return True
    if modifier.dep_ not in ("amod", "compound", "nmod"):
        return False
    return modifier.ent_type_ in ("NORP", "ORG") or modifier.lower_ == "led"


def _participants(trigger: Trigger) -> list[Token]:
    """The act, its objects, its subject and its doer after "by"."""
    token = trigger.token
    found = [trigger.head, token, *objects_of(token)]
    subject = subject_of(token)
    found += [subject] if subject is not None else []
    return found + [o for a in token.children if a.dep_ == "agent"
                    for o in a.children if o.dep_ == "pobj"]


def _mock(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and lemma(c) in cue_list("mock_modifiers")
               for c in token.children)


def _drill_verb(verb: Token) -> bool:
    """A verb of practice, or one whose subject or object is a drill ("held EXERCISES")."""
    if verb.pos_ != "VERB":
        return False
    if lemma(verb) in cue_list("practice_verbs"):
        return True
    return any(c.dep_ in ("dobj", "nsubj") and lemma(c) in cue_list("exercise_nouns")
               for c in verb.children)


def _hoped_for(verb: Token) -> bool:
    """An act another is relied on to do, or that something is needed for, is hoped for,
    not done: "Ankara relies ON Washington TO VETO the bill", "the agency needs funds TO
    PROVIDE aid" (`reliance_verbs`, `need_verbs`). Needing TO act oneself ("needs to
    withdraw") is an obligation (`_obliged`)."""
    if verb.dep_ not in ("advcl", "xcomp") or not is_to_clause(verb):
        return False
    head = verb.head
    if lemma(head) in cue_list("reliance_verbs"):
        return any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in head.children)
    return lemma(head) in cue_list("need_verbs") and any(c.dep_ == "dobj" for c in head.children)


def _unreal_clause(verb: Token, cues: Cues) -> bool:
    """An act in a to-clause of a noun that makes it only a right, a means or an
    attempt ("the right of troops to FIRE", "the only way to FORCE them to COMPLY"), also
    where the clause is a step down a chain of to-clauses; the parser labels such a clause
    on a noun a relative clause now and then."""
    clause = verb
    for _ in range(3):
        if not is_to_clause(clause):
            return False
        if clause.dep_ in ("acl", "relcl"):
            return lemma(clause.head) in cues.unreal_heads
        if clause.dep_ in ("advcl", "xcomp") and _unreal_object_before(clause, cues):
            return True  # "foiled a PLOT by two agents TO BOMB": the noun's clause, hung on the verb
        if clause.dep_ != "xcomp" or clause.head == clause:
            return False
        clause = clause.head
    return False


def _unreal_object_before(clause: Token, cues: Cues) -> bool:
    """Whether the verb a to-clause hangs on has, before the clause, an object that makes
    it only a plan, a plot or an attempt: the parser often attaches "a plot by two agents
    to bomb" or "uncovered a scheme by militants to attack" to the verb, not the noun."""
    return any(lemma(o) in cues.unreal_heads and o.i < clause.i
               for o in children(clause.head, "dobj"))


def _in_question(token: Token) -> bool:
    """An act named as an open question is not told: "it is unclear WHETHER troops WILL
    WITHDRAW", "asking whether the road will be opened" (an "if" that asks:
    `_only_a_condition`)."""
    for clause in (token, *token.ancestors):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            return True
    return False


def _only_a_condition(token: Token, cues: Cues) -> bool:
    """A condition told in the passive with no doer names no one's act ("bases are at
    risk IF Turkey IS SANCTIONED", "will stay UNLESS they ARE ATTACKED"), and an "if" that
    opens no condition asks ("villagers wonder IF the rebels will ATTACK"): neither tells
    an act. A condition whose doer is named ("if Iran attacks Azerbaijan") is coded,
    hypothetical, as is the act made conditional on it."""
    if token.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ in cues.conditions
                                       for c in token.children):
        return False
    if token.dep_ != "advcl":
        return True
    return any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children)


def _obliged(trigger: Trigger, cues: Cues) -> bool:
    """A material act someone must or should do is asked for, not done: "they MUST stop
    KILLING civilians", "the army SHOULD end its SIEGE", "Russia must WITHDRAW". The demand
    is the speaker's REQUEST (verdicts.py); the act is not coded as done, nor as not done.
    An inference about the past ("they must HAVE fired") tells an act."""
    if trigger.type not in MATERIAL_TYPES:
        return False
    token = trigger.token
    verb = token.head if trigger.kind == "nouns" and token.dep_ == "dobj" else token
    for _ in range(3):  # "must stop KILLING": the modal is on a verb that governs the act
        modal = next((c for c in verb.children
                      if c.dep_ == "aux" and c.lower_ in cues.obligations), None)
        if modal is not None:
            return not any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb or _has_subject(verb):
            return False  # "must talk, and troops ATTACKED": a clause of its own
        verb = verb.head
    return False


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _asked(token: Token) -> bool:
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
    sentence = token.sent
    at = token.i - sentence.start
    after = next((t for t in sentence[at + 1:] if t.text in _STOPS), None)
    if after is None or after.text != "?":
        return None
    before = [t.i for t in sentence[:at] if t.text in _STOPS]
    return token.doc[(before[-1] + 1) if before else sentence.start:after.i]


def _asks_wh(word: Token) -> bool:
    """A wh-word that asks ("exactly WHERE did", "and WHY"), not one that opens a relative
    clause after its noun or preposition ("the raid IN WHICH", "the town WHERE")."""
    if word.tag_ not in _WH_TAGS:
        return False
    before = word.nbor(-1) if word.i > word.sent.start else None
    return before is None or not before.tag_.startswith(("NN", "PRP", "IN"))


def _asks_question(trigger: Trigger) -> bool:
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


def _connective(token: Token) -> bool:
    """A participle that "as" joins without a subject or a doer links two things and tells
    no act: "AS OPPOSED to U.S. training", "as compared with last year"."""
    if token.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)


def _described(noun: Token) -> bool:
    """An event noun that says what something else is tells no act of its own: the
    complement of a copula that ranks an act told elsewhere ("it is the most serious
    ATTACK on X since 1994", "the third such raid") or names what a plan is for ("its aim
    is the CLEANSING of X"), or what a verb of describing takes its object for
    ("described the protest as a BLOCKADE", "sees the visit as a THREAT"). The act meant
    is coded where it is told; the describing, where it is a charge, by its verb. ("This
    was an attack on two missionaries" may be the only telling: it stays.)"""
    head = noun.head
    if noun.dep_ == "attr" and lemma(head) == "be":
        subject = subject_of(head)
        return (subject is not None and lemma(subject) in _PURPOSES) or _ranked(noun)
    if noun.dep_ != "pobj" or head.lower_ != "as" or head.head.pos_ != "VERB":
        return False
    # a kind ("as A threat"), said of something named before ("described AS abominable
    # THE killing" is a misread object, not a description)
    kind = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return kind and any(c.dep_ in ("dobj", "nsubjpass") and c.i < head.i
                        for c in head.head.children)


def _ranked(noun: Token) -> bool:
    """"The most serious attack", "the deadliest raid", "the third attack": a superlative
    or an ordinal ranks an act among others."""
    for child in noun.children:
        if child.ent_type_ == "ORDINAL" or child.tag_ == "JJS":
            return True
        if child.dep_ == "amod" and any(c.tag_ == "RBS" for c in child.children):
            return True
    return False


def _denied_mention(noun: Token) -> bool:
    """"Made no mention of military ASSISTANCE", "no sign of a WITHDRAWAL": an event noun
    under a noun the text negates is what is absent."""
    return noun.dep_ == "pobj" and is_negated(noun.head.head)


def agentless(trigger: Trigger) -> bool:
    """A verb in the passive that names no doer: "families are INFORMED", or set off by a
    comma to describe a noun ("peacekeepers, DEPLOYED in the region"; without the comma
    "a newspaper called on Arabs" is as often the main verb misread)."""
    token = trigger.token
    if trigger.kind != "verbs" or token.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" and not _by_means(c) for c in token.children):
        return False
    if token.dep_ == "acl":
        return token.i > 0 and token.doc[token.i - 1].text == ","
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _by_means(agent: Token) -> bool:
    """"Evacuated BY BUS", "sent BY AIR": a bare singular noun after "by" is how, not who."""
    return any(c.dep_ == "pobj" and c.tag_ == "NN" and not any(d.dep_ in ("det", "poss")
               for d in c.children) for c in agent.children)


def placed(event: Event) -> bool:
    """Whether a cooperation (quads 1 and 2) has an actor the text identifies, once sides
    and counterparts are settled: one with a country or an IGO code, or a name belli does
    not know ("the Gondor government"). Cooperating is a tie between parties: one whose
    every party is a bare kind of people ("the medics will exchange experience", "an
    exchange of prisoners") ties no one an analyst can name. Violence, coercion and
    threats by unplaced gunmen or against unplaced villagers are still conflict events.
    An interview with the press is no meeting at all (`nonevents.interview`)."""
    if interview(event):
        return False
    return event.quad > 2 or any(_identified(a) for a in (*event.source, *event.target))


def _identified(actor: Actor) -> bool:
    """A country or an IGO, or a name: the actor's own, or a capitalised word in a phrase
    of more than one ("Arnor cleric", "Gondor's police"; a lone "Lawmakers" is capitalised
    only for opening the sentence)."""
    if actor.country or actor.name:
        return True
    words = actor.text.split()
    return len(words) > 1 and any(word[:1].isupper() for word in words)


def has_doer(event: Event) -> bool:
    """Whether an act told in the passive without its doer still has one: violence and
    its end (a release: "the hostages were freed"), an accusation (coded for whom it
    accuses: "was accused of fraud"), or a source the document supplied. A deployment, a
    delivery or an invitation told with no one doing it describes a state of things
    ("forces, equipped with Russian systems"), not an act between two actors."""
    if event.quad == 4 or event.type in ("THREATEN", "ACCUSE", "RETREAT"):
        return True
    return any(a.country for a in event.source)
