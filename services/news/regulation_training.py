"""Training and cross-validation of the learned regulation correction.

Plain Python, no numerical library: logistic regression with the rules' log-odds as a
fixed offset, fitted by AdaGrad over the stories in a seeded order, with an L2 penalty and
only the features that at least ``min_count`` stories have. Training on the ~16,700
labelled stories takes seconds and gives the same weights every time.
``scripts/train_regulation.py`` runs it on ``tests/data/`` and writes the shipped model.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from services.news.regulation import read_rules
from services.news.regulation_model import KINDS, KindModel, Model, features

_E = TypeVar("_E")
_M = TypeVar("_M")
_R = TypeVar("_R")

__all__ = [
    "Example",
    "KindExample",
    "KindSettings",
    "LabelledStory",
    "Scope",
    "Scores",
    "Settings",
    "cross_validate",
    "cross_validate_kinds",
    "example",
    "kind_example",
    "log_odds",
    "read_labelled",
    "read_scopes",
    "scores",
    "train",
    "train_kinds",
]


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled story as the model sees it."""

    features: Mapping[str, float]
    #: The rules' log-odds, which the correction is added to.
    offset: float
    is_regulation: bool


@dataclass(frozen=True, slots=True)
class Settings:
    """How the model is trained.

    Attributes:
        epochs: passes over the stories.
        rate: AdaGrad's base learning rate.
        l2: the L2 penalty over the whole set (shared out among the stories).
        min_count: a feature must occur in at least this many stories to be learned.
        seed: the order of the stories in each pass, and the folds of cross-validation.
    """

    epochs: int = 25
    rate: float = 0.05
    l2: float = 30.0
    min_count: int = 2
    seed: int = 0


#: One row of a labelled file: ``(is_regulation, title, summary)``.
LabelledStory = tuple[bool, str, str]


@dataclass(frozen=True, slots=True)
class Scope:
    """A regulation story's labelled jurisdiction and kind (``None``: cannot be told)."""

    title: str
    summary: str
    jurisdiction: str | None
    kind: str | None


def _fields(path: Path) -> list[list[str]]:
    """The rows of a labelled file: ``label, title, summary[, jurisdiction, kind]``."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        if len(fields) not in (3, 5) or fields[0] not in ("regulation", "other"):
            raise ValueError(f"{path.name}:{number}: not label<TAB>title<TAB>summary[<TAB>...]")
        rows.append(fields)
    return rows


def read_labelled(path: Path) -> list[LabelledStory]:
    """Read a ``label<TAB>title<TAB>summary`` file (``tests/data/LABELS.md``); rows may
    carry two more fields, the jurisdiction and the kind (see :func:`read_scopes`)."""
    return [(fields[0] == "regulation", fields[1], fields[2]) for fields in _fields(path)]


def read_scopes(path: Path) -> list[Scope]:
    """The regulation rows of a labelled file that carry a jurisdiction and a kind
    (empty fields: cannot be told from the text)."""
    return [
        Scope(title, summary, jurisdiction or None, kind or None)
        for label, title, summary, *scope in _fields(path)
        if label == "regulation" and scope
        for jurisdiction, kind in [scope]
    ]


def example(title: str, summary: str, is_regulation: bool) -> Example:
    """A labelled story as the model sees it: the rules' reading and the headline."""
    reading = read_rules(title, summary)
    return Example(features(reading.title, reading.signals()), reading.log_odds, is_regulation)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _common_features(
    found: Sequence[Mapping[str, float]], min_count: int
) -> tuple[set[str], list[list[tuple[str, float]]]]:
    """The features at least ``min_count`` stories have, and each story's of them."""
    counts: Counter[str] = Counter()
    for features_of_story in found:
        counts.update(features_of_story)
    kept = {name for name, count in counts.items() if count >= min_count}
    return kept, [[(n, v) for n, v in story.items() if n in kept] for story in found]


