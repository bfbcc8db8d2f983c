"""``cryptobot classify``: regulation verdicts for ``title<TAB>summary`` lines."""

from __future__ import annotations

from typing import TextIO

from services.news.regulation import classify


def _field(text: str | None) -> str:
    """A value safe inside one tab-separated field."""
    return " ".join((text or "").split())


def classify_line(line: str) -> str:
    """The output line for one input line (without its newline).

    ``regulation`` or ``other``, then tab-separated: score, jurisdiction, kind, reason.
    """
    title, _, summary = line.rstrip("\r\n").partition("\t")
    if not title.strip() and not summary.strip():
        return "other\t0.00\t\t\tempty input"
    verdict = classify(title, summary)
    label = "regulation" if verdict.is_regulation else "other"
    return "\t".join(
        (
            label,
            f"{verdict.score:.2f}",
            verdict.jurisdiction or "",
            verdict.kind or "",
            _field(verdict.reason),
        )
    )


def classify_stream(source: TextIO, sink: TextIO) -> int:
    """Classify every line of ``source`` into ``sink``, one output line per input line.

    Each answer is flushed at once, so a program may write a line and wait for its answer.
    """
    for line in source:
        sink.write(classify_line(line) + "\n")
        sink.flush()
    return 0
