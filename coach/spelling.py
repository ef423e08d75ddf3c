"""Danish letters put back in a word typed without them ("chauffoer" -> "chauffør", "paedagogmedhjaelper" ->
"pædagogmedhjælper"), when the Danish word is known and the typed one is not: a title the coach writes into a mail
is spelled the Danish way (a tester's mail read "Jobsamtale … – chauffoer")."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from coach.lemmas import is_word_form

_PAIRS = {"ae": "æ", "oe": "ø", "aa": "å"}
_PAIR = re.compile("ae|oe|aa")
_ENDINGS = ("en", "er", "e", "et", "ne")  # a base form is a lemma, not a key: one of its forms is
_MIN_PART = 4  # the last part of a compound looked up alone ("elektriker" + "lærling")
_MAX_PAIRS = 3


def with_danish_letters(text: str) -> str:
    """Each word of `text` with æ/ø/å restored where that makes a known Danish word of an unknown one."""
    return re.sub(r"[A-Za-zæøåÆØÅ]+", lambda m: _restored(m.group()), text or "")


@lru_cache(maxsize=4096)
def _restored(word: str) -> str:
    lower = word.lower()
    spots = [m.start() for m in _PAIR.finditer(lower)]
    if not spots or len(spots) > _MAX_PAIRS or _known(lower, upto=0):
        return word
    for chosen in _choices(spots):
        candidate = _replaced(lower, chosen)
        if _known(candidate, upto=chosen[0]):
            return candidate if word.islower() else candidate.capitalize()
    return word


def _choices(spots: list[int]) -> list[tuple[int, ...]]:
    """Every non-empty set of the pairs to replace, all of them first."""
    sets = [c for n in range(len(spots), 0, -1) for c in itertools.combinations(spots, n)]
    return [c for c in sets if all(b - a >= 2 for a, b in zip(c, c[1:], strict=False))]


def _replaced(word: str, spots: tuple[int, ...]) -> str:
    out, last = [], 0
    for at in spots:
        out += [word[last:at], _PAIRS[word[at:at + 2]]]
        last = at + 2
    return "".join(out) + word[last:]


def _known(word: str, upto: int) -> bool:
    """The word, or the last part of a compound that starts at or before `upto` (so the part holds the letter put
    back: "elektriker" + "lærling"), has a known inflected form."""
    last_start = min(upto, len(word) - _MIN_PART)
    return any(is_word_form(word[start:] + ending) for start in range(0, max(0, last_start) + 1)
               for ending in _ENDINGS)
