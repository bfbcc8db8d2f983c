"""Waiting longer after each failure in a row."""

from __future__ import annotations


def doubling_delay(attempt: int, first: float, most: float) -> float:
    """``first`` seconds doubled ``attempt`` times (0 for the first retry), at most ``most``
    (however many failures have piled up)."""
    return min(most, first * 2.0 ** min(max(attempt, 0), 64))
