"""Pattern tables for the regulation-story classifier in :mod:`services.news.regulation`.

The tables are plain data: regular-expression fragments with the label they stand for.
They live apart from the scorer so that adding a regulator, a country or a phrasing is an
edit here and never touches the scoring logic.

Conventions used by every fragment:

* **Case.** A fragment written without capital letters matches in any case ("sues" finds
  "Sues" and "SUES"); a fragment with a capital letter is case-sensitive, which keeps
  acronyms honest ("SEC" must not match "sec.", "MAS" must not match Spanish "mas").
  Escapes such as ``\\s`` or ``\\d`` do not count as capitals.
* **Boundaries.** :class:`PatternTable` adds the word boundaries, so a fragment never
  needs its own ``\\b``. The trailing boundary accepts an apostrophe or a hyphen after the
  fragment, so "SEC's" and "SEC-led" still match.
* **Order.** At one position the first fragment that matches wins, so more specific
  fragments come first.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "ACTIONS",
    "ACTOR_VETO_AFTER",
    "ACTOR_VETO_BEFORE",
    "ADDRESSED",
    "AGENCY_ACRONYM",
    "ATTRIBUTION",
    "ATTRIBUTION_MARK",
    "BACKGROUND",
    "CASE_NAME",
    "COMPANY_VERBS",
    "COURTS",
    "CRYPTO_NAME",
    "CRYPTO_QUALIFIER",
    "CRYPTO_TERMS",
    "EU_MEMBERS",
    "FEATURE_OPENER",
    "FEATURE_PHRASES",
    "GENERIC_SPEAKER",
    "INCIDENTAL_CRYPTO",
    "INCIDENTAL_WINDOW",
    "JURISDICTIONS",
    "JURISDICTION_HINTS",
    "KINDS",
    "LEADERSHIP",
    "LEGAL_OBJECTS",
    "LEGISLATURES",
    "MEASURE_NOUNS",
    "MODAL",
    "NAMED_ACT",
    "NEGATIVES",
    "NOT_FINANCIAL",
    "NOT_VAGUE",
    "NOUN_LEAD",
    "OFFICIAL_NAME",
    "PLACES",
    "POLICY_PASSIVE",
    "POSSESSIVE",
    "PRICE_MARKER",
    "PRICE_MOVE",
    "QUOTED",
    "SPEAKER",
    "SPEAKER_END",
    "STRONG_ACTORS",
    "SUBJECT_NOUNS",
    "UNDAMPED_NEGATIVES",
    "WEAK_ACTORS",
    "Hit",
    "PatternTable",
    "lower_ascii",
]

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ESCAPE = re.compile(r"\\.")
_CAPITAL = re.compile(r"[A-Z]")
_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT = r"(?![A-Za-z0-9])"
#: The character before a match that does not open its text (what ``_LEFT`` looks for).
_BOUNDARY = r"[^A-Za-z0-9]"
#: Bound on the memo of matched text -> row, so a long-running bot cannot grow it forever.
_MEMO_LIMIT = 8192


def lower_ascii(text: str) -> str:
    """Lower-case ``text`` without changing its length.

    Offsets found in the result must be offsets in the input. ``str.lower`` keeps the
    length except for a few letters ("İ" becomes two characters, and lowering never
    shortens), so its result is used when the length is kept; otherwise only the ASCII
    letters are lowered, by a (much slower) translation.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _caseless(fragment: str) -> bool:
    return _CAPITAL.search(_ESCAPE.sub("", fragment)) is None


def _alternatives(fragment: str) -> list[str]:
    """Split ``fragment`` at its top-level ``|`` (not inside groups or classes)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(fragment[start:i])
            start = i + 1
        i += 1
    parts.append(fragment[start:])
    return parts


def _closing(text: str, start: int) -> int:
    """Index of the ``)`` that closes the group opening at ``text[start]``."""
    depth, i, in_class = 0, start, False
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {text!r}")


def _expand(alternative: str) -> list[str]:
    """Expand a leading ``(?:a|b)`` or ``(?:a|b)?`` group into plain alternatives.

    ``(?:receives?|obtains?) licence`` becomes ``receives? licence|obtains? licence``, and
    ``(?:u\\.s\\. )?district judge`` becomes ``u\\.s\\. district judge|district judge``: the
    same matches in the same order of preference, but each now starts with a plain
    character. Anything else (a class, a lookaround, a repeated or lazy group) is left as is.
    """
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _closing(alternative, 0)
    after = alternative[end + 1 : end + 2]
    if after in ("*", "+", "{") or alternative[end + 1 : end + 3] in ("??", "?+"):
        return [alternative]
    optional = after == "?"
    suffix = alternative[end + 2 :] if optional else alternative[end + 1 :]
    inner = [part + suffix for part in _alternatives(alternative[3:end])]
    if optional:
        inner.append(suffix)
    return [leaf for part in inner for leaf in _expand(part)]


_QUANTIFIERS = ("?", "*", "+", "{")
#: Characters with a meaning of their own in a pattern (outside a class).
_SPECIAL = frozenset(".^$*+?{}[]|()\\")


def _head(alternative: str) -> str:
    """The literal first character of ``alternative`` (written plainly, as ``x``, or
    escaped, as ``\\.``), or "" when it has none."""
    if alternative[:1] == "\\":
        # "\\." is a literal dot; "\\d", "\\s", "\\b" and the like are no literals.
        head = alternative[1:2]
        plain = head != "" and not head.isalnum()
        written = 2
    else:
        head = alternative[:1]
        plain = head != "" and head not in _SPECIAL
        written = 1
    return head if plain and alternative[written : written + 1] not in _QUANTIFIERS else ""


def _trie(alternatives: list[str]) -> str:
    """Join alternatives as a prefix tree: ``s(?:ue(?:s|d)|ettles)``.

    Alternatives that start with the same literal character are grouped, keeping their
    relative order; different first characters cannot match at the same position, so the
    order between groups does not matter. An alternative without a literal first
    character (a class, a lookbehind) could match where any group does: it stays where
    it is, and only the runs of alternatives between such ones are grouped. This keeps
    the meaning of the alternation exactly. A group's leading ``(?:...)`` groups are
    expanded (:func:`_expand`) before it is split in turn.
    """
    if len(alternatives) < 2:
        return "|".join(alternatives)
    parts: list[str] = []
    run: dict[str, list[str]] = {}
    for alternative in [*alternatives, ""]:
        head = _head(alternative)
        if head:
            written = 2 if alternative[0] == "\\" else 1
            run.setdefault(head, []).append(alternative[written:])
            continue
        parts.extend(
            re.escape(first)
            + ("(?:" + _trie(_leaves(rests)) + ")" if len(rests) > 1 else rests[0])
            for first, rests in run.items()
        )
        run = {}
        parts.append(alternative)
    parts.pop()  # the "" that closed the last run
    return "|".join(parts)


def _leaves(alternatives: list[str]) -> list[str]:
    """``alternatives`` with their leading groups expanded (:func:`_expand`)."""
    return [leaf for alternative in alternatives for leaf in _expand(alternative)]


def _dispatch(fragments: Sequence[str]) -> str:
    """Join fragments into one alternation that ``re`` can scan quickly.

    ``re`` tries the alternatives of an alternation one after the other at every
    position, skipping cheaply only those that start with a plain character. A flat list
    of a few hundred words costs a few hundred checks per position; as a prefix tree
    (:func:`_trie`) it costs about one check per distinct first letter. Leading groups are
    expanded first (:func:`_expand`); the few alternatives that still do not start with a
    plain character (a class, a lookbehind) come last, which is safe because none of them
    can match where a plain alternative of the same table does. Their leading lookbehinds
    are then moved after their first character (:func:`_hoist`), which keeps their place
    in the order and lets ``re`` skip them cheaply too.
    """
    plain: list[str] = []
    others: list[str] = []
    for fragment in fragments:
        for part in _alternatives(fragment):
            for leaf in _expand(part):
                (plain if _plain_start(leaf) else others).append(leaf)
    return _trie(plain + [hoisted for other in others for hoisted in _hoist(other)])


def _plain_start(alternative: str) -> bool:
    """Whether ``alternative`` starts with an ASCII letter, digit, space, "-" or "'": the
    alternatives that :func:`_dispatch` puts first."""
    head = alternative[:1]
    plain = head.isascii() and (head.isalnum() or head in " -'")
    return plain and alternative[1:2] not in _QUANTIFIERS


def _hoist(alternative: str) -> list[str]:
    """Move the lookbehinds that open ``alternative`` after its literal first character.

    ``(?<!real )estate`` becomes ``e(?<!(?:real )e)state``: the same matches, but ``re``
    now skips the alternative with one character comparison wherever the text does not
    read "e", instead of checking the lookbehind first. A leading group after the
    lookbehinds is expanded (:func:`_expand`); when a resulting alternative has no
    literal first character, ``alternative`` is returned as is.
    """
    checks: list[str] = []
    rest = alternative
    while rest.startswith(("(?<!", "(?<=")):
        end = _closing(rest, 0)
        checks.append(rest[:4] + "(?:" + rest[4:end] + ")")
        rest = rest[end + 1 :]
    if not checks:
        return [alternative]
    hoisted: list[str] = []
    for leaf in _expand(rest):
        head = _head(leaf)
        if not head:
            return [alternative]
        written = 2 if leaf[0] == "\\" else 1
        hoisted.append(
            leaf[:written] + "".join(c + re.escape(head) + ")" for c in checks) + leaf[written:]
        )
    return hoisted


def _compile(fragments: Sequence[str]) -> re.Pattern[str] | None:
    if not fragments:
        return None
    return re.compile(_LEFT + "(?:" + _dispatch(fragments) + ")" + _RIGHT)


class _Scanner:
    """One alternation of fragments, compiled to find its matches quickly.

    ``re`` tries a pattern that opens with a lookbehind at every position of the text; one
    that opens with a character class skips, in a tight loop, the positions whose
    character is not in the class. Every match starts at a word boundary (after a
    character that is not a letter or a digit) or at the start of the text, so a table
    searches with ``inner``, which consumes that boundary character instead of looking
    behind for it (the match proper starts one character later), and tries the start of
    the text with ``opening``, the plain pattern. The matches are those of
    ``opening.finditer``, found in the same order (:meth:`PatternTable.hits`).
    """

    __slots__ = ("inner", "opening")

    def __init__(self, fragments: Sequence[str]) -> None:
        body = "(?:" + _dispatch(fragments) + ")" + _RIGHT
        self.opening = re.compile(_LEFT + body)
        self.inner = re.compile(_BOUNDARY + body)


class Hit(NamedTuple):
    """One match of a :class:`PatternTable`: where it is and which row it belongs to."""

    start: int
    end: int
    row: int


#: ``_new_hit(Hit, (start, end, row))`` builds a Hit at half the cost of ``Hit(...)``,
#: whose ``__new__`` is a Python function.
_new_hit = tuple.__new__


class PatternTable:
    """A table of fragment rows compiled for speed.

    Python's ``re`` skips an alternative cheaply only when it starts with a plain
    character, and capture groups or ``(?i:...)`` defeat that. So each table compiles to
    two alternations without capture groups, laid out as prefix trees (:func:`_dispatch`):
    one of the caseless fragments, run on a copy of the text lowered by
    :func:`lower_ascii`, and one of the case-sensitive fragments, run on the text as is;
    each is searched by a :class:`_Scanner`, which visits only word boundaries.
    Which row a match belongs to is found afterwards, by trying the rows in order on the
    matched text, and remembered.
    """

    __slots__ = ("_cased", "_caseless", "_memo", "_rows", "_single")

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        """Compile ``rows``, each a sequence of fragments; a hit's ``row`` indexes them."""
        self._rows: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = []
        caseless: list[str] = []
        cased: list[str] = []
        for fragments in rows:
            low = [f for f in fragments if _caseless(f)]
            high = [f for f in fragments if not _caseless(f)]
            caseless += low
            cased += high
            self._rows.append((_compile(low), _compile(high)))
        self._caseless = _Scanner(caseless) if caseless else None
        self._cased = _Scanner(cased) if cased else None
        self._memo: dict[tuple[bool, str], int] = {}
        #: Every match of a one-row table is in row 0: no lookup.
        self._single = len(self._rows) == 1

    def _row(self, caseless: bool, matched: str) -> int:
        key = (caseless, matched)
        row = self._memo.get(key)
        if row is None:
            row = 0
            for index, (low, high) in enumerate(self._rows):
                pattern = low if caseless else high
                if pattern is not None and pattern.fullmatch(matched):
                    row = index
                    break
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = row
        return row

    def _scan(self, scanner: _Scanner, caseless: bool, text: str) -> list[Hit]:
        """Every match of ``scanner`` in ``text``, as ``finditer`` would find them."""
        found: list[Hit] = []
        single = self._single
        m = scanner.opening.match(text)
        if m is None:
            pos = 0
        else:
            end = m.end()
            found.append(_new_hit(Hit, (0, end, 0 if single else self._row(caseless, text[:end]))))
            # The next search starts one character before the last match's end, so that a
            # match right after it (its boundary being the last character of the previous
            # match) is found, as ``finditer`` would.
            pos = end - 1
        search = scanner.inner.search
        m = search(text, pos)
        while m is not None:
            start, end = m.start() + 1, m.end()
            row = 0 if single else self._row(caseless, text[start:end])
            found.append(_new_hit(Hit, (start, end, row)))
            m = search(text, end - 1)
        return found

    def _first(self, scanner: _Scanner, caseless: bool, text: str) -> Hit | None:
        """The earliest match of ``scanner`` in ``text``, or None."""
        m = scanner.opening.match(text)
        if m is not None:
            start, end = 0, m.end()
        else:
            m = scanner.inner.search(text)
            if m is None:
                return None
            start, end = m.start() + 1, m.end()
        row = 0 if self._single else self._row(caseless, text[start:end])
        return _new_hit(Hit, (start, end, row))

    def hits(self, text: str, lowered: str) -> list[Hit]:
        """All matches in ``text``, ordered by start.

        Args:
            text: the text as is.
            lowered: ``lower_ascii(text)``, computed once by the caller for all tables.
        """
        found = [] if self._caseless is None else self._scan(self._caseless, True, lowered)
        if self._cased is not None:
            cased = self._scan(self._cased, False, text)
            if cased:
                found = sorted(found + cased) if found else cased
        return found

    def first(self, text: str, lowered: str) -> Hit | None:
        """The earliest match (on a tie, the lower row), or None."""
        best = None if self._caseless is None else self._first(self._caseless, True, lowered)
        if self._cased is not None:
            hit = self._first(self._cased, False, text)
            if hit is not None and (best is None or (hit.start, hit.row) < (best.start, best.row)):
                best = hit
        return best


# --------------------------------------------------------------------------------------
# Actors: who does something regulatory.
# --------------------------------------------------------------------------------------

