"""One error hierarchy for belli. Third-party errors are mapped once, at the boundary.

    BelliError
    ├── InputError             bad input: unreadable, binary, empty, oversized, unsupported
    │   ├── FetchError         a URL could not be fetched, or was refused by policy
    │   └── LanguageError      the text is not in a language extraction supports
    ├── ModelError             the spaCy model is missing or failed to load
    ├── StoreError             the database could not be opened, read or written
    │   ├── StoreLockedError   another process holds the database file
    │   └── NotFoundError      no stored document has that id
    ├── KnowledgeBaseError     a packaged data file (actors, lexicons) is missing or malformed
    │   └── GazetteerError     a gazetteer or places file is missing or malformed
    ├── PipelineError          a stage failed on an article (batch mode records a Failure)
    ├── QueryError             a filter, sort or page of a store query has an invalid value
    └── SettingError           a setting has an invalid value
"""

from __future__ import annotations

from typing import Any


class BelliError(Exception):
    """Base of every error belli raises on purpose. `hint` says what the user can do."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled whole (a worker process sends its errors back): the hint is keyword-only
        return type(self), (self.message,), self.__dict__


class InputError(BelliError):
    """An input cannot be read as an article."""


class FetchError(InputError):
    """A URL could not be fetched, or the fetch was refused by policy."""


class LanguageError(InputError):
    """The text is in a language extraction does not support."""


class ModelError(BelliError):
    """The spaCy model is missing or failed to load."""


class StoreError(BelliError):
    """The database could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the database file."""


class NotFoundError(StoreError):
    """No stored document has the id (or id prefix) asked for."""


class KnowledgeBaseError(BelliError):
    """A packaged knowledge-base data file is missing or malformed."""


class GazetteerError(KnowledgeBaseError):
    """A gazetteer file is missing or malformed."""


class PipelineError(BelliError):
    """A pipeline stage failed on an article."""


class QueryError(BelliError):
    """A filter, sort or page of a store query has an invalid value (an unknown type, a bad
    date, a quad class out of range)."""


class SettingError(BelliError):
    """A setting has an invalid value."""
