"""Decide whether a news story is about crypto regulation.

The regulation alert pushes a message when a new regulation story breaks, so this module
answers one question about a headline and its summary: is the story's news an act of a
public authority about crypto (a law, a regulator's action, a ruling, a tax rule, an
official's policy statement)? ``tests/data/LABELS.md`` is the guideline it implements.

The design is a transparent weighted-rule scorer, so that every verdict can be explained
and every mistake traced to a table. Where the rules are unsure (their log-odds within
``CORRECTION_LIMIT`` of the cut), a correction learned from the labelled stories
(:mod:`services.news.regulation_model`) weighs their reading with the headline's words and
decides; the reason then names what it learned. The rules:

* **The authority must be the subject.** An actor (regulator, court, legislature,
  prosecutor, police, named official, a country as a headline's first word) counts fully
  only when it performs the action: right before the verb ("SEC sues", "RBI governor
  says"), after a passive ("shuttered by state regulators"), after "with" in a deal
  ("settles with SEC") or after an inverted speech verb ("..., warns SEC commissioner").
  A regulator named as an object ("Circle awaits clarity from FDIC", "Coinbase sues the
  SEC"), as an owner ("Senator's bitcoin holdings", "SEC's proposed rule") or in another
  verb's clause is only a hint, and so is one addressed by someone else ("Crypto groups
  urge Senate to pass bill", "Analysts expect SEC to approve", "sends SEC a letter").
  An authority may also be quoted ("Gensler: Most Tokens Are Securities", "ECB's Lane
  warns"); a court's words are its ruling ("Singapore High Court: Crypto Can Be Held on
  Trust", "Appeals court says users own their coins"). Some acts imply their authority
  and need no actor: "sentenced", "indicted", "gets 15 years", "to serve four months",
  "signed into law", "Putin signs law", "heads to president's desk", "takes effect",
  "receives licence", "told to exit", "charges dropped", "under SEC investigation",
  headline passives ("Solana ETF Approved", "Crypto ban lifted"; not "Phone tested") and
  headlines led by a legal noun ("Crackdown on crypto exchanges widens", "30% tax on
  crypto gains"). An authority that opens the headline makes a verb the tables do not
  know count a little ("Chinese court invalidates car sale"), and one named as the
  headline's source counts as its speaker ("..., agency chair says", "... - prosecutors").
* **Verbs, not nouns.** "Poses sanctions risks", "on report", "in seized bitcoin", "sends
  seized ether" are no acts: a word after an article, a preposition or a verb that takes
  it as an object is not read as a verb, and legal nouns ("lawsuit", "guidance") count
  only lightly, tied to an authority.
* **Deliberation counts when it is about a measure.** An authority that weighs, mulls or
  plans a ban, a tax, rules or a licence makes policy news ("UK Treasury mulls cap on
  stablecoin holdings"); one that plans an operation ("El Salvador plans bitcoin bond")
  gives a hint only. Nominating or appointing the head of a financial regulator is
  policy and needs no crypto word ("Trump nominates Quintenz to lead CFTC").
* **Where the evidence is.** The title counts fully; of the summary only its first
  sentence, at a lower weight: later sentences give background that names regulators in
  passing. Under a vague headline with nothing for or against ("Big Win for Kalshi") a
  first sentence that states a decisive act plainly (no price move, hedge, commentator
  or past date before it) counts nearly as a title.
* **Crypto must be what the act is about**: named in the title, or at least in the
  summary's first sentence. Crypto named only later, only as how a criminal was paid
  ("groups that paid in crypto"), only as a detail of a violent or cyber crime ("network
  linked to crypto murder") or only as a bank's description ("Crypto-Friendly Signature
  Bank Shut Down") makes the story about banks, AI or a crime.
* **Framing that is not news of an act** subtracts: price moves, listings, deals, firms
  leaving a market, lobbying, reactions or betting odds that lead the headline ("XRP
  jumps after SEC ...", "Bybit to exit Japan as FSA tightens rules", "Markets cheer as
  Senate passes bill"), company statements and private suits, features, explainers,
  opinion, recaps, newsletters and shows, questions, speculation ("could", "set to" before
  the act, which then counts for nothing), unconfirmed reports and private sources (":
  Report", ": TRM"), hacks and scams, ETF flows, protocol governance, conferences,
  personnel moves, games and sports. Routine bankruptcy administration (creditors, the
  estate, the trustee) and private disputes (defamation, divorce) are not outweighed by
  a court's act. An act that only sets the scene of another party's news ("Coinbase
  accused of 'rug pull' as White House weighs killing bill") counts less.
* **Only the headline's news is judged.** An aggregator's outlet suffix ("- Reuters"), a
  tagline ("- Here's What Happened") and a press note ("(Report)") are dropped; a desk's
  label ("Explainer:") costs a little when a plain report of an act follows it.

Precision comes before recall (a false push annoys more than a late one), so a story
needs clear evidence to pass. The pattern tables live in
:mod:`services.news.regulation_rules`; this module holds the scoring. Everything is pure
and precompiled: no I/O but reading the shipped weights once, no clock, linear in the
text length. After changing a table, retrain the correction
(``scripts/train_regulation.py``): a test checks that the shipped weights are current.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from services.news import regulation_rules as rules
from services.news.regulation_model import (
    CORRECTION_LIMIT,
    load_kind_model,
    load_model,
    words,
)

__all__ = ["RegulationVerdict", "RulesReading", "classify", "read_rules"]


@dataclass(frozen=True, slots=True)
class RegulationVerdict:
    """The classifier's answer for one story.

    Attributes:
        is_regulation: True when the story is about crypto regulation.
        score: 0..1, higher means more surely regulation; ``is_regulation`` is
            ``score >= 0.5``.
        jurisdiction: a code such as ``US``, ``EU``, ``UK`` or ``INTL``, or None when no
            place, regulator or official in the text tells it.
        kind: ``enforcement``, ``licensing``, ``legislation``, ``ruling`` or ``policy``
            for a regulation story; None when the story is not one or the kind cannot
            be told.
        reason: a short human explanation naming the evidence that decided.
    """

    is_regulation: bool
    score: float
    jurisdiction: str | None
    kind: str | None
    reason: str


# --------------------------------------------------------------------------------------
# Weights. Points are log-odds: the total goes through a logistic function.
# --------------------------------------------------------------------------------------

#: How much of a title and of a summary is read (see :func:`read_rules`).
MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 1000

#: Headlines state the news; the summary's first sentence restates or completes it.
_TITLE_WEIGHT = 1.0
_LEAD_WEIGHT = 0.45
#: The summary's first sentence under a vague headline (no act, no framing in the title).
_VAGUE_LEAD_WEIGHT = 0.8

#: Without any evidence a story is not regulation (most crypto news is not), and with
#: precision first a single weak hint must not tip it over.
_BIAS = -2.6

#: Actor points when the actor performs a counted action, and when it is only named.
_STRONG_ACTOR_POINTS = 1.5
_WEAK_ACTOR_POINTS = 0.8
#: A country or state as the subject stands for its government: more than "officials".
_PLACE_ACTOR_POINTS = 1.2
_NAMED_STRONG_ACTOR_POINTS = 0.5
_NAMED_WEAK_ACTOR_POINTS = 0.2

#: (action points, pair points) by action class, when attributed to an actor.
_CLASS_POINTS = {
    "strong": (1.8, 1.0),
    "act": (1.5, 1.0),
    "adjacent": (1.5, 1.0),
    "passive": (1.5, 0.5),
    "soft": (1.1, 1.0),
    # Weighing or planning something that is no measure ("plans bitcoin bond").
    "plan": (0.5, 0.2),
    "noun": (0.6, 0.4),
    # A verb the tables do not know after an authority that is the headline's subject.
    "generic": (1.0, 0.5),
    # A top official's words about crypto pass only just: any other framing (a holding,
    # a launch, a question) outweighs them, a legal object ("rules", "ban") confirms them.
    "statement": (0.5, 0.1),
}
#: An ambiguous verb without an authority to perform it ("bans", "approves") is a faint
#: hint; the other classes count nothing without one.
_UNATTRIBUTED_ACT_POINTS = 0.3
_LEGAL_POINTS = 0.8

#: Crypto context: in the title, in the summary's first sentence, later, nowhere.
_CRYPTO_IN_TITLE_POINTS = 0.6
_CRYPTO_IN_LEAD_POINTS = 0.0
_CRYPTO_LATER_POINTS = -3.0
_NO_CRYPTO_POINTS = -5.0

#: "XRP jumps after SEC ends appeal": the price move leads, the regulatory news is the
#: cause given for it, so the story is a market story.
_PRICE_FIRST_PENALTY = 5.0
_PRICE_LATER_PENALTY = 1.0
#: The same for a listing, a launch, a deal or fund flows that lead the headline.
_EVENT_FIRST_PENALTY = 3.0
_MARKET_EVENTS = (
    "listing/launch",
    "earnings/deal",
    "etf flows",
    "lobbying",
    "application",
    "conference",
    "market exit",
)
#: Negatives in a title whose main verb is a legal act count about a third: in "DOJ seizes
#: bitcoin tied to Bitfinex hack" the hack is the background, the seizure the news.
_DECISIVE_NEGATIVE_FACTOR = 0.35
_MAX_TITLE_NEGATIVE = 4.5
_SUMMARY_NEGATIVE_FACTOR = 0.25
_MAX_SUMMARY_NEGATIVE = 1.0
_FEATURE_PENALTY = 3.0
_QUESTION_PENALTY = 1.2
_SHOW_PENALTY = 4.0
_MODAL_PENALTY = 1.2
#: Longest gap between a modal and the act it hedges ("could face DOJ charges").
_HEDGE_GAP = 16
#: An authority's plan: the hedge right after it ("SEC may permit"), one that states an
#: intention, not negated, and over an act it does, not one done to it ("could face").
_INTENTION_GAP = 2
_INTENTION_NOTE = "hedged intention"
_INTENTION_MODAL = re.compile(r"(?i:may|might|aims? to|seeks? to|intends? to|plans? to)")
_NEGATED = re.compile(r"\s+(?i:not|never)\b")
_TARGET_ACTION = re.compile(r"(?i:fac(?:e|es|ing)|be\b)")
_COMPANY_STATEMENT_PENALTY = 1.5
#: More when the speaker is named as a company's person ("Ripple CEO says ...").
_SPEAKER_PENALTY = 1.0
#: How far into a headline a crypto firm's name still opens it ("Crypto's Grayscale").
_FIRM_SUBJECT_START = 12
_PRIVATE_ATTRIBUTION_PENALTY = 1.0
#: "..., agency chair says", "... - prosecutors": an authority is the source of the news,
#: and its words are its act (a charge, a requirement), so a hedge inside them is no hedge.
_OFFICIAL_SOURCE_POINTS = 3.0
_WEAK_OFFICIAL_SOURCE_POINTS = 1.8
#: A central bank digital currency in a headline that names its state or central bank.
_CBDC_POINTS = 1.5

#: Longest gap between an actor and its verb ("SEC on Tuesday formally sues").
_SUBJECT_GAP = 48
#: Longest gap between an actor and a legal noun it owns ("SEC's long-running lawsuit").
_NOUN_GAP = 28
#: Longest gap between an "adjacent" verb and its actor ("Judge rules", "Court's ruling").
_ADJACENT_GAP = 2
_LIMITS = {"noun": _NOUN_GAP, "adjacent": _ADJACENT_GAP}
#: How far after an act a crypto term may stand to be its object ("seizes $3.6B in bitcoin").
_OBJECT_GAP = 32
#: How far back the actor veto looks ("former SEC official", "Ex-CFTC chair").
_VETO_WINDOW = 32
#: Longest summary lead considered, in characters.
_MAX_LEAD = 400
_NOWHERE = 1 << 30

# --------------------------------------------------------------------------------------
# Compiled patterns (once, at import).
# --------------------------------------------------------------------------------------

#: One table for all actors (one pass over the text instead of three); rows by strength.
_ACTOR = rules.PatternTable([rules.STRONG_ACTORS, rules.WEAK_ACTORS, rules.PLACES])
_STRONG, _WEAK, _PLACE = 0, 1, 2
#: A place stands for its government only as the subject: first in the text, after an
#: optional "Label: " prefix.
_SUBJECT_PREFIX = re.compile(r"(?:[A-Z][\w ]{0,24}:\s*)?(?:The\s+|In\s+)?")
_ACTION = rules.PatternTable([frags for _kind, _cls, frags in rules.ACTIONS])
_ACTION_META = tuple((kind, cls) for kind, cls, _frags in rules.ACTIONS)
_LEGAL = rules.PatternTable([rules.LEGAL_OBJECTS])
_CRYPTO = rules.PatternTable([rules.CRYPTO_TERMS])
_PRICE = rules.PatternTable([rules.PRICE_MOVE])
_NEGATIVE = rules.PatternTable([frags for _cat, _w, frags in rules.NEGATIVES])
_NEGATIVE_META = tuple((cat, weight) for cat, weight, _frags in rules.NEGATIVES)
_NEGATIVE_WEIGHT = dict(_NEGATIVE_META)
_CRIME_ROW = next(i for i, (cat, _w) in enumerate(_NEGATIVE_META) if cat == "crime")
_JURISDICTION = rules.PatternTable([frags for _code, frags in rules.JURISDICTIONS])
_JURISDICTION_CODES = tuple(code for code, _frags in rules.JURISDICTIONS)
_JURISDICTION_HINT = rules.PatternTable([frags for _code, frags in rules.JURISDICTION_HINTS])
_JURISDICTION_HINT_CODES = tuple(code for code, _frags in rules.JURISDICTION_HINTS)
_KIND = rules.PatternTable([frags for _kind, frags in rules.KINDS])
_EU_LAW = re.compile(r"MiCAR?")
_TRAILING_STATEMENT = re.compile(
    r"[,:]\s+(?:[\w.'’-]+\s+){0,4}(?:says|said|reiterates?|reiterated|confirms?)\s*$"
)
#: "..., Chinese regulators reiterate": a stance repeated, whatever act it names.
_TRAILING_REITERATION = re.compile(
    r"[,:]\s+(?:[\w.'’-]+\s+){0,4}(?:reiterates?|reiterated|reaffirms?|reaffirmed)\s*$"
)
#: "..., prosecutors say": a charge, told by those who bring it.
_TRAILING_PROSECUTORS = re.compile(
    r"[,:]\s+(?:[\w.'’-]+\s+){0,3}(?:prosecutors|doj|justice department|police|fbi"
    r"|investigators)\s+(?:says?|said|allege[sd]?)\s*$"
)
#: A state's own currency: a CBDC or a coin a government issues.
_STATE_COIN = re.compile(
    r"(?i:\b(?:state|national|government|sovereign)(?:-[\w]+)?(?: [\w-]+){0,2}?"
    r" (?:stablecoin|token|coin)s?\b)"
)
#: What a state does with its currency that is not its launch or running.
_COIN_NOT_LAUNCHED = re.compile(
    r"(?i:\b(?:halt|paus|suspend|shelv|delay|scrap|abandon|drop|plan|consider|mull|weigh"
    r"|explor|stud|research|may|could|might|would|propos|consult|warn|report|survey)\w*)"
)
_LAW_TAKES_EFFECT = re.compile(
    r"\b(?:takes? effect|took effect|into (?:force|effect)|into law|royal assent)\b"
)
_JUDGE_ENFORCES = re.compile(
    r"(?:judges?|court) (?:orders? (?:\w+ ){0,3}?)?(?:freez\w*|froze|seiz\w*)"
)
#: A tax as what is approved ("Thailand approves five-year capital gains tax exemption").
_TAX_APPROVED = re.compile(r"\s+(?:\S+\s+){0,6}?(?:tax(?:es|ation)?|lev(?:y|ies))\b(?!-efficient)")
#: A headline whose main verb, within its first words, is a statement.
_OPENING_STATEMENT = re.compile(
    r"(?:[\w.'’-]+\s+){1,5}?(?:says|(?<!is )(?<!are )(?<!was )(?<!were )said|reiterates"
    r"|reaffirms|expects|believes|signals|hints|promises|pledges|vows|predicts"
    r"|tells(?! (?:[\w.'’-]+\s+){1,4}?to\b))\b"
)
_KIND_NAMES = tuple(kind for kind, _frags in rules.KINDS)
#: How many of the summary's first words the learned kind model weighs.
_KIND_SUMMARY_WORDS = 30

#: Between an actor and its verb: no clause break (a colon, a dash, a question).
_CLAUSE_BREAK = re.compile(r"[;:?!|—–]|\s-\s|\b(?:after|as|amid|while|but|before|following)\b")
#: "approved by OCC", "shuttered by state regulators": the gap between verb and actor.
_PASSIVE_GAP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?by\s+(?:[\w.'-]+\s+){0,4}?$")
#: What may follow a headline passive: the end, a figure, a preposition, a clause break.
_PASSIVE_AFTER = re.compile(
    r"\s*$|\s*[,:;!]|\s+[-—–]\s|\s+\$?\d|\s+(?i:in|for|after|over|as|amid|on|to|from|under"
    r"|until|following|again|indefinitely|permanently|at|under)\b"
)
#: "settles with the U.S. SEC": the gap between "with" and the authority.
_WITH_GAP = re.compile(r"\s+(?:the\s+|[\w.'-]+\s+){0,2}?")
#: "..., warns SEC commissioner": the gap between an inverted verb and its speaker.
_INVERTED_GAP = re.compile(r"\s+(?:the\s+|a\s+|[\w.'-]+\s+){0,2}?$")
#: What stands before a word that is not a verb here: a preposition or an article ("in
#: seized bitcoin"), or a verb that takes the participle's noun as its object ("sends seized
#: ether", "to sell frozen tokens").
_NOT_A_VERB = re.compile(
    r"\b(?i:in|of|the|a|an|its|their|his|her|for|from|with|and|on|by|sends?|sent|moves?|moved"
    r"|sells?|sold|selling|transfers?|transferred|custody|auctions?|auctioned|liquidates?|dumps?"
    r"|offloads?|holds?|holding|returns?|returned|distributes?|buys?|bought|swaps?|more|all"
    r"|remaining)\s+(?:[$€£]?[\d.,]+[KkMmBb]?\s+)?$"
)
#: How far back the words of ``_NOT_A_VERB`` are looked for.
_NOT_A_VERB_WINDOW = 28
#: A financial crime that crypto qualifies ("bitcoin money laundering", "crypto fraud").
_CRYPTO_CRIME = re.compile(
    r"[\s-]+(?i:(?:money[\s-]+)?laundering|fraud|scams?|ponzi|pyramid scheme|tax evasion"
    r"|embezzlement)\b"
)
#: An article between an authority and a legal noun ("sends SEC a letter").
_ARTICLE = re.compile(r"\b(?i:a|an|the)\b")
#: Longest gap inside a compound subject ("RBI Governor", "SEC Chair Paul Atkins").
_COMPOUND_GAP = 12
#: What may end the text before an inverted verb ("Rules are coming, warns ...").
_INVERTED_BEFORE = (",", ":", "'", '"')
#: A subordinate clause giving a cause or a context ("... after FCA lifts ban").
_SUBORDINATOR = re.compile(
    r"(?i:\b(?:after|as|amid|following|ahead of|despite|on|with|thanks to|due to|since)\b)"
)
#: What may precede an authority that opens a headline: up to three capitalised words.
_GENERIC_LEAD = re.compile(r"(?:[A-Z][\w.'&-]*\s+){0,3}")
#: After the authority: its role and a name ("SEC Chair Gary Gensler"), an auxiliary, a verb.
_GENERIC_VERB = re.compile(
    r"(?:\s+(?i:chair\w*|governor|deputy|commissioner|officials?|head|chief|president|minister"
    r"|secretary|director|judge))?(?:\s+[A-Z][\w.'-]+){0,2}?\s+"
    r"(?P<aux>(?i:to|will|won't)\s+)?"
    r"(?P<verb>[A-Za-z][a-z']+)\b(?!-)"
)
#: Title Case: three capitalised words in a row.
_TITLE_CASE = re.compile(r"[A-Z]\w*\s+[A-Z]\w*\s+[A-Z]\w*")
#: Words after an authority that are no verbs.
_NOT_VERBS = frozenset(
    (
        "rules officials members staff staffers plans rates minutes news filings documents "
        "cases lawsuits charges probes actions sanctions fines guidelines proposals "
        "regulations laws bills votes powers records data reports statements comments remarks "
        "hearings nominees picks policies efforts concerns officers agents employees lawyers "
        "judges chairs commissioners is has was its this us as was his hers yields bills "
        "notes bonds holdings markets chairman chairwoman governors rulings decisions delays "
        "approvals red need speed feed seed bed shed hundred traded trades bought sold owns "
        "holds invests invested buys purchases purchased acquires acquired adds added moves "
        "moved transfers transferred receives received gets earns earned returns returned "
        "return repays repaid spends spent"
    ).split()
)
#: The points a generic act would bring: a better reading found before makes it moot.
_GENERIC_VALUE = 1.0 + 0.5 + _STRONG_ACTOR_POINTS

#: A bill, law or rule right before a modal: the modal states what the measure does.
_MEASURE_SUBJECT = re.compile(
    r"(?i:\b(?:bill|law|act|legislation|proposal|rule|rules|regulation|regulations|decree"
    r"|amendment|framework|order))\s+$"
)

#: A company's person named as a headline's source.
_COMPANY_ROLE = re.compile(
    r"(?i:\b(?:ceo|cto|cfo|coo|founder|co-founder|chief|executive|exec|analysts?|investors?"
    r"|chairman|president of|head of)\b)"
)

#: What a country does with a project of its own: launching, unveiling, creating.
_PROJECT_VERB = re.compile(
    r"(?i:launch|unveil|creat|pilot|develop|issu|roll|test|trial|form|establish|present|open"
    r"|build|mint|introduc|start|begin)"
)

#: A desk's label before a headline ("Explainer: ", "Factbox-", "Analysis - ").
_LABEL_PREFIX = re.compile(r"((?i:explainer|factbox|analysis))\s*[:\-–—]\s*")
#: What such a label costs a headline that reports an act plainly after it.
_LABEL_PENALTY = 1.0
#: The start of a clause that only sets the scene for the main one.
_SECONDARY_CLAUSE = re.compile(r"\s(?i:as|after|amid|while|following)\s")
#: A main clause that reports a legal outcome for a party ("Ripple scores win as judge ...").
_LEGAL_OUTCOME = re.compile(r"\b(?:wins?|won|victory|defeat|setback|blow|loses|lost)\b")
#: What stops the search for an act's crypto object: the object has ended.
_OBJECT_STOP = re.compile(
    r"(?i:\b(?:over|for|after|linked|tied|connected|that|who|which|amid|following|as"
    r"|in connection)\b)|[,;:—]"
)
#: A sentence end in a summary; abbreviations ("U.S.", "Inc.") are checked separately.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b[A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Sen|Rep"
    r"|Gov|Gen|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Dept|Gov't|approx|est))$"
)

#: Curly apostrophes would hide possessives ("Binance’s") from the "'s" in the patterns.
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))


@dataclass(slots=True)
class _Actor:
    """One authority named in a field."""

    start: int
    end: int
    strong: bool
    text: str
    #: "Senator's bitcoin holdings": the actor qualifies a noun, it is not a subject.
    possessive: bool
    #: A country or state standing for its government ("Kenya suspends Worldcoin").
    place: bool
    #: The object of a request by someone who is no authority ("Crypto groups urge Senate
    #: to pass bill"): the request is the news, not an act of the authority.
    addressed: bool = False


@dataclass(slots=True)
class _Evidence:
    """What one field (title or summary lead) says. Points are before field weighting."""

    actors: list[_Actor] = field(default_factory=list)
    actor: _Actor | None = None
    actor_points: float = 0.0
    action: str | None = None
    action_kind: str | None = None
    action_class: str | None = None
    action_points: float = 0.0
    action_pos: int = _NOWHERE
    action_end: int = _NOWHERE
    pair_points: float = 0.0
    subject: str | None = None
    decisive: bool = False
    legal: str | None = None
    #: A nomination or appointment to lead a financial regulator (no crypto word needed).
    leadership: bool = False
    #: Where the words of a quoted speaker start ("Gensler: Exchanges Should Register"):
    #: a hedge after it is the speaker's, not the headline's.
    quoted_from: int = _NOWHERE
    #: The quoted speaker is a court ("Fifth Circuit: Treasury overstepped ...").
    quoted_court: bool = False

    @property
    def positive(self) -> float:
        """Sum of the positive evidence of this field."""
        legal = _LEGAL_POINTS if self.legal else 0.0
        return self.actor_points + self.action_points + self.pair_points + legal

    @property
    def regulatory_pos(self) -> int:
        """Where the first counted regulatory evidence starts (for the price-first rule)."""
        actor_pos = self.actor.start if self.actor is not None and self.subject else _NOWHERE
        action_pos = self.action_pos if self.action_points >= 0.6 else _NOWHERE
        return min(actor_pos, action_pos)


def _normalise(text: str) -> str:
    # split/join folds every run of whitespace, and is faster than a regex substitution.
    # Curly quotes are not ASCII: most stories skip the replacements.
    if not text.isascii():
        for curly, straight in _QUOTES:
            text = text.replace(curly, straight)
    return " ".join(text.split())


def _lead_end(summary: str) -> int:
    """Where the first sentence of ``summary`` ends (at most ``_MAX_LEAD`` characters)."""
    for match in _SENTENCE_END.finditer(summary, 0, _MAX_LEAD):
        # An abbreviation holds no space, so it starts after the last one before the
        # stop: the search starts there, not at the start of the summary.
        word = summary.rfind(" ", 0, match.start()) + 1
        if not _ABBREVIATION.search(summary, word, match.start()):
            return match.start() + 1
    return min(len(summary), _MAX_LEAD)


def _actors(text: str, lowered: str) -> list[_Actor]:
    """The authorities named in ``text``, without vetoed mentions ("former SEC official").

    A place counts only as the subject of the text ("Kenya suspends Worldcoin"); at one
    position the strongest reading wins.
    """
    found: list[_Actor] = []
    subject_start = -1
    for hit in _ACTOR.hits(text, lowered):
        if hit.row == _PLACE:
            if subject_start < 0:
                prefix = _SUBJECT_PREFIX.match(text)
                subject_start = prefix.end() if prefix is not None else 0
            if hit.start != subject_start:
                continue
            # "Argentina's inflation" is no government; "Kazakhstan's AFSA" is, and in
            # "China's Inner Mongolia" the region that follows is the subject.
            possessive_place = rules.POSSESSIVE.match(text, hit.end)
            if possessive_place and not rules.AGENCY_ACRONYM.match(text, hit.end):
                subject_start = possessive_place.end()
                continue
        if rules.ACTOR_VETO_AFTER.match(text, hit.end):
            continue
        if _vetoed(text, hit.start):
            continue
        before = text[max(0, hit.start - _VETO_WINDOW) : hit.start]
        place = hit.row == _PLACE
        possessive = rules.POSSESSIVE.match(text, hit.end) is not None and not place
        strong = hit.row == _STRONG
        addressed = not found and rules.ADDRESSED.search(before) is not None
        found.append(
            _Actor(
                hit.start, hit.end, strong, text[hit.start : hit.end], possessive, place, addressed
            )
        )
    return found


def _vetoed(text: str, start: int) -> bool:
    """Whether the words right before an actor at ``start`` cancel it ("former SEC chair",
    "scammers posing as police")."""
    return rules.ACTOR_VETO_BEFORE.search(text[max(0, start - _VETO_WINDOW) : start]) is not None


def _attribute(
    text: str, actors: list[_Actor], start: int, end: int, cls: str, after: int
) -> _Actor | None:
    """The actor performing the action at ``text[start:end]``, or None.

    ``after`` is where the previous verb ended: an actor before it is that verb's subject
    or object ("Coinbase sues SEC over refusal to write rules"), not this one's.
    """
    doer = _doer(text, actors, start, end, cls, after)
    # A verb right after a preposition or an article is an adjective or a noun: "moves
    # $2B in seized bitcoin" is no seizure. (Checked last: the search is slow, and moot
    # when no actor performs the verb.)
    if (
        doer is not None
        and cls != "noun"
        and _NOT_A_VERB.search(text, max(0, start - _NOT_A_VERB_WINDOW), start)
    ):
        return None
    return doer


def _doer(
    text: str, actors: list[_Actor], start: int, end: int, cls: str, after: int
) -> _Actor | None:
    """The actor of :func:`_attribute`, before its check of the verb's left context."""
    # Subject: the nearest actor before the verb, close and in the same clause.
    index = -1
    for i, actor in enumerate(actors):
        if actor.end > start:
            break
        index = i
    if index >= 0:
        nearest = actors[index]
        gap = text[nearest.end : start]
        limit = _LIMITS.get(cls, _SUBJECT_GAP)
        own = cls == "noun" or nearest.end >= after
        # The cheap conditions first: the pattern checks of the gap are slow.
        if own and len(gap) <= limit and not nearest.addressed and _subject_gap(gap, nearest, cls):
            # "RBI governor says": the strongest actor of the subject phrase.
            current = nearest
            while index > 0 and not current.strong:
                previous = actors[index - 1]
                if current.start - previous.end > _COMPOUND_GAP:
                    break
                current, index = previous, index - 1
            return current if current.strong else nearest
    if cls in ("noun", "soft", "adjacent"):
        return None
    for actor in actors:
        if actor.start < end:
            continue
        if actor.start - end > _SUBJECT_GAP:
            break
        gap = text[end : actor.start]
        # Passive: "charters approved by OCC"; a deal "with" an authority: "settles with SEC".
        if cls in ("act", "strong") and _PASSIVE_GAP.fullmatch(gap):
            return actor
        tail = text[end - 5 : end].lower()
        # "settles with SEC"; "BlockFi to pay $100M to SEC".
        with_ = tail == " with" or (
            tail.endswith(" to") and text[start : start + 3].lower() == "pay"
        )
        if cls in ("act", "strong") and with_ and _WITH_GAP.fullmatch(gap):
            return actor
        # Inverted speech: "Rules are coming for DeFi, warns SEC commissioner".
        if (
            cls in ("statement", "act")
            and _INVERTED_GAP.fullmatch(gap)
            and text[:start].rstrip().endswith(_INVERTED_BEFORE)
        ):
            return actor
        break
    return None


