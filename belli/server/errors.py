"""One error shape for every error the API returns, whoever raised it:

    {"error": {"status": 404, "code": "not_found", "message": "...", "hint": "...",
               "details": [...]}}

`hint` says what the caller can do and `details` lists each bad field of a request that
failed validation; both may be null. Unexpected errors give a 500 in the same shape and
never a traceback: the log has it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from belli.errors import (
    BelliError,
    InputError,
    NotFoundError,
    QueryError,
    StoreLockedError,
)

__all__ = ["ApiError", "error_body", "error_response", "install_error_handlers"]

log = logging.getLogger(__name__)

# HTTP status -> the code word clients switch on
CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid_request", 500: "internal_error", 503: "unavailable",
}


class ApiError(Exception):
    """An error the API raises on purpose, with its status and an optional hint."""

    def __init__(self, status: int, message: str, *, hint: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.hint, self.headers = status, message, hint, headers


def error_body(status: int, message: str, hint: str | None = None,
               details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": CODES.get(status, "error"),
                      "message": message, "hint": hint, "details": details}}


def error_response(status: int, message: str, hint: str | None = None,
                   details: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, hint, details), status_code=status,
                        headers=headers)


def _status_of(exc: BelliError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, (QueryError, InputError)):
        return 422
    if isinstance(exc, StoreLockedError):
        return 503
    return 500


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.hint, headers=exc.headers)


async def _belli_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BelliError)
    return error_response(_status_of(exc), exc.message, exc.hint)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "")
    return error_response(exc.status_code, message,
                          headers=dict(exc.headers) if exc.headers else None)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
               for e in exc.errors()]
    first = details[0] if details else {"where": "request", "message": "invalid"}
    return error_response(422, f"{first['where']}: {first['message']}",
                          "see /docs for each parameter", details)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, f"internal error: {type(exc).__name__}",
                          "the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(BelliError, _belli_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