#: Regulators, courts, legislatures, prosecutors, police and named policy makers. One of
#: these as the *subject* of a regulatory action is the strongest evidence the scorer knows.
STRONG_ACTORS: tuple[str, ...] = (
    # United States
    "SEC",
    "CFTC",
    # A common misspelling of the CFTC in headlines.
    "CTFC",
    "OCC",
    "FDIC",
    "FinCEN",
    "OFAC",
    "IRS",
    "IRS-CI",
    "DOJ",
    "DoJ",
    "FBI",
    "FTC",
    "CFPB",
    "FHFA",
    "FSOC",
    "NYDFS",
    "DFPI",
    "FINRA",
    "NYAG",
    "DEA",
    "HSI",
    "Fed(?!\\s+(?i:rate|rates|funds|cut|cuts|hike|hikes|meeting|minutes|relief|decision))",
    "federal reserve|justice department|department of justice|attorney general",
    "justice dept\\.?|treasury dept\\.?|dept\\.? of (?:justice|the treasury)|cenbanks?|c\\.bank",
    "attorneys general|securities and exchange commission|comptroller of the currency",
    "commodity futures trading commission|federal trade commission",
    "consumer financial protection bureau|internal revenue service",
    "department of financial services|state securities board|securities division",
    "department of financial protection and innovation|department of labor|labor department",
    "white house|treasury department|department of the treasury|secret service",
    "homeland security|marshals service|state department|commerce department",
    "(?<!Compound )(?<!Coinbase )(?<!Corporate )"
    "Treasury(?!\\s+(?i:yields?|bills?|bonds?|notes?|holdings|market|companies|firms?))",
    "Congress",
    "Senate",
    "House(?!\\s+(?i:of\\s+(?:doge|crypto|blockchain)))",
    "house of representatives|house of lords|house of commons",
    "Gensler",
    "Atkins",
    "Peirce",
    "Crenshaw",
    "Uyeda",
    "Behnam",
    "Pham",
    "Lummis",
    "(?:Elizabeth )?Warren(?! Buffett)",
    "Maxine Waters",
    "Waters(?=\\s+(?i:says|said|urges?|warns?|calls|slams?|presses|asks|introduces|unveils))",
    "McHenry",
    "Hagerty",
    "Yellen",
    "Bessent",
    "Waller",
    "Powell",
    "Bowman",
    "Barr",
    "Letitia James",
    "Quintenz",
    "Selig",
    "Bondi",
    "Todd Blanche",
    "Jonathan Gould",
    "Travis Hill",
    "Gruenberg",
    "Tim Scott",
    "French Hill",
    "Gillibrand",
    "Tom Emmer",
    "Bryan Steil",
    "Sherrod Brown",
    "Tillis",
    "Bernie Moreno",
    "Brad Sherman",
    "David Sacks",
    "Bo Hines",
    "Patrick Witt",
    "SDNY",
    "EDNY",
    "NCUA",
    "CSBS",
    "NASAA",
    "DHS",
    "Mnuchin",
    "Garland",
    "Jay Clayton",
    "Brainard",
    "Michael Hsu",
    "Wyden",
    "Warren Davidson",
    "Ritchie Torres",
    "Roger Marshall",
    "Kevin Warsh",
    "Kevin Hassett",
    "Stephen Miran",
    "Kristin Johnson",
    "Goldsmith Romero",
    "Mersinger",
    "southern district of new york|eastern district of new york",
    # Europe
    "ECB",
    "ESMA",
    "EBA",
    "EIOPA",
    "AMLA",
    "FCA",
    "PRA",
    "HMRC",
    "SFO",
    "NCA",
    "BoE",
    "BaFin",
    "Bundesbank",
    "AMF",
    "ACPR",
    "Consob",
    "CONSOB",
    "CNMV",
    "AEPD",
    "DNB",
    "AFM",
    "CSSF",
    "MFSA",
    "FINMA",
    "SNB",
    "FMA",
    "CySEC",
    "KNF",
    "NBU",
    "Europol",
    "Eurojust",
    "Lagarde",
    "Cipollone",
    "McGuinness",
    "Albuquerque",
    "Verena Ross",
    "Nikhil Rathi",
    "Andrew Bailey",
    "Sarah Breeden",
    "Nabiullina",
    "Aksakov",
    "Siluanov",
    "FSMA",
    "CMVM",
    "FIOD",
    "BKA",
    "Finanstilsynet",
    "Finantsinspektsioon",
    "CNIL",
    "OFSI",
    "Dombrovskis",
    "Panetta",
    "Villeroy",
    "Klaas Knot",
    "Joachim Nagel",
    "Enria",
    "Bim Afolami",
    "Tulip Siddiq",
    "Emma Reynolds",
    "Lucy Rigby",
    "guardia di finanza|bundeskriminalamt|gendarmerie|carabinieri|guardia civil",
    "european commission|european parliament|european central bank|european council",
    "council of the eu|european securities and markets authority|european banking authority",
    "bank of england|de nederlandsche bank|central bank of ireland|banque de france",
    "autorité des marchés financiers|autorite des marches financiers|bank of italy",
    "banca d'italia|bank of spain|banco de españa|swiss national bank|riksbank|norges bank",
    "financial conduct authority|hm treasury|serious fraud office|national crime agency",
    "national bank of ukraine|bank of lithuania|bank of russia|central bank of russia",
    "finansinspektionen|financial supervisory authority|financial market authority",
    "State Duma",
    "Duma",
    "Rada",
    "Verkhovna Rada",
    "Bundestag",
    "Bundesrat",
    # Asia-Pacific
    "SFC",
    "HKMA",
    "LegCo",
    "legislative council|hong kong monetary authority|securities and futures commission",
    "MAS",
    "monetary authority of singapore",
    "FSA",
    "JFSA",
    "financial services agency|financial services commission|financial supervisory service",
    "FSC",
    "FSS",
    "FIU",
    "KoFIU",
    "NTS",
    "financial intelligence unit|national tax service",
    "BoJ",
    "BoK",
    "bank of japan|bank of korea|bank of thailand|bank negara|bank indonesia",
    "bangko sentral|state bank of pakistan|reserve bank of australia",
    "reserve bank of new zealand",
    "ASIC",
    "AUSTRAC",
    "ATO",
    "RBA",
    "RBI",
    "SEBI",
    "PBOC",
    "PBoC",
    "CSRC",
    "people's bank of china|reserve bank of india|china securities regulatory commission",
    "Bappebti",
    "OJK",
    "BSP",
    "BNM",
    "SECP",
    "SBP",
    "PVARA",
    "Eddie Yue",
    "Paul Chan",
    "Christopher Hui",
    "Julia Leung",
    "Chia Der Jiun",
    "Pan Gongsheng",
    "Kazuo Ueda",
    "Shaktikanta Das",
    "Sanjay Malhotra",
    "NFRA",
    "cyberspace administration|national financial regulatory administration",
    "CBRT",
    "SBV",
    "state bank of vietnam|central bank of the republic of t(?:u|ü)rkiye",
    "Kuroda",
    "Yi Gang",
    "Ravi Menon",
    "Rabi Sankar",
    "Puri Buch",
    "Tuhin Kanta Pandey",
    "Ajay Seth",
    "Pankaj Chaudhary",
    "Anurag Thakur",
    "Bilal Bin Saqib",
    "Jim Chalmers",
    "Joe Longo",
    "Michele Bullock",
    "Eli Remolona",
    "CBI",
    "enforcement directorate|central bureau of investigation",
    # Americas, Middle East, Africa
    "OSC",
    "CSA",
    "CIRO",
    "BCSC",
    "FINTRAC",
    "CRA",
    "ontario securities commission|canadian securities administrators|bank of canada",
    "canada revenue agency|autorité des marchés|capital markets tribunal",
    "capital markets board|capital markets authority|securities commission",
    "securities and commodities authority|superintendencia financiera",
    "CVM",
    "CNV",
    "BCRA",
    "CNBV",
    "CMF",
    "Banxico",
    "Sunacrip",
    "SUNACRIP",
    "ARCA",
    "AFIP",
    "COAF",
    "BCB",
    "Bacen",
    "DIAN",
    "SUNAT",
    "Campos Neto",
    "Galipolo",
    "Olayemi Cardoso",
    "Emomotimi Agama",
    "banco central|central bank of brazil|receita federal|federal revenue",
    "VARA",
    "DFSA",
    "FSRA",
    "ADGM",
    "CBUAE",
    "SCA",
    "SAMA",
    "CBB",
    "virtual assets regulatory authority|dubai financial services authority",
    "financial services regulatory authority|central bank of the uae",
    "SPK",
    "MASAK",
    "BDDK",
    "FSCA",
    "SARB",
    "SARS",
    "EFCC",
    "CBN",
    "CBK",
    "federal inland revenue service|central bank of nigeria|central bank of kenya",
    "bank of ghana|bank of israel|israel securities authority",
    "bank of (?:jamaica|tanzania|uganda|zambia|namibia|botswana|mauritius|guyana|the bahamas"
    "|mexico|portugal|greece|finland|estonia|latvia|slovenia|albania|sierra leone|papua new"
    "|france|canada|korea|japan|russia|thailand|spain|italy|england)|central bank of \\w+",
    "CMA",
    "bangladesh bank|nepal rastra bank|danmarks nationalbank",
    "QCB",
    "CBE",
    # International standard setters
    "FATF",
    "IOSCO",
    "BIS",
    "FSB",
    "IMF",
    "G-?20",
    "G-?7",
    "OECD",
    "CPMI",
    "basel committee|financial stability board|bank for international settlements",
    "Basel(?! III| 3)",
    "Feds",
    "international monetary fund|financial action task force|interpol|europol",
    "world bank|law commission|eurosystem|court of accounts|assembleia da rep\\w+",
    # Generic bodies and roles
    "central banks?|supreme court|high court|appeals court|appeals panel|court of appeals?",
    "district court|federal court|bankruptcy court|tribunal|magistrate",
    "court(?!\\s*(?:-?side|redesign|design|naming))",
    "(?:u\\.s\\. )?district judge|federal judge|bankruptcy judge|judges?|jury|juries",
    "(?:fifth|second|third|ninth|eleventh|d\\.c\\.) circuit",
    "regulators?|watchdogs?|supervisors?|prosecutors?|lawmakers?|legislators?|central bankers?",
    "(?:monetary|securities|financial|regulatory|supervisory|markets|conduct|banking|tax"
    "|data protection|gaming|competition|consumer protection|anti-corruption|anti-fraud|crime"
    "|insurance|prudential|capital markets?|financial services|financial supervision"
    "|financial monitoring|virtual assets?|digital assets?|payments|energy|telecom"
    "|telecommunications|communications|advertising standards|revenue|customs"
    "|anti-money laundering) (?:authority|commission|board|agency|regulator|control board"
    "|bureau|directorate|inspectorate)",
    "department of (?:financial|banking|securities|revenue|taxation|finance|business)"
    "(?: (?:institutions|services|protection|regulation|oversight|and professional regulation"
    "|and innovation))?",
    "division of (?:banking|securities|financial institutions)|office of financial regulation",
    "district attorney|state attorney|income tax department|tax department|tax bureau",
    "(?:czech|slovak|hungarian|polish|serbian|romanian|georgian|kazakh|ukrainian|austrian"
    "|belgian|danish|cambodian|ethiopian|rwandan) national bank|national bank of (?:ukraine"
    "|poland|belgium|georgia|serbia|romania|kazakhstan|ethiopia|rwanda|cambodia|hungary"
    "|slovakia|moldova|austria|denmark)|eu commission",
    "senators?|congressm[ae]n|congresswom[ae]n|parliament|national assembly",
    "(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\\d+)"
    " (?:u\\.s\\. |us )?states",
    "chamber of deputies|legislature|cabinet|finance ministry|ministry of finance",
    "justice ministry|ministry of justice|justice minister|economy ministry|ministry of economy",
    "(?:tax|monetary|financial stability|state|federal|national security|privy|security) council",
    "national treasury|state treasury|(?:public |state |federal |chief )?prosecutor's office",
    "prosecutors' office|attorney's office|u\\.s\\. attorney|us attorney|justices",
    "(?:new york|ny|texas|florida|california|ohio|illinois|state|u\\.s\\.|us) ag|crypto czar",
    "Diet",
    "finance minister|treasury secretary|securities regulator|financial regulator",
    "tax authorit(?:y|ies)|tax office|tax agency|tax administration|revenue service",
    "tax bod(?:y|ies)|(?:web|internet|online|media) censors?|internet regulators?",
    "inland revenue|customs|police|law enforcement|enforcement agencies|investigators",
    "authorities",
    "federal agents|state regulators|banking regulators|financial regulators",
    # "Rep. Waters presses Fed": the title and the name are one actor (in sentence case).
    # The lookahead leaves the matched text short of what it checks, so the table's row
    # lookup by full match fails for it and falls back to row 0: keep it in this first row.
    "(?:Sen|Rep)\\. (?:[A-Z][a-z'-]+ )?[A-Z][a-z'-]+(?= [a-z])",
    "Sen\\.",
    "Rep\\.",
    "MPs?",
    "MEPs?",
)

#: Actors that make a story *possibly* regulatory: governments and politicians act in
#: many non-regulatory ways (buying bitcoin, launching memecoins, giving interviews).
WEAK_ACTORS: tuple[str, ...] = (
    "governments?|gov't|govt|gov|officials?|ministers?|ministry|governor|superintendent",
    "politicians?|policymakers?|policy makers?",
    "provinces|provincial (?:governments?|authorities)|regional (?:governments?|authorities)",
    "(?:national )?security advis[eo]r",
    "presidential (?:commission|committee|council|task force|panel)",
    "president|prime minister|chancellor|administration|agency|agencies|state treasurer",
    "democrats|republicans|gop|dems",
    "Trump",
    "Biden",
    "Bukele",
    "Milei",
    "Lula",
    "Sitharaman",
    "Reeves",
    "Hochul",
    "Newsom",
    # Heads of state and government: they sign laws and decrees.
    "Putin",
    "Xi Jinping",
    "Modi",
    "Erdogan",
    "Erdoğan",
    "Macron",
    "Starmer",
    "Sunak",
    "Carney",
    "Trudeau",
    "Albanese",
    "Ruto",
    "Tinubu",
    "Zelensky",
    "Zelenskyy",
    "Meloni",
    "Merz",
    "Sheinbaum",
    "Ishiba",
    "Takaichi",
    "Kishida",
    "Lee Jae-myung",
    "Yoon Suk Yeol",
    "Prabowo",
    "Anwar Ibrahim",
    "Shehbaz Sharif",
    "Lukashenko",
    "Tokayev",
    "Abbott",
    "DeSantis",
    "Ayotte",
    "Hobbs",
    "Pritzker",
    "Youngkin",
    "Polis",
    "Lamont",
)

#: Countries, states and cities. As the *subject* of a headline (its first words) they
#: stand for their government ("Kenya suspends Worldcoin", "Florida seizes Dogecoin"), so
#: they are weak actors there; elsewhere ("launches in the U.S.", "Venezuela's economy")
#: they are only a place.
PLACES: tuple[str, ...] = (
    "u\\.s\\.|us|united states|america|u\\.k\\.|uk|britain|european union|eu|europe|china",
    "hong kong|singapore|japan|south korea|korea|australia|canada|india|dubai|abu dhabi",
    "uae|switzerland|brazil|russia|thailand|turkey|türkiye|nigeria|south africa|germany",
    "france|italy|spain|netherlands|ireland|luxembourg|malta|portugal|austria|sweden",
    "norway|poland|cyprus|philippines|indonesia|malaysia|vietnam|pakistan|kazakhstan",
    "ukraine|israel|saudi arabia|kenya|argentina|mexico|colombia|el salvador|bahamas",
    "bermuda|montenegro|taiwan|new zealand|bhutan|iran|venezuela|ghana|egypt|qatar",
    "bahrain|czech republic|czechia|hungary|romania|bulgaria|greece|finland|denmark",
    "estonia|latvia|lithuania|slovakia|slovenia|croatia|belgium|chile|peru|uruguay",
    "paraguay|bolivia|ecuador|panama|costa rica|jamaica|morocco|tunisia|uganda|tanzania",
    "zambia|zimbabwe|ethiopia|namibia|cambodia|laos|myanmar|bangladesh|sri lanka|nepal",
    "new york|california|texas|florida|wyoming|arizona|new hampshire|massachusetts",
    "ohio|pennsylvania|illinois|colorado|nevada|utah|oklahoma|ontario|quebec|arkansas",
    "alabama|connecticut|kentucky|louisiana|michigan|minnesota|montana|new jersey",
    "north carolina|oregon|tennessee|virginia|wisconsin|missouri|indiana|iowa|georgia",
    "washington state|west virginia|south carolina|north dakota|south dakota|nebraska",
    "alaska|delaware|hawaii|idaho|kansas|maine|maryland|mississippi|new mexico|rhode island",
    "vermont|belarus|kyrgyzstan|uzbekistan|azerbaijan|armenia|serbia|albania|moldova|iceland",
    "liechtenstein|gibraltar|isle of man|cayman islands|british virgin islands|mauritius",
    "seychelles|botswana|rwanda|senegal|algeria|lebanon|kuwait|oman|iraq|mongolia",
    "dominican republic|guatemala|honduras|nicaragua|cuba|puerto rico|central african republic",
    "beijing|brussels|moscow|the kremlin|kremlin|tokyo|seoul|new delhi|canberra|ottawa",
    "inner mongolia|sichuan|xinjiang|yunnan|qinghai|shanghai|shenzhen|hainan",
    # The rest of the world's states and self-governing territories.
    "afghanistan|andorra|angola|antigua and barbuda|antigua|aruba|barbados|belize|benin",
    "bosnia and herzegovina|bosnia|brunei|burkina faso|burundi|cameroon|cape verde",
    "cabo verde|chad|comoros|congo|drc|curacao|curaçao|djibouti|dominica|east timor",
    "timor-leste|equatorial guinea|eritrea|eswatini|fiji|gabon|gambia|grenada|guernsey",
    "guinea-bissau|guinea|guyana|haiti|ivory coast|cote d'ivoire|côte d'ivoire|jersey",
    "jordan|kiribati|kosovo|labuan|lesotho|liberia|libya|macau|macao|madagascar|malawi",
    "maldives|mali|marshall islands|mauritania|micronesia|monaco|mozambique|nauru|niger",
    "north macedonia|macedonia|palau|palestine|papua new guinea|samoa|san marino",
    "sao tome|são tomé|sierra leone|solomon islands|somalia|south sudan|sudan|suriname",
    "syria|tajikistan|togo|tonga|trinidad and tobago|trinidad|turkmenistan|tuvalu",
    "vanuatu|vatican|yemen|saint kitts|st\\. kitts|saint lucia|st\\. lucia|saint vincent",
    "scotland|wales|england|northern ireland|greenland|faroe islands|anguilla|montserrat",
    "turks and caicos|guam|american samoa|u\\.s\\. virgin islands|new caledonia",
)

