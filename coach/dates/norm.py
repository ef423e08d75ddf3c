"""Text normalisation for the date parser: fold, fix typos, keep an index map.

The patterns in `coach.dates.patterns` run on a folded copy of the input
(lower case, æ/ø/å written ae/oe/aa, accents dropped, weekday and month
typos corrected).  Folding changes lengths, so every character of the folded
copy remembers the span of the original character(s) it came from; a match
[s, e) in the folded copy maps back to [starts[s], ends[e - 1]) in the input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from coach.danish import MONTHS, WEEKDAYS, fold

WEEKDAY_NAMES = [fold(w) for w in WEEKDAYS]  # mandag ... loerdag, soendag
MONTH_NAMES = [fold(m) for m in MONTHS]

_SPECIAL = {"æ": "ae", "ø": "oe", "å": "aa"}

# Words of length >= 5 that typos are matched against (edit distance <= 1).
_TYPO_TARGETS = (
    WEEKDAY_NAMES
    + [w + "s" for w in WEEKDAY_NAMES]  # "i tirsdags"
    + [m for m in MONTH_NAMES if len(m) >= 5]
    + ["weekenden"]
)
# Real words one edit away from a target: never "corrected".
_TARGET_SET = frozenset(_TYPO_TARGETS)
_REAL_WORDS = frozenset(
    [w + suffix for w in WEEKDAY_NAMES for suffix in ("e", "en", "ene", "es")]
    + ["mandat", "mandater", "marks", "parts", "mars", "fredet", "freden", "aprils", "augusts",
       "weekender", "weekendens"]
)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}


_DELETE_INDEX: dict[str, set[str]] = {}
for _target in _TYPO_TARGETS:
    for _variant in _deletions(_target):
        _DELETE_INDEX.setdefault(_variant, set()).add(_target)


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent swaps)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The weekday/month name `word` is a one-edit typo of, else `word` itself."""
    if len(word) < 4 or word in _REAL_WORDS or word in _TARGET_SET:
        return word
    candidates: set[str] = set()
    for variant in _deletions(word):
        candidates |= _DELETE_INDEX.get(variant, set())
    matches = sorted(c for c in candidates if osa_distance(word, c) <= 1)
    # Ambiguous typos ("tordags"?) are left alone rather than guessed.
    return matches[0] if len(matches) == 1 else word


@dataclass(frozen=True)
class Folded:
    text: str
    starts: tuple[int, ...]  # original start offset of each folded character
    ends: tuple[int, ...]    # original end offset of each folded character
    corrected: frozenset[int]  # folded start offsets of typo-corrected words

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded slice [start, end)."""
        return self.starts[start], self.ends[end - 1]


def _fold_char(ch: str) -> str:
    low = ch.lower()
    out = []
    for c in low:
        c = _SPECIAL.get(c, c)
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


_WORD = re.compile(r"[a-z]+")


# The autumn school holiday is week 42 all over Denmark ("ugen efter efterårsferien", a tester): read as its week
# number. (The winter holiday is week 7 in some regions and 8 in others: not guessed.) The Christmas holidays are
# read as the days around Christmas and New Year the parser knows.
_HOLIDAY_WEEKS = ((re.compile(r"\b(i )?(ugen|lige|straks) efter efteraarsferien\b"), "i uge 43"),
                  (re.compile(r"\b(i )?ugen foer efteraarsferien\b"), "i uge 41"),
                  (re.compile(r"\bi efteraarsferien\b"), "i uge 42"),
                  # the Christmas holidays, as testers named a deadline ("de melder først tilbage efter juleferien"):
                  # the days the parser knows by other names
                  # "after the holidays": early January, when the school holiday has ended (not three weeks on)
                  (re.compile(r"\b(efter|lige efter) (jule ?ferien|juledagene|julen og nytaar|jul og nytaar)\b"),
                   "i starten af januar"),
                  (re.compile(r"\b(inden|foer) (jule ?ferien|juledagene)\b"), "inden jul"),
                  (re.compile(r"\b(i )?mellemdagene\b"), "mellem jul og nytaar"),
                  # "svar i starten af ugen der kommer" (a tester's became a day before the interview)
                  (re.compile(r"\bugen (der|som) kommer\b"), "naeste uge"))


def _holiday_weeks(folded: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """Each named holiday week written as its number; every character of the number maps to the whole phrase."""
    for pattern, week in _HOLIDAY_WEEKS:
        m = pattern.search(folded)
        if m:
            a, b = m.start(), m.end()
            folded = folded[:a] + week + folded[b:]
            starts = starts[:a] + [starts[a]] * len(week) + starts[b:]
            ends = ends[:a] + [ends[b - 1]] * len(week) + ends[b:]
    return folded, starts, ends


def fold_with_map(text: str) -> Folded:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            piece = ch.lower()
        else:
            piece = _fold_char(ch)
        for c in piece:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    folded, starts, ends = _holiday_weeks("".join(chars), starts, ends)
    # Typo pass: rebuild only when some word changes.
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    corrected: set[int] = set()
    last = 0
    changed = False
    for m in _WORD.finditer(folded):
        fixed = correct_word(m.group())
        if fixed == m.group():
            continue
        changed = True
        pieces.append(folded[last:m.start()])
        new_starts.extend(starts[last:m.start()])
        new_ends.extend(ends[last:m.start()])
        corrected.add(sum(len(p) for p in pieces))
        pieces.append(fixed)
        new_starts.extend([starts[m.start()]] * len(fixed))
        new_ends.extend([ends[m.end() - 1]] * len(fixed))
        last = m.end()
    if not changed:
        return Folded(folded, tuple(starts), tuple(ends), frozenset())
    pieces.append(folded[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return Folded("".join(pieces), tuple(new_starts), tuple(new_ends), frozenset(corrected))
