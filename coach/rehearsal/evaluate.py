"""Checks one line the user says in a call rehearsal against the call script.

Patterns run on a "loose" form of the text: folded (æ/ø/å -> ae/oe/aa) and then
collapsed (ae -> a, oe -> o, aa -> a), so "ansøgning", "ansoegning" and
"ansogning" all read "ansogning".  Write every pattern in that loose form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from coach import clock
from coach.case import FollowUpCase
from coach.danish import WEEKDAYS, fold
from coach.dates.parser import Direction, TimeMention, find_times

MAX_WORDS = 40
CORE_CHECKS = ("says_name", "places_interview", "names_role", "asks_status", "thanks", "no_selling", "no_demands")


def loose(text: str) -> str:
    """Folded, with the folded Danish letters collapsed, and spaces normalised."""
    text = fold(text).replace("ae", "a").replace("oe", "o").replace("aa", "a")
    return re.sub(r"\s+", " ", text).strip()


def _lp(pattern: str) -> str:
    """A pattern written in plain Danish, turned into the loose form (regex syntax is all lower case)."""
    return fold(pattern).replace("ae", "a").replace("oe", "o").replace("aa", "a")


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_lp(p)})" for p in parts))


# ---- name ----------------------------------------------------------------------------
_NAME_INTRO = re.compile(
    r"\b(det er|dette er|her er|jeg hedder|jeg heder|mit navn er|du taler med|jeg er)\s+([A-Za-zÆØÅæøåéü][\w-]*)",
    re.IGNORECASE)
_NOT_NAMES = frozenset(loose(w) for w in """
    mig bare om angående vedrørende vedr ang ifm fordi for ikke da så en et den det jo nok godt rigtig meget lidt
    i jer dig min mit mine med til helt virkelig altså egentlig sådan noget ked glad interesseret stadig lige
    vel vist derfor okay ok fint super uacceptabelt utroligt dårligt sgu dog også nu her hende ham jeres hans
    bedste rette perfekt kvalificeret sikker spændt skuffet måske ligeglad lang længe svært vigtigt rart dejligt
    synd ærgerligt trist frustrerende nemlig hvad hvem hvorfor som at af på angaaende sidste næste sket muligt
    kun ret klart faktisk en anden et spørgsmål the
    """.split())

# ---- interview placement ------------------------------------------------------------------
_INTERVIEW_WORDS = _rx(r"samtal", r"\bsamt\w{0,2}l", r"\bjobsamt", r"interview", r"\bmød(e|et|tes)\b",
                       r"\bvar (inde|hos jer|til|forbi|oppe|ude|her)\b",
                       r"\b(talte|talt|snakkede|snakket) (sammen|med)\b")
_WEEKDAYS_LOOSE = [loose(w) for w in WEEKDAYS]
_CLOCK_ONLY = re.compile(r"(kl\.?\s*)?\d{1,2}([.:]\d{2})?")
_DAY_MONTH = re.compile(r"\d{1,2}\s*[./]\s*(\d{1,2}|[a-z]{3,})")

# ---- role ----------------------------------------------------------------------------
_ROLE_GENERIC = _rx(r"\b(stilling\w*|jobbet|job|opslaget|stillingsopslag\w*) (som|til|i|hos)\b\s*\w+")
_ROLE_ANY = _rx(r"\b(stilling\w*|jobbet|job|ledige)\b")
_ROLE_SKIP = frozenset({"og", "i", "som", "til", "med", "for", "hos", "af", "the", "of", "and"})

# ---- status --------------------------------------------------------------------------
_ASKS_WHEN = _rx(
    r"\bhvorn\w*r\b.{0,40}\b(hør\w*|forvent\w*|regne\w*|vide|ved|svar\w*|besked|beslut\w*|afklar\w*|meld\w*|vend\w*"
    r"|klar|tilbage|passer|ringe)",
    r"\bhvilken dag\b", r"\bhvad tid\w*\b.{0,20}\bpass", r"\bhvorn\w*r passer")
_STATUS = _rx(
    r"(\b(har|ha|hr|nået|om) (du|i|de)\b|\b(du|i|de) (har|nåede)\b)"
    r".{0,45}\b(kig\w*|kikke\w*|se|set|læs\w*|gennemg\w*|vurder\w*|behandl\w*)\b"
    r".{0,25}\b(ans\w*g\w*|mit|min|papirer)",
    r"\bhvor langt\b", r"\bser det ud\b", r"\bhvordan står det til\b",
    r"\bhvordan (går|gå|er) det\b.{0,10}\b(med|for|ang\w*|vedr\w*)\b",
    r"\b(noget|er der|nogle) nyt\w*\b", r"\bstatus\b", r"\bhvor (står|er) (i|processen|sagen|det)\b",
    r"\b(har (i|du|de)|(i|du|de) har) (truffet|taget|fundet|valgt|besluttet|lavet)\b",
    r"\ber (stillingen|jobbet|den|der nogen|der) (blevet )?(besat|ansat|valgt)\b",
    r"\bhøre\b.{0,25}\b(hvordan|hvor langt|status|nyt|ans\w*g\w*|stilling\w*)\b",
    r"\b(er der|kommet) (truffet )?(en )?(beslutning|afklaring)\b")
_CALLBACK = _rx(r"\bring\w* (mig )?(tilbage|op|til mig)\b", r"\bkontakt\w* mig\b", r"\bmit (tlf|telefon)?\s*nummer\b",
                r"\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b", r"\bvende tilbage\b")

# ---- thanks, tone, selling, demands ---------------------------------------------------------
_THANKS = _rx(r"(?<!nej )\b(tak|takk|tack|takker|tusindtak)\b")
_RUDE = _rx(r"\b(fuck\w*|fanden|fandme|lort\w*|pis|pisse\w*|idiot\w*|dum|dumme|dumt|latterlig\w*|elendig\w*)\b",
            r"\bamatør\w*\b",
            r"\bhold (kæft|kaft)\b", r"\bhelvede\b", r"\bsatan\b", r"\b(crap|wtf|klamt|kraftedeme)\b")
_SELLING = _rx(
    r"\b\d+\s*(års|år|years)\b.{0,15}\berfaring",
    r"\b(mange|lang|stor|solid|bred|masser af|relevant|god|meget) erfaring",
    r"\bjeg har (også |jo |en |masser af |stor |lang |rigtig meget )?erfaring",
    r"\bmine (kvalifikation\w*|kompetencer|evner|styrker|resultater|erfaringer)",
    r"\bjeg er (jo |altså |bare |helt |klart |da )?(den|det) (bedste|rette|perfekte|rigtige)\b",
    r"\bjeg er (jo |bare |virkelig |rigtig |super |mega |vildt |meget )?(god|dygtig|skarp|stærk) til\b",
    r"\bjeg er (den )?bedste\b",
    r"\bjeg er (jo |bare |virkelig |helt )?(perfekt|ideel|oplagt|rigtig god|super god|vildt god|sindssygt god"
    r"|meget dygtig|dygtig|yderst kvalificeret|meget kvalificeret|kvalificeret|overkvalificeret"
    r"|en (god|stærk|oplagt|perfekt) kandidat)",
    r"\b(passer|matcher) (jo )?(perfekt|rigtig godt|super godt|godt) (til|med)\b",
    r"\b(i|du) (får|finder) (ikke|aldrig) (en|nogen) (bedre|mere)\b", r"\bingen (er|kan) (bedre|gøre det bedre)\b",
    r"\bjeg kan (tilføje|bidrage med|tilbyde|levere)\b", r"\bjeg (har|tog) en (kandidat|master|bachelor|uddannelse)\b",
    r"\bjeg (vil|ville) (være|blive) (et godt valg|en gevinst|et aktiv)\b", r"\b(best|bedst) kvalificere",
    r"\bsom jeg (sagde|nævnte|fortalte) (til|på|under) samtalen\b.{0,20}\b(har|kan|er)\b", r"\bmit track record\b")
_DEMANDS = _rx(
    r"\b(i|du|de) skal (give|svare|ringe|sende|beslutte|melde|vende|tage|komme|fortælle|love|se at)\b",
    r"\bjeg (vil|skal|må|kræver|forlanger) (have|få) (et |mit |et klart )?svar\b",
    r"\bjeg (forlanger|kræver|insisterer)\b",
    r"\bjeg har krav på\b", r"\b(giv|send) mig (et )?svar\b", r"\bsvar (mig )?(nu|i dag|med det samme)\b",
    r"\b(nu|i dag|med det samme|straks|omgående)\s*!", r"\bjeg forventer (et )?svar\b",
    r"\bhvorfor (har|er) (i|du|de|ingen) (ikke|aldrig)\b",
    r"\b(tager|varer) (det )?(så|sindssygt|alt for|pisse|mega) lang tid\b",
    r"\bhvorfor (tager|går) det (så )?(lang|langsomt)",
    r"\bhvorfor (har|hører) jeg ikke\b", r"\bhvorfor (svarer|ringer|skriver|melder|vender) (i|du|de) (ikke|aldrig)\b",
    r"\bhvorfor (valgte|tog) (i|du|de)\b", r"\bhvorfor ikke mig\b",
    r"\bdet er (for|simpelthen for|virkelig for|da for|helt|sgu for) (dårligt|ringe|sent)\b",
    r"\b(det|det her) er (simpelthen |helt )?(ikke i orden|ikke ok|uacceptabelt|uhørt|frækt|useriøst|latterligt"
    r"|uprofessionelt|skandal\w*|en skandale)\b",
    r"\b(i|du) (lovede|har lovet|sagde jo)\b", r"\bdet var aftalt\b", r"\b(i|du) burde\b",
    r"\bjeg har ventet (alt for|for|så|sindssygt) lang", r"\bspild af (min )?tid\b", r"\buretfærdig\w*\b",
    r"\b(i|du) tager fejl\b", r"\bfortryde\b", r"\buprofessionel\w*\b")
_GRACEFUL = _rx(r"\bforstår\b(?! (jeg )?ikke)", r"\bforstået\b", r"\b(helt )?i orden\b", r"\bfair nok\b",
                r"\bheld og lykke\b", r"\bgod vind\b", r"\btillykke\b", r"\bønsk\w*\b",
                r"\b(andre|fremtidige|nye|kommende|lignende) (stillinger|jobs?|muligheder|opslag)\b",
                r"\bhusk\w* (mig|på mig)\b", r"\bhvis der (kommer|bliver|dukker)\b", r"\bfeedback\b",
                r"\btilbagemelding\b", r"\bgemme (min|mit)\b")
_ARGUING = _rx(r"\bforstår (jeg )?ikke\b", r"\b(det|de) (passer|kan) ikke\b", r"\burimelig\w*\b",
               r"\b(vanvittigt|utroligt|absurd)\b")
_FAREWELL = _rx(r"\bfarvel\b", r"\bha\w?'? (en|det) (god|godt|rigtig god|fortsat god|dejlig)\b",
                r"\bvi (snakkes|tales|høres|ses)\b", r"\bgod (weekend|aften)\b", r"\bgod dag til (dig|jer)\b",
                r"\btak for (din tid|snakken|nu|hjælpen|i dag|opkaldet|at du tog den)\b")
_TOPIC = _rx(r"\b(samtal\w*|interview\w*|ans\w*gning\w*|stilling\w*|job\w*|opfølg\w*|ansæt\w*|rekrutter\w*)\b")
_DECLINE = _rx(r"\bnej tak\b", r"\bjeg (ringer|prøver) (bare )?(igen|senere|i morgen)\b", r"\bdet er ikke nødvendigt\b")


@dataclass(frozen=True)
class LineCheck:
    """What one user line did well and badly. `graceful_rejection` is None unless the line answers a rejection."""

    text: str
    says_name: bool
    places_interview: bool
    names_role: bool
    asks_status: bool
    thanks: bool
    polite_and_short: bool
    no_selling: bool
    no_demands: bool
    graceful_rejection: bool | None = None
    asks_when: bool = False
    asks_callback: bool = False
    notes: tuple[str, ...] = ()  # "wrong_day", "too_many", "rude", "shouting", "too_long"

    @property
    def hostile(self) -> bool:
        return not self.no_demands or "rude" in self.notes or "shouting" in self.notes


def evaluate_line(text: str, case: FollowUpCase, after_rejection: bool = False) -> LineCheck:
    """Check one user line against the call script (see LineCheck)."""
    text = text if isinstance(text, str) else ""
    lo = loose(text)
    notes: list[str] = []
    places, wrong_day = places_interview(text, case)
    if wrong_day:
        notes.append("wrong_day")
    status = _asks_status(text)
    if status and text.count("?") > 2:
        status = False
        notes.append("too_many")
    polite_notes = _tone_problems(text, lo)
    notes.extend(polite_notes)
    no_demands = not _DEMANDS.search(lo)
    graceful = None
    if after_rejection:
        positive = bool(_THANKS.search(lo) or _GRACEFUL.search(lo))
        graceful = positive and no_demands and not polite_notes and not _ARGUING.search(lo) and not _SELLING.search(lo)
    return LineCheck(
        text=text, says_name=says_name(text, case), places_interview=places, names_role=names_role(lo, case),
        asks_status=status, thanks=bool(_THANKS.search(lo)), polite_and_short=not polite_notes,
        no_selling=not _SELLING.search(lo), no_demands=no_demands, graceful_rejection=graceful,
        asks_when=bool(_ASKS_WHEN.search(lo)), asks_callback=bool(_CALLBACK.search(lo)), notes=tuple(notes))


def says_name(text: str, case: FollowUpCase) -> bool:
    own = [loose(t) for t in (case.user_name or "").split() if len(t) >= 2]
    others = {loose(t) for t in f"{case.contact_name or ''} {case.company or ''}".split()}
    for m in _NAME_INTRO.finditer(text):
        word, intro = m.group(2), loose(m.group(1))
        w = loose(word)
        if _name_match(w, own):
            return True
        if w in _NOT_NAMES or w in others or (own and w not in own and not word[0].isupper()):
            continue
        if word[0].isupper() or intro != "jeg er":
            return True
    words = re.findall(r"[\wÆØÅæøå-]+", text)
    if own and len(own) > 1 and " ".join(own) in loose(" ".join(words)):
        return True
    return any(len(w) >= 3 and w[0].isupper() and _name_match(loose(w), own) for w in words) or any(
        _name_match(loose(a), own) and b.lower() == "her" for a, b in zip(words, words[1:], strict=False))


def _name_match(word: str, own: list[str]) -> bool:
    return any(word == o or (len(o) >= 4 and _similar(word, o) >= 0.8) for o in own)


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def places_interview(text: str, case: FollowUpCase) -> tuple[bool, bool]:
    """(placed, wrong_day): a past or neutral day/date that is the interview's, or named together with it."""
    lo = loose(text)
    talks_interview = bool(_INTERVIEW_WORDS.search(lo))
    placed = wrong = False
    for m in find_times(text, _today(), Direction.PAST):
        if m.tense == Direction.FUTURE or (m.value is None and m.problem is None):
            continue
        if _CLOCK_ONLY.fullmatch(fold(m.text).strip()) and not talks_interview:
            continue
        match = _same_day(m, case)
        if match is False and talks_interview:
            wrong = True
        elif match or talks_interview:
            placed = True
    return placed, wrong and not placed


