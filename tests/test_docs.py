"""docs/: every page is linked from docs/index.md, links resolve, and the Python snippets run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = ("index.md", "gazetteer.md", "geoparse.md", "events.md", "maps.md")
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_index_links_every_page_and_links_resolve():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in sorted(p.name for p in DOCS.glob("*.md") if p.name != "index.md"):
        assert f"]({page})" in index, f"docs/index.md does not link {page}"
    assert "](docs/index.md)" in (REPO / "README.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        for target in _LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "../../")):  # the web, or ../shared beside the repo
                continue
            assert (page.parent / target).exists(), f"{page.name} links {target}, which does not exist"


@pytest.mark.parametrize("page", PAGES)
def test_python_snippets_run(page, default_index, tmp_path, monkeypatch):
    blocks = _BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))
    assert blocks, f"{page} has no Python snippet"
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(default_index))
    (tmp_path / "examples").symlink_to(REPO / "examples")
    monkeypatch.chdir(tmp_path)  # the snippets run "from the repository's root" and write to outputs/
    namespace: dict[str, object] = {"__name__": f"docs_{page[:-3]}"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"docs/{page} snippet {number}", "exec"), namespace)
    written = sorted(p.name for p in (tmp_path / "outputs").glob("*")) if (tmp_path / "outputs").is_dir() else []
    expected = {"index.md": ["papua.gpkg"], "maps.md": ["kharkiv.html", "kharkiv_offline.html", "lviv_places.html"]}
    assert written == expected.get(page, [])


def test_cli_page_names_real_commands_and_options():
    from geomap.cli import cli

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    used = set(re.findall(r"^geomap (\w[\w-]*)", text, re.MULTILINE))
    assert used == {"read", "places", "extract", "map", "gazetteer"} == set(cli.commands)
    options = {opt for command in cli.commands.values() for param in command.params for opt in param.opts}
    for command in cli.commands["gazetteer"].commands.values():
        options |= {opt for param in command.params for opt in param.opts}
    options |= {opt for param in cli.commands["gazetteer"].params for opt in param.opts}
    for option in set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", text)):
        flags = {part for opt in options for part in (opt, *opt.split("/"))}
        assert option in flags or option in ("--help", "--version", "--no-progress"), f"cli.md names {option}"