def _subject_gap(gap: str, nearest: _Actor, cls: str) -> bool:
    """Whether ``gap``, between ``nearest`` and a verb of class ``cls``, leaves the actor the
    verb's subject: in the same clause, and not an owner of something else."""
    speaker = nearest.start == 0 and gap.startswith(":")
    if not speaker and _CLAUSE_BREAK.search(gap):
        return False
    if cls == "noun":
        # "sends SEC a letter": an article between them makes the authority an object.
        return nearest.possessive or not _ARTICLE.search(gap)
    # "SEC approval hopes lift solana": the verb's subject is the hopes.
    if rules.SUBJECT_NOUNS.search(gap):
        return False
    # "ECB's Lane warns": a name after a possessive authority is its official speaking.
    return not nearest.possessive or _official_name(gap)


def _measure(text: str, lowered: str, hits: list[rules.Hit], index: int) -> bool:
    """Whether what an authority weighs or plans (``hits[index]``) is a measure: a legal
    object or an act follows close, in the same clause ("weighs ban", "mulls allowing
    crypto ETFs", "plans to tax"), not an operation ("plans bitcoin bond")."""
    end = hits[index].end
    limit = min(len(text), end + _OBJECT_GAP)
    stop = _OBJECT_STOP.search(text, end, limit)
    if stop is not None:
        limit = stop.start()
    for hit in hits[index + 1 :]:
        if hit.start >= limit:
            break
        if _ACTION_META[hit.row][1] not in ("soft", "statement"):
            return True
    if rules.MEASURE_NOUNS.search(lowered, end, limit):
        return True
    return _LEGAL.first(text[end:limit], lowered[end:limit]) is not None