#: Legislatures: when one of these "approves" something it passes a law, not a licence.
LEGISLATURES = PatternTable(
    (
        (
            "Senate",
            "House",
            "Congress",
            "Duma",
            "Rada",
            "Diet",
            "LegCo",
            "Bundestag",
            "MPs",
            "MEPs",
            "parliament|lawmakers|legislators|legislature|national assembly|cabinet",
            "legislative council|chamber of deputies|house of representatives",
        ),
    )
)

#: Text right before an actor that cancels it: a *former* regulator is a private person,
#: scammers posing as regulators are not regulators, and a "DAO court" or a "crypto
#: watchdog" (a research firm) is no authority.
ACTOR_VETO_BEFORE = re.compile(
    r"(?:\b(?i:former|ex-|ex\s|impersonat\w*|fake|posing as|pose as|pretending to be)\s*"
    r"(?:[\w.'-]+\s+){0,3}['\"]?"
    r"|\b(?i:(?:has|have|had)\s+no\s+(?:u\.s\.\s+|us\s+)?)"
    r"|\b(?i:expensive|auction|clearing|publishing|fashion|beach|mining|trading|investment"
    r"|his|her|my|our|haunted|tree|guest|coffee|opera|melania|eric|lara|barron|ivanka)\s+"
    r"|(?<![Pp]ro-)(?<![Aa]nti-)"
    r"\b(?i:dao|corporate|bitcoin|btc|ether|eth|solana|sol|crypto|company|firm|protocol|"
    r"industry|on-chain|onchain|blockchain|community)"
    r"(?:'s)?\s+|\b(?i:its|their|center|centre|basketball|tennis|pickleball|championship"
    r"|stadium|food|on|jesse|meets? with|"
    r"meeting with|met with|comply with|complies with|complying with|compliance with)\s+"
    # "Swift collaborates with three central banks": the partners of a firm's project.
    r"|\b(?i:collaborat\w* with|partner(?:s|ed|ing)? with|teams? up with|teamed up with"
    r"|joins? forces with|joined forces with)\s+(?:\w+\s+){0,2})$"
)

#: Text right after an actor that cancels it: "SEC-registered", "FCA-regulated" and
#: "CFTC-licensed" describe a company, they are not regulatory news. Used with
#: ``Pattern.match(text, pos)``, which anchors at ``pos`` (a ``^`` would not).
ACTOR_VETO_AFTER = re.compile(
    r"(?:-(?i:licensed|regulated|registered|approved|supervised|compliant|backed|"
    r"sanctioned|appointed|linked|era|style|issued|ordered|imposed|mandated|based"
    r"|headquartered|listed|born|founded)"
    r"|\s+(?i:former|ex-)"
    r"|\s+(?i:(?:presidential|mayoral|gubernatorial|senate|congressional|leadership)\s+)?"
    r"(?i:pick|nominee|filings?|hopeful|candidate|race|election|hearing room)\b"
    # "Trump Media", "Fed Foundation Labs": a company named after the actor.
    r"|\s+(?:Media|Group|Organization|Holdings|Capital|Labs|Foundation|Inc|Corp|Technologies"
    r"|Ventures|Partners|Family|Jr|Tower|Coin|Token|Mobile)\b"
    r"|\s+(?i:family|sons?|brothers|organization)\b"
    # "EU exchanges delist USDT": a place describing firms or people, not a government.
    r"|\s+(?i:(?:crypto(?:currency)?|bitcoin|blockchain|digital[- ]assets?|web3|defi|tech"
    r"|payments?|tokeni[sz]ation|stablecoin|fintech)[- ])?"
    r"(?i:exchanges|firms|companies|banks|investors|traders|users|platforms"
    r"|miners"
    r"|startups|businesses|customers|residents|citizens|retailers|merchants|stock exchange"
    r"|exchange|bank(?! of)|lender|firm|company|startup|fund|trading platform|platform|app"
    r"|wallet|investor|trader|miner|billionaire|entrepreneur|man|woman|fintech)\b"
    # "Korean financial watchdog employee probed": its staff, not the authority.
    r"|\s+(?i:employees?|staffers?|staff members?|economists|researchers)\b"
    # "Watchdog group doubles down": an advocacy group, no authority.
    r"|(?<=atchdog)\s+(?i:groups?)\b"
    # "China Minsheng Bank": a named bank after a place.
    r"|\s+[A-Z][\w&.-]*\s+(?:Bank|Group|Holdings)\b)"
)

#: A request or an expectation addressed to an actor ("Crypto groups urge Senate to ...",
#: "Analysts expect SEC to ..."): unless an authority makes the request, the actor is its
#: object and the act that follows has not happened.
ADDRESSED = re.compile(
    r"(?i:\b(?:urges?|urged|urging|asks?|asked|asking|calls? on|called on|presses|pressed"
    r"|pushes|pushed|petitions?|petitioned|lobbies|lobbied|lobbying|expects?|expected|wants?"
    r"|waits? for|waiting for|awaits?|tells?|told|begs?|implores?|pleads? with|sues|sued"
    r"|suing|challenges?|challenged|(?:puts?|putting|piles?|piling) (?:\w+ )?pressure on"
    r"|call to action for|appeals? to|appealed to|writes? to|wrote to|letter to"
    r"|requests)"
    r"\s+(?:the\s+)?)(?:[A-Z][\w.'-]*\s+){0,2}$"
)

#: Nouns between an authority and a verb that make the noun phrase, not the authority, the
#: verb's subject ("SEC approval hopes lift solana", "Fed rate cut bets boost bitcoin").
SUBJECT_NOUNS = re.compile(
    r"(?i:\b(?:hopes?|fears?|odds|bets?|speculation|optimism|pessimism|news|talk|rumou?rs?"
    r"|uncertainty|worries|jitters|relief|nerves|headlines?|buzz|hype|momentum)\b)"
)

#: What may stand between a possessive authority and its speech verb for the speaker to be
#: its official: a name of one or two capitalised words ("ECB's Lane", "BoE's Andrew
#: Bailey"). Used with ``fullmatch`` on the gap.
OFFICIAL_NAME = re.compile(r"'s?\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?\s+")

#: A headline that quotes a speaker: up to six words and a colon, capitalised ("Judge
#: Torres:", "Hong Kong FinSec Paul Chan:") or ending with an authority ("Shanghai court:").
SPEAKER = re.compile(r"[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,5}(?=:\s)")

#: An official named after a possessive authority, up to a speaker's colon ("Fed's Bostic").
SPEAKER_NAME = re.compile(r"'s?\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?")

#: A one-word speaker that names nobody ("Judge:", "Regulators:").
GENERIC_SPEAKER = re.compile(
    r"(?i:judges?|courts?|regulators?|watchdogs?|lawmakers|senators?|prosecutors?|police"
    r"|officials?|government|authorities|ministers?|legislators)"
)

#: A case name or a pairing before a colon is a topic label ("SEC v. Ripple: ...").
CASE_NAME = re.compile(r"\s(?:v\.?|vs\.?|versus|and|&)\s")

#: The last word before a speaker's colon: a name ("Judge Torres") or an authority.
SPEAKER_END = re.compile(r"(?:^|\s)[A-Z][\w.&'-]*$")

#: A nomination or an appointment to lead a body: "Trump nominates Quintenz to lead CFTC",
#: "Senate confirms Selig as CFTC chairman", "HKMA names new chief executive". Matched on
#: the lowered text. Group 1 is the verb: an active verb needs an authority as its
#: subject ("Ripple names CFTC veteran as new director" is a company hire); a participle
#: ("Atkins confirmed as SEC chair") has the nominee as its subject.
LEADERSHIP = re.compile(
    r"\b(nominat(?:es|ed|ing|e)|nomination of|nominee|taps?|tapped|picks?|picked|names?|named"
    r"|appoints?|appointed|confirms?|confirmed|selects?|selected|chooses|chose|chosen"
    r"|swears in|sworn in|installs?|installed)\b.{0,70}?\b(?:to (?:lead|head|chair|run|helm)"
    r"|for (?:\S+ )?(?:head|chair(?:man|woman)?|chief)"
    r"|as (?:(?:its|the|new|next|acting|interim|permanent) )*(?:\S+ ){0,2}?(?:chair(?:man|woman"
    r"|person)?|governor|commissioner|comptroller|chief executive|executive director|president)"
    r"|(?:new|next|acting|interim) (?:chair(?:man|woman|person)?|governor|commissioner"
    r"|comptroller|chief executive|executive director))\b"
)

#: Authorities that are no financial regulator: leading one of them is not crypto news.
NOT_FINANCIAL = re.compile(
    r"(?i:court|judge|justice|tribunal|circuit|jury|magistrate|police|prosecutor|attorney"
    r"|congress|senat|house|parliament|lawmaker|legislat|assembly|duma|rada|bundes|cabinet"
    r"|ministry|minister|white house|^fbi$|^doj$|^dea$|^hsi$|secret service|homeland"
    r"|marshals|state department|commerce|labor|customs|investigators|agents|enforcement"
    r"|^mps$|^meps$|^sen\.|^rep\.|interpol|europol|eurojust|^nca$|^sfo$|^diet$)"
)

#: A headline led by a legal act as a noun: "Crackdown on crypto exchanges widens", "Tax
#: on crypto gains rises to 30%", "Ban on crypto payments takes effect". Matched on the
#: lowered text at the start of the headline (after a "Label: " prefix). Lawsuits and
#: probes are left out: private parties sue and investigate too.
NOUN_LEAD = re.compile(
    # "€2.85M fine for Crypto.com over unregistered Dutch services": an amount leads.
    r"(?:[$€£¥₹]?\d[\d.,]*\s?(?:[kmb]n?|million|billion|crore|lakh)?\s+)?"
    r"(?:(?:new|proposed|draft|first|tougher|stricter|landmark|sweeping|global|federal|state"
    r"|national|eu|us|u\.s\.|uk|u\.k\.|eu's|us's|government|regulatory|official|court)\s+)*"
    r"(?:crackdown|ban|seizure|sanctions|charges|fines?|penalt(?:y|ies)|approvals?|licen[cs]es?"
    r"|rules|regulations|guidance|framework|laws?|bills?|legislation|tax(?:es)?|levy|indictment"
    r"|arrests?|extradition|ruling|verdict|injunction|freeze|curbs|restrictions|crackdowns)"
    r"\s+(?:on|of|against|for|targeting)\b"
)

#: Words that make a headline without an act a preview, a recap or a market piece rather
#: than a vague headline over news ("The Week Ahead", "A Big Week for Bitcoin").
NOT_VAGUE = re.compile(
    r"(?i:\b(?:ahead|week|weekly|weekend|today|tonight|tomorrow|preview|outlook|recap|wrap"
    r"|watch|next|looking|month|year|quarter|price|market|markets|rally|traders)\b)"
)

#: A summary sentence that tells the background of a story, not its news: an act dated
#: in the past ("The SEC sued Coinbase in 2023").
BACKGROUND = re.compile(
    r"(?i:\b(?:in|since|from) (?:early |late |mid-)?(?:19|20)\d\d\b|\blast (?:year|month)\b"
    r"|\byears? ago\b|\bpreviously\b|\bearlier this year\b)"
)

#: Measures an authority may weigh that the legal tables do not name ("mulls closure of
#: exchanges", "weighs cap on holdings"). Searched in the lowered text.
MEASURE_NOUNS = re.compile(
    r"\b(?:closures?|shutdowns?|caps?|limits?|ceilings?|curbs?|restrictions?|moratorium"
    r"|requirements?|exemptions?|thresholds?|levies|duty|duties|crackdown|clampdown|oversight"
    r"|scrutiny|safe harbou?r|sandbox|pilot|trial|disclosures?|reporting|(?:discussion"
    r"|consultation|policy|white) paper)\b"
)

#: Policy participles that imply an authority in a headline passive ("Crypto ban lifted",
#: "Gains taxed at 30%"); "tested", "updated" or "released" do not.
POLICY_PASSIVE = re.compile(
    r"lifted|legali[sz]ed|pardoned|designated|declared|mandated|restricted|capped|exempted"
    r"|waived|taxed|imposed|rescinded|scrapped|reclassified|classified|outlawed|tightened"
    r"|eased|relaxed|finali[sz]ed|proposed|recogni[sz]ed|extended|postponed|delayed|allowed"
    r"|required|permitted"
)

#: Courts and judges: their words are rulings.
COURTS = re.compile(r"(?i:court|judge|justices?|tribunal|circuit|jury|magistrate)")

#: A possessive actor ("SEC's", "Senator's") is the subject only when another actor or an
#: official's role follows it ("SEC's Peirce", "Korea's FSC", "Fed's Waller"); otherwise it
#: qualifies a noun ("Senator's bitcoin holdings").
POSSESSIVE = re.compile(r"'s?\s+")

#: After a possessive place, an agency's acronym ("Kazakhstan's AFSA") or an institution
#: ("India's budget", "Japan's top court"): the place's government acts through it, even
#: when the table does not know the body.
AGENCY_ACRONYM = re.compile(
    r"'s?\s+(?:[A-Z][A-Z0-9-]{1,7}\b(?!&)|(?i:top\s+(?:court|judges?|regulators?|watchdogs?"
    r"|prosecutors?|officials?|lawmakers?|financial|securities|tax|central|economic|police"
    r"|diplomat|legislat\w+|securities)|budget|new|finance|financial|securities|tax"
    r"|state|federal|national|central|supreme|data|privacy|consumer|justice|interior"
    r"|competition|banking|markets?|capital|treasury|cabinet|government|revenue|attorney"
    r"|authorities|officials|economy|president|prime|parliament|senate|lawmakers|legislators"
    r"|chief"
    r"|congress|assembly|regulators?|watchdogs?|police|prosecutors?|courts?|high|appeals)\b)"
)

#: One capital letter, written as a group of plain letters: an alternative that starts
#: with a class (``[A-Z]``) cannot be dispatched on its first character and would be
#: tried at every position of the text (see :func:`_dispatch`).
_UPPER = "(?:" + "|".join(string.ascii_uppercase) + ")"
#: One digit, for the same reason.
_DIGIT = "(?:" + "|".join(string.digits) + ")"

#: A named statute: "GENIUS Act", "BITCOIN Act", "Payment Services Act". Generic Title Case
#: phrases ("Circle's Balancing Act") must not match, hence an acronym or one of the words
#: statutes' names end with, right before "Act". Only that last word is matched: trying a
#: run of capitalised words at every capital letter made this the slowest pattern.
NAMED_ACT = (
    r"(?:" + _UPPER + r"[A-Z0-9-]{2,}|Protection|Clarity|Services|Securities|Assets?|Business"
    r"|Secrecy|Innovation|State|Markets?|Payments?|Reserve|Currency|Exchange|Financial|Commodity"
    r"|Industry|Tax|Finance|Banking|Stablecoin|Basic)\s+Act"
)

#: "bill" as a law, not as a first name or a Treasury bill.
_BILL = r"b(?<!treasury b)ills?(?!\s+(?:gates|miller|ackman|clinton|hwang|maher)\b)"

