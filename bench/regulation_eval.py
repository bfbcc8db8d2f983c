"""Evaluate the regulation-story classifier on its labelled data and time it.

Run from the repository root::

    .venv/bin/python bench/regulation_eval.py [--skip-holdout] [--feeds DIR ...]

Prints precision, recall, F1 and the confusion counts of the classifier as shipped (the
rules with their learned correction) and of the rules alone, for the tune file, for its rows
taken from real feeds (the titles found in the CoinDesk, Cointelegraph and Decrypt RSS
feeds and in the CryptoPanic API answers, ``cryptopanic_*.json``, under
``tests/fixtures/news/`` or the folders given with ``--feeds``), for its other rows, for
the development file of real headlines, and for the two holdout files, of real feeds'
stories and of written ones (the rules were written, and the correction learned, against
the tune and development files only; a missing file is reported, not an error). For the
development and holdout rows labelled with a jurisdiction and a kind, how often the
classifier names the same ones.
Then the throughput in classifications per second on one core, for stories with short
summaries (under 150 characters), with long ones (150 to 320 characters), and for the
headlines alone. Plain figures, no assertions: the pass/fail gates live in
``tests/unit/test_regulation.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script, so make the repository importable without installing it.
sys.path.insert(0, str(ROOT))

from services.news.parsing import clean_text, parse_feed  # noqa: E402
from services.news.regulation import classify, read_rules  # noqa: E402
from services.news.regulation_training import (  # noqa: E402
    LabelledStory,
    read_labelled,
    read_scopes,
    scores,
)

DATA = ROOT / "tests" / "data"
TUNE = DATA / "regulation_tune.tsv"
DEV = DATA / "regulation_dev.tsv"
HOLDOUT = DATA / "regulation_holdout.tsv"
WRITTEN_HOLDOUT = DATA / "regulation_written_holdout.tsv"
FEEDS = ROOT / "tests" / "fixtures" / "news"
REAL_FEEDS = (
    "coindesk_rss_2023-03-13.xml",
    "cointelegraph_rss_2025-12-12.xml",
    "decrypt_feed_2025-12-12.xml",
)
TIMED_CLASSIFICATIONS = 20_000
TIMING_RUNS = 3
LONG_SUMMARY = range(150, 321)


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def feed_titles(folders: list[Path]) -> set[str]:
    """The titles of the real feeds in ``folders``: the RSS feeds as the bot's feed parser
    reads them, and the posts of the CryptoPanic API answers."""
    titles: set[str] = set()
    for folder in folders:
        for name in REAL_FEEDS:
            path = folder / name
            if path.exists():
                feed = parse_feed(path.read_bytes(), f"https://fixtures.invalid/{name}")
                titles.update(_key(item.title) for item in feed.items)
        for path in sorted(folder.glob("cryptopanic_*.json")):
            posts = json.loads(path.read_text(encoding="utf-8")).get("results", [])
            titles.update(_key(clean_text(post["title"])) for post in posts)
    return titles


def evaluate(name: str, rows: list[LabelledStory]) -> None:
    """Print precision, recall, F1 and counts on ``rows``: as shipped, then rules alone."""
    shipped = [classify(title, summary).is_regulation for _e, title, summary in rows]
    rules = [read_rules(title, summary).log_odds >= 0 for _e, title, summary in rows]
    report(name, rows, shipped)
    report("  rules", rows, rules)


def report(name: str, rows: list[LabelledStory], verdicts: list[bool]) -> None:
    """Print precision, recall, F1 and counts of ``verdicts`` against ``rows``' labels."""
    found = scores([expected for expected, _title, _summary in rows], verdicts)
    positives = found.tp + found.fn
    print(
        f"{name:10} rows={len(rows):4} regulation={positives:3} other={len(rows) - positives:3}  "
        f"{found.line()}"
    )


def scope_report(name: str, path: Path) -> None:
    """Print how often the jurisdiction and the kind agree with the labels, over the
    labelled regulation stories that carry them and that the classifier calls regulation."""
    scoped = read_scopes(path)
    if not scoped:
        return
    found = [(row, classify(row.title, row.summary)) for row in scoped]
    called = [(row, verdict) for row, verdict in found if verdict.is_regulation]
    places = sum(1 for row, verdict in called if verdict.jurisdiction == row.jurisdiction)
    kinds = sum(1 for row, verdict in called if verdict.kind == row.kind)
    told = [(row, verdict) for row, verdict in called if row.jurisdiction is not None]
    said = sum(1 for _row, verdict in told if verdict.jurisdiction is not None)
    print(
        f"{name:10} of {len(called)} regulation stories found (of {len(scoped)} labelled with "
        f"a scope): jurisdiction right {places} ({places / max(1, len(called)):.0%}), "
        f"kind right {kinds} ({kinds / max(1, len(called)):.0%}); "
        f"a jurisdiction given for {said} of the {len(told)} whose label names one"
    )


def throughput(label: str, stories: list[tuple[str, str]]) -> None:
    """Print classifications per second (best of ``TIMING_RUNS``) over ``stories``."""
    if not stories:
        print(f"throughput ({label}): no stories")
        return
    n = len(stories)
    best = float("inf")
    for _run in range(TIMING_RUNS):
        start = time.perf_counter()
        for i in range(TIMED_CLASSIFICATIONS):
            title, summary = stories[i % n]
            classify(title, summary)
        best = min(best, time.perf_counter() - start)
    mean_summary = sum(len(s) for _t, s in stories) / n
    print(
        f"throughput ({label}, {n} stories, mean summary {mean_summary:.0f} chars): "
        f"{TIMED_CLASSIFICATIONS / best:,.0f} classifications/s on one core "
        f"(best of {TIMING_RUNS} runs of {TIMED_CLASSIFICATIONS})"
    )


def main() -> None:
    """Evaluate the files, then time the classifier over the tune file's stories."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-holdout", action="store_true", help="do not read the holdout files"
    )
    parser.add_argument(
        "--feeds",
        action="append",
        type=Path,
        metavar="DIR",
        help=f"a folder of real feed fixtures (default: {FEEDS.relative_to(ROOT)}); repeatable",
    )
    args = parser.parse_args()

    tune = read_labelled(TUNE)
    real = feed_titles(args.feeds or [FEEDS])
    evaluate("tune", tune)
    evaluate("tune-real", [row for row in tune if _key(row[1]) in real])
    evaluate("tune-other", [row for row in tune if _key(row[1]) not in real])
    dev = read_labelled(DEV) if DEV.exists() else []
    if dev:
        evaluate("dev", dev)
        scope_report("  scope", DEV)
    else:
        print(f"dev        missing: {DEV.relative_to(ROOT)}")
    for name, path in (("holdout", HOLDOUT), ("written", WRITTEN_HOLDOUT)):
        if args.skip_holdout:
            print(f"{name:10} skipped")
        elif path.exists():
            evaluate(name, read_labelled(path))
            scope_report("  scope", path)
        else:
            print(f"{name:10} missing: {path.relative_to(ROOT)}")

    stories = [(title, summary) for _label, title, summary in tune + dev]
    throughput("summaries < 150 chars", [s for s in stories if len(s[1]) < LONG_SUMMARY.start])
    throughput("summaries 150-320 chars", [s for s in stories if len(s[1]) in LONG_SUMMARY])
    throughput("headlines alone", [(title, "") for title, _summary in stories])


if __name__ == "__main__":
    main()