def _today() -> date:
    # Only weekdays and day/month are compared, so a bad COACH_TODAY must not break the rehearsal.
    try:
        return clock.today()
    except ValueError:
        return date.today()


def _same_day(m: TimeMention, case: FollowUpCase) -> bool | None:
    """True/False when the mention names a weekday or a date we can compare with the interview, else None."""
    day = case.interview_date
    if day is None or m.value is None:
        return None
    mention = loose(m.text)
    named = [i for i, w in enumerate(_WEEKDAYS_LOOSE) if w in mention]
    if _DAY_MONTH.search(mention) or re.search(r"\bden \d{1,2}\b", mention):
        return (m.value.day, m.value.month) == (day.day, day.month)
    if named:
        return named[0] == day.weekday()
    if re.search(r"dags?\b", mention) and not re.search(r"\bi (dag|gar|forgars)\b", mention):
        return m.value.weekday() == day.weekday()  # a misspelt weekday, read by the date parser
    return None


def names_role(lo: str, case: FollowUpCase) -> bool:
    if _ROLE_GENERIC.search(lo):
        return True
    if not case.role:
        return bool(_ROLE_ANY.search(lo))
    wanted = [w for w in re.findall(r"[a-z0-9]+", loose(case.role)) if w not in _ROLE_SKIP and len(w) >= 2]
    tokens = re.findall(r"[a-z0-9]+", lo)
    hits = sum(1 for w in wanted if any(_role_word(w, t) for t in tokens))
    return bool(wanted) and hits * 2 >= len(wanted) and hits > 0


