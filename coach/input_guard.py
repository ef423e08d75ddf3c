"""Messages the coach cannot work with: empty, no words, far too long, not Danish.

Each gets a clear Danish reply; the conversation (and every slot) stays as it was.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from coach.texts import text

MAX_CHARS = 1500  # a chat turn with every fact in it is a few hundred characters


class InputProblem(str, Enum):
    EMPTY = "empty"
    NO_WORDS = "no_words"  # emoji, punctuation, symbols only
    TOO_LONG = "too_long"
    ENGLISH = "english"
    OTHER_LANGUAGE = "other_language"
    MARKUP = "markup"  # HTML or code, no words of the case


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# What is left of a message once its tags are gone, when it is only code: nothing, or a call ("alert(1)").
_CODE_ONLY = re.compile(r"\s*(?:[\w.$]+\([^()]*\);?\s*)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH = frozenset(
    "the a an i i'm im had have has was were is are my me you your it this that what when how can could "
    "would should please hello hi hey thanks thank yes yesterday today tomorrow interview job call phone "
    "email write about with and but not do does did will week last next ago of for from to in on at need help "
    "want know speak english understand there morning".split()
)
_GERMAN = frozenset(
    "ich habe hatte gestern ein eine einen und nicht ist das die der mit für wie kann bitte danke".split()
)
_DANISH = frozenset(
    "jeg det og en et at er har var til som de på paa med ikke om hvad kan du mig min mit den hej tak ja nej "
    "samtale jobsamtale stilling ringe mail skrive går gaar dag uge siden næste naeste sidste i".split()
)
REPLIES = {
    InputProblem.EMPTY: text("form.input.empty"),
    InputProblem.NO_WORDS: text("form.input.no_words"),
    InputProblem.TOO_LONG: text("form.input.too_long", max_chars=MAX_CHARS),
    InputProblem.ENGLISH: text("form.input.english"),
    InputProblem.OTHER_LANGUAGE: text("form.input.other_language"),
    InputProblem.MARKUP: text("form.input.markup"),
}


_DATE_OR_TIME = re.compile(r"[\s(]*\d{1,4}(\s*[./:-]\s*\d{1,4}){0,2}\s*[.!?)]*\s*")


KEPT_CHARS = 4 * MAX_CHARS  # a longer message is cut before it is stored: it only ever gets "too long"


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
    if len(visible) > MAX_CHARS:
        return InputProblem.TOO_LONG
    if _TAG.search(visible) and _CODE_ONLY.fullmatch(_TAG.sub(" ", visible)):
        return InputProblem.MARKUP  # "<script>alert(1)</script>": no request for a call script
    words = [w.lower() for w in _WORD.findall(visible)]
    if not words:
        # "20/11", "3/12-2026", "2026-11-20", "13.30", "8:00 🕗": a date or a time is an answer, not noise.
        return None if _DATE_OR_TIME.fullmatch(_without_symbols(visible)) else InputProblem.NO_WORDS
    return _language_problem(words)


def _language_problem(words: list[str]) -> InputProblem | None:
    danish = sum(w in _DANISH for w in words)
    english = sum(w in _ENGLISH for w in words)
    german = sum(w in _GERMAN for w in words)
    if english >= 2 and english > 2 * danish:
        return InputProblem.ENGLISH
    if german >= 2 and german > 2 * danish:
        return InputProblem.OTHER_LANGUAGE
    return None


def may_be_foreign(text: str | None) -> bool:
    """Whether a message could be the English (or German) the NLU learnt to call bad input: some
    foreign words and no Danish one. "ekspedient i Føtex" is Danish, whatever the classifier says."""
    words = [w.lower() for w in _WORD.findall(text or "") if w.lower() != "i"]  # "i" is both
    foreign = sum(w in _ENGLISH or w in _GERMAN for w in words)
    return foreign > 0 and not any(w in _DANISH for w in words)


def reply_for(problem: InputProblem) -> str:
    return REPLIES[problem]
