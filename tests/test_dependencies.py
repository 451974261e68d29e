"""Installed dependencies are at least the releases that fixed their known vulnerabilities,
and no parser belli does not need (multipart forms) is installed to be attacked.

Each floor names the advisories it answers; every figure was checked against the advisory
or the release notes (osv.dev, the projects' changelogs) on 2026-12-04, except where the
comment says unverified. pyproject.toml holds the same floors, so a fresh install meets
them; this test catches an environment built some other way (a lock file, a distro).
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from fastapi import params
from fastapi.routing import APIRoute
from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"

FLOORS: dict[str, tuple[str, str]] = {
    # HTML parsing of untrusted pages
    "lxml": ("6.1.0", "CVE-2026-41066: XXE in iterparse() and ETCompatXMLParser"),
    "trafilatura": ("2.3.1", "floor named in issue 12; no advisory found (unverified)"),
    # fetching: httpx encodes host names with idna; trafilatura and requests use urllib3
    "idna": ("3.15", "CVE-2024-3651 (3.7) and its incomplete fix CVE-2026-45409 (3.14, 3.15)"),
    "urllib3": ("2.8.0", ("CVE-2026-21441 (2.6.3), CVE-2026-44431/44432 (2.7.0), "
                          "CVE-2026-97688/97689 (2.8.0)")),
    "requests": ("2.32.4", "CVE-2024-47081: .netrc credentials sent to the wrong host"),
    # serving: the REST API
    "h11": ("0.16.0", "CVE-2025-43859: lenient chunked-body parsing (request smuggling)"),
    "starlette": ("1.3.1", ("CVE-2025-62727 (0.49.1), CVE-2026-48710 BadHost (1.0.1), "
                            "PYSEC-2026-248 request.url (1.3.0), form parser limits (1.3.1)")),
    # serving: the dashboard (Dash runs on Flask, Werkzeug and Jinja)
    "dash": ("2.15.0", "CVE-2024-21485: XSS through a link's href"),
    "flask": ("3.1.3", "CVE-2025-47278 (3.1.1), CVE-2026-27205 (3.1.3)"),
    "werkzeug": ("3.1.6", "CVE-2024-49766/49767 (3.0.6), GHSA-29vq-49wr-vm6x (3.1.6)"),
    "jinja2": ("3.1.6", "CVE-2024-56201, CVE-2024-56326 (3.1.5), CVE-2025-27516 (3.1.6)"),
}
MULTIPART_PARSERS = ("python-multipart", "multipart")


@pytest.mark.parametrize("package", sorted(FLOORS))
def test_installed_release_is_at_least_the_fixed_one(package: str) -> None:
    floor, advisories = FLOORS[package]
    installed = Version(metadata.version(package))
    assert installed >= Version(floor), f"{package} {installed} < {floor}: {advisories}"


def declared_floors() -> dict[str, Version]:
    """The lowest version pyproject.toml allows for each dependency that names one."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    floors = {}
    for line in project["dependencies"]:
        requirement = Requirement(line)
        lows = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==")]
        if lows:
            floors[_normalized(requirement.name)] = max(lows)
    return floors


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("package", sorted(FLOORS))
def test_pyproject_declares_the_same_floor(package: str) -> None:
    floor, advisories = FLOORS[package]
    declared = declared_floors().get(_normalized(package))
    assert declared is not None and declared >= Version(floor), f"{package}: {advisories}"


@pytest.mark.parametrize("name", MULTIPART_PARSERS)
def test_no_multipart_parser_is_installed(name: str) -> None:
    # belli's API takes JSON only: a form parser would be attack surface and nothing else
    with pytest.raises(metadata.PackageNotFoundError):
        metadata.distribution(name)


def test_no_multipart_module_can_be_imported() -> None:
    assert importlib.util.find_spec("multipart") is None
    assert importlib.util.find_spec("python_multipart") is None


def test_no_endpoint_takes_a_form_or_a_file() -> None:
    from belli.server import reads, writes

    routes = [r for r in (*reads.router.routes, *writes.router.routes) if isinstance(r, APIRoute)]
    assert routes
    forms = [
        f"{route.path} {param.name}"
        for route in routes
        for param in route.dependant.body_params
        if isinstance(param.field_info, params.Form)  # File is a Form too
    ]
    assert forms == []
