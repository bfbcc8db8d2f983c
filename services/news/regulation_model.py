"""A learned correction on top of the regulation rules.

The rules in :mod:`services.news.regulation` read who acts and how; they are written by
hand, and on headlines they were not written against they both miss wordings and fire on
phrases that look like acts. This module holds a logistic regression that starts from
the rules' log-odds (a fixed offset) and learns a correction from two things: the
evidence the rules found (named signals such as "title actor subject" or "against price
move first") and the headline's words (single words, pairs, and the first three words).

The correction is limited to ``CORRECTION_LIMIT`` log-odds either way: it decides stories
the rules are unsure of, and cannot overturn a clear reading ("SEC sues Binance").

The weights are learned from the labelled stories in ``tests/data/`` by
:mod:`services.news.regulation_training` (``scripts/train_regulation.py``) and shipped as
JSON beside this module, so nothing is downloaded or trained at run time. Everything here
is pure.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = [
    "CORRECTION_LIMIT",
    "KINDS",
    "KIND_MODEL_PATH",
    "MODEL_PATH",
    "Contribution",
    "KindModel",
    "Model",
    "features",
    "load_kind_model",
    "load_model",
    "words",
]

#: The shipped weights, written by ``scripts/train_regulation.py``.
MODEL_PATH = Path(__file__).with_name("regulation_model.json")
#: The shipped weights of the kind model, written by the same script.
KIND_MODEL_PATH = Path(__file__).with_name("regulation_kind_model.json")

#: The kinds of a regulation story, as ``tests/data/LABELS.md`` defines them.
KINDS = ("enforcement", "licensing", "legislation", "ruling", "policy")

#: How far the learned correction may move the rules' log-odds, either way. Chosen by
#: cross-validation on the development file and the hand-written cases of the tests.
CORRECTION_LIMIT = 1.5

#: Words: a letter first, then letters, digits and the joiners of "u.s.", "s&p", "anti-cbdc";
#: or an amount ("$45m", "15%").
_WORD = re.compile(r"[a-z][a-z0-9'&.-]*[a-z0-9]|[a-z]|\$?\d[\d,.]*[%kmb]?")
#: How many of the headline's first words also count as opening words.
_OPENING_WORDS = 3
#: Contributions smaller than this are not worth naming in a reason.
_NOTABLE = 0.1

#: Feature name prefixes.
SIGNAL = "sig:"
WORD = "w:"
BIGRAM = "b:"
OPENING = "f:"


def words(title: str, limit: int | None = None) -> list[str]:
    """The headline's words, lowered; only the first ``limit`` when one is given (the rest
    of the text is not searched)."""
    if limit is None:
        return _WORD.findall(title.lower())
    return [match.group() for match in itertools.islice(_WORD.finditer(title.lower()), limit)]


def features(title: str, signals: Iterable[str]) -> dict[str, float]:
    """The features of one story, by name (every value is 1).

    Args:
        title: the headline as the rules judged it.
        signals: the names of the evidence the rules found.
    """
    found = dict.fromkeys((SIGNAL + signal for signal in signals), 1.0)
    previous = ""
    for index, word in enumerate(words(title)):
        found[WORD + word] = 1.0
        if index < _OPENING_WORDS:
            found[OPENING + word] = 1.0
        if previous:
            found[f"{BIGRAM}{previous} {word}"] = 1.0
        previous = word
    return found


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one feature added to a story's correction."""

    name: str
    value: float

    def describe(self) -> str:
        """``'watchdog' +0.91`` for a word, ``title legal +0.30`` for a signal."""
        name = self.name
        if name.startswith(SIGNAL):
            label = name[len(SIGNAL) :]
        elif name.startswith(OPENING):
            label = f"opening '{name[len(OPENING) :]}'"
        else:
            label = f"'{name[2:]}'"
        return f"{label} {self.value:+.2f}"


