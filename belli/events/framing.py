"""PLOVER's conventions on intent, applied after a trigger is read.

- A promise, offer or plan of cooperation is an AGREE; of force or coercion a THREATEN
  (PLOVER codes "will provide aid" AGREE and "will impose a curfew" THREATEN): the event
  keeps aux future and records the promised act's type as `intent`. What someone
  only believes will happen ("he believes the leaders will meet") is no one's promise:
  it keeps its own type, speculative, with aux future.
- A request or refusal takes its mode from the act asked for or refused (REQUEST and
  REJECT modes: assist, change, yield, meet).
- A threat takes its mode from the act threatened (violence, restrict, arrest, ...).
- "will not hesitate to strike" announces the strike: a negated verb of reluctance
  cancels the negation it lends the act.
- Aid announced ("announced $10 million in aid") is pledged: an AGREE with intent AID.
- A coercive act held out as a prospect ("the possibility of sanctions", "sanctions could
  follow if Ankara goes ahead") is a threat like an announced one; a sanction told as
  decided, on no condition ("announced it would cut aid"), is the sanction itself.
- A cooperation its doer says it will not do ("Germany WILL NOT SEND tanks", "he WOULD NOT
  NEGOTIATE") is a refusal, REJECT with the refused act as intent; an act that only did
  not happen ("did not send"), is told in the passive ("troops will not be deployed",
  no one refusing) or on another's word ("reports suggest China will not") keeps its own
  type, negated.
"""

from __future__ import annotations

from typing import Any

from belli.events.cue_lists import cue_list
from belli.events.lexicon import Plover
from belli.events.syntax import lemma
from belli.events.triggers import WILL, is_negated

__all__ = ["ask_mode", "reframe", "threat_mode"]

# Coercive acts whose announcement is a threat; other conflict acts (MOBILIZE, PROTEST)
# planned stay themselves with aux future.
_THREATENED = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_PROMISE_NOT = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"})
# verbs of reluctance: negated, they announce the act they govern ("will not HESITATE to")
_RELUCTANCE = frozenset({"hesitate"})
_CONDITIONS = frozenset({"if", "unless"})
# light verbs that make the aid they name a pledge: "ANNOUNCED $10 million in aid"
_PLEDGING = frozenset({"announce", "unveil", "earmark"})
# verbs that tell a decision taken: the sanction they govern is the act itself
_DECIDING = frozenset({"announce", "decide", "confirm", "resolve"})


def ask_mode(intent: str | None) -> str | None:
    """REQUEST/REJECT mode of the act asked for or refused."""
    if intent in ("AID", "COOPERATE"):
        return "assist"
    if intent in ("CONSULT", "AGREE"):
        return "meet"
    if intent in ("RETREAT", "CONCEDE"):
        return "yield"
    return "change" if intent else None


def threat_mode(intent: str | None, mode: str | None = None) -> str | None:
    """THREATEN mode of the act threatened."""
    if intent in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if intent == "COERCE":
        return {"arrest": "arrest", "seize": "territory", "deport": "expel"}.get(mode or "", "restrict")
    if intent == "SANCTION":
        return {"expel": "expel", "discontinue": "relations", "withdraw": "relations"}.get(
            mode or "", "restrict")
    if intent == "PROTEST":
        return "restrict"
    if intent in ("RETREAT", "AID", "COOPERATE"):
        return "relations"  # withdrawing help or forces is a threat to relations
    return None


def _undo_double_negation(draft: Any) -> None:
    """"will not hesitate to shut the power off": the act is announced, not negated."""
    aux = draft.modality.aux
    token = draft.trigger.token  # the light verb of "not hesitate to RAISE the levy"
    if token.dep_ == "dobj":  # an event noun: its verb
        token = token.head
    while "negated" in aux and token.dep_ == "xcomp" and not is_negated(token):
        token = token.head
        if token.lemma_.lower() in _RELUCTANCE and is_negated(token):
            aux.remove("negated")
            draft.why.append(f"not negated: 'not {token.text}' announces the act")


def _held_out(token: Any) -> bool:
    """"the possibility OF sanctions", "sanctions could FOLLOW if ...", "sanctions bills
    are pending": an act put forward as what may come, on a condition, or in a proposal
    not yet passed."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in cue_list("prospect_nouns")
    if token.dep_ == "compound" and token.head.lemma_.lower() in cue_list("prospect_nouns"):
        token = token.head  # "a sanctions BILL" is pending as the bill is
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    noun = token.pos_ in ("NOUN", "PROPN")
    proposed = noun and (_pending(token) or (verb is not token and _pending(verb)))
    return proposed or _conditional(verb)


def _conditional(verb: Any) -> bool:
    """Whether a clause of condition hangs on the verb ("sanctions could follow IF ...")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS
                                         for m in c.children) for c in verb.children)


