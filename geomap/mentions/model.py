"""What a spotter finds: a span of text that may name a place, with the evidence for it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text.

    ``key`` is the folded gazetteer key ('' when the gazetteer has no such name);
    ``cue_feature`` the place type a cue word gives (``desa X`` -> village); ``code``
    the ISO country an abbreviation or demonym stands for; ``evidence`` the reasons the
    spotter kept it (``gazetteer``, ``cue``, ``locative``, ``abbreviation``, ``demonym``,
    ``ner``, ``list``).

    >>> Mention(10, 17, "Kharkiv", "kharkiv", 0, cue="kota", cue_feature="city").is_resolvable
    True
    """

    start: int
    end: int
    surface: str
    key: str
    sentence: int
    cue: str = ""
    cue_feature: str = ""
    code: str = ""
    demonym: bool = False
    evidence: tuple[str, ...] = ()

    @property
    def is_resolvable(self) -> bool:
        return bool(self.key or self.code)
