"""The words of crypto and regulatory headlines, as the story matcher reads them.

Stop words, words every crypto story uses, synonyms outlets vary on, places and what contains
them, classes of actions ("grants licence" / "files complaint"), and a light stemmer. Kept
apart from :mod:`services.news.dedup`, which compares stories, because these tables are most
of its size and change for different reasons (a missing place or verb).
"""

from __future__ import annotations

import functools
import re

# Function words, and the verbs and fillers of headline-speak that say nothing about the event.
STOP_WORDS = frozenset(
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
GENERIC_WORDS = """
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
COIN_WORDS = "bitcoin eth sol xrp bnb doge ada trx avax ltc bch".split()

# A few spellings outlets vary on, folded before stemming. Kept small on purpose: each entry
# must be a true synonym in crypto news, or it will merge stories.
SYNONYMS = {
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

COUNTRY_ACRONYMS = {"US": "us", "USA": "us", "UK": "uk", "EU": "eu", "UAE": "uae"}

SCALES = {
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

DOTTED_ACRONYM = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?")
TOKEN = re.compile(
    r"(?P<amount>(?P<currency>[$€£])?(?P<digits>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:(?P<scale>%|\s?(?:k|mn|mln|m|bn|b|tn|t|thousand|million|billion|trillion)\b)"
    r"|(?:st|nd|rd|th)\b)?)"
    r"|(?P<word>[^\W\d_][^\W_]*)(?:['’][sS]\b)?",
    re.IGNORECASE,
)
SENTENCE_END = frozenset(".!?:;\"“”‘'(—–|")
# (suffix, replacement), tried in order; the first that leaves at least four letters wins.
# "-ize" forms keep their "iz" so that "tokenized" (of securities) stays apart from "token".
STEM_RULES = (
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
PLACE_TABLE = """
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


def parse_places(table: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    places: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in re.split(r"\n(?=\s*[a-z][a-z ]*:)", table.strip()):
        name, rest = entry.split(":", 1)
        spellings, containers = rest.split("|")
        found = ("@" + name.strip(), *("@" + c for c in containers.split()))
        for spelling in spellings.split(","):
            if spelling.strip():
                places[tuple(spelling.split())] = found
    return places


PLACES = parse_places(PLACE_TABLE)
PLACE_MAX_WORDS = max(len(spelling) for spelling in PLACES)
PLACE_FIRST_WORDS = frozenset(
    form for spelling in PLACES for form in (spelling[0], spelling[0].upper())
)


# What titles say was done, by class. A word may be in several classes ("order": a court's or a
# regulator's); two titles whose main actions share no class report different events ("grants
# licence" / "files criminal complaint", "votes to overturn" / "rescinds", "shares tumble" /
# "drops case"). Verbs are given in their base form and inflected here; words marked "=" are
# taken as written, and nouns, marked "~", only take a plural: they can be a title's main action
# ("issues first licences" is a grant) but are weak evidence of anything else.
ACTION_TABLE = {
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
VAGUE_VERBS = frozenset("get gets got receive receives received give gives given".split())

# Verbs of intent before "to": "moves to block", "agrees to settle", "set to launch".
AUXILIARY_VERBS = frozenset(
    """move moves plan plans planning seek seeks aim aims look looks want wants set prepare
    prepares prep preps try tries agree agrees hope hopes intend intends poised eye eyes
    threaten threatens push pushes vow vows""".split()
)

# Reversals: an item that reverses something ("sanctions lifted") reports another event than
# one about the thing itself ("Treasury sanctions Tornado Cash"). "Drop" and "end" reverse only
# legal matters: "drops case", not "bitcoin drops 5%".
REVERSAL_WORDS = """lift rescind overturn repeal revoke withdraw quash scrap reverse kill unban
    vacate dismiss cancel toss""".split()
REVERSAL_IF_LEGAL = "drop drops dropped dropping end ends ended ending".split()
LEGAL_OBJECTS = """case cases lawsuit lawsuits suit charges probe investigation appeal ban
    sanctions action enforcement claims prosecution""".split()

# Titles that analyse, ask or round up rather than report one event: their own story each.
ANALYSIS_PREFIXES = frozenset(
    """analysis opinion explainer podcast interview column commentary editorial review guide
    feature""".split()
)
QUESTION_WORDS = frozenset("how why what who whom whose where which here inside".split())

# Honorifics and modifiers before a title's lead name: "Sen. Lummis", "Ex-FTX executive".
LEAD_SKIP = frozenset("sen rep gov mr mrs ms dr ex former new top".split())

# A revised version of something is news of its own: "Peirce unveils revised safe harbor".
REVISION_WORDS = frozenset(
    "revise revises revised revision revisions revamp revamps revamped".split()
)

# Words after which a title gives the context, not its own event: "Crypto stocks jump after
# House passes market structure bill" is about stocks.
SUBORDINATORS = frozenset("after following amid despite since ahead while before as".split())

# "Lummis: market structure bill must reach the floor", "RBI Governor: Crypto poses threat": a
# name or one of these before a colon is a speaker, and the title reports what was said.
SPEAKER_ROLES = frozenset(
    """governor chair chairman chairwoman staff lawyer minister ceo cfo cto commissioner
    senator lawmaker official spokesperson analyst founder executive exec judge president
    secretary treasurer economist""".split()
)

# Kinds of asset a story can be about, like coins: "memecoins are not securities" and
# "stablecoins are not securities" are two stories.
CATEGORY_WORDS = "stablecoin memecoin nft etf etn cbdc".split()

NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
TIME_WORDS = frozenset("midterm midterms yearend".split())
#: What a story is about, broadly, by the words that name it: two titles each about a domain
#: the other item never mentions are two events ("Trump signs executive order on crypto" /
#: "Trump signs executive order on AI"), however alike their other words.
DOMAINS = (
    (
        "crypto",
        re.compile(
            r"\b(?:crypto\w*|bitcoin\w*|btc|ether|ethereum|eth|blockchains?|stablecoins?"
            r"|stable coins?|tokens?|tokeni[sz]\w*|nfts?|defi|web3|cbdcs?|altcoins?|memecoins?"
            r"|digital (?:assets?|currenc\w+|euro|pound|dollar|yuan|rupee)|coins?|onchain"
            r"|on-chain)\b",
            re.IGNORECASE,
        ),
    ),
    ("ai", re.compile(r"\b(?:ai|a\.i\.|artificial intelligence|chatgpt|openai)\b", re.IGNORECASE)),
)

PHRASES = (
    (re.compile(r"\b(meme|stable)[\s-]+(coin)", re.IGNORECASE), r"\1\2"),
    (re.compile(r"\byear[\s-]end\b", re.IGNORECASE), "yearend"),
    (re.compile(r"\bin[\s-]principle\b", re.IGNORECASE), "inprinciple"),
)


# Ordinary words that title-case headlines capitalise ("Coinbase Wins MiCA License From
# Luxembourg Regulator"): in such a title a capitalised word that is none of these, nor a stop
# word, a generic word or an action, is taken for a name. Stemmed at import, so one form of
# each word is enough.
COMMON_WORDS = """
    access account accounting act action cabinet ministry lawmaker score corporation toss
    briefing digest newsletter recap roundup
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


def inflections(verb: str) -> set[str]:
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


def word_forms(words: str) -> set[str]:
    """The forms of a list of words: see ``ACTION_TABLE`` for "=" and "~"."""
    forms: set[str] = set()
    for word in words.split():
        if word.startswith("="):
            forms.add(word[1:])
        elif word.startswith("~"):
            forms |= {word[1:], word[1:] + "s"}
        else:
            forms |= inflections(word)
    return forms


def action_lexicon() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Every action word's classes; and the forms that are only nouns."""
    classes: dict[str, set[str]] = {}
    verbs: set[str] = set()
    for name, words in ACTION_TABLE.items():
        for form in word_forms(words):
            classes.setdefault(form, set()).add(name)
        verbs |= word_forms(" ".join(w for w in words.split() if not w.startswith("~")))
    lexicon = {form: frozenset(names) for form, names in classes.items()}
    return lexicon, frozenset(lexicon.keys() - verbs)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one common English suffix, keeping at least four letters.

    Much lighter than Porter, and enough to make "tokenized"/"tokenization"/"tokens",
    "approves"/"approval" and "sentenced"/"sentencing" one term each.
    """
    if len(word) <= 4:
        return word
    for suffix, replacement in STEM_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


# Here rather than with the word lists: stemming needs stem.
GENERIC_TERMS = frozenset(stem(word) for word in GENERIC_WORDS)
COIN_TERMS = frozenset(stem(word) for word in COIN_WORDS)
COMMON_TERMS = frozenset(stem(word) for word in word_forms(COMMON_WORDS))
ACTIONS, NOUN_FORMS = action_lexicon()
ACTION_WORDS = frozenset(ACTIONS)
ACTION_TERMS = frozenset(stem(word) for word in ACTIONS)
REVERSAL_FORMS = frozenset(word_forms(" ".join(REVERSAL_WORDS))) | {"dismissal", "dismissals"}
SPEAKER_TERMS = frozenset(stem(word) for word in word_forms(" ".join(SPEAKER_ROLES)))
CATEGORY_TERMS = frozenset(stem(word) for word in CATEGORY_WORDS)
LEAD_SKIP_TERMS = frozenset(stem(word) for word in LEAD_SKIP)
REVERSE = frozenset({"reverse"})
MARKET = frozenset({"market"})
SPEECH = frozenset({"speech"})
REJECT = frozenset({"reject"})
RULES = frozenset({"rules"})
MARKET_NOUNS = frozenset(
    stem(w)
    for w in """stock share price market token coin yield fund etf rate volume premium futures
    bond index asset""".split()
)
ATTRIBUTION = frozenset("say says said tell tells told".split())
PASS = frozenset({"pass"})
COURT = frozenset({"court"})
COURT_TERMS = frozenset(stem(w) for w in "court courts circuit jury tribunal".split())
PREPOSITIONS = frozenset(
    "on of for from with over against about into at through via under by".split()
)
PARTICIPLES = frozenset("sold bought stolen held paid won lost".split())
APPROVALS = frozenset("approve approves approved approving".split())
PLANS = frozenset("plan plans reform reforms proposal proposals measure measures package".split())
CAPITALISED_RUN = re.compile(r"[A-Z][\w’']*(?:(?:\s+(?:of|and|for|the|&)\s+|[\s-]+)[A-Z][\w’']*)+")
EFFECT = frozenset({"effect"})
TAKES = frozenset("take takes took taken taking into in".split())
BE = frozenset("is are was were be been being".split())
QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”]+['’\"”](?!\w)")
