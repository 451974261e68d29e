"""The page-furniture patterns of furniture.yaml, compiled, and the shape of a menu line.

furniture.yaml says in regular expressions what a site puts around a story (cookie
banners, share buttons, "Read next" lists, bylines' outlets and roles); `Furniture`
answers which group a line belongs to. A navigation menu ("News | Opinion | Culture")
is told by its shape, not by its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.yamldata import load_yaml

__all__ = ["Furniture", "is_menu", "load_furniture"]

_MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*")
_MENU_ITEM_CHARS = 32
_MENU_ITEM_WORDS = 4


@dataclass(frozen=True, slots=True)
class Furniture:
    """The compiled contents of furniture.yaml."""

    max_line_chars: int
    # The `^` patterns as one alternation of named groups, tried at the line start only;
    # the name of the group that matched says which kind of furniture the line is.
    anchored: re.Pattern[str]
    # The others, each led by a literal word that the regex engine scans for quickly.
    floating: tuple[tuple[str, re.Pattern[str]], ...]
    bio_paragraphs: tuple[re.Pattern[str], ...]
    publisher_clues: tuple[re.Pattern[str], ...]
    link_list: re.Pattern[str]  # heads a list of links to other stories ("Read next")
    link_list_groups: frozenset[str]  # groups whose lines head such a list ("Most read")
    section_labels: re.Pattern[str]  # "Analysis", "World | Europe" above a headline
    byline_outlets: tuple[re.Pattern[str], ...]
    byline_roles: tuple[re.Pattern[str], ...]
    tag_label: re.Pattern[str]  # the label a tag list opens with, any case ("Tags:")

    def group_of(self, line: str) -> str | None:
        """The furniture group a line belongs to ("bio_marker" and "navigation" included),
        or None for text."""
        if len(line) > self.max_line_chars:
            return None
        lowered = line.lower()
        match = self.anchored.match(lowered)
        if match and match.lastgroup:
            return match.lastgroup.rsplit("__", 1)[0]
        group = next((group for group, p in self.floating if p.search(lowered)), None)
        return group or ("navigation" if is_menu(line) else None)

    def heads_link_list(self, line: str, group: str) -> bool:
        """Whether a furniture line heads a list of links to other stories."""
        return group in self.link_list_groups or bool(self.link_list.match(line.lower()))

    def is_section_label(self, line: str) -> bool:
        """A section or genre label ("Analysis", "World | Europe"); only the caller knows
        whether the line sits where a label can."""
        return len(line) <= 60 and bool(self.section_labels.match(line.lower()))

    def affiliation_kind(self, part: str) -> str | None:
        """Whether the tail of a byline is an "outlet" ("Reuters"), a "role" ("Staff Writer"),
        or neither (None: a co-author)."""
        if any(p.search(part) for p in self.byline_outlets):
            return "outlet"
        return "role" if any(p.search(part) for p in self.byline_roles) else None


@lru_cache(maxsize=1)
def load_furniture() -> Furniture:
    """Read and compile the furniture patterns shipped with the package (once)."""
    raw: dict[str, Any] = load_yaml(
        resources.files("belli.ingest").joinpath("furniture.yaml").read_text(encoding="utf-8")
    )
    groups: dict[str, list[str]] = {
        "punctuation": [r"^[\W_]+$"],  # "***", ", , , ,": separators, no words
        **raw["furniture"],
        "link_list": raw["link_list_markers"],
        "bio_marker": raw["bio_markers"],
    }
    pairs = [(g, _with_labels(p, raw)) for g, patterns in groups.items() for p in patterns]
    anchored = "|".join(f"(?P<{g}__{i}>{p})" for i, (g, p) in enumerate(pairs) if p.startswith("^"))
    return Furniture(
        max_line_chars=int(raw["max_line_chars"]),
        anchored=re.compile(anchored),
        floating=tuple((g, re.compile(p)) for g, p in pairs if not p.startswith("^")),
        bio_paragraphs=tuple(re.compile(p) for p in raw["bio_paragraphs"]),
        publisher_clues=tuple(re.compile(p) for p in raw["publisher_clues"]),
        link_list=re.compile("|".join(raw["link_list_markers"])),
        link_list_groups=frozenset(raw["link_list_groups"]),
        section_labels=re.compile("|".join(raw["section_labels"])),
        byline_outlets=tuple(re.compile(p) for p in raw["byline_outlets"]),
        byline_roles=tuple(re.compile(p) for p in raw["byline_roles"]),
        tag_label=re.compile(
            rf"^\s*(?i:(?:{raw['tag_labels']})\s*:|{raw['bare_tag_labels']})\s*"),
    )


def _with_labels(pattern: str, raw: dict[str, Any]) -> str:
    """A pattern with the tag labels it names ("{tag_labels}") written in."""
    for key in ("tag_labels", "bare_tag_labels"):
        pattern = pattern.replace(f"{{{key}}}", raw[key])
    return pattern


def is_menu(line: str) -> bool:
    """A navigation line: three or more short names between | · or • ("News | Opinion | Culture").

    Names start with a capital (or a letter of a script without case) and hold no digits,
    so a byline or dateline with bars ("Jane Roe | 3 May 2023 | News") is never a menu.
    """
    if len(line) > 400 or not any(bar in line for bar in "|·•"):
        return False
    items = _MENU_SEPARATOR.split(line.strip(" |·•"))
    return len(items) >= 3 and all(_is_menu_item(item) for item in items)


def _is_menu_item(item: str) -> bool:
    return (
        0 < len(item) <= _MENU_ITEM_CHARS
        and len(item.split()) <= _MENU_ITEM_WORDS
        and item[0].isalpha()
        and not item[0].islower()
        and not any(c.isdigit() for c in item)
        and not item.endswith(tuple(".!?,;:"))
    )
