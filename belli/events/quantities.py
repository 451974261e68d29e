"""Numbers an event carries: killed, wounded, displaced, deployed, money, items.

"more than 100" -> 100 (more than), "at least 50" -> 50 (at least), "some 3,000" ->
3000 (about), "$3.5 million" -> 3500000 USD, "two billion US dollars" -> 2e9 USD,
"10 aircraft" -> 10 aircraft. The unit is what is counted: the event's outcome where
the trigger says it ("killing at least 12 civilians" -> killed) or the loss the event
caused ("2,000 were displaced by the shelling" -> displaced), else the counted noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from belli.events.cue_lists import cue_list
from belli.events.syntax import Token, children, lemma
from belli.events.syntax_index import sentence_of
from belli.nlp.doc_index import doc_text
from belli.records import Quantity

__all__ = ["parse_number", "quantities_near"]

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozens": 24, "hundreds": 200, "thousands": 2000,
    "scores": 40, "tens": 20, "millions": 2e6, "billions": 2e9,
}
# words that multiply what came before them ("two hundred", "3.5 million", "a dozen")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "k": 1e3, "m": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9}
_GROUPS = {"hundred": 100.0, "dozen": 12.0}
# plural words that are only lower bounds ("dozens of", "hundreds of")
_VAGUE = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions", "billions"})
# the entity types a number word may carry to count: one inside a date ("9 July"), a time
# ("the past 24 hours"), an age, or a name ("F-16", "Resolution 2334") counts nothing
_COUNT_ENTITIES = frozenset({"", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_QUALIFIERS = (
    ("at least", "at least"), ("more than", "more than"), ("over", "more than"),
    ("upwards of", "more than"), ("in excess of", "more than"), ("nearly", "nearly"),
    ("almost", "nearly"), ("close to", "nearly"), ("about", "about"), ("around", "about"),
    ("some", "about"), ("roughly", "about"), ("approximately", "about"),
    ("an estimated", "about"), ("up to", "up to"), ("as many as", "up to"),
    ("fewer than", "less than"), ("less than", "less than"), ("under", "less than"),
)
_QUALIFIER_WORDS = frozenset(cue.split()[0] for cue, _ in _QUALIFIERS)
_SYMBOLS = (("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₽", "RUB"), ("¥", "JPY"))
_SIGNS = frozenset(sign for sign, _ in _SYMBOLS) | {"US$"}
# currency words, matched as whole words (singular or plural)
_CURRENCIES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB",
               "ruble": "RUB", "manat": "AZN", "dram": "AMD", "lira": "TRY", "yuan": "CNY",
               "rupee": "INR", "shilling": "KES", "rial": "IRR", "hryvnia": "UAH", "yen": "JPY",
               "usd": "USD", "eur": "EUR", "gbp": "GBP"}
# "2.5bn", "300m", "15k": a scale glued to its number
_GLUED_SCALE = re.compile(r"(\d)(bn|mln|mn|m|k|b)\b")
_GLUED_LONG_SCALE = re.compile(r"(\d)(bn|mln|mn)\b")
_VAGUE_SCALE = re.compile(r"\b(tens|dozens|scores|hundreds) of (thousand|million|billion)s\b")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# the words `_value` reads a number from, as runs of letters ("a dozen", "half", "two")
_NUMBER_WORDS = frozenset(_WORDS) | frozenset(_GROUPS) | frozenset(_SCALES) | {"half"}
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
# a model or unit name with a number in it ("F-16", "S-400", "Su-25") counts nothing
_MODEL_NAME = re.compile(r"[A-Za-z]-?\d|\d-?(?!(?:bn|mln|mn)\b)[A-Za-z]{2,}")
# trigger lemmas that say what a count of people means
_OUTCOMES = {
    "kill": "killed", "murder": "killed", "massacre": "killed", "execute": "killed",
    "death": "killed", "dead": "killed", "die": "killed", "slay": "killed",
    "wound": "wounded", "injure": "wounded", "injury": "wounded",
    "displace": "displaced", "flee": "displaced", "evacuate": "evacuated",
    "homeless": "displaced",
    "kidnap": "abducted", "abduct": "abducted", "hostage": "abducted",
    "arrest": "arrested", "detain": "arrested", "release": "released", "free": "released",
    "deploy": "deployed", "send": "sent", "dispatch": "sent", "station": "deployed",
    # event nouns of the same outcomes ("the KILLING of 33 militants")
    "killing": "killed", "execution": "killed", "abduction": "abducted",
    "kidnapping": "abducted", "detention": "arrested", "deployment": "deployed",
    "evacuation": "evacuated", "displacement": "displaced",
}
# verbs of the losses an event causes: "12 died IN the attack", "2,000 were displaced BY
# the fighting", "200 fled the offensive"
_LOSS_VERBS = frozenset(w for w, outcome in _OUTCOMES.items()
                        if outcome in ("killed", "wounded", "displaced", "evacuated"))
_CAUSE_PREPS = frozenset({"in", "during", "by", "after", "amid", "from"})
_CAUSE_MARKS = frozenset({"when", "after", "as"})
# "the rebels PUT the TOLL at 12", "estimated the number at": a count another gives
_ESTIMATING = frozenset({"put", "place", "estimate", "set", "give"})
_TOLL_WORDS = frozenset({"toll", "number", "figure", "count", "tally"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_THE_DEAD = frozenset({"dead", "death", "fatality", "victim", "casualty", "killed", "body"})
_PEOPLE = frozenset({"people", "person", "civilian", "soldier", "troop", "militant",
                     "fighter", "passenger", "child", "woman", "man", "resident",
                     "villager", "student", "worker", "officer", "member", "personnel",
                     "refugee", "migrant", "hostage", "prisoner", "detainee", "policeman",
                     "protester", "body", "victim", "casualty", "rebel", "insurgent",
                     "gunman", "attacker", "terrorist", "girl", "boy", "schoolgirl",
                     "serviceman", "servicemen", "servicemember", "conscript", "reservist",
                     "peacekeeper", "guard", "sailor", "pilot", "marine", "commander",
                     "official", "journalist", "medic", "doctor", "citizen", "national",
                     "demonstrator", "guerrilla", "mercenary", "volunteer", "recruit",
                     "farmer", "fisherman", "shepherd", "miner", "pilgrim", "settler",
                     "suspect", "smuggler", "trafficker", "activist", "dissident",
                     "jihadist", "separatist", "extremist", "criminal", "militiaman",
                     "opponent", "critic", "supporter", "lawmaker", "diplomat", "crew",
                     "pupil", "family", "inhabitant",
                     "other"})  # "killing two soldiers and wounding six OTHERS"


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    qualifier: str | None
    currency: str | None


def parse_number(text: str) -> Number | None:
    """A number phrase as value, qualifier and currency; None if it holds no number."""
    lowered = text.lower()
    currency = _currency(lowered)
    # "2.5bn" always; "300m" only as money ("a 5m wall" is five metres)
    glued = _GLUED_SCALE if currency else _GLUED_LONG_SCALE
    lowered = " ".join(glued.sub(r"\1 \2", lowered).replace("-", " ").split())
    lowered = _VAGUE_SCALE.sub(r"\1 \2", lowered)  # "tens of thousands": 20 x 1,000
    qualifier = next((q for cue, q in _QUALIFIERS if lowered.startswith(cue + " ")), None)
    value = _value(lowered)
    if value is None:
        return None
    if qualifier is None and any(w in _VAGUE for w in lowered.split()):
        qualifier = "at least"
    return Number(value, qualifier, currency)


def _currency(lowered: str) -> str | None:
    symbol = next((code for sign, code in _SYMBOLS if sign in lowered), None)
    if symbol is not None:
        return symbol
    words = [w.rstrip("s") for w in re.split(r"[^a-z]+", lowered) if w]
    return next((_CURRENCIES[w] for w in words if w in _CURRENCIES), None)


def _value(lowered: str) -> float | None:
    """Read left to right: "two hundred fifty" 250, "one hundred and fifty" 150, "3.5
    million" 3.5e6, "two and a half million" 2.5e6, "a dozen" 12."""
    words = [w for w in re.split(r"[\s$€£]+", lowered) if w]
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if _NUMBER.match(word):
            current += float(word.replace(",", ""))
        elif word in _WORDS:
            current += _WORDS[word]
        elif word in ("a", "an") and (after in _SCALES or after in _GROUPS):
            current += 1.0
        elif word == "half":
            current += 0.5
        elif word in _GROUPS:
            current = (current or 1.0) * _GROUPS[word]
        elif word in _SCALES and (current or seen):
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
        else:
            continue
        seen = True
    return total + current if seen else None


