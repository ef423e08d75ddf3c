"""The facts a caller gives so the other end can place them: their name, the interview's day, the role.

Rule-based on purpose: each verdict can say exactly why ("you said Monday; the interview was on a Tuesday").
A day counts only when it is the interview's, in any form the date parser reads ("i forgårs", "d. 26.",
"for en uge siden", "tirsdag i sidste uge"), resolved against today. A role counts only when it is the
case's role ("stillingen" alone, or another job's title, does not).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from difflib import SequenceMatcher

from coach.case import FollowUpCase
from coach.conduct.text import loose, rx
from coach.danish import WEEKDAYS
from coach.dates.parser import Direction, TimeMention, find_times
from coach.facts.names import only_a_name

# ---- name ----------------------------------------------------------------------------
_NAME_INTRO = re.compile(
    r"\b(det er|dette er|det her er|her er|jeg hedder|jeg heder|mit navn er|min navn er|du taler med|jeg er|"
    # "hej det emma", "hej kasper det mikkel": "er" left out after a greeting
    r"(?:hej|hey|hejsa|hallo|goddag|davs),? (?:[a-zæøå]+,? )?det"
    r"(?!\s+(?:er|var|handler|drejer|gælder|går|angår|om)\b))\s+"
    r"(?:også\s+|ogsaa\s+|faktisk\s+|bare\s+)?"  # "jeg hedder også mads" (a tester calling a Mads)
    r"([A-Za-zÆØÅæøåéü][\w-]*)", re.IGNORECASE)
_NOT_NAMES = frozenset(loose(w) for w in """
    mig bare om angående vedrørende vedr ang ifm fordi for ikke da så en et den det jo nok godt rigtig meget lidt
    i jer dig min mit mine med til helt virkelig altså egentlig sådan noget ked glad interesseret stadig lige
    vel vist derfor okay ok fint super uacceptabelt utroligt dårligt sgu dog også nu her hende ham jeres hans
    bedste rette perfekt kvalificeret sikker spændt skuffet måske ligeglad lang længe svært vigtigt rart dejligt
    synd ærgerligt trist frustrerende nemlig hvad hvem hvorfor som at af på angaaende sidste næste sket muligt
    kun ret klart faktisk en anden et spørgsmål the tredje anden første mest
    """.split())

# ---- interview -----------------------------------------------------------------------------
INTERVIEW_WORDS = rx(r"samtal", r"\bsamt\w{0,2}l", r"\bjobsamt", r"interview", r"\bmød(e|et|tes)\b", r"\bsås\b",
                     r"\bvar (inde|hos (jer|dig|dem|ham|hende)|til|forbi|oppe|ude|her)\b",
                     r"\b(talte|talt|snakkede|snakket) (sammen|med)\b", r"\bprøvemadlavning", r"\bprøvedag")
_WEEKDAYS_LOOSE = [loose(w) for w in WEEKDAYS]
_DAY_OF_MONTH = re.compile(r"\d{1,2}\s*[./]\s*(\d{1,2}|[a-z]{3,})|\b(den|d\.?)\s*\d{1,2}\b")
_NOT_THE_INTERVIEW = re.compile(r"\b(i dag|i morgen|i overmorgen|nu)\b")

# ---- role ----------------------------------------------------------------------------
_JOB_WORDS = r"(stilling(en)?|job(bet)?|plads(en)?|elevplads(en)?|lareplads(en)?|praktikplads(en)?)"
_JOB_SUFFIX = re.compile(rf"^(?P<stem>[a-z0-9-]{{2,}}?)-?(s|e)?-?{_JOB_WORDS}$")
_TITLE_AFTER = re.compile(
    rf"\b{_JOB_WORDS} (som|til|i|af|for) (en |et |den |det )?(?P<title>[a-z0-9-]+(?: [a-z0-9-]+)?)")
_ROLE_SKIP = frozenset({"og", "i", "som", "til", "med", "for", "hos", "af", "the", "of", "and", "en", "et"})
# Halves of a title that name no job on their own.
_GENERIC = frozenset(loose(w) for w in """
    medarbejder medarbejderen assistent assistenten medhjælper hjælper konsulent leder chef elev lærling
    arbejder ansat junior senior
    """.split())
_ALIASES = {"sosu": ("social", "sundhed"), "hr": ("hr",), "it": ("it",)}


_NAME_HERE = re.compile(r"(?:^|[,.!]\s*)([A-Za-zÆØÅæøå][\wæøå-]+ [A-Za-zÆØÅæøå][\wæøå-]+) her\b|"
                        r"(?:^|[,.!]\s*)([A-ZÆØÅ][\wæøå-]+) her\b|"  # "Hej Peter, Ahmad her." (a tester's)
                        r"[,.!]\s*([a-zæøå]{3,}) her(?=\s*[,.!])")  # "hey rasmus, emil her, var til …" (s39c)


_SMALL_WORDS = {"jeg", "er", "det", "du", "vi", "de", "han", "hun", "nu", "så", "og", "men", "var", "være", "bare",
                "lige", "ikke", "også", "her", "der", "den", "en", "et"}


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
    if _FIRST_NAME_THEN_INTERVIEW.match(text) and bare_name(text) and not names_role(loose(text.split(".")[0]), case):
        return True  # "mikkel. var til samtale i fredags" to reception (a tester was told he gave no name)
    # "Maria Santos" answering "Må jeg lige få dit navn?"; "Jesper Lund. Vil tale med ham der havde samtalen"
    named = (only_a_name(s.strip()) for s in re.split(r"[.!?\n]+", text) if s.strip())
    if any(name and not {loose(w) for w in name.split()} & others for name in named):
        return True
    tokens = re.findall(r"[\wÆØÅæøå-]+", text)
    if own and len(own) > 1 and " ".join(own) in loose(" ".join(tokens)):
        return True
    if not own and any(not {loose(w) for w in (m[1] or m[2] or m[3]).split()} & (others | _NOT_NAMES | _SMALL_WORDS)
                       for m in _NAME_HERE.finditer(text)):
        return True  # "hej thomas, lukas nørgaard her" with the name not told to the coach (a tester's, not heard)
    pairs = list(zip(tokens, tokens[1:], strict=False))
    return any(len(w) >= 3 and w[0].isupper() and _name_match(loose(w), own) for w in tokens) or any(
        _name_match(loose(a), own) and b.lower() == "her" for a, b in pairs) or any(
        loose(a) in ("det", "er", "hedder") and loose(b) in own for a, b in pairs)  # "hej, det oliver"


# one word, then the interview: "mikkel. var til samtale i fredags"
_FIRST_NAME_THEN_INTERVIEW = re.compile(r"^\s*[A-Za-zÆØÅæøå][\w-]+\s*[.,]\s+(jeg )?(var|har været) til "
                                        r"(job)?(samtale|interview)", re.IGNORECASE)
_TOPIC_PART = re.compile(r"(samtal|job|stilling|ansog|interview|opfolg)")
_REPLY_WORDS = frozenset(loose(w) for w in "ja nej hej hejsa hallo tak okay ok undskyld hvad hvem jo nå øh".split())


def bare_name(text: str) -> bool:
    """'emma', 'mikkel. det om en samtale': a name alone, as the answer to "Må jeg lige få dit navn?"."""
    first = re.split(r"[.!?,\n]", text.strip(), maxsplit=1)[0]
    tokens = [loose(t) for t in re.findall(r"[^\W\d_]+", first)]
    return 0 < len(tokens) <= 3 and not any(t in _NOT_NAMES or t in _REPLY_WORDS or len(t) < 2
                                            or _TOPIC_PART.search(t) for t in tokens)


def _name_match(word: str, own: list[str]) -> bool:
    return any(word == o or (len(o) >= 4 and _similar(word, o) >= 0.8) for o in own)


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def places_interview(text: str, case: FollowUpCase, today: date) -> tuple[bool, bool]:
    """(placed, wrong_day): a day that is the interview's, or (without a known date) a past day said with it."""
    verdicts = [verdict for _, verdict in day_mentions(text, case, today)]
    placed = "right" in verdicts
    return placed, "wrong" in verdicts and not placed


