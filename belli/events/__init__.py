"""Event coding: who did what to whom, how sure, and who says so (PLOVER).

    triggers.py    trigger words and the lexicon rule that decides their type
    roles.py       source and target actors from the dependency parse
    modality.py    certainty and aux modes (negated, future, hypothetical)
    claims.py      reported speech: speakers, quoted text, attribution
    quantities.py  numbers tied to events
    timing.py      the event's date and whether it is background
    framing.py     PLOVER's conventions on promises, threats and requests
    coder.py       the whole per-document pass; stage.py the pipeline stage

The lexicon (data/lexicon.yaml), cues (data/cues.yaml) and PLOVER table
(data/plover.yaml) are data files an analyst can read and extend.
"""