def _official_name(gap: str) -> bool:
    """Whether ``gap`` (after a possessive authority) is only an official's name: "'s
    Lane " in "ECB's Lane warns", not "'s Approval " in "SEC's Approval Lifts Solana"."""
    if rules.OFFICIAL_NAME.fullmatch(gap) is None:
        return False
    low = rules.lower_ascii(gap)
    return _ACTION.first(gap, low) is None and _LEGAL.first(gap, low) is None


def _generic_act(
    text: str, actors: list[_Actor], hits: list[rules.Hit]
) -> tuple[_Actor, int, int] | None:
    """The headline's first authority when it opens the headline (after at most three
    capitalised words: "Chinese court", "Australian Regulator") and a verb follows it, with
    the verb's span; None otherwise. Only strong actors: governments and places do too
    many things that are no regulation."""
    # The first authority, after a possessive place ("India's Central Bank likens ...").
    actor = next((a for a in actors if not a.place), None)
    if actor is None or not actor.strong or actor.addressed or actor.possessive:
        return None
    if _GENERIC_LEAD.fullmatch(text, 0, actor.start) is None:
        return None
    match = _GENERIC_VERB.match(text, actor.end)
    if match is None:
        return None
    word = match.group("verb")
    low = word.lower()
    # A verb the tables know keeps its own reading ("says" is a statement); a name the
    # tables know is no verb ("SEC Chair Atkins says ...").
    verb_at = match.start("verb")
    if any(hit.start <= verb_at < hit.end for hit in hits) or any(
        other.start <= verb_at < other.end for other in actors
    ):
        return None
    auxiliary = match.group("aux") is not None
    if low in _NOT_VERBS or not (auxiliary or low.endswith(("s", "ed"))):
        return None
    if word[:1].isupper() and not (text.istitle() or _TITLE_CASE.search(text)):
        return None
    return actor, match.start("verb"), match.end("verb")


