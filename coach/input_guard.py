"""Messages the coach cannot work with: empty, no words, far too long, not Danish.

Each gets a clear Danish reply; the conversation (and every slot) stays as it was.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from coach import clock
from coach.danish import MONTHS, WEEKDAYS
from coach.dates.parser import Direction, find_times
from coach.facts import channel_preference, names_said, parse_channel, says_no_deadline
from coach.facts.cues import CHANNEL_EMOJI
from coach.facts.pasted import pasted_mail
from coach.lexicon import languages
from coach.texts import text

MAX_CHARS = 1500  # a chat turn with every fact in it is a few hundred characters


class InputProblem(str, Enum):
    EMPTY = "empty"
    NO_WORDS = "no_words"  # emoji, punctuation, symbols only
    PUNCTUATION = "punctuation"  # "?", "...": no emoji to thank for either
    TOO_LONG = "too_long"
    ENGLISH = "english"
    OTHER_LANGUAGE = "other_language"
    NOISE = "noise"  # keyboard mash: "asdfghjkl", "jfjfjf kdkdkd"
    MARKUP = "markup"  # HTML or code, no words of the case
    SAD = "sad"  # "😭😭😭": no "Tak for det!" (s41b)


_SAD_EMOJI = frozenset("😭😢😞😔☹🙁😩😫💔😿😥😓😖😣")
_ONE_LETTER_ANSWERS = frozenset("jny")  # "n" to "Vil du starte forfra?" is a no
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# What is left of a message once its tags are gone, when it is only code: nothing, or a call ("alert(1)").
_CODE_ONLY = re.compile(r"\s*(?:[\w.$]+\([^()]*\);?\s*)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANGUAGES = languages()
# the months and weekdays are Danish too: "ok sorry, 30. februar" got "Jeg taler kun dansk" (a tester)
_DANISH = _LANGUAGES["danish"] | frozenset(MONTHS) | frozenset(WEEKDAYS)
_ENGLISH = _LANGUAGES["english"]
_OTHER_LANGUAGES = tuple(name for name in _LANGUAGES if name not in ("danish", "english"))
# Letters no Danish word has (é, ü and the like do occur in Danish names and loanwords).
_FOREIGN_LETTER = re.compile(r"[äößñçłśżźćąęńőűışğčřšžěůãõ]")
_KEYBOARD_ROWS = ("qwertyuiopå", "asdfghjklæø", "zxcvbnm")
_CONSONANT_RUN = re.compile(r"[^aeiouyæøå\W\d_]{5,}")
_VOWEL = re.compile(r"[aeiouyæøå]")
_SOUND = re.compile(r"h*m+h*|p+f+t*|p+s+t+|b+r+")  # "hmmm", "pfff", "psst", "brrr" are not mash
REPLIES = {
    InputProblem.EMPTY: text("form.input.empty"),
    InputProblem.NO_WORDS: text("form.input.no_words"),
    InputProblem.SAD: text("form.input.sad"),
    InputProblem.PUNCTUATION: text("form.input.punctuation"),
    InputProblem.TOO_LONG: text("form.input.too_long", max_chars=MAX_CHARS),
    InputProblem.ENGLISH: text("form.input.english"),
    InputProblem.OTHER_LANGUAGE: text("form.input.other_language"),
    InputProblem.MARKUP: text("form.input.markup"),
    InputProblem.NOISE: text("form.input.noise"),
}


_PUNCTUATION = re.compile(r"[\s?!.,;:…-]+")
_DATE_OR_TIME = re.compile(r"[\s(]*\d{1,4}(\s*[./:-]\s*\d{1,4}){0,2}\s*[.!?)]*\s*")


# A pasted e-mail may be longer: the one most in need of a review is the long one (coach.review reads this much).
MAX_DRAFT_CHARS = 4 * MAX_CHARS
KEPT_CHARS = MAX_DRAFT_CHARS  # a longer message is cut before it is stored: it only ever gets "too long"


def intake_text(text: str | None) -> str | None:
    """What a channel passes on: lone surrogates (not text) replaced, a huge message cut to what is
    enough to tell it is too long, so nothing downstream chokes on it."""
    if text is None:
        return None
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text[:KEPT_CHARS + 1] if len(text) > KEPT_CHARS else text


def _without_symbols(text: str) -> str:
    """The text without emoji and other symbols (Unicode category S*)."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "S" or ch in "+-/:.")


def check_input(text: str | None) -> InputProblem | None:
    """The problem with this message, or None when the NLU should read it."""
    visible = "".join(ch for ch in (text or "") if unicodedata.category(ch)[0] != "C").strip()
    if not visible:
        return InputProblem.EMPTY
    if len(visible) > MAX_CHARS and not (len(visible) <= MAX_DRAFT_CHARS and pasted_mail(visible)):
        return InputProblem.TOO_LONG
    if _TAG.search(visible) and _CODE_ONLY.fullmatch(_TAG.sub(" ", visible)):
        return InputProblem.MARKUP  # "<script>alert(1)</script>": no request for a call script
    words = [w.lower() for w in _WORD.findall(visible)]
    if not words:
        # "20/11", "3/12-2026", "2026-11-20", "13.30", "8:00 🕗": a date or a time is an answer, not noise.
        if _DATE_OR_TIME.fullmatch(_without_symbols(visible)):
            return None
        if CHANNEL_EMOJI.search(visible):
            return None  # "📞" to "ringe eller mail?" (s43a: asked five times) chooses (coach.facts.channel)
        # "?" got "Tak for det!", as an emoji would (a tester)
        if _PUNCTUATION.fullmatch(visible):
            return InputProblem.PUNCTUATION
        return InputProblem.SAD if any(ch in _SAD_EMOJI for ch in visible) else InputProblem.NO_WORDS
    if len(words) == 1 and len(words[0]) == 1 and len(visible) <= 2 and words[0] not in _ONE_LETTER_ANSWERS:
        return InputProblem.PUNCTUATION  # "a", "k" (s41b: "Jeg taler kun dansk", and "stillingen som k")
    problem = _language_problem(words)
    return None if problem is InputProblem.ENGLISH and _holds_a_fact(visible) else problem


