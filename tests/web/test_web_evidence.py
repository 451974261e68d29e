"""The evidence page marks the parts of an event's sentence and says how it was coded,
and the document page shows the article as text, whatever the text holds."""

from __future__ import annotations

from dashtree import by_class, components, text, texts
from webstore import SCRIPT

from belli.server.handle import StoreHandle
from belli.web.app import render_page


def marks(page: object) -> dict[str, str]:
    """Marked text by kind ("trigger" -> "shelled")."""
    found = {}
    for c in components(page):
        if c._type == "Mark":
            kind = next(k[3:] for k in c.className.split() if k.startswith("hl-"))
            found[kind] = text(c)
    return found


def test_the_trigger_actors_place_and_date_are_marked(handle: StoreHandle, doc_id: str) -> None:
    page = render_page(handle, f"/event/{doc_id}/shell", "")
    assert marks(page) == {"trigger": "shelled", "source": "Azerbaijani forces",
                           "place": "Jermuk", "date": "on Thursday"}


def test_the_marked_sentence_reads_as_the_sentence(handle: StoreHandle, doc_id: str) -> None:
    sentence = by_class(render_page(handle, f"/event/{doc_id}/shell", ""), "sentence")[0]
    assert "Azerbaijani forces shelled Jermuk on Thursday, killing 3 people." in text(sentence)


def test_the_evidence_says_who_says_so_and_quotes_the_claim(handle: StoreHandle,
                                                            doc_id: str) -> None:
    page = render_page(handle, f"/event/{doc_id}/repel", "")
    shown = text(page)
    assert "reported" in shown
    assert "ARM MIL" in shown and "The defence ministry" in shown
    assert marks(page)["trigger"] == "repelled"


def test_the_date_shows_as_stored_with_its_granularity(handle: StoreHandle,
                                                       doc_id: str) -> None:
    shown = text(render_page(handle, f"/event/{doc_id}/truce", ""))
    assert "1994 · year" in shown
    assert "as written: “In 1994”" in shown
    assert "historical" in shown


def test_the_place_shows_its_precision(handle: StoreHandle, doc_id: str) -> None:
    shown = text(render_page(handle, f"/event/{doc_id}/truce", ""))
    assert "precision: country" in shown


def test_a_script_in_the_article_comes_out_as_text(handle: StoreHandle, doc_id: str) -> None:
    for path in (f"/event/{doc_id}/repel", f"/document/{doc_id}", "/events", "/"):
        page = render_page(handle, path, "")
        assert any(SCRIPT in t for t in texts(page)), path
        assert not [c for c in components(page) if c._type.lower() == "script"], path


def test_the_stored_url_is_shown_as_text_never_as_a_link(handle: StoreHandle,
                                                         doc_id: str) -> None:
    page = render_page(handle, f"/document/{doc_id}", "")
    assert "javascript:alert(1)" in text(page)
    assert all("javascript" not in str(getattr(c, "href", "")) for c in components(page))


def test_the_document_marks_each_event_sentence_and_links_it(handle: StoreHandle,
                                                             doc_id: str) -> None:
    page = render_page(handle, f"/document/{doc_id}", "")
    marked = by_class(page, "ev")
    assert [c.href for c in marked] == [f"/event/{doc_id}/{e}" for e in
                                        ("shell", "truce", "repel")]
    assert text(by_class(page, "article")[0]).startswith("Azerbaijani forces shelled")


def test_an_unknown_event_says_it_is_not_there(handle: StoreHandle, doc_id: str) -> None:
    page = render_page(handle, f"/event/{doc_id}/nothing", "")
    assert "has no event 'nothing'" in text(by_class(page, "error")[0])


def test_an_unknown_document_says_how_to_find_one(handle: StoreHandle) -> None:
    page = render_page(handle, "/document/ffffffff", "")
    assert "belli docs" in text(by_class(page, "error")[0])
