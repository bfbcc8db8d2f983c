"""One story, many outlets: telling when two feed items report the same event.

Outlets word one story differently ("Paxos, Fidelity, Ripple, BitGo, and Circle secure US trust
bank approvals" / "Circle, Ripple, Paxos, Fidelity and BitGo Get Banking Charters Approved by
OCC"), while different stories share plenty of words ("Bitcoin bounces on Fed rate cut" /
"Bitcoin Isn't Buying What the Fed Is Selling"). Items are compared as weighted bags of terms:

* terms are lower-cased, lightly stemmed words without stop words, with a few synonyms folded
  ("equities" -> stock, "MPs"/"lawmakers" -> lawmaker) and amounts normalised ("$40B" and
  "$40 billion" are one term);
* names (acronyms, words capitalised mid-sentence) and amounts weigh most, words that every
  crypto story uses ("bitcoin", "crypto", "market") least; title terms weigh more than summary
  terms, and how much of each title the other item covers is half the score;
* two titles about different subjects ("SEC delays Franklin Solana ETF" / "SEC delays
  Grayscale XRP ETF") are held apart, and a pair must share several informative terms, and be
  published within a window, to be one story.

Everything here is pure and deterministic; :class:`StoryMatcher` adds an inverted index so that
an item is scored only against recent stories that share informative terms with it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

SAME_STORY_THRESHOLD = 0.45
"""Similarity (see :func:`similarity`) from which two items are one story."""

DEFAULT_WINDOW = timedelta(hours=36)
"""How far apart in time two items of one story may be published."""

MIN_SHARED_KEY_TERMS = 3
"""Informative terms two items must share: one or two shared names are a topic, not a story."""

STRONG_THRESHOLD = 0.6
"""Similarity from which two shared informative terms are enough (short headlines)."""

SUBJECT_CONFLICT_FACTOR = 0.6
"""Similarity is scaled by this when each title names a subject the other item never mentions
("SEC delays Franklin Solana ETF" / "SEC delays Grayscale XRP ETF")."""

SUMMARY_CHARS = 320
"""Only the summary's start is read: it restates the story, the rest wanders off."""

_SUMMARY_FACTOR = 0.55  # a term only in the summary says less about the story than a title term
_SUMMARY_HIT = 0.7  # a title term the other item has only in its summary covers this much
_NAME_WEIGHT = 2.0
_WORD_WEIGHT = 1.0
_GENERIC_WEIGHT = 0.3
_AMOUNT_WEIGHT = 1.6
_SMALL_NUMBER_WEIGHT = 0.5
_KEY_TERM_MIN_WEIGHT = 1.0  # terms at least this heavy (before the summary factor) are indexed

# Function words, and the verbs and fillers of headline-speak that say nothing about the event.
_STOP_WORDS = frozenset(
    """
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at away back be became because become
    been before being below between both but by can cannot could did do does doing done down
    during each either else even ever every few for from further get gets getting got had has
    have having he her here hers herself him himself his how however i if in including inside
    into is it its itself just least less like made make makes many may me might more most much
    must my near nearly next no nor not now of off often on once one only onto or other others
    our ours out over own per put rather really s same see seen set several shall she should
    since so some still such than that the their theirs them themselves then there these they
    this those though through thus to too toward towards under until up upon us very via was we
    were what whatever when where whether which while who whom whose why will with within
    without would yet you your yours heres whats thats lets amid despite new latest co post pre
    report reports reported reportedly according says say said told tells tell asks ask week
    weeks day days today yesterday tomorrow month months year years time times number
    """.split()
)

# Words nearly every crypto story uses: sharing them is no evidence of sharing a story. Written
# as words, stemmed once at import.
_GENERIC_WORDS = """
    crypto bitcoin ether eth solana sol bnb xrp blockchain market price token coin exchange firm
    company investor industry digital asset trading trader onchain chain network project platform
    user fund money finance financial global world major big top high low record rise fall drop
    gain loss rally surge plunge slump jump soar climb tumble sink move bull bear bullish bearish
    analyst expert data show sign level support resistance target quarter annual daily service
    product launch plan deal push key first second third last large small stablecoin etf defi
    web3 nft dollar usd news update regulation regulator regulatory rule law police government
    country state nation us ai january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday
""".split()

