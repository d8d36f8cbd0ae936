"""Event tables for the map tests: a few hand-written rows (hostile strings included) and a generator.

The sentences are the tests' own; places are real towns so the map looks like a map.
"""

from __future__ import annotations

import json
import random

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

HOSTILE = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    'He said "</script><script>window.__pwned = 3</script>"',
    "`${window.__pwned = 4}` and \\u003c",
    "<svg onload=window.__pwned=5>",
    "'); window.__pwned = 6; ('",
]

ROWS = [
    dict(event_id="ev-1", event_date="2020-09-27", time_precision=1, event_type="Battles",
         sub_event_type="Armed clash", actor1="Army of the North", actor2="Militia of the Hills", location="Tartar",
         latitude=40.3447, longitude=46.9306, geo_precision=1, country="Azerbaijan", iso=31, admin1="Tartar",
         place_id="584923", fatalities=4,
         claims=[{"number": 4, "what": "soldiers killed", "claimed_by": "Ministry of Defence",
                  "disputed_by": "Hill Council"},
                 {"number": 12, "what": "soldiers killed", "claimed_by": "Hill Council", "disputed_by": ""}],
         source="Northern Wire", notes="Clash on the edge of the town.",
         evidence="Four soldiers died when the two sides clashed near the town, the ministry said.",
         confidence=0.8, doc_id="doc-a", lang="en", flags=""),
    dict(event_id="ev-2", event_date="2020-09-28", time_precision=1, event_type="Explosions/Remote violence",
         sub_event_type="Shelling/artillery/missile attack", actor1="Militia of the Hills", actor2="Civilians",
         location="Tartar", latitude=40.3447, longitude=46.9306, geo_precision=1, country="Azerbaijan",
         admin1="Tartar", place_id="584923", fatalities=2, claims=json.dumps([{"number": 2, "what": "civilians killed",
         "claimed_by": "Ministry of Defence", "disputed_by": ""}]), source="Northern Wire",
         evidence="Shells fell on a market street and two people were killed.", confidence=0.7, doc_id="doc-a"),
    dict(event_id="ev-3", event_date="2020-10-02", time_precision=1, event_type="Battles", sub_event_type="Armed clash",
         actor1="Army of the North", actor2="", location="Lerik", latitude=38.7736, longitude=48.4151,
         geo_precision=2, country="Azerbaijan", admin1="Lerik", place_id="147622", fatalities=0, claims=None,
         source="Coastal Herald", evidence="Fighting was reported in the hills near Lerik.", doc_id="doc-b"),
    dict(event_id="ev-4", event_date="2020-10-05", time_precision=2, event_type="Strategic developments",
         sub_event_type="Agreement", actor1="Hill Council", actor2="Army of the North",
         location="Nagorno-Karabakh", latitude=39.9, longitude=46.7, geo_precision=3, country="Azerbaijan",
         admin1="", place_id="NK-1", fatalities=0, claims="", source="Coastal Herald",
         evidence="Both sides agreed to talks about the region during that week.", doc_id="doc-b"),
    dict(event_id="ev-5", event_date="2020-10-20", time_precision=1, event_type="Protests",
         sub_event_type="Peaceful protest", actor1="Protesters (Azerbaijan)", actor2="", location="Baku",
         latitude=40.4093, longitude=49.8671, geo_precision=1, country="Azerbaijan", admin1="Baku",
         place_id="587084", fatalities=0, claims=[], source="Capital Daily",
         evidence="Hundreds marched along the seafront asking for peace.", doc_id="doc-c"),
    dict(event_id=HOSTILE[0], event_date="2020-10-12", time_precision=1, event_type=HOSTILE[4],
         sub_event_type=HOSTILE[1], actor1=HOSTILE[2], actor2=HOSTILE[3], location=HOSTILE[0],
         latitude=40.67, longitude=46.36, geo_precision=1, country=HOSTILE[5], admin1=HOSTILE[1], place_id="x",
         fatalities=1, claims=[{"number": 1, "what": HOSTILE[0], "claimed_by": HOSTILE[1],
                                "disputed_by": HOSTILE[2]}],
         source=HOSTILE[3], notes=HOSTILE[5], evidence=HOSTILE[2], confidence=0.5, doc_id=HOSTILE[1], lang="en"),
]


def small_events() -> gpd.GeoDataFrame:
    """The hand-written rows as a GeoDataFrame (EPSG:4326), as geomap's extraction returns them."""
    frame = pd.DataFrame(ROWS)
    return gpd.GeoDataFrame(frame, geometry=[Point(r["longitude"], r["latitude"]) for r in ROWS], crs="EPSG:4326")


TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"),
         ("Strategic developments", "Looting/property destruction")]
TOWNS = [("Kharkiv", 49.99, 36.23), ("Izium", 49.21, 37.26), ("Kupiansk", 49.71, 37.62), ("Bakhmut", 48.59, 38.00),
         ("Avdiivka", 48.14, 37.74), ("Zaporizhzhia", 47.84, 35.14), ("Kherson", 46.64, 32.62),
         ("Mykolaiv", 46.97, 32.00), ("Odesa", 46.48, 30.72), ("Sumy", 50.91, 34.80), ("Chernihiv", 51.49, 31.29),
         ("Kyiv", 50.45, 30.52), ("Dnipro", 48.46, 35.05), ("Pokrovsk", 48.28, 37.18), ("Lyman", 48.99, 37.80)]


def many_events(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` made-up events around real towns over 120 days (a plain DataFrame, as from a CSV)."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        name, lat, lon = rng.choice(TOWNS)
        kind, sub = rng.choice(TYPES)
        deaths = 0 if rng.random() < 0.55 else int(rng.expovariate(1 / 6))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=rng.randrange(120))
        rows.append(dict(event_id=f"syn-{k}", event_date=day.date().isoformat(), time_precision=1, event_type=kind,
                         sub_event_type=sub, actor1="Force A", actor2="Force B" if kind == "Battles" else "",
                         location=name, latitude=lat + rng.gauss(0, 0.08), longitude=lon + rng.gauss(0, 0.08),
                         geo_precision=rng.choice((1, 1, 1, 2)), country="Ukraine", admin1="", place_id="",
                         fatalities=deaths, claims="", source=rng.choice(("Wire One", "Wire Two", "Local Radio")),
                         evidence=f"Report {k}: an event of type {kind.lower()} near {name}, {deaths} dead.",
                         doc_id=f"d{k % 50}"))
    return pd.DataFrame(rows)