def quantities_near(groups: Sequence[tuple[Token, Sequence[Token], str | None]]
                    ) -> tuple[Quantity, ...]:
    """Numbers on each trigger's phrase and its arguments' phrases, claimed by the speaker
    that trigger was told by; a trigger's word says what a count of people means
    ("killing 12" -> killed). They come in the order the text tells them."""
    if not any(_may_count(trigger) for trigger, _, _ in groups):
        return ()  # most sentences count nothing: no phrase need be read
    out: list[tuple[int, Quantity]] = []
    rivals = _rival_tolls(groups[0][0])
    seen: set[int] = {number.i for number, _ in rivals}  # read as their givers' only
    for trigger, heads, claimed_by in groups:
        for head in (trigger, *heads, *_loss_verbs(trigger), *_left_behind(trigger),
                     *_amounts(trigger), *_valued_sums([trigger, *heads])):
            for token in _number_heads(head):
                # a number word is tied once: to its noun, or read as a count of its own
                words = {token.i, *(t.i for t in _numbers_before(token)),
                         *(t.i for t in _scale_after(token))}
                if words & seen:
                    continue
                seen |= words
                quantity = _quantity(token, trigger, claimed_by)
                if quantity is not None:
                    out.append((token.i, quantity))
        for token in _toll_numbers(trigger):
            quantity = _bare_count(token, trigger, claimed_by) if token.i not in seen else None
            seen.add(token.i)
            if quantity is not None:  # a toll counts the dead
                out.append((token.i, replace(quantity, unit="killed")))
    out += _rival_counts(groups[0][0], rivals, out)
    return tuple(quantity for _, quantity in sorted(out, key=lambda found: found[0]))