# Coins a story can be about: generic as evidence of sameness, yet a title about one and a title
# about another are different stories. Only names that are not also English words ("link").
_COIN_WORDS = "bitcoin eth sol xrp bnb doge ada trx avax ltc bch".split()

# A few spellings outlets vary on, folded before stemming. Kept small on purpose: each entry
# must be a true synonym in crypto news, or it will merge stories.
_SYNONYMS = {
    "equities": "stock",
    "equity": "stock",
    "shares": "stock",
    "stocks": "stock",
    "lawmakers": "lawmaker",
    "legislators": "lawmaker",
    "mps": "lawmaker",
    "overseas": "offshore",
    "abroad": "offshore",
    "greenlight": "approve",
    "greenlights": "approve",
    "greenlit": "approve",
    "okays": "approve",
    "clears": "approve",
    "cleared": "approve",
    "jailed": "sentenced",
    "jail": "prison",
    "cryptocurrency": "crypto",
    "cryptocurrencies": "crypto",
    "btc": "bitcoin",
    "ether": "eth",
    "ethereum": "eth",
    "americans": "us",
    "american": "us",
    "britain": "uk",
    "british": "uk",
    "onchain": "chain",
    "solana": "sol",
    "dogecoin": "doge",
    "cardano": "ada",
    "litecoin": "ltc",
    "blockchains": "blockchain",
}

_COUNTRY_ACRONYMS = {"US": "us", "USA": "us", "UK": "uk", "EU": "eu", "UAE": "uae"}

_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}

