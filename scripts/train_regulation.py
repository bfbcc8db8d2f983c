"""Train the learned regulation correction on the labelled stories and write it.

Run from the repository root::

    .venv/bin/python scripts/train_regulation.py [--check] [--folds 5]

Trains on ``tests/data/regulation_tune.tsv`` and ``tests/data/regulation_dev.tsv`` (never
on the holdout file), prints the cross-validated precision, recall and F1 on the
development file next to the rules' own (each fold scored by a model that did not see it;
the rules were written against every fold), then writes
``services/news/regulation_model.json``. Retrain after changing the rules or the data.
With ``--check`` it writes nothing and exits 1 when the shipped model is not what training
gives now.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script, so make the repository importable without installing it.
sys.path.insert(0, str(ROOT))

from services.news.regulation_model import MODEL_PATH  # noqa: E402
from services.news.regulation_training import (  # noqa: E402
    Example,
    Settings,
    cross_validate,
    example,
    read_labelled,
    scores,
    train,
)

DATA = ROOT / "tests" / "data"
TRAINING_FILES = (DATA / "regulation_tune.tsv", DATA / "regulation_dev.tsv")
SETTINGS = Settings()


def load(path: Path) -> list[Example]:
    """A labelled file's stories as examples."""
    return [example(title, summary, label) for label, title, summary in read_labelled(path)]


def trained_model_json() -> str:
    """The model that training on the data files gives now, as the shipped JSON."""
    tune, dev = (load(path) for path in TRAINING_FILES)
    return train([*tune, *dev], SETTINGS).to_json()


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
    text = trained_model_json()
    name = MODEL_PATH.relative_to(ROOT)
    if args.check:
        if MODEL_PATH.read_text(encoding="utf-8") != text:
            print(f"{name} is out of date: run scripts/train_regulation.py")
            return 1
        print(f"{name} is up to date")
        return 0
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
