"""How long ago something happened, in the short form chat users read."""

from __future__ import annotations


def format_age(seconds: float) -> str:
    """``45s``, ``12 min``, ``2h``, ``3d``: the largest whole unit, rounded down.

    A negative age (a clock a little ahead of ours) reads as ``0s``.
    """
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"