_DOTTED_ACRONYM = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?")
_TOKEN = re.compile(
    r"(?P<amount>(?P<currency>[$€£])?(?P<digits>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:(?P<scale>%|\s?(?:k|mn|mln|m|bn|b|tn|t|thousand|million|billion|trillion)\b)"
    r"|(?:st|nd|rd|th)\b)?)"
    r"|(?P<word>[^\W\d_][^\W_]*)(?:['’][sS]\b)?",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset(".!?:;\"“”‘'(—–|")
# (suffix, replacement), tried in order; the first that leaves at least four letters wins.
# "-ize" forms keep their "iz" so that "tokenized" (of securities) stays apart from "token".
_STEM_RULES = (
    ("izations", "iz"),
    ("ization", "iz"),
    ("isations", "iz"),
    ("isation", "iz"),
    ("izing", "iz"),
    ("ising", "iz"),
    ("ized", "iz"),
    ("ised", "iz"),
    ("izes", "iz"),
    ("ises", "iz"),
    ("ize", "iz"),
    ("ise", "iz"),
    ("ations", ""),
    ("ation", ""),
    ("ings", ""),
    ("ing", ""),
    ("ments", ""),
    ("ment", ""),
    ("ities", ""),
    ("ity", ""),
    ("ies", ""),
    ("ied", ""),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("als", ""),
    ("al", ""),
    ("es", ""),
    ("s", ""),
    ("e", ""),
    ("y", ""),
)


@dataclass(frozen=True, slots=True)
class StorySignature:
    """What the matcher compares: a story's weighted terms.

    Cheap to compute and small (a few dozen floats), so thousands of recent stories fit in
    memory.

    Attributes:
        title: the title's terms and their weights.
        terms: the title's and the summary's terms; summary-only terms weigh less.
        key_terms: the informative terms (names, amounts, ordinary words; not generic ones nor
            small numbers), which the matcher indexes and two stories must share some of.
        subjects: what the title is about: the names and coins it mentions.
        title_weight: the sum of ``title``'s weights.
        norm: the Euclidean norm of ``terms``.
    """

    title: Mapping[str, float] = field(hash=False)
    terms: Mapping[str, float] = field(hash=False)
    key_terms: frozenset[str]
    subjects: frozenset[str]
    title_weight: float
    norm: float


def signature(title: str, summary: str) -> StorySignature:
    """Compute an item's signature from its plain-text title and summary.

    Args:
        title: the item's title.
        summary: the item's summary; may be empty. Only its first ``SUMMARY_CHARS`` are read.

    Returns:
        The signature.
    """
    summary = _first_sentences(summary, SUMMARY_CHARS)
    names = _names(title) | _names(summary)
    title_terms: dict[str, float] = {}
    terms: dict[str, float] = {}
    key_terms: set[str] = set()
    for term, weight in _weighted_terms(summary, names):
        terms[term] = max(terms.get(term, 0.0), weight * _SUMMARY_FACTOR)
        if weight >= _KEY_TERM_MIN_WEIGHT:
            key_terms.add(term)
    for term, weight in _weighted_terms(title, names):
        title_terms[term] = max(title_terms.get(term, 0.0), weight)
        if weight >= _KEY_TERM_MIN_WEIGHT:
            key_terms.add(term)
    terms.update(title_terms)
    subjects = {
        term
        for term in title_terms
        if term in _COIN_TERMS or (term in names and term not in _GENERIC_TERMS)
    }
    return StorySignature(
        title=title_terms,
        terms=terms,
        key_terms=frozenset(key_terms),
        subjects=frozenset(subjects),
        title_weight=sum(title_terms.values()),
        norm=math.sqrt(sum(w * w for w in terms.values())),
    )


def similarity(a: StorySignature, b: StorySignature) -> float:
    """How alike two items are, from 0 (nothing in common) to 1.

    The mean of two measures. Title coverage: how much of each title (by weight) the other
    item mentions, in its title or (for less) its summary; the geometric mean of both ways, so
    that a long title cannot swallow a short one. And the weighted cosine similarity of all
    terms, which brings in the summaries. When each title names a subject (a name, a coin) that
    the other item never mentions, the two are most likely parallel stories about different
    subjects, and the similarity is scaled down by ``SUBJECT_CONFLICT_FACTOR``.

    Args:
        a: one signature.
        b: another.

    Returns:
        The similarity.
    """
    if not a.norm or not b.norm:
        return 0.0
    shared = a.terms.keys() & b.terms.keys()  # a set operation in C: most pairs share little
    if not shared:
        return 0.0
    score = min(1.0, sum(a.terms[t] * b.terms[t] for t in shared) / (a.norm * b.norm))
    if a.title_weight and b.title_weight:
        coverage = math.sqrt(_title_coverage(a, b, shared) * _title_coverage(b, a, shared))
        score = (coverage + score) / 2
    if not (a.subjects <= b.terms.keys() or b.subjects <= a.terms.keys()):
        score *= SUBJECT_CONFLICT_FACTOR
    return score


def is_same_story(
    a: StorySignature,
    a_time: datetime | None,
    b: StorySignature,
    b_time: datetime | None,
    *,
    window: timedelta = DEFAULT_WINDOW,
) -> bool:
    """Tell whether two items report the same story.

    Args:
        a: the first item's signature.
        a_time: when it was published; ``None`` when unknown.
        b: the second item's signature.
        b_time: when it was published; ``None`` when unknown.
        window: how far apart they may be published. When either time is unknown, time does
            not rule the pair out.

    Returns:
        True when they are close enough in time, and share at least ``MIN_SHARED_KEY_TERMS``
        informative terms with a similarity of at least ``SAME_STORY_THRESHOLD``, or one term
        fewer with a similarity of at least ``STRONG_THRESHOLD``.
    """
    if not _within(a_time, b_time, window):
        return False
    return _accept(len(a.key_terms & b.key_terms), similarity(a, b))


class StoryMatcher:
    """Recent stories' signatures, answering "which known story is this item?".

    A story may hold several signatures (one per outlet's wording): add each item under its
    story's key, so that later items match any of the wordings. That finds a story told three
    ways when the third wording resembles only the second; the price is that during a news storm
    (one topic, many stories within hours) related stories can chain into one. Add only a story's
    first signature to trade that recall for precision.

    An inverted index of informative terms means an item is scored only against signatures it
    shares at least two such terms with.

    Terms that many of the held stories carry (more than ``hot_share`` of them, and more than
    ``hot_floor``) are not used to find candidates, only to score them: they would make every
    lookup slow, and a term that half the recent news uses (think "Silicon Valley Bank" in March
    2023) is a topic, not a story. So the matcher may miss a pair that :func:`is_same_story`
    accepts when what the two share is mostly such terms; it never accepts a pair that
    :func:`is_same_story` rejects.
    """

    def __init__(
        self,
        *,
        window: timedelta = DEFAULT_WINDOW,
        hot_share: float = 0.05,
        hot_floor: int = 64,
    ) -> None:
        """Start empty.

        Args:
            window: how far apart in time two items of one story may be published.
            hot_share: the share of held signatures from which a term is too common to find
                candidates with.
            hot_floor: ... as long as more signatures than this carry it.
        """
        self._window = window
        self._hot_share = hot_share
        self._hot_floor = hot_floor
        self._entries: dict[int, _Entry] = {}
        self._index: dict[str, set[int]] = {}
        self._next_slot = 0
        self._newest: datetime | None = None

    def __len__(self) -> int:
        """The number of signatures held."""
        return len(self._entries)

    def add(self, key: int | str, sig: StorySignature, at: datetime | None) -> None:
        """Remember a signature of a story.

        Args:
            key: the story's key; several signatures may share one.
            sig: the signature.
            at: when the item was published. A signature without a time is pruned as if it had
                been published at the newest time the matcher had seen when it was added.
        """
        if at is not None and (self._newest is None or at > self._newest):
            self._newest = at
        slot = self._next_slot
        self._next_slot += 1
        self._entries[slot] = _Entry(key=key, sig=sig, at=at, prune_at=at or self._newest)
        for term in sig.key_terms:
            self._index.setdefault(term, set()).add(slot)

    def match(self, sig: StorySignature, at: datetime | None) -> int | str | None:
        """Find the known story an item is the same as.

        Args:
            sig: the item's signature.
            at: when it was published; ``None`` when unknown.

        Returns:
            The key of the most similar story that :func:`is_same_story` accepts, or ``None``.
        """
        hot = max(self._hot_floor, int(self._hot_share * len(self._entries)))
        shared: dict[int, int] = {}
        for term in sig.key_terms:
            slots = self._index.get(term)
            if slots is not None and len(slots) <= hot:
                for slot in slots:
                    shared[slot] = shared.get(slot, 0) + 1
        best_key: int | str | None = None
        best_score = 0.0
        for slot, count in shared.items():
            if count < MIN_SHARED_KEY_TERMS - 1:
                continue
            entry = self._entries[slot]
            if not _within(at, entry.at, self._window):
                continue
            score = similarity(sig, entry.sig)
            if score > best_score and _accept(len(sig.key_terms & entry.sig.key_terms), score):
                best_key, best_score = entry.key, score
        return best_key

    def prune(self, older_than: datetime) -> None:
        """Forget signatures published before a moment.

        Args:
            older_than: signatures published (or, without a time, added) earlier are dropped.
        """
        stale = [
            slot
            for slot, entry in self._entries.items()
            if entry.prune_at is None or entry.prune_at < older_than
        ]
        for slot in stale:
            entry = self._entries.pop(slot)
            for term in entry.sig.key_terms:
                slots = self._index.get(term)
                if slots is not None:
                    slots.discard(slot)
                    if not slots:
                        del self._index[term]


@dataclass(frozen=True, slots=True)
class _Entry:
    key: int | str
    sig: StorySignature
    at: datetime | None
    prune_at: datetime | None


def _accept(shared_key_terms: int, score: float) -> bool:
    if shared_key_terms >= MIN_SHARED_KEY_TERMS:
        return score >= SAME_STORY_THRESHOLD
    return shared_key_terms == MIN_SHARED_KEY_TERMS - 1 and score >= STRONG_THRESHOLD


def _title_coverage(a: StorySignature, b: StorySignature, shared: set[str]) -> float:
    covered = 0.0
    for term in shared:
        weight = a.title.get(term)
        if weight is not None:
            covered += weight if term in b.title else weight * _SUMMARY_HIT
    return covered / a.title_weight


def _within(a: datetime | None, b: datetime | None, window: timedelta) -> bool:
    return a is None or b is None or abs(a - b) <= window


def _first_sentences(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > 0 else cut


def _names(text: str) -> set[str]:
    """Terms the text writes as names: acronyms, and capitalised words mid-sentence.

    Capitals mean nothing in a title-cased headline or a shouted one, so only acronyms count
    there (and not even they when the text shouts).
    """
    words = [(m.group("word"), m.start()) for m in _TOKEN.finditer(text) if m.group("word")]
    if not words:
        return set()
    long_words = [w for w, _ in words if len(w) >= 4]
    upper = sum(1 for w in long_words if w.isupper())
    shouting = len(long_words) >= 3 and upper >= 0.6 * len(long_words)
    mixed = [w for w in long_words if not w.isupper()]
    title_case = len(mixed) >= 3 and sum(1 for w in mixed if w[0].isupper()) >= 0.75 * len(mixed)
    names: set[str] = set()
    for word, start in words:
        if word.isupper() and len(word) >= 2:
            if not shouting:
                names.update(_terms_of_word(word))
        elif word[0].isupper() and not title_case and not _sentence_start(text, start):
            names.update(_terms_of_word(word))
    return names


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _weighted_terms(text: str, names: set[str]) -> list[tuple[str, float]]:
    text = _DOTTED_ACRONYM.sub(lambda m: "".join(g for g in m.groups() if g), text)
    weighted: list[tuple[str, float]] = []
    run: list[str] = []  # the name being read, as in "Silicon Valley Bank"
    end = 0
    for match in _TOKEN.finditer(text):
        word = match.group("word")
        terms = _terms_of_word(word) if word else ()
        is_name = bool(terms) and terms[0] in names and terms[0] not in _GENERIC_TERMS
        if run and not (is_name and text[end : match.start()].isspace()):
            weighted.extend(_name_run(run))
            run = []
        end = match.end()
        if is_name:
            run.append(terms[0])
        elif word:
            weighted.extend(
                (term, _GENERIC_WEIGHT if term in _GENERIC_TERMS else _WORD_WEIGHT)
                for term in terms
            )
        else:
            weighted.append(_amount_term(match))
    weighted.extend(_name_run(run))
    return weighted


def _name_run(run: list[str]) -> list[tuple[str, float]]:
    # A name of several words is one name: "Silicon Valley Bank" must not outweigh "Circle"
    # threefold. Each word still counts, so "Valley Bank" alone matches part of it.
    weight = max(_WORD_WEIGHT, _NAME_WEIGHT / math.sqrt(len(run))) if run else 0.0
    return [(term, weight) for term in run]


@functools.lru_cache(maxsize=65536)
def _terms_of_word(word: str) -> tuple[str, ...]:
    # A tuple (zero or one term) so that the cache hands out something immutable.
    if word in _COUNTRY_ACRONYMS:
        return (_COUNTRY_ACRONYMS[word],)
    lower = word.lower()
    lower = _SYNONYMS.get(lower, lower)
    if lower in _STOP_WORDS or len(lower) < 2:
        return ()
    return (_stem(lower),)


def _amount_term(match: re.Match[str]) -> tuple[str, float]:
    digits = match.group("digits").replace(",", "")
    scale = (match.group("scale") or "").strip().lower()
    try:
        value = float(digits)
    except ValueError:
        return "#" + digits, _SMALL_NUMBER_WEIGHT
    if scale == "%":
        return f"#{value:.3g}%", _AMOUNT_WEIGHT
    value *= _SCALES.get(scale, 1.0)
    money = bool(match.group("currency")) or bool(scale)
    if value < 1000 or (not money and value.is_integer() and value < 10000):
        term = f"#{value:g}"  # counts, days and years are exact
    else:
        # Two significant digits: "$1.44B" and "$1.4 billion" are one amount, as outlets round.
        term = f"#{value:.2g}"
    if not money and (value < 10 or (1990 <= value <= 2100 and value.is_integer())):
        return term, _SMALL_NUMBER_WEIGHT
    return term, _AMOUNT_WEIGHT


def _stem(word: str) -> str:
    """Strip one common English suffix, keeping at least four letters.

    Much lighter than Porter, and enough to make "tokenized"/"tokenization"/"tokens",
    "approves"/"approval" and "sentenced"/"sentencing" one term each.
    """
    if len(word) <= 4:
        return word
    for suffix, replacement in _STEM_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


# Here rather than with the word list: stemming needs _stem.
_GENERIC_TERMS = frozenset(_stem(word) for word in _GENERIC_WORDS)
_COIN_TERMS = frozenset(_stem(word) for word in _COIN_WORDS)
