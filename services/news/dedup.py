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

CHAIN_FLOOR = 0.3
"""Similarity to a story's first wording below which an item does not chain into the story
through a later wording it resembles less than ``STRONG_THRESHOLD``."""

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
    weeks day days today yesterday tomorrow month months year years time times number becomes
    becoming goes going went gone
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
    security securities
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
    # Legislatures, by whatever name: "Japan's Diet" is "Japan's parliament".
    "parliament": "lawmaker",
    "parliaments": "lawmaker",
    "congress": "lawmaker",
    "legislature": "lawmaker",
    "assembly": "lawmaker",
    "diet": "lawmaker",
    "duma": "lawmaker",
    "knesset": "lawmaker",
    "bundestag": "lawmaker",
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
    "etfs": "etf",
    "etns": "etn",
    "nfts": "nft",
    "cbdcs": "cbdc",
    "judge": "court",
    "judges": "court",
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "licencing": "licensing",
    "microstrategy": "strategy",
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


# --- what a title says happened: who, where, and what they did -------------------------------
#
# Two items of one story name the same actors, in the same place, doing the same thing. Sharing
# words is not enough: "Thailand SEC grants licence to Gulf Binance" and "Thailand's SEC files
# criminal complaint against Binance" share every name, and "Bitstamp receives MiCA licence in
# Luxembourg" and "Coinbase wins MiCA license from Luxembourg regulator" share everything but the
# actor. So each title is also read as a frame: its places, its actors (names, its lead noun), its
# main action (by class), and whether it reverses something (lifts, rescinds, overturns).

