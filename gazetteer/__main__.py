"""``python -m gazetteer``: the gazetteer's command line on its own."""

from .cli import main

main()