def _rival_tolls(trigger: Token) -> list[tuple[Token, str | None]]:
    """"... while the rebels PUT THE TOLL AT 12": each number a toll of the dead is put at
    in the trigger's sentence, with whoever puts it there."""
    out = []
    for verb in sentence_of(trigger):
        toll = next((o for o in children(verb, "dobj") if lemma(o) in _TOLL_WORDS), None)
        if toll is None or lemma(verb) not in _ESTIMATING or not _of_the_dead(toll):
            continue
        who = next(iter(children(verb, "nsubj")), None)
        claimant = _phrase_text(who) if who is not None else None
        out += [(number, claimant) for p in children(verb, "prep") if p.lower_ == "at"
                for number in children(p, "pobj") if _estimated(number)]
    return out


def _rival_counts(trigger: Token, rivals: list[tuple[Token, str | None]],
                  counted: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """"45 people were killed, the ministry said, while the rebels put the toll at 12":
    another claimant's count of the dead, beside the event's own; only for an event that
    counts its dead (an arrest told beside a killing takes no toll), and never its own
    speaker's count again ("the ministry later put the toll at 50")."""
    claimants = {(q.claimed_by or "").lower() for _, q in counted if q.unit == "killed"}
    if not claimants:
        return []
    out = []
    for number, claimant in rivals:
        quantity = None if (claimant or "").lower() in claimants else \
            _bare_count(number, trigger, claimant)
        if quantity is not None:
            out.append((number.i, replace(quantity, unit="killed")))
    return out


def _estimated(number: Token) -> bool:
    """A number a toll is put at: a count whatever the model tagged it ("put the toll at
    55" comes tagged as a DATE), but not a year."""
    text = number.text
    return (number.lower_ in _WORDS or bool(_NUMBER.match(text))) and not _YEAR.match(text)


def _of_the_dead(toll: Token) -> bool:
    """A toll, or a number or figure of the dead ("the number of DEAD", "of people
    KILLED"; not "the number of displaced", which counts another loss)."""
    counted = [o for p in children(toll, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    return all(lemma(o) in _THE_DEAD or any(
        c.dep_ == "acl" and _OUTCOMES.get(lemma(c)) == "killed" for c in o.children)
        for o in counted)


def _phrase_text(head: Token) -> str:
    return str(head.doc[head.left_edge.i:head.right_edge.i + 1].text)


def _may_count(trigger: Token) -> bool:
    """Whether the trigger's sentence has a digit or a word `_value` reads a number from:
    the phrases read below are its words, and without one no phrase holds a number."""
    sentence = sentence_of(trigger)
    text = doc_text(trigger.doc)[sentence.start_char:sentence.end_char].lower()
    return _DIGIT.search(text) is not None or not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text))


def _toll_numbers(trigger: Token) -> list[Token]:
    """"The death toll FROM the strike rose TO 45", "the toll from the attack stood AT 12",
    "... was 45": the number an event noun's toll reaches."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("from", "of", "in") or lemma(prep.head) != "toll":
        return []
    toll = prep.head
    if toll.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = toll.head
    found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "at")
             for o in p.children if o.dep_ == "pobj"]
    found += [c for c in verb.children if c.dep_ in ("attr", "dobj")]  # "was 45", "reached 45"
    return [t for t in found if _is_count(t)]


def _loss_verbs(trigger: Token) -> list[Token]:
    """The verbs of loss an event is told as the cause of, with the losses joined to them
    by "and": "12 soldiers died IN the attack", "2,000 were displaced and 40 wounded BY
    the shelling", "200 villagers fled the offensive"."""
    verb = _caused_loss(trigger)
    return _joined_losses(verb) if verb is not None else []


def _left_behind(trigger: Token) -> list[Token]:
    """"Russian shelling LEFT 40 people DEAD", "the clashes left 12 wounded": the verb
    through which an act tells the state it left its victims in."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lemma(verb) != "leave":
        return []
    states = children(verb, "oprd", "acomp", "xcomp", "dobj")
    return [verb] if any(lemma(c) in _OUTCOMES for c in states) else []


def _caused_loss(trigger: Token) -> Token | None:
    """The verb of loss an event is the cause of, through a preposition ("killed BY the
    strike", "displaced by the SHELLING" read as a gerund), as what was fled, or as the
    clause that tells when ("five soldiers died WHEN militants attacked")."""
    governor = trigger.head
    if trigger.dep_ == "dobj" and lemma(governor) in cue_list("leaving_verbs"):
        return governor  # "fled the offensive"
    if trigger.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in
                                       _CAUSE_MARKS for c in trigger.children):
        return governor
    if (trigger.dep_ in ("pobj", "pcomp") and governor.lower_ in _CAUSE_PREPS
            and governor.head != governor):
        return governor.head
    return None


def _joined_losses(verb: Token) -> list[Token]:
    """The loss verb and the losses it is coordinated with, which share its cause; where
    the parser hangs a participle on its count ("about 40 WOUNDED by"), the count stands
    in the coordination and is a head of its own."""
    if lemma(verb) not in _LOSS_VERBS:
        return []
    member = verb.head if verb.dep_ == "acl" else verb
    found = [verb, member, *(t for t in member.conjuncts if _tells_loss(t))]
    return sorted(set(found), key=lambda t: t.i)


def _tells_loss(token: Token) -> bool:
    """A verb of loss, or a count carrying one ("40 wounded")."""
    return lemma(token) in _LOSS_VERBS or any(
        c.dep_ == "acl" and lemma(c) in _LOSS_VERBS for c in token.children)


def _valued_sums(heads: Sequence[Token]) -> list[Token]:
    """The sum a deal or a delivery is valued at, on a head or its object: "promised
    drones WORTH $3.5 million", "a package VALUED at $1bn", "contracts TOTALLING €2bn"."""
    owners = [*heads, *(c for h in heads for c in h.children if c.dep_ in ("dobj", "xcomp"))]
    words = [c for o in owners for c in o.children if lemma(c) in cue_list("value_words")]
    return [e.root for w in words for e in w.doc.ents if e.label_ == "MONEY"
            and w.left_edge.i <= e.start and e.end <= w.right_edge.i + 1]


def _amounts(trigger: Token) -> list[Token]:
    """The sum an event noun is counted in: "$425 million IN aid", "gave Ukraine £2.5bn
    IN military aid", "€50bn OF support"."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return []
    owner = prep.head
    if owner.ent_type_ == "MONEY":
        return [owner]
    return [o for o in owner.children if o.dep_ == "dobj" and o.ent_type_ == "MONEY"
            ] if owner.pos_ == "VERB" else []


def _number_heads(head: Token) -> Iterable[Token]:
    """Counted nouns, money phrases and bare counts ("killing at least eight", "dozens of
    people") under the head, one level deep through "of"."""
    # the parse's index of children (`syntax.children`): spaCy walks a subtree for each
    # `children`, and every trigger's and argument's phrase is read here
    # ("left 40 DEAD": the count on the state an act left its victims in)
    candidates = [head, *children(head, "dobj", "pobj", "nsubjpass", "nsubj", "attr", "oprd")]
    for prep in children(head, "prep"):
        candidates.extend(children(prep, "pobj"))
    # "killed 12 civilians and THREE SOLDIERS": each noun of a coordination is counted
    candidates += [c for t in candidates[1:] for c in t.conjuncts if c.i > t.i]
    # "left 40 dead": the count hangs on the state, an adjective, as a bare number
    candidates += [n for state in children(head, "oprd", "dobj") if state.pos_ == "ADJ"
                   for n in children(state, "nummod")]
    for token in candidates:
        if token.ent_type_ in ("DATE", "TIME"):  # "on 9 July", "in the past 24 hours"
            continue
        if _is_count(token) or token.ent_type_ == "MONEY" or _numbers_before(token):
            yield token


def _numbers_before(noun: Token) -> list[Token]:
    """The number words that modify a noun: before it, so that a verb's object ("killing
    eight") is its own count, not the verb's; never a verb's subject ("Twelve died"),
    nor "no one"."""
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    return [c for c in children(noun, "nummod", "quantmod") if c.i < noun.i and _counts(c)
            and not any(d.dep_ == "det" and d.lower_ in _NONE for d in c.children)]


def _scale_after(number: Token) -> list[Token]:
    """The scale word a vague count reaches through "of": "hundreds OF THOUSANDS"."""
    if number.lower_ not in _VAGUE:
        return []
    return [o for prep in number.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj" and o.lower_ in _VAGUE
            and lemma(o) in _SCALES]


def _counts(token: Token) -> bool:
    """Whether a number word counts: not one inside a date, a time or a name ("F-16")."""
    return token.ent_type_ in _COUNT_ENTITIES and not _MODEL_NAME.search(token.text)


# determiners of parties the story has named already ("THE two sides", "ALL three")
_KNOWN_PARTIES = frozenset({"the", "these", "those", "their", "both", "all"})
# "no one was hurt", "each one": no count
_NONE = frozenset({"no", "any", "each", "every"})


def _is_count(token: Token) -> bool:
    """A number standing for what it counts: "killing eight", "dozens of people"."""
    return (_counts(token) and (token.lower_ in _WORDS or bool(_NUMBER.match(token.text)))
            and not any(c.dep_ == "det" and c.lower_ in _NONE for c in token.children))


def _quantity(noun: Token, trigger: Token, claimed_by: str | None) -> Quantity | None:
    if _is_count(noun):
        return _bare_count(noun, trigger, claimed_by)
    if _counts_parties(noun):
        return None  # "mediate between the two sides": who takes part, not what was done
    # "£" on "2.5bn"; "NEARLY $5 billion", "MORE than €1bn": a sum's words hung on its head
    signs = [c for c in noun.children if c.i < noun.i and (
        c.text in _SIGNS or _qualifies(c) or c.ent_type_ == noun.ent_type_ == "MONEY")]
    tokens = sorted({t for c in [*_numbers_before(noun), *signs] for t in c.subtree} | (
        {noun} if noun.ent_type_ == "MONEY" else set()), key=lambda t: t.i)
    if not tokens:
        return None
    text = str(noun.doc[tokens[0].i:noun.i + 1].text)
    # the value from the number words alone: "24 F-16 fighter jets" is 24, not 24 + 16
    parsed = parse_number(str(noun.doc[tokens[0].i:tokens[-1].i + 1].text))
    if parsed is None:
        return None
    unit = parsed.currency or _currency(text.lower()) or _unit(noun, trigger)
    return Quantity(text=text, value=parsed.value, unit=unit, claimed_by=claimed_by,
                    qualifier=parsed.qualifier)


def _counts_parties(noun: Token) -> bool:
    """Whether a number counts the parties already told of, as a dyad or a talk names
    them: "the two sides", "their two leaders", "all three countries"; not "sent two
    delegations", which counts what an event did."""
    return lemma(noun) in cue_list("party_nouns") and any(
        c.dep_ in ("det", "poss", "predet") and c.lower_ in _KNOWN_PARTIES for c in noun.children)


def _qualifies(token: Token) -> bool:
    """A qualifier adverb on a number's head ("NEARLY $5 billion", "ABOUT 40 wounded")."""
    return token.dep_ == "advmod" and token.lower_ in _QUALIFIER_WORDS


def _bare_count(number: Token, trigger: Token, claimed_by: str | None) -> Quantity | None:
    """A count with no noun of its own: what it counts is its "of" object ("dozens of
    people", "two of the peacekeepers"), else what the trigger says ("killing eight")."""
    # "MORE than 100" where the parser reads "more" as an adjective of the number
    qualifiers = [t for c in number.children if c.dep_ in ("quantmod", "advmod", "nummod")
                  or (c.dep_ == "amod" and c.i < number.i) for t in c.subtree]
    scale = next(iter(_scale_after(number)), None)
    end = scale if scale is not None else number  # "hundreds of thousands" read whole
    counted = next((o for prep in end.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for o in prep.children if o.dep_ == "pobj"), None)
    if (counted is not None and _ranked(counted)) or _compared(number):
        return None  # "one of the largest attacks" ranks, "younger than five" compares
    first = min([number, *qualifiers], key=lambda t: t.i)
    parsed = parse_number(str(number.doc[first.i:end.i + 1].text))
    if parsed is None:
        return None
    last = counted if counted is not None else end
    text = str(number.doc[first.i:last.i + 1].text)
    currency = parsed.currency or (_currency(counted.lower_) if counted is not None else None)
    # "killed 18 OF THEM": a pronoun names nothing, the count's verb says what it counts
    named = counted is not None and counted.pos_ != "PRON" and counted.tag_ not in ("PRP", "DT")
    unit = currency or (_unit(counted, trigger) if named else _outcome(trigger, number))
    return Quantity(text=text, value=parsed.value, unit=unit, claimed_by=claimed_by,
                    qualifier=parsed.qualifier)


def _compared(number: Token) -> bool:
    """Whether a number is the measure of a comparison ("children YOUNGER than five"),
    not a count ("MORE than 100")."""
    than = number.head if number.head.lower_ == "than" else None  # "younger THAN five"
    words = [c for c in number.children if c.dep_ == "amod"] + ([than.head] if than else [])
    return any(w.tag_ == "JJR" and w.lower_ not in _QUALIFIER_WORDS for w in words)


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked by a superlative ("the LARGEST attacks", "the MOST
    violent clashes")."""
    return any(c.tag_ in ("JJS", "RBS") or (c.dep_ == "amod" and any(
        g.tag_ == "RBS" for g in c.children)) for c in noun.children)


def _unit(noun: Token, trigger: Token) -> str:
    word = lemma(noun)
    if word in cue_list("percent_nouns") or noun.lower_ in cue_list("percent_nouns"):
        return "percent"  # a rate ("40 per cent of the town"), never a count of people
    outcome = _outcome(trigger, noun)
    if outcome == "sent" and word in cue_list("force_nouns"):
        return "deployed"  # "sent some 3,000 troops": forces sent are deployed
    # "arrested 20 Palestinians", "killed 11 PKK": a people's or group's name counts people
    if outcome and (word in _PEOPLE or noun.ent_type_ in ("NORP", "ORG")):
        return outcome
    return str(noun.lower_)


def _outcome(trigger: Token, counted: Token) -> str | None:
    """What a count of people means: the trigger's outcome ("killing 12"), else the
    participle the count carries ("about 40 WOUNDED by the shelling"), else that of the
    verb the count belongs to ("12 soldiers DIED in the attack", "forced a million
    people TO FLEE")."""
    while counted.dep_ == "conj" and counted.head != counted:
        counted = counted.head  # "12 civilians and three SOLDIERS died": the first's verb
    governor, told = counted.head, []
    # "hundreds OF civilians fled", "the KILLING of 33 militants"
    if governor.dep_ == "prep" and governor.lower_ == "of":
        counted, governor = governor.head, governor.head.head
        told.append(counted)
    told += [c for c in counted.children if c.dep_ == "acl"]
    # "forced a million people TO FLEE", "left 40 people DEAD", "shot DEAD 16 protesters"
    told += [governor, *(c for c in governor.children if c.dep_ in ("xcomp", "oprd", "acomp"))]
    # "shot DEAD two officers", the state read as the counted noun's adjective
    told += [c for c in counted.children if c.dep_ == "amod" and c.i == governor.i + 1]
    return _OUTCOMES.get(lemma(trigger)) or next(
        (_OUTCOMES[lemma(t)] for t in told if lemma(t) in _OUTCOMES), None)
