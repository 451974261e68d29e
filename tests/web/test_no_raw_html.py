"""No part of the dashboard may render raw HTML: article text is untrusted input, and
Dash escapes text only as long as nothing asks it not to."""

from __future__ import annotations

from pathlib import Path

import pytest

import belli.web

WEB = Path(belli.web.__file__).parent
# Every way Dash or React can be asked to take a string as markup.
FORBIDDEN = ("dangerously_allow_html", "dangerouslysetinnerhtml",
             "dangerously_set_inner_html", "innerhtml", "srcdoc", "iframe", "markdown",
             "outerhtml", "insertadjacenthtml")


def files() -> list[Path]:
    return sorted(p for p in WEB.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def test_the_dashboard_has_files_to_check() -> None:
    names = {p.name for p in files()}
    assert {"__init__.py", "app.py", "style.css"} <= names


@pytest.mark.parametrize("path", files(), ids=lambda p: str(p.relative_to(WEB)))
def test_no_file_of_the_dashboard_names_a_raw_html_component(path: Path) -> None:
    content = path.read_text(encoding="utf-8", errors="replace").casefold()
    found = [name for name in FORBIDDEN if name in content]
    assert not found, f"{path.relative_to(WEB)} mentions {found}"