def _actor_points(actor: _Actor | None, cls: str | None) -> float:
    """Points of the actor of an action of class ``cls``."""
    if actor is None:
        return 0.0
    if cls == "noun":
        # "SEC's proposed rule", "ahead of SEC decision": the authority owns an
        # instrument, the headline does not say it acted.
        return _NAMED_STRONG_ACTOR_POINTS if actor.strong else _NAMED_WEAK_ACTOR_POINTS
    if actor.strong:
        return _STRONG_ACTOR_POINTS
    return _PLACE_ACTOR_POINTS if actor.place else _WEAK_ACTOR_POINTS


def _is_bare_passive(text: str, hit: rules.Hit) -> bool:
    """Whether an act is a headline passive without its agent ("Solana ETF Approved",
    "Exchange Fined $2M in Korea"): a participle after a noun, ending the clause or
    followed by a figure or a preposition. The authority is implied."""
    word = text[hit.start : hit.end]
    if not word.endswith(("ed", "en", "Ed", "En", "ED", "EN")) or hit.start == 0:
        return False
    # "Galaxy Digital sued for $100M": without its agent a suit is most often private.
    if word.lower() == "sued":
        return False
    if _PASSIVE_AFTER.match(text, hit.end) is None:
        return False
    return not _NOT_A_VERB.search(text, max(0, hit.start - _NOT_A_VERB_WINDOW), hit.start)


def _leadership(
    text: str, lowered: str, actors: list[_Actor]
) -> tuple[tuple[int, int], _Actor] | None:
    """A nomination or appointment to lead a financial regulator: the span of the phrase
    and the regulator, or None."""
    # Most texts name no authority that could be led: the searches are slow.
    if not any(a.strong and not a.addressed for a in actors):
        return None
    match = rules.LEADERSHIP.search(lowered)
    if match is None:
        return None
    regulators = [
        a
        for a in actors
        if a.strong and not a.addressed and rules.NOT_FINANCIAL.search(a.text) is None
    ]
    if not regulators:
        return None
    verb_start, verb_end = match.span(1)
    # An active verb needs an authority as its subject: "Ripple names CFTC veteran as
    # director" is a company hire; "Atkins confirmed as SEC chair" has the nominee first.
    active = not lowered[verb_start:verb_end].endswith(("ed", "en", "nee", "of"))
    if verb_start > 0 and active and not any(a.end <= verb_start for a in actors):
        return None
    return match.span(), regulators[0]


def _speaker(text: str, actors: list[_Actor]) -> _Actor | None:
    """The authority a headline quotes as "Speaker: words" ("RBI Governor: ...", "Judge
    Torres: ...", "Shanghai court: ..."), or None: the part before the colon holds an
    authority (not a possessive one) and ends with it or with a name."""
    if not actors:
        return None
    match = rules.SPEAKER.match(text)
    if match is None:
        return None
    # A country is no speaker: "India Budget: 30% Tax on Crypto" is a label.
    # "Fed's Bostic:" quotes the Fed's official, as "Fed Governor Bostic:" would.
    speakers = [
        a
        for a in actors
        if a.end <= match.end()
        and not a.place
        and (not a.possessive or rules.SPEAKER_NAME.fullmatch(text, a.end, match.end()))
    ]
    if not speakers:
        return None
    # "Judge: Bitcoin Will Hit $1M" names nobody; "SEC v. Ripple: What's Next" is a case.
    prefix = text[: match.end()]
    generic = " " not in prefix and rules.GENERIC_SPEAKER.fullmatch(prefix) is not None
    if generic or rules.CASE_NAME.search(prefix):
        return None
    # "SEC lawsuit: Ripple responds" is a topic label, not the SEC speaking.
    if speakers[-1].end != match.end() and not rules.SPEAKER_END.search(text, 0, match.end()):
        return None
    return max(speakers, key=lambda a: (a.strong, a.start))


