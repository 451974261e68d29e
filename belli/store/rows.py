"""The limit and offset a query may ask DuckDB for."""

from __future__ import annotations

from belli.errors import QueryError

# LIMIT and OFFSET reach DuckDB as BIGINTs: past this, DuckDB's own error, not a QueryError.
MAX_ROWS = 2**63 - 1


def check_rows(limit: int | None, offset: int) -> None:
    """A limit and an offset DuckDB can take, or a QueryError that says why not."""
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and value < 0:
            raise QueryError(f"{name} {value} is negative", hint="give 0 or more")
        if value is not None and value > MAX_ROWS:
            raise QueryError(f"{name} {value} is too large", hint=f"give at most {MAX_ROWS}")
