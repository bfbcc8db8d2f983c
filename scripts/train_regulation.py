"""Train the learned regulation correction and the kind model on the labelled stories.

Run from the repository root::

    .venv/bin/python scripts/train_regulation.py [--check] [--folds 5]

Trains on ``tests/data/regulation_tune.tsv`` and ``tests/data/regulation_dev.tsv`` (never
on the holdout file), prints the cross-validated precision, recall and F1 on the
development file next to the rules' own (each fold scored by a model that did not see it;
the rules were written against every fold), and how often the kind is right among the
development file's regulation stories, the rules' kind next to the learned one; then writes
``services/news/regulation_model.json`` and ``services/news/regulation_kind_model.json``.
Retrain after changing the rules or the data. With ``--check`` it writes nothing and exits
1 when a shipped model is not what training gives now.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script, so make the repository importable without installing it.
sys.path.insert(0, str(ROOT))

from services.news.regulation import read_rules  # noqa: E402
from services.news.regulation_model import KIND_MODEL_PATH, MODEL_PATH  # noqa: E402
from services.news.regulation_training import (  # noqa: E402
    Example,
    KindExample,
    KindSettings,
    Scope,
    Settings,
    cross_validate,
    cross_validate_kinds,
    example,
    kind_example,
    read_labelled,
    read_scopes,
    scores,
    train,
    train_kinds,
)

DATA = ROOT / "tests" / "data"
TRAINING_FILES = (DATA / "regulation_tune.tsv", DATA / "regulation_dev.tsv")
SETTINGS = Settings()
KIND_SETTINGS = KindSettings()


def load(path: Path) -> list[Example]:
    """A labelled file's stories as examples."""
    return [example(title, summary, label) for label, title, summary in read_labelled(path)]


def kinded(path: Path) -> list[Scope]:
    """A labelled file's regulation stories that carry a kind."""
    return [scope for scope in read_scopes(path) if scope.kind is not None]


def load_kinds(scopes: list[Scope]) -> list[KindExample]:
    """Regulation stories with their kinds, as the kind model sees them."""
    return [kind_example(s.title, s.summary, s.kind) for s in scopes if s.kind is not None]


def trained_model_json() -> str:
    """The model that training on the data files gives now, as the shipped JSON."""
    tune, dev = (load(path) for path in TRAINING_FILES)
    return train([*tune, *dev], SETTINGS).to_json()


def trained_kind_model_json() -> str:
    """The kind model that training on the data files gives now, as the shipped JSON."""
    stories = [example for path in TRAINING_FILES for example in load_kinds(kinded(path))]
    return train_kinds(stories, KIND_SETTINGS).to_json()


def report_kinds(folds: int) -> None:
    """Print how often the rules' kind and the learned kind (cross-validated) are right."""
    tune, dev = (kinded(path) for path in TRAINING_FILES)
    started = time.perf_counter()
    learned = cross_validate_kinds(load_kinds(dev), folds, KIND_SETTINGS, load_kinds(tune))
    ruled = [read_rules(s.title, s.summary).kind() for s in dev]
    total = len(dev)
    for name, got in (("rules' kind", ruled), ("learned kind", learned)):
        right = sum(1 for scope, kind in zip(dev, got, strict=True) if scope.kind == kind)
        print(f"{name:<17} dev right for {right} of {total} ({right / total:.1%})")
    print(
        f"({folds}-fold cross-validation over the development file's regulation stories "
        f"with a kind, the tune file's always trained on; {time.perf_counter() - started:.1f} s)"
    )


def main() -> int:
    """Report, then train and write (or check) the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    args = parser.parse_args()

    if args.folds:
        tune, dev = (load(path) for path in TRAINING_FILES)
        started = time.perf_counter()
        results = cross_validate(dev, args.folds, SETTINGS, fixed=tune)
        expected = [ex.is_regulation for ex in dev]
        print(f"rules alone       dev {scores(expected, [ex.offset >= 0 for ex in dev]).line()}")
        print(f"rules + learned   dev {scores(expected, [lo >= 0 for lo in results]).line()}")
        print(
            f"({args.folds}-fold cross-validation over {len(dev)} development stories, "
            f"the tune file always trained on; {time.perf_counter() - started:.1f} s)"
        )
        report_kinds(args.folds)
    stale = 0
    for path, text in (
        (MODEL_PATH, trained_model_json()),
        (KIND_MODEL_PATH, trained_kind_model_json()),
    ):
        name = path.relative_to(ROOT)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {name}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{name} is out of date: run scripts/train_regulation.py")
            stale += 1
        else:
            print(f"{name} is up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