def _scan(text: str, lowered: str) -> _Evidence:
    """Collect the positive evidence of one field (``lowered`` is ``lower_ascii(text)``)."""
    ev = _Evidence()
    if not text:
        return ev
    ev.actors = actors = _actors(text, lowered)

    # Keep the best-scoring action; on ties the earliest (headlines put the verb early).
    best = 0.0
    subject: _Actor | None = None
    verb_end = 0
    verb_counted = False
    hits = _ACTION.hits(text, lowered)
    for index, hit in enumerate(hits):
        kind, cls = _ACTION_META[hit.row]
        # A strong act needs no actor, but one standing as its subject still counts.
        doer = _attribute(text, actors, hit.start, hit.end, cls, verb_end)
        # A headline passive needs no verb before it; an unattributed act word is read as
        # a noun ("Crypto ban lifted in Nigeria").
        first_verb = not verb_counted
        if cls != "noun":
            verb_end = hit.end
            verb_counted = verb_counted or cls == "strong" or doer is not None
        if cls == "statement" and doer is not None and rules.COURTS.search(doer.text):
            # "Appeals court says users own their coins": a court's words are a ruling.
            kind, cls = "ruling", "act"
        if cls == "soft" and doer is not None and not _measure(text, lowered, hits, index):
            # "El Salvador plans bitcoin bond": a government's plan that is no rule, ban,
            # tax or licence is an operational act, a hint at most.
            cls = "plan"
        if cls == "strong" or doer is not None:
            points, pair = _CLASS_POINTS[cls]
        elif (
            cls == "act"
            and first_verb
            and (kind != "policy" or rules.POLICY_PASSIVE.fullmatch(lowered, hit.start, hit.end))
            and _is_bare_passive(text, hit)
        ):
            # "VanEck's Solana ETF Approved", "Exchange Fined $2M in Korea".
            cls = "passive"
            points, pair = _CLASS_POINTS[cls]
        elif cls in ("act", "adjacent"):
            points, pair = _UNATTRIBUTED_ACT_POINTS, 0.0
        else:
            continue
        # Compare whole readings: an official's statement about a crackdown ("PBOC vows to
        # keep crackdown") beats the crackdown noun read alone.
        value = points + pair + _actor_points(doer, cls)
        if value > best:
            best = value
            ev.action, ev.action_kind, ev.action_class = text[hit.start : hit.end], kind, cls
            ev.action_pos, ev.action_end = hit.start, hit.end
            ev.action_points, ev.pair_points = points, pair
            subject = doer
            # A country that launches or unveils something is often only running a project.
            strong_doer = doer is not None and (
                doer.strong
                or (doer.place and (kind != "policy" or not _PROJECT_VERB.match(text, hit.start)))
            )
            ev.decisive = pair >= _CLASS_POINTS["act"][1] and (cls == "strong" or strong_doer)

    leader = _leadership(text, lowered, actors)
    if leader is not None:
        # "Trump nominates Quintenz to lead CFTC": who leads a financial regulator is policy.
        points, pair = _CLASS_POINTS["strong"]
        value = points + pair + _actor_points(leader[1], "strong")
        if value >= best:
            best = value
            start, end = leader[0]
            ev.action, ev.action_kind, ev.action_class = text[start:end], "policy", "strong"
            ev.action_pos, ev.action_end = start, end
            ev.action_points, ev.pair_points = points, pair
            subject = leader[1]
            ev.decisive = ev.leadership = True

    if best < _CLASS_POINTS["passive"][0] + _CLASS_POINTS["passive"][1]:
        prefix = _SUBJECT_PREFIX.match(text)
        start = prefix.end() if prefix is not None else 0
        lead = rules.NOUN_LEAD.match(lowered, start)
        if lead is not None:
            # "Crackdown on crypto exchanges widens in China": the act is the subject.
            points, pair = _CLASS_POINTS["passive"]
            best = points + pair
            ev.action = text[start : lead.end()]
            ev.action_kind, ev.action_class = "policy", "passive"
            ev.action_pos, ev.action_end = start, lead.end()
            ev.action_points, ev.pair_points = points, pair
            subject = None
            ev.decisive = False

    generic = _generic_act(text, actors, hits) if best < _GENERIC_VALUE else None
    if generic is not None:
        # "Chinese court invalidates car sale", "Labor Department criticized Fidelity": an
        # authority as the subject of a verb the tables do not know.
        actor, start, end = generic
        points, pair = _CLASS_POINTS["generic"]
        best = points + pair + _actor_points(actor, "generic")
        ev.action, ev.action_kind, ev.action_class = text[start:end], "policy", "generic"
        ev.action_pos, ev.action_end = start, end
        ev.action_points, ev.pair_points = points, pair
        subject = actor
        ev.decisive = False

    speaker = _speaker(text, actors)
    if speaker is not None:
        # "Gensler: Most Tokens Are Securities", "Singapore High Court: Crypto Can Be Held on
        # Trust": the headline quotes the authority; a court's words are its ruling.
        colon = text.index(":")
        court = rules.COURTS.search(speaker.text) is not None
        kind, cls = ("ruling", "act") if court else ("policy", "statement")
        points, pair = _CLASS_POINTS[cls]
        value = points + pair + _actor_points(speaker, cls)
        if value > best:
            ev.action, ev.action_kind, ev.action_class = text[: colon + 1], kind, cls
            ev.action_pos, ev.action_end = colon, colon + 1
            ev.action_points, ev.pair_points = points, pair
            subject = speaker
            ev.decisive = court and speaker.strong
        ev.quoted_from = colon + 1
        ev.quoted_court = court

    if subject is not None:
        ev.actor = subject
        ev.actor_points = _actor_points(subject, ev.action_class)
        if ev.action_class != "noun":
            ev.subject = subject.text
    elif actors:
        named = max(actors, key=lambda a: a.strong)
        ev.actor = named
        ev.actor_points = _NAMED_STRONG_ACTOR_POINTS if named.strong else _NAMED_WEAK_ACTOR_POINTS

    # A legal noun already counted as the action is not counted twice.
    legal = _LEGAL.first(text, lowered)
    if legal is None and ev.action_class == "statement" and subject is not None:
        # "Warren slams SEC over ...": an official's words about an authority are policy.
        addressee = next(
            (
                a
                for a in actors
                if a.start >= ev.action_end and a.strong and a.start != subject.start
            ),
            None,
        )
        if addressee is not None and addressee.start - ev.action_end <= _OBJECT_GAP:
            ev.legal = addressee.text
    if legal is not None and ev.action_class == "noun" and legal.start == ev.action_pos:
        offset = legal.end
        legal = _LEGAL.first(text[offset:], lowered[offset:])
        if legal is not None:
            ev.legal = text[offset + legal.start : offset + legal.end]
    elif legal is not None:
        ev.legal = text[legal.start : legal.end]
    return ev


def _price(text: str, lowered: str, crypto: list[rules.Hit]) -> rules.Hit | None:
    """A market verb that is a price move: with a figure, "price", shares or a market in
    the text, or an asset named before it ("Bitcoin slips as ...")."""
    price = _PRICE.first(text, lowered)
    if price is None:
        return None
    if rules.PRICE_MARKER.search(text) or (crypto and crypto[0].start < price.start):
        return price
    return None


def _clean_lead(lead: str, lowered: str, body: _Evidence) -> bool:
    """Whether a summary's first sentence states its act plainly: no negative framing or
    hedge before the act, no price move before it ("BTC gained 14% after the SEC approved
    ..."), no commentator and no date that makes it background."""
    if "?" in lead:
        return False
    negatives = _negatives(lead, lowered)
    if "commentary" in negatives or any(h.start < body.action_pos for h in negatives.values()):
        return False
    modal = rules.MODAL.first(lead, lowered)
    if (modal is not None and modal.start < body.action_pos) or rules.BACKGROUND.search(lead):
        return False
    if rules.PRICE_MARKER.search(lead, 0, body.action_pos):
        return False
    price = _PRICE.first(lead, lowered)
    return price is None or price.start > body.action_pos


def _negatives(text: str, lowered: str) -> dict[str, rules.Hit]:
    """The first hit of each negative category in ``text``."""
    found: dict[str, rules.Hit] = {}
    for hit in _NEGATIVE.hits(text, lowered):
        found.setdefault(_NEGATIVE_META[hit.row][0], hit)
    return found


def _crypto_object(title: str, head: _Evidence, crypto: list[rules.Hit]) -> bool:
    """Whether crypto is the object of the title's act ("seizes $3.6B in bitcoin")."""
    if head.action_end == _NOWHERE:
        return False
    for hit in crypto:
        if hit.start < head.action_end:
            continue
        gap = title[head.action_end : hit.start]
        if len(gap) > _OBJECT_GAP or _OBJECT_STOP.search(gap):
            return False
        # "arrest suspects in kidnapping of crypto executive": the crime is the object.
        low = rules.lower_ascii(gap)
        return all(hit.row != _CRIME_ROW for hit in _NEGATIVE.hits(gap, low))
    return False