# --------------------------------------------------------------------------------------
# Actions: what is done. Each row is (kind, class, fragments).
#
# class "strong": a legal act by itself, no actor needed ("sentenced", "indicted",
#   "signed into law", "gets 15 years"): the act implies its authority.
# class "act": a verb that is regulatory only when an authority is its subject ("SEC
#   approves"; a DAO that approves or a game that bans is no regulator).
# class "adjacent": an act whose word is too often a noun ("rules"), so the authority
#   must stand right before it ("Judge rules").
# class "soft": deliberation rather than an act ("weighs", "considers", "plans").
# class "noun": a legal instrument ("guidance", "lawsuit", "probe") that counts only when
#   tied to an authority ("SEC lawsuit", "FCA's guidance").
# class "statement": official speech ("says", "urges"); counts only when an official is
#   the speaker, so a company that "says" something about the SEC does not count.
# --------------------------------------------------------------------------------------

ACTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        # First: "warns of scams" is a public warning, not an act against someone.
        "policy",
        "statement",
        ("warns? (?:of|about|that|against)|warned (?:of|about|that|against)",),
    ),
    (
        # First: "clears" and "passes" here are a bill's progress, not a licence.
        "legislation",
        "strong",
        (
            "(?:clears?|cleared|passes|passed|sails? through|advances? (?:in|through)) (?:the )?"
            "(?:full |key |final |procedural )?(?:senate|house|congress|parliament|committee"
            "|assembly|legislature|lower house|upper house|chamber|diet|duma|rada|bundestag"
            "|(?:first |second |third |final )?reading)",
            # A signature is a head of state's or a governor's act: "Putin signs law ...".
            "(?:signs?|signed) (?:a |an |the |new )?(?:(?!letter|pledge|petition|deal|agreement)"
            "\\S+ ){0,3}?(?:law|laws|decree|bill|executive order|ordinance|legislation)",
            "(?:heads?|headed|goes|sent|on its way) to (?:the )?(?:president's|governor's|king's"
            "|\\w+'s)? ?desk|awaits? (?:\\S+ ){0,3}?(?:signature|royal assent|assent)",
        ),
    ),
    (
        # Only right after a court or a judge: "Judge Rules XRP Is Not a Security".
        "ruling",
        "adjacent",
        ("rules",),
    ),
    (
        "ruling",
        "strong",
        (
            "sentenc(?:ed|es|ing)|sentence|convict(?:ed|ion|s)?|acquit(?:s|ted|tal)?",
            "found guilty|(?:pleads?|pleaded|pleading) (?:not )?guilty|guilty plea|verdict",
            "mistrial|admits? guilt|admitted guilt|found liable|held liable|extradit\\w*",
            "upholds?|upheld|vacates?|vacated|quash(?:es|ed)?|injunction",
            "overturn(?:s|ed)? (?:\\S+ ){0,3}?(?:ruling|conviction|verdict|decision|ban|law"
            "|sentence|judgment|order|rule|dismissal)",
            "wins? (?:\\S+ ){0,2}?dismissal|(?:wins?|won|loses|lost) (?:its |his |her |the )?"
            "(?:case|lawsuit|appeal|bid to|motion|request|challenge)|(?:loses|lost) (?:its |the )?"
            "bid for",
            "jails?|jailed|prison|behind bars|(?:gets?|got|given|handed|receives?|serves?|to serve"
            "|serving) (?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
            "|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty) (?:more )?(?:years?"
            "|months?)",
            "(?:to )?stands? trial|to face trial",
            # Indian courts' orders against one who flees: "declared 'proclaimed offender'".
            "declared (?:a |an )?['\"‘]?(?:proclaimed |fugitive (?:economic )?)?offender"
            "|declared (?:a |an )?fugitive",
            "(?:granted|denied|refused|grants?|denies|released on|freed on|out on|gets?|got"
            "|posts?|posted|makes?|made|secures?|secured) bail",
            # "released on $250 million bail", "to start house arrest", "stays in custody".
            "(?:released|freed|out) on (?:a |an )?(?:\\$[\\d.,]+\\s?(?:[mbk]\\w*)?"
            "(?: (?:million|billion))? )?(?:bail|bond)|house arrest|guilty of",
            "(?:stays?|remains?|to stay|to remain|will stay|will remain|held|kept) in (?:\\S+ )?"
            "custody",
            # The case is the subject: "Charges dropped against Roger Ver".
            "(?:charges|case|lawsuit|suit|probe|investigation|indictment|conviction|sentence)"
            " (?:is |are |was |were |have been |has been )?(?:dropped|dismissed|tossed|thrown out"
            "|overturned|vacated|quashed|reinstated|upheld)",
            _DIGIT + "\\d*(?:\\.\\d+)?[- ](?:years?|months?) (?:in prison|in jail|sentence|prison"
            "|jail)",
        ),
    ),
    (
        "ruling",
        "act",
        (
            "rules? (?:that|in|against|for|on)|ruled|sides? with|finds?|found",
            "hears? (?:\\S+ ){0,2}?(?:case|cases|appeal|arguments?|challenge|bid|petition|lawsuit"
            "|motion)",
            "declines? to hear|refuses? to (?:hear|dismiss|block)|dismiss(?:es|ed)?|tosses",
            "tossed|throws? out|threw out|denies (?:bid|motion|request|appeal|petition)",
            "grants? (?:motion|request|bid)|approves? (?:plea|settlement)|revives?|revived",
            "reinstates?|reinstated|affirms?|affirmed|reverses?|reversed|remands?|remanded",
            "strikes? down|struck down|certifies|certified|allows? .{0,30}?to proceed",
            "turns? away|turned away|lets? stand|holds? that|held that",
        ),
    ),
    (
        "ruling",
        "noun",
        ("ruling|judgment|decision|dismissal",),
    ),
    (
        "enforcement",
        "strong",
        (
            "indict(?:s|ed|ment)?|wells notice|cease[- ]and[- ]desist|desist-and-refrain",
            "prohibition orders?|plea (?:deal|agreement)|enforcement actions?|red notice",
            "(?:fraud|money laundering|laundering|market manipulation|tax evasion|criminal"
            "|federal|securities|wire fraud|sanctions) charges|criminal complaint",
            "arrest warrant|charged with|charged over|charged in|faces? (?:charges|trial)",
            "(?:criminal )?trial (?:is )?(?:set|scheduled) (?:for|to)|trial date|(?:headed|heads)"
            " to trial",
            "under (?:an? )?(?:\\S+ )?(?:investigation|probe)|faces? (?:\\S+ ){0,2}?(?:probes?"
            "|investigations?|lawsuits?|charges|fines?|penalty|penalties|sanctions|ban"
            "|action (?:from|by))",
            "ordered to (?:pay|stop|halt|cease|shut|return|refund|disgorge|forfeit|hand)",
            "agrees? to (?:settle|pay \\$)|agreed to (?:settle|pay \\$)|(?:to|will|must) pay "
            "\\$[\\d.,]+\\s?(?:[mbk]\\w*)?(?: (?:million|billion))? (?:\\S+ ){0,2}?"
            "(?:to settle|to resolve|settlement|fines?|penalty|in (?:penalties|fines"
            "|settlements?))",
            "(?:fined|penalized|penalised) (?:[a-z]{1,2}\\$|\\$|€|£)?\\d[\\d.,]*(?:[kmb]n?)?",
            "hit with .{0,24}?(?:fines?|penalty|penalties|charges|lawsuits?|ban|sanctions)",
            "arrested|detained|extradited|apprehended|nabbed",
            # The authority is implied: "Binance told to exit Philippines".
            "(?:told|forced|instructed|directed|compelled) to (?:exit|leave|stop|halt|cease|shut"
            "|close|suspend|pay|return|refund|delist|remove|block|register|comply|freeze|hand"
            "|wind down|end|drop)",
            "(?:handed|slapped with|given) (?:a |an )?(?:\\S+ ){0,3}?(?:suspension|fine|ban"
            "|penalty|sentence|prison term|jail term|cease-and-desist)",
            "(?:pays?|paid) (?:a |an )?\\$[\\d.,]+\\s?(?:[mbk]\\w*)?(?: (?:million|billion))? "
            "(?:\\S+ ){0,3}?(?:to settle|settlement|fines?|penalty|in (?:penalties|fines"
            "|settlements?))",
            # "CoinList to pay OFAC $1.2 million": the authority between payment and sum.
            "(?:pays?|paid|to pay) (?:the )?(?:sec|cftc|ofac|doj|finra|fca|nydfs|nyag|fincen|irs"
            "|occ|ftc|cfpb|fdic|regulators?|authorities|government|treasury) (?:a |an )?"
            "(?:\\$|€|£|[\\d])",
        ),
    ),
    (
        "enforcement",
        "act",
        (
            # The authority follows: "reaches deal with DOJ", "settles with SEC".
            "(?:reach(?:es|ed)?|strikes?|struck|inks?|signs?|agrees?|agreed) (?:to )?(?:a |an )?"
            "(?:\\S+ )?(?:deal|settlement|agreement|plea deal) with|settles? with|settled with",
            # The authority is a party: "SEC and Binance.US strike a temporary agreement".
            "(?:reach(?:es|ed)?|strikes?|struck) (?:a |an )?(?:\\S+ ){0,2}?(?:deal|settlement"
            "|agreement)",
            "(?:pay|pays|paid) (?:\\S+ ){0,3}?(?:settlement|fine|penalty) with",
            # The authority follows: "BlockFi to pay $100M to SEC".
            "(?:pay|pays|paid) \\$[\\d.,]+\\s?(?:[mbk]\\w*)?(?: (?:million|billion))? to",
            "sues?|sued|suing|charg(?:e|es|ed|ing)|fines?|fined|penali[sz](?:es|ed)",
            "reprimands?|reprimanded|censures?|censured|rebukes?|admonish\\w*",
            "detains?|imprisons?|deports?|deported|extradites?",
            "settles?|settled|sanction(?:s|ed|ing)?|bans?|banned|banning|bars?|barred",
            "prohibits?|prohibited|prohibiting|forbids?|forbade|outlaws?|outlawed",
            "reach(?:es|ed)? (?:a |an )?(?:\\S+ ){0,2}?settlement",
            "orders?|ordered|seiz(?:es|ed|e|ing)|arrests?|raids?|raided|freez(?:es|e|ing)",
            "froze|frozen|probes?|probing|investigat(?:e|es|ed|ing)|subpoena(?:s|ed)?",
            "catch(?:es)?|nabs?|apprehends?|thwarts?|foils?",
            "opens? (?:a |an )?(?:probe|investigation|inquiry|case)|suspends?|suspended",
            "launch(?:es|ed)? (?:a |an )?(?:probe|investigation|inquiry|crackdown)",
            "blocks?|blocked|halts?|halted|shuts? down|shut down|shutters?|shuttered",
            "accuses?|accused|alleges?|warns?|warned|(?:drops?|dropped|ends?|ended|closes?"
            "|closed|dismiss(?:es|ed)?|abandons?|abandoned|toss(?:es|ed)?|throws? out|threw out)"
            " (?:its )?(?:\\S+ ){0,3}?"
            "(?:case|lawsuit|suit|charges|probe|appeal|investigation|claims|crackdown)",
            "takes? action|cracks? down|clos(?:e|es|ing) in on|zero(?:es)? in on",
            "appeals?|appealed|to appeal|files? (?:an |a )?appeal",
            "names? .{0,40}?(?:laundering concern|terrorist|threat|sanctioned|high-risk)",
            "seeks? (?:\\S+ ){0,3}?(?:\\d+[- ](?:years?|months?)|sentence|prison term|jail term"
            "|extradition|forfeiture|asset freeze)",
            "turns? up (?:the )?heat on|tightens? (?:the |its )?(?:grip|screws|noose) on",
            "crack down|cracking down|enforc(?:es|ed|ing|e)|busts?|busted|dismantl(?:es|ed|e|ing)",
            "takes? down|took down|revok(?:es|ed|e)|strips?|cancels?|cancell?ed",
            "blacklists?|blacklisted|forfeit\\w*|confiscat\\w*|recovers?|recovered",
            "adds? .{0,40}?to (?:its |the )?(?:\\w+ ){0,3}(?:register|list|blacklist"
            "|watchlist|warning list)",
            "removes? .{0,40}?from (?:its |the )?(?:\\w+ ){0,3}(?:list|register)",
            "delists?|steps? in|intervenes?|targets?|go(?:es)? after|going after|pursues?",
            "scrutini[sz](?:e|es|ed|ing)",
            "(?:takes?|took|hauls?|hauled|drags?|dragged) .{0,30}?(?:to|into) court",
            "sends? .{0,30}?(?:letters|notices|warnings|subpoenas|demands)",
            "seeks? (?:more |greater |further )?(?:transparency|information|records|documents"
            "|data|details|answers|disclosures?)|sought (?:\\S+ ){0,2}?(?:records|documents"
            "|information|data|details)",
            "combats?|combating|tackles?|tackling|fights? against|clamps? down",
            "intercept(?:s|ed)?|escalat(?:es|ed|ing)|intensif(?:y|ies|ied)|widens?|widened",
            "shut(?:s|ting)? off (?:\\S+ )?(?:power|electricity)",
            "invalidat(?:es|ed|e)|search(?:es|ed)|lays? claim|laid claim|cuts? (?:off )?(?:the )?"
            "(?:power|electricity)|to cut (?:off )?(?:power|electricity)",
            "files? (?:a |an )?(?:criminal )?(?:complaint|charges|lawsuit|suit|case|motion)",
        ),
    ),
    (
        "enforcement",
        "noun",
        (
            "lawsuits?|suit|crackdown|probe|investigation|settlement|penalty|fine|charges",
            "sanctions|ban|seizure|enforcement|subpoena|raid|case against|complaint",
            "prosecutions?|enforcement actions",
        ),
    ),
    (
        "licensing",
        "strong",
        (
            "bitlicense|in-principle approval|no-action letters?|mica authori[sz]ation",
            "licen[cs]e (?:granted|approval|revoked)|grants? .{0,40}?licen[cs]es?",
            # A firm that obtains a licence is licensing news: the regulator is implied.
            "(?:receives?|received|obtains?|obtained|secures?|secured|wins?|won|gets?|got"
            "|granted|awarded|lands?|landed|clinches?|nabs?|earns?|bags?|scores?|attains?"
            "|attained|acquires?|acquired) .{0,40}?"
            "(?:licen[cs]es?|authori[sz]ations?|registrations?|charters?|approvals?"
            "|green light|go-ahead|nod|regulatory clearance)",
            "(?:registers?|registered) (?:as .{0,40}?)?with",
            # "Binance registers as virtual asset service provider in Poland".
            "(?:registers?|registered) as (?:an? |the |\\w+'s )?(?:\\S+ ){0,4}?"
            "(?:service providers?|vasps?|casps?|dealers?|exchanges?|operators?|issuers?"
            "|custodians?|brokers?|money transmitters?|msbs?|institutions?)\\b",
            "(?:approved|licensed|authori[sz]ed|cleared|registered) (?:to (?:operate|offer"
            "|launch|trade|serve|issue|list|provide)|as an? )",
            "green light for|green-?lights?|greenlit|okays?|okayed|gets? (?:the )?nod",
            "los(?:e|es|t|ing) (?:its |their )?licen[cs]es?",
            "with (?:new |its |a |fresh )?(?:\\w+ )?licen[cs]es?",
        ),
    ),
    (
        "licensing",
        "act",
        (
            "approv(?:es|ed|e|ing)|authori[sz](?:es|ed|ing)|licen[cs](?:es|ed)",
            "OKs|OK's|OKed|OK'd",
            "registers?|registered|grants?|granted|clears?|cleared|signs? off|signed off",
            "rejects?|rejected|denies|denied|delays? (?:decision|ruling)|renews?|renewed",
            "punts?|punted|defers?|deferred|push(?:es)? (?:back )?(?:its )?decisions?",
            "permits?|reviews?|reviewing|extends? (?:its )?(?:review|deadline)|exempts?",
            "(?:gives?|gave|given) .{0,30}?(?:leeway|relief|exemption|approval|nod"
            "|green light|go-ahead|clearance|licen[cs]es?|permission)",
            "acknowledges? (?:\\w+ ){0,3}(?:filings?|application|19b-4)",
            "(?:names?|selects?|picks?|admits?|chooses) (?:the |its )?(?:first |new |\\d+ )"
            "(?:\\S+ ){0,3}?(?:participants|members|firms|issuers|licensees|applicants|banks"
            "|exchanges|companies|entities|providers)",
        ),
    ),
    (
        "licensing",
        "noun",
        ("approvals?|authori[sz]ation|registration|licen[cs]es?|charters?",),
    ),
    (
        "legislation",
        "strong",
        (
            "signs? .{0,40}? into law|signed into law|becomes? law|became law|royal assent",
            # Only legislators introduce bills.
            "(?:unveils?|unveiled|introduces?|introduced|files?|filed|proposes?|proposed|tables?"
            "|tabled|drafts?|drafted) (?:a |an |new |the )?(?:\\S+ ){0,3}?bill",
            "legal tender|passes (?:bill|law|act)|bill passes|veto(?:es|ed)?|ordinance",
            "pass(?:es|ed)? (?:the |its )?(?:first|second|third|final) reading",
            "new (?:tax )?(?:law|bill) pass(?:es|ed)",
            _DIGIT + "\\d*(?:\\.\\d+)?% (?:flat |capital gains |income |withholding )?(?:tax|levy"
            "|duty|tds|vat) on",
            "(?:will|to) be(?:come)? (?:legal|illegal|legali[sz]ed|banned|taxed|tax[- ]free"
            "|regulated|outlawed|prohibited|legal tender)|becomes? (?:legal|illegal)",
            "(?:signs?|signed|grants?|granted|issues?|issued) (?:a |an )?(?:\\S+ ){0,3}?(?:pardon"
            "|clemency|commutation)",
            "(?:will|must|to) (?:need|hold|obtain|apply for|be required to (?:hold|obtain)) "
            "(?:a |an )?(?:\\S+ )?(?:licen[cs]es?|registration|authori[sz]ation)",
            "(?:must|will have to|required to|forced to|obliged to) (?:now |also |soon )?"
            "(?:comply with|adhere to"
            "|report|disclose|register|verify|collect|share|submit|screen|follow (?:the |new )?"
            "(?:rules?|travel rule|regulations?))",
            "faces? (?:new |tougher |stricter |stiffer |higher |more |fresh |first )?"
            "(?:\\S+ ){0,2}?"
            "(?:rules|regulations|requirements|restrictions|curbs|taxes|tax|reporting rules"
            "|licensing regime|oversight)",
            # A state taking its own taxes in crypto: "Zug starts accepting tax payments in
            # cryptocurrency", "Province allows residents to pay taxes in USDT".
            "accept\\w* (?:\\S+ ){0,4}?for (?:\\S+ ){0,2}?tax(?:es)?",
            "accept\\w* (?:\\S+ ){0,2}?tax payments|pay (?:\\S+ ){0,2}?tax(?:es)? in",
            "takes? effect|took effect|to take effect|(?:comes?|came|enters?|entered) into "
            "(?:force|effect)|goes into effect|went into effect",
        ),
    ),
    (
        "legislation",
        "act",
        (
            "pass(?:es|ed)?|votes?|voted|enacts?|enacted|adopts?|adopted|introduces?",
            "introduced|advances?|advanced|amends?|amended|repeals?|repealed|tables?",
            "reintroduc(?:es|ed|e)|defeat(?:s|ed)?|votes? down|voted down|says? no to",
            "tabled|legali[sz](?:es|ed|ing|e)|outlaws?|outlawed|kills?|killed|signs?|signed",
            "agrees? (?:a |an |the |new |\\w+ )?(?:rulebook|rules|laws?|framework|regime"
            "|regulations?)|agreed (?:a |an |the |new |\\w+ )?(?:rulebook|rules|laws?|framework"
            "|regime|regulations?)",
            "approves? (?:bill|law|legislation)|agrees? on|agreed on|reach(?:es|ed)? (?:a |an )?"
            "(?:deal|agreement|compromise|consensus) on|strikes? (?:a )?deal on",
        ),
    ),
    (
        "legislation",
        "noun",
        (_BILL, "legislation|statute|resolution|amendment|laws?"),
    ),
    (
        "policy",
        "act",
        (
            "issues?|issued|publishes?|published|releases?|released|unveils?|unveiled",
            "proposes?|proposed|drafts?|drafted|consults?|consulting|seeks? (?:public )?"
            "(?:comment|comments|feedback|views|input)",
            "regulat(?:e|es|ing)|allows?|allowed|lets|to let|pardons?|pardoned|commut\\w+",
            "withdraws?|withdrew|rescinds?|rescinded|scraps?|scrapped|pulls?|pulled",
            "lifts?|lifted|tightens?|tightened|eases?|eased|loosens?|relaxes?|relaxed",
            "finalizes?|finalized|finalises?|finalised|sets? out|lays? out|outlines?",
            "sketch(?:es|ed)? out|maps? out|spells? out|curbs?|curbed|to curb|reins? in",
            "forms?|formed|to form|taps?|tapped|ramps? up|develops?|developed|presents?",
            "to present|distribut(?:es|ed|e)|hands? out|gives? away|takes? (?:a )?steps? "
            "(?:forward )?(?:towards?|to)",
            "(?:begins?|began|starts?|started|launch(?:es|ed)?) (?:\\S+ ){0,2}?(?:prototyp\\w+"
            "|pilot\\w*|testing|trials?|consultations?)",
            "moves? to|moves? (?:ahead|forward)|reclassif\\w+|classif(?:y|ies|ied)",
            "moves? .{0,40}?(?:to|into) (?:the )?(?:next|final|preparation|implementation"
            "|second|third) (?:phase|stage)",
            "designat(?:es|ed)|declares?|declared|recogni[sz](?:es|ed)|treats?|to treat",
            "pilots?|launch(?:es|ed)?|creates?|created|to create|establish(?:es|ed)?",
            "sets?(?! to)|sets? up|confirms?|confirmed|nominat(?:es|ed)|decides?|decided",
            "requires?",
            "speeds? up|sped up|accelerat(?:es|ed|ing)|fast-tracks?|monitor(?:s|ing)?",
            "required|mandates?|directs?|instructs?|(?<!market )caps?|capped|limits?|restricts?",
            "restricted|expands? (?:its )?(?:oversight|scrutiny|rules|ban|framework)|steps? up",
            "holds? (?:a )?(?:hearing|roundtable)|convenes?|testif(?:y|ies|ied)|delays?",
            "delayed|postpones?|postponed|imposes?|imposed|updates?|updated|revises?",
            "revised|endorses?|endorsed|defines?|clarif(?:y|ies|ied)|extends?|gives?",
            "opens? (?:door|way|up)|adds?|to add|brings?|puts?|removes?|ends?|ended",
            "(?:raises?|raised|hikes?|hiked|cuts?|lowers?|lowered|slashes?|slashed|doubles?"
            "|scraps?) (?:\\w+ ){0,2}?(?:tax|taxes|levy|levies|duty|duties|fees?|thresholds?)",
            "waives?|waived|recommends?|recommended|tax(?:es|ed)?|taxing|to tax",
            # What an authority weighs: "weighs allowing crypto ETFs".
            "allowing|letting|permitting|requiring|capping|limiting|restricting|lifting|easing"
            "|scrapping|adopting|approving|licensing|legali[sz]ing|outlawing|prohibiting",
            # A central bank's currency: "rolls out JAM-DEX", "tests digital euro".
            "rolls? out|rolled out|tests?|tested|trials?|trialled|trialed",
            "expands? (?:\\S+ ){0,3}?(?:pilot|trial|cbdc|e-cny|digital \\w+|sandbox|rules|ban"
            "|oversight|scrutiny|framework|regime|crackdown|probe|investigation|list|register)",
            "makes? .{0,40}?(?:voluntary|mandatory|legal|illegal|compulsory|optional|tax[- ]free)",
            "hands? (?:\\S+ ){0,3}?(?:oversight|supervision|powers?|authority|control|regulation)"
            " (?:to|over)",
            "(?:gets?|gains?|granted|given|wins?) (?:new |more |fresh |expanded |sweeping "
            "|broad )?powers?",
            "becomes? (?:\\S+ ){0,2}?(?:regulator|supervisor|competent authority|watchdog)",
            "shelves?|shelved|pauses?|paused|abandons?|abandoned",
            "opens? (?:\\S+ ){0,3}?(?:to|for) (?:retail|the public|investors|banks|institutions"
            "|foreign)",
            "(?:starts?|begins?|to start|to begin) (?:\\S+ )?(?:registering|licensing|taxing"
            "|regulating|enforcing|supervising|accepting (?:\\S+ )?applications)",
        ),
    ),
    (
        "policy",
        "soft",
        (
            "considers?|considering|weighs?|weighing|mulls?|mulling|eyes|explores?",
            "exploring|studies|studying|reconsiders?|examines?|plans?|planning|discuss\\w*",
            "looks? (?:at|into)|prepares?|preparing|readies|drafting|working on|picks?",
            "selects?|chooses?",
        ),
    ),
    (
        "policy",
        "noun",
        (
            "guidance|guidelines|rules?|rulemaking|regulations?|framework|regime",
            "consultation|proposals?|roadmap|recommendations|standards?|executive order",
            "policy statement|statement|sandbox|hearings?|roundtables?|testimony",
            "task force|letter|plans?|policy|circular|directive|strategy|stance|oversight",
            "backing|endorsement|blessing|approach",
        ),
    ),
    (
        "policy",
        "statement",
        (
            "says|said|say|urges?|urged|calls? (?:for|on)|called (?:for|on)|presses",
            "pressed|asks?|asked|told|tells|warns?|warned|flags?|flagged|reiterates?",
            "reiterated|signals?|signaled|vows?|vowed|backs?|backed|criticizes?|slams?",
            "grills?|grilled|questions|questioned|writes?|wrote|argues?|argued|stresses",
            "insists?|suggests?|hints?|pledges?|promises?|rejects?|dismisses|predicts?",
            "expects?|believes?|wants?|sees|doubles? down|doubled down|defends?|touts?|praises?",
            "pushes (?:for|back)|demands|demanded|opposes?|supports?|welcomes?|cautions?",
            "objects? to|objected to|challenges?|challenged|talks? up",
            "chides?|chided|scolds?|scolded|lambasts?|lambasted|berates?|berated",
            "announces?|announced|confirms?|agrees?|agreed|reminds?|reminded",
            "sends? (?:a )?(?:\\S+ )?(?:message|warning|signal)|raises? concerns?",
            "sounds? (?:the )?alarm|voices? (?:concerns?|support|opposition|doubts?)",
            "(?:is |are |remains? |stays? )?(?:'|\")?(?:sceptical|skeptical|sceptic|skeptic|wary"
            "|cautious"
            "|critical|open|receptive|opposed)(?:'|\")? (?:of|about|on|to|toward|towards)",
            "(?:maintains?|keeps?|holds?|retains?) (?:its |a |an |the )?(?:\\S+ ){0,2}?stance",
        ),
    ),
)

