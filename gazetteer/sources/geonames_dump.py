"""The official GeoNames dumps: download them and stream them into the index.

GeoNames publishes one "geoname" table per country (``AZ.zip``) and one for the
whole world (``allCountries.zip``), with every feature class: countries, regions,
districts, towns, villages, mountains, rivers... This module downloads those dumps
(or reads copies downloaded by hand) and merges them into an existing index
through :class:`gazetteer.store.IndexWriter`, which publishes the new index
atomically only when the whole import has succeeded.

Files used, relative to the dump URL (``https://download.geonames.org/export/dump/``
unless ``base_url`` or the environment variable ``GEOMAP_GEONAMES_URL`` says otherwise):

- ``{CC}.zip`` (or ``allCountries.zip``): the geoname table, 19 tab-separated columns;
- ``alternatenames/{CC}.zip`` (or ``alternateNamesV2.zip``): alternate names with languages;
- ``admin1CodesASCII.txt``: names of first-level divisions, for display;
- ``admin2Codes.txt`` and ``countryInfo.txt``: downloaded for completeness; the index has
  no admin2 table (districts come in as ``A.ADM2`` places of the geoname table) and
  ``countryInfo.txt``, when present, only serves to check the requested country codes.

Every file is read line by line straight out of its zip archive, so even
``allCountries`` (12 million places, 18 million alternate names) imports in bounded
memory. Malformed rows are counted, reported by line number and skipped.

>>> normalize_targets(["az", "allcountries", "AZ"])
['allCountries']
>>> normalize_targets(["az", "am"])
['AZ', 'AM']
"""

from __future__ import annotations

import contextlib
import http.client
import io
import math
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import BadInputError, DownloadError
from ..model import PlaceRecord
from ..report import ImportReport
from ..store import IndexWriter

__all__ = [
    "DEFAULT_URL",
    "PROVENANCE",
    "SOURCE",
    "ImportReport",
    "add_geonames",
    "download",
    "import_dir",
    "iter_alternate_names",
    "iter_records",
    "normalize_targets",
    "required_files",
]

DEFAULT_URL = "https://download.geonames.org/export/dump/"
#: Environment variable that overrides :data:`DEFAULT_URL` (a mirror, a local copy).
URL_ENV = "GEOMAP_GEONAMES_URL"
#: The ``source`` tag of every record imported from the dumps.
SOURCE = "geonames-dump"
ALL = "allCountries"

PROVENANCE = (
    "GeoNames geographical database (https://www.geonames.org/), licensed under "
    "Creative Commons Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/); "
    f"data dumps from {DEFAULT_URL}"
)

#: Type of the progress callback: ``(label, done, total)``; ``total`` is 0 when unknown.
#: Downloads report bytes received; imports report bytes of the (uncompressed) text read.
Progress = Callable[[str, int, int], None]

ADMIN1_FILE = "admin1CodesASCII.txt"
ADMIN2_FILE = "admin2Codes.txt"
COUNTRY_FILE = "countryInfo.txt"
SHARED_FILES = (ADMIN1_FILE, ADMIN2_FILE, COUNTRY_FILE)

#: Pseudo-languages of alternate names that are not place names: postal codes, URLs,
#: Wikidata ids.
SKIP_LANGS = frozenset({"post", "link", "wkdt"})

_GEONAME_COLUMNS = 19
_NOT_TABLES = ("readme.txt", "iso-languagecodes.txt")
_CHUNK = 1 << 20
_TIMEOUT = 60
_PROGRESS_EVERY = 100_000
_USER_AGENT = "geomap-gazetteer (offline geoparser; GeoNames dump download)"


