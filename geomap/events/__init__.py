"""Events: what happened, where, when, to whom, how many, and who says so."""

from .model import EVENT_COLUMNS, Claim, Figure, Quantity, TimeRef, Trigger

__all__ = ["EVENT_COLUMNS", "Claim", "Figure", "Quantity", "TimeRef", "Trigger"]