#: Nouns that name a legal instrument or regime. They add weight (a story that mentions
#: "MiCA" or "the GENIUS Act" is likelier to be about regulation) but never decide alone.
LEGAL_OBJECTS: tuple[str, ...] = (
    "MiCA",
    "MiCAR",
    "markets in crypto-assets|travel rule|stablecoin (?:bill|law|rules)|market structure",
    "unregistered|unlicensed|unregulated"
    "|without (?:a |the )?(?:licen[cs]e|registration|authori[sz]ation)",
    # Firms without a licence ("unauthorised crypto platforms"), not "unauthorized access".
    "unauthori[sz]ed (?:\\S+ )?(?:platforms?|firms?|exchanges?|websites?|sites?|entities"
    "|providers?|operators?|businesses|companies|brokers?|offerings?|trading|services)",
    "securities laws?|securities|a security|not a security|investment contracts?",
    "class[- ]actions?",
    # Criminal-law terms: "convicted of fraud" is a legal outcome even with a hack nearby.
    "fraud|money laundering|market manipulation|insider trading|wash trading|ponzi",
    "financial stability|systemic risks?",
    "anti-money laundering|aml|kyc|sanctions laws?|tax(?:es|ation)?|levy|capital gains",
    "taxable|tax-free|tax treatment",
    "regulat(?:ion|ions|ory)|oversight|compliance|licen[cs]es?|regime|rulebook|illegal",
    "laws?|legislation|rules?|framework|charter|guidance|guidelines|legal tender",
    # What an official's words must be about to be policy ("reiterates ban").
    "bans?|crackdown|prohibition|(?:strategic |national )?(?:bitcoin |crypto )?reserve",
    "commodit(?:y|ies)|supervision|investor protection|consumer protection|enforcement",
    "licensing|registration|legali[sz]\\w+|cbdcs?|digital euro|digital pound|digital yuan",
    _BILL,
    NAMED_ACT,
)

# --------------------------------------------------------------------------------------
# Crypto context: the story must be about crypto for a crypto regulation alert.
# --------------------------------------------------------------------------------------

CRYPTO_TERMS: tuple[str, ...] = (
    "crypto(?:currenc(?:y|ies)|-?assets?|s)?|bitcoins?|ethereum|ether|stablecoins?",
    "digital[- ]assets?|virtual[- ]assets?|virtual currenc(?:y|ies)|digital currenc(?:y|ies)",
    "blockchains?|defi|nfts?|web3|tokens?|tokeni[sz]ed|tokeni[sz]ation|memecoins?",
    "altcoins?|dogecoin|solana|cardano|litecoin|on-?chain|dlt|cbdcs?|digital euro",
    "digital pound|digital yuan|e-cny|digital rupee|vasps?|casps?|mixers?|mixing service",
    "digital money|off-?chain|axie infinity|ronin",
    # A protocol's exploit: "pleads guilty to Nirvana Finance exploit".
    "exploits?|exploiters?|flash[- ]loans?",
    "proof-of-work|mining pool|bitcoin mining|crypto mining|satoshi|prediction markets?",
    "mining rigs?|mining farms?|mining operations?|(?:crypto-?|bitcoin )?miners",
    "cryptomining|crypto-mining",
    "(?:offshore|unregistered|unlicensed|overseas) exchanges?",
    "(?<!stock )(?<!securities )(?<!futures )exchanges",
    "staking|airdrops?|self-custody|hashrate|coins?|exchange-traded products?|depin",
    "icos?|initial coin offerings?|token sales?|opensea|market structure (?:bill|legislation)",
    # Central bank digital currencies by name.
    "digital (?:tenge|rupee|yuan|dollar|ruble|rouble|real|hryvnia|won|yen|shekel|dirham|riyal"
    "|naira|franc|krona|hkd|baht|peso|lira|rand|som|currenc(?:y|ies))|e-cny|e-naira|enaira"
    "|e-hryvnia|e-rupee|e-hkd|e-krona|e-peso|e-cedi|jam-dex|sand dollar|dcash|drex|mbridge",
    "vatps?|virtual asset trading platforms?|virtual assets? regulatory authority",
    "VARA",
    "PVARA",
    "GENIUS",
    "CLARITY Act",
    "FIT21",
    "STABLE Act",
    "Anti-CBDC",
    "BTC",
    "ETH",
    "XRP",
    "SOL",
    "USDT",
    "USDC",
    "BUSD",
    "BNB",
    "DOGE",
    "TRX",
    "UST",
    "PYUSD",
    "RLUSD",
    "EURC",
    "USD1",
    "MiCA",
    "BitLicense",
    "Binance",
    "Coinbase",
    "Kraken",
    "G(?<!Google's G)(?<!Google G)emini",
    "FTX",
    "Bitfinex",
    "Tether",
    "Circle",
    "Ripple",
    "Paxos",
    "Celsius",
    "BlockFi",
    "Terraform",
    "Terra",
    "Do Kwon",
    "Bankman-Fried",
    "SBF",
    "smart contracts?",
    "Changpeng Zhao",
    "CZ",
    "Justin Sun",
    "Tron",
    "Uniswap",
    "Tornado Cash",
    "OKX",
    "Bybit",
    "KuCoin",
    "Bitstamp",
    "Bithumb",
    "Upbit",
    "Dunamu",
    "Crypto\\.com",
    "WazirX",
    "HTX",
    "Huobi",
    "Deribit",
    "Grayscale",
    "Consensys",
    "MetaMask",
    "Worldcoin",
    "Thodex",
    "JPEX",
    "Haru Invest",
    "Delio",
    "Three Arrows",
    "Anchorage Digital",
    "BitGo",
    "Polymarket",
    "Kalshi",
    "Hyperliquid",
    "Mango Markets",
    "EthereumMax",
    "Silk Road",
    "Garantex",
    "Samourai",
    "Bitnomial",
    "LedgerX",
    "Bitso",
    "Bitkub",
    "Bitpanda",
    "Bitvavo",
    "Coinone",
    "Korbit",
    "bitFlyer",
    "Coincheck",
    "Zaif",
    "Luno",
    "Quidax",
    "Bitget",
    "MEXC",
    "Gate\\.io",
    "BitMEX",
    "Poloniex",
    "Bittrex",
    "Nexo",
    "Voyager",
    "Ooki",
    "Mt\\. ?Gox",
    "Bit[Cc]onnect",
    "3AC",
    "Zhu Su",
    "Libra",
    "PoW",
    "CryptoCom",
    "DAOs?",
    "Prometheum",
    "Yuga Labs",
    "web 3",
    "OneCoin",
    "Mashinsky",
    "Pertsev",
    "Roman Storm",
    "Eisenberg",
    "Salame",
    "Alex Mashinsky",
    "Craig Wright",
    "Roger Ver",
    "Su Zhu",
    "Kyle Davies",
    "Arthur Hayes",
    "Brian Armstrong",
    "Michael Saylor",
    "Vitalik",
    "Richard Heart",
    "MicroStrategy",
    "OSL",
    "HashKey",
    "Hex Trust",
    "Sygnum",
    "AMINA",
    "SEBA",
    "Zodia",
    "Bakkt",
    "Galaxy Digital",
    "Genesis Global",
    "Digital Currency Group",
    "DCG",
    "Fireblocks",
    "Chainalysis",
    "Blockchain\\.com",
    "Paxful",
    "LocalBitcoins",
    "Coinhako",
    "Independent Reserve",
    "Swyftx",
    "dYdX",
    "Pump\\.fun",
    "Monero",
    "Zcash",
)

