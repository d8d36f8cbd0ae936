"""Data sources of the gazetteer: each module turns one source into PlaceRecords.

Every source module exposes ``iter_records(...) -> Iterator[PlaceRecord]`` and a
``PROVENANCE`` string (what it is, where it comes from, its licence).
"""
