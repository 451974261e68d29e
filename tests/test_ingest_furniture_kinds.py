"""Page furniture of many sites, one golden case (or more) per kind, and article sentences
that look like furniture but stay: a site's buttons, paywall, comment box, credits, tag
lists and video teasers are not the story."""

from __future__ import annotations

import pytest

from belli.ingest.clean import clean_text, load_furniture

HEADLINE = "Ferry service resumes across the lake"
LEAD = "The first boat in a month left the northern pier on Monday, the harbour office said."

KINDS = [
    # interface words standing alone
    ("Save", "site_banner"),
    ("Bookmark", "site_banner"),
    ("Copy link", "site_banner"),
    ("Gift this article", "site_banner"),
    ("Print this page", "site_banner"),
    ("Back to top", "site_banner"),
    # comment counters and prompts
    ("Comments (31)", "comments"),
    ("7 Comments", "comments"),
    ("Leave a comment", "comments"),
    ("View all comments", "comments"),
    ("Join the conversation", "comments"),
    ("Comments are closed.", "comments"),
    # subscription and paywall prompts
    ("Already a subscriber? Sign in", "paywall"),
    ("Already have an account? Log in here", "paywall"),
    ("Get unlimited digital access to every story. Cancel anytime.", "paywall"),
    ("Log in to continue reading", "paywall"),
    ("Create a free account to keep reading", "paywall"),
    ("This article is for subscribers only.", "paywall"),
    ("You have read 4 of your 5 free articles this month.", "paywall"),
    ("Our newsroom needs you. Subscribe today for £2 a month.", "paywall"),
    ("Start your free trial", "paywall"),
    # agency and contributor credits
    ("(Reporting by Lena Okafor; Editing by Piet Vos)", "agency_credit"),
    ("(Additional reporting by Omar Haddad in Tunis)", "agency_credit"),
    ("Staff reporter Ines Duarte contributed to this report.", "agency_credit"),
    ("Jonas Berg in Oslo contributed reporting.", "agency_credit"),
    ("Wire writer Tomas Lind contributed to this report from Riga.", "agency_credit"),
    ("Reporter Ana Kos contributed to the story", "agency_credit"),
    # tag lists without a colon
    ("Posted in Africa, Sahel | Tagged Mali, drought", "tag_line"),
    ("Filed under Energy, Climate, Markets", "tag_line"),
    # a category and its tags, each under any label of a tag list
    ("Categories World | Tags Mali, drought", "tag_line"),
    ("Topics Sahel, Niger | Tagged with Mali, drought", "tag_line"),
    # prompts to click
    ("Click here to receive our morning briefing.", "read_more"),
    ("Tap here for live coverage of the vote", "read_more"),
    # video and gallery teasers
    ("WATCH: Firefighters battle the blaze near the port", "video_teaser"),
    ("VIDEO | How the bridge was rebuilt", "video_teaser"),
    ("In pictures: The flood in ten photos", "video_teaser"),
    ("Watch the video", "video_teaser"),
]


@pytest.mark.parametrize(("line", "group"), KINDS)
def test_each_kind_of_furniture_is_recognized(line: str, group: str) -> None:
    assert load_furniture().group_of(line) == group


ARTICLE_LINES = [
    "Watch groups said the vote count was slow in the east.",
    "Watchers at the border reported no crossings overnight.",
    "Subscriptions to the state broadcaster fell by a third last year, the regulator said.",
    "Readers who subscribe to the paper's print edition were also affected by the strike.",
    "Comments by the minister drew an angry reply from the opposition.",
    "The council will save money by closing two depots, the mayor said.",
    "Posted in the capital since 2019, the envoy leaves next week.",
    "Topics at the summit ranged from trade to energy, the aides said.",
    "Click, the local start-up, raised new funds on Tuesday.",
    "Three donors contributed to the reconstruction fund, the bank said.",
    "Video footage showed smoke rising from the depot.",
    # a credit's words mid-sentence, a membership, a prompt's verb with more after it
    "Norway contributed to the report on prison conditions released by the panel in May.",
    "Drone footage from a local group contributed to the report, the inspectors said.",
    "Already a member of the alliance, Denmark signed the defence pact in March.",
    "Not yet a member of the bloc, Moldova asked for a faster timetable.",
    "Read the replies of the three ministries in full below.",
    "See the responses of the two parties to the court ruling.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_an_article_sentence_that_looks_like_furniture_stays(line: str) -> None:
    assert load_furniture().group_of(line) is None


def test_a_tag_line_without_a_colon_gives_its_tags() -> None:
    cleaned = clean_text(f"{HEADLINE}\n\n{LEAD}\n\nPosted in Africa, Sahel | Tagged Mali, drought")
    assert cleaned.tags == ("Africa", "Sahel", "Mali", "drought")
    assert cleaned.text == LEAD


@pytest.mark.parametrize(("line", "tags"), [
    ("Tags: Europe | Ukraine: war, Kyiv", ("Europe", "Ukraine: war", "Kyiv")),
    ("Topics: Sahel | Mali: coup", ("Sahel", "Mali: coup")),
    ("Tags: Sudan: crisis, Darfur", ("Sudan: crisis", "Darfur")),
    ("Related topics: Gaza, Sinai", ("Gaza", "Sinai")),
])
def test_a_tag_list_loses_its_label_but_a_tag_keeps_its_colon(line: str,
                                                              tags: tuple[str, ...]) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEAD}\n\n{line}").tags == tags


def test_a_credit_a_paywall_and_a_comment_box_around_the_story_all_go() -> None:
    lines = [
        HEADLINE, LEAD, "Advertisement",
        "(Reporting by Lena Okafor; Editing by Piet Vos)",
        "Get unlimited digital access to every story. Cancel anytime.",
        "Crews will add an evening crossing in June, the operator said.",
        "Copy link", "Comments (31)", "Leave a comment",
        "Staff reporter Ines Duarte contributed to this report.",
    ]
    page = "\n".join(lines)
    cleaned = clean_text(page)
    assert cleaned.title == HEADLINE
    assert cleaned.text.split("\n\n") == [
        LEAD, "Crews will add an evening crossing in June, the operator said."
    ]


def test_interface_lines_above_the_headline_do_not_hide_the_title() -> None:
    lines = ["Skip to content", "Listen to this article", "6 min read", "Share", "Save"]
    page = "\n".join([*lines, HEADLINE, "", LEAD])
    cleaned = clean_text(page)
    assert cleaned.title == HEADLINE
    assert cleaned.text == LEAD


@pytest.mark.parametrize(
    "prompt",
    [
        "Questions about this story? Write to",  # a question and its link, ending on "to"
        "Want the full picture? Read on",
        "Stories From The Region",  # a short label in Title Case
        "More Coverage Of",
    ],
)
def test_a_prompt_or_label_ending_on_a_function_word_does_not_swallow_the_next_paragraph(
    prompt: str,
) -> None:
    cleaned = clean_text(f"{HEADLINE}\n\n{LEAD}\n{prompt}\nOfficials in Kyiv said repairs would take weeks.")
    assert cleaned.text.split("\n")[-1] == "Officials in Kyiv said repairs would take weeks."


def test_a_sentence_wrapped_after_a_function_word_is_still_joined() -> None:
    cleaned = clean_text(
        f"{HEADLINE}\n\nThe harbour office said the timetable would be published in\n"
        "Geneva by the lake authority later this week."
    )
    assert cleaned.text == (
        "The harbour office said the timetable would be published in Geneva by the lake "
        "authority later this week."
    )
