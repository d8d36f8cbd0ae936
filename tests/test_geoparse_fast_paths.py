"""The fast paths of the geoparser give what the plain definitions give (tokens, sentences, frames, spotting)."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest

import geomap
from geomap.frames import frame_from_columns
from geomap.pipeline import MENTION_COLUMNS, Geoparser
from geomap.text.document import make_document
from geomap.text.tokens import _TOKEN, POSSESSIVE_OK, Token, _token_pattern, sentences, tokenize, tokens_and_starts

TEXTS = [
    "BAKU -- Shelling hit Terter on Sunday, the U.S. embassy said; W.Va. and D.C. were quiet.",
    "snake_case words, __dunder__ and a_b stay apart from Kyiv's and O’Brien’s names.",
    "Combining marks: \u0301x and e\u0301te\u0301; dashes -- and — and – here.",
    "Київ і Львів; دمشق وحمص؛ 東京と大阪。 ĸ ǅ ß ϒ",
    "   leading and trailing space   ",
    "",
]


def plain_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    """The tokenizer's definition: every match of its pattern, with the orthography of its first character."""
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        first = m.group()[0]
        out.append((m.group(), m.start(), m.end(), first.isalnum(), first.isupper(),
                    first.isalpha() and first.lower() == first.upper()))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_match_the_pattern(text):
    toks = tokenize(text)
    assert toks == plain_tokens(text)
    assert all(type(t) is Token for t in toks)
    if len(text) > 10:
        assert tokenize(text, 3, len(text) - 4) == plain_tokens(text, 3, len(text) - 4)
        part, starts = tokens_and_starts(text, 3, len(text) - 4)
        assert starts == [t.start for t in part]
    doc = make_document(text, lang="en")
    assert doc._token_starts == [t.start for t in toks]
    assert (doc.token_texts, doc.token_ends) == ([t.text for t in toks], [t.end for t in toks])
    assert doc.tokens == toks  # built from the columns on first use


def test_the_plain_quantifier_pattern_splits_as_the_possessive_one():
    """Pythons whose regex engine mishandles possessive quantifiers (3.10, 3.11.0-3.11.4) get the plain pattern:
    the same tokens wherever both can run, and no possessive left in it."""
    plain = re.compile(_token_pattern(False), re.UNICODE)
    assert "*+" not in plain.pattern and "}+" not in plain.pattern
    assert _TOKEN.pattern == _token_pattern(POSSESSIVE_OK)
    texts = [*TEXTS, "l'Ukraine, dell'Ucraina, L'Irak et d’Alep; Kyiv's O'Brien-Smith re-elected",
             'ארה"ב וצה״ל בג׳נין; سه\u200cشنبه در تهران; मुंबई और বাংলা; เชียงใหม่ 2024-05-01 --- U.K. W.Va.',
             "Tel-Aviv‐Jaffo rock‑n‑roll `quoted` ‘single’ x'y'z a--b"]
    if POSSESSIVE_OK:
        for text in texts:
            assert plain.findall(text) == _TOKEN.findall(text), text
    assert [m.group() for m in plain.finditer(texts[-3])][:6] == ["l'", "Ukraine", ",", "dell'", "Ucraina", ","]


@pytest.mark.parametrize("text", [*TEXTS, "ϒ Ⓐbc ǅx Kyiv's", "دمشق 東京 Ⓑ-Lviv"])
def test_spotter_columns_say_what_tokens_say(text):
    """The spotter reads each token's orthography from a per-language table: it agrees with :class:`Token`."""
    from geomap.mentions.gazetteer_spotter import _is_upper, _orthography
    from geomap.mentions.lexicon import lexicon

    table = _orthography(lexicon(make_document(text, lang="en").pack))
    for tok in tokenize(text):
        _, _, word, case, cap, caseless, lower = table[tok.text]
        assert (word, cap, caseless) == (tok.is_word, tok.is_cap, tok.caseless), tok
        assert _is_upper(tok.text) == tok.is_upper
        assert bool(lower) == (tok.is_word and not tok.caseless and not tok.is_cap), tok
        cased = tok.is_word and not tok.caseless
        assert case == (0 if not cased else 2 if tok.is_cap else 1), tok


def test_sentences_split_at_ends_not_at_abbreviations():
    text = "Troops left Lviv.  Then Gen. Petrov reached Kharkiv!! Was it calm?\n\nNew part\nA line by J. Doe ends."
    got = [s.text for s in sentences(text, frozenset({"gen."}))]
    assert got == ["Troops left Lviv.", "Then Gen. Petrov reached Kharkiv!!", "Was it calm?", "New part",
                   "A line by J. Doe ends."]
    assert [s.text for s in sentences(text, {"Gen."})] == got  # any iterable, any case
    for s in sentences(text, {"gen."}):
        assert text[s.start:s.end] == s.text


def test_frame_has_the_dtypes_of_the_plain_constructor():
    columns = {"name": ["Lviv", "Kyiv", ""], "n": [1, 2, 3], "lat": [49.8, None, 50.4]}
    fast = frame_from_columns(columns, {"n": "int64", "lat": "float64"})
    plain = pd.DataFrame({"name": ["Lviv", "Kyiv", ""], "n": [1, 2, 3], "lat": [49.8, float("nan"), 50.4]})
    pd.testing.assert_frame_equal(fast, plain)
    empty = frame_from_columns({"name": [], "n": []}, {"n": "int64"})
    assert list(empty.columns) == ["name", "n"] and len(empty) == 0 and str(empty.dtypes["n"]) == "int64"


