"""What the conduct model reads in a line: its loose text (for word and character n-grams) and a few
hand features: cue counts (coach.conduct.cues), length and shape, keyword salad, imperative + deadline."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from coach.conduct.cues import CUES
from coach.conduct.salad import salad_score
from coach.conduct.text import loose, sentences, words
from coach.lemmas import lemma

LONG_LINE = 40  # words: more than this is hard to follow on the phone
_IMPERATIVE = re.compile(r"(^|[.!?,–-]\s*)(ring|svar|giv|send|find|stil|ansæt|vælg|husk|glem|lov|tænk|meld|skynd)\b")
_DEADLINE = re.compile(r"\b(i dag|i morgen|nu|med det samme|senest|inden|for (fredag|mandag)|straks|i denne uge)\b")
_ANSWER = re.compile(r"\b(svar\w*|ring\w*|hore\w*|besked|meld\w*|vide|beslut\w*)\b")


def hand_features(text: str, after_rejection: bool = False) -> dict[str, float]:
    return dict(_hand_features(text, after_rejection))


@lru_cache(maxsize=8192)
def _hand_features(text: str, after_rejection: bool) -> dict[str, float]:
    lo = loose(text)
    tokens = words(lo)
    n = len(tokens)
    parts = sentences(text)
    longest = max((len(words(loose(p))) for p in parts), default=0)
    letters = [c for c in text if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    hits = {name: len(p.findall(lo)) for name, p in CUES.items()}
    feats: dict[str, float] = {f"cue_{name}": min(n, 3) / 3 for name, n in hits.items()}
    feats.update({f"any_{name}": float(n > 0) for name, n in hits.items()})
    statements = [loose(p) for p in parts if not p.rstrip().endswith("?")]
    feats.update({
        "words_log": math.log1p(n) / 4,
        "long": float(n > LONG_LINE),
        "very_long": float(n > 55),
        "short": float(n <= 3),
        "longest_sentence": min(longest, 60) / 60,
        "commas": min(text.count(","), 10) / 10,
        "og_count": min(len(re.findall(r"\bog\b", lo)), 8) / 8,
        "questions": min(text.count("?"), 4) / 4,
        "ends_question": float(text.rstrip().endswith("?")),
        "exclaim": float("!!" in text or "??" in text),
        "caps": float(caps > 0.6 and len(letters) >= 12),
        "fragments": sum(len(words(loose(p))) <= 2 for p in parts) / max(len(parts), 1),
        "salad": min(salad_score(text), 3) / 3,
        "imperative_deadline": float(bool(_IMPERATIVE.search(lo)) and bool(_DEADLINE.search(lo))),
        "deadline_statement": float(any(_DEADLINE.search(s) and _ANSWER.search(s) for s in statements)),
        "imperative": float(bool(_IMPERATIVE.search(lo))),
        "after_rejection": float(after_rejection),
        "thanks_first": float(bool(re.match(r"\W*(tak|tusind tak|mange tak)\b", lo))),
    })
    return feats


def model_text(text: str) -> str:
    """The text the n-grams are taken from: loose, with sentence marks kept as tokens."""
    lo = loose(text)
    return re.sub(r"([?!.,])", r" \1 ", lo)


@lru_cache(maxsize=8192)
def lemma_text(text: str) -> str:
    """The loose text with each word replaced by its lemma ("ringede" -> "ringe"), for lemma n-grams."""
    return loose(" ".join(lemma(w) for w in re.findall(r"\w+|[?!]", text.lower())))
