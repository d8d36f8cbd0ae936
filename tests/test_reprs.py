"""Short reprs and escaped HTML views (Jupyter) of articles, places, place mentions and candidates.

Article text and gazetteer names are untrusted: the HTML views must show them as text, never as markup.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from gazetteer import Place
from geomap import read
from geomap.pipeline import default_geoparser

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ALLOWED_TAGS = {"div", "table", "tr", "th", "td", "p", "a", "code"}


class _Tags(HTMLParser):
    """Every start tag and attribute of a fragment, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


def _assert_safe(fragment: str, shown: str) -> None:
    """Only the card's own tags; links only to OpenStreetMap; ``shown`` appears as text."""
    parsed = _parse(fragment)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for tag, attrs in parsed.tags:
        assert set(attrs) <= {"style", "class", "href", "target", "rel"}
        assert not any(name.startswith("on") for name in attrs)
        if tag == "a":
            assert attrs["href"].startswith("https://www.openstreetmap.org/?mlat=")
    assert shown in "".join(parsed.text)
    assert "<script" not in fragment and "<img" not in fragment


@pytest.fixture(scope="module")
def hostile_article():
    text = (f"KHARKIV, 12 May 2024 -- {HOSTILE} Shelling hit Kharkiv on Sunday, officials said.\n\n"
            + "Residents left the district. " * 80)
    return read(text, title=f"Title {HOSTILE}", outlet="Outlet & <b>Co</b>", url="javascript:alert(1)")


def test_article_html_escapes_everything(hostile_article):
    fragment = hostile_article._repr_html_()
    _assert_safe(fragment, HOSTILE)
    text = "".join(_parse(fragment).text)
    assert f"Title {HOSTILE}" in text and "Outlet & <b>Co</b>" in text
    assert "javascript:alert(1)" in text and "href=\"javascript" not in fragment  # a URL is shown, never linked
    assert hostile_article.doc_id in text and f"{hostile_article.words:,}" in text
    assert "more characters" in text  # long texts are cut, with the rest counted
    assert len(fragment) < len(hostile_article.text) + 3000


def test_article_repr_is_short(hostile_article):
    shown = repr(hostile_article)
    assert "\n" not in shown and len(shown) < 400 and shown.startswith("Article(text=")
    assert hostile_article.words == len(hostile_article.text.split())


def test_place_repr_and_html():
    place = Place("user:1", f"Camp {HOSTILE}", "village", "P", "PPL", "UA", "Kharkiv", 49.9812, 36.2547, 0, 0,
                  "my_places.csv", matched="camp", score=0.5)
    assert repr(place) == (f"Place(name={place.name!r}, feature='village', country='UA', admin1='Kharkiv', "
                           "lat=49.98, lon=36.25, id='user:1', matched='camp', score=0.50)")
    fragment = place._repr_html_()
    _assert_safe(fragment, f"Place: Camp {HOSTILE}")
    assert "49.9812, 36.2547" in html.unescape(fragment) and "my_places.csv" in fragment
    bad = Place("x", "Nowhere", "physical", "", "", "", "", 95.0, 200.0, 0, 0, "test")
    assert "<a " not in bad._repr_html_()  # no link to an impossible point


def test_gazetteer_search_result_card(gaz):
    best = gaz.search("Kharkiv")[0]
    assert repr(best).startswith("Place(name='Kharkiv'") and "\n" not in repr(best)
    fragment = best._repr_html_()
    _assert_safe(fragment, "Place: Kharkiv")
    assert best.id in fragment and f"{best.population:,}" in fragment


def test_place_mentions_and_candidates_from_a_hostile_text(gaz):
    parser = default_geoparser(gaz)
    text = f"{HOSTILE} Shelling hit Kharkiv and Vovchansk on Sunday. <b>Qwertzuiop</b> was quiet."
    mentions = parser.place_mentions(parser.document(text, lang="en"))
    resolved = {m.place.name: m for m in mentions if m.place is not None}
    assert {"Kharkiv", "Vovchansk"} <= set(resolved)
    mention = resolved["Kharkiv"]
    shown = repr(mention)
    assert shown.startswith("PlaceMention(surface='Kharkiv', span=(") and "place='Kharkiv, UA (city)'" in shown
    assert text[mention.start:mention.end] == "Kharkiv" and f"span=({mention.start}, {mention.end})" in shown
    fragment = mention._repr_html_()
    _assert_safe(fragment, "Place mention: Kharkiv")
    assert "openstreetmap.org" in fragment and mention.role in fragment
    candidate = mention.place
    assert repr(candidate).startswith("Candidate(name='Kharkiv', feature='city', country='UA'")
    _assert_safe(candidate._repr_html_(), "Candidate: Kharkiv")


def test_unresolved_mention_card():
    from geomap.places.model import PlaceMention

    mention = PlaceMention("d", 0, 12, f"X{HOSTILE}", "other", None, 0.0, 0, 1, 0, flags=("not_in_gazetteer",))
    assert "place=None" in repr(mention)
    fragment = mention._repr_html_()
    _assert_safe(fragment, f"Place mention: X{HOSTILE}")
    assert "not resolved" in fragment and "not_in_gazetteer" in fragment
