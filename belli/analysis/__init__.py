"""Across documents: reports linked into canonical events (and, next, standing relations and outlet framing)."""
