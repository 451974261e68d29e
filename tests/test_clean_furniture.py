"""The cleaner on real phrases: what is furniture, what is article text, and how pasted
markdown, page breaks and author bios are handled. Also: it never raises and stays fast."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.ingest.clean import clean_text, load_furniture, markdown_to_plain

FURNITURE = [
    ("Text resize: A A", "site_banner"),
    ("Change contrast", "site_banner"),
    ("Skip to main content", "site_banner"),
    ("Related stories", "related_links"),
    (
        "All Global Research articles can be read in 51 languages by activating the “Translate Website” drop down menu",
        "translate_note",
    ),
    ("Region: Europe", "tag_line"),
    ("Theme: Intelligence", "tag_line"),
    ("Visit and follow us on Instagram, Twitter and Facebook.", "share_follow"),
    ("Feel free to repost and share widely our articles.", "share_follow"),
    ("Share this article", "share_follow"),
    ("Tweet", "share_follow"),
    ("To receive the Daily Newsletter (selected articles), click here.", "newsletter"),
    ("Sign up for our weekly newsletter", "share_follow"),
    ("Note to readers: Please click the share buttons above or below.", "note_to_readers"),
    ("Featured image is from OneWorld", "republished"),
    ("This article was originally published on OneWorld.", "republished"),
    (
        "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
        "disclaimer",
    ),
    ("The views expressed in this article are the author's own.", "disclaimer"),
    ("© 2023 The Caspian Ledger. All rights reserved.", "copyright"),
    ("Copyright 2024 Kolegium Europy Wschodniej", "copyright"),
    (
        'We are making such material available to our readers under the provisions of "fair use".',
        "copyright",
    ),
    ("For media inquiries: press@example.org", "media_inquiries"),
    ("We use cookies to personalise content and ads.", "cookies_privacy"),
    ("Cookies settings", "cookies_privacy"),
    ("Privacy & Cookies policy", "cookies_privacy"),
    ("Cookie name Active", "cookies_privacy"),
    ("Accept all cookies", "cookies_privacy"),
    ("Save settings", "cookies_privacy"),
    ("Terms of Use | Cookie policy | Copyright 2024", "cookies_privacy"),
    (
        "Poniższa Polityka Prywatności – klauzule informacyjne dotyczące przetwarzania danych osobowych",
        "cookies_privacy",
    ),
    ("Agencja digital: hauerpower studio krakow.", "agency_credit"),
    ("Reporting by Jane Roe; Editing by John Doe", "agency_credit"),
    (
        "Photo: Visit of the president to Baku, 2020(CC) Source: https://example.org/1",
        "photo_caption",
    ),
    ("Comment on Global Research Articles on our Facebook page", "membership_donation"),
    ("Become a Member of Global Research", "membership_donation"),
    (
        "Dear Readers - The Ledger is a not-for-profit publication. Please consider making a donation.",
        "membership_donation",
    ),
    ("Articles by: Andrew Korybko", "author_furniture"),
    ("About the author:", "bio_marker"),
    # Header and footer furniture of news sites: text controls, interface words, reading
    # times, labels, share bars, link lists and the appeals that close a page.
    ("Text size: A A A", "site_banner"),
    ("Menu Search Sign in", "site_banner"),
    ("Share · Save · Print", "site_banner"),
    ("6 min read", "site_banner"),
    ("Updated 09:15 local time", "site_banner"),
    ("Breaking news", "site_banner"),
    ("Share this story: Facebook | X | Email", "share_follow"),
    ("Subscribe to our newsletter", "share_follow"),
    (
        "Support independent journalism. Every story here is paid for by readers.",
        "membership_donation",
    ),
    ("Our reporters are paid by readers like you. Donate", "membership_donation"),
    (
        "The Friday Digest: five stories worth your weekend, in your inbox. Sign up",
        "membership_donation",
    ),
    ("Related: Talks stall over border maps | Why the corridor matters", "related_links"),
    ("See also: who mediates between the two capitals", "related_links"),
    ("Our standards: how we check facts and correct our mistakes.", "editorial_policy"),
    ("Read next", "link_list"),
    ("Home | World | Business | Sport | Culture", "navigation"),
    ("World · Europe · Caucasus & Central Asia · Markets", "navigation"),
    ("Facebook | X | WhatsApp | Email", "site_banner"),
    ("About us | Contact | Advertise | Jobs", "navigation"),
    (", , , , , , , ,", "punctuation"),
    ("***", "punctuation"),
    # Prompts to read on, as news sites word them.
    ("Continue reading", "read_more"),
    ("Continue reading the main story", "read_more"),
    ("Keep reading", "read_more"),
    ("Story continues below advertisement", "read_more"),
    ("Article continues after this ad", "read_more"),
    ("Read the full story", "read_more"),
    ("Click here to read the full interview", "read_more"),
    ("Advertisement - Scroll to continue", "read_more"),
    ("Scroll down to continue reading", "read_more"),
    ("Show more", "read_more"),
    ("Read more", "read_more"),
    # Links to related coverage.
    ("You may also like", "related_links"),
    ("You might be interested in", "related_links"),
    ("More on this story", "related_links"),
    ("Further reading", "related_links"),
    ("Don't miss", "related_links"),
    ("More from Europe", "related_links"),
    ("Latest news", "related_links"),
    ("READ MORE: Shelling resumes near the border", "related_links"),
    # Recommendation and sponsored boxes.
    ("Recommended", "recommended"),
    ("Recommended for you", "recommended"),
    ("Editor's picks", "recommended"),
    ("Sponsored stories", "recommended"),
    ("Around the web", "recommended"),
    ("Promoted content by a travel company", "recommended"),
    # The site's popular stories.
    ("Most read", "most_read"),
    ("Most viewed in Europe", "most_read"),
    ("Most shared", "most_read"),
    ("Trending today", "most_read"),
    ("Top 10 stories", "most_read"),
    ("Popular now", "most_read"),
    # Newsletter boxes and app prompts.
    ("Get our free morning briefing in your inbox", "newsletter"),
    ("Enter your email address", "newsletter"),
    ("Email address*", "newsletter"),
    ("By signing up, you agree to our privacy policy and terms of use.", "newsletter"),
    ("Thanks for signing up!", "newsletter"),
    ("You're now subscribed.", "newsletter"),
    ("Download the Caspian Ledger app", "app_prompt"),
    ("Get the app", "app_prompt"),
    ("Open in app", "app_prompt"),
    ("Get it on Google Play", "app_prompt"),
    ("Turn on breaking news notifications", "app_prompt"),
    # Photo credits and captions.
    ("Image source, Getty Images", "photo_caption"),
    ("Image caption, Residents queue for water in the town centre", "photo_caption"),
    ("Photograph: Jane Roe/Reuters", "photo_caption"),
    ("Photo by Jane Roe/AFP via Getty Images", "photo_caption"),
    ("REUTERS/Jane Roe", "photo_caption"),
    ("AP Photo/Jane Roe", "photo_caption"),
    ("Jane Roe / AFP", "photo_caption"),
    ("File photo", "photo_caption"),
    ("Soldiers stand at a checkpoint near the border. (Jane Roe/AFP via Getty Images)", "photo_caption"),
    ("A convoy crosses the bridge on Monday. (AP Photo/Jane Roe)", "photo_caption"),
    ("[Photo: the ministry's press office]", "photo_caption"),
    # Tag lists and section labels.
    ("Tagged: Armenia, Azerbaijan, border", "tag_line"),
    ("More on: Armenia, Azerbaijan", "tag_line"),
    ("In this article: Caspian Oil, Baku Port", "tag_line"),
    ("Posted in: World, Politics", "tag_line"),
    ("#Armenia #Azerbaijan #Karabakh", "hashtags"),
    ("Home › World › Europe", "section_label"),
    ("News / World / Middle East", "section_label"),
    ("World » Asia", "section_label"),
    ("Section: World", "section_label"),
]

ARTICLE_LINES = [
    "Victoria Nuland handed out cookies to protesters in Kyiv in December 2013.",
    "Comment on the proposal was not immediately available.",
    "First published in 1998, the treaty was never ratified.",
    "The company changed its terms of service after the ban.",
    "Copyright law was among the issues the two delegations discussed.",
    "Share prices fell sharply in Baku on Monday.",
    "Follow-up talks are planned for June.",
    "Subscribers to the state newspaper fell by a third.",
    "Photographs released by the ministry showed damaged houses.",
    "Search teams found the wreckage on Tuesday.",
    "Home to about 120,000 people, the city was shelled overnight.",
    "Dear Prime Minister, the letter began.",
    "Joint military drills",
    "Reactions from the neighbours",
    "The newsletter of the opposition party was banned in March.",
    "Support for the ceasefire fell sharply in both capitals.",
    "The minister said he would sign up to the plan.",
    "Voters were urged to register.",
    "Updated maps were shown to reporters at 10:30 on Monday.",
    "Related talks are planned in Vienna.",
    "Our standards of living have fallen, she said.",
    "Live fire exercises began on Monday.",
    "Search and rescue teams worked through the night.",
    "Armenia | 1,940 | 43%",
    "Keep reading the terms of the truce, the envoy told both delegations.",
    "Most residents left before the shelling began.",
    "Recommended changes to the constitution were rejected.",
    "Trending downward since May, the currency hit a new low.",
    "The app was banned by the regulator in March.",
    "Photographers were kept away from the site.",
    "Tags on the crates showed they came from a port in the south.",
    "Read the report's conclusions carefully, the minister said.",
    "Popular protests spread to three more cities.",
    "Home affairs ministers met in Brussels on Friday.",
    "You may also recall that the talks collapsed in 2021.",
    "Analysis of the satellite images took weeks.",
]


@pytest.mark.parametrize(("line", "group"), FURNITURE)
def test_furniture_line_is_recognized(line: str, group: str) -> None:
    assert load_furniture().group_of(line) == group


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_line_is_not_furniture(line: str) -> None:
    assert load_furniture().group_of(line) is None


def test_sentence_opening_on_a_label_word_is_not_a_section_label() -> None:
    # "Analysis" alone is a genre label; a sentence that starts with the word is text.
    furniture = load_furniture()
    assert furniture.is_section_label("Analysis")
    assert not furniture.is_section_label("Analysis of the satellite images took weeks.")


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        (
            "Armenia and Azerbaijan blamed one another for [reigniting hostilities](#) on Tuesday",
            "Armenia and Azerbaijan blamed one another for reigniting hostilities on Tuesday",
        ),
        (
            "the integrity of the CSTO's *raison d'être*, thus",
            "the integrity of the CSTO's raison d'être, thus",
        ),
        ("**Disclaimer:** The contents", "Disclaimer: The contents"),
        ("\\*\\*\\*", "***"),
        ("#### About the author:", "About the author:"),
        (
            "![a map](https://example.org/map.png) The map shows the line.",
            "The map shows the line.",
        ),
        (
            "write to [press](mailto:press@example.org) or <https://example.org>",
            "write to press or https://example.org",
        ),
        ("5 * 3 = 15 and 2*x", "5 * 3 = 15 and 2*x"),
    ],
)
def test_markdown_residue_becomes_plain_text(markdown: str, plain: str) -> None:
    assert markdown_to_plain(markdown)[0] == plain


LONG = "Officials said the talks on the return of detainees would continue next week, and that both sides"


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (
            f"{LONG} had courted the\n\nWest but remained cautious.",
            [f"{LONG} had courted the West but remained cautious."],
        ),
        (
            f"{LONG} had signalled their intentions\n\nto the mediators.",
            [f"{LONG} had signalled their intentions to the mediators."],
        ),
        (
            f"{LONG} agreed.\n\nJoint military drills\n\nThe drills began on Monday.",
            [f"{LONG} agreed.", "Joint military drills", "The drills began on Monday."],
        ),
        (
            f"{LONG} agreed.\n\nA new round\n\nof talks is due in May.",
            [f"{LONG} agreed.", "A new round", "of talks is due in May."],
        ),
        (
            "The envoy said the two sides had\nagreed to meet again in the spring.\nNo date was set.",
            [
                "The envoy said the two sides had agreed to meet again in the spring.",
                "No date was set.",
            ],
        ),
    ],
)
def test_paragraphs_split_mid_sentence_are_joined(text: str, paragraphs: list[str]) -> None:
    assert clean_text(text).text.split("\n\n") == paragraphs


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    wrapped = (
        "Negotiators met in the capital on Monday for a second day of talks on\n"
        "the return of detainees. Officials on both sides described the mood as\n"
        "constructive but said no agreement had been reached so far.\n"
    )
    assert clean_text(wrapped).text == " ".join(wrapped.split())


BODY = (
    "Ministers from both countries met in Geneva on Monday for talks on the border.\n\n"
    "Ivan Petrov is a senior analyst at a think tank in Moscow, and he said the talks would fail.\n\n"
    "The next round is due in May, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        (
            "Jane Roe is a research fellow at the Institute for Regional Studies in Tbilisi.",
            "Jane Roe",
        ),
        (
            "*Jane Roe is an American Baku-based political analyst.*\n\n*She is a regular contributor to the Ledger.*",
            "Jane Roe",
        ),
        ("#### About the author:\n\nJane Roe covers the South Caucasus from Yerevan.", None),
    ],
)
def test_author_bio_at_the_end_moves_to_metadata(bio: str, author: str | None) -> None:
    cleaned = clean_text(BODY + bio)
    assert cleaned.text == clean_text(BODY).text
    assert cleaned.author_bio is not None and "Jane Roe" in cleaned.author_bio
    assert cleaned.author == author


def test_a_bio_like_sentence_inside_the_article_stays() -> None:
    assert "Ivan Petrov is a senior analyst" in clean_text(BODY).text


@pytest.mark.parametrize(
    ("header", "field", "value"),
    [
        ("By [Andrew Korybko](#)", "author", "Andrew Korybko"),
        ("By Jane Roe and John Doe", "author", "Jane Roe and John Doe"),
        ("Global Research, September 15, 2022", "publisher", "Global Research"),
        ("Global Research, September 15, 2022", "published", "2022-09-15"),
        ("October 7, 2021 - Mahammad Mammadov - Analysis", "published", "2021-10-07"),
        ("October 7, 2021 - Mahammad Mammadov - Analysis", "author", "Mahammad Mammadov"),
        ("October 7, 2021 - Mahammad Mammadov - Analysis", "section", "Analysis"),
        ("Published: 3 March 2023", "published", "2023-03-03"),
        ("2023-03-03", "published", "2023-03-03"),
        ("Jane Roe | Sept. 9, 2021", "author", "Jane Roe"),
        # "Name - Date - Section", "By Name | Date", and "Name, Outlet" bylines.
        ("Jane Roe - 16 June 2021 - Politics", "author", "Jane Roe"),
        ("Jane Roe - 16 June 2021 - Politics", "published", "2021-06-16"),
        ("Jane Roe - 16 June 2021 - Politics", "section", "Politics"),
        ("Jane Roe | 3 May 2023 | Politics", "author", "Jane Roe"),
        ("By Jane Roe | 3 May 2023", "author", "Jane Roe"),
        ("By Jane Roe | 3 May 2023", "published", "2023-05-03"),
        ("Jane Roe, The Northern Courier", "author", "Jane Roe"),
        ("Jane Roe, The Northern Courier", "publisher", "The Northern Courier"),
        ("By Jane Roe, AFP", "author", "Jane Roe"),
        ("By Jane Roe, AFP", "publisher", "AFP"),
        ("By Jane Roe, Staff Writer", "author", "Jane Roe"),
        ("By Jane Roe, Staff Writer", "publisher", None),
        ("By Jane Roe, John Doe", "author", "Jane Roe, John Doe"),
        # The publisher named by a dateline, day first.
        ("Northern Courier, 14 June 2021", "publisher", "Northern Courier"),
        ("Northern Courier, 14 June 2021", "published", "2021-06-14"),
    ],
)
def test_header_lines_become_metadata_not_body(header: str, field: str, value: str) -> None:
    cleaned = clean_text(f"# Talks resume in Geneva\n\n{header}\n\n{BODY}")
    assert getattr(cleaned, field) == value
    assert cleaned.title == "Talks resume in Geneva"
    assert cleaned.text == clean_text(BODY).text


HEADLINE = "Talks resume in Geneva"


@pytest.mark.parametrize(
    "masthead",
    [
        pytest.param(
            "NORTHERN COURIER\nHome | World | Politics | Opinion", id="all-caps banner, menu"
        ),
        pytest.param(
            "Valley Observer — news from the river towns\nNews | Sport | Opinion | Weather",
            id="name and tagline, menu",
        ),
        pytest.param(
            "HIGHLAND POST\nIndependent news from the hills\n"
            "Home | Politics | Economy\nText size: A A A",
            id="banner, tagline, menu, text controls",
        ),
        pytest.param(
            "DAILY BEACON\nMenu   Search   Sign in\nWorld | Europe | Markets\n\nAdvertisement",
            id="banner, interface words, menu, advert",
        ),
        pytest.param("RIVER TIMES", id="all-caps banner alone"),
        pytest.param("Valley Observer — news from the river towns", id="name and tagline alone"),
        pytest.param("Home · World · Politics\n\nEXCLUSIVE", id="menu and an all-caps label"),
    ],
)
def test_site_masthead_is_furniture_and_the_headline_below_it_is_the_title(
    masthead: str,
) -> None:
    cleaned = clean_text(f"{masthead}\n\n{HEADLINE}\n\nBy Jane Roe\n\n{BODY}")
    assert (cleaned.title, cleaned.author) == (HEADLINE, "Jane Roe")
    assert cleaned.text == clean_text(BODY).text


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            f"CEASEFIRE HOLDS ALONG THE BORDER\n\nBy Jane Roe\n\n{BODY}",
            "CEASEFIRE HOLDS ALONG THE BORDER",
            id="an all-caps headline is no banner",
        ),
        pytest.param(
            f"RIVER TIMES\n\nCEASEFIRE HOLDS ALONG THE BORDER\n\nBy Jane Roe\n\n{BODY}",
            "CEASEFIRE HOLDS ALONG THE BORDER",
            id="the last all-caps line above the byline is the headline",
        ),
        pytest.param(
            f"Armenia — a country in mourning\n\nBy Jane Roe\n\n{BODY}",
            "Armenia — a country in mourning",
            id="a headline with a dash is no banner",
        ),
        pytest.param(
            f"{HEADLINE}\n\nFacebook | X | WhatsApp | Email\n\nBy Jane Roe\n\n{BODY}",
            HEADLINE,
            id="a share bar under the headline does not take it",
        ),
    ],
)
def test_headline_is_kept_when_it_looks_like_a_banner_or_sits_above_a_menu(
    page: str, title: str
) -> None:
    cleaned = clean_text(page)
    assert cleaned.title == title
    assert cleaned.text == clean_text(BODY).text


def test_a_read_next_heading_takes_its_link_list_and_nothing_after_it() -> None:
    links = "Read next\n- Talks stall over border maps\n- Explainer: why the corridor matters"
    cleaned = clean_text(f"{BODY}{links}\n\nOfficials will meet again in June.")
    assert cleaned.text == clean_text(f"{BODY}Officials will meet again in June.").text


def test_a_most_read_heading_takes_its_numbered_list() -> None:
    links = "Most read\n\n1. Talks stall over border maps\n\n2. Why the corridor matters"
    cleaned = clean_text(f"{BODY}{links}\n\nOfficials will meet again in June.")
    assert cleaned.text == clean_text(f"{BODY}Officials will meet again in June.").text


def test_a_section_label_above_the_headline_is_the_section() -> None:
    cleaned = clean_text(f"Analysis\n\n{HEADLINE}\n\nBy Jane Roe\n\n{BODY}")
    assert (cleaned.title, cleaned.section) == (HEADLINE, "Analysis")
    assert cleaned.text == clean_text(BODY).text


def test_a_label_word_deep_in_the_article_is_a_subheading_and_stays() -> None:
    paragraphs = "".join(f"Paragraph {n} of the report says something new.\n\n" for n in range(9))
    cleaned = clean_text(f"{paragraphs}Diplomacy\n\nThe envoys met again on Friday.")
    assert "Diplomacy" in cleaned.text.split("\n\n")


def test_publisher_is_read_from_the_copyright_line() -> None:
    cleaned = clean_text(f"{BODY}© 2023 Northern Courier. All rights reserved.")
    assert cleaned.publisher == "Northern Courier"
    assert cleaned.text == clean_text(BODY).text


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By the time the talks began, both delegations had left the hotel and gone home.\n\nMore later."
    assert clean_text(text).author is None
    assert clean_text(text).text.startswith("By the time")


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_cleaner_never_raises_on_any_text(text: str) -> None:
    cleaned = clean_text(text)
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()


@given(
    st.lists(
        st.sampled_from(
            [
                "# ",
                "*",
                "**",
                "\\*",
                "[",
                "](",
                ")",
                "By ",
                "Jane Roe",
                "September 27, 2021",
                " - ",
                "\n",
                "\n\n",
                "cookies",
                "Share",
                "the",
                ",",
                ".",
                " ",
                "\x00",
                "\u00a0",
                "\u200b",
                "\r",
                " | ",
                " — ",
                "NEWS",
                "Read next",
                "- ",
                "Menu",
            ]
        ),
        max_size=60,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_cleaner_never_raises_on_furniture_like_fragments(text: str) -> None:
    clean_text(text)


PATHOLOGICAL = {
    "open brackets": "[" * 2_000_000,
    "unclosed links": "[x](" * 500_000,
    "stars": "*a " * 700_000,
    "bold openers": "**a " * 500_000,
    "escapes": "\\*" * 1_000_000,
    "one long line": "word " * 400_000,
    "long prose lines": ("Some words of an ordinary article sentence, " * 40 + "\n\n") * 1100,
    "short lines": "alpha beta,\n" * 170_000,
    "bios": "Talks went on.\n\n" + "He is a regular contributor to the Ledger.\n\n" * 100_000,
    "about the author": "About the author:\nJane Roe writes.\n" * 60_000,
    "dates and names": "By Jane Roe Smith, September 27th 2021 - " * 50_000,
    "menu lines": "News | Opinion | Culture | World\n" * 60_000,
    "link lists": "Read next\n- a story about something else\n" * 50_000,
    "banners": "NORTHERN COURIER\n\n" * 100_000,
    "bylines with outlets": "By Jane Roe, The Northern Courier\n" * 60_000,
    "sentences then a call to action": ("x. " * 150 + "Sign up\n") * 4_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_two_megabytes_of_pathological_text_is_cleaned(text: str) -> None:
    # No timing here (speed belongs in benchmarks): catastrophic backtracking on these
    # inputs would take hours, so CI's own time limit catches it; the body must survive.
    cleaned = clean_text(text)
    assert isinstance(cleaned.text, str)


# --- furniture inside a paragraph ------------------------------------------------------------

STORY = ("RALEIGH, N.C. (AP) - Armed men attacked a police post in the north of the state on "
         "Monday, killing three officers, officials said. The attackers fled into the forest.")


def test_a_story_whose_last_sentence_is_a_copyright_notice_keeps_its_prose() -> None:
    notice = ("Copyright 2018 The Associated Press. All rights reserved. This material may not "
              "be published, broadcast, rewritten or redistributed.")
    cleaned = clean_text(f"{STORY} {notice}")
    assert cleaned.text == STORY
    assert cleaned.removed == (notice,)
    assert cleaned.publisher == "The Associated Press"


@pytest.mark.parametrize("paragraph", [
    # a notice of several sentences stays whole, whatever one of them says alone
    ("www.example.org contains copyrighted material the use of which has not always been "
     "authorized by the copyright owner. The material on this site is distributed without "
     "profit to those who have expressed a prior interest in receiving it."),
    # banners and prompts are paragraphs of their own: all furniture
    ("This website uses cookies to improve your experience. By continuing to browse the site "
     "you agree to our use of cookies and to the terms of the site."),
    "Copyright 2020 Reuters. All rights reserved.",
])
def test_a_paragraph_that_is_all_furniture_goes_whole(paragraph: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{paragraph}")
    assert cleaned.text == STORY