# Places, as "place: spellings | places that contain it". Spellings are matched capitalised, so
# "us" the pronoun and "turkey" the bird are not places.
_PLACE_TABLE = """
    us: US, USA, United States, American, Americans |
    uk: UK, United Kingdom, Britain, British, England, English, Scotland, Scottish, Wales,
        London |
    eu: EU, European Union, Europe, European, EEA, Brussels |
    uae: UAE, United Arab Emirates, Emirati, Emirates |
    dubai: Dubai | uae
    abu dhabi: Abu Dhabi | uae
    hong kong: Hong Kong |
    china: China, Chinese, Beijing, Shanghai, PBOC, PBoC |
    taiwan: Taiwan, Taiwanese, Taipei |
    japan: Japan, Japanese, Tokyo |
    south korea: South Korea, Korea, Korean, Koreans, Seoul |
    north korea: North Korea, North Korean, Pyongyang |
    singapore: Singapore, Singaporean |
    thailand: Thailand, Thai, Bangkok |
    philippines: Philippines, Philippine, Filipino, Manila |
    vietnam: Vietnam, Vietnamese |
    indonesia: Indonesia, Indonesian, Jakarta |
    malaysia: Malaysia, Malaysian |
    india: India, Indian, Mumbai, Delhi |
    pakistan: Pakistan, Pakistani |
    bhutan: Bhutan, Bhutanese |
    cambodia: Cambodia, Cambodian |
    kazakhstan: Kazakhstan, Kazakh |
    kyrgyzstan: Kyrgyzstan, Kyrgyz |
    uzbekistan: Uzbekistan, Uzbek |
    mongolia: Mongolia, Mongolian |
    armenia: Armenia, Armenian |
    azerbaijan: Azerbaijan |
    sri lanka: Sri Lanka |
    bangladesh: Bangladesh |
    nepal: Nepal |
    laos: Laos |
    myanmar: Myanmar |
    macau: Macau, Macao |
    australia: Australia, Australian, Sydney, Melbourne |
    new zealand: New Zealand |
    canada: Canada, Canadian, Ontario, Quebec, Toronto |
    mexico: Mexico, Mexican |
    brazil: Brazil, Brazilian |
    argentina: Argentina, Argentine, Argentinian |
    el salvador: El Salvador, Salvadoran |
    venezuela: Venezuela, Venezuelan, Venezuelans |
    colombia: Colombia, Colombian |
    chile: Chile, Chilean |
    peru: Peru, Peruvian |
    bahamas: Bahamas, Bahamian |
    bermuda: Bermuda |
    cayman islands: Cayman Islands, Cayman |
    russia: Russia, Russian, Moscow |
    ukraine: Ukraine, Ukrainian, Kyiv |
    belarus: Belarus |
    turkey: Turkey, Turkish, Istanbul |
    israel: Israel, Israeli |
    iran: Iran, Iranian |
    saudi arabia: Saudi Arabia, Saudi |
    qatar: Qatar |
    bahrain: Bahrain |
    nigeria: Nigeria, Nigerian, Lagos |
    kenya: Kenya, Kenyan |
    south africa: South Africa, South African |
    central african republic: Central African Republic |
    ghana: Ghana, Ghanaian |
    egypt: Egypt, Egyptian |
    morocco: Morocco, Moroccan |
    switzerland: Switzerland, Swiss, Zug |
    norway: Norway, Norwegian |
    liechtenstein: Liechtenstein |
    germany: Germany, German, Berlin, Frankfurt | eu
    france: France, French, Paris | eu
    netherlands: Netherlands, Dutch, Amsterdam | eu
    belgium: Belgium, Belgian | eu
    luxembourg: Luxembourg | eu
    ireland: Ireland, Irish, Dublin | eu
    italy: Italy, Italian | eu
    spain: Spain, Spanish | eu
    portugal: Portugal, Portuguese | eu
    austria: Austria, Austrian | eu
    sweden: Sweden, Swedish | eu
    denmark: Denmark, Danish | eu
    finland: Finland, Finnish | eu
    poland: Poland, Polish | eu
    czech republic: Czech Republic, Czech | eu
    malta: Malta, Maltese | eu
    cyprus: Cyprus, Cypriot | eu
    greece: Greece, Greek | eu
    estonia: Estonia, Estonian | eu
    lithuania: Lithuania, Lithuanian | eu
    latvia: Latvia, Latvian | eu
    montenegro: Montenegro |
    serbia: Serbia, Serbian |
    bosnia: Bosnia |
    albania: Albania |
    north macedonia: North Macedonia |
    moldova: Moldova |
    iceland: Iceland, Icelandic |
    croatia: Croatia, Croatian | eu
    slovenia: Slovenia, Slovenian | eu
    slovakia: Slovakia, Slovak | eu
    hungary: Hungary, Hungarian | eu
    romania: Romania, Romanian | eu
    bulgaria: Bulgaria, Bulgarian | eu
    jersey: Jersey |
    gibraltar: Gibraltar |
    isle of man: Isle of Man |
    panama: Panama, Panamanian |
    costa rica: Costa Rica |
    guatemala: Guatemala |
    honduras: Honduras |
    cuba: Cuba, Cuban |
    bolivia: Bolivia, Bolivian |
    paraguay: Paraguay, Paraguayan |
    uruguay: Uruguay, Uruguayan |
    ecuador: Ecuador |
    jamaica: Jamaica |
    puerto rico: Puerto Rico |
    ethiopia: Ethiopia, Ethiopian |
    zimbabwe: Zimbabwe |
    uganda: Uganda |
    tanzania: Tanzania |
    rwanda: Rwanda |
    zambia: Zambia |
    senegal: Senegal |
    tunisia: Tunisia |
    algeria: Algeria |
    lebanon: Lebanon |
    oman: Oman |
    kuwait: Kuwait |
    iraq: Iraq |
    syria: Syria |
    afghanistan: Afghanistan |
    new york: New York, NYC, Manhattan | us
    california: California, Californian, San Francisco, Los Angeles | us
    texas: Texas, Texan | us
    florida: Florida, Miami | us
    arizona: Arizona | us
    wyoming: Wyoming | us
    new hampshire: New Hampshire | us
    massachusetts: Massachusetts | us
    wisconsin: Wisconsin | us
    illinois: Illinois, Chicago | us
    nevada: Nevada, Las Vegas | us
    tennessee: Tennessee, Nashville | us
    utah: Utah | us
    ohio: Ohio | us
    pennsylvania: Pennsylvania | us
    colorado: Colorado, Denver | us
    oklahoma: Oklahoma | us
    kentucky: Kentucky | us
    louisiana: Louisiana | us
    montana: Montana | us
    michigan: Michigan | us
    new jersey: New Jersey | us
    north carolina: North Carolina | us
    washington state: Washington State, Seattle | us
    alabama: Alabama | us
    alaska: Alaska | us
    arkansas: Arkansas | us
    connecticut: Connecticut | us
    delaware: Delaware | us
    hawaii: Hawaii | us
    idaho: Idaho | us
    indiana: Indiana | us
    iowa: Iowa | us
    kansas: Kansas | us
    maine: Maine | us
    maryland: Maryland | us
    minnesota: Minnesota | us
    mississippi: Mississippi | us
    missouri: Missouri | us
    nebraska: Nebraska | us
    new mexico: New Mexico | us
    north dakota: North Dakota | us
    oregon: Oregon | us
    rhode island: Rhode Island | us
    south carolina: South Carolina | us
    south dakota: South Dakota | us
    vermont: Vermont | us
    virginia: Virginia | us
    west virginia: West Virginia | us
"""