#: Names of crypto firms and tokens the table does not list often end like these
#: ("SafeMoon", "Zipmex", "SushiSwap", "HashChain"). Tried only when the table found
#: nothing in the title.
CRYPTO_NAME = re.compile(
    r"\b(?:[A-Z][a-z]*(?:[Cc]oin|[Cc]hain|[Ss]wap|[Mm]oon|[Mm]ex|DEX|[Dd]ex)|Bit(?!ter)[a-z]{3,}"
    r"|Coin[A-Z][a-z]+|Crypto[a-z]{3,})\b"
)

#: Crypto mentioned only as how money was paid or spent ("groups that paid in crypto",
#: "spending it on crypto") is incidental: the story is about another crime.
INCIDENTAL_CRYPTO = re.compile(
    r"(?i:\b(?:paid|paying|payments?|ransoms?|demanded|spending|spent|spend|in exchange for"
    r"|funded|bribes?)(?:\s+(?:it|them|the\s+\w+|some|part|most|all))?\s+"
    r"(?:in|on|with|using|via|through|into)\s+(?:\w+\s+)?"
    r"|\b(?:that|who|which)\s+(?:demanded|demand|accepted|accept|took|wanted)\s+(?:\w+\s+)?"
    r"|\bbrib\w*(?:\s+[\w.'-]+){0,3}\s+(?:in|with|using|via)\s+(?:\w+\s+)?)$"
)

#: Crypto as a bank's description ("Crypto-Friendly Signature Bank", "crypto-focused
#: lender Silvergate"): used with ``Pattern.match`` right after the crypto mention.
CRYPTO_QUALIFIER = re.compile(
    r"-(?i:friendly|focused|linked|exposed|heavy|tied)\s+(?:[A-Z][\w.&'-]*\s+){0,3}"
    r"(?i:banks?|lenders?)\b"
)

#: How far before a crypto mention the incidental framing is looked for.
INCIDENTAL_WINDOW = 48

# --------------------------------------------------------------------------------------
# Negative evidence: patterns of stories that are not regulation even when a regulator is
# named. Each row is (category, weight, fragments); the weight is subtracted once per
# category found in the title (and scaled down for the summary).
# --------------------------------------------------------------------------------------

#: A price move: a market verb. Kept apart from NEGATIVES because its *position* relative
#: to the regulatory evidence matters ("XRP jumps after SEC ends appeal" is a price story).
PRICE_MOVE: tuple[str, ...] = (
    "jumps?|jumped|surges?|surged|soars?|soared|rall(?:y|ies|ied)|slides?|slid",
    # "NFTs fall outside securities law" is no price move.
    "falls?(?! (?:outside|under|within|foul|short of|into the (?:category|definition)))",
    "fell|drops?|dropped|dips?|dipped|tumbles?|tumbled|plunges?|plunged|slumps?|slumped",
    "climbs?|climbed|sinks?|sank|retreats?|rebounds?|bounces?|wobbles?|slips?|slipped",
    "swings?|whipsaws?|seesaws?",
    "tops \\$\\d[\\d.,]*[kmbt]?|hits record|record high|all-time high|price analysis|price target",
    "sheds?|pumps?|dumps?|bears?|bulls?|bullish|bearish|liquidations|liquidated",
    "erases? gains|pares? gains|holds steady|trades? (?:near|at|above|below)|breaks? above",
    # "..., say deputy PM and think tank" is no price move.
    "rises?|rose|rising|pops|popped|spikes?|spiked|(?<!think )tanks?|tanked|crash(?:es|ed)?",
    "plummets?|plummeted|craters?|cratered|regains?|reclaims?|edges? (?:up|down|higher|lower)",
    "extends? (?:gains|losses|rally|slide)|(?:gains|loses|adds) \\d|hits? (?:new |fresh )?"
    "(?:high|low)|(?:hits?|surpass\\w*) \\$\\d[\\d.,]*[kmbt]?",
    "soaring|surging|sliding|falling|tumbling",
    "takes? a (?:hit|tumble|beating|dive|knock)|shrugs? off|price predictions?",
    "explodes?|exploded|skyrockets?|skyrocketed|rockets?|rocketed|nosedives?|nosedived",
)

#: What makes a market verb a *price* move: a percentage, a dollar figure, the word "price",
#: shares or a market as the subject.
PRICE_MARKER = re.compile(
    r"\d%|\$\s?\d|\b\d+(?:\.\d+)?[KkMB]\b|(?i:\bprices?\b|\bshares\b|\bstocks?\b|\bmarkets?\b)"
)

#: Categories that no legal verb in the title can outweigh: an opinion piece or a daily
#: roundup that mentions a lawsuit is still an opinion piece or a roundup, and a murder
#: with crypto in it is still a murder story.
UNDAMPED_NEGATIVES = frozenset(
    {
        "format",
        "crime",
        "odds",
        "private dispute",
        "bankruptcy administration",
        "personal finances",
    }
)

NEGATIVES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    (
        "hack",
        2.0,
        (
            "hack(?:s|ed|er|ers)?|exploit(?:s|ed)?|drain(?:s|ed|er)?|breach(?:es)?|heist",
            "stolen|attackers?|phishing|vulnerabilit(?:y|ies)|bounty|address-poisoning|malware",
            "scams?|scammers?|fraudsters?",
        ),
    ),
    (
        # A court in a private dispute that says nothing about crypto in law.
        "private dispute",
        3.5,
        (
            "defamation|libel|slander|divorce|(?:ex-)?(?:wife|husband|spouse)|trademark|patent"
            "|copyright|wrongful (?:termination"
            "|dismissal)|breach of contract|custody battle|employment dispute|unpaid wages",
        ),
    ),
    (
        # Routine administration of a bankrupt firm: payouts, the estate's suits.
        "bankruptcy administration",
        2.5,
        (
            "(?:to |can |may |will )?(?:return|repay|refund)\\w* .{0,30}?(?:customers|users"
            "|creditors|depositors)|mediation",
            "(?:allow\\w*|permits?|resum\\w+|make|process\\w*) (?:\\S+ ){0,3}?withdrawals",
            "creditors?|payouts?|distributions?|(?<!real )estate"
            "|trustee|claims process|bar date|claims deadline|deadline for (?:\\S+ ){0,3}?claims",
        ),
    ),
    (
        # Crimes where crypto is at most the means or the loot: the story is the crime.
        "crime",
        2.5,
        (
            "murder\\w*|homicide|kidnap\\w*|abduct\\w*|torture\\w*",
            "wrench attacks?|home invasions?|armed robbery|robbery|robberies|assault\\w*",
            "killed (?:while|in|after|during|at)|(?:man|woman|trader|investor|executive|teen"
            "|victim|couple)s? (?:killed|slain|murdered)|slain|shot dead|stabbed|found dead",
            "cyber-?attacks?|cyberattack\\w*|drug traffick\\w*|drug cartels?|cartels?",
            "drug (?:trad\\w+|deal\\w*|sales?|markets?)|dark ?web|darknet",
            "narcotics|child (?:abuse|sexual|exploitation)|csam|sex trafficking",
            # Buying drugs with crypto is a drug case; seizing a drug ring's crypto is not.
            "(?:buy\\w*|bought|pay\\w*|paid|purchas\\w*|order\\w*) (?:crystal meth|meth"
            "|methamphetamine|cocaine|heroin|fentanyl|cannabis|marijuana|drugs)",
            "human trafficking|espionage|sabotage",
        ),
    ),
    (
        "listing/launch",
        2.0,
        (
            "lists|listed|listing|listings|delists?|delisted|debuts?|debuted|launch(?:es|ed)?",
            "rolls? out|relaunch(?:es)?|integrates?|partners?|partnership|adds support",
            "expands?|unveils? (?:new|its)|goes live|went live|now lets|teams? (?:up )?with",
            "(?:unveils?|to unveil|issues?|to issue|mints?|to mint|releases?|to release|presents?"
            "|awards?|hands? out|launch(?:es|ed)?|to launch)"
            " (?:\\S+ ){0,3}?(?:nfts?|nft collections?|commemorative|stamps?|memecoins?)",
            "fundraising (?:site|platform|campaign|drive)",
        ),
    ),
    (
        # A firm leaving a market or pausing a service, even because of rules: the company
        # acts ("Bybit to exit Japan as FSA tightens rules").
        "market exit",
        2.0,
        (
            "(?:exits?|to exit|exited|quits?|pulls? out of|pulled out of|withdraws? from"
            "|to withdraw from) (?!as\\b|after\\b|amid\\b|following\\b|from\\b)\\S+",
            "(?:pauses?|paused|halts?|halted|suspends?|suspended|stops?|stopped|ends?|ended)"
            " (?:\\S+ )?(?:services|deposits|withdrawals|sign-ups|signups|onboarding|operations)"
            " (?:in|for|of)",
            "(?:pauses?|paused|halts?|halted|suspends?|suspended|stops?|stopped) .{0,40}?"
            "to comply with",
        ),
    ),
    (
        "application",
        1.5,
        (
            "applies for|applied for|applying for|seeks? (?:a |an )?(?:licen[cs]e|approval"
            "|registration|charter)|files? (?:for|to launch|an application|s-1|19b-4)",
            "applications?|filings?|filed for|submits?|submitted",
            "begins (?:\\S+ ){0,2}?(?:registration|licensing|application) process",
        ),
    ),
    (
        # Betting odds and forecasts about an act are not the act.
        "odds",
        2.5,
        (
            "odds|\\d+% chance|chances? (?:of|that)|bettors|bets? (?:on|that)",
            "wager(?:s|ing)? (?:on|that)",
        ),
    ),
    (
        "etf flows",
        2.5,
        (
            "inflows?|outflows?|net flows?|redemptions?|aum|first-day volume|record volume",
            "assets under management|inflow streak|fastest (?:etf )?to",
        ),
    ),
    (
        "governance",
        2.5,
        (
            "dao|governance|token ?holders|delegates|snapshot vote|validators|core dev\\w*",
            "hard fork|soft fork|upgrade|mainnet|testnet|bip|eip|simd-\\d+|mempool",
            "protocol amendment|on-chain proposal|referendum",
        ),
    ),
    (
        "earnings/deal",
        2.0,
        (
            "revenue(?! (?:agency|service|authority|department|office))|earnings|profit|quarterly",
            "net loss|q[1-4]|ipo|valuation|buyback",
            # A licence acquired is no company deal: "To Acquire e-Money License".
            "(?:acquires?|acquired|acquisition|to acquire)(?! (?:\\S+ ){0,3}?licen[cs]e)"
            "|to buy|buys|buying|bought|raises \\$",
            "funding round|lays? off|layoffs|cuts? .{0,12}staff|shares (?:soar|tumble|jump)",
            "files? for ipo|deal worth|sponsorship|naming rights|shirt deal|fundrais\\w*",
            "balance sheet|treasury reserve|treasury strategy",
            "(?:adds?|added) [\\d,.]+ (?:more )?(?:bitcoin|btc|eth|ether)",
            "bitcoin[- ]backed bonds?|bitcoin bonds?|volcano bonds?|import orders?",
            "(?:issues?|sells?|prices?|priced) .{0,30}?bonds?",
            "funding push|crowdfunding|donat(?:e|es|ed|ing|ions?)|to (?:support|fund) (?:its )?"
            "(?:military|army"
            "|armed forces"
            "|troops|war)",
            "sells|sold|selling|offloads?|transfers|transferred|moves \\$|moves \\d",
            "owns|owned|(?<!disclose )(?<!disclose crypto )(?<!report )(?<!declare )holdings",
            "portfolio|net worth",
            # A private standard setter's rules are no regulation (the guideline).
            "fasb|financial accounting standards board|accounting standards?|fair[- ]value"
            " accounting|accounting rules?",
        ),
    ),
    (
        # An official's own money is no policy ("SEC Chair Atkins says he owns no crypto").
        "personal finances",
        3.0,
        (
            "(?:he|she|i) owns? (?:no |some |any |little )?(?:\\S+ )?(?:crypto|bitcoin|ether"
            "|btc|eth|tokens?|memecoins?)",
            "(?:his|her) (?:own |personal )?(?:crypto |bitcoin )?(?:holdings|investments"
            "|portfolio|stake|wealth)",
            "financial disclosures?",
        ),
    ),
    (
        "banking",
        1.5,
        (
            "bank failures?|bank collapse|failed bank|bank run|depositors|bailout|banking crisis",
            "silicon valley bank|signature bank|first republic|credit suisse|svb",
        ),
    ),
    (
        # An authority's own operations: tools, software and staff it buys or builds.
        "operations",
        2.0,
        (
            "(?:buys?|purchases?|develops?|to develop|builds?|to build|acquires?|to buy)"
            " (?:\\S+ ){0,3}?(?:tools?|software|analytics|system|app|monitoring)",
            "monitoring tool|research (?:center|centre|lab)",
            # "Dubai Police set up dedicated crypto crime unit": its own staff.
            "(?:sets? up|launch(?:es|ed)?|creates?|forms?|establish\\w*|expands?|to expand)"
            " (?:a |an |its |new |dedicated |special )*(?:[\\w-]+ ){0,3}?(?:unit|team|division"
            "|squad|desk)\\b",
            # "AUSTRAC signs multi-year deal with Chainalysis", "US Marshals taps Coinbase
            # Prime to custody seized crypto": what it buys.
            "(?:signs?|inks?|awards?) (?:an? )?(?:[\\w$.-]+ ){0,3}?(?:deal|contract)\\b",
            "(?:signs?|inks?) (?:an? )?(?:mou|memorandum of understanding|partnership)\\b",
            "taps (?:\\S+ ){1,3}?to (?:custody|manage|provide|run|build|handle|hold|store|sell"
            "|auction|track|trace|monitor)",
        ),
    ),
    (
        # An agency's report or statistics ("Europol report says criminals use stablecoins")
        # is no act; "..., report says" at the end only names a press source.
        "agency report",
        2.0,
        (
            "(?<!, )(?<!: )(?<!,)reports? (?:says|said|finds|found|shows|showed|warns|notes)",
            "reports? (?:an? )?(?:increase|rise|surge|decline|drop|jump|record|spike)",
            "yields? \\$\\d|brings? in \\$\\d",
            "losses (?:doubled?|tripled?|rose|rise|fell|fall|hit|top\\w*|surge\\w*|jump\\w*"
            "|climb\\w*)|statistics",
            "threat assessment|annual report|crime report|(?:study|survey|data) (?:finds|shows)",
        ),
    ),
    (
        "lobbying",
        1.5,
        ("lobby\\w*|super pac|political donations?|campaign (?:donations|contributions)",),
    ),
    (
        "conference",
        2.0,
        (
            "conference|summit|keynote|to speak at|kicks off|sells out|attendees|hackathon",
            "consensus 20\\d\\d|token2049|ethdenver|devcon|blockchain week",
        ),
    ),
    (
        "macro",
        1.5,
        (
            "rate cuts?|rate hikes?|interest rates?|fomc|cpi|jobs report|inflation data",
            "dollar (?:\\w+ )?(?:pauses|steadies|rises|falls|slips|firms|weakens|gains|edges"
            "|catches)|market (?:shake-?up|turmoil|sell-?off|volatility)",
            "treasury yields|bond yields|basis points|(?:holds?|held|keeps?|kept|leaves?|left)"
            " (?:interest )?rates|rate decision|(?:signals?|signaled) (?:a )?pause",
        ),
    ),
    (
        "format",
        4.0,
        (
            "opinion:|explainer:|analysis:|podcast:|q&a|recap|round-?up|newsletter",
            "this week in|what happened|markets daily|first mover|the protocol:",
            "morning minute|the node:|crypto daybook|state of crypto|week in review",
            "weekly wrap|daily wrap|daily briefing|morning briefing|evening briefing",
            "the breakdown:|long & short|crypto long|in conversation|interview:",
            "livestream|live blog|episode|ep\\.|column:|commentary:|editorial:|video:",
            "watch:|listen:|sponsored|press release|guest post|op-ed|the daily:|daily debrief",
            "factbox|fact box|\\+ more news|more news$|news briefs?|in brief:|daily digest",
            "today in crypto|law decoded|weekly recap|week in review|this week in crypto",
            "news summary|news digest|weekly digest|digest by|digest:|the morning after:",
        ),
    ),
    (
        "game/sport/oss",
        2.0,
        (
            "video games?|game studio|in-game|esports|minecraft|fortnite|twitch",
            "steam (?:bans?|store|platform|games?)",
            "league of legends|arena|basketball|tennis|nba|premier league|formula 1",
            "mit license|open[- ]source|business source license|source code|relicens\\w+",
            "Bill (?:Gates|Miller|Ackman)",
        ),
    ),
    (
        "commentary",
        1.2,
        (
            "ceo|chief executive|analysts?|strategist|economists?|experts?|observers|predicts",
            "columnists?|our columnist",
            "legal experts?|lawyers?|(?<!district )(?<!state )(?<!u\\.s\\. )attorneys?(?! general)"
            "|professor|researchers|study|survey|poll",
            "reacts?|reaction|reactions|cheers|celebrates|industry leaders|discuss(?:es)?",
            # A company person speaking about a case or a bill is commentary, not policy.
            "(?:founder|co-founder|cto|cfo|exec|executive|investor|billionaire|trader)"
            " (?:says|said|warns|predicts|calls|claims|thinks|believes)",
        ),
    ),
    (
        "personnel",
        1.5,
        (
            "hires?|hired|joins|joined|appoints?|names .{0,40} as|chief compliance officer",
            "steps? down|resigns?|resigned|departs?|retires?",
            "(?:seek|seeks|seeking|run for|runs for|running for) re-?election",
            "head of (?:its |the |a )?(?:new )?(?:[\\w-]+ ){0,5}?"
            "(?:unit|division|team|desk|office)\\b",
            # "Gensler to leave SEC", not "need to leave customer funds alone".
            "(?:leaves|to leave)(?! (?:\\S+ ){0,3}?(?:alone|intact|unchanged|untouched|open"
            "|behind))",
            "exits? (?:as|from (?:the |its |his |her )?(?:board|role|post|job|company|firm))",
        ),
    ),
)

