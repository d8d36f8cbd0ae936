"""Where the index lives: an argument, else ``$GEOMAP_GAZETTEER``, else the user data dir.

>>> import os
>>> os.environ["GEOMAP_GAZETTEER"] = "/tmp/example.sqlite"
>>> str(default_index_path())
'/tmp/example.sqlite'
>>> del os.environ["GEOMAP_GAZETTEER"]
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["ENV_VAR", "default_index_path"]

ENV_VAR = "GEOMAP_GAZETTEER"
FILE_NAME = "gazetteer.sqlite"


def default_index_path() -> Path:
    """The index path used when none is given."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("geomap", appauthor=False)) / FILE_NAME
