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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from services.news.regulation import read_rules
from services.news.regulation_model import Model, features

__all__ = [
    "Example",
    "LabelledStory",
    "Scope",
    "Scores",
    "Settings",
    "cross_validate",
    "example",
    "log_odds",
    "read_labelled",
    "read_scopes",
    "scores",
    "train",
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


def train(examples: Sequence[Example], settings: Settings = Settings()) -> Model:
    """Fit the correction on ``examples``."""
    counts: Counter[str] = Counter()
    for ex in examples:
        counts.update(ex.features)
    kept = {name for name, count in counts.items() if count >= settings.min_count}
    rows = [
        ([(n, v) for n, v in ex.features.items() if n in kept], ex.offset, ex.is_regulation)
        for ex in examples
    ]
    weights = dict.fromkeys(kept, 0.0)
    squares = dict.fromkeys(kept, 1e-8)
    bias, bias_square = 0.0, 1e-8
    penalty = settings.l2 / max(1, len(rows))
    order = list(range(len(rows)))
    shuffle = random.Random(settings.seed).shuffle
    for _epoch in range(settings.epochs):
        shuffle(order)
        for index in order:
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
    rng = random.Random(settings.seed)
    fold_of: dict[int, int] = {}
    for label in (True, False):
        members = [i for i, ex in enumerate(examples) if ex.is_regulation is label]
        rng.shuffle(members)
        fold_of.update((index, rank % folds) for rank, index in enumerate(members))
    results = [0.0] * len(examples)
    for fold in range(folds):
        training = [ex for i, ex in enumerate(examples) if fold_of[i] != fold]
        model = train([*training, *fixed], settings)
        for i, ex in enumerate(examples):
            if fold_of[i] == fold:
                results[i] = log_odds(model, ex)
    return results


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