def _stratified_folds(
    keys: Sequence[object], strata: Sequence[object], folds: int, seed: int
) -> list[int]:
    """Each story's fold: the stories of each stratum, in ``strata`` order, shuffled with
    ``seed`` and dealt out in turn."""
    rng = random.Random(seed)
    fold_of = [0] * len(keys)
    for stratum in strata:
        members = [i for i, key in enumerate(keys) if key == stratum]
        rng.shuffle(members)
        for rank, index in enumerate(members):
            fold_of[index] = rank % folds
    return fold_of


def _out_of_fold(
    examples: Sequence[_E],
    fold_of: Sequence[int],
    folds: int,
    fixed: Sequence[_E],
    fit: Callable[[list[_E]], _M],
    apply: Callable[[_M, _E], _R],
) -> list[_R]:
    """``apply(model, example)`` for every example, each by a model ``fit`` on the other
    folds' examples and on ``fixed``."""
    results: dict[int, _R] = {}
    for fold in range(folds):
        model = fit([*(ex for i, ex in enumerate(examples) if fold_of[i] != fold), *fixed])
        results.update(
            (i, apply(model, ex)) for i, ex in enumerate(examples) if fold_of[i] == fold
        )
    return [results[i] for i in range(len(examples))]


def _passes(count: int, epochs: int, seed: int) -> Iterator[int]:
    """The indices of ``count`` stories, ``epochs`` times over, each pass in a new order
    drawn with ``seed``."""
    order = list(range(count))
    shuffle = random.Random(seed).shuffle
    for _epoch in range(epochs):
        shuffle(order)
        yield from order


def train(examples: Sequence[Example], settings: Settings = Settings()) -> Model:
    """Fit the correction on ``examples``."""
    kept, active_features = _common_features([ex.features for ex in examples], settings.min_count)
    rows = [
        (active, ex.offset, ex.is_regulation)
        for active, ex in zip(active_features, examples, strict=True)
    ]
    weights = dict.fromkeys(kept, 0.0)
    squares = dict.fromkeys(kept, 1e-8)
    bias, bias_square = 0.0, 1e-8
    penalty = settings.l2 / max(1, len(rows))
    for index in _passes(len(rows), settings.epochs, settings.seed):
        active, offset, label = rows[index]
        margin = offset + bias + sum(weights[name] * value for name, value in active)
        error = _sigmoid(margin) - (1.0 if label else 0.0)
        bias_square += error * error
        bias -= settings.rate * error / math.sqrt(bias_square)
        for name, value in active:
            gradient = error * value + penalty * weights[name]
            squares[name] += gradient * gradient
            weights[name] -= settings.rate * gradient / math.sqrt(squares[name])
    meta = {
        "stories": len(rows),
        "regulation": sum(1 for row in rows if row[2]),
        "epochs": settings.epochs,
        "rate": settings.rate,
        "l2": settings.l2,
        "min_count": settings.min_count,
        "seed": settings.seed,
    }
    # Weights that round to nothing are left out of the shipped file.
    kept_weights = {name: weight for name, weight in weights.items() if abs(weight) >= 5e-5}
    return Model(bias=bias, weights=kept_weights, meta=meta)


def log_odds(model: Model, ex: Example) -> float:
    """The final log-odds of a story: the rules' plus the limited correction."""
    return ex.offset + model.limited(ex.features)