def day_mentions(text: str, case: FollowUpCase, today: date) -> list[tuple[TimeMention, str]]:
    """Each past day said in `text`: "right" (the interview's), "wrong" (another day said of the interview)
    or "other" (a day that is about something else, or cannot be compared)."""
    found = []
    for m in find_times(text, today, Direction.PAST):
        if m.tense == Direction.FUTURE or m.value is None or m.clock_only:
            continue
        talks = bool(INTERVIEW_WORDS.search(loose(_sentence_at(text, m.start, m.end))))
        match = _same_day(m, case.interview_date, today)
        if match or (match is None and talks and case.interview_date is None and m.value <= today):
            found.append((m, "right"))
        elif match is False and talks and not _NOT_THE_INTERVIEW.fullmatch(loose(m.text)):
            found.append((m, "wrong"))
        else:
            found.append((m, "other"))
    return found


# A sentence ends at "?", "!" or at "." before a capital, but not after a number or "d."/"kl.".
_SENTENCE_END = re.compile(r"[?!]+\s+|(?<![0-9])(?<!\bd)(?<!\bkl)(?<!\bca)\.\s+(?=[A-ZÆØÅ])")


def _sentence_at(text: str, start: int, end: int) -> str:
    begin, finish = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start()
            break
    return text[begin:finish]