@dataclass(frozen=True)
class Model:
    """A logistic regression over named features, on top of the rules' log-odds."""

    bias: float
    weights: Mapping[str, float]
    #: What the weights were trained on, for the record (stories, settings).
    meta: Mapping[str, object] = field(default_factory=dict)

    def raw(self, found: Mapping[str, float]) -> float:
        """The unlimited correction for the :func:`features` of a story."""
        weights = self.weights
        return self.bias + sum(weights.get(name, 0.0) * value for name, value in found.items())

    def limited(self, found: Mapping[str, float]) -> float:
        """The correction to add to the rules' log-odds, within ``CORRECTION_LIMIT``."""
        return max(-CORRECTION_LIMIT, min(CORRECTION_LIMIT, self.raw(found)))

    def correct(self, title: str, signals: Iterable[str]) -> tuple[float, list[Contribution]]:
        """The limited correction for a story, and its three largest contributions,
        largest first."""
        found = features(title, signals)
        weights = self.weights
        parts = [(weights[name] * value, name) for name, value in found.items() if name in weights]
        notable = [part for part in parts if part[0] >= _NOTABLE or part[0] <= -_NOTABLE]
        notable.sort(key=_size, reverse=True)
        return self.limited(found), [Contribution(name, value) for value, name in notable[:3]]

    def to_json(self) -> str:
        """The model as stable, diff-friendly JSON: sorted names, rounded weights."""
        document = {
            "meta": dict(self.meta),
            "bias": round(self.bias, 4),
            "weights": {name: round(self.weights[name], 4) for name in sorted(self.weights)},
        }
        return json.dumps(document, indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        """Read what :meth:`to_json` wrote."""
        document = json.loads(text)
        weights = {str(name): float(weight) for name, weight in document["weights"].items()}
        return cls(bias=float(document["bias"]), weights=weights, meta=document.get("meta", {}))


def _size(part: tuple[float, str]) -> float:
    return abs(part[0])


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The shipped model, read once."""
    return Model.from_json(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class KindModel:
    """A multinomial logistic regression that tells a regulation story's kind from the
    rules' reading (:meth:`services.news.regulation.RulesReading.kind_features`).

    ``weights`` maps a feature to its weight for each of :data:`KINDS`, in that order.
    """

    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    meta: Mapping[str, object] = field(default_factory=dict)

    def scores(self, found: Mapping[str, float]) -> list[float]:
        """Each kind's score (log-odds up to a shared constant), in :data:`KINDS` order."""
        weights = self.weights
        rows = [
            row if value == 1.0 else tuple(weight * value for weight in row)
            for name, value in found.items()
            if (row := weights.get(name)) is not None
        ]
        # Column by column, each kind's sum starts from its bias, in the features' order.
        return (
            [
                sum(col, start)
                for start, col in zip(self.bias, zip(*rows, strict=True), strict=True)
            ]
            if rows
            else list(self.bias)
        )

    def predict(self, found: Mapping[str, float]) -> str:
        """The likeliest kind (the first of :data:`KINDS` on a tie)."""
        totals = self.scores(found)
        return KINDS[totals.index(max(totals))]

    def to_json(self) -> str:
        """The model as stable, diff-friendly JSON: one feature a line, sorted names,
        rounded weights."""

        def row(values: Iterable[float]) -> str:
            return json.dumps([round(value, 4) for value in values])

        lines = [
            "{",
            f'"meta": {json.dumps(dict(self.meta), sort_keys=True)},',
            f'"kinds": {json.dumps(list(KINDS))},',
            f'"bias": {row(self.bias)},',
            '"weights": {',
        ]
        names = sorted(self.weights)
        for index, name in enumerate(names):
            comma = "," if index < len(names) - 1 else ""
            lines.append(
                f"{json.dumps(name, ensure_ascii=False)}: {row(self.weights[name])}{comma}"
            )
        lines += ["}", "}"]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KindModel:
        """Read what :meth:`to_json` wrote."""
        document = json.loads(text)
        if tuple(document["kinds"]) != KINDS:
            raise ValueError(f"kind model for {document['kinds']}, not {list(KINDS)}")
        weights = {
            str(name): tuple(float(value) for value in row)
            for name, row in document["weights"].items()
        }
        bias = tuple(float(value) for value in document["bias"])
        return cls(bias=bias, weights=weights, meta=document.get("meta", {}))


@cache
def load_kind_model(path: Path = KIND_MODEL_PATH) -> KindModel:
    """The shipped kind model, read once."""
    return KindModel.from_json(path.read_text(encoding="utf-8"))
