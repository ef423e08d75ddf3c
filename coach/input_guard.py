"""Messages the coach cannot work with: empty, no words, far too long, not Danish.

Each gets a clear Danish reply; the conversation (and every slot) stays as it was.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

MAX_CHARS = 1500  # a chat turn with every fact in it is a few hundred characters


class InputProblem(str, Enum):
    EMPTY = "empty"
    NO_WORDS = "no_words"  # emoji, punctuation, symbols only
    TOO_LONG = "too_long"
    ENGLISH = "english"
    OTHER_LANGUAGE = "other_language"


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH = frozenset(
    "the a an i i'm im had have has was were is are my me you your it this that what when how can could "
    "would should please hello hi hey thanks thank yes yesterday today tomorrow interview job call phone "
    "email write about with and but not do does did will week last next ago of for from to in on at".split()
)
_GERMAN = frozenset(
    "ich habe hatte gestern ein eine einen und nicht ist das die der mit für wie kann bitte danke".split()
)
_DANISH = frozenset(
    "jeg det og en et at er har var til som de på paa med ikke om hvad kan du mig min mit den hej tak ja nej "
    "samtale jobsamtale stilling ringe mail skrive går gaar dag uge siden næste naeste sidste i".split()
)
REPLIES = {
    InputProblem.EMPTY: "Din besked kom frem tom. Skriv gerne igen – fx hvornår din jobsamtale var.",
    InputProblem.NO_WORDS: "Tak for det! Jeg forstår bedst ord, så skriv gerne, fx \"jeg var til samtale i tirsdags\".",
    InputProblem.TOO_LONG: (
        f"Din besked er for lang til mig (over {MAX_CHARS} tegn). Skriv det vigtigste kort: hvornår samtalen "
        "var, hvilken stilling, og om du vil ringe eller skrive."
    ),
    InputProblem.ENGLISH: (
        "Jeg taler kun dansk (sorry, Danish only). Prøv fx: \"jeg var til samtale i går som kontorchef\" – "
        "så hjælper jeg dig med at følge op."
    ),
    InputProblem.OTHER_LANGUAGE: (
        "Jeg taler kun dansk. Prøv fx: \"jeg var til samtale i går som kontorchef\" – så hjælper jeg dig videre."
    ),
}


def check_input(text: str | None) -> InputProblem | None:
    """The problem with this message, or None when the NLU should read it."""
    visible = "".join(ch for ch in (text or "") if unicodedata.category(ch)[0] != "C").strip()
    if not visible:
        return InputProblem.EMPTY
    if len(visible) > MAX_CHARS:
        return InputProblem.TOO_LONG
    words = [w.lower() for w in _WORD.findall(visible)]
    if not words:
        return InputProblem.NO_WORDS
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


def reply_for(problem: InputProblem) -> str:
    return REPLIES[problem]
