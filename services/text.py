"""Text people type, read the way they meant it and safe to quote back."""

from __future__ import annotations

import unicodedata

#: Characters that change how text around them shows but carry nothing themselves: bidi
#: overrides and isolates, zero-width spaces and joiners, soft hyphens (format, ``Cf``),
#: and control characters (``Cc``).
_INVISIBLE = frozenset({"Cf", "Cc"})


def fold(text: str) -> str:
    """``text`` in compatibility form (NFKC: full-width ``ＢＴＣ`` is ``BTC``, ``１５`` is
    ``15``), without invisible characters: a ``btc`` pasted with a zero-width space is
    ``btc``, and a right-to-left override cannot turn a reply that quotes it around."""
    if text.isascii() and text.isprintable():
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE)