def _company_statement(title: str, lowered: str, head: _Evidence) -> rules.Hit | None:
    """The verb of a headline whose subject is a company or a private person speaking,
    suing or applying ("Circle says it awaits clarity from FDIC"), or None."""
    verb = rules.COMPANY_VERBS.first(title, lowered)
    if verb is None or verb.start == 0:
        return None
    # "..., report says": the press attribution is counted on its own.
    attribution = _attribution(title)
    if attribution is not None and verb.start >= attribution.start(1):
        source = lowered[attribution.start(1) : attribution.end(1)].split()
        if source and source[0] in ("report", "reports", "sources", "source"):
            return None
    # "..., says Canada's FINTRAC": the speaker is an authority after the verb.
    if verb.start == head.action_pos and head.subject:
        return None
    if any(actor.start < verb.start and not actor.possessive for actor in head.actors):
        return None
    return verb


def _secondary_act(title: str, head: _Evidence) -> bool:
    """Whether the title's regulatory evidence stands only in a clause after "as", "after",
    "amid" or "while", and the main clause before it names no authority and no act."""
    # A plea, a sentence or a charge is news wherever it stands.
    # An official's words at the end report the whole headline ("..., minister says").
    if head.regulatory_pos >= _NOWHERE or head.action_class in ("strong", "statement"):
        return False
    match = _SECONDARY_CLAUSE.search(title, 0, head.regulatory_pos)
    if match is None or len(title[: match.start()].split()) < 3:
        return False
    main = title[: match.start()]
    lowered = rules.lower_ascii(main)
    return not (
        any(actor.start < match.start() for actor in head.actors)
        or any(_ACTION_META[hit.row][1] == "strong" for hit in _ACTION.hits(main, lowered))
        or _LEGAL.first(main, lowered)
        or _LEGAL_OUTCOME.search(lowered)
    )


def _attribution(title: str) -> re.Match[str] | None:
    """``rules.ATTRIBUTION.search(title)``, without the search when it cannot match."""
    return rules.ATTRIBUTION.search(title) if rules.ATTRIBUTION_MARK.search(title) else None


def _private_attribution(title: str, lowered: str) -> str | None:
    """A trailing attribution to a private source ("...: TRM", "..., Report Says")."""
    match = _attribution(title)
    if match is None:
        return None
    source = match.group(1).strip()
    low = lowered[match.start(1) : match.end(1)]
    # "..., US Lawyers Claim": a place alone makes no official source, and "..., Says
    # Former CFTC Chairman" a former official none either.
    start = match.start(1)
    named = [
        hit
        for hit in _ACTOR.hits(source, low.strip())
        if hit.row != _PLACE and not _vetoed(title, start + hit.start)
    ]
    if named and not low.strip().startswith("report"):
        return None
    separator = title[match.start() : match.start(1)].strip()
    words = source.split()
    said = words[-1].lower() in ("says", "said", "say", "claims", "reports", "finds", "shows")
    reported = words[0].lower() in ("report", "reports", "source", "sources") or (
        # "..., says incoming CEO": a company's person as the source.
        words[0].lower() in ("says", "said") and _COMPANY_ROLE.search(source) is not None
    )
    if said or reported or (separator != "," and len(words) <= 4 and source[:1].isupper()):
        return source
    return None


def _official_source(title: str, lowered: str) -> rules.Hit | None:
    """The authority named as the source at the end of a headline ("..., SEC chair says",
    "... - prosecutors"), or None. Its ``row`` tells a strong actor from a weak one."""
    if not rules.ATTRIBUTION_MARK.search(title):
        return None
    match = rules.OFFICIAL_ATTRIBUTION.search(title)
    if match is None or match.start() == 0:
        return None
    group = next(name for name in ("after", "before", "bare") if match.group(name))
    start, end = match.span(group)
    # "EU lawmaker says": the speaker is the last authority named, not its place.
    hits = [h for h in _ACTOR.hits(title[start:end], lowered[start:end]) if h.row != _PLACE]
    if not hits:
        return None
    hit = hits[-1]
    if rules.SOURCE_ROLE.match(title, start + hit.end, end) is None:
        return None
    # "..., Ex-Central Banker Says": a former official speaks for nobody.
    if _vetoed(title, start + hit.start):
        return None
    # What prosecutors, police or a court say is an allegation or a finding; any other
    # authority's words count only about a legal matter ("More people buy crypto, says
    # UK watchdog" is a survey).
    claim = title[: match.start()]
    if (
        hit.row != _STRONG
        and not rules.ENFORCER.search(title, start, end)
        and not (
            _LEGAL.first(claim, lowered[: match.start()])
            or _ACTION.first(claim, lowered[: match.start()])
        )
    ):
        return None
    return rules.Hit(start + hit.start, start + hit.end, hit.row)


def _jurisdiction(fields: tuple[tuple[str, str], ...]) -> str | None:
    """First place, regulator or official named: in the title, else in the summary; else
    the first of the weaker hints (a currency, a local firm).

    Args:
        fields: ``(text, lower_ascii(text))`` for the title, then the summary.
    """
    for text, lowered in fields:
        hit = _JURISDICTION.first(text, lowered)
        if hit is not None:
            code = _JURISDICTION_CODES[hit.row]
            # "Kraken secures MiCA licence from Central Bank of Ireland": the Union's law,
            # granted by a member state's authority, which is the one acting. Only then is
            # the rest of the text searched.
            if code == "EU" and _EU_LAW.fullmatch(text, hit.start, hit.end):
                for later in _JURISDICTION.hits(text, lowered):
                    if (
                        later.start > hit.start
                        and _JURISDICTION_CODES[later.row] in rules.EU_MEMBERS
                    ):
                        return _JURISDICTION_CODES[later.row]
            return code
    for text, lowered in fields:
        hit = _JURISDICTION_HINT.first(text, lowered)
        if hit is not None:
            return _JURISDICTION_HINT_CODES[hit.row]
    return None


def _kind(fields: tuple[tuple[str, str], ...]) -> str | None:
    """First kind trigger in the title (headlines lead with the main verb), else summary.

    Args:
        fields: ``(text, lower_ascii(text))`` for the title, then the summary.
    """
    for index, (text, lowered) in enumerate(fields):
        hit = _KIND.first(text, lowered)
        if hit is not None:
            kind = _KIND_NAMES[hit.row]
            # A parliament that "approves" a text passes a law, and so does a government
            # that approves a tax; neither grants a licence.
            if kind == "licensing" and (
                rules.LEGISLATURES.first(text, lowered) or _TAX_APPROVED.match(lowered, hit.end)
            ):
                return "legislation"
            # A headline whose official "says" or "reiterates" is a statement of policy
            # ("PBOC reiterates crypto trading ban"), unless a court is speaking.
            if index == 0 and kind != "ruling" and _OPENING_STATEMENT.match(lowered):
                return "policy"
            # "Banks no longer need prior approval for crypto, FDIC says": what an authority
            # says of approvals or rules is guidance, not a licence or a law.
            if (
                index == 0
                and kind in ("licensing", "legislation")
                and _TRAILING_STATEMENT.search(lowered)
            ):
                return "policy"
            # A law signed or taking effect is legislation wherever the words fall, unless
            # the headline leads with a court or an enforcement act.
            if kind not in ("ruling", "enforcement") and _LAW_TAKES_EFFECT.search(lowered):
                return "legislation"
            # A judge freezing or seizing assets enforces; a judge ruling decides.
            if kind == "ruling" and _JUDGE_ENFORCES.match(lowered, hit.start):
                return "enforcement"
            if index == 0 and kind != "ruling" and _TRAILING_REITERATION.search(lowered):
                return "policy"
            if index == 0 and kind == "policy" and _TRAILING_PROSECUTORS.search(lowered):
                return "enforcement"
            return kind
    return None


def _state_coin_launched(title: str) -> bool:
    """Whether a headline reports a state's own currency issued, launched, piloted or run
    ("RBI extends e-rupee pilot", "Wyoming launches FRNT, the first state-issued
    stablecoin"): that is legislation, as the guideline says; a plan or a pause is not."""
    return (
        (rules.CBDC.search(title) is not None or _STATE_COIN.search(title) is not None)
        and _PROJECT_VERB.search(title) is not None
        and _COIN_NOT_LAUNCHED.search(title) is None
    )


def _describe(ev: _Evidence, where: str) -> list[str]:
    parts: list[str] = []
    if ev.actor is not None:
        role = "subject" if ev.subject else "named only"
        parts.append(f"actor{where}: {ev.actor.text} ({role})")
    if ev.action and ev.action_points > _UNATTRIBUTED_ACT_POINTS:
        parts.append(f"action{where}: {ev.action} ({ev.action_kind}, {ev.action_class})")
    if ev.legal:
        parts.append(f"legal{where}: {ev.legal}")
    return parts