def test_frame_blocks_path_builds_the_public_functions_frame():
    from geomap import frames

    columns = {"surface": ["Lviv", "Kyiv", "Odesa", ""], "start": [0, 9, 20, 31], "lat": [49.8, None, 46.5, None],
               "role": ["event", "actor", "other", "event"], "n": [3, 1, 0, 2]}
    dtypes = {"start": "int64", "lat": "float64", "n": "int64"}
    got = frame_from_columns(columns, dtypes)
    api = frames._blocks_api()
    if api is None:  # pandas < 3: the plain constructor
        return
    blocks, _ = frames._blocks(columns, list(columns), 4, dtypes)
    want = api(blocks, index=pd.RangeIndex(4), columns=pd.Index(list(columns)))
    pd.testing.assert_frame_equal(got, want)
    assert [(type(b), list(b.mgr_locs)) for b in got._mgr.blocks] == [
        (type(b), list(b.mgr_locs)) for b in want._mgr.blocks]
    assert got["lat"].isna().tolist() == [False, True, False, True]
    assert pd.concat([got, got], ignore_index=True)["surface"].tolist() == ["Lviv", "Kyiv", "Odesa", ""] * 2


def test_geoparse_frame_columns_and_types(gaz):
    df = geomap.geoparse("Floods cut roads between Lviv and Kyiv on Monday.", lang="en", gazetteer=gaz)
    assert list(df.columns) == MENTION_COLUMNS
    assert df["start"].dtype == "int64" and df["latitude"].dtype == "float64"
    assert df["name"].tolist() == ["Lviv", "Kyiv"]
    both = pd.concat([df, df], ignore_index=True)
    assert both["surface"].tolist() == ["Lviv", "Kyiv", "Lviv", "Kyiv"]


def test_a_demonym_does_not_hide_the_rest_of_its_sentence(gaz):
    text = ("Rain fell all week. Ukrainian officials said the river rose near Kharkiv on Monday. "
            "Later, Polish volunteers drove from Lviv to Odesa.")
    df = geomap.geoparse(text, lang="en", gazetteer=gaz)
    surfaces = df["surface"].tolist()
    assert {"Kharkiv", "Lviv", "Odesa"} <= set(surfaces), surfaces
    assert {"Ukrainian", "Polish"} <= set(surfaces)


def test_spotting_in_threads_gives_the_same_mentions(gaz):
    parser = Geoparser(gaz)
    texts = [
        "Presiden Joko Widodo meninjau banjir di Semarang dan Kudus, Jawa Tengah.",
        "Jones said the storm hit Jones County before it reached Laurel.",
        "Sergey Lavrov met officials in Geneva; later Lavrov flew to Moscow.",
    ] * 8
    langs = ["id", "en", "en"] * 8
    alone = [parser(t, lang=lang)["surface"].tolist() for t, lang in zip(texts, langs)]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda tl: parser(tl[0], lang=tl[1])["surface"].tolist(), zip(texts, langs)))
    assert threaded == alone
    assert "Lavrov" not in alone[2]  # the person's name, remembered within its own document only
    assert re.search("Moscow", " ".join(alone[2]))


@pytest.mark.parametrize("text, name", [
    ("Floods reached the Khanty-Mansi Autonomous Okrug last spring, a ministry said.", "Khanty-Mansi Autonomous Okrug"),
    ("Trentino-Alto Adige closed its mountain passes after the storm.", "Trentino-Alto Adige"),
])
def test_a_longer_name_is_looked_for_after_a_hyphenated_word(gaz, text, name):
    """The spotter tries longer names only after words that open one; a hyphenated word folds to several
    ("khanty mansi", which no key of two words or more starts with as a whole): it is always tried."""
    from gazetteer import fold

    found = {m.surface: m.key for m in Geoparser(gaz).spotter.spot(make_document(text, lang="en"))}
    assert found.get(name) == fold(name), found  # the whole name, as the index knows it


def test_names_listed_after_a_place_are_places(gaz):
    text = "Longsor melanda Kecamatan Munjungan, Kampak dan Pogalan sejak Senin pagi."
    surfaces = geomap.geoparse(text, lang="id", gazetteer=gaz)["surface"].tolist()
    assert {"Kampak", "Pogalan"} <= set(surfaces), surfaces
    assert {"Munjungan", "Kecamatan Munjungan"} & set(surfaces), surfaces  # with its cue, or one name


def test_a_capitalised_function_word_ends_a_name_in_unpunctuated_text(gaz):
    text = "Hujan deras mengguyur Klaten Tidak ada korban jiwa dalam kejadian itu"
    df = geomap.geoparse(text, lang="id", gazetteer=gaz)
    assert "Klaten" in df["surface"].tolist()


def test_parsers_on_one_index_share_lookups_and_what_was_read_before_does_not_matter(gaz):
    """A new Geoparser on the same index starts with the candidates others looked up: same results."""
    from geomap.places import resolver as resolver_module

    text = "Roads closed in Paris, Texas, after the storm; officials in Paris and Lyon sent help."
    other = "Paris Hilton visited Lyon, then Paris; later she flew from Texas to Georgia and Tbilisi."
    resolver_module._SHARED.clear()
    cold = Geoparser(gaz)(text, lang="en")
    first = Geoparser(gaz)
    first(other, lang="en")
    second = Geoparser(gaz)
    assert second.resolver._shared is first.resolver._shared
    assert second.resolver._shared.lookups  # warm before it reads anything
    pd.testing.assert_frame_equal(second(text, lang="en"), cold)
    assert "Paris" in cold["surface"].tolist()
