"""Word lists as data: employers people write in lower case or short, and places that are no
employer. Matching folds case and æ/ø/å (coach.danish.fold) on both sides."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from coach.danish import fold


@cache
def _entries(name: str) -> dict[str, str]:
    """Folded spelling -> the spelling to write, for coach/lexicon/<name>.yml."""
    listed = yaml.safe_load(resources.files("coach.lexicon").joinpath(f"{name}.yml").read_text(encoding="utf-8"))
    return {fold(entry): entry for entry in listed}


def _leading(name: str, text: str) -> str | None:
    """The longest entry of the list that `text` starts with, as a whole word (or words)."""
    folded = fold(text)
    best = None
    for key, spelling in _entries(name).items():
        if folded.startswith(key) and not re.match(r"\w", folded[len(key):len(key) + 1]):
            if best is None or len(key) > len(fold(best)):
                best = spelling
    return _as_written(best, text) if best else None


def _as_written(spelling: str, text: str) -> str:
    """The user's own spelling when they capitalised it ("Maersk" stays "Maersk") or wrote æ/ø/å where the
    list has none ("mærsk" -> "Mærsk"); the list's for lower case."""
    written = " ".join(text.split()[:len(spelling.split())]).rstrip(".,;:!?")
    if fold(written) != fold(spelling):
        return spelling
    if written[:1].isupper():
        return written
    if _DANISH_LETTERS & set(written.lower()) and not _DANISH_LETTERS & set(spelling.lower()):
        return " ".join(w.capitalize() if listed[:1].isupper() else w
                        for w, listed in zip(written.split(), spelling.split(), strict=True))
    return spelling


_DANISH_LETTERS = set("æøå")


def employer_at(text: str) -> str | None:
    """'netto som flaskedreng' -> 'Netto': a known employer at the start of `text`."""
    return _leading("employers", text)


def place_at(text: str) -> str | None:
    """'aarhus i går' -> 'Aarhus': a place (no employer) at the start of `text`."""
    return _leading("places", text)


@cache
def languages() -> dict[str, frozenset[str]]:
    """Language name -> its function words (coach/lexicon/languages.yml), lower case."""
    listed = yaml.safe_load(resources.files("coach.lexicon").joinpath("languages.yml").read_text(encoding="utf-8"))
    return {name: frozenset(words.split()) for name, words in listed.items()}


@cache
def neighbour_words() -> dict[str, str]:
    """Swedish, Norwegian, English and Jutlandic words -> the Danish ones (coach/lexicon/neighbours.yml)."""
    listed = yaml.safe_load(resources.files("coach.lexicon").joinpath("neighbours.yml").read_text(encoding="utf-8"))
    return {str(word).lower(): str(danish) for word, danish in listed.items()}