#: Feature, explainer, interview and analysis headlines ("How ...", "Why ...", "Inside
#: ...", "... — Here's Why") are not news of a regulatory act, whatever they discuss.
FEATURE_OPENER = re.compile(
    r"(?:[A-Z][\w ,'-]{0,40}:\s*)?(?:How|Why|What|Who|Whose|Where|Inside|Here's|Here is|Meet"
    r"|From\b"
    r"|A Tale of|Tale of|The Case (?:for|[Aa]gainst)|Lessons? (?:from|of)|A Guide|Guide to"
    r"|Everything You|The Rise|The Fall|The Road|The Battle|The Fight|The Future|The State"
    r"|The Trouble|Behind|Beyond|Could|Should|Would|Can|Is|Are|Does|Did|Will)\b"
    r"|\d+ (?:[Tt]hings|[Ww]ays|[Rr]easons|[Kk]ey|[Tt]akeaways|[Qq]uestions|[Cc]harts"
    r"|[Ll]essons)\b"
)

#: A summary that presents its authors ("Jane Roe and John Doe of Acme LLP discuss ..."):
#: a law firm's or an expert's commentary piece, whatever the headline says. At most four
#: names: with no bound, a long run of capitalised words that is no list of authors makes
#: the search try every way of cutting it into names (seconds for one summary).
AUTHORS_DISCUSS = re.compile(
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]*){1,3}"
    r"(?:,?\s+(?:and\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]*){1,3}){0,3}"
    r"\s+of\s+[A-Z][\w&.,' -]{1,60}?\s+(?:discuss|explain|examine|analy[sz]e|consider|outline"
    r"|review|look at|explore)\b"
)

#: The same framing anywhere in the headline ("... — Here's Why", "X vs. Y").
FEATURE_PHRASES = PatternTable(
    (
        (
            "here's (?:why|how|what)|here is (?:why|how|what)|what (?:it|this|that) means",
            "things to know|key takeaways|a timeline|timeline of|cheat sheet",
            "what to (?:know|expect|watch)|what you need|explained|an explainer|a primer",
            "deep dive|long read|why (?:did|does|do|is|are|was|were|has|have)",
        ),
    )
)

#: A quoted phrase: a modal inside one is someone's words, not the headline's hedge.
QUOTED = re.compile(r"(?:^|(?<=\s))'[^']+'(?=$|[\s,.:;!?])|\"[^\"]+\"")

#: Speculation: a modal before the act ("SEC could approve...", "Binance may face...").
MODAL = PatternTable(
    (
        (
            "might|could|may|would|should|poised to|expected to|likely to|will likely"
            "|would likely|likely will",
            "rumou?red|in talks|tipped to|hopes? to|aims? to|seeks? to|intends? to",
            # A condition: "... if court rejects case" has not happened.
            "if|unless|whether",
        ),
    )
)

#: An unconfirmed report or a private source as the headline's attribution ("...: Report",
#: "..., Sources Say", "...: TRM", "...: Crypto Observers").
ATTRIBUTION = re.compile(r"(?::\s*|,['\"’”]?\s+|\s+[-–—]\s*)([^:,—–-]{1,40})$")
#: Every match of :data:`ATTRIBUTION` and :data:`OFFICIAL_ATTRIBUTION` holds one of these
#: characters: a headline without any is spared their (slow) searches.
ATTRIBUTION_MARK = re.compile(r"[-–—,:]")

#: A news outlet's name appended to a headline by aggregators ("... - Reuters").
OUTLET_SUFFIX = re.compile(
    r"\s+[-–—|]\s+(?i:reuters|bloomberg(?:\.com)?|cnbc|coindesk|cointelegraph|decrypt"
    r"|the block|forbes|yahoo finance|financial times|ft\.com|wsj|the wall street journal"
    r"|fortune|axios|bitcoin magazine|coingeek|cryptoslate|blockworks|beincrypto|the guardian"
    r"|bbc news|cnn|ap news|associated press|business insider|marketwatch|barron's|techcrunch"
    r"|the verge|politico|nikkei asia|south china morning post|scmp|investopedia|u\.today"
    r"|newsbtc|bitcoinist|cryptopotato|crypto briefing|dl news|the defiant|protos|cryptonews"
    r"|coinpedia|the economic times|economic times|times of india|livemint|mint)\s*$"
)

#: A central bank digital currency named in a headline: a government's or a central bank's
#: step with its own currency is policy news whatever the verb ("China connects digital
#: yuan to Hong Kong's payment system").
CBDC = re.compile(
    r"(?i:\b(?:cbdcs?|digital (?:yuan|euro|pound|rupee|ruble|rouble|dollar|real|won|yen|hkd"
    r"|baht|shekel|dirham|riyal|naira|tenge|hryvnia|lira|rand)|e-cny|e-?naira|e-hkd|e-rupee"
    r"|e-krona|e-peso|e-cedi|jam-dex|sand dollar|drex|mbridge)\b)"
)

#: A tagline after the news ("... - Here's What Happened", "... - What now?") and a
#: bracketed press note ("(Report)"): the headline is judged without them.
TAGLINE = re.compile(
    r"(?:\s*[-–—.:]\s*(?i:here's|here is|this is (?:what|why|how)|what now|what's next"
    r"|details|full details|find out)[^-–—:]*"
    # After a dash only: "...: What Happened Behind the Scenes" is a feature's headline.
    r"|\s+[-–—]\s*(?i:what's going on|what is going on|what happened|what you need to know"
    r"|what we know|why it matters)[^-–—:]*"
    # "... – Why?", "... – More Crypto Adoption Incoming?": a question after the news.
    r"|\s+[-–—]\s*[^-–—:?]{1,60}\?"
    r"|\s*\((?i:(?:[A-Z]\w* )?report|reports|updated?|update \d+)\))$"
)
#: Every match of :data:`TAGLINE` holds one of these characters (see ATTRIBUTION_MARK).
TAGLINE_MARK = re.compile(r"[-–—.:(]")

#: A wire desk's flag before a headline ("EXCLUSIVE-", "UPDATE 2-", "BREAKING:").
WIRE_PREFIX = re.compile(
    r"(?:(?i:EXCLUSIVE|BREAKING|UPDATE(?: \d+)?|WRAPUP(?: \d+)?|CORRECTED|RPT|REFILE)"
    r"\s*(?:[-:–—]\s*|\s+))+"
)

#: An authority named as the source at the end of a headline ("..., agency chair says",
#: "... - prosecutors", "..., SEC says"): the headline reports the authority's own words.
OFFICIAL_ATTRIBUTION = re.compile(
    r"(?:,['\"]?\s+(?:(?i:says|said|according to|proposes|urges|recommends|warns|states|claims"
    r"|argues|adds|insists)\s+"
    r"(?P<after>(?:the\s+)?(?:[\w.'-]+\s+){0,4}?[\w.'-]+)"
    r"|(?P<before>(?:the\s+)?(?:[\w.'-]+\s+){0,3}?[\w.'-]+)\s+(?i:says|said|say|claims?"
    r"|alleges?|allege|warns?|tells\s+\w+|told\s+\w+))"
    r"|(?:\s[-–—]|:)\s*(?P<bare>(?:the\s+)?(?:[\w.'-]+\s+){0,4}?[\w.'-]+))\s*$"
)

#: Sources whose words are an allegation or a finding by themselves.
ENFORCER = re.compile(
    r"(?i:prosecut\w*|police|court|judge|jury|investigators|attorneys? general"
    r"|u\.s\. attorney|fbi|doj|justice department)"
)

#: What may follow the authority in such a source: "agency chair", "SEC officials".
SOURCE_ROLE = re.compile(
    r"(?:\s+(?i:chair\w*|head|chief|officials?|spokes\w+|commissioners?|governor|director"
    r"|directors?|board|members?|minister|staff|lawyers|documents|filings?|data)"
    r"(?:\s+[A-Z][\w.'-]+){0,2})?$"
)

#: The verbs of a company or a person acting on their own behalf: when the subject of the
#: headline is not an authority, these make it a company statement or a private suit.
COMPANY_VERBS = PatternTable(
    (
        (
            "says|said|say|asks?|asked|urges?|urged|calls? (?:for|on)|sues?|suing",
            "files? (?:a |an )?(?:suit|lawsuit|motion|appeal|petition|brief|complaint|for)",
            "seeks?|sought|applies|applied|challenges?|challenged|petitions?",
            "awaits?|responds?|responded|appealed|appeals (?:conviction|ruling|decision|verdict"
            "|judgment|sentence|order|to)",
            "push(?:es)? back|fights?|fought|slams?|criticizes?|welcomes?|praises?|expects?",
            "vows?|argues?|claims?|lobbies|opposes?|tells|told(?! to)|threatens?|blames?",
            "is suing|to sue|will sue|moves to dismiss|asks court|reacts?|comments?|celebrates?",
            "cheers?|cheered|mourns?|discuss(?:es)?|analy[sz]es|examines|blasts?|rips|hits out"
            "|lashes out",
            "refutes?|refuted|condemns?|condemned|disputes?|disputed|denies|appeals for",
            "requests",
            "issues? (?:an? )?cease[- ]and[- ]desist",
        ),
    )
)

# --------------------------------------------------------------------------------------
# Jurisdictions: (code, fragments). The first mention in the title wins, so "Nigeria's SEC"
# resolves to NG (Nigeria comes first) while "SEC sues Nigerian firm" resolves to US.
# --------------------------------------------------------------------------------------

JURISDICTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "INTL",
        (
            "FATF",
            "IOSCO",
            "BIS",
            "FSB",
            "IMF",
            "G-?20",
            "G-?7",
            "OECD",
            "Interpol",
            "basel committee|financial stability board|bank for international settlements",
            "international monetary fund|financial action task force|interpol",
        ),
    ),
    (
        "EU",
        (
            "EU",
            "E\\.U\\.",
            "ECB",
            "ESMA",
            "EBA",
            "EIOPA",
            "AMLA",
            "MiCA",
            "MiCAR",
            "AMLR",
            "MEPs",
            "Lagarde",
            "Brussels",
            "Strasbourg",
            "Europol",
            "Eurojust",
            "european union|european commission|european parliament|european central bank",
            "european securities and markets authority|european banking authority",
            "markets in crypto-assets|euro area|eurozone|digital euro|europe|european",
            "council of the eu|european council",
        ),
    ),
    (
        "UK",
        (
            "UK",
            "U\\.K\\.",
            "FCA",
            "PRA",
            "BoE",
            "HMRC",
            "SFO",
            "NCA",
            "united kingdom|britain|british|bank of england|hm treasury|house of lords",
            "house of commons|financial conduct authority|high court|england|westminster",
            "serious fraud office|national crime agency|scotland|wales",
            "Reeves",
            "Sunak",
            "Starmer",
        ),
    ),
    (
        "HK",
        (
            "SFC",
            "HKMA",
            "LegCo",
            "hong kong|legislative council|securities and futures commission",
        ),
    ),
    ("SG", ("MAS", "singapore|monetary authority of singapore")),
    (
        "JP",
        (
            "FSA",
            "JFSA",
            "BoJ",
            "japan|japanese|financial services agency|tokyo",
            "Diet",
        ),
    ),
    (
        "KR",
        (
            "FSC",
            "FSS",
            "KoFIU",
            "BoK",
            "NTS",
            "south korea|korea|korean|seoul|dunamu|upbit|bithumb|national tax service",
            "financial services commission|financial supervisory service|bank of korea",
        ),
    ),
    (
        "AU",
        (
            "ASIC",
            "AUSTRAC",
            "ATO",
            "RBA",
            "australia|australian|canberra|reserve bank of aus",
        ),
    ),
    (
        "CA",
        (
            "OSC",
            "CSA",
            "CIRO",
            "BCSC",
            "FINTRAC",
            "CRA",
            "canada|canadian|ontario|quebec|british columbia|capital markets tribunal",
            "bank of canada|canada revenue agency",
        ),
    ),
    (
        "IN",
        (
            "RBI",
            "SEBI",
            "FIU-IND",
            "india|indian|reserve bank of india|delhi",
            "(?:madras|bombay|calcutta|allahabad|kerala|karnataka|gujarat|telangana) high court",
            "Sitharaman",
        ),
    ),
    (
        "AE",
        (
            "UAE",
            "VARA",
            "DFSA",
            "FSRA",
            "ADGM",
            "DIFC",
            "CBUAE",
            "SCA",
            "united arab emirates|dubai|abu dhabi|emirati|securities and commodities authority",
            "virtual assets regulatory authority|central bank of the uae",
        ),
    ),
    (
        "CN",
        ("PBOC", "PBoC", "CSRC", "china|chinese|people's bank of china|beijing|mainland"),
    ),
    ("CH", ("FINMA", "SNB", "switzerland|swiss")),
    (
        "BR",
        ("CVM", "brazil|brazilian|receita federal|banco central do brasil", "Lula"),
    ),
    ("RU", ("russia|russian|bank of russia|state duma|duma|kremlin|moscow",)),
    ("TH", ("thailand|thai|bangkok|bank of thailand",)),
    ("TR", ("SPK", "MASAK", "BDDK", "turkey|türkiye|turkish|capital markets board")),
    ("NG", ("EFCC", "CBN", "Tinubu", "nigeria|nigerian|federal inland revenue service")),
    ("ZA", ("FSCA", "SARB", "SARS", "south africa|south african")),
    ("DE", ("BaFin", "Bundesbank", "Bundestag", "Bundesrat", "germany|german")),
    (
        "FR",
        ("AMF", "ACPR", "france|french|autorité des marchés financiers|banque de france"),
    ),
    ("IT", ("Consob", "CONSOB", "italy|italian|bank of italy|banca d'italia")),
    ("ES", ("CNMV", "AEPD", "spain|spanish|bank of spain|banco de españa")),
    ("NL", ("DNB", "AFM", "netherlands|dutch|de nederlandsche bank")),
    ("IE", ("ireland|irish|central bank of ireland",)),
    ("LU", ("CSSF", "luxembourg")),
    ("MT", ("MFSA", "malta|maltese")),
    ("PT", ("portugal|portuguese",)),
    ("AT", ("austria|austrian",)),
    ("SE", ("sweden|swedish|finansinspektionen|riksbank",)),
    ("NO", ("norway|norwegian|norges bank",)),
    ("PL", ("KNF", "poland|polish")),
    ("CZ", ("czech republic|czechia|czech",)),
    ("LT", ("lithuania|lithuanian|bank of lithuania",)),
    ("EE", ("estonia|estonian",)),
    ("CY", ("CySEC", "cyprus")),
    ("PH", ("BSP", "philippines|philippine|bangko sentral")),
    ("ID", ("Bappebti", "OJK", "indonesia|indonesian|bank indonesia")),
    ("MY", ("BNM", "malaysia|malaysian|bank negara")),
    ("VN", ("vietnam|vietnamese",)),
    ("PK", ("SECP", "SBP", "PVARA", "pakistan|pakistani|state bank of pakistan")),
    ("KZ", ("kazakhstan",)),
    ("UA", ("Rada", "NBU", "ukraine|ukrainian|verkhovna rada|national bank of ukraine")),
    ("IL", ("israel|israeli|bank of israel|israel securities authority",)),
    ("SA", ("SAMA", "saudi arabia|saudi")),
    ("KE", ("CBK", "kenya|kenyan|central bank of kenya")),
    ("AR", ("CNV", "BCRA", "Milei", "argentina|argentine|argentinian")),
    ("MX", ("Banxico", "CNBV", "mexico|mexican")),
    ("CO", ("colombia|colombian|superintendencia financiera",)),
    ("CL", ("CMF", "chile|chilean")),
    ("SV", ("Bukele", "el salvador|salvadoran")),
    ("CF", ("central african republic",)),
    ("BS", ("bahamas|bahamian",)),
    ("BM", ("bermuda",)),
    ("ME", ("montenegro",)),
    ("TW", ("taiwan",)),
    ("GH", ("ghana|ghanaian|bank of ghana",)),
    ("EG", ("egypt|egyptian",)),
    ("QA", ("qatar|qatari",)),
    ("BH", ("CBB", "bahrain|bahraini")),
    ("KH", ("cambodia|cambodian",)),
    ("BD", ("bangladesh|bangladeshi",)),
    ("IR", ("iran|iranian",)),
    ("VE", ("venezuela|venezuelan",)),
    ("BT", ("bhutan|bhutanese",)),
    ("PE", ("peru|peruvian",)),
    ("GI", ("gibraltar",)),
    ("LI", ("liechtenstein",)),
    ("MU", ("mauritius",)),
    ("GE", ("georgian government|georgia's national bank|national bank of georgia",)),
    ("NZ", ("new zealand|reserve bank of new zealand",)),
    ("DK", ("denmark|danish",)),
    ("FI", ("finland|finnish",)),
    ("BE", ("FSMA", "belgium|belgian")),
    ("GR", ("greece|greek",)),
    ("HU", ("hungary|hungarian",)),
    ("RO", ("romania|romanian",)),
    ("BG", ("bulgaria|bulgarian",)),
    ("HR", ("croatia|croatian",)),
    ("SK", ("slovakia|slovak",)),
    ("SI", ("slovenia|slovenian",)),
    ("LV", ("latvia|latvian",)),
    ("BY", ("belarus|belarusian",)),
    ("KG", ("kyrgyzstan|kyrgyz",)),
    ("UZ", ("uzbekistan|uzbek",)),
    ("AZ", ("azerbaijan",)),
    ("AM", ("armenia|armenian",)),
    ("RS", ("serbia|serbian",)),
    ("MD", ("moldova|moldovan",)),
    ("IS", ("iceland|icelandic",)),
    ("KY", ("cayman islands",)),
    ("JM", ("jamaica|jamaican",)),
    ("MA", ("morocco|moroccan",)),
    ("UG", ("uganda|ugandan",)),
    ("TZ", ("tanzania|tanzanian",)),
    ("ZM", ("zambia|zambian",)),
    ("ZW", ("zimbabwe|zimbabwean",)),
    ("ET", ("ethiopia|ethiopian",)),
    ("LK", ("sri lanka|sri lankan",)),
    ("NP", ("nepal|nepalese",)),
    ("MN", ("mongolia|mongolian",)),
    ("KW", ("kuwait|kuwaiti",)),
    ("OM", ("oman|omani",)),
    ("LB", ("lebanon|lebanese",)),
    ("UY", ("uruguay|uruguayan",)),
    ("PY", ("paraguay|paraguayan",)),
    ("BO", ("bolivia|bolivian",)),
    ("EC", ("ecuador|ecuadorian",)),
    ("PA", ("panama|panamanian",)),
    ("CR", ("costa rica|costa rican",)),
    (
        "US",
        (
            "SEC",
            "CFTC",
            "CTFC",
            "OCC",
            "FDIC",
            "FinCEN",
            "OFAC",
            "IRS",
            "DOJ",
            "DoJ",
            "FBI",
            "FTC",
            "CFPB",
            "FHFA",
            "NYDFS",
            "DFPI",
            "FINRA",
            "NYAG",
            "Fed",
            "Congress",
            "Senate",
            "House",
            "U\\.S\\.",
            "US",
            "Gensler",
            "Atkins",
            "Peirce",
            "Crenshaw",
            "Uyeda",
            "Pham",
            "Lummis",
            "Warren",
            "Yellen",
            "Bessent",
            "Waller",
            "Powell",
            "Trump",
            "Biden",
            "GENIUS",
            "CLARITY Act",
            "FIT21",
            "STABLE Act",
            "united states|american|federal reserve|justice department|white house|federal",
            "new york|california|texas|florida|wyoming|arizona|new hampshire|massachusetts",
            "manhattan|brooklyn|washington|supreme court|(?:second|third|fifth|ninth) circuit",
            "uncle sam",
            "alabama|alaska|arkansas|colorado|connecticut|delaware|hawaii|idaho|illinois",
            "indiana|iowa|kansas|kentucky|louisiana|maine|maryland|michigan|minnesota",
            "mississippi|missouri|montana|nebraska|nevada|new jersey|new mexico|oklahoma",
            "north carolina|north dakota|ohio|oregon|pennsylvania|rhode island|tennessee",
            "south carolina|south dakota|utah|vermont|virginia|west virginia|wisconsin",
        ),
    ),
)

#: Weaker hints of a jurisdiction, tried only when neither the title nor the summary names
#: a place, regulator or official: amounts in a national currency ("245 billion won"), and
#: local firms whose failures only their country's authorities pursue.
JURISDICTION_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("KR", ("(?:million|billion|trillion) won", "Delio", "Haru Invest")),
    ("IN", ("crores?|lakhs?|rupees?",)),
    ("JP", ("(?:million|billion|trillion) yen",)),
    ("HK", ("HK\\$", "JPEX")),
    ("SG", ("S\\$",)),
    ("AU", ("A\\$",)),
    ("CA", ("C\\$",)),
    ("BR", ("R\\$", "reais")),
    ("RU", ("rubles?|roubles?",)),
    ("TH", ("baht",)),
    ("TR", ("Thodex", "lira")),
    ("UK", ("royal assent",)),
    # Defendants of the best-known US crypto prosecutions, and the US parties.
    (
        "US",
        (
            "Bankman-Fried",
            "SBF",
            "Changpeng Zhao",
            "Salame",
            "Samourai",
            "Mashinsky",
            "Do Kwon",
            "Roman Storm",
            "Eisenberg",
            "Karony",
            # The US parties.
            "Democrats",
            "Republicans",
            "GOP",
        ),
    ),
)

#: The Union's member states (and EEA states under MiCA) by jurisdiction code.
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
    " IS LI NO".split()
)

# --------------------------------------------------------------------------------------
# Kinds: which of the five kinds a regulatory story is. The first trigger in the title
# decides (headlines put the main verb early); the summary is the fallback.
# --------------------------------------------------------------------------------------

KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "ruling",
        (
            "sentenc\\w*|convict\\w*|acquit\\w*|found guilty|(?:pleads?|pleaded|pleading) guilty",
            "verdict|upholds?|upheld|overturns?|vacates?|quash\\w*|dismiss\\w*|jails?|jailed",
            "judges?|jury|court|appeals|ruled|ruling(?! (?:coalition|party|bloc|camp))",
            "rules that|sides with|extradit\\w*",
            "(?:plea|sentencing) hearing|circuit(?! breakers?)",
            "(?:wins?|won|loses|lost) (?:a |an |its |the |their |his |her )?"
            "(?:lawsuit|suit|case|appeal|bid to dismiss)",
            "mistrial|found liable|admits? guilt|prison|behind bars|guilty pleas?",
            _DIGIT + "\\d* (?:years|months)",
        ),
    ),
    (
        "enforcement",
        (
            "sues?|sued|suing|lawsuits?|indict\\w*|charg(?:e|es|ed)|fines?|fined|penalt\\w+",
            "settles?|settled|settlement|sanction\\w*|seiz\\w+|arrests?|arrested|raids?",
            "wells notice|cease-and-desist|desist-and-refrain|crackdown|crack down|probe",
            "investigat\\w+|blacklist\\w*|blocks?|orders?|ordered|enforc\\w+|red notice",
            "bans?|banned|bars?|barred|suspends?|shut down|shuttered|prohibition orders?",
            # Warning a named firm, or against one, is enforcement; warning of risks is policy.
            "warns? against|plea deal|closes investigation",
            "drop(?:s|ped)? (?:its |their |the )?(?:\\w+ )?(?:appeals?|cases?|lawsuits?|suits?"
            "|charges)",
            # "Japan asks Apple, Google to pull Bybit's apps": an order to platforms.
            "(?:asks?|asked|tells?|told|directs?|directed|instructs?|instructed)"
            " (?:[\\w.,&'-]+ ){1,6}?to (?:remove|pull|block|take down|delist|halt|stop|cease)",
            "(?:investor )?alert list|warning list|blacklist",
            # A named firm warned over what it does: "FSA Warns Binance for Operating Without
            # Registration", "MAS warns Binance over unlicensed services" (not "warns
            # investors over scams": that is policy).
            "[Ww]arns? [A-Z][\\w.-]+(?: [A-Z][\\w.-]+)? (?:[Ff]or|[Oo]ver|[Aa]bout) (?:[Ii]ts )?"
            "(?:[Oo]perating|[Uu]nlicensed|[Uu]nregistered|[Ii]llegal\\w*|[Oo]ffering|[Rr]unning"
            "|[Pp]roviding|[Ss]erving|[Ss]oliciting|[Mm]isleading)",
            "in (?:its |the )?(?:latest |new )?warning\\b",
            "freez\\w+|froze",
            "busts?|busted|dismantl\\w+|takedown|takes down|took down|taken down|revok\\w+"
            "|forfeit\\w*|confiscat\\w+",
            "sends? .{0,30}?(?:letters|notices|warnings|subpoenas|demands)",
            "detain\\w*",
        ),
    ),
    (
        "licensing",
        (
            "licen[cs]\\w*|bitlicense|charters?|registers?|registered|registration",
            "approv\\w+|authori[sz]\\w+|greenlights?|greenlit|green light|clears?|signs off",
            "rejects?|denies|delays? decision|no-action|in-principle|extends? (?:its )?review",
            "reviews?|permits?|okays?|okayed|go-ahead|nod|leeway|exempt\\w*",
        ),
    ),
    (
        "legislation",
        (
            _BILL,
            "legislation|law(?! enforcement)|laws|signs? .{0,40} into law|royal assent|ordinance",
            "vetoe?s?|passes|passed|votes?|legal tender|budget|resolution|amends?",
            "takes? effect|into force|into effect",
            "executive orders?",
            # "EU Parliament seals AML package", "French lawmakers back stablecoin tax".
            "(?:parliament|lawmakers|legislators|mps|senate|house|congress|assembly|duma"
            "|diet|knesset) (?:\\S+ ){0,2}?(?:seals?|sealed|endorses?|endorsed|backs?|backed)\\b",
            # "Turkey grants financial crimes unit powers to freeze crypto accounts".
            "(?:grants?|granted|gives?|gave|hands?|handed) (?:\\S+ ){0,4}?(?:new )?powers\\b",
            # A ban lifted, a cap imposed: the rules change.
            "(?:lifts?|lifted|scraps?|scrapped|ends|ended|eases?|eased|relax\\w*)"
            " (?:its |the |a )?(?:[\\w$.,-]+ ){0,3}?(?:ban|prohibition)",
            "(?:imposes?|sets?|introduces?) (?:\\S+ ){0,3}?(?:caps?|limits?|ceilings?)\\b",
            # "caps deposits at A$5,000": a currency's letters may come before its sign.
            "(?<!market )caps? (?:\\S+ ){0,3}?(?:at|to) (?:[a-z]{1,3})?[$€£]?\\d[\\d.,]*"
            "(?:%|x|[kmb]n?)?",
            # Rules adopted and taxes set are law; proposals and consultations are policy.
            "(?:rules?|regulations|rulebook|standards) (?:take|takes|took|come|comes|came|go|goes)"
            " (?:effect|into force|into effect|live)",
            "finali[sz]\\w*",
            "(?:issues?|publish(?:es)?|sets?|introduces?|announces?|unveils?)"
            " (?!(?:proposed|draft) )(?:new )?"
            "(?:[\\w-]+ ){0,2}?(?:rules|regulations|rulebook)",
            "(?:adopts?|adopted) (?:the |new |a |its )?(?:[\\w-]+ ){0,2}?"
            "(?:rules|laws?|regulations|rulebook|act|bill)",
            "(?:raises?|sets?|cuts?|hikes?|imposes?|introduces?|scraps?|abolish\\w*|lowers?)"
            " (?:[\\w.%-]+ ){0,3}?tax\\w*",
            NAMED_ACT,
            # A bill put before lawmakers is legislation, whatever words describe it first
            # ("lays crypto regime legislation before Parliament").
            "(?:tables?|tabled|lays?|laid|files?|filed|introduces?|introduced|submits?|submitted"
            "|unveils?|unveiled) (?:\\S+ ){0,4}?(?:" + _BILL + "|legislation|draft laws?)",
        ),
    ),
    (
        "policy",
        (
            "guidance|guidelines|rules?|rulemaking|regulations?|framework|regime|consult\\w*",
            "propos\\w+|roadmap|recommendations|standards?|statement",
            "public comments?|seeks? (?:public )?(?:comments?|input|feedback|views|opinions?)",
            "sandbox|tax\\w*|says|urges|calls? (?:for|on)|presses|warns|report|policy|plans?",
            "creates?|to create|allows?|to allow|lets|regulat(?:e|es|ing)|pardon\\w*",
            "hearings?|roundtables?|testif\\w+|testimony|task force|grill\\w*|letter",
            "weighs?|considers?|mulls?|eyes|explores?|strategy|stance|oversight",
            "weighing|considering|mulling|exploring",
        ),
    ),
)
