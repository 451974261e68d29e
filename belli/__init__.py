"""belli: who did what to whom, when and where, from geopolitical news, with evidence."""

__version__ = "0.1.0"
