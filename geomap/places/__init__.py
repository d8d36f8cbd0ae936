"""Stage 3, places: resolve mentions to gazetteer entries and give each its role.

>>> from geomap.places import RESOLVERS
>>> sorted(RESOLVERS)
['context']
"""

from .model import ROLES, Candidate, PlaceMention
from .resolver import RESOLVERS, ContextResolver, Resolver, get_resolver
from .roles import assign_roles

__all__ = [
    "RESOLVERS",
    "ROLES",
    "Candidate",
    "ContextResolver",
    "PlaceMention",
    "Resolver",
    "assign_roles",
    "get_resolver",
    "resolve_spans",
]


def resolve_spans(text, spans, lang=None, gazetteer=None, publication_date=None):  # type: ignore[no-untyped-def]
    """Resolve given character spans (gold toponyms, a user's own NER) to places: one row per span.

    >>> import geomap.places as gp
    >>> df = gp.resolve_spans("Floods in Lviv.", [(10, 14)], lang="en")   # doctest: +SKIP
    >>> df.loc[0, "country"]                                               # doctest: +SKIP
    'UA'
    """
    from ..pipeline import default_geoparser

    return default_geoparser(gazetteer).resolve_spans(text, spans, lang=lang, publication_date=publication_date)