@dataclass(frozen=True, slots=True)
class RulesReading:
    """What the hand-written rules make of a story, before the learned correction.

    Attributes:
        title: the headline as judged (normalised; outlet suffix, tagline and wire flag
            removed).
        log_odds: the rules' total; the rules alone call a story regulation when it is
            at least 0.
        parts: the reason's parts, in order.
        jurisdiction: as in :class:`RegulationVerdict`.
    """

    title: str
    log_odds: float
    parts: tuple[str, ...]
    jurisdiction: str | None
    #: ``(text, lower_ascii(text))`` of the title and the summary, for :meth:`kind`.
    fields: tuple[tuple[str, str], ...]
    #: What the title and the summary's first sentence say, for :meth:`signals`.
    evidence: tuple[_Evidence, _Evidence]
    #: Named findings besides the evidence: an official source, a CBDC, crypto context.
    notes: tuple[str, ...]
    #: The reason's entries against regulation ("price move first 'tops $100K'").
    against: tuple[str, ...]
    #: The headline hedges an authority's own plan ("Regulator may limit retail trading").
    planned: bool

    def kind_features(self) -> dict[str, float]:
        """What the learned kind model weighs (:class:`regulation_model.KindModel`): the
        rules' own kind, every kind trigger found (the first one of each field apart), the
        act the rules read in each field, a hedged plan, and the words of the title and of
        the summary's start. Worked out on demand, for regulation stories only."""
        names = [f"rules {self.kind()}"]
        for where, (text, lowered) in zip(("title", "summary"), self.fields, strict=True):
            hits = _KIND.hits(text, lowered)
            if hits:
                names.append(f"{where} first trigger {_KIND_NAMES[hits[0].row]}")
                names.extend(f"{where} trigger {_KIND_NAMES[hit.row]}" for hit in hits)
        head, body = self.evidence
        names.append(f"title act {head.action_kind} {head.action_class}")
        names.append(f"summary act {body.action_kind}")
        if self.planned:
            names.append("planned")
        names.extend(f"w:{word}" for word in words(self.title))
        summary = self.fields[1][0]
        names.extend(f"s:{word}" for word in words(summary, _KIND_SUMMARY_WORDS))
        return dict.fromkeys(names, 1.0)

    def kind(self) -> str | None:
        """The kind the rules' evidence tells (worked out on demand: most stories need
        none). :func:`classify` gives the learned kind, which weighs this one."""
        head, body = self.evidence
        kind = _kind(self.fields)
        # "SEC Chair Atkins: 'Most crypto tokens are not securities'", "Lummis: bill 'has
        # the votes'": an official quoted is a statement of policy, whatever the words
        # quoted; a court quoted is a ruling.
        if head.quoted_from != _NOWHERE:
            return "ruling" if head.quoted_court or kind == "ruling" else "policy"
        # "Regulator may limit retail trading": a plan, not yet an act of its kind.
        if self.planned:
            return "policy"
        kind = kind or head.action_kind or body.action_kind
        title, lowered = self.fields[0]
        if (
            kind in (None, "policy")
            and _state_coin_launched(title)
            and _OPENING_STATEMENT.match(lowered) is None
            and _TRAILING_STATEMENT.search(lowered) is None
        ):
            return "legislation"
        return kind

    def signals(self) -> list[str]:
        """The evidence found, named without the story's words ("title actor subject",
        "title action enforcement", "against price move first"): the learned model's
        view of the rules' reading (worked out on demand)."""
        head, body = self.evidence
        found = _signals(head, "title") + _signals(body, "summary")
        found.extend(self.notes)
        found.extend("against " + entry.partition(" '")[0] for entry in self.against)
        return found


def _signals(ev: _Evidence, where: str) -> list[str]:
    """The named evidence of one field, for the learned correction."""
    found: list[str] = []
    if ev.actor is not None:
        found.append(f"{where} actor {'subject' if ev.subject else 'named'}")
        if ev.actor.place:
            found.append(f"{where} actor place")
        found.append(f"{where} actor {'strong' if ev.actor.strong else 'weak'}")
        found.append(f"{where} actor is {ev.actor.text.lower()}")
    if ev.action and ev.action_points > _UNATTRIBUTED_ACT_POINTS:
        found.append(f"{where} action {ev.action_kind}")
        found.append(f"{where} action {ev.action_class}")
        found.append(f"{where} action is {ev.action.lower()}")
    if ev.decisive:
        found.append(f"{where} decisive")
    if ev.legal:
        found.append(f"{where} legal")
    if ev.leadership:
        found.append(f"{where} leadership")
    return found


def _intention(title: str, head: _Evidence, modal: rules.Hit) -> bool:
    """Whether a hedge right after an authority that is the headline's subject reports
    the authority's own plan ("SEC may permit", "Watchdog aims to restrict"), not a guess
    about an act ("Congressman could face charges", "SEC may not finalize rules")."""
    actor = head.actor
    return (
        head.subject is not None
        and actor is not None
        and actor.strong
        and 0 <= modal.start - actor.end <= _INTENTION_GAP
        and _INTENTION_MODAL.fullmatch(title, modal.start, modal.end) is not None
        and _NEGATED.match(title, modal.end) is None
        and _TARGET_ACTION.match(title, head.action_pos) is None
    )


def classify(title: str, summary: str = "") -> RegulationVerdict:
    """Classify one news story as crypto regulation or not.

    The rules read the story (:func:`read_rules`); the learned correction of
    :mod:`services.news.regulation_model` adds what the labelled stories teach about
    that reading and the headline's words, at most ``CORRECTION_LIMIT`` log-odds either
    way, so a clear reading of the rules stands.

    Args:
        title: the headline, plain text.
        summary: the summary or standfirst, plain text; may be empty.

    Returns:
        The verdict with its score, jurisdiction, kind and the reason.
    """
    reading = read_rules(title, summary)
    parts = reading.parts
    log_odds = reading.log_odds
    # Beyond the limit the correction cannot change the verdict: the rules are sure, and
    # most stories (nearly nine in ten) are spared the model.
    if -CORRECTION_LIMIT <= log_odds < CORRECTION_LIMIT:
        correction, contributions = load_model().correct(reading.title, reading.signals())
        note = f"learned: {correction:+.2f}"
        if contributions:
            note += " (" + ", ".join(part.describe() for part in contributions) + ")"
        parts = (*parts, note)
        log_odds += correction
    score = _logistic(log_odds)
    is_regulation = score >= 0.5
    return RegulationVerdict(
        is_regulation=is_regulation,
        score=round(score, 4),
        jurisdiction=reading.jurisdiction,
        kind=load_kind_model().predict(reading.kind_features()) if is_regulation else None,
        reason="; ".join(parts),
    )


def _logistic(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, log_odds))))


