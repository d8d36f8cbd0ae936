"""The event map in a real browser: Debian's headless Chromium driven by Playwright, pages from file://.

Every page is saved offline (scripts inlined) and loaded with the network cut off: only file://
and data: URLs are served, tile requests fail (the page must say so). Screenshots go to outputs/.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from map_events import HOSTILE, many_events, small_events
from playwright.sync_api import sync_playwright

from geomap.maps import event_map, save_map

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
OUTPUTS = Path(__file__).resolve().parents[1] / "outputs"
TILE_HOSTS = re.compile(r"^https://([a-z.]*\.)?(arcgisonline\.com|openstreetmap\.org|opentopomap\.org)/")
EV = "geomap.instances[0]"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """A map page loaded from file:// without network, recording errors and outside requests."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 850) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        self.page.on("console", self._console)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(f"window.geomap && {EV} && {EV}.shown")
        self.page.wait_for_timeout(400)

    def _console(self, message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def drawn(self) -> int:
        """Events drawn: single markers plus the counts written on cluster bubbles (once animations settle)."""
        count = """(() => {
            let n = document.querySelectorAll('.leaflet-marker-pane .geomap-ev').length;
            document.querySelectorAll('.leaflet-marker-pane .geomap-cluster-in b')
                .forEach(b => { n += parseInt(b.textContent, 10); });
            return n; })()"""
        before = -1
        for _ in range(40):
            now = self.js(count)
            if now == before:
                return now
            before = now
            self.page.wait_for_timeout(400)
        return before

    def wait_popup(self, text: str) -> str:
        self.page.wait_for_function("t => { const p = document.querySelector('.leaflet-popup-content'); "
                                    "return p && p.innerText.includes(t); }", arg=text, timeout=8000)
        return self.popup()

    def marker(self, event_id: str):
        index = self.js(f"{EV}.s.indexOf({event_id!r})")
        i = self.js(f"{EV}.c.id.indexOf({index})")
        assert i >= 0, event_id
        return i

    def click_marker(self, i: int) -> None:
        self.js(f"{EV}.group.zoomToShowLayer ? {EV}.group.zoomToShowLayer({EV}.markers[{i}], () => {{}}) : 0")
        self.page.wait_for_timeout(900)
        icon = self.page.evaluate_handle(f"{EV}.markers[{i}]._icon")
        icon.as_element().click()
        self.page.wait_for_selector(".leaflet-popup-content .geomap-popup")

    def popup(self) -> str:
        return self.page.inner_text(".leaflet-popup-content")

    def screenshot(self, name: str) -> None:
        self.page.wait_for_timeout(400)  # let popups and clusters finish fading in
        OUTPUTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(OUTPUTS / name))

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.js("window.__pwned") is None
        assert all(TILE_HOSTS.match(url) for url in self.outside), [u for u in self.outside if not TILE_HOSTS.match(u)]

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def small_map(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("maps") / "small.html"
    return save_map(event_map(small_events(), title="Clashes <script>window.__pwned=9</script>", offline=True), path)


def test_offline_page_draws_every_event_and_says_tiles_are_missing(browser, small_map):
    page = Page(browser, small_map)
    try:
        assert page.js(f"{EV}.shown.length") == 6
        assert page.drawn() == 6
        assert page.js("document.querySelectorAll('.leaflet-overlay-pane path').length") >= 1  # the region's circle
        assert page.page.is_visible(".geomap-note")            # tiles were refused: the page says so
        assert "country outlines" in page.page.inner_text(".geomap-note")
        assert page.js("document.querySelectorAll('.leaflet-pane path.leaflet-interactive, "
                       ".leaflet-geomapBase-pane path').length") > 100   # the built-in outlines are drawn
        assert page.page.inner_text(".geomap-title-main") == "Clashes <script>window.__pwned=9</script>"
        assert page.outside  # tiles were asked for (and refused) ...
        page.screenshot("map_small_offline.png")
        page.assert_clean()  # ... but nothing else, no error, no injected script ran
    finally:
        page.close()


def test_popup_shows_claims_source_evidence_and_precision(browser, small_map):
    page = Page(browser, small_map)
    try:
        page.click_marker(page.marker("ev-3"))
        text = page.popup()
        assert "Battles · Armed clash" in text and "2 Oct 2020" in text
        assert "Army of the North" in text and "Coastal Herald" in text
        assert "Fighting was reported in the hills near Lerik." in text
        assert "near this place, or part of a region" in text
        page.js(f"{EV}.map.closePopup()")
        page.click_marker(page.marker("ev-1"))  # stacked with ev-2 on one town: spiderfied, then opened
        text = page.popup()
        assert "4 soldiers killed — stated by Ministry of Defence; disputed by Hill Council" in text
        assert "12 soldiers killed — stated by Hill Council" in text
        assert "Fatalities\t4" in text or "Fatalities 4" in text or "Fatalities\n4" in text
        page.screenshot("map_small_popup.png")
        page.assert_clean()
    finally:
        page.close()


def test_cluster_sums_fatalities_and_spiderfies(browser, small_map):
    page = Page(browser, small_map)
    try:
        page.js(f"{EV}.map.setView([40.3447, 46.9306], 9)")
        page.page.wait_for_timeout(600)
        bubble = page.page.locator(".geomap-cluster-in").first
        assert bubble.inner_text().split() == ["2", "6", "†"]  # two events, 4 + 2 fatalities
        bubble.click()
        page.page.wait_for_timeout(900)
        assert page.js("document.querySelectorAll('.leaflet-marker-pane .geomap-ev').length") >= 2
        assert page.js("document.querySelectorAll('.leaflet-overlay-pane .leaflet-cluster-spider-leg, "
                       ".leaflet-overlay-pane path').length") >= 2  # the spider's legs
        page.assert_clean()
    finally:
        page.close()


def test_time_slider_filters_markers(browser, small_map):
    page = Page(browser, small_map)
    try:
        last = page.js(f"{EV}.data.dayMax")
        oct_1 = last - 19  # 1 Oct 2020: only the two events of 27 and 28 September remain
        page.page.locator(".geomap-to").fill(str(oct_1))
        page.page.wait_for_timeout(500)
        assert page.js(f"{EV}.shown.length") == 2
        assert page.drawn() == 2
        assert "2 events shown" in page.page.inner_text(".geomap-slider")
        assert page.js("document.querySelectorAll('.geomap-row').length") == 2  # the list follows
        page.page.locator(".geomap-from").fill(str(oct_1 + 4))
        page.page.locator(".geomap-to").fill(str(last))
        page.page.wait_for_timeout(500)
        # the week of 5 October (time_precision 2) overlaps a window starting on the 5th; the rest are later
        assert sorted(page.js(f"{EV}.shown.map(i => {EV}.str('id', i))")) == sorted(["ev-4", "ev-5", HOSTILE[0]])
        page.screenshot("map_small_slider.png")
        page.assert_clean()
    finally:
        page.close()


def test_layer_control_hides_an_event_type(browser, small_map):
    page = Page(browser, small_map)
    try:
        page.page.hover(".leaflet-control-layers")
        label = page.page.locator(".leaflet-control-layers-overlays label", has_text="Battles")
        label.locator("input").click()
        page.page.wait_for_timeout(500)
        shown = page.js(f"{EV}.shown.map(i => {EV}.type(i).name)")
        assert "Battles" not in shown and len(shown) == 4
        assert page.drawn() == 4
        label.locator("input").click()
        page.page.wait_for_timeout(300)
        assert page.js(f"{EV}.shown.length") == 6
        page.assert_clean()
    finally:
        page.close()


def test_side_panel_and_search_fly_to_a_marker(browser, small_map):
    page = Page(browser, small_map)
    try:
        row = page.page.locator(".geomap-row", has_text="Baku")
        row.click()
        page.page.wait_for_selector(".leaflet-popup-content .geomap-popup", timeout=5000)
        assert "Hundreds marched along the seafront" in page.popup()
        assert abs(page.js(f"{EV}.map.getCenter().lng") - 49.8671) < 0.2
        page.js(f"{EV}.map.closePopup()")
        page.page.fill(".geomap-search-input", "LERI")
        assert page.page.inner_text(".geomap-search-results").startswith("Lerik")
        page.page.press(".geomap-search-input", "Enter")
        assert "Azerbaijan" in page.wait_popup("hills near Lerik")
        page.assert_clean()
    finally:
        page.close()


def test_hostile_strings_are_shown_as_text_and_never_run(browser, small_map):
    page = Page(browser, small_map)
    try:
        i = page.marker(HOSTILE[0])
        page.click_marker(i)
        text = page.popup()
        for hostile in HOSTILE[:4]:
            assert hostile in text, hostile
        page.js(f"{EV}.markers[{i}].fire('mouseover')")
        page.page.hover(".leaflet-control-layers")
        assert HOSTILE[4] in page.page.inner_text(".leaflet-control-layers")
        assert HOSTILE[4] in page.page.inner_text(".geomap-legend")
        assert HOSTILE[3] in page.page.inner_text(".leaflet-control-attribution")
        assert page.js("document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script, "
                       ".leaflet-popup-content svg, .geomap-panel script, .geomap-panel img').length") == 0
        page.screenshot("map_small_hostile.png")
        page.assert_clean()
    finally:
        page.close()


def test_two_thousand_events_cluster_and_heat(browser, tmp_path):
    events = many_events(2000)
    path = save_map(event_map(events, title="Synthetic events", offline=True), tmp_path / "many.html")
    page = Page(browser, path)
    try:
        assert page.js(f"{EV}.shown.length") == 2000
        assert page.drawn() == 2000
        assert page.js("document.querySelectorAll('.geomap-cluster').length") < 200  # grouped, not 2000 pins
        total = int(events["fatalities"].sum())
        assert page.js(f"{EV}.fatalities({EV}.shown)") == total
        page.page.hover(".leaflet-control-layers")
        page.page.locator(".leaflet-control-layers-overlays label", has_text="heat map").locator("input").click()
        page.page.wait_for_timeout(500)
        assert page.js("document.querySelectorAll('canvas.leaflet-heatmap-layer').length") == 1
        page.page.mouse.move(700, 400)
        page.page.wait_for_timeout(400)
        page.screenshot("map_many_heat.png")
        page.assert_clean()
    finally:
        page.close()


def test_seed_article_events_at_terter_talysh_and_nagorno_karabakh(browser, shared_dir, tmp_path):
    """The seed's expected events (gold file, read at run time) drawn where the gold places them."""
    import json

    import pandas as pd

    gold = json.loads((shared_dir / "seed" / "000_8863f39c7d191d26.gold.json").read_text(encoding="utf-8"))
    rows = []
    for k, event in enumerate(gold["events"]):
        place = gold["places"][event["place"]]
        region = "region" in place.get("kind", "") or place.get("tolerance_km", 0) > 40
        rows.append(dict(event_id=f"seed-{k}", event_date=event.get("event_date"), event_type=event["event_type"],
                         sub_event_type=event.get("sub_event_type", ""), actor1=(event.get("actors") or [""])[0],
                         location=event["place"], latitude=place["lat"], longitude=place["lon"],
                         geo_precision=3 if region else 1, fatalities=event.get("fatalities_reported", 0),
                         source=event.get("source", ""), notes=event.get("note", "")))
    path = save_map(event_map(pd.DataFrame(rows), title="Seed article", offline=True), tmp_path / "seed.html")
    page = Page(browser, path)
    try:
        assert page.js(f"{EV}.shown.length") == len(rows) == 4
        assert page.drawn() == 4
        places = page.js(f"{EV}.shown.map(i => {EV}.str('loc', i))")
        assert {"Terter", "Talysh", "Nagorno-Karabakh"} <= set(places)
        page.page.fill(".geomap-search-input", "talysh")
        page.page.press(".geomap-search-input", "Enter")
        assert "Talysh" in page.wait_popup("Talysh")
        page.screenshot("map_seed_gold.png")
        page.assert_clean()
    finally:
        page.close()
