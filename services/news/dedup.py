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

Sharing words is not sharing an event, and a false merge hides a story from users, which is
worse than a missed merge. So each title is also read as a frame (see :func:`same_event`): where
it happens ("UK" / "Australia"), who acts (its lead noun, its names, amounts and counts:
"Bitstamp" / "Coinbase"), what they do, by class of action ("grants licence" / "files criminal
complaint", "passes" / "signs", "shares tumble" / "drops case"), and whether it reverses
something ("sanctions" / "sanctions lifted"); questions and analyses are stories of their own.
Two items are one story only when their words are alike and their frames agree. The lexicons
below (places, actions, ordinary words) are small and written for crypto and regulatory news.

Everything here is pure and deterministic; :class:`StoryMatcher` adds an inverted index so that
an item is scored only against recent stories that share informative terms with it, and keeps a
news storm from chaining related stories into one.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from services.news import headline_words as vocab

SAME_STORY_THRESHOLD = 0.45
"""Similarity (see :func:`similarity`) from which two items are one story."""

DEFAULT_WINDOW = timedelta(hours=36)
"""How far apart in time two items of one story may be published."""

MIN_SHARED_KEY_TERMS = 3
"""Informative terms two items must share: one or two shared names are a topic, not a story."""

STRONG_THRESHOLD = 0.6
"""Similarity from which two shared informative terms are enough (short headlines)."""

CHAIN_FLOOR = 0.3
"""Similarity to a story's first wording below which an item does not chain into the story
through a later wording it resembles less than ``STRONG_THRESHOLD``."""

MAX_SIGNATURES = 10_000
"""Signatures a :class:`StoryMatcher` holds at most (some 13 KB each): days of every outlet's
news, and a bound when a feed floods."""

MAX_WORDINGS_PER_STORY = 12
"""Wordings of one story a :class:`StoryMatcher` holds at most."""

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


@dataclass(frozen=True, slots=True)
class StorySignature:
    """What the matcher compares: a story's weighted terms, and what its title says happened.

    Cheap to compute and small (a few dozen floats and strings), so thousands of recent stories
    fit in memory.

    Attributes:
        title: the title's terms and their weights.
        terms: the title's and the summary's terms; summary-only terms weigh less.
        key_terms: the informative terms (names, amounts, ordinary words; not generic ones nor
            small numbers), which the matcher indexes and two stories must share some of.
        subjects: who and what the title is about: its names, its lead noun ("Bitstamp" in
            "Bitstamp receives MiCA licence"), the coins, kinds of asset ("memecoins"), amounts,
            counts and dates it names.
        summary_subjects: who and what the summary names that its title does not: names
            that are not ordinary words (but authorities spelt out for the title's acronym,
            roles and places) and coins,
            to tell apart two generic titles ("SEC charges crypto founder") about different
            subjects.
        mentions: what the item mentions anywhere, to hold ``subjects`` against: its terms, and
            the counts it spells out ("six").
        places: the places the title names, as ``"@place"``.
        place_scope: ``places`` and the places containing them (Dubai is in the UAE).
        lead: the title's lead noun, usually its actor; ``None`` when it opens otherwise.
        lead_role: the role that follows the lead ("governor" in "RBI Governor calls..."), if
            any: part of the actor, not of the matter.
        agency: the lead, lower-cased, when it is an acronym: mostly an authority ("FSA orders
            ...").
        initialisms: the initials of the item's runs of capitalised words ("sfc" for
            "Securities and Futures Commission"), to find an acronym spelt out.
        locative: the places (but the US) where the title says it happens ("... campaign in the
            UK").
        mentioned_places: the places the item names anywhere, and those containing them.
        revises: whether the title is about a revised version of something.
        mentions_revision: whether the item mentions a revision anywhere.
        matter: the title's terms that can show two items are about one matter: informative,
            and neither places, actions nor modifiers ("former").
        action: the classes of the title's main action ("grants" -> approval), read in its main
            clause; empty when it names none.
        actions: the classes of every verb of action in the title.
        echoes: the classes of every action word in the title and the summary, but speech
            (summaries all say who "said" it).
        percents: the percentages the item gives ("#12%").
        reverses: whether the title reverses something ("sanctions lifted", "drops case").
        mentions_reversal: whether the item reverses anything, title or summary.
        analysis: whether the title asks, analyses or rounds up rather than reports an event.
        domains: what the title is about, broadly (``crypto``, ``ai``; see
            ``headline_words.DOMAINS``).
        mentioned_domains: the domains the item names anywhere.
        title_weight: the sum of ``title``'s weights.
        norm: the Euclidean norm of ``terms``.
    """

    title: Mapping[str, float] = field(hash=False)
    terms: Mapping[str, float] = field(hash=False)
    key_terms: frozenset[str]
    subjects: frozenset[str]
    summary_subjects: frozenset[str]
    mentions: frozenset[str]
    places: frozenset[str]
    place_scope: frozenset[str]
    lead: str | None
    lead_role: str | None
    agency: str | None
    initialisms: frozenset[str]
    locative: frozenset[str]
    mentioned_places: frozenset[str]
    revises: bool
    mentions_revision: bool
    matter: frozenset[str]
    action: frozenset[str]
    actions: frozenset[str]
    echoes: frozenset[str]
    percents: frozenset[str]
    reverses: bool
    mentions_reversal: bool
    analysis: bool
    domains: frozenset[str]
    mentioned_domains: frozenset[str]
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
    for phrase, replacement in vocab.PHRASES:
        title, summary = phrase.sub(replacement, title), phrase.sub(replacement, summary)
    summary = _first_sentences(summary, SUMMARY_CHARS)
    summary_names = _names(summary)
    names = _names(title) | summary_names
    title_terms: dict[str, float] = {}
    terms: dict[str, float] = {}
    key_terms: set[str] = set()
    for term, weight in _weighted_terms(summary, names):
        terms[term] = max(terms.get(term, 0.0), weight * _SUMMARY_FACTOR)
        if weight >= _KEY_TERM_MIN_WEIGHT:
            key_terms.add(term)
    summary_terms = frozenset(terms)
    for term, weight in _weighted_terms(title, names):
        title_terms[term] = max(title_terms.get(term, 0.0), weight)
        if weight >= _KEY_TERM_MIN_WEIGHT:
            key_terms.add(term)
    terms.update(title_terms)

    words, summary_words = _words(title), _words(summary)
    title_places = _places(words)
    in_place = {i for start, size, _ in title_places for i in range(start, start + size)}
    place_words = {words[i].term for i in in_place}
    speaker = _speaker(words)
    at = _lead(words, in_place, speaker)
    lead = None if at is None else words[at].term
    agency = None
    if at is not None and words[at].raw.isupper() and len(words[at].raw) >= 2:
        agency = words[at].raw.lower()
    lead_role = None  # "RBI Governor", "Binance executive": the lead's role is part of the actor
    if at is not None and at + 1 < len(words) and words[at + 1].term in vocab.SPEAKER_TERMS:
        lead_role = words[at + 1].term
    locative = {
        found[0]
        for start, _, found in title_places
        if found[0] != "@us"
        and (
            (start >= 1 and words[start - 1].lower == "in")
            or (start >= 2 and words[start - 1].lower == "the" and words[start - 2].lower == "in")
        )
    }
    subjects = {
        term
        for term in title_terms
        if term in vocab.COIN_TERMS
        or term in vocab.CATEGORY_TERMS
        or term in vocab.TIME_WORDS
        or term.startswith("#")
        or (term in names and term not in vocab.GENERIC_TERMS)
    }
    subjects |= _title_case_names(words, in_place, title + " " + summary)
    subjects -= vocab.SPEAKER_TERMS  # roles ("CEO") say who, not which one
    subjects |= {f"#{vocab.NUMBER_WORDS[w.lower]}" for w in words if w.lower in vocab.NUMBER_WORDS}
    if lead is not None:
        subjects.add(lead)
    subjects -= place_words  # places are compared as places ("@uk"), not as words
    spelled = {
        f"#{vocab.NUMBER_WORDS[w.lower]}" for w in summary_words if w.lower in vocab.NUMBER_WORDS
    }
    action, actions, title_actions = _actions(words, speaker)
    reverses = _reverses(words)
    title_domains = _domains(title)
    return StorySignature(
        title=title_terms,
        terms=terms,
        key_terms=frozenset(key_terms),
        subjects=frozenset(subjects),
        summary_subjects=(
            _summary_subjects(summary, summary_names, summary_terms, title_terms, title)
            if _is_generic(subjects, agency, title_places)
            else frozenset()
        ),
        mentions=frozenset(terms.keys() | subjects | spelled),
        places=frozenset(found[0] for _, _, found in title_places),
        place_scope=frozenset(place for _, _, found in title_places for place in found),
        lead=lead,
        lead_role=lead_role,
        agency=agency,
        initialisms=_initialisms(title) | _initialisms(summary),
        locative=frozenset(locative),
        mentioned_places=frozenset(
            place for _, _, found in title_places + _places(summary_words) for place in found
        ),
        revises=any(w.lower in vocab.REVISION_WORDS for w in words),
        mentions_revision=any(w.lower in vocab.REVISION_WORDS for w in words + summary_words),
        matter=frozenset(
            term
            for term, weight in title_terms.items()
            if weight >= _KEY_TERM_MIN_WEIGHT
            and term not in vocab.ACTION_TERMS
            and term not in vocab.LEAD_SKIP_TERMS
            and term not in place_words
        ),
        action=action,
        actions=actions,
        echoes=(title_actions | _actions(summary_words, frozenset())[2]) - vocab.SPEECH,
        percents=frozenset(w.term for w in words + summary_words if w.term.endswith("%")),
        reverses=reverses,
        mentions_reversal=reverses or _reverses(summary_words),
        analysis=_is_analysis(title, words),
        domains=title_domains,
        mentioned_domains=title_domains | _domains(summary),
        title_weight=sum(title_terms.values()),
        norm=math.sqrt(sum(w * w for w in terms.values())),
    )


def similarity(a: StorySignature, b: StorySignature) -> float:
    """How alike two items are, from 0 (nothing in common) to 1.

    The mean of two measures. Title coverage: how much of each title (by weight) the other
    item mentions, in its title or (for less) its summary; the geometric mean of both ways, so
    that a long title cannot swallow a short one. And the weighted cosine similarity of all
    terms, which brings in the summaries. When each title names a subject (a name, its lead
    noun, a coin, an amount) that the other item never mentions, the two are most likely
    parallel stories about different subjects ("SEC delays Franklin Solana ETF" / "SEC delays
    Grayscale XRP ETF"), and the similarity is scaled down by ``SUBJECT_CONFLICT_FACTOR``
    (:func:`same_event` rejects such a pair outright).

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
    if _subjects_conflict(a, b):
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
        True when they are close enough in time, share at least ``MIN_SHARED_KEY_TERMS``
        informative terms with a similarity of at least ``SAME_STORY_THRESHOLD`` (or one term
        fewer with a similarity of at least ``STRONG_THRESHOLD``), and their titles can tell of
        one event (see :func:`same_event`).
    """
    if not _within(a_time, b_time, window):
        return False
    return _accept(len(a.key_terms & b.key_terms), similarity(a, b)) and same_event(a, b)


def same_event(a: StorySignature, b: StorySignature) -> bool:
    """Tell whether two titles can tell of one event, whatever their words have in common.

    A false merge hides a story, so each of these rules a pair out:

    * either title asks, analyses or rounds up ("Who Failed Silicon Valley Bank Depositors?",
      "How Silvergate's Collapse Differed From SVB's"): such a piece is its own story;
    * each title names a place the other title does not ("UK Treasury publishes draft crypto
      legislation" / "Australia's Treasury releases draft crypto legislation"), or one says
      where it happens ("... campaign in the UK") and the other item never names the place;
    * each title names a subject the other item never mentions: another actor ("Bitstamp
      receives MiCA licence" / "Coinbase wins MiCA license"), coin, kind of asset, amount or
      count ("arrest 11" / "arrest six");
    * both titles are generic ("SEC charges crypto founder with fraud", "Morning Briefing") and
      each summary names a subject the other item never mentions (Forsage / SafeMoon);
    * each title is about a domain the other item never names: "Trump signs executive order
      on crypto" / "Trump signs executive order on AI";
    * one title is led by an acronym (mostly an authority) the other item never names, not even
      spelt out: "FSA orders DMM Bitcoin to improve operations" / "DMM Bitcoin to shut down";
    * one is about a revised version and the other item mentions no revision;
    * their main actions share no class, unless each title also names the other's: "grants
      licence" / "files criminal complaint", "votes to overturn" / "rescinds", "passes" /
      "signs", "consults on" / "publishes final"; or one title names an action and the other
      item, which names actions, never one of that class;
    * one reports a market move ("shares tumble") and the other another action ("drops case"):
      the move is a story of its own; so are two moves by different percentages;
    * one reverses something and the other item reverses nothing: "sanctions lifted" /
      "Treasury sanctions";
    * the titles have no matter in common beyond their leads and actions: "SEC and CFTC issue
      joint statement on spot crypto trading" / "SEC issues statement saying some
      stablecoins are not securities".

    Args:
        a: one signature.
        b: another.

    Returns:
        False when the two titles tell of different events.
    """
    if a.analysis or b.analysis:
        return False
    if not (a.places <= b.place_scope or b.places <= a.place_scope):
        return False
    if not (a.locative <= b.mentioned_places and b.locative <= a.mentioned_places):
        return False
    if _subjects_conflict(a, b) or _summaries_conflict(a, b):
        return False
    if not (_names_agency(b, a.agency, a.lead) and _names_agency(a, b.agency, b.lead)):
        return False  # "FSA orders DMM Bitcoin to ..." / "DMM Bitcoin to shut down"
    if (a.revises and not b.mentions_revision) or (b.revises and not a.mentions_revision):
        return False
    if (
        a.action
        and b.action
        and not a.action & b.action
        and not (a.action & b.actions and b.action & a.echoes)
        and not (b.action & a.actions and a.action & b.echoes)
    ):
        return False
    if (a.action and not b.action and b.echoes and not a.action & b.echoes) or (
        b.action and not a.action and a.echoes and not b.action & a.echoes
    ):
        return False
    if _market_move_only(a, b) or _market_move_only(b, a):
        return False
    if (
        "market" in a.actions & b.actions
        and a.percents
        and b.percents
        and not a.percents & b.percents
    ):
        return False  # two moves, by different percentages
    if (a.reverses and not b.mentions_reversal) or (b.reverses and not a.mentions_reversal):
        return False
    return _share_matter(a, b)


class StoryMatcher:
    """Recent stories' signatures, answering "which known story is this item?".

    A story may hold several signatures (one per outlet's wording): add each item under its
    story's key, so that later items match any of the wordings. That finds a story told three
    ways when the third wording resembles only the second. To keep related stories from chaining
    into one during a news storm (one topic, many stories within hours), an item that matches a
    later wording of a story must match it strongly (``STRONG_THRESHOLD``), or also resemble the
    story's first wording (``CHAIN_FLOOR``) and tell of the same event.

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
        max_signatures: int = MAX_SIGNATURES,
        max_per_story: int = MAX_WORDINGS_PER_STORY,
    ) -> None:
        """Start empty.

        Args:
            window: how far apart in time two items of one story may be published.
            hot_share: the share of held signatures from which a term is too common to find
                candidates with.
            hot_floor: ... as long as more signatures than this carry it.
            max_signatures: how many signatures are held at most; beyond, the first added
                are forgotten (a flood of items must not take all memory).
            max_per_story: how many wordings of one story are held at most; later ones are
                not (a feed that changes its items' ids at every poll repeats them).
        """
        self._window = window
        self._hot_share = hot_share
        self._hot_floor = hot_floor
        self._max_signatures = max_signatures
        self._max_per_story = max_per_story
        self._entries: dict[int, _Entry] = {}
        self._index: dict[str, set[int]] = {}
        self._slots: dict[int | str, list[int]] = {}  # each story's signatures, oldest first
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
        slots = self._slots.setdefault(key, [])
        if len(slots) >= self._max_per_story:
            return
        slot = self._next_slot
        self._next_slot += 1
        self._entries[slot] = _Entry(key=key, sig=sig, at=at, prune_at=at or self._newest)
        slots.append(slot)
        for term in sig.key_terms:
            self._index.setdefault(term, set()).add(slot)
        if len(self._entries) > self._max_signatures:
            excess = len(self._entries) - self._max_signatures
            self._forget(list(itertools.islice(self._entries, excess)))

    def match(self, sig: StorySignature, at: datetime | None) -> int | str | None:
        """Find the known story an item is the same as.

        Args:
            sig: the item's signature.
            at: when it was published; ``None`` when unknown.

        Returns:
            The key of the most similar story that :func:`is_same_story` accepts (and that the
            item does not merely chain into: see the class), or ``None``.
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
            if (
                score > best_score
                and _accept(len(sig.key_terms & entry.sig.key_terms), score)
                and same_event(sig, entry.sig)
                and (score >= STRONG_THRESHOLD or self._resembles_first(sig, entry.key, slot))
            ):
                best_key, best_score = entry.key, score
        return best_key

    def prune(self, older_than: datetime) -> None:
        """Forget signatures published before a moment.

        Args:
            older_than: signatures published (or, without a time, added) earlier are dropped.
        """
        self._forget(
            [
                slot
                for slot, entry in self._entries.items()
                if entry.prune_at is None or entry.prune_at < older_than
            ]
        )

    def _forget(self, stale: list[int]) -> None:
        for slot in stale:
            entry = self._entries.pop(slot)
            for term in entry.sig.key_terms:
                slots = self._index.get(term)
                if slots is not None:
                    slots.discard(slot)
                    if not slots:
                        del self._index[term]
            held = self._slots[entry.key]
            held.remove(slot)
            if not held:
                del self._slots[entry.key]

    def _resembles_first(self, sig: StorySignature, key: int | str, slot: int) -> bool:
        first_slot = self._slots[key][0]  # the story's first (oldest held) signature
        if first_slot == slot:
            return True
        first = self._entries[first_slot].sig
        return similarity(sig, first) >= CHAIN_FLOOR and same_event(sig, first)


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


def _share_matter(a: StorySignature, b: StorySignature) -> bool:
    # Beyond their leads (their actors), the titles must share a word of matter: an uncommon
    # one, or one the other item has at least in its summary; or an ordinary one that both
    # titles use; or, failing that, three generic ones both titles use ("declares crypto assets
    # financial products").
    leads = {a.lead, b.lead} | ({a.lead_role} & {b.lead_role})
    if not (a.matter - leads and b.matter - leads) and not (a.action | b.action) & vocab.SPEECH:
        return True  # a title of names and generic words only: nothing to hold it against
    generic = 0
    for x, y in ((a, b), (b, a)):
        for term in x.matter - leads:
            if term in y.title:
                return True
            if (
                term in y.terms
                and term not in vocab.COMMON_TERMS
                and term not in vocab.SPEAKER_TERMS
            ):
                return True
    for term in a.title.keys() & b.title.keys():
        if term in vocab.GENERIC_TERMS and term not in leads and term not in vocab.ACTION_TERMS:
            generic += 1
    return generic >= 3


def _market_move_only(a: StorySignature, b: StorySignature) -> bool:
    # "Coinbase shares tumble 12%" / "SEC drops case against Coinbase": the move is its own
    # story, unless the other title names no action and the same figure ("IBIT tops $50B" /
    # "BlackRock's bitcoin ETF becomes fastest to $50B").
    if a.action != vocab.MARKET or "market" in b.actions:
        return False
    return bool(b.action) or not {t for t in a.subjects & b.subjects if t.startswith("#")}


def _names_agency(sig: StorySignature, acronym: str | None, lead: str | None) -> bool:
    # "FIU" is named by "the Financial Intelligence Unit", "NYDFS" by "the Department of
    # Financial Services".
    if acronym is None or lead in sig.mentions:
        return True
    return any(
        acronym == initials or (len(initials) >= 3 and acronym.endswith(initials))
        for initials in sig.initialisms
    )


def _subjects_conflict(a: StorySignature, b: StorySignature) -> bool:
    return (
        not (a.subjects <= b.mentions or b.subjects <= a.mentions)
        or _off_domain(a, b)
        or _off_domain(b, a)
    )


def _summaries_conflict(a: StorySignature, b: StorySignature) -> bool:
    """Two generic titles ("SEC charges crypto founder with fraud", "Morning Briefing") whose
    summaries each name subjects the other item never mentions ("... the founder of Forsage" /
    "... SafeMoon's CEO"): two stories under one wording."""
    return (  # only a generic title has summary subjects
        bool(a.summary_subjects)
        and bool(b.summary_subjects)
        and not a.summary_subjects & b.mentions
        and not b.summary_subjects & a.mentions
    )


def _is_generic(subjects: Collection[str], agency: str | None, places: Collection[object]) -> bool:
    """The title names no place, and no subject but ordinary words ("Morning Briefing") and an
    authority that leads it ("SEC")."""
    return not places and all(term == agency or term in vocab.COMMON_TERMS for term in subjects)


def _summary_subjects(
    summary: str,
    names: set[str],
    terms: frozenset[str],
    title_terms: Mapping[str, float],
    title: str,
) -> frozenset[str]:
    """The summary's ``names`` and coin ``terms`` a generic title does not name (see
    ``StorySignature.summary_subjects``)."""
    acronyms = _acronyms(title)
    spelt_out = {
        term
        for run in vocab.CAPITALISED_RUN.findall(summary)
        if _run_initials(run) in acronyms
        for word in re.split(r"[\s-]+", run)
        for term in _terms_of_word(word)
    }
    found = (names | (terms & vocab.COIN_TERMS)) - spelt_out - title_terms.keys()
    return frozenset(
        term
        for term in found
        if term not in vocab.GENERIC_TERMS
        and term not in vocab.COMMON_TERMS  # "the Governing Council"
        and term not in vocab.CATEGORY_TERMS
        and term not in vocab.SPEAKER_TERMS
        and not term.startswith("@")
    )


def _acronyms(text: str) -> frozenset[str]:
    return frozenset(
        m.group("word").lower()
        for m in vocab.TOKEN.finditer(text)
        if m.group("word") and len(m.group("word")) >= 2 and m.group("word").isupper()
    )


def _run_initials(run: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", run) if w[:1].isupper()).lower()


def _off_domain(a: StorySignature, b: StorySignature) -> bool:
    """``a``'s title is about a domain ``b`` never names, and ``b``'s about another domain
    ``a`` never names. (Another matter is not enough: "Robinhood agrees to buy Bitstamp" is
    "Robinhood to acquire crypto exchange Bitstamp", though it never says crypto.)"""
    return bool(a.domains - b.mentioned_domains) and bool(b.domains - a.mentioned_domains)


def _domains(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in vocab.DOMAINS if pattern.search(text))


# --- reading a title's frame ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    raw: str  # as written
    lower: str  # lower-cased, synonyms folded
    term: str  # ... and stemmed (stop words too); an amount's term ("#4.3e+09")
    amount: bool  # a number or an amount
    opens_clause: bool  # first in the text, or first after a colon
    quoted: bool  # inside quotation marks: words someone said or wrote, not what happened


def _words(text: str) -> list[_Word]:
    text = vocab.DOTTED_ACRONYM.sub(lambda m: "".join(g for g in m.groups() if g), text)
    # Quotations of a few words are what someone said; a single quoted word is a scare quote.
    quoted = [m.span() for m in vocab.QUOTED.finditer(text) if " " in m.group().strip()]
    words = []
    for match in vocab.TOKEN.finditer(text):
        before = match.start() - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        opens = before < 0 or text[before] == ":"
        inside = bool(quoted) and any(start < match.start() < end for start, end in quoted)
        word = match.group("word")
        if word:
            lower = word.lower()
            lower = vocab.SYNONYMS.get(lower, lower)
            term = vocab.COUNTRY_ACRONYMS.get(word) or vocab.stem(lower)
            words.append(_Word(word, lower, term, False, opens, inside))
        else:
            term = _amount_term(match)[0]
            words.append(_Word(match.group(), term, term, True, opens, inside))
    return words


def _places(words: list[_Word]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The places the words name: where, how many words, and the place with those containing it."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        if words[i].raw not in vocab.PLACE_FIRST_WORDS:
            i += 1
            continue
        for size in range(min(vocab.PLACE_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if not all(w.raw[:1].isupper() for w in run):
                continue
            place = vocab.PLACES.get(tuple(w.raw for w in run)) or vocab.PLACES.get(
                tuple(w.raw if w.raw.isupper() else w.raw.title() for w in run)
            )
            if place is not None:
                found.append((i, size, place))
                i += size
                break
        else:
            i += 1
    return found


def _prefix(words: list[_Word]) -> int:
    """How many words precede a colon near the title's start ("Morning Minute: ..."), or 0."""
    for i in range(1, min(6, len(words))):
        if words[i].opens_clause:
            return i if len(words) - i >= 3 else 0
    return 0


def _speaker(words: list[_Word]) -> frozenset[str]:
    """What a title that opens with a speaker and a colon reports: speech ("Lummis: market
    structure bill must reach the floor"), or a ruling when the speaker is a court ("Fifth
    Circuit: Treasury overstepped"); empty when it does not."""
    end = _prefix(words)
    if not end or words[0].lower in vocab.STOP_WORDS:
        return frozenset()
    if any(w.lower in vocab.ANALYSIS_PREFIXES for w in words[:end]):
        return frozenset()
    if any(w.term in vocab.COURT_TERMS for w in words[:end]):
        return vocab.COURT
    last = words[end - 1]
    if last.term in vocab.SPEAKER_TERMS or (
        last.raw[:1].isupper()
        and not last.amount
        and last.term not in vocab.COMMON_TERMS
        and last.term not in vocab.GENERIC_TERMS
        and last.lower not in vocab.STOP_WORDS
        and last.lower not in vocab.ACTION_WORDS
    ):
        return vocab.SPEECH
    return frozenset()


def _lead(words: list[_Word], in_place: set[int], speaker: frozenset[str]) -> int | None:
    """Where the title's lead noun is: its first name-like word, before any action; usually the
    actor.

    A column's name before a colon is skipped ("Morning Minute: Do Kwon Gets 15 Years"), a
    speaker's is not ("Lummis: market structure bill must reach the floor").
    """
    start = 0 if speaker else _prefix(words)
    for i in range(start, min(start + 4, len(words))):
        word = words[i]
        if word.amount:
            return None
        if (
            i in in_place
            or word.lower in vocab.STOP_WORDS
            or word.lower in vocab.LEAD_SKIP
            or word.term in vocab.GENERIC_TERMS
        ):
            continue
        if (
            word.lower in vocab.ACTION_WORDS
            or word.lower in vocab.VAGUE_VERBS
            or word.lower in vocab.REVERSAL_IF_LEGAL
            or not (word.raw[0].isupper() or word.term in vocab.COMMON_TERMS)
        ):
            return None  # an action, or a lower-case word that may well be one ("waives")
        following = words[i + 1] if i + 1 < len(words) else None
        if (
            following is not None
            and (word.term in vocab.COMMON_TERMS or not word.raw[0].isupper())
            and following.raw[:1].isupper()
            and following.term not in vocab.COMMON_TERMS
            and following.term not in vocab.GENERIC_TERMS
            and following.lower not in vocab.STOP_WORDS
            and following.lower not in vocab.ACTION_WORDS
            and not following.amount
            and i + 1 not in in_place
        ):
            return i + 1  # "DeFi lender Radiant Capital halts...": the name, not the kind
        return i
    return None


def _title_case_names(words: list[_Word], in_place: set[int], text: str) -> set[str]:
    """In a title-case title, the capitalised words that are no ordinary word: names.

    ``text`` is the title and the summary as written: a word they also write in lower case is
    an ordinary word.
    """
    long_words = [w for w in words if len(w.raw) >= 4 and not w.amount and not w.raw.isupper()]
    capitalised = sum(w.raw[0].isupper() for w in long_words)
    if len(long_words) < 3 or capitalised < 0.75 * len(long_words):
        return set()
    names = set()
    for i, word in enumerate(words):
        if (
            len(word.raw) >= 3
            and not word.amount
            and word.raw[0].isupper()
            and not word.raw.isupper()
            and i not in in_place
            and word.lower not in vocab.STOP_WORDS
            and word.term not in vocab.GENERIC_TERMS
            and word.term not in vocab.COMMON_TERMS
            and word.lower not in vocab.ACTION_WORDS
            and word.lower not in vocab.VAGUE_VERBS
            and word.lower not in vocab.AUXILIARY_VERBS
            and not re.search(rf"\b{re.escape(word.raw.lower())}\b", text)
        ):
            names.add(word.term)
    return names


def _actions(
    words: list[_Word], speaker: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The classes of the title's main action; of all its verbs; and of all its action words.

    The main action is the first one of the main clause (before "after", "amid", "as"...),
    leaving out quotations: a speaker's title, or one whose main clause quotes and does nothing
    else ("US financial markets 'poised to move on-chain'"), reports speech.
    """
    main: frozenset[str] = speaker
    verbs: set[str] = set(main)
    every: set[str] = set(main)
    in_main_clause = True
    quotes_in_main = False
    attributed = False
    for i, word in enumerate(words):
        if i and word.lower in vocab.SUBORDINATORS:
            in_main_clause = False
        if word.quoted:
            quotes_in_main = quotes_in_main or in_main_clause
            continue
        if word.amount or word.lower in vocab.VAGUE_VERBS:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        after = following.lower if following is not None else ""
        previous = words[i - 1].lower if i else ""
        if after == "to" and (
            word.lower in vocab.AUXILIARY_VERBS or (word.lower == "said" and previous in vocab.BE)
        ):
            continue  # "moves to block", "is said to probe"
        if (word.lower == "effect" and previous in vocab.TAKES) or (
            word.lower == "force" and previous in ("into", "in")
        ):
            classes = vocab.EFFECT  # "takes effect", "comes into force"
        elif _is_noun(words, i):
            continue  # "tax on crypto gains", "crypto sold through", "at block 840,000"
        elif word.lower in vocab.APPROVALS and _plan_follows(words, i):
            continue  # "approves plan to raise tax": the raise is the news
        elif word.lower in vocab.REVERSAL_IF_LEGAL:
            if _legal_object_follows(words, i):
                classes = vocab.REVERSE
            else:
                classes = vocab.MARKET if word.lower.startswith("drop") else frozenset()
        elif word.lower in ("back", "backs") and i and not words[i - 1].amount:
            # "lawmakers back ban", not "bitcoin back above $92K"
            classes = (
                vocab.PASS
                if after not in vocab.PREPOSITIONS | {"above", "below", "to"}
                else frozenset()
            )
        elif word.lower in ("turn", "turns", "turned") and after == "away":
            classes = vocab.REJECT  # "Supreme Court turns away ..."
        elif word.lower in ("strike", "strikes", "struck") and after == "down":
            classes = vocab.REVERSE  # "strikes down RBI ban"
        elif word.lower in ("rule", "rules") and not (
            i and words[i - 1].term in vocab.COURT_TERMS
        ):
            classes = vocab.RULES  # "travel rule", not "court rules"
        else:
            classes = vocab.ACTIONS.get(word.lower, frozenset())
            if (
                "market" in classes
                and i
                and words[i - 1].term in vocab.COMMON_TERMS
                and words[i - 1].term not in vocab.MARKET_NOUNS
            ):
                classes -= vocab.MARKET  # "Scrutiny falls on ...": no price moves there
        if classes:
            noun = word.lower in vocab.NOUN_FORMS or classes is vocab.RULES
            every |= classes
            if not noun:
                verbs |= classes
            if in_main_clause and not main:
                main = classes
                attributed = word.lower in vocab.ATTRIBUTION
            elif in_main_clause and attributed and not noun:
                main |= classes  # "Coinbase Says Hackers Bribed Staff": what was said is news
                attributed = False
    if not main and quotes_in_main:
        main = vocab.SPEECH
    return main, frozenset(verbs), frozenset(every)


def _is_noun(words: list[_Word], i: int) -> bool:
    """Whether an action word is used as a noun or a participle, not as the title's verb."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    if word.lower == "block" and following is not None and following.amount:
        return True  # "at block 840,000"
    j = i - 1
    while j >= 0 and i - j <= 2 and words[j].term in vocab.GENERIC_TERMS:
        j -= 1  # "on crypto gains"
    if j >= 0 and words[j].lower in vocab.PREPOSITIONS:
        return True
    # "crypto sold through licensed platforms": a participle after a noun
    return (
        i > 0
        and words[i - 1].term in vocab.GENERIC_TERMS
        and following is not None
        and following.lower in vocab.PREPOSITIONS
        and (word.lower.endswith("ed") or word.lower in vocab.PARTICIPLES)
    )


def _plan_follows(words: list[_Word], i: int) -> bool:
    # "approves plan to raise", "approves tax reform cutting"
    for j in range(i + 1, min(i + 4, len(words) - 1)):
        if words[j].lower in vocab.PLANS and (
            words[j + 1].lower == "to" or words[j + 1].lower.endswith("ing")
        ):
            return True
    return False


def _reverses(words: list[_Word]) -> bool:
    return any(
        word.lower in vocab.REVERSAL_FORMS
        or (word.lower in vocab.REVERSAL_IF_LEGAL and _legal_object_follows(words, i))
        or (
            word.lower in ("strike", "strikes", "struck")
            and words[i + 1 : i + 2] != []
            and words[i + 1].lower == "down"
        )
        for i, word in enumerate(words)
    )


def _legal_object_follows(words: list[_Word], i: int) -> bool:
    return any(w.lower in vocab.LEGAL_OBJECTS for w in words[i + 1 : i + 4])


def _initialisms(text: str) -> frozenset[str]:
    found: set[str] = set()
    for run in vocab.CAPITALISED_RUN.findall(text):
        initials = _run_initials(run)
        for i in range(len(initials)):
            for j in range(i + 2, len(initials) + 1):
                found.add(initials[i:j])
    return frozenset(found)


def _is_analysis(title: str, words: list[_Word]) -> bool:
    if "?" in title:
        return True
    end = _prefix(words)
    if end and any(w.lower in vocab.ANALYSIS_PREFIXES for w in words[:end]):
        return True  # "Analysis: ...", "Bitcoin Price Analysis: ..."
    for i, word in enumerate(words):
        if word.opens_clause:
            if word.lower in vocab.QUESTION_WORDS:
                return True  # "How Silvergate's Collapse Differed...", "...: Why Silvergate..."
            following = words[i + 1].lower if i + 1 < len(words) else ""
            if word.lower == "q" and following == "a":
                return True  # "...: Q&A With Bitcoin Maintainer Andrew Chow"
    return False


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
    words = [(m.group("word"), m.start()) for m in vocab.TOKEN.finditer(text) if m.group("word")]
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
    return i < 0 or text[i] in vocab.SENTENCE_END


def _weighted_terms(text: str, names: set[str]) -> list[tuple[str, float]]:
    text = vocab.DOTTED_ACRONYM.sub(lambda m: "".join(g for g in m.groups() if g), text)
    weighted: list[tuple[str, float]] = []
    run: list[str] = []  # the name being read, as in "Silicon Valley Bank"
    end = 0
    for match in vocab.TOKEN.finditer(text):
        word = match.group("word")
        terms = _terms_of_word(word) if word else ()
        is_name = bool(terms) and terms[0] in names and terms[0] not in vocab.GENERIC_TERMS
        if run and not (is_name and text[end : match.start()].isspace()):
            weighted.extend(_name_run(run))
            run = []
        end = match.end()
        if is_name:
            run.append(terms[0])
        elif word:
            weighted.extend(
                (term, _GENERIC_WEIGHT if term in vocab.GENERIC_TERMS else _WORD_WEIGHT)
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
    if word in vocab.COUNTRY_ACRONYMS:
        return (vocab.COUNTRY_ACRONYMS[word],)
    lower = word.lower()
    lower = vocab.SYNONYMS.get(lower, lower)
    if lower in vocab.STOP_WORDS or len(lower) < 2:
        return ()
    return (vocab.stem(lower),)


def _amount_term(match: re.Match[str]) -> tuple[str, float]:
    digits = match.group("digits").replace(",", "")
    scale = (match.group("scale") or "").strip().lower()
    try:
        value = float(digits)
    except ValueError:
        return "#" + digits, _SMALL_NUMBER_WEIGHT
    if scale == "%":
        return f"#{value:.3g}%", _AMOUNT_WEIGHT
    value *= vocab.SCALES.get(scale, 1.0)
    money = bool(match.group("currency")) or bool(scale)
    if value < 1000 or (not money and value.is_integer() and value < 10000):
        term = f"#{value:g}"  # counts, days and years are exact
    else:
        # Two significant digits: "$1.44B" and "$1.4 billion" are one amount, as outlets round.
        term = f"#{value:.2g}"
    if not money and (value < 10 or (1990 <= value <= 2100 and value.is_integer())):
        return term, _SMALL_NUMBER_WEIGHT
    return term, _AMOUNT_WEIGHT
