"""``python -m geomap.batch CORPUS -o OUT.parquet``: the corpus run of ``geomap extract`` on its own."""

from .cli import main

if __name__ == "__main__":
    main()
