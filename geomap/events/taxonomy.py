"""ACLED's event taxonomy as data: the six event types and their sub-event types, spelled as ACLED spells them.

Every event geomap reports carries one ``event_type`` and one ``sub_event_type`` from these tables, so an
analyst can filter geomap output and an ACLED export with the same code.

>>> type_of("Air/drone strike")
'Explosions/Remote violence'
>>> EVENT_TYPES["Riots"]
('Violent demonstration', 'Mob violence')
>>> disorder_type("Protests")
'Demonstrations'
>>> canonical_sub_event_type("excessive force against protestors")
'Excessive force against protesters'
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ..errors import BadInputError

__all__ = [
    "DECISIVE_SUB_EVENT_TYPES",
    "DISORDER_TYPES",
    "EVENT_TYPES",
    "SUB_EVENT_TYPES",
    "VIOLENT_EVENT_TYPES",
    "canonical_event_type",
    "canonical_sub_event_type",
    "check_pair",
    "disorder_type",
    "is_event_type",
    "is_sub_event_type",
    "type_of",
]

#: ACLED event types and their sub-event types, in the codebook's order.
EVENT_TYPES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType({
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": (
        "Violent demonstration",
        "Mob violence",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
})

#: Every sub-event type, in the order of :data:`EVENT_TYPES`.
SUB_EVENT_TYPES: tuple[str, ...] = tuple(sub for subs in EVENT_TYPES.values() for sub in subs)

#: ACLED's disorder type of each event type.
DISORDER_TYPES: MappingProxyType[str, str] = MappingProxyType({
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
})

_TYPE_OF = {sub: event_type for event_type, subs in EVENT_TYPES.items() for sub in subs}


def _key(name: str) -> str:
    """Case, space and spelling variants of a type name folded to one key."""
    key = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", str(name).strip().lower()))
    return key.replace("protestors", "protesters").replace("defense", "defence")


_SUB_KEYS = {_key(sub): sub for sub in SUB_EVENT_TYPES}
_TYPE_KEYS = {_key(t): t for t in EVENT_TYPES}


def is_sub_event_type(name: str) -> bool:
    """Is ``name`` exactly one of ACLED's sub-event types?

    >>> is_sub_event_type("Armed clash"), is_sub_event_type("armed clash")
    (True, False)
    """
    return name in _TYPE_OF


def is_event_type(name: str) -> bool:
    """Is ``name`` exactly one of ACLED's six event types?

    >>> is_event_type("Battles"), is_event_type("Battle")
    (True, False)
    """
    return name in EVENT_TYPES


def canonical_sub_event_type(name: str) -> str:
    """ACLED's spelling of a sub-event type written in another case or spacing (or ``protestors``).

    Raises :class:`~geomap.errors.BadInputError` listing the valid names when ``name`` is none of them.

    >>> canonical_sub_event_type("air / drone strike")
    'Air/drone strike'
    """
    found = _SUB_KEYS.get(_key(name))
    if found is None:
        raise BadInputError(f"{name!r} is not an ACLED sub-event type; use one of: {', '.join(SUB_EVENT_TYPES)}")
    return found


def canonical_event_type(name: str) -> str:
    """ACLED's spelling of an event type written in another case or spacing.

    >>> canonical_event_type("strategic Developments")
    'Strategic developments'
    """
    found = _TYPE_KEYS.get(_key(name))
    if found is None:
        raise BadInputError(f"{name!r} is not an ACLED event type; use one of: {', '.join(EVENT_TYPES)}")
    return found


def type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to (ACLED's exact spelling expected).

    >>> type_of("Arrests")
    'Strategic developments'
    >>> try:
    ...     type_of("Bombing")
    ... except BadInputError as exc:
    ...     print(str(exc)[:72])
    'Bombing' is not an ACLED sub-event type; use one of: Armed clash, Gover
    """
    try:
        return _TYPE_OF[sub_event_type]
    except (KeyError, TypeError):
        raise BadInputError(
            f"{sub_event_type!r} is not an ACLED sub-event type; use one of: {', '.join(SUB_EVENT_TYPES)}") from None


def disorder_type(event_type: str) -> str:
    """ACLED's disorder type (Political violence, Demonstrations, Strategic developments) of an event type.

    ACLED files "Excessive force against protesters" under both political violence and demonstrations;
    this function answers for the event type only.

    >>> disorder_type("Battles")
    'Political violence'
    """
    try:
        return DISORDER_TYPES[event_type]
    except (KeyError, TypeError):
        raise BadInputError(f"{event_type!r} is not an ACLED event type; use one of: {', '.join(EVENT_TYPES)}") \
            from None


def check_pair(event_type: str, sub_event_type: str) -> None:
    """Raise :class:`~geomap.errors.BadInputError` unless ``sub_event_type`` belongs to ``event_type``.

    >>> check_pair("Battles", "Armed clash")
    >>> try:
    ...     check_pair("Riots", "Armed clash")
    ... except BadInputError as exc:
    ...     print(exc)
    sub-event type 'Armed clash' belongs to 'Battles', not to 'Riots'
    """
    parent = type_of(sub_event_type)
    if parent != event_type:
        if not is_event_type(event_type):
            raise BadInputError(f"{event_type!r} is not an ACLED event type; use one of: {', '.join(EVENT_TYPES)}")
        raise BadInputError(f"sub-event type {sub_event_type!r} belongs to {parent!r}, not to {event_type!r}")


#: The event types of political violence (the others are demonstrations and strategic developments).
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

#: Sub-event types that say how an event ended or turned. In one event they win over the plain fighting or
#: the peaceful protest told beside them: ACLED codes a protest the police broke up "with intervention",
#: and a battle that moved the front line by the territory it changed.
DECISIVE_SUB_EVENT_TYPES = frozenset({
    "Government regains territory", "Non-state actor overtakes territory",
    "Protest with intervention", "Excessive force against protesters",
})