def _role_word(word: str, token: str) -> bool:
    if len(word) <= 3:
        return token == word or token.startswith(word)
    if word in token:
        return True
    stem = word[:max(4, len(word) - 2)]
    return token.startswith(stem) or (len(token) >= len(word) - 1 and _similar(token[:len(word)], word) >= 0.8)


def _asks_status(text: str) -> bool:
    """A status question in a sentence that is not itself a demand or an accusation."""
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        lo = loose(sentence)
        if (_STATUS.search(lo) or _ASKS_WHEN.search(lo)) and not _DEMANDS.search(lo):
            return True
    return False


def _tone_problems(text: str, lo: str) -> list[str]:
    problems = []
    if _RUDE.search(lo):
        problems.append("rude")
    letters = [c for c in text if c.isalpha()]
    caps_words = re.findall(r"\b[A-ZÆØÅ]{3,}\b", text)
    if (len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)) or len(caps_words) >= 3 \
            or "!!" in text:
        problems.append("shouting")
    if len(text.split()) > MAX_WORDS:
        problems.append("too_long")
    return problems


def is_goodbye(text: str, wrapping_up: bool) -> bool:
    """The user ends the call: a farewell, or (once the news is out) thanks without a new question.

    "Hej hej" is a farewell only at the end of a line: at the start it is an informal hello."""
    lo = loose(text)
    if _FAREWELL.search(lo) or re.search(r"\bhej ?hej\W*$", lo) and not re.fullmatch(r"\W*hej ?hej\W*", lo):
        return True
    return wrapping_up and bool(_THANKS.search(lo)) and "?" not in text


def mentions_topic(text: str, case: FollowUpCase) -> bool:
    """Enough for reception to know what the call is about."""
    lo = loose(text)
    return (names_role(lo, case) or places_interview(text, case)[0] or bool(_STATUS.search(lo))
            or bool(_TOPIC.search(lo)))


def is_declining(text: str) -> bool:
    """'Nej tak, jeg ringer igen' when reception offers to take a message."""
    return bool(_DECLINE.search(loose(text)))
