"""Places: an offline gazetteer and toponym resolution with context.

    from belli.geo import PlaceStage, event_place, load_gazetteer

`PlaceStage` ("geo.resolve.v1") fills `Mention.place` after the actor stage;
`event_place` gives the event coder the place its clause names; `load_gazetteer` reads
the gazetteer (GeoNames-derived table plus curated places) once per process.
"""

from belli.geo.events import event_place, locative_of
from belli.geo.gazetteer import Entry, Gazetteer, GazetteerError, load_gazetteer
from belli.geo.stage import PlaceStage, precision_of

__all__ = [
    "Entry",
    "Gazetteer",
    "GazetteerError",
    "PlaceStage",
    "event_place",
    "load_gazetteer",
    "locative_of",
    "precision_of",
]