def _same_day(m: TimeMention, day: date | None, today: date) -> bool | None:
    """Whether the mention names the interview's day; None when it cannot say (no date, a month, …)."""
    if day is None:
        return None
    said = loose(m.text)
    if m.grain == "week":
        monday = m.value - timedelta(days=m.value.weekday())
        return monday <= day <= monday + timedelta(days=6)
    if m.grain not in ("day", "hour", "minute"):  # "i tirsdags kl. 10" names a day too
        return None
    if "siden" in said:  # "for en uge siden": as exact as people are
        offset = (today - m.value).days
        slack = 0 if offset < 5 else 2 if offset < 10 else 3
        return abs((m.value - day).days) <= slack
    named = [i for i, w in enumerate(_WEEKDAYS_LOOSE) if re.search(rf"\b{w}", said)]
    if _DAY_OF_MONTH.search(said):  # "onsdag d. 17." for Tuesday the 17th: a slip the contact would notice
        return (m.value.day, m.value.month) == (day.day, day.month) and (not named or named[0] == day.weekday())
    if re.search(r"\bsidste [a-z]+dag\b", said) and named:  # "sidste tirsdag": the latest, or last week's
        return day in (m.value, m.value - timedelta(days=7))
    if named and m.tense is None and "uge" not in said:  # "onsdag": the weekday is what was said
        return named[0] == day.weekday()
    return m.value == day


def names_role(lo: str, case: FollowUpCase) -> bool:
    """The case's role is named (a compound such as "kontorchefstillingen" counts; "stillingen" alone does not)."""
    if not case.role:
        return bool(_TITLE_AFTER.search(lo)) or any(
            (m := _JOB_SUFFIX.match(t)) and m["stem"] not in _GENERIC_STEMS for t in lo.split())
    wanted = role_words(case.role)
    if not wanted:
        return False
    tokens = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", _SOSU.sub("social og sundheds", lo))
    parts = [p for t in tokens for p in {t, *t.split("-")}]
    compounds = tokens + [a + b for a, b in zip(tokens, tokens[1:], strict=False)]  # "pakkeri jobbet"
    joined = "".join(wanted)
    if len(joined) >= 4 and any(joined in t.replace("-", "") for t in compounds):  # "rengørings assistent"
        return True
    head = max((w for w in wanted if w not in _GENERIC), key=len, default=None)
    if head and any(_word_match(head, p) for p in parts):
        return True
    if any(_stem_names_role(m["stem"], wanted) for t in compounds if (m := _JOB_SUFFIX.match(t))):
        return True
    hits = [w for w in wanted if any(_word_match(w, p) for p in parts)]
    return len(hits) * 2 >= len(wanted) and any(w not in _GENERIC for w in hits)


_GENERIC_STEMS = frozenset({"", "den", "det", "et", "en", "nye", "ledige", "ny"})


# "sosu-hjælper", "SOSU assistent": the everyday short form of "social- og sundheds…", spelt out on both sides
_SOSU = re.compile(r"\bsosu(?:-|\s)?(?=[a-z])")


def role_words(role: str) -> list[str]:
    spelt = _SOSU.sub("social og sundheds", loose(role))
    return [w for w in re.findall(r"[a-z0-9]+", spelt) if w not in _ROLE_SKIP and len(w) >= 2]


def _word_match(word: str, token: str) -> bool:
    """A role word in a token: itself, inflected, in a compound, or misspelt by a letter."""
    if len(word) <= 3:
        return token == word or (token.startswith(word) and len(token) <= len(word) + 4)
    if word in token:
        return True
    stem = word[:max(4, len(word) - 2)]
    return token.startswith(stem) or (token[:1] == word[:1] and len(token) >= len(word) - 1
                                      and _similar(token[:len(word)], word) >= 0.8)


def _stem_names_role(stem: str, wanted: list[str]) -> bool:
    """'kantine' in 'kantinejobbet' names 'kantinemedarbejder'; 'sosu' names 'social- og sundhedsassistent'."""
    stem = stem.strip("-")
    if stem in _ALIASES:
        return all(any(w.startswith(a) for w in wanted) for a in _ALIASES[stem])
    if len(stem) < 3 or stem in _GENERIC:
        return False
    for word in wanted:
        if word.startswith(stem) and (len(stem) >= 4 or stem == word):
            return True
        if word in stem or stem.startswith(word[:max(4, len(word) - 2)]) and len(word) >= 4:
            return True
        if len(stem) >= 4 and word[:4] == stem[:4] and _similar(stem, word[:len(stem)]) >= 0.75:
            return True
    return False



def names_other_role(lo: str) -> bool:
    """A job named by title after "stillingen som"/"jobbet som" (to tell a wrong role from no role)."""
    return bool(_TITLE_AFTER.search(lo))
