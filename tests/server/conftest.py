"""Fixtures of the server tests (the store and clients live in server_fixtures)."""

from server_fixtures import client, store_path

__all__ = ["client", "store_path"]
