"""gazetteer: the offline gazetteer behind geomap (importable on its own)."""
