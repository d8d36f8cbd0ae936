"""Shared fixtures: the default gazetteer is built once per test session and reused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared data (seed article, development sets); tests read it by path."""
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found at {SHARED}; set GEOMAP_SHARED to its path")
    return SHARED


@pytest.fixture(scope="session")
def default_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a freshly built default index (built once per session).

    ``GEOMAP_TEST_INDEX`` may point at an index built earlier to save the build.
    """
    given = os.environ.get("GEOMAP_TEST_INDEX")
    if given and Path(given).is_file():
        return Path(given)
    from gazetteer.build import build_default

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_default(path)
    return path


@pytest.fixture(scope="session")
def gaz(default_index: Path):
    from gazetteer import Gazetteer

    with Gazetteer(default_index) as g:
        yield g