def _parse_places(table: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    places: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in re.split(r"\n(?=\s*[a-z][a-z ]*:)", table.strip()):
        name, rest = entry.split(":", 1)
        spellings, containers = rest.split("|")
        found = ("@" + name.strip(), *("@" + c for c in containers.split()))
        for spelling in spellings.split(","):
            if spelling.strip():
                places[tuple(spelling.split())] = found
    return places


_PLACES = _parse_places(_PLACE_TABLE)
_PLACE_MAX_WORDS = max(len(spelling) for spelling in _PLACES)
_PLACE_FIRST_WORDS = frozenset(
    form for spelling in _PLACES for form in (spelling[0], spelling[0].upper())
)


# What titles say was done, by class. A word may be in several classes ("order": a court's or a
# regulator's); two titles whose main actions share no class report different events ("grants
# licence" / "files criminal complaint", "votes to overturn" / "rescinds", "shares tumble" /
# "drops case"). Verbs are given in their base form and inflected here; words marked "=" are
# taken as written, and nouns, marked "~", only take a plural: they can be a title's main action
# ("issues first licences" is a grant) but are weak evidence of anything else.
_ACTION_TABLE = {
    "approval": """approve ~approval grant authorize authorise ~authorization ~authorisation
        license licence certify okay secure obtain win =won award register ~registration
        permit ~charter ~nod""",
    "provisional": """=inprinciple =provisional =preliminary""",
    "offer": """launch relaunch debut unveil =rolls =rolled ~rollout introduce offer add
        integrate enable let tap partner ~partnership =teams =teamed list ~listing expand open
        activate =live start begin release deploy adopt pay allow invite""",
    # Lawmaking goes by stages, each its own event: a bill is proposed, passed, signed, and
    # takes effect ("takes effect" and "comes into force" are read in context).
    "propose": """propose ~proposal introduce draft =table =tables =tabled unveil float""",
    "pass": """pass vote adopt approve advance amend ~amendment legalize legalise""",
    "sign": """sign enact =assent""",
    # Rulemaking too: a consultation, then the rules.
    "consult": """consult ~consultation propose ~proposal draft""",
    "rules": """publish release unveil finalize finalise outline ~guidance ~guideline rule
        ~framework ~statement update clarify ~roadmap ~regime ~standard ~recommendation
        reclassify tighten declare impose""",
    "speech": """say =says =said warn urge call claim argue predict tell =told note comment
        ~statement remark testify speak announce confirm deny reveal hint signal believe
        expect think admit suggest insist praise slam blast criticize criticise acknowledge
        reiterate defend tout declare""",
    "litigate": """sue =sues =sued =suing ~lawsuit ~suit ~indictment indict accuse ~complaint
        charge file prosecute allege settle ~settlement""",
    "enforce": """fine penalize penalise ~penalty ban block order halt suspend freeze seize
        ~seizure arrest raid sanction probe investigate ~investigation subpoena ~crackdown
        ~suspension
        blacklist shut shutter close warn target settle ~settlement pay detain bar restrict
        desist cancel delist pause stop""",
    "halt": """halt suspend ~suspension freeze pause stop""",
    "court": """rule ~ruling sentence sentenced convict ~conviction plead ~plea =guilty =guilt
        acquit uphold order ~verdict =liable ~trial appeal win =won lose =lost dismiss
        ~dismissal overturn admit toss""",
    "pardon": """pardon ~clemency commute""",
    "reverse": """lift rescind overturn repeal revoke withdraw quash scrap reverse kill unban
        vacate dismiss ~dismissal cancel abandon remove exit toss""",
    "reject": """reject deny veto =vetoes refuse delay postpone oppose block decline""",
    "market": """rise =rose =risen fall =fell =fallen jump tumble soar surge plunge slide =slid
        slip rally climb sink =sank =sunk crash spike dip bounce gain retreat rebound tank
        slump skyrocket erase pare recover regain dive top hit break near wobble extend bleed
        depeg lose =lost swing""",
    "fail": """collapse fail ~failure =bankrupt ~bankruptcy =insolvent""",
    "buy": """buy =bought acquire ~acquisition purchase add accumulate invest""",
    "sell": """sell =sold dump offload transfer liquidate""",
    "fund": """raise fundraise ~funding""",
    "change": """raise cut hike lower slash reduce""",
    "hack": """hack ~hacker exploit steal =stole =stolen drain breach attack ~heist compromise
        loot phish hit launder lose =lost""",
    "mint": """mint burn""",
    "people": """hire appoint join leave =step =steps resign exit depart fire ~layoff =lays cut
        confirm nominate""",
    "apply": """file apply ~application seek request""",
    "schedule": """schedule ~date ~timeline slate""",
    "consider": """weigh consider mull explore =eyes""",
}

# Verbs that are no action of their own: the action is what follows ("gets banking charters
# approved", "receives MiCA licence").
_VAGUE_VERBS = frozenset("get gets got receive receives received give gives given".split())

# Verbs of intent before "to": "moves to block", "agrees to settle", "set to launch".
_AUXILIARY_VERBS = frozenset(
    """move moves plan plans planning seek seeks aim aims look looks want wants set prepare
    prepares prep preps try tries agree agrees hope hopes intend intends poised eye eyes
    threaten threatens push pushes vow vows""".split()
)

# Reversals: an item that reverses something ("sanctions lifted") reports another event than
# one about the thing itself ("Treasury sanctions Tornado Cash"). "Drop" and "end" reverse only
# legal matters: "drops case", not "bitcoin drops 5%".
_REVERSAL_WORDS = """lift rescind overturn repeal revoke withdraw quash scrap reverse kill unban
    vacate dismiss cancel toss""".split()
_REVERSAL_IF_LEGAL = "drop drops dropped dropping end ends ended ending".split()
_LEGAL_OBJECTS = """case cases lawsuit lawsuits suit charges probe investigation appeal ban
    sanctions action enforcement claims prosecution""".split()

# Titles that analyse, ask or round up rather than report one event: their own story each.
_ANALYSIS_PREFIXES = frozenset(
    """analysis opinion explainer podcast interview column commentary editorial review guide
    feature""".split()
)
_QUESTION_WORDS = frozenset("how why what who whom whose where which here inside".split())

# Honorifics and modifiers before a title's lead name: "Sen. Lummis", "Ex-FTX executive".
_LEAD_SKIP = frozenset("sen rep gov mr mrs ms dr ex former new top".split())

# A revised version of something is news of its own: "Peirce unveils revised safe harbor".
_REVISION_WORDS = frozenset(
    "revise revises revised revision revisions revamp revamps revamped".split()
)

# Words after which a title gives the context, not its own event: "Crypto stocks jump after
# House passes market structure bill" is about stocks.
_SUBORDINATORS = frozenset("after following amid despite since ahead while before as".split())

# "Lummis: market structure bill must reach the floor", "RBI Governor: Crypto poses threat": a
# name or one of these before a colon is a speaker, and the title reports what was said.
_SPEAKER_ROLES = frozenset(
    """governor chair chairman chairwoman staff lawyer minister ceo cfo cto commissioner
    senator lawmaker official spokesperson analyst founder executive exec judge president
    secretary treasurer economist""".split()
)

# Kinds of asset a story can be about, like coins: "memecoins are not securities" and
# "stablecoins are not securities" are two stories.
_CATEGORY_WORDS = "stablecoin memecoin nft etf etn cbdc".split()

_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_TIME_WORDS = frozenset("midterm midterms yearend".split())
_PHRASES = (
    (re.compile(r"\b(meme|stable)[\s-]+(coin)", re.IGNORECASE), r"\1\2"),
    (re.compile(r"\byear[\s-]end\b", re.IGNORECASE), "yearend"),
    (re.compile(r"\bin[\s-]principle\b", re.IGNORECASE), "inprinciple"),
)


# Ordinary words that title-case headlines capitalise ("Coinbase Wins MiCA License From
# Luxembourg Regulator"): in such a title a capitalised word that is none of these, nor a stop
# word, a generic word or an action, is taken for a name. Stemmed at import, so one form of
# each word is enough.
_COMMON_WORDS = """
    access account accounting act action cabinet ministry lawmaker score corporation toss
    activity address admin administration administrator
    adoption advertising affiliate agency agent aid alert amount analysis anti app appeal
    approach arena arm arrow asset assembly attempt attendance attorney authority average
    backed bailout balance bank banker banking base battered beat beckon become bet bid bill
    billionaire blackout bleak board body bond book borrowing bot brace brand branding breakout
    bridge broker browser brush budget build builder building business buyback buyer buyout
    campaign candidate cap capital car card case cash cent center centre central centralized
    chair chairman chamber change chart cheer chief child children circuit citizen city claim
    clarity class clearer client closure club code collapse comedy coming commission
    commissioner committee commodity community competing compiler complaint compliance concern
    conference congress consumer contract control convert conversion core corporate cost
    council count court cover credit creator crime criminal crisis currency custodian custody
    customer cut cyberattack deal debate debt decision decode deep deepen default delay demand
    department deposit depositor deputy derivative desk developer development device dev
    differ director disable disclosure discuss dominate domain draft due duty early earner
    earning economy efficiency election electronic employee end ending enforcement enhanced
    enterprise entity era error estate estimate euro event exec executive exit expansion
    expectation explainer exploit exposure face faculty failed failure fake false farm fast
    faster fate fear federal fee fewer fight figure filing final finance fine firm flag flee
    flow following fork former foundation founder four fraud free friendly full fun fundraise
    future futures game gaming gas general giant goal governance governor grand green ground
    group grow growth guard guest guide guilt guilty hack hacker hammer happen haywire heist
    help hidden highlight hold holder holding hope hot hour house hub huge idea illegal impact
    income increase independent index inflow infrastructure innovation institution
    institutional insurance interest interview investment investor issue issuer job judge
    junior jury justice keep kid kill killer kit label landmark largest launder laundering law
    lawsuit lawyer layer lead leader league legal legislation legislative lender letter
    leverage liability license licence lifetime limit link linked liquidation liquidity list
    listing live loan log long look low lows mainnet maintainer man manager mandate manipulation
    mass master means media member mind miner mining minister minting minute minutes
    mixer mobile modernize moment monetary moratorium morning mover murder name national need
    net new night normal notice numbing observer odds office officer official officials open
    opening operating operation operations opinion option options order ordinance outflow
    outright overseas owner paper pardon parliament part partner party past pay payment
    peg people permit perpetual persistent petition pick pile pilot pivot plan play player
    plea pledge plummet poach podcast point policy political politician pool pools pound
    power practice prediction premier premium president press pressure prime print prison
    privacy pro probe proceed program programme promise promotion proof proposal prosecutor
    protect protection protocol provider public pump punish quantum race rate reaction ready
    rebrand recap recovery redemption reform regime registration republic republican required
    research reserve reserves reshape resolution respond return revenue reward right risk road
    role round rout royal rulemaking run safety sale saving scam scammer scan scanning scrutiny
    seal season second sector secretary securities security seek select selling senate senator
    sending series session settlement share sheet shirt short shortfall showdown shut shutdown
    side single six smart social soft solo source sovereign speech spending spiral sponsor spot
    spotlight staff stake staking stand standard star startup statement staying steady step
    stock stop store storm strategic strategy street structure struggle stuck studio study
    subsidiary suit summit supervision supervisory supreme surveillance switch system tab tale
    talent tariff tax team technology term testimony theory three threat tied tie tighten tool
    trade tradfi traditional travel treasury trial tribunal trust truth turning two tyranny
    uncertainty undisclosed unit unregistered upgrade urge use used utility valley vault
    venture victim video violation virality virtual volatile volatility volume vote vulnerable
    vulnerability wall war warehouse watchdog wealth website weekend weighing whale white
    widespread winning wire withdrawal work working worth yield
"""


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
        title_weight: the sum of ``title``'s weights.
        norm: the Euclidean norm of ``terms``.
    """

    title: Mapping[str, float] = field(hash=False)
    terms: Mapping[str, float] = field(hash=False)
    key_terms: frozenset[str]
    subjects: frozenset[str]
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
    for phrase, replacement in _PHRASES:
        title, summary = phrase.sub(replacement, title), phrase.sub(replacement, summary)
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
    if at is not None and at + 1 < len(words) and words[at + 1].term in _SPEAKER_TERMS:
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
        if term in _COIN_TERMS
        or term in _CATEGORY_TERMS
        or term in _TIME_WORDS
        or term.startswith("#")
        or (term in names and term not in _GENERIC_TERMS)
    }
    subjects |= _title_case_names(words, in_place, title + " " + summary)
    subjects -= _SPEAKER_TERMS  # roles ("CEO") say who, not which one
    subjects |= {f"#{_NUMBER_WORDS[w.lower]}" for w in words if w.lower in _NUMBER_WORDS}
    if lead is not None:
        subjects.add(lead)
    subjects -= place_words  # places are compared as places ("@uk"), not as words
    spelled = {f"#{_NUMBER_WORDS[w.lower]}" for w in summary_words if w.lower in _NUMBER_WORDS}
    action, actions, title_actions = _actions(words, speaker)
    reverses = _reverses(words)
    return StorySignature(
        title=title_terms,
        terms=terms,
        key_terms=frozenset(key_terms),
        subjects=frozenset(subjects),
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
        revises=any(w.lower in _REVISION_WORDS for w in words),
        mentions_revision=any(w.lower in _REVISION_WORDS for w in words + summary_words),
        matter=frozenset(
            term
            for term, weight in title_terms.items()
            if weight >= _KEY_TERM_MIN_WEIGHT
            and term not in _ACTION_TERMS
            and term not in _LEAD_SKIP_TERMS
            and term not in place_words
        ),
        action=action,
        actions=actions,
        echoes=(title_actions | _actions(summary_words, frozenset())[2]) - _SPEECH,
        percents=frozenset(w.term for w in words + summary_words if w.term.endswith("%")),
        reverses=reverses,
        mentions_reversal=reverses or _reverses(summary_words),
        analysis=_is_analysis(title, words),
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
    if _subjects_conflict(a, b):
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
        self._first: dict[int | str, int] = {}  # each story's first (oldest held) signature
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
        self._first.setdefault(key, slot)
        for term in sig.key_terms:
            self._index.setdefault(term, set()).add(slot)

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
        if stale:
            self._first = {}
            for slot, entry in self._entries.items():  # in the order they were added
                self._first.setdefault(entry.key, slot)

    def _resembles_first(self, sig: StorySignature, key: int | str, slot: int) -> bool:
        first_slot = self._first.get(key, slot)
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
    if not (a.matter - leads and b.matter - leads) and not (a.action | b.action) & _SPEECH:
        return True  # a title of names and generic words only: nothing to hold it against
    generic = 0
    for x, y in ((a, b), (b, a)):
        for term in x.matter - leads:
            if term in y.title:
                return True
            if term in y.terms and term not in _COMMON_TERMS and term not in _SPEAKER_TERMS:
                return True
    for term in a.title.keys() & b.title.keys():
        if term in _GENERIC_TERMS and term not in leads and term not in _ACTION_TERMS:
            generic += 1
    return generic >= 3


def _market_move_only(a: StorySignature, b: StorySignature) -> bool:
    # "Coinbase shares tumble 12%" / "SEC drops case against Coinbase": the move is its own
    # story, unless the other title names no action and the same figure ("IBIT tops $50B" /
    # "BlackRock's bitcoin ETF becomes fastest to $50B").
    if a.action != _MARKET or "market" in b.actions:
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
    return not (a.subjects <= b.mentions or b.subjects <= a.mentions)


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
    text = _DOTTED_ACRONYM.sub(lambda m: "".join(g for g in m.groups() if g), text)
    # Quotations of a few words are what someone said; a single quoted word is a scare quote.
    quoted = [m.span() for m in _QUOTED.finditer(text) if " " in m.group().strip()]
    words = []
    for match in _TOKEN.finditer(text):
        before = match.start() - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        opens = before < 0 or text[before] == ":"
        inside = bool(quoted) and any(start < match.start() < end for start, end in quoted)
        word = match.group("word")
        if word:
            lower = word.lower()
            lower = _SYNONYMS.get(lower, lower)
            term = _COUNTRY_ACRONYMS.get(word) or _stem(lower)
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
        if words[i].raw not in _PLACE_FIRST_WORDS:
            i += 1
            continue
        for size in range(min(_PLACE_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if not all(w.raw[:1].isupper() for w in run):
                continue
            place = _PLACES.get(tuple(w.raw for w in run)) or _PLACES.get(
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
    if not end or words[0].lower in _STOP_WORDS:
        return frozenset()
    if any(w.lower in _ANALYSIS_PREFIXES for w in words[:end]):
        return frozenset()
    if any(w.term in _COURT_TERMS for w in words[:end]):
        return _COURT
    last = words[end - 1]
    if last.term in _SPEAKER_TERMS or (
        last.raw[:1].isupper()
        and not last.amount
        and last.term not in _COMMON_TERMS
        and last.term not in _GENERIC_TERMS
        and last.lower not in _STOP_WORDS
        and last.lower not in _ACTION_WORDS
    ):
        return _SPEECH
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
            or word.lower in _STOP_WORDS
            or word.lower in _LEAD_SKIP
            or word.term in _GENERIC_TERMS
        ):
            continue
        if (
            word.lower in _ACTION_WORDS
            or word.lower in _VAGUE_VERBS
            or word.lower in _REVERSAL_IF_LEGAL
            or not (word.raw[0].isupper() or word.term in _COMMON_TERMS)
        ):
            return None  # an action, or a lower-case word that may well be one ("waives")
        following = words[i + 1] if i + 1 < len(words) else None
        if (
            following is not None
            and (word.term in _COMMON_TERMS or not word.raw[0].isupper())
            and following.raw[:1].isupper()
            and following.term not in _COMMON_TERMS
            and following.term not in _GENERIC_TERMS
            and following.lower not in _STOP_WORDS
            and following.lower not in _ACTION_WORDS
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
            and word.lower not in _STOP_WORDS
            and word.term not in _GENERIC_TERMS
            and word.term not in _COMMON_TERMS
            and word.lower not in _ACTION_WORDS
            and word.lower not in _VAGUE_VERBS
            and word.lower not in _AUXILIARY_VERBS
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
        if i and word.lower in _SUBORDINATORS:
            in_main_clause = False
        if word.quoted:
            quotes_in_main = quotes_in_main or in_main_clause
            continue
        if word.amount or word.lower in _VAGUE_VERBS:
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        after = following.lower if following is not None else ""
        previous = words[i - 1].lower if i else ""
        if after == "to" and (
            word.lower in _AUXILIARY_VERBS or (word.lower == "said" and previous in _BE)
        ):
            continue  # "moves to block", "is said to probe"
        if (word.lower == "effect" and previous in _TAKES) or (
            word.lower == "force" and previous in ("into", "in")
        ):
            classes = _EFFECT  # "takes effect", "comes into force"
        elif _is_noun(words, i):
            continue  # "tax on crypto gains", "crypto sold through", "at block 840,000"
        elif word.lower in _APPROVALS and _plan_follows(words, i):
            continue  # "approves plan to raise tax": the raise is the news
        elif word.lower in _REVERSAL_IF_LEGAL:
            if _legal_object_follows(words, i):
                classes = _REVERSE
            else:
                classes = _MARKET if word.lower.startswith("drop") else frozenset()
        elif word.lower in ("back", "backs") and i and not words[i - 1].amount:
            # "lawmakers back ban", not "bitcoin back above $92K"
            classes = (
                _PASS if after not in _PREPOSITIONS | {"above", "below", "to"} else frozenset()
            )
        elif word.lower in ("turn", "turns", "turned") and after == "away":
            classes = _REJECT  # "Supreme Court turns away ..."
        elif word.lower in ("strike", "strikes", "struck") and after == "down":
            classes = _REVERSE  # "strikes down RBI ban"
        elif word.lower in ("rule", "rules") and not (i and words[i - 1].term in _COURT_TERMS):
            classes = _RULES  # "travel rule", not "court rules"
        else:
            classes = _ACTIONS.get(word.lower, frozenset())
            if (
                "market" in classes
                and i
                and words[i - 1].term in _COMMON_TERMS
                and words[i - 1].term not in _MARKET_NOUNS
            ):
                classes -= _MARKET  # "Scrutiny falls on ...": no price moves there
        if classes:
            noun = word.lower in _NOUN_FORMS or classes is _RULES
            every |= classes
            if not noun:
                verbs |= classes
            if in_main_clause and not main:
                main = classes
                attributed = word.lower in _ATTRIBUTION
            elif in_main_clause and attributed and not noun:
                main |= classes  # "Coinbase Says Hackers Bribed Staff": what was said is news
                attributed = False
    if not main and quotes_in_main:
        main = _SPEECH
    return main, frozenset(verbs), frozenset(every)


def _is_noun(words: list[_Word], i: int) -> bool:
    """Whether an action word is used as a noun or a participle, not as the title's verb."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    if word.lower == "block" and following is not None and following.amount:
        return True  # "at block 840,000"
    j = i - 1
    while j >= 0 and i - j <= 2 and words[j].term in _GENERIC_TERMS:
        j -= 1  # "on crypto gains"
    if j >= 0 and words[j].lower in _PREPOSITIONS:
        return True
    # "crypto sold through licensed platforms": a participle after a noun
    return (
        i > 0
        and words[i - 1].term in _GENERIC_TERMS
        and following is not None
        and following.lower in _PREPOSITIONS
        and (word.lower.endswith("ed") or word.lower in _PARTICIPLES)
    )


def _plan_follows(words: list[_Word], i: int) -> bool:
    # "approves plan to raise", "approves tax reform cutting"
    for j in range(i + 1, min(i + 4, len(words) - 1)):
        if words[j].lower in _PLANS and (
            words[j + 1].lower == "to" or words[j + 1].lower.endswith("ing")
        ):
            return True
    return False


def _reverses(words: list[_Word]) -> bool:
    return any(
        word.lower in _REVERSAL_FORMS
        or (word.lower in _REVERSAL_IF_LEGAL and _legal_object_follows(words, i))
        or (
            word.lower in ("strike", "strikes", "struck")
            and words[i + 1 : i + 2] != []
            and words[i + 1].lower == "down"
        )
        for i, word in enumerate(words)
    )


def _legal_object_follows(words: list[_Word], i: int) -> bool:
    return any(w.lower in _LEGAL_OBJECTS for w in words[i + 1 : i + 4])


def _initialisms(text: str) -> frozenset[str]:
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", run) if w[:1].isupper()).lower()
        for i in range(len(initials)):
            for j in range(i + 2, len(initials) + 1):
                found.add(initials[i:j])
    return frozenset(found)


def _is_analysis(title: str, words: list[_Word]) -> bool:
    if "?" in title:
        return True
    end = _prefix(words)
    if end and any(w.lower in _ANALYSIS_PREFIXES for w in words[:end]):
        return True  # "Analysis: ...", "Bitcoin Price Analysis: ..."
    for i, word in enumerate(words):
        if word.opens_clause:
            if word.lower in _QUESTION_WORDS:
                return True  # "How Silvergate's Collapse Differed...", "...: Why Silvergate..."
            following = words[i + 1].lower if i + 1 < len(words) else ""
            if word.lower == "q" and following == "a":
                return True  # "...: Q&A With Bitcoin Maintainer Andrew Chow"
    return False


def _inflections(verb: str) -> set[str]:
    """A verb's forms (-s, -ed, -ing), which are also a noun's plural. Over-generates."""
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _word_forms(words: str) -> set[str]:
    """The forms of a list of words: see ``_ACTION_TABLE`` for "=" and "~"."""
    forms: set[str] = set()
    for word in words.split():
        if word.startswith("="):
            forms.add(word[1:])
        elif word.startswith("~"):
            forms |= {word[1:], word[1:] + "s"}
        else:
            forms |= _inflections(word)
    return forms


def _action_lexicon() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Every action word's classes; and the forms that are only nouns."""
    classes: dict[str, set[str]] = {}
    verbs: set[str] = set()
    for name, words in _ACTION_TABLE.items():
        for form in _word_forms(words):
            classes.setdefault(form, set()).add(name)
        verbs |= _word_forms(" ".join(w for w in words.split() if not w.startswith("~")))
    lexicon = {form: frozenset(names) for form, names in classes.items()}
    return lexicon, frozenset(lexicon.keys() - verbs)


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


@functools.lru_cache(maxsize=65536)
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


# Here rather than with the word lists: stemming needs _stem.
_GENERIC_TERMS = frozenset(_stem(word) for word in _GENERIC_WORDS)
_COIN_TERMS = frozenset(_stem(word) for word in _COIN_WORDS)
_COMMON_TERMS = frozenset(_stem(word) for word in _word_forms(_COMMON_WORDS))
_ACTIONS, _NOUN_FORMS = _action_lexicon()
_ACTION_WORDS = frozenset(_ACTIONS)
_ACTION_TERMS = frozenset(_stem(word) for word in _ACTIONS)
_REVERSAL_FORMS = frozenset(_word_forms(" ".join(_REVERSAL_WORDS))) | {"dismissal", "dismissals"}
_SPEAKER_TERMS = frozenset(_stem(word) for word in _word_forms(" ".join(_SPEAKER_ROLES)))
_CATEGORY_TERMS = frozenset(_stem(word) for word in _CATEGORY_WORDS)
_LEAD_SKIP_TERMS = frozenset(_stem(word) for word in _LEAD_SKIP)
_REVERSE = frozenset({"reverse"})
_MARKET = frozenset({"market"})
_SPEECH = frozenset({"speech"})
_REJECT = frozenset({"reject"})
_RULES = frozenset({"rules"})
_MARKET_NOUNS = frozenset(
    _stem(w)
    for w in """stock share price market token coin yield fund etf rate volume premium futures
    bond index asset""".split()
)
_ATTRIBUTION = frozenset("say says said tell tells told".split())
_PASS = frozenset({"pass"})
_COURT = frozenset({"court"})
_COURT_TERMS = frozenset(_stem(w) for w in "court courts circuit jury tribunal".split())
_PREPOSITIONS = frozenset(
    "on of for from with over against about into at through via under by".split()
)
_PARTICIPLES = frozenset("sold bought stolen held paid won lost".split())
_APPROVALS = frozenset("approve approves approved approving".split())
_PLANS = frozenset("plan plans reform reforms proposal proposals measure measures package".split())
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w’']*(?:(?:\s+(?:of|and|for|the|&)\s+|[\s-]+)[A-Z][\w’']*)+"
)
_EFFECT = frozenset({"effect"})
_TAKES = frozenset("take takes took taken taking into in".split())
_BE = frozenset("is are was were be been being".split())
_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”]+['’\"”](?!\w)")
