"""The ``geomap`` command line."""

from __future__ import annotations

import click

from gazetteer.cli import gazetteer_cli, run_cli

from . import __version__

__all__ = ["cli", "main"]


@click.group(
    epilog="Examples:\n\n  geomap gazetteer build\n\n  geomap gazetteer search Tərtər",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="geomap")
def cli() -> None:
    """geomap: places and events from news articles, on maps. Offline."""


cli.add_command(gazetteer_cli)


def main(args: list[str] | None = None) -> None:
    """Console-script entry point."""
    run_cli(cli, args, prog_name="geomap")