def _holds_a_fact(text: str) -> bool:
    """An English answer that names a person, a channel, the role or the interview's day ("contact was Anders
    Lund-Madsen", "I prefer email", "a product designer role at Danske Bank") is read, so its facts are kept; the
    coach goes on in Danish."""
    return bool(any(names_said(text)) or channel_preference(text) or parse_channel(text)
                or _ROLE_NAMED_IN_ENGLISH.search(text) or says_no_deadline(text, asked=True)
                or (_ANSWER_PROMISED.search(text) and find_times(text, clock.today(), Direction.FUTURE))
                or (_INTERVIEW.search(text) and _day_said_in_danish(text)))


def _day_said_in_danish(text: str) -> bool:
    """'i onsdags' in an English message: the user writes Danish too ('yesterday' alone is English)."""
    return any(w.lower() in _DANISH and w.lower() != "i" for mention in find_times(text, clock.today(), Direction.PAST)
               for w in _WORD.findall(mention.text))


# A promised answer with its day ("they'd let me know by friday the 19th", read as "… by fredag d. 19.")
_ANSWER_PROMISED = re.compile(r"\b(let me know|get back|hear back|answer|decide|respond|reply|call me)\b",
                              re.IGNORECASE)


# The interview with its day in Danish ("had an interview i onsdags, what now?")
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
_ROLE_NAMED_IN_ENGLISH = re.compile(r"\b(role|position)\b|^\W*(it was for|i applied for|applied as)\b", re.IGNORECASE)


def _language_problem(words: list[str]) -> InputProblem | None:
    if _mostly_other_script(words):
        return InputProblem.OTHER_LANGUAGE
    danish_words = [w for w in words if w in _DANISH]
    danish = len(danish_words)
    english = sum(w in _ENGLISH for w in words)
    # Danish messages borrow English words ("job", "call"); a mix with Danish in it ("had my interview
    # yesterday som data analyst hos Novo") is read, and the coach goes on in Danish. ("i" is both.)
    mixed = len([w for w in danish_words if w != "i"]) >= 2
    if english >= 2 and english > 2 * danish and not mixed:
        return InputProblem.ENGLISH
    # Swedish (and Norwegian) a Danish reader takes in is read and answered in Danish (BP014), never refused
    neighbour = any(w in _LANGUAGES["swedish"] for w in words) and english < 2
    # The words of one other language: on its list, or with a letter no Danish word has.
    odd = [bool(_FOREIGN_LETTER.search(w)) for w in words]
    other = max(sum(o or w in _LANGUAGES[name] for w, o in zip(words, odd, strict=True)) for name in _OTHER_LANGUAGES)
    if other >= 2 and other > danish and not neighbour:
        return InputProblem.OTHER_LANGUAGE
    return InputProblem.NOISE if _is_noise(words) else None


def _mostly_other_script(words: list[str]) -> bool:
    """Cyrillic, Arabic, Chinese ...: more letters outside the Latin alphabet than in it."""
    letters = "".join(words)
    latin = sum(ch < "\u0250" for ch in letters)
    return latin * 2 < len(letters)


def _is_noise(words: list[str]) -> bool:
    """Half the words or more look like keyboard mash, and none is a common Danish word."""
    noisy = sum(_looks_like_noise(w) for w in words)
    return noisy * 2 >= len(words) and not any(w in _DANISH for w in words)


def _looks_like_noise(word: str) -> bool:
    if len(word) < 4 or _SOUND.fullmatch(word):
        return False
    return _two_letters_repeated(word) or _unpronounceable(word) or _keyboard_run(word)


def _two_letters_repeated(word: str) -> bool:
    """"zzzzz", "jfjfjf"; not "jaaaa" or "jaja"."""
    return len(word) >= 5 and len(set(word)) <= 2 and all(word.count(ch) >= 2 for ch in word)


def _unpronounceable(word: str) -> bool:
    """"xcvbnm", "lkjsdf"; not "angstskrig", whose long cluster sits between vowels."""
    return bool(_CONSONANT_RUN.search(word)) and len(_VOWEL.findall(word)) <= 1


def _keyboard_run(word: str) -> bool:
    """"asdf", "qwerty": four neighbouring keys of one row."""
    return any(word[i:i + 4] in row for row in _KEYBOARD_ROWS for i in range(len(word) - 3))


_DANISH_LETTER = re.compile("[æøå]")


def may_be_foreign(text: str | None) -> bool:
    """Whether a message could be the English (or German) the NLU learnt to call bad input: some
    foreign words and no Danish one. "ekspedient i Føtex" is Danish, whatever the classifier says, and
    an English answer with a fact in it ("email definitely") is read."""
    words = [w.lower() for w in _WORD.findall(text or "") if w.lower() != "i"]  # "i" is both
    foreign = sum(w in _ENGLISH or w in _LANGUAGES["german"] for w in words)
    # "job: sommerferieafløser i hjemmeplejen": a word with æ, ø or å is Danish, if none of the common ones
    danish = any(w in _DANISH or _DANISH_LETTER.search(w) for w in words)
    return foreign > 0 and not danish and not _holds_a_fact(text or "")


def reply_for(problem: InputProblem) -> str:
    return REPLIES[problem]
