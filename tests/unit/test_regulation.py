"""Tests of the regulation-story classifier and of its labelled data sets.

The rules are written against the tune file and the development file of real headlines;
the holdout file is labelled apart from the classifier and never tuned on. Its tests fail
(they do not skip) while it is missing. Speed is measured by ``bench/regulation_eval.py``,
not asserted here.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.news.parsing import clean_text, parse_feed
from services.news.regulation import (
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    RegulationVerdict,
    classify,
)
from services.news.regulation_training import Scores, read_scopes, scores

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
TUNE = DATA / "regulation_tune.tsv"
DEV = DATA / "regulation_dev.tsv"
HOLDOUT = DATA / "regulation_holdout.tsv"
WRITTEN_HOLDOUT = DATA / "regulation_written_holdout.tsv"
FEEDS = ROOT / "fixtures" / "news"
REAL_FEEDS = (
    "coindesk_rss_2023-03-13.xml",
    "cointelegraph_rss_2025-12-12.xml",
    "decrypt_feed_2025-12-12.xml",
)
LABELS = {"regulation", "other"}
KINDS = {"enforcement", "licensing", "legislation", "ruling", "policy"}
MIN_TUNE_ROWS = 1000
MIN_DEV_ROWS = 3000
MIN_HOLDOUT_ROWS = 350


@dataclass(frozen=True)
class Story:
    """One labelled row of a data file."""

    label: str
    title: str
    summary: str

    @property
    def is_regulation(self) -> bool:
        """Whether the row is labelled regulation."""
        return self.label == "regulation"


def load(path: Path) -> list[Story]:
    """Read a ``label<TAB>title<TAB>summary[<TAB>jurisdiction<TAB>kind]`` file; malformed
    rows raise."""
    stories = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        where = f"{path.name}:{number}"
        assert len(fields) in (3, 5), f"{where}: expected 3 or 5 tab-separated fields"
        if len(fields) == 5:
            jurisdiction, kind = fields[3:]
            assert re.fullmatch(r"(?:[A-Z]{2}|INTL)?", jurisdiction), where
            assert kind in ("", *KINDS), where
            assert fields[0] == "regulation" or not (jurisdiction or kind), where
        stories.append(Story(*fields[:3]))
    return stories


def score(stories: list[Story]) -> tuple[Scores, list[str]]:
    """Classify every story; return the counts and a description of each mistake."""
    verdicts = [classify(story.title, story.summary) for story in stories]
    mistakes = [
        f"{'FN' if story.is_regulation else 'FP'} {story.title!r}: {verdict.reason}"
        for story, verdict in zip(stories, verdicts, strict=True)
        if verdict.is_regulation is not story.is_regulation
    ]
    found = scores([s.is_regulation for s in stories], [v.is_regulation for v in verdicts])
    return found, mistakes


# --------------------------------------------------------------------------------------
# Clear and hard cases: (title, summary, is_regulation, jurisdiction, kind).
# --------------------------------------------------------------------------------------

CASES = [
    # Regulators acting, many jurisdictions and all five kinds.
    (
        "SEC Sues Crypto Exchange Bittrex for Operating Unregistered Exchange",
        "",
        True,
        "US",
        "enforcement",
    ),
    ("SEC approves spot bitcoin ETFs in historic decision", "", True, "US", "licensing"),
    ("MAS grants licence to Coinbase Singapore", "", True, "SG", "licensing"),
    ("Hong Kong SFC approves first spot ether ETFs", "", True, "HK", "licensing"),
    ("Dubai's VARA fines seven crypto firms", "", True, "AE", "enforcement"),
    ("FATF urges countries to speed up crypto travel rule adoption", "", True, "INTL", "policy"),
    ("Judge sentences Celsius founder to 12 years in prison", "", True, None, "ruling"),
    ("Brazil passes law regulating crypto exchanges", "", True, "BR", "legislation"),
    ("Korea's FSC bans corporate crypto accounts", "", True, "KR", "enforcement"),
    (
        "Japan's FSA orders crypto exchange to improve business operations",
        "",
        True,
        "JP",
        "enforcement",
    ),
    ("Australia's ASIC sues crypto exchange over yield product", "", True, "AU", "enforcement"),
    ("Canada's OSC fines crypto platform for unregistered trading", "", True, "CA", "enforcement"),
    ("UK FCA registers Standard Chartered's crypto custodian", "", True, "UK", "licensing"),
    ("Swiss regulator FINMA approves first stablecoin", "", True, "CH", "licensing"),
    ("China's PBOC vows to keep crackdown on crypto trading", "", True, "CN", "enforcement"),
    ("South Africa's FSCA grants 59 crypto licences", "", True, "ZA", "licensing"),
    ("Poland's president vetoes crypto asset market bill", "", True, "PL", "legislation"),
    ("Ghana's central bank issues draft crypto guidelines", "", True, "GH", "policy"),
    (
        "UK to regulate crypto like traditional finance under new Treasury plan",
        "",
        True,
        "UK",
        "policy",
    ),
    # Rules taking effect are law; rules proposed or called for are policy.
    ("EU's MiCA rules take effect for stablecoin issuers", "", True, "EU", "legislation"),
    ("Italy raises tax on crypto gains to 33% in 2025 budget", "", True, "IT", "legislation"),
    (
        "Senate Banking Committee schedules vote on crypto market structure bill",
        "",
        True,
        "US",
        "legislation",
    ),
    (
        "Arkansas passes law restricting crypto mines near military bases",
        "",
        True,
        "US",
        "legislation",
    ),
    # The country is the regulator, not the place where a firm does business.
    ("Nigeria's SEC approves first licensed crypto exchanges", "", True, "NG", "licensing"),
    (
        "Thailand's SEC fines Bitkub executives for market manipulation",
        "",
        True,
        "TH",
        "enforcement",
    ),
    # Hard positives: a legal act next to a word that usually means "not regulation".
    ("DOJ Seizes $3.6B in Bitcoin Tied to 2016 Bitfinex Hack", "", True, "US", "enforcement"),
    (
        "Avraham Eisenberg Convicted of Fraud in Mango Markets Exploit Case",
        "",
        True,
        "US",
        "ruling",
    ),
    # A ban lifted changes the rules: legislation (tests/data/LABELS.md defines the kinds).
    ("FCA Lifts Ban on Crypto ETNs for Retail Investors", "", True, "UK", "legislation"),
    ("SEC extends review of Grayscale's Polkadot ETF", "", True, "US", "licensing"),
    # An official's words of what the agency will keep doing are a statement: policy.
    (
        "Gensler: SEC will keep enforcing securities laws against crypto firms",
        "",
        True,
        "US",
        "policy",
    ),
    ("US Senator calls on SEC to investigate Binance.US", "", True, "US", "policy"),
    ("Ukrainian police bust crypto laundering ring", "", True, "UA", "enforcement"),
    # Title vague, summary decides.
    (
        "A Turning Point for Crypto in Brussels",
        "EU lawmakers on Thursday gave final approval to the Markets in Crypto-Assets "
        "regulation, setting licensing rules for exchanges and stablecoin issuers.",
        True,
        "EU",
        "legislation",  # a parliament that approves a text passes a law
    ),
    # Price moves with a regulator in them.
    ("Bitcoin Jumps 8% After SEC Approves Spot ETFs", "", False, "US", None),
    ("Ripple's XRP soars as court hands company partial win against SEC", "", False, "US", None),
    ("Ether rallies 10% as SEC drops probe into Ethereum 2.0", "", False, "US", None),
    ("Bitcoin Falls Below $60K After Fed Signals Fewer Rate Cuts", "", False, "US", None),
    # Hacks, listings and launches, ETF flows, deals, conferences.
    ("Hackers drain $80M from DeFi lending protocol", "", False, None, None),
    ("Kraken lists new memecoins after user demand", "", False, None, None),
    ("Ledger launches MiCA-compliant card in Europe", "", False, "EU", None),
    ("Bitcoin ETFs record $500M outflows as BTC slides", "", False, None, None),
    ("Coinbase stock falls after earnings miss", "", False, None, None),
    ("Consensus 2026 conference to feature SEC chair keynote", "", False, "US", None),
    ("SEC chair Atkins to speak at Bitcoin conference in Las Vegas", "", False, "US", None),
    # "ban" in a game, "bill" as a name, "court" in sport, "license" in software.
    ("Fortnite bans players for using crypto cheat service", "", False, None, None),
    ("Bill Miller's fund adds more bitcoin", "", False, None, None),
    ("Crypto.com renews naming rights for Los Angeles basketball court", "", False, None, None),
    ("Uniswap v4 code goes open source under new license", "", False, None, None),
    # Protocol governance: "approves", "vote", "passes" without a regulator.
    ("Aave DAO approves proposal to onboard new collateral", "", False, None, None),
    ("Arbitrum governance vote passes treasury diversification plan", "", False, None, None),
    ("Polygon governance approves token migration to POL", "", False, None, None),
    # Company people and former officials are not regulators.
    ("Binance CEO Richard Teng says exchange will comply with MiCA", "", False, "EU", None),
    ("Former CFTC chair Massad says stablecoin bill has gaps", "", False, "US", None),
    ("Cardano founder says SEC case against ADA is 'ridiculous'", "", False, "US", None),
    # Regulation, but not of crypto.
    ("SEC fines Wells Fargo $35M over advisory fees", "", False, "US", None),
    ("EU Passes AI Act in Final Parliament Vote", "", False, "EU", None),
    # Roundups and opinion pieces are not breaking regulation news.
    ("Opinion: Why Crypto Needs Clearer Rules From Congress", "", False, "US", None),
    ("Markets Daily: Crypto Recap for Tuesday, SEC Sues Exchange", "", False, "US", None),
    # Non-US regulators, with their jurisdictions.
    ("Abu Dhabi's ADGM Approves Stablecoin Framework", "", True, "AE", "licensing"),
    ("CBUAE Bans Crypto Payments Except Dirham Stablecoins", "", True, "AE", "enforcement"),
    ("India's SEBI Proposes Crypto Oversight Framework", "", True, "IN", "policy"),
    ("Brazil's CVM Approves First Solana ETF", "", True, "BR", "licensing"),
    # Rules published are legislation, whatever they are about.
    ("Turkey's SPK Publishes Licensing Rules for Crypto Platforms", "", True, "TR", "legislation"),
    ("HMRC Sends 65,000 Warning Letters to Crypto Investors", "", True, "UK", "enforcement"),
    ("Italy's CONSOB Blocks Access to Five Crypto Websites", "", True, "IT", "enforcement"),
    ("Spain's CNMV Approves Crypto Exchange Under MiCA", "", True, "ES", "licensing"),
    # Jurisdictions from weaker hints when no place or regulator is named; kinds read
    # from the main clause.
    (
        "Delio chief indicted over 245 billion won in unpaid customer deposits - prosecutors",
        "",
        True,
        "KR",
        "enforcement",
    ),
    (
        "Treasury sanctions Grinex, issuers of ruble-backed A7A5 token",
        "OFAC said the exchange succeeded Garantex.",
        True,
        "US",
        "enforcement",
    ),
    (
        "Madras High Court: Cryptocurrency Is Property Capable of Being Held in Trust",
        "",
        True,
        "IN",
        "ruling",
    ),
    # "ruling coalition" is not a court's ruling; a tax approved is a law, not a licence.
    (
        "Japan's Cabinet, ruling coalition approve flat 20% crypto tax",
        "",
        True,
        "JP",
        "legislation",
    ),
    ("Grayscale wins lawsuit against SEC over bitcoin ETF rejection", "", True, "US", "ruling"),
    (
        "Thailand approves five-year capital gains tax exemption for crypto",
        "",
        True,
        "TH",
        "legislation",
    ),
    ("PBOC reiterates crypto trading ban, flags stablecoin risks", "", True, "CN", "policy"),
    # Crypto firms named without a crypto word.
    ("Hong Kong SFC grants OSL a licence for retail trading", "", True, "HK", "licensing"),
    ("MAS grants Sygnum in-principle approval", "", True, "SG", "licensing"),
    (
        "Germany's BaFin Grants MiCA License to Boerse Stuttgart Digital",
        "",
        True,
        "DE",
        "licensing",
    ),
    ("France's AMF Warns Against Unauthorized Crypto Platforms", "", True, "FR", "enforcement"),
    ("Switzerland's FINMA Publishes Guidance on Stablecoin Issuance", "", True, "CH", "policy"),
    ("AUSTRAC Cancels Registration of Crypto ATM Operator", "", True, "AU", "licensing"),
    (
        "Ontario Securities Commission Reaches Settlement With Crypto.com",
        "",
        True,
        "CA",
        "enforcement",
    ),
    ("Nigeria's CBN Lifts Ban on Crypto Transactions for Banks", "", True, "NG", "legislation"),
    ("EBA Issues Guidelines on Redemption Plans for Stablecoin Issuers", "", True, "EU", "policy"),
    ("IRS Issues Guidance on Staking Rewards Taxation", "", True, "US", "policy"),
    ("NYDFS Orders Paxos to Stop Issuing BUSD", "", True, "US", "enforcement"),
    ("California DFPI Fines Crypto Kiosk Operator $675K", "", True, "US", "enforcement"),
    ("RBI Governor Reiterates Concerns Over Crypto, Says Risks Remain", "", True, "IN", "policy"),
    # An unknown agency acronym after a country stands for its government.
    ("Kazakhstan's AFSA Blocks 36 Illegal Crypto Exchanges", "", True, "KZ", "enforcement"),
    # Headline phrasings without the classic verbs.
    # No court named: the defendants of the best-known US prosecutions tell it.
    ("Do Kwon Gets 15 Years for $40B Terra Fraud", "", True, "US", "ruling"),
    ("Celsius Founder Mashinsky Gets 12-Year Prison Sentence", "", True, "US", "ruling"),
    ("Thodex founder handed 11,196-year prison sentence", "", True, "TR", "ruling"),
    (
        "VanEck's Solana ETF Approved",
        "The SEC approved the listing on Cboe after months of review.",
        True,
        "US",
        "licensing",
    ),
    ("Crypto Lender Nexo Settles With SEC for $45M", "", True, "US", "enforcement"),
    ("Gemini to Pay $5M CFTC Penalty", "", True, "US", "enforcement"),
    ("Uniswap Labs Under SEC Investigation", "", True, "US", "enforcement"),
    ("Crypto Market Structure Bill Clears Senate Committee", "", True, "US", "legislation"),
    ("GENIUS Act Takes Effect", "", True, "US", "legislation"),
    ("Judge Rules XRP Is Not a Security When Sold on Exchanges", "", True, None, "ruling"),
    # Warning of risks is a statement of policy; warning a named firm over what it does is
    # enforcement; a court blocking a regulator's rule rules; a tax-efficient ETF is licensed;
    # a rule taking effect in the background of an enforcement act leaves it enforcement.
    ("SEC Warns Investors Over Crypto Scams", "", True, "US", "policy"),
    ("IMF warns El Salvador over bitcoin law", "", True, "INTL", "policy"),
    ("Judge blocks SEC crypto dealer rule", "", True, "US", "ruling"),
    ("SEC approves spot bitcoin ETFs with tax-efficient structure", "", True, "US", "licensing"),
    ("SEC sues Coinbase weeks after new rule took effect", "", True, "US", "enforcement"),
    ("PBOC Reiterates Crypto Trading Ban", "", True, "CN", "policy"),
    ("AUSTRAC caps crypto ATM deposits at 10% of daily limits", "", True, "AU", "legislation"),
    ("Regulators Are Coming for DeFi, Warns SEC Commissioner", "", True, "US", "policy"),
    (
        "DOJ Seizes $225 Million in USDT Linked to Pig Butchering Scams",
        "",
        True,
        "US",
        "enforcement",
    ),
    # A regulator acting on a bank: crypto is only background.
    (
        "Silicon Valley Bank Shuttered by State Regulators",
        "Silicon Valley Bank was shuttered by the California Department of Financial "
        "Protection and Innovation on Friday. The startup-focused bank counted a number of "
        "crypto firms among its clients.",
        False,
        "US",
        None,
    ),
    ("FDIC Takes Control of Signature Bank", "", False, "US", None),
    # Crime stories where crypto is incidental.
    (
        "US DoJ Indicts Ukrainian Over Russia-Linked Cyberattack Groups That Paid in Crypto",
        "The individual was allegedly involved in two groups that claimed attacks against "
        "infrastructure targets in the U.S.",
        False,
        "US",
        None,
    ),
    (
        "Spanish Police Dismantle Network Linked to Crypto 'Wrench Attack' Murder",
        "Five people have been arrested following a murder and kidnapping in April.",
        False,
        "ES",
        None,
    ),
    ("Police Arrest Suspects in Kidnapping of Crypto Executive's Father", "", False, None, None),
    (
        "Hollywood Director Guilty of Scamming Netflix out of $11M, Spending It on Crypto",
        "",
        False,
        None,
        None,
    ),
    # Nouns and adjectives that look like acts.
    (
        "Crypto Is Now Central to Venezuela's Economy—And Poses Sanctions Risks: TRM",
        "",
        False,
        "VE",
        None,
    ),
    (
        "Bitcoin Rises on Report Government Weighing Plan to Protect All Silicon Valley Bank "
        "Depositors",
        "",
        False,
        None,
        None,
    ),
    ("US Government Moves $2B in Seized Bitcoin to Coinbase", "", False, "US", None),
    ("Senator's Bitcoin Holdings Revealed in Annual Disclosure", "", False, None, None),
    ("SEC Chair Atkins Says He Owns No Crypto", "", False, "US", None),
    ("Trump Media Adds $2B in Bitcoin to Balance Sheet", "", False, "US", None),
    # Company statements, suits and applications that name a regulator.
    (
        "USDC Issuer Circle Says it 'Awaits Clarity' From FDIC on Silicon Valley Bank Collapse",
        "",
        False,
        "US",
        None,
    ),
    ("Coinbase Sues SEC Over Refusal to Write Crypto Rules", "", False, "US", None),
    ("Coinbase, a16z Push Back Against SEC's Proposed Custody Rule", "", False, "US", None),
    # MiCA named first, but a member state's authority acts.
    ("Binance Applies for MiCA License in France", "", False, "FR", None),
    ("Kraken secures MiCA licence from Central Bank of Ireland", "", True, "IE", "licensing"),
    # An authority's own staff, purchases and contractors; firms complying; politicians'
    # careers.
    (
        "AUSTRAC signs multi-year deal with Chainalysis for blockchain analytics",
        "",
        False,
        "AU",
        None,
    ),
    ("US Marshals taps Coinbase Prime to custody seized crypto", "", False, "US", None),
    (
        "Bank of Korea economists say won stablecoins could weaken monetary policy transmission",
        "",
        False,
        "KR",
        None,
    ),
    ("PayPal pauses UK crypto purchases to comply with FCA rules", "", False, "UK", None),
    ("Lummis won't seek reelection in 2026", "", False, "US", None),
    # A lawmaker's title and name as one actor; firms of a place are not its government.
    (
        "Rep. Waters presses Kansas City Fed on approving Kraken's master account",
        "",
        True,
        "US",
        "policy",
    ),
    (
        "EU tokenization companies push for DLT pilot changes amid US momentum",
        "",
        False,
        "EU",
        None,
    ),
    (
        "Dubai issues crypto marketing rules to better protect investors",
        "",
        True,
        "AE",
        "legislation",
    ),
    # Unregulated firms listed by a regulator; the US by a nickname; rules announced.
    (
        "CySEC Enlists Bitget among 17 Unregulated Investment Firms in Latest Warning",
        "",
        True,
        "CY",
        "enforcement",
    ),
    ("Pastor's divine 'dream' crypto scheme indicted by Uncle Sam", "", True, "US", "enforcement"),
    ("Nigerian SEC announces new rules for digital assets", "", True, "NG", "legislation"),
    # A price move first; a unit's head; an offshore exchange; an amount fined first; a
    # memorandum signed; an authority's words about approvals.
    ("Bitcoin swings as Supreme Court hears tariff challenge", "", False, "US", None),
    ("SEC names new head of cyber and emerging technologies unit", "", False, "US", None),
    (
        "Offshore exchange hit with ₹9.3 crore penalty for PMLA violations: FIU-IND",
        "",
        True,
        "IN",
        "enforcement",
    ),
    ("€2.85M fine for Crypto.com over unregistered Dutch services", "", True, "NL", "enforcement"),
    ("Papua New Guinea signs MoU with BSV Association on digital identity", "", False, None, None),
    (
        "Banks no longer need prior approval for crypto activities, FDIC says",
        "",
        True,
        "US",
        "policy",
    ),
    # A crypto firm's name alone; a tax treatment stated by the tax authority.
    ("FINTRAC hits Cryptomus with record C$177M penalty", "", True, "CA", "enforcement"),
    ("IRS says staking rewards are taxable when received", "", True, "US", "policy"),
    # Features, explainers, questions, speculation, newsletters and shows.
    ("How U.S. Judges Might Save Crypto From the SEC", "", False, "US", None),
    ("What the GENIUS Act Means for Stablecoin Issuers", "", False, "US", None),
    ("5 Things to Know About the GENIUS Act", "", False, "US", None),
    ("Will the SEC Approve a Solana ETF This Year?", "", False, "US", None),
    ("Binance Could Face DOJ Fraud Charges, Report Says", "", False, "US", None),
    ("Morning Minute: Do Kwon Gets 15 Years for $40B Terra Luna Fraud", "", False, "US", None),
    (
        "2-4% Crypto Dip! Sovereign Wealth Funds Buying BTC! CFTC approves U.S. Spot Crypto!",
        "",
        False,
        "US",
        None,
    ),
    # Markets leading: the act is the reason given for a price move, a listing or odds.
    ("XRP Soars 70% After Judge Rules Token Not a Security", "", False, None, None),
    ("Crypto ETNs Debut on London Stock Exchange After FCA Lifts Ban", "", False, "UK", None),
    ("Polymarket Bettors See 80% Chance SEC Approves Solana ETF", "", False, "US", None),
    # Nominations and appointments to lead a financial regulator are policy, without a
    # crypto word; a company's hire of a former official is not.
    ("Trump nominates Brian Quintenz to lead CFTC", "", True, "US", "policy"),
    ("Senate confirms Mike Selig as CFTC chairman", "", True, "US", "policy"),
    ("HKMA names new chief executive", "", True, "HK", "policy"),
    ("Ripple names CFTC veteran as new director", "", False, "US", None),
    ("Coinbase appoints former SEC official as chief legal officer", "", False, "US", None),
    # Governments weighing, considering or planning a measure.
    ("UK Treasury mulls cap on stablecoin holdings", "", True, "UK", "policy"),
    (
        "Brazil considers ban on stablecoin transfers to self-custody wallets",
        "",
        True,
        "BR",
        "policy",
    ),
    ("Japan weighs allowing crypto ETFs", "", True, "JP", "policy"),
    ("Binance weighs return to US market, sources say", "", False, "US", None),
    # Central banks launching or piloting a CBDC: legislation, the kind of a CBDC issued.
    ("Kazakhstan's central bank launches digital tenge", "", True, "KZ", "legislation"),
    ("Jamaica's central bank rolls out JAM-DEX CBDC", "", True, "JM", "legislation"),
    ("ECB tests digital euro with banks", "", True, "EU", "legislation"),
    # Standard setters, local and state regulators, prosecutors, tax agencies, heads of state.
    ("OECD publishes crypto tax reporting framework", "", True, "INTL", "policy"),
    ("G7 finance ministers call for stablecoin rules", "", True, "INTL", "policy"),
    (
        "Estonia's Financial Supervision Authority revokes crypto firm's licence",
        "",
        True,
        "EE",
        "enforcement",
    ),
    (
        "Manhattan district attorney charges crypto trader with fraud",
        "",
        True,
        "US",
        "enforcement",
    ),
    (
        "Washington Department of Financial Institutions fines crypto ATM operator",
        "",
        True,
        "US",
        "enforcement",
    ),
    ("Denmark's tax council recommends taxing unrealized crypto gains", "", True, "DK", "policy"),
    ("Putin Signs Law Legalizing Crypto Mining in Russia", "", True, "RU", "legislation"),
    # An authority quoted as "Speaker: words"; a court's words are a ruling. A case name,
    # a bare role or a company boss before a colon is no authority speaking.
    ("Singapore High Court: Crypto Can Be Held on Trust", "", True, "SG", "ruling"),
    ("Fed's Barr: stablecoins need federal oversight", "", True, "US", "policy"),
    ("ECB's Lane warns stablecoins threaten euro sovereignty", "", True, "EU", "policy"),
    (
        "MAS warns Binance over unlicensed services to Singapore users",
        "",
        True,
        "SG",
        "enforcement",
    ),
    (
        "Japan's FSA Warns Binance for Operating Without Registration",
        "",
        True,
        "JP",
        "enforcement",
    ),
    ("Argentine judge freezes assets of LIBRA token promoters", "", True, "AR", "enforcement"),
    ("DAC8 crypto tax reporting rules take effect across the EU", "", True, "EU", "legislation"),
    ("Trump signs executive order on crypto in 401(k) plans", "", True, "US", "legislation"),
    ("AUSTRAC imposes A$5,000 cash cap on crypto ATMs", "", True, "AU", "legislation"),
    ("Treasury seeks public comment on implementing GENIUS Act", "", True, "US", "policy"),
    ("SEC v. Ripple: What's Next", "", False, "US", None),
    ("Judge: Bitcoin Price Will Hit $1M", "", False, None, None),
    ("Armstrong: Coinbase could leave US if rules stay unclear", "", False, "US", None),
    # Acts as nouns, passives and "to" + verb.
    ("Crackdown on crypto exchanges widens in China", "", True, "CN", "enforcement"),
    ("India Budget: 30% Tax on Crypto Gains, 1% TDS on Transfers", "", True, "IN", "legislation"),
    ("Crypto ban lifted in Nigeria", "", True, "NG", "enforcement"),
    ("Binance told to exit Philippines by regulator", "", True, "PH", "enforcement"),
    ("Charges dropped against Roger Ver", "", True, None, "enforcement"),
    ("Binance founder to serve four months", "", True, None, "ruling"),
    ("Stablecoin bill heads to president's desk", "", True, None, "legislation"),
    ("Crypto Firms Face New AML Rules in Australia", "", True, "AU", "policy"),
    (
        "BlockFi to Pay $100M to SEC and States Over Interest Accounts",
        "",
        True,
        "US",
        "enforcement",
    ),
    ("Upbit operator Dunamu handed three-month partial suspension", "", True, "KR", "enforcement"),
    (
        "Supreme Court Turns Away Coinbase User's Challenge to IRS Records Grab",
        "",
        True,
        "US",
        "ruling",
    ),
    ("SEC, Ripple reach $50M settlement", "", True, "US", "enforcement"),
    ("New Solana Phone Tested in Review", "", False, None, None),
    # Courts settling what crypto is in law; routine bankruptcy administration and private
    # disputes are other.
    ("Court rules Tether is property under English law", "", True, None, "ruling"),
    ("Appeals court says crypto exchange users own their coins", "", True, None, "ruling"),
    ("Judge approves FTX creditor payout schedule", "", False, None, None),
    ("Court orders crypto influencer to pay damages in defamation case", "", False, None, None),
    # A vague headline leaves the news to the summary's first sentence, unless that
    # sentence leads with a price move or tells the background.
    (
        "Big Win for Kalshi",
        "A federal judge ruled that the CFTC cannot block the exchange from listing election "
        "contracts.",
        True,
        "US",
        "ruling",
    ),
    (
        "Big Week for Bitcoin",
        "Bitcoin rose 12% as inflows into spot ETFs hit a record, with the SEC's recent "
        "approvals cited by traders.",
        False,
        "US",
        None,
    ),
    (
        "A Long Road Ahead",
        "The SEC sued Coinbase in 2023, and the exchange is still fighting the case in court.",
        False,
        "US",
        None,
    ),
    # An authority as the object of a request, an expectation or a letter.
    ("Crypto industry groups urge Senate to pass market structure bill", "", False, "US", None),
    ("Analysts expect SEC to approve solana ETF this year", "", False, "US", None),
    ("Coinbase CLO Grewal sends SEC a letter on custody", "", False, "US", None),
    ("SEC approval hopes lift solana", "", False, "US", None),
    # Seized coins moved or custodied, warnings about scams, agency statistics.
    ("Government wallet sends seized ether to exchange", "", False, None, None),
    ("US Marshals hire Coinbase to custody seized crypto", "", False, "US", None),
    ("FBI warns of crypto ATM scams targeting seniors", "", False, "US", None),
    ("FBI report: crypto fraud losses hit $9B", "", False, "US", None),
    # The main clause decides: a reaction, a price or a firm leaving leads.
    ("Markets cheer as Senate passes stablecoin bill; COIN jumps 8%", "", False, "US", None),
    ("Bitcoin hits $120K as Congress passes crypto bills", "", False, "US", None),
    ("Crypto firms hire lobbyists ahead of Senate vote", "", False, "US", None),
    ("Bybit to exit Japan as FSA tightens rules", "", False, "JP", None),
    ("SEC ends case against Kraken; token prices climb", "", True, "US", "enforcement"),
    # A bank described as crypto-friendly, a family's token, a convict's appeal (in the US,
    # where he was prosecuted).
    ("Crypto-Friendly Signature Bank Shut Down by State Regulators", "", False, None, None),
    ("Trump family stablecoin hits $2B market cap", "", False, "US", None),
    ("Bankman-Fried appeals conviction", "", False, "US", None),
    ("'We were never a bank': Jesse Powell speaks out", "", False, "US", None),
    # An authority as the headline's source: its words are its act, hedges included (and
    # what it says of registration is guidance: policy).
    (
        "Crypto intermediaries should register with U.S. SEC, agency chair says - Reuters",
        "",
        True,
        "US",
        "policy",
    ),
    # A charge, told by those who bring it.
    (
        "Fake exchange staffer 'stole $16m in crypto' \u2013 prosecutors",
        "",
        True,
        None,
        "enforcement",
    ),
    ("Crypto.com Brands Championship Court, Signs Pickleball Deal", "", False, None, None),
    # A company's person speaking of the authority; an agency's report.
    ("Ripple CEO Says SEC Case Will End Soon", "", False, "US", None),
    ("Galaxy Digital sued for $100M over scrapped BitGo deal", "", False, None, None),
    ("Europol report says criminals increasingly use stablecoins", "", False, "EU", None),
    # A regulator's new powers, a central bank shelving its CBDC, rules firms must follow.
    ("Spain's CNMV gets power to police crypto ads", "", True, "ES", "policy"),
    ("Bank of Canada shelves retail digital currency work", "", True, "CA", "policy"),
    # A rule taking effect: legislation.
    (
        "Crypto Firms in UK Must Comply With Travel Rule From September",
        "",
        True,
        "UK",
        "legislation",
    ),
    ("Malaysian police seize 1,200 bitcoin mining rigs", "", True, "MY", "enforcement"),
    # The main clause decides: the act only sets the scene, or a desk's label frames it.
    (
        "Coinbase accused of 'rug pull' as the White House weighs killing the CLARITY Act",
        "",
        False,
        "US",
        None,
    ),
    (
        "Explainer: EU agrees rulebook for 'Wild West' crypto markets",
        "",
        True,
        "EU",
        "legislation",
    ),
    ("Explainer: What the GENIUS Act Means for Stablecoin Holders", "", False, "US", None),
    ("XRP Price Explodes 16% as Judge Rules In Favor of Ripple", "", False, None, None),
    ("Grayscale would appeal if court rejects its bitcoin ETF case", "", False, None, None),
    # A region after its country's name, an official after a possessive, a place that
    # only describes firms.
    ("China's Inner Mongolia escalates crackdown on cryptomining", "", True, "CN", "enforcement"),
    ("Fed's Bostic: Crypto, stablecoins an 'area we cannot ignore'", "", True, "US", "policy"),
    ("EU Exchanges Delist Tether's USDT In Preparation for MiCA", "", False, "EU", None),
    # An authority's own plan under a hedge is policy news; a guess about an act, a hedge
    # that says it will not happen, or an act done to the subject is not.
    ("Singapore's MAS may restrict retail access to crypto lending", "", True, "SG", "policy"),
    ("SEC May Permit Tokenized Stocks on Crypto Exchanges", "", True, "US", "policy"),
    ("SEC may never finalize its crypto custody rule, lawyers say", "", False, "US", None),
    ("Senator could face ethics probe over memecoin promotion", "", False, None, None),
    # Crypto firms, people and terms known by a short name are crypto context.
    ("BitConnect promoter sentenced to five years in prison", "", True, None, "ruling"),
    ("New York Assembly passes PoW mining moratorium bill", "", True, "US", "legislation"),
    # A bill put before lawmakers is legislation, even when a policy word comes first.
    ("Japan's cabinet submits crypto regime bill to the Diet", "", True, "JP", "legislation"),
    (
        "Korean lawmakers table Digital Asset Basic Act for won stablecoins",
        "",
        True,
        "KR",
        "legislation",
    ),
    # A firm registered as a regulated kind of firm was granted the registration.
    (
        "Kraken registers as a virtual asset service provider in Ireland",
        "",
        True,
        "IE",
        "licensing",
    ),
    # A licence acquired is licensing, not a company deal; a company acquired is a deal.
    (
        "Crypto payments startup to acquire e-money licence in Lithuania",
        "",
        True,
        "LT",
        "licensing",
    ),
    ("Crypto exchange to acquire rival in $200M deal", "", False, None, None),
    ("Vietnam to prohibit crypto payments from next year", "", True, "VN", "enforcement"),
    # Headlines misspell the CFTC.
    ("CTFC fines crypto broker over unregistered swaps", "", True, "US", "enforcement"),
    # A protocol's exploit is crypto; the plea is the news.
    ("Hacker pleads guilty to $11M lending protocol exploit", "", True, None, "ruling"),
    # A think tank is no price move; its opinion is no authority's.
    ("Legalize bitcoin mining, says Russian think tank", "", False, "RU", None),
    ("Bitcoin tanks as ETF outflows mount", "", False, None, None),
    # An authority that keeps a stance states a policy; a presidential committee is the
    # government's; a court declaring someone an offender rules.
    (
        "India's central bank maintains its stance against private cryptocurrencies",
        "",
        True,
        "IN",
        "policy",
    ),
    (
        "Presidential commission urges Philippines to regulate crypto exchanges",
        "",
        True,
        "PH",
        "policy",
    ),
    ("Crypto fraud accused declared proclaimed offender by Delhi court", "", True, "IN", "ruling"),
    # "Law enforcement" is no law: the seizure is the kind.
    ("Dutch law enforcement seizes crypto exchange servers", "", True, "NL", "enforcement"),
]


#: Cases the classifier gets wrong today, kept with their right answer: the rules read them
#: only weakly one way, and the learned correction (which has seen many "crackdown"
#: headlines that were market news, "big win for" headlines that were a company's, and
#: "court orders" headlines that were regulation) tips them over. Which weak cases it tips
#: changes when it is retrained. Strict, so that a fix shows.
KNOWN_MISSES = {
    "Crackdown on crypto exchanges widens in China": "learned: 'crackdown' -0.51",
    "Big Win for Kalshi": "learned: 'kalshi' -0.38, 'big' -0.36",
    "China's PBOC vows to keep crackdown on crypto trading": "learned: 'crackdown' -0.53",
    "Court orders crypto influencer to pay damages in defamation case": (
        "learned: 'court orders' +0.54, 'orders crypto' +0.49"
    ),
}


#: Cases whose kind the learned kind model gets wrong (what it says instead, and why). The
#: model is right far more often than the rules' own kind on real stories (see
#: ``tests/data/LABELS.md``), but weighs words, so a word that usually goes with another
#: kind can outweigh how a clear headline uses it. Strict, so that a fix shows.
KNOWN_KIND_MISTAKES = {
    "US Senator calls on SEC to investigate Binance.US": "enforcement: 'investigate'",
    "France's AMF Warns Against Unauthorized Crypto Platforms": "policy: 'warns'",
    "SEC Warns Investors Over Crypto Scams": "enforcement: 'sec', 'scams'",
    "Japan's Cabinet, ruling coalition approve flat 20% crypto tax": "policy: 'tax'",
    "OECD publishes crypto tax reporting framework": "legislation: 'publishes'",
    "Denmark's tax council recommends taxing unrealized crypto gains": "legislation: 'tax'",
    "Vietnam to prohibit crypto payments from next year": "policy: 'to', 'next year'",
}


def case_params(known: dict[str, str] | None = None) -> list[object]:
    """CASES as test parameters, the known misses (and ``known`` mistakes) marked as
    expected failures."""
    expected_failures = {**KNOWN_MISSES, **(known or {})}
    return [
        pytest.param(
            *case,
            id=case[0][:60],
            marks=[pytest.mark.xfail(strict=True, reason=expected_failures[case[0]])]
            if case[0] in expected_failures
            else [],
        )
        for case in CASES
    ]


@pytest.mark.parametrize(("title", "summary", "expected", "jurisdiction", "kind"), case_params())
def test_classify_cases(
    title: str, summary: str, expected: bool, jurisdiction: str | None, kind: str | None
) -> None:
    verdict = classify(title, summary)
    assert verdict.is_regulation is expected, verdict.reason
    assert verdict.jurisdiction == jurisdiction, verdict.reason


@pytest.mark.parametrize(
    ("title", "summary", "expected", "jurisdiction", "kind"), case_params(KNOWN_KIND_MISTAKES)
)
def test_classify_case_kinds(
    title: str, summary: str, expected: bool, jurisdiction: str | None, kind: str | None
) -> None:
    verdict = classify(title, summary)
    assert verdict.kind == kind, verdict.reason


def test_verdict_shape() -> None:
    verdict = classify("SEC Sues Coinbase", "The regulator alleges an unregistered exchange.")
    assert isinstance(verdict, RegulationVerdict)
    assert verdict.is_regulation
    assert verdict.kind in KINDS
    assert "SEC" in verdict.reason
    with pytest.raises(AttributeError):
        verdict.score = 0.0  # type: ignore[misc]  # frozen dataclass


def test_whitespace_and_curly_quotes_do_not_matter() -> None:
    plain = classify("Nigeria's SEC fines Binance", "")
    messy = classify("  Nigeria\u2019s   SEC\n fines\tBinance ", "  ")
    assert (plain.is_regulation, plain.jurisdiction, plain.kind) == (
        messy.is_regulation,
        messy.jurisdiction,
        messy.kind,
    )


def test_empty_story_is_not_regulation() -> None:
    verdict = classify("")
    assert not verdict.is_regulation
    assert verdict.reason


# --------------------------------------------------------------------------------------
# Rules the reason must name, so that a wrong verdict can be traced to its rule.
# --------------------------------------------------------------------------------------

REASONS = [
    ("SEC sues Binance", "actor: SEC (subject)"),
    ("Coinbase Sues SEC Over Refusal to Write Crypto Rules", "non-authority subject"),
    ("Bitcoin Jumps 8% After SEC Approves Spot ETFs", "price move first"),
    ("Hollywood Director Guilty of Fraud, Spending It on Crypto", "crypto incidental"),
    ("How U.S. Judges Might Save Crypto From the SEC", "feature/explainer headline"),
    ("SEC Could Approve Solana ETFs", "speculative 'Could'"),
    ("Hong Kong watchdog aims to curb retail crypto trading", "hedged intention 'aims to'"),
    ("Trump nominates Brian Quintenz to lead CFTC", "leadership of a financial regulator"),
    ("Markets cheer as Senate passes stablecoin bill", "reaction first"),
    ("Crypto-Friendly Signature Bank Shut Down by State Regulators", "a bank's description"),
    ("Crypto firms hire lobbyists ahead of Senate vote", "market event first"),
    ("Bitcoin miners must register, tax office says", "source: tax office"),
]


@pytest.mark.parametrize(("title", "fragment"), REASONS, ids=[r[0][:40] for r in REASONS])
def test_reason_names_the_rule(title: str, fragment: str) -> None:
    assert fragment in classify(title).reason


def test_summary_counts_only_by_its_first_sentence() -> None:
    lead = classify(
        "A Turning Point for Crypto Lending",
        "The SEC sued the lender for offering unregistered securities. It denies wrongdoing.",
    )
    later = classify(
        "A Turning Point for Crypto Lending",
        "The lender reported record loans this quarter. The SEC sued a rival last year.",
    )
    assert lead.is_regulation, lead.reason
    assert not later.is_regulation, later.reason


# --------------------------------------------------------------------------------------
# The labelled data sets.
# --------------------------------------------------------------------------------------


def check_well_formed(stories: list[Story], minimum: int) -> None:
    """Valid labels, clean titles and summaries, no duplicate title, enough rows."""
    titles: set[str] = set()
    for story in stories:
        assert story.label in LABELS, story
        assert story.title, story
        assert story.title.strip() == story.title, story
        assert story.summary.strip() == story.summary, story
        assert story.title.casefold() not in titles, f"duplicate title {story.title!r}"
        titles.add(story.title.casefold())
    assert len(stories) >= minimum, len(stories)


def test_tune_file_is_well_formed() -> None:
    tune = load(TUNE)
    check_well_formed(tune, MIN_TUNE_ROWS)
    share = sum(s.is_regulation for s in tune) / len(tune)
    assert 0.35 <= share <= 0.55, share


def test_dev_file_is_well_formed() -> None:
    check_well_formed(load(DEV), MIN_DEV_ROWS)


def test_holdout_file_is_well_formed() -> None:
    check_well_formed(load(HOLDOUT), MIN_HOLDOUT_ROWS)
    check_well_formed(load(WRITTEN_HOLDOUT), MIN_HOLDOUT_ROWS)


@pytest.mark.parametrize(
    ("first", "second"),
    list(itertools.combinations([TUNE, DEV, HOLDOUT, WRITTEN_HOLDOUT], 2)),
    ids=lambda p: p.stem,
)
def test_no_title_in_two_files(first: Path, second: Path) -> None:
    titles = {story.title.casefold() for story in load(first)}
    shared = [story.title for story in load(second) if story.title.casefold() in titles]
    assert not shared, shared


def real_feed_titles() -> set[str]:
    """The titles of the real feed fixtures (RSS feeds as the bot's parser reads them, and
    CryptoPanic API answers)."""
    titles: set[str] = set()
    for name in REAL_FEEDS:
        feed = parse_feed((FEEDS / name).read_bytes(), f"https://fixtures.invalid/{name}")
        titles.update(" ".join(item.title.split()).casefold() for item in feed.items)
    for path in sorted(FEEDS.glob("cryptopanic_*.json")):
        posts = json.loads(path.read_text(encoding="utf-8")).get("results", [])
        titles.update(" ".join(clean_text(post["title"]).split()).casefold() for post in posts)
    return titles


def test_tune_set_scores() -> None:
    scores, mistakes = score(load(TUNE))
    assert scores.precision >= 0.98, mistakes
    assert scores.f1 >= 0.97, mistakes


def test_tune_real_feed_rows() -> None:
    real = real_feed_titles()
    stories = [s for s in load(TUNE) if " ".join(s.title.split()).casefold() in real]
    assert len(stories) >= 100, len(stories)
    scores, mistakes = score(stories)
    assert scores.precision >= 0.95, mistakes
    assert scores.recall >= 0.85, mistakes


def test_dev_scores_do_not_fall_below_what_was_measured() -> None:
    # Real headlines the rules were written against and the correction learned from:
    # P=0.919 R=0.932 F1=0.925.
    scores, mistakes = score(load(DEV))
    assert scores.precision >= 1675 / (1675 + 147), (scores, mistakes)
    assert scores.recall >= 1675 / 1798, (scores, mistakes)


#: Each holdout's first and only evaluation, as counts: true positives, false positives,
#: false negatives. A change must not make them worse (and must not be tuned on their rows).
MEASURED_HOLDOUTS = [
    # 1,662 real feeds' stories: holdout 15 (698), first scored at P=0.925 R=0.765
    # F1=0.838 (62, 5, 19; the rules alone: P=0.841 R=0.716 F1=0.773), then at P=0.938
    # R=0.753 F1=0.836 (61, 4, 20) once the correction was retrained with holdout 12 in the
    # development file; and holdout 16 (560), first scored at P=0.859 R=0.772 F1=0.813
    # (61, 10, 18; the rules alone: P=0.851 R=0.797 F1=0.824); and holdout 17 (404), first
    # scored at P=0.639 R=0.767 F1=0.697 (23, 13, 7; the rules alone: P=0.611 R=0.733
    # F1=0.667).
    pytest.param(HOLDOUT, 145, 27, 45, id="real"),
    # 701 written stories: written holdout 12 (479), first scored at P=0.877 R=0.951
    # F1=0.912 (the rules alone: P=0.884 R=0.908 F1=0.896), then at P=0.865 R=0.951 F1=0.906
    # (135, 21, 7) once the correction was retrained on written batch 14, unchanged for the
    # rules alone; and written holdout 14 (222), first scored at P=0.939 R=0.849 F1=0.892
    # (62, 4, 11; the rules alone: P=0.923 R=0.822 F1=0.870). Both together, with the
    # correction as retrained since: P=0.891 R=0.916 F1=0.904.
    pytest.param(WRITTEN_HOLDOUT, 197, 24, 18, id="written"),
]


@pytest.mark.xfail(strict=True, reason="the target is not met yet (see MEASURED_HOLDOUTS)")
@pytest.mark.parametrize("path", [HOLDOUT, WRITTEN_HOLDOUT], ids=["real", "written"])
def test_holdout_f1_and_precision(path: Path) -> None:
    scores, mistakes = score(load(path))
    assert scores.precision >= 0.95, (scores, mistakes)
    assert scores.f1 >= 0.95, (scores, mistakes)


@pytest.mark.parametrize(("path", "tp", "fp", "fn"), MEASURED_HOLDOUTS)
def test_holdout_scores_do_not_fall_below_what_was_measured(
    path: Path, tp: int, fp: int, fn: int
) -> None:
    scores, mistakes = score(load(path))
    assert scores.precision >= tp / (tp + fp), (scores, mistakes)
    assert scores.recall >= tp / (tp + fn), (scores, mistakes)


#: Of the holdouts' regulation stories the classifier finds, how many get the labelled kind,
#: as first measured with the learned kind model (before it, with the rules' kind: 105 of
#: 145 and 148 of 197). A change must not lower them.
MEASURED_HOLDOUT_KINDS = [
    pytest.param(HOLDOUT, 107, id="real"),
    pytest.param(WRITTEN_HOLDOUT, 171, id="written"),
]


@pytest.mark.parametrize(("path", "right"), MEASURED_HOLDOUT_KINDS)
def test_holdout_kinds_do_not_fall_below_what_was_measured(path: Path, right: int) -> None:
    verdicts = [(scope, classify(scope.title, scope.summary)) for scope in read_scopes(path)]
    found = [(scope, verdict) for scope, verdict in verdicts if verdict.is_regulation]
    wrong = [(scope.title, scope.kind, v.kind) for scope, v in found if v.kind != scope.kind]
    assert len(found) - len(wrong) >= right, wrong


def check_verdicts(stories: list[Story]) -> None:
    """Every verdict has a reason, a score in range, and a kind only when regulation."""
    for story in stories:
        verdict = classify(story.title, story.summary)
        assert verdict.reason.strip(), story
        assert 0.0 <= verdict.score <= 1.0, story
        assert verdict.is_regulation == (verdict.score >= 0.5), story
        assert verdict.kind is None or verdict.kind in KINDS, story
        if not verdict.is_regulation:
            assert verdict.kind is None, story


def test_every_tune_verdict_has_a_reason_and_a_score_in_range() -> None:
    check_verdicts(load(TUNE))


def test_every_dev_verdict_has_a_reason_and_a_score_in_range() -> None:
    check_verdicts(load(DEV))


def test_every_holdout_verdict_has_a_reason_and_a_score_in_range() -> None:
    check_verdicts(load(HOLDOUT))
    check_verdicts(load(WRITTEN_HOLDOUT))


@pytest.mark.timeout(5)
def test_capitalised_summaries_are_read_as_quickly_as_others() -> None:
    # Feeds send summaries in Title Case or capitals. Such a run of capitalised words once
    # made a pattern try every way of cutting it into names: about 6 s for this story in
    # Title Case and 4 s in capitals. Each takes about a millisecond now; the timeout
    # catches a pattern that explodes again.
    [story] = [s for s in load(DEV) if s.title.startswith("Backer of stricken TerraUSD")]
    for summary in (story.summary.title(), story.summary.upper()):
        verdict = classify(story.title.title(), summary)
        assert verdict.reason, summary


@pytest.mark.timeout(10)
def test_a_monster_line_is_read_only_as_far_as_news_goes() -> None:
    # Some readings take time in the square of the length: a megabyte of "SEC sues" took
    # minutes. Only the bounded start of the title and of the summary is read.
    title, summary = "SEC sues Binance. " * 60_000, "The SEC sued Binance on Monday. " * 30_000
    verdict = classify(title, summary)
    assert verdict == classify(title[:MAX_TITLE_CHARS], summary[:MAX_SUMMARY_CHARS])
    assert verdict.is_regulation