# -- targets and file names ----------------------------------------------------------------------
def normalize_targets(targets: list[str]) -> list[str]:
    """Validate and normalise targets: upper-case ISO country codes, or ``["allCountries"]``.

    ``allCountries`` (any case) absorbs every country code, duplicates are dropped.
    Raises :class:`BadInputError` for anything else.
    """
    if isinstance(targets, str):
        targets = [targets]
    out: list[str] = []
    for raw in targets:
        t = str(raw).strip()
        if t.lower() == ALL.lower():
            return [ALL]
        if len(t) != 2 or not t.isascii() or not t.isalpha():
            raise BadInputError(
                f"{raw!r} is not a GeoNames dump name: give ISO 3166-1 alpha-2 country codes "
                f"(e.g. AZ, AM, GE) or the word {ALL}"
            )
        if t.upper() not in out:
            out.append(t.upper())
    if not out:
        raise BadInputError(f"No GeoNames dump given: name country codes (e.g. AZ) or {ALL}")
    return out


def _geoname_stem(target: str) -> str:
    return ALL if target == ALL else target


def _alt_stem(target: str) -> str:
    return "alternateNamesV2" if target == ALL else f"alternatenames/{target}"


def required_files(targets: list[str]) -> list[str]:
    """Paths (relative to the dump URL / directory) of the files that ``targets`` need."""
    files: list[str] = []
    for t in normalize_targets(targets):
        files += [f"{_geoname_stem(t)}.zip", f"{_alt_stem(t)}.zip"]
    return files + list(SHARED_FILES)


def _base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get(URL_ENV) or DEFAULT_URL
    return url if url.endswith("/") else url + "/"


