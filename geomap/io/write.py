"""Write output files atomically: a temporary file in the same directory, then ``os.replace``.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "sub" / "map.html"
>>> write_atomic(path, "<html></html>")
>>> path.read_text()
'<html></html>'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import BadInputError

__all__ = ["write_atomic"]


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text is encoded as UTF-8) to ``path``; readers see the old file or the new one.

    Missing parent directories are created. The file gets the usual permissions (0666 minus the umask).
    A path that cannot be written (a directory, no permission, a full disk) raises
    :class:`~geomap.errors.BadInputError` and leaves any previous file as it was.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_dir():
        raise BadInputError(f"{path} is a directory; give a file name inside it, e.g. {path / 'map.html'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason = f"{blocking} is a file, not a directory" if blocking else exc.strerror or exc
        raise BadInputError(f"cannot write {path}: {reason}; choose a directory you can write to "
                            "(-o PATH on the command line)") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise BadInputError(f"cannot write {path}: {exc.strerror or exc}; check the disk space and that "
                                "the directory is writable") from None
        raise