def _pending(word: Any) -> bool:
    """Whether a word is said to be only proposed: "PENDING sanctions", "the bills are
    PENDING", "sanctions ... AWAITING ratification"."""
    return any(c.dep_ in ("amod", "acomp", "advcl") and c.lemma_.lower() in cue_list("pending_words")
               for c in word.children)


def _pledged_aid(draft: Any) -> bool:
    trigger = draft.trigger
    return (draft.type == "AID" and trigger.noun is not None
            and trigger.token.lemma_.lower() in _PLEDGING and "negated" not in draft.modality.aux)


def _decided(draft: Any) -> bool:
    """"announced it would cut aid", "decided to suspend ties": a sanction its doer tells
    as decided, on no condition, is taken, not held out."""
    verb = draft.trigger.token
    return draft.type == "SANCTION" and not draft.modality.conditional \
        and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _DECIDING


def _foreseen(modality: Any) -> bool:
    """"he believes the leaders will meet": what someone expects of others, no one's
    promise or threat."""
    return modality.frame is not None and modality.frame.kind == "belief"


def _refused(draft: Any, plover: Plover) -> bool:
    """"will not send tanks": its doer's own word that a cooperation will not happen."""
    verb = draft.trigger.token
    if draft.trigger.noun is not None or verb.pos_ != "VERB" or not is_negated(verb):
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in helpers) or not any(
            c.lemma_.lower() in WILL for c in helpers):  # "did not send" only did not
        return False
    return (_in_own_voice(draft) and plover.quad(draft.type) <= 2
            and draft.type not in _PROMISE_NOT and not draft.trigger.deciding.future and not _foreseen(draft.modality)
            and not draft.modality.conditional)


def _in_own_voice(draft: Any) -> bool:
    """"Germany will not send tanks, Scholz said": only the doer, or someone of its country,
    refuses for it; "reports suggest China will not" only tell what others expect."""
    frame = draft.modality.frame
    if frame is None:
        return True
    doers = {f.mention_id for f in draft.roles.source} - {None}
    own = draft.countries(draft.roles.source)
    return any(f.mention_id in doers for f in frame.speaker) \
        or bool(own & draft.countries(frame.speaker))


def _as_refusal(draft: Any) -> None:
    """The refusal stands for the act: not a negated or future one, but a REJECT now."""
    draft.intent, draft.type = draft.type, "REJECT"
    draft.mode = ask_mode(draft.intent)
    modality, dropped = draft.modality, ("negated", "future")
    modality.aux[:] = [a for a in modality.aux if a not in dropped]
    modality.why[:] = [w for w in modality.why if not w.startswith(dropped)]
    draft.why.append(f"REJECT: its doer will not {draft.trigger.token.lemma_} "
                     f"({draft.intent} refused)")


def reframe(draft: Any, plover: Plover) -> None:
    """Apply the conventions to a draft event in place (see the module docstring)."""
    rule = draft.trigger.deciding
    _undo_double_negation(draft)
    if _refused(draft, plover):
        _as_refusal(draft)
        return
    if rule.embedded == "mode" and draft.type in ("REQUEST", "REJECT"):
        draft.mode = draft.mode or ask_mode(draft.intent)
    elif draft.type == "THREATEN":
        draft.mode = draft.mode or threat_mode(draft.intent)
    if _pledged_aid(draft):
        draft.intent, draft.type, draft.mode = "AID", "AGREE", None
        draft.why.append("AGREE: aid announced is pledged (PLOVER codes intent to aid AGREE)")
        return
    modality = draft.modality
    if _decided(draft) and "future" in modality.aux:
        # "announced it would impose sanctions": the decision told is the sanction, taken
        # now, not a plan (PLOVER's THREATEN future is for coercion held out)
        modality.aux.remove("future")
        modality.why[:] = [w for w in modality.why if not w.startswith("future")]
        draft.why.append("not future: a sanction told as decided is taken")
        return
    planned = "future" in modality.aux or bool(modality.conditional) or (
        draft.type in _THREATENED and _held_out(draft.trigger.head))
    if not planned or rule.future or "negated" in modality.aux or draft.type in _PROMISE_NOT \
            or _foreseen(modality) or _decided(draft):
        return
    if draft.type == "CONSULT" and not modality.conditional \
            and lemma(draft.trigger.head) in cue_list("meeting_acts"):
        return  # "will meet on Friday": a meeting planned is told as one, future
    if plover.quad(draft.type) <= 2 and modality.conditional != "unless":
        draft.intent, draft.type, draft.mode = draft.type, "AGREE", None
        draft.why.append(f"AGREE: a planned or promised {draft.intent} (PLOVER codes intent to cooperate AGREE)")
    elif draft.type in _THREATENED or modality.conditional == "unless":
        # "will withdraw its troops unless ...": whatever is made conditional on another's
        # act is a threat
        draft.intent, old_mode = draft.type, draft.mode
        draft.type, draft.mode = "THREATEN", threat_mode(draft.intent, old_mode)
        draft.why.append(f"THREATEN: an announced or conditional {draft.intent}")
