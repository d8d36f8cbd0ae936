"""Event map figures: HTML size and build time for 1k / 10k / 100k events, optionally load time in Chromium.

Events are made up (deterministic): random ACLED types around 40 towns over a year, a sentence
of evidence each, a third with a claim, like an extraction from many articles.

    python bench/maps.py                      # sizes and build times, online and offline pages
    python bench/maps.py --browser            # also: time until the markers are drawn in headless Chromium
    python bench/maps.py --sizes 1000 10000

Targets: 10,000 events in <= 5 MB of HTML; 100,000 still usable in a browser.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geomap.maps import event_map, save_map

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Strategic developments", "Agreement")]
ACTORS = ["Army of the North", "Militia of the Hills", "Police Forces", "Protesters", "Unidentified Armed Group",
          "Civilians", "Rebel Front", "Air Force"]
SOURCES = ["Northern Wire", "Coastal Herald", "Capital Daily", "Ministry of Defence", "Local Radio", "Night Agency"]
WORDS = ["shelling", "hit", "the", "outskirts", "of", "town", "overnight", "and", "residents", "said", "several",
         "houses", "burned", "while", "regional", "governor", "reported", "casualties", "among", "soldiers",
         "civilians", "near", "market"]


def synthetic_events(n: int, seed: int = 1) -> pd.DataFrame:
    rng = random.Random(seed)
    towns = [(f"Town {k}", rng.uniform(44, 52), rng.uniform(24, 40)) for k in range(40)]
    rows = []
    for k in range(n):
        name, lat, lon = rng.choice(towns)
        kind, sub = rng.choice(TYPES)
        deaths = 0 if rng.random() < 0.5 else int(rng.expovariate(1 / 5))
        claims = ""
        if rng.random() < 0.33:
            claims = [{"number": deaths + rng.randrange(5), "what": "killed", "claimed_by": rng.choice(SOURCES),
                       "disputed_by": rng.choice(["", "", rng.choice(SOURCES)])}]
        rows.append(dict(
            event_id=f"e{k:06d}", event_date=(pd.Timestamp("2024-01-01") + pd.Timedelta(days=rng.randrange(365))),
            time_precision=1, event_type=kind, sub_event_type=sub, actor1=rng.choice(ACTORS),
            actor2=rng.choice(ACTORS), location=name, latitude=lat + rng.gauss(0, 0.1),
            longitude=lon + rng.gauss(0, 0.1), geo_precision=rng.choice((1, 1, 1, 2, 3)), country="Testland",
            admin1="Region " + name[-1], place_id=name, fatalities=deaths, claims=claims,
            source=rng.choice(SOURCES), notes="", confidence=round(rng.random(), 2), doc_id=f"doc{k // 8}",
            evidence=" ".join(rng.choice(WORDS) for _ in range(22)).capitalize() + ".",
        ))
    return pd.DataFrame(rows)


def browser_load_seconds(path: Path) -> tuple[float, int]:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=300_000)
        page.wait_for_function("window.geomap && geomap.instances[0] && "
                               "document.querySelector('.geomap-cluster, .geomap-ev')", timeout=300_000)
        seconds = time.perf_counter() - start
        shown = page.evaluate("geomap.instances[0].shown.length")
        browser.close()
    return seconds, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--browser", action="store_true", help="also load each offline page in headless Chromium")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    print(f"{'events':>8} {'page':>8} {'HTML MB':>8} {'build s':>8}" + (f" {'load s':>7}" if args.browser else ""))
    for n in args.sizes:
        events = synthetic_events(n)
        for offline in (False, True):
            start = time.perf_counter()
            fmap = event_map(events, title=f"{n} events", offline=offline)
            path = save_map(fmap, out / f"events_{n}_{'offline' if offline else 'online'}.html")
            build = time.perf_counter() - start
            size = path.stat().st_size / 1e6
            line = f"{n:>8} {'offline' if offline else 'online':>8} {size:>8.2f} {build:>8.2f}"
            if args.browser and offline:
                seconds, shown = browser_load_seconds(path)
                line += f" {seconds:>7.1f}" + ("" if shown == n else f" (only {shown} shown!)")
            print(line, flush=True)
    print(f"pages in {out}")


if __name__ == "__main__":
    main()