def read_rules(title: str, summary: str = "") -> RulesReading:
    """What the hand-written rules make of one story (see the module's docstring).

    Args:
        title: the headline, plain text.
        summary: the summary or standfirst, plain text; may be empty.
    """
    # A headline runs to 200 characters, a summary's lead to a few hundred: beyond these
    # bounds is no news, and some readings take time in the square of the length.
    title = _normalise(title[:MAX_TITLE_CHARS])
    title = rules.OUTLET_SUFFIX.sub("", title) or title
    if rules.TAGLINE_MARK.search(title):
        title = rules.TAGLINE.sub("", title) or title
    title = rules.WIRE_PREFIX.sub("", title, count=1) if rules.WIRE_PREFIX.match(title) else title
    summary = _normalise(summary[:MAX_SUMMARY_CHARS])
    low_title = rules.lower_ascii(title)
    low_summary = rules.lower_ascii(summary)
    lead_end = _lead_end(summary)
    head = _scan(title, low_title)
    body = _scan(summary[:lead_end], low_summary[:lead_end])
    against: list[str] = []
    planned = False

    total = _BIAS + _TITLE_WEIGHT * head.positive + _LEAD_WEIGHT * body.positive

    # Crypto context. A mention framed as how money was paid is no crypto context.
    # In a crime story (a murder, a cyberattack) crypto counts only as the object of the
    # act ("seizes bitcoin"), not as a detail of the crime ("network linked to crypto").
    crypto = _CRYPTO.hits(title, low_title)
    if not crypto:
        name = rules.CRYPTO_NAME.search(title)
        if name is not None:
            crypto = [rules.Hit(name.start(), name.end(), 0)]
    # Payments in a CBDC are the currency's news, not a criminal's means.
    central = [
        hit
        for hit in crypto
        if (
            rules.CBDC.fullmatch(title, hit.start, hit.end)
            or not rules.INCIDENTAL_CRYPTO.search(
                title, max(0, hit.start - rules.INCIDENTAL_WINDOW), hit.start
            )
        )
        and not rules.CRYPTO_QUALIFIER.match(title, hit.end)
    ]
    # "Crypto-Friendly Signature Bank Shut Down": crypto only describes a bank, the act
    # concerns the bank; crypto in the summary does not make it a crypto story either.
    qualifier_only = bool(crypto) and not central
    title_negatives = _negatives(title, low_title)
    label = _LABEL_PREFIX.match(title)
    if (
        label is not None
        and head.subject
        and head.actor is not None
        and head.actor.start == label.end()
        and not rules.FEATURE_OPENER.match(title, label.end())
    ):
        # "Explainer: EU agrees rulebook ...": the label frames a report of the act itself.
        title_negatives.pop("format", None)
        total -= _LABEL_PENALTY
        against.append(f"labelled '{label.group(1)}'")
    crime_object = "crime" in title_negatives and (
        _crypto_object(title, head, central)
        # "Faces 25 Years for Bitcoin Money Laundering and Narcotics Scheme": a crypto
        # crime is the charge, whatever else the scheme did.
        or any(_CRYPTO_CRIME.match(title, hit.end) for hit in central)
    )
    if "crime" in title_negatives and not crime_object:
        central = []
    if len(central) < len(crypto):
        against.append("crypto incidental")
    in_summary = None if central or qualifier_only else _CRYPTO.first(summary, low_summary)
    if head.leadership or (body.leadership and head.subject):
        # Who leads a financial regulator matters to crypto without naming it; the hire
        # is the news, not a personnel move.
        crypto_note = "crypto: leadership of a financial regulator"
        for category in ("personnel", "commentary"):
            title_negatives.pop(category, None)
    elif central:
        total += _CRYPTO_IN_TITLE_POINTS
        crypto_note = "crypto: title"
    elif in_summary is not None and in_summary.start < lead_end:
        total += _CRYPTO_IN_LEAD_POINTS
        crypto_note = "crypto: summary lead"
    elif in_summary is not None:
        total += _CRYPTO_LATER_POINTS
        crypto_note = "crypto: background only"
    elif qualifier_only:
        total += _NO_CRYPTO_POINTS
        crypto_note = "crypto: only as a bank's description"
    else:
        total += _NO_CRYPTO_POINTS
        crypto_note = "crypto: no"

    # Negative evidence in the title: damped when a legal act is its main verb.
    price = _price(title, low_title, central)
    price_first = price is not None and price.start < head.regulatory_pos
    dampable = undamped = 0.0
    # What an official says is reported speech: "Lagarde says digital euro could launch"
    # is no product launch, so negatives after an official's speech verb count less.
    quoted_from = _NOWHERE
    if head.action_class == "statement" and head.actor is not None and head.actor.strong:
        quoted_from = head.action_end
    for category, hit in title_negatives.items():
        weight = _NEGATIVE_WEIGHT[category]
        if category == "crime" and crime_object:
            dampable += weight
        elif category in rules.UNDAMPED_NEGATIVES:
            undamped += weight
        elif hit.start >= quoted_from:
            dampable += weight * _DECISIVE_NEGATIVE_FACTOR
        else:
            dampable += weight
        against.append(f"{category} '{title[hit.start : hit.end]}'")
    if price is not None and not price_first:
        dampable += _PRICE_LATER_PENALTY
        against.append(f"price move '{title[price.start : price.end]}'")
    if head.decisive:
        dampable *= _DECISIVE_NEGATIVE_FACTOR
    negative = min(dampable + undamped, _MAX_TITLE_NEGATIVE)
    if price_first and price is not None:
        negative += _PRICE_FIRST_PENALTY
        against.insert(0, f"price move first '{title[price.start : price.end]}'")
    # "Crypto ETNs debut in London after FCA lifts ban": the market event leads, the
    # regulatory act is the reason given for it.
    event = min(
        (title_negatives[c] for c in _MARKET_EVENTS if c in title_negatives),
        default=None,
    )
    if event is not None and event.start < head.regulatory_pos < _NOWHERE:
        between = title[event.end : head.regulatory_pos]
        if _SUBORDINATOR.search(between):
            negative += _EVENT_FIRST_PENALTY
            against.insert(0, f"market event first '{title[event.start : event.end]}'")

    # Negative evidence in the summary, lightly: it often describes the background.
    body_negatives = _negatives(summary, low_summary)
    summary_raw = sum(
        _NEGATIVE_WEIGHT[cat] for cat in body_negatives if cat not in title_negatives
    )
    negative += min(summary_raw * _SUMMARY_NEGATIVE_FACTOR, _MAX_SUMMARY_NEGATIVE)

    # Framing: whose statement it is, and what kind of piece.
    official = _official_source(title, low_title)
    company_verb = _company_statement(title, low_title, head)
    if company_verb is not None and official is not None and company_verb.start > official.start:
        company_verb = None
    if company_verb is not None:
        negative += _COMPANY_STATEMENT_PENALTY
        against.append(f"non-authority subject '{title[company_verb.start : company_verb.end]}'")
        # "Ripple CEO says SEC case will end": a company's person speaks of the authority.
        # "Grayscale says SEC set the bar too high": a crypto firm is the speaker.
        commentator = title_negatives.get("commentary")
        firm = central[0] if central and central[0].start <= _FIRM_SUBJECT_START else None
        if (commentator is not None and commentator.end <= company_verb.start) or (
            firm is not None and firm.end <= company_verb.start
        ):
            negative += _SPEAKER_PENALTY
        # "Markets cheer as Senate passes bill": the reaction leads, the act is its cause.
        if company_verb.end <= head.regulatory_pos < _NOWHERE and _SUBORDINATOR.search(
            title, company_verb.end, head.regulatory_pos
        ):
            negative += _EVENT_FIRST_PENALTY
            against.insert(0, "reaction first")
    elif _secondary_act(title, head):
        # "Coinbase accused of 'rug pull' as White House weighs killing bill": the main
        # clause is someone else's news; the act is only its setting.
        negative += _EVENT_FIRST_PENALTY
        against.insert(0, "act in a secondary clause")
    if (
        head.actor is not None
        and head.action_points < _CBDC_POINTS
        and rules.CBDC.search(title)
        and not head.actor.possessive
        and _GENERIC_LEAD.fullmatch(title, 0, head.actor.start) is not None
    ):
        # "India fosters cross-border payments for the digital rupee": the state's money.
        total += _CBDC_POINTS
        cbdc_note = True
    else:
        cbdc_note = False
    if official is not None and not (head.subject and head.actor and head.actor.strong):
        strong = official.row == _STRONG
        total += _OFFICIAL_SOURCE_POINTS if strong else _WEAK_OFFICIAL_SOURCE_POINTS
    source = _private_attribution(title, low_title)
    if source is not None:
        negative += _PRIVATE_ATTRIBUTION_PENALTY
        # "..., says BNY Mellon CFO": a company's view of the rules, not the rules.
        if _COMPANY_ROLE.search(source):
            negative += _SPEAKER_PENALTY
        against.append(f"attributed to '{source}'")
    # "Is XRP in Trouble Again? SEC Signals Appeal": a teaser question, then the news.
    teaser = title.find("?")
    answered = (
        0 < teaser < head.action_pos < _NOWHERE
        and head.subject is not None
        and head.actor is not None
        and head.actor.start > teaser
    )
    if not answered and (
        rules.FEATURE_OPENER.match(title) or rules.FEATURE_PHRASES.first(title, low_title)
    ):
        negative += _FEATURE_PENALTY
        against.append("feature/explainer headline")
    # The pattern needs a lowercase "of", and without one its search can take seconds (a
    # long summary in capitals tries every split of its capitalised words).
    elif "of" in summary and rules.AUTHORS_DISCUSS.match(summary):
        negative += _FEATURE_PENALTY
        against.append("commentary piece")
    if "?" in title and not answered:
        negative += _QUESTION_PENALTY
        against.append("question headline")
    if title.count("!") >= 2:
        negative += _SHOW_PENALTY
        against.append("show/recap headline")
    # The hedge nearest before the act: "would appeal if court rejects" hedges the ruling.
    found_modals = rules.MODAL.hits(title, low_title)
    modals = [m for m in found_modals if m.start < head.action_pos]
    if modals:
        modal: rules.Hit | None = modals[-1]
    else:
        # A title without any hit has no first one either: no second search.
        modal = rules.MODAL.first(title, low_title) if found_modals else None
    if modal is not None and (
        official is not None
        # "Senate bill would hand oversight to the CFTC": what a measure would do is its
        # content, not a hedge.
        or _MEASURE_SUBJECT.search(title, 0, modal.start)
        or modal.start >= head.quoted_from
        or any(q.start() <= modal.start < q.end() for q in rules.QUOTED.finditer(title))
    ):
        modal = None
    if modal is not None and modal.start < head.action_pos:
        # "Binance could face charges": the act under the hedge has not happened.
        # The hedged act counts for nothing, and its actor only as named.
        planned = _intention(title, head, modal)
        if planned:
            # "Singapore regulator may limit retail trading": an authority's reported plan
            # is policy news; the hedge makes it less certain, not someone else's act.
            against.append(f"{_INTENTION_NOTE} '{title[modal.start : modal.end]}'")
        else:
            if head.action_pos - modal.end <= _HEDGE_GAP:
                named = _NAMED_STRONG_ACTOR_POINTS if head.subject else head.actor_points
                negative += head.action_points + head.pair_points + head.actor_points - named
            against.append(f"speculative '{title[modal.start : modal.end]}'")
        negative += _MODAL_PENALTY
    total -= negative
    # A vague headline ("Ross Ulbricht Is Free", "End of an Era for BlockFi") leaves the
    # news to the summary: with nothing in the title for or against, its first sentence
    # counts nearly as a title.
    if (
        not against
        and body.decisive
        and head.subject is None
        and head.action_points <= _UNATTRIBUTED_ACT_POINTS
        and rules.NOT_VAGUE.search(title) is None
        and _clean_lead(summary[:lead_end], low_summary[:lead_end], body)
    ):
        total += (_VAGUE_LEAD_WEIGHT - _LEAD_WEIGHT) * body.positive

    parts = _describe(head, "") + _describe(body, " (summary)")
    if not parts:
        parts.append("no regulatory actor or action")
    notes: list[str] = []
    if official is not None:
        parts.append(f"source: {title[official.start : official.end]}")
        notes.append("official source")
    if cbdc_note:
        parts.append("state currency: a CBDC")
        notes.append("state currency")
    parts.append(crypto_note)
    notes.append(crypto_note)
    if against:
        parts.append("against: " + ", ".join(against))
    fields = ((title, low_title), (summary, low_summary))
    return RulesReading(
        title=title,
        log_odds=total,
        parts=tuple(parts),
        jurisdiction=_jurisdiction(fields),
        fields=fields,
        evidence=(head, body),
        notes=tuple(notes),
        against=tuple(against),
        planned=planned,
    )