# -- download ------------------------------------------------------------------------------------
def download(
    targets: list[str],
    dest: Path,
    base_url: str | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Download the dump files of ``targets`` into ``dest``; return their paths.

    ``targets`` are ISO country codes (any case) or ``allCountries``. Files are
    streamed into a temporary file in ``dest`` and renamed into place only when
    complete, so ``dest`` never holds a half-written file. ``alternatenames/{CC}.zip``
    lands in ``dest/alternatenames/``, mirroring the server layout that
    :func:`import_dir` expects. Raises :class:`DownloadError` when a file cannot be
    fetched (naming the URL), in particular when GeoNames has no dump for a code.
    """
    norm = normalize_targets(targets)
    base = _base_url(base_url)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    country_zips = {f"{_geoname_stem(t)}.zip": t for t in norm if t != ALL}
    paths: list[Path] = []
    # The country tables first: an unknown code fails before anything big is fetched.
    for rel in sorted(required_files(norm), key=lambda r: r not in country_zips):
        url = base + rel
        try:
            paths.append(_fetch(url, dest / rel, rel, progress))
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and rel in country_zips:
                raise DownloadError(
                    f"GeoNames has no dump for country code {country_zips[rel]!r} ({url} answered 404): "
                    "the code is unknown to GeoNames; use an ISO 3166-1 alpha-2 code such as AZ"
                ) from None
            raise DownloadError(_download_hint(url, f"HTTP {exc.code} {exc.reason}")) from None
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise DownloadError(_download_hint(url, str(reason))) from None
    return paths


def _download_hint(url: str, reason: str) -> str:
    return (
        f"Could not download {url} ({reason}). Check the network connection (and --url or {URL_ENV} if set), "
        f"or download the files by hand from {DEFAULT_URL} and import them "
        "with --from DIR"
    )


def _fetch(url: str, target: Path, label: str, progress: Progress | None) -> Path:
    """Stream ``url`` into ``target`` through a temporary file in the same directory."""
    target.parent.mkdir(parents=True, exist_ok=True)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(request, timeout=_TIMEOUT) as resp:
            total = int(resp.headers.get("Content-Length") or 0)
            done = 0
            if progress:
                progress(label, 0, total)
            while chunk := resp.read(_CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(label, done, total)
        if total and done != total:
            raise OSError(f"connection closed after {done} of {total} bytes")
        if target.suffix == ".zip" and not zipfile.is_zipfile(tmp):
            raise OSError("the server did not send a zip archive")
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


# -- import report -------------------------------------------------------------------------------
# -- reading files -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    """One text table: a plain file, or a member of a zip archive."""

    path: Path
    member: str | None
    label: str

    @contextlib.contextmanager
    def open(self) -> Iterator[tuple[IO[str], Callable[[], int], int]]:
        """Yield ``(text stream, bytes-read function, total bytes)``."""
        with contextlib.ExitStack() as stack:
            if self.member is None:
                raw: IO[bytes] = stack.enter_context(open(self.path, "rb"))
                total = self.path.stat().st_size
            else:
                zf = stack.enter_context(zipfile.ZipFile(self.path))
                info = zf.getinfo(self.member)
                raw = stack.enter_context(zf.open(info))
                total = info.file_size

            def tell() -> int:
                try:
                    return raw.tell()
                except (OSError, ValueError):
                    return 0

            text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n")
            yield stack.enter_context(text), tell, total


def _find(src: Path, stem: str, member: str) -> _Source | None:
    """``{stem}.zip`` (holding ``member``) or an extracted ``{stem}.txt`` under ``src``."""
    zpath = src / f"{stem}.zip"
    if zpath.is_file():
        try:
            with zipfile.ZipFile(zpath) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError) as exc:
            raise BadInputError(f"{zpath} is not a readable zip archive ({exc}); download it again") from None
        if member not in names:
            candidates = [n for n in names if n.endswith(".txt") and n not in _NOT_TABLES]
            if len(candidates) != 1:
                raise BadInputError(f"{zpath} does not contain {member}; download it again ({DEFAULT_URL})")
            member = candidates[0]
        return _Source(zpath, member, f"{stem}.zip:{member}")
    txt = src / f"{stem}.txt"
    return _Source(txt, None, f"{stem}.txt") if txt.is_file() else None


def _sources(
    src: Path, targets: list[str]
) -> tuple[list[tuple[str, _Source, _Source]], _Source, _Source | None]:
    """Locate every file ``targets`` need under ``src``; raise BadInputError listing the missing ones."""
    missing: list[str] = []
    tables: list[tuple[str, _Source, _Source]] = []
    for t in targets:
        geo = _find(src, _geoname_stem(t), f"{_geoname_stem(t)}.txt")
        alt = _find(src, _alt_stem(t), "alternateNamesV2.txt" if t == ALL else f"{t}.txt")
        if geo is None:
            missing.append(f"{_geoname_stem(t)}.zip")
        if alt is None:
            missing.append(f"{_alt_stem(t)}.zip")
        if geo is not None and alt is not None:
            tables.append((t, geo, alt))
    admin1 = src / ADMIN1_FILE
    if not admin1.is_file():
        missing.append(ADMIN1_FILE)
    if missing:
        raise BadInputError(
            f"{src} lacks {', '.join(missing)}: download "
            f"{', '.join(DEFAULT_URL + m for m in missing)} into {src} (keeping the alternatenames/ "
            "sub-directory; zip archives or their extracted .txt files both work), "
            "or let geomap download them (leave out --from)"
        )
    country = src / COUNTRY_FILE
    return (
        tables,
        _Source(admin1, None, ADMIN1_FILE),
        _Source(country, None, COUNTRY_FILE) if country.is_file() else None,
    )


def _detect_targets(src: Path) -> list[str]:
    """Targets of a dump directory: ``allCountries`` if present, else every ``{CC}.zip``/``.txt``."""
    if (src / f"{ALL}.zip").exists() or (src / f"{ALL}.txt").exists():
        return [ALL]
    found = sorted(
        {
            p.stem.upper()
            for p in src.iterdir()
            if p.suffix in (".zip", ".txt") and len(p.stem) == 2 and p.stem.isascii() and p.stem.isalpha()
        }
    )
    if not found:
        raise BadInputError(
            f"{src} holds no GeoNames dump ({{CC}}.zip or {ALL}.zip); download one from {DEFAULT_URL}"
        )
    return found


def _lines(source: _Source, progress: Progress | None) -> Iterator[tuple[int, list[str]]]:
    """``(line number, tab-separated fields)`` of every non-empty line, streamed."""
    label = f"import {source.label}"
    try:
        with source.open() as (text, tell, total):
            if progress:
                progress(label, 0, total)
            lineno = 0
            for lineno, line in enumerate(text, 1):
                line = line.rstrip("\r\n")
                if line:
                    yield lineno, line.split("\t")
                if progress and lineno % _PROGRESS_EVERY == 0:
                    progress(label, tell(), total)
            if progress:
                progress(label, total, total)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise BadInputError(
            f"{source.path} is damaged ({exc}); download it again from {DEFAULT_URL}"
        ) from None


def _coordinate(text: str, limit: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and -limit <= value <= limit else None


def _records(
    source: _Source, report: ImportReport, progress: Progress | None = None
) -> Iterator[PlaceRecord]:
    for lineno, f in _lines(source, progress):
        if len(f) != _GEONAME_COLUMNS:
            report.bad_line(source.label, lineno)
            continue
        gid, name = f[0].strip(), f[1].strip()
        lat, lon = _coordinate(f[4], 90.0), _coordinate(f[5], 180.0)
        if not (gid.isascii() and gid.isdigit()) or not name or lat is None or lon is None:
            report.bad_line(source.label, lineno)
            continue
        ascii_name = f[2].strip()
        names = tuple((alt, "") for alt in (a.strip() for a in f[3].split(",")) if alt)
        if ascii_name and ascii_name != name:
            names += ((ascii_name, ""),)
        pop = f[14].strip()
        report.places += 1
        yield PlaceRecord(
            id=str(int(gid)),
            name=name,
            lat=lat,
            lon=lon,
            feature_class=f[6].strip(),
            feature_code=f[7].strip(),
            country=f[8].strip(),
            admin1=f[10].strip(),
            population=int(pop) if pop.isascii() and pop.isdigit() else 0,
            names=names,
            source=SOURCE,
        )


def _alternate_names(
    source: _Source, report: ImportReport, progress: Progress | None = None
) -> Iterator[tuple[int, str, str]]:
    for lineno, f in _lines(source, progress):
        if len(f) < 4:
            report.bad_line(source.label, lineno)
            continue
        gid, lang, name = f[1].strip(), f[2].strip(), f[3].strip()
        if not (gid.isascii() and gid.isdigit()):
            report.bad_line(source.label, lineno)
            continue
        if lang in SKIP_LANGS or not name or name.startswith(("http://", "https://")):
            report.skipped_names += 1
            continue
        report.names += 1
        yield int(gid), name, lang


def _admin1_rows(
    source: _Source, countries: set[str] | None, report: ImportReport
) -> Iterator[tuple[str, str, str]]:
    for lineno, f in _lines(source, None):
        country, dot, code = f[0].partition(".")
        if len(f) < 2 or not dot or not country or not code or not f[1].strip():
            report.bad_line(source.label, lineno)
            continue
        if countries is not None and country not in countries:
            continue
        report.admin1 += 1
        yield country, code, f[1].strip()


def _known_countries(source: _Source) -> set[str]:
    rows = _lines(source, None)
    return {f[0].strip().upper() for _, f in rows if f[0].strip() and not f[0].startswith("#")}


def iter_records(
    src: Path, target: str, report: ImportReport | None = None, progress: Progress | None = None
) -> Iterator[PlaceRecord]:
    """Stream the places of one dump (``AZ`` or ``allCountries``) found in directory ``src``.

    The source-module interface of :mod:`gazetteer.sources`; malformed rows go to ``report``.
    """
    (t,) = normalize_targets([target])
    source = _find(Path(src), _geoname_stem(t), f"{_geoname_stem(t)}.txt")
    if source is None:
        raise BadInputError(f"{src} has no {_geoname_stem(t)}.zip; download it from {DEFAULT_URL}")
    return _records(source, report if report is not None else ImportReport(), progress)


def iter_alternate_names(
    src: Path, target: str, report: ImportReport | None = None, progress: Progress | None = None
) -> Iterator[tuple[int, str, str]]:
    """Stream ``(geonameid, name, lang)`` of one alternate-names dump found in ``src``.

    Postal codes, links and Wikidata ids (:data:`SKIP_LANGS`) are left out.
    """
    (t,) = normalize_targets([target])
    source = _find(Path(src), _alt_stem(t), "alternateNamesV2.txt" if t == ALL else f"{t}.txt")
    if source is None:
        raise BadInputError(f"{src} has no {_alt_stem(t)}.zip; download it from {DEFAULT_URL}")
    return _alternate_names(source, report if report is not None else ImportReport(), progress)


# -- import --------------------------------------------------------------------------------------
def import_dir(
    writer: IndexWriter,
    src: Path,
    targets: list[str] | None = None,
    report: ImportReport | None = None,
    progress: Progress | None = None,
    origin: str | None = None,
) -> ImportReport:
    """Import the GeoNames dumps of ``targets`` from directory ``src`` into ``writer``.

    ``src`` holds the files as laid out on the dump server (``AZ.zip``,
    ``alternatenames/AZ.zip``, ``admin1CodesASCII.txt``...), zipped or extracted.
    Without ``targets``, every dump found in ``src`` is imported. Alternate names are
    imported before the places so that a name listed both with a language and in the
    language-less ``alternatenames`` column keeps its language. ``origin`` (a URL) is
    what the index's source note says the files came from (default: ``src``).
    Raises :class:`BadInputError` for missing or damaged files; the caller's
    ``with IndexWriter(...)`` block then leaves the previous index untouched.
    """
    src = Path(src)
    if not src.is_dir():
        raise BadInputError(f"{src} is not a directory holding GeoNames dump files")
    norm = normalize_targets(targets) if targets else _detect_targets(src)
    report = report if report is not None else ImportReport()
    tables, admin1, country_info = _sources(src, norm)
    if country_info is not None and ALL not in norm:
        known = _known_countries(country_info)
        unknown = [t for t in norm if t not in known]
        if known and unknown:
            raise BadInputError(
                f"Country code(s) {', '.join(unknown)} unknown to GeoNames (not in {country_info.path})"
            )
    for _target, geo, alt in tables:
        writer.add_names(_alternate_names(alt, report, progress))
        report.files.append(alt.label)
        writer.add(_records(geo, report, progress), source=SOURCE)
        report.files.append(geo.label)
    countries = None if ALL in norm else set(norm)
    writer.set_admin1_names(_admin1_rows(admin1, countries, report))
    report.files.append(admin1.label)
    writer.note_source(SOURCE, f"{', '.join(norm)}, from {origin or src}")
    return report


def add_geonames(
    index_path: Path,
    targets: list[str],
    from_dir: Path | None = None,
    base_url: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge the GeoNames dumps of ``targets`` into the index at ``index_path``.

    Without ``from_dir`` the files are downloaded (from ``base_url``, ``$GEOMAP_GEONAMES_URL``
    or GeoNames) into a temporary directory beside the index, removed afterwards. The index is
    extended in a temporary copy published atomically at the end; on any error the
    previous index stays byte for byte as it was. If no index exists yet, a new one
    holding only these dumps is built.
    """
    norm = normalize_targets(targets)
    index_path = Path(index_path)
    if from_dir is not None:
        from_dir = Path(from_dir)
        if not from_dir.is_dir():
            raise BadInputError(f"{from_dir} is not a directory holding GeoNames dump files")
        _sources(from_dir, norm)  # fail on missing files before touching the index
        return _import(index_path, from_dir, norm, progress, str(from_dir))
    # Download beside the index, not to /tmp (often a RAM disk; allCountries is ~600 MB zipped).
    index_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".geonames-download-", dir=index_path.parent))
    try:
        download(norm, tmp, base_url=base_url, progress=progress)
        return _import(index_path, tmp, norm, progress, _base_url(base_url))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _import(
    index_path: Path, src: Path, targets: list[str], progress: Progress | None, origin: str
) -> ImportReport:
    base = index_path if index_path.exists() else None
    with IndexWriter(index_path, base=base) as writer:
        report = import_dir(writer, src, targets, progress=progress, origin=origin)
    return report