def cross_validate(
    examples: Sequence[Example],
    folds: int = 5,
    settings: Settings = Settings(),
    fixed: Sequence[Example] = (),
) -> list[float]:
    """Out-of-fold final log-odds of ``examples``: each fold is scored by a model trained on
    the other folds and on ``fixed`` (stories always trained on, never scored). Folds are
    stratified by label and drawn with ``settings.seed``."""
    labels = [ex.is_regulation for ex in examples]
    fold_of = _stratified_folds(labels, (True, False), folds, settings.seed)
    return _out_of_fold(
        examples, fold_of, folds, fixed, lambda stories: train(stories, settings), log_odds
    )


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 with the confusion counts."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """``P=0.871 R=0.856 F1=0.864  tp=.. fp=.. fn=.. tn=..``."""
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
            f"tp={self.tp} fp={self.fp} fn={self.fn} tn={self.tn}"
        )


def scores(expected: Sequence[bool], got: Sequence[bool]) -> Scores:
    """Confusion counts of ``got`` against ``expected``."""
    pairs = list(zip(expected, got, strict=True))
    tp = sum(1 for e, g in pairs if e and g)
    fp = sum(1 for e, g in pairs if g and not e)
    fn = sum(1 for e, g in pairs if e and not g)
    return Scores(tp, fp, fn, len(pairs) - tp - fp - fn)


@dataclass(frozen=True, slots=True)
class KindExample:
    """One regulation story with a labelled kind, as the kind model sees it."""

    features: Mapping[str, float]
    kind: str


@dataclass(frozen=True, slots=True)
class KindSettings:
    """How the kind model is trained (see :class:`Settings`)."""

    epochs: int = 30
    rate: float = 0.1
    l2: float = 3.0
    min_count: int = 2
    seed: int = 0


def kind_example(title: str, summary: str, kind: str) -> KindExample:
    """A regulation story with its labelled kind, as the kind model sees it."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return KindExample(read_rules(title, summary).kind_features(), kind)


def train_kinds(
    examples: Sequence[KindExample], settings: KindSettings = KindSettings()
) -> KindModel:
    """Fit the kind model on ``examples``: softmax regression by AdaGrad, seeded."""
    kept, active_features = _common_features([ex.features for ex in examples], settings.min_count)
    rows = [
        (active, KINDS.index(ex.kind))
        for active, ex in zip(active_features, examples, strict=True)
    ]
    classes = range(len(KINDS))
    weights = {name: [0.0] * len(KINDS) for name in kept}
    squares = {name: [1e-8] * len(KINDS) for name in kept}
    bias, bias_squares = [0.0] * len(KINDS), [1e-8] * len(KINDS)
    penalty = settings.l2 / max(1, len(rows))
    for index in _passes(len(rows), settings.epochs, settings.seed):
        active, label = rows[index]
        totals = list(bias)
        for name, value in active:
            row = weights[name]
            for c in classes:
                totals[c] += row[c] * value
        top = max(totals)
        exps = [math.exp(total - top) for total in totals]
        norm = sum(exps)
        errors = [exps[c] / norm - (1.0 if c == label else 0.0) for c in classes]
        for c in classes:
            bias_squares[c] += errors[c] * errors[c]
            bias[c] -= settings.rate * errors[c] / math.sqrt(bias_squares[c])
        for name, value in active:
            row, square = weights[name], squares[name]
            for c in classes:
                gradient = errors[c] * value + penalty * row[c]
                square[c] += gradient * gradient
                row[c] -= settings.rate * gradient / math.sqrt(square[c])
    meta = {
        "stories": len(rows),
        "epochs": settings.epochs,
        "rate": settings.rate,
        "l2": settings.l2,
        "min_count": settings.min_count,
        "seed": settings.seed,
    }
    kept_weights = {
        name: tuple(row) for name, row in weights.items() if max(map(abs, row)) >= 5e-4
    }
    return KindModel(bias=tuple(bias), weights=kept_weights, meta=meta)


def cross_validate_kinds(
    examples: Sequence[KindExample],
    folds: int = 5,
    settings: KindSettings = KindSettings(),
    fixed: Sequence[KindExample] = (),
) -> list[str]:
    """Out-of-fold kinds of ``examples`` (as :func:`cross_validate`, folds stratified by
    kind)."""
    fold_of = _stratified_folds([ex.kind for ex in examples], KINDS, folds, settings.seed)
    return _out_of_fold(
        examples,
        fold_of,
        folds,
        fixed,
        lambda stories: train_kinds(stories, settings),
        lambda model, ex: model.predict(ex.features),
    )
