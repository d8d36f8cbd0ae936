"""The gazetteer as a geopy geocoder: drop-in for geopy code, ``RateLimiter`` and ``DataFrame.apply``.

Nothing goes over the network; results are :class:`geopy.location.Location` objects
whose ``.raw`` holds the gazetteer row (:meth:`gazetteer.model.Place.to_dict`).

>>> from gazetteer import Geocoder
>>> geo = Geocoder()                                   # doctest: +SKIP
>>> loc = geo.geocode("Bakı")                          # doctest: +SKIP
>>> loc.raw["country"], round(loc.latitude, 1)         # doctest: +SKIP
('AZ', 40.4)
>>> geo.geocode("Paris", country_codes="us").raw["admin1"]   # doctest: +SKIP
'Texas'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL
from geopy.geocoders.base import Geocoder as _GeopyGeocoder
from geopy.location import Location
from geopy.point import Point

from .errors import BadInputError
from .index import Gazetteer
from .model import Place

__all__ = ["Geocoder"]


class Geocoder(_GeopyGeocoder):
    """Offline geopy geocoder backed by a :class:`~gazetteer.Gazetteer`.

    :param gazetteer: an open gazetteer, or None to open the default index.
    :param path: the index to open when ``gazetteer`` is None.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        timeout: Any = DEFAULT_SENTINEL,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(timeout=timeout, user_agent=user_agent or "geomap-gazetteer")
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer(path)

    @staticmethod
    def _location(place: Place) -> Location:
        label = ", ".join(part for part in (place.name, place.admin1, place.country) if part)
        return Location(label, (place.lat, place.lon, 0.0), place.to_dict())

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        feature: str | Iterable[str] | None = None,
        limit: int = 10,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """Best match for ``query`` (or all matches with ``exactly_one=False``); None if unknown.

        ``country_codes``: one ISO 3166-1 alpha-2 code or several, as in geopy's Nominatim.
        """
        if not isinstance(query, str):
            raise BadInputError(f"geocode() takes a place name as str, not {type(query).__name__}")
        codes = [country_codes] if isinstance(country_codes, str) else list(country_codes or [None])
        places: list[Place] = []
        for code in codes:
            places.extend(self.gazetteer.search(query, country=code, feature=feature, limit=limit))
        places.sort(key=lambda p: -p.score)
        if not places:
            return None
        if exactly_one:
            return self._location(places[0])
        return [self._location(p) for p in places[:limit]]

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        max_km: float = 100.0,
        limit: int = 10,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """Nearest place to ``query`` (``"lat, lon"``, a tuple or a geopy ``Point``)."""
        try:
            point = Point(query)
        except ValueError as exc:
            raise BadInputError(f"reverse() needs a point such as '40.37, 49.89' or (40.37, 49.89): {exc}") from None
        places = self.gazetteer.reverse(point.latitude, point.longitude, limit=1 if exactly_one else limit,
                                        max_km=max_km)
        if not places:
            return None
        if exactly_one:
            return self._location(places[0])
        return [self._location(p) for p in places]
