"""``geomap gazetteer ...``: build, inspect, search and grow the offline gazetteer.

Also runnable on its own as ``python -m gazetteer``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from .errors import GeomapError
from .paths import ENV_VAR, default_index_path

__all__ = ["gazetteer_cli", "main"]


def _index(ctx: click.Context) -> Path:
    return ctx.obj["index"]


@click.group(
    name="gazetteer",
    epilog=(
        "Examples:\n\n"
        "  geomap gazetteer build\n\n"
        "  geomap gazetteer search Kharkiv --json\n\n"
        "  geomap gazetteer search Paris --country US\n\n"
        "  geomap gazetteer add-geonames AZ AM\n\n"
        "  geomap gazetteer add my_places.csv"
    ),
)
@click.option(
    "--index", "index", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help=f"The index file (default: ${ENV_VAR} or the user data directory).",
)
@click.pass_context
def gazetteer_cli(ctx: click.Context, index: Path | None) -> None:
    """The offline gazetteer: build, info, search, add-geonames, add."""
    ctx.ensure_object(dict)
    ctx.obj["index"] = index or default_index_path()


@gazetteer_cli.command()
@click.pass_context
def build(ctx: click.Context) -> None:
    """(Re)build the built-in default index from installed data (about a minute)."""
    from .build import build_default

    def progress(step: str) -> None:
        click.echo(f"  {step} ...", err=True)

    click.echo(f"Building the gazetteer at {_index(ctx)}", err=True)
    report = build_default(_index(ctx), progress=progress)
    click.echo(report.summary())


@gazetteer_cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def info(ctx: click.Context, as_json: bool) -> None:
    """Where the index is, how big, what it holds and where its data come from."""
    from .index import Gazetteer

    with Gazetteer(_index(ctx), build=False) as gaz:
        facts = gaz.info()
    if as_json:
        click.echo(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    click.echo(f"index:    {facts['path']} ({facts['size_mb']} MB, built {facts['built']})")
    click.echo(f"places:   {facts['places']:,}   names: {facts['names']:,}")
    click.echo("features: " + ", ".join(f"{k} {v:,}" for k, v in facts["features"].items()))
    click.echo("sources:")
    for src in facts["sources"]:
        click.echo(f"  - {src['name']}: {src['detail']}")


def _point(value: str | None) -> tuple[float, float] | None:
    if not value:
        return None
    try:
        lat, lon = (float(x) for x in value.split(","))
    except ValueError:
        raise click.BadParameter("give it as LAT,LON, e.g. 40.4,49.9") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # also refuses nan
        raise click.BadParameter(f"{value} is not a point: latitude goes from -90 to 90, longitude from -180 to 180")
    return lat, lon


@gazetteer_cli.command()
@click.argument("name")
@click.option("--country", "-c", help="ISO 3166-1 alpha-2 code, e.g. US.")
@click.option("--feature", "-f", help="country, region, admin1, city, village, physical or a GeoNames code.")
@click.option("--near", help="LAT,LON to favour nearby places.")
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def search(ctx: click.Context, name: str, country: str | None, feature: str | None, near: str | None,
           limit: int, as_json: bool) -> None:
    """Ranked candidates for NAME (any language or script). Prints nothing when unknown."""
    from .index import Gazetteer

    with Gazetteer(_index(ctx)) as gaz:
        places = gaz.search(name, country=country, feature=feature, near=_point(near), limit=limit)
    if as_json:
        click.echo(json.dumps([p.to_dict() for p in places], ensure_ascii=False, indent=2))
        return
    for p in places:
        where = ", ".join(x for x in (p.admin1, p.country) if x)
        click.echo(f"{p.score:.3f}  {p.name} ({where})  {p.feature} {p.feature_class}.{p.feature_code}  "
                   f"{p.lat:.5f},{p.lon:.5f}  pop {p.population:,}  id {p.id}")


@gazetteer_cli.command("add-geonames")
@click.argument("targets", nargs=-1, required=True)
@click.option("--from", "from_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="A directory holding dumps downloaded by hand (no download).")
@click.option("--url", "base_url", help="Base URL of the GeoNames dump server (default: the official one).")
@click.pass_context
def add_geonames(ctx: click.Context, targets: tuple[str, ...], from_dir: Path | None, base_url: str | None) -> None:
    """Download GeoNames dumps for country codes (or allCountries) and merge every feature class.

    Example: geomap gazetteer add-geonames AZ AM
    """
    from .build import build_default
    from .sources.geonames_dump import add_geonames as run

    index = _index(ctx)
    if not index.exists():
        click.echo(f"No index at {index} yet: building the default one first.", err=True)
        build_default(index)

    def progress(name: str, done: int, total: int) -> None:
        if total and done >= total:
            click.echo(f"  {name}: {done / 1e6:.1f} MB", err=True)

    report = run(index, list(targets), from_dir=from_dir, base_url=base_url, progress=progress)
    click.echo(report.summary())


@gazetteer_cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def add(ctx: click.Context, file: Path) -> None:
    """Add your own places from FILE.csv (name,aliases,lat,lon,type,country) or FILE.geojson."""
    from .build import add_file

    report = add_file(file, _index(ctx))
    click.echo(report.summary())
    if report.malformed and not report.places:
        sys.exit(1)


def run_cli(group: click.Group, args: list[str] | None = None, **extra: Any) -> None:
    """Run a click group, turning geomap errors into one clear line and exit code 1."""
    try:
        rc = group.main(args=args, standalone_mode=False, **extra)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except GeomapError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted; nothing was half-written.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: one clear line, the traceback only on request
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        click.echo(f"error: unexpected {type(exc).__name__}: {exc}. This is a bug in geomap; rerun with "
                   "GEOMAP_DEBUG=1 to see the traceback and report it.", err=True)
        sys.exit(1)
    if isinstance(rc, int) and rc:
        sys.exit(rc)


def main(args: list[str] | None = None) -> None:
    """Entry point of ``python -m gazetteer``."""
    run_cli(gazetteer_cli, args, prog_name="gazetteer")
