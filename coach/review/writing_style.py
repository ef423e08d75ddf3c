"""How a draft is written, apart from what it says: typed in a hurry on a phone (ae/oe/aa, no capitals),
English phrases in a Danish mail, a closing for friends. Testers sent such drafts and were told they could
go as they were."""

from __future__ import annotations

import re

from coach.conduct.text import loose, rx

# Common words whose æ/ø/å the phone keyboard lacked: "hoere", "naaet", "spaendende" (two make a habit)
_FOLDED = re.compile(r"(?i)\b(hoere|hoert|hoerer|naaet|naar|faaet|faa|paa|saa|taenkt|taenker|maaske|spaendende|"
                     r"gaa|gaaet|foer|oensker|oenske|moede|moedet|vaere|vaeret|laese|soege|soegt|maa|aar|baade|"
                     r"staa|foele|glaed\w*|kaere|vaerd|saerlig\w*|haaber|haabe|aerlig\w*)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([a-zæøå])")
# English that a Danish mail can do without; a Danish closing is checked apart, "feedback" is Danish too
_ENGLISH = rx(r"\bthank(s| you)\b", r"\bmeeting\b", r"\b(super )?excited\b", r"\blet me know\b", r"\bupdate\b",
              r"\bquick\b", r"\bfollow[- ]?up\b", r"\blooking forward\b", r"\basap\b", r"\bnice\b", r"\bnews\b",
              r"\bbtw\b", r"\bhope\b", r"\bchecking in\b", r"\bjust\b")
_FOR_FRIENDS = rx(r"^\s*(kærlig\w* hils\w*|knus|kh\.?|kram|xoxo)\b")


def typed_in_a_hurry(sentences: list[str]) -> bool:
    """Two or more words spelt without æ/ø/å, or most sentences begun in lower case."""
    text = " ".join(sentences)
    folded = _FOLDED.findall(text)
    starts = _SENTENCE_START.findall(text)
    begun_small = len(sentences) >= 2 and len(starts) > len(sentences) / 2
    return len(folded) >= 2 or begun_small


def english_in(sentences: list[str]) -> list[str]:
    """The sentences with an English phrase in them."""
    return [s for s in sentences if _ENGLISH.search(loose(s))]


def closing_for_friends(closing: str | None) -> bool:
    """'Kærlig hilsen', 'Knus': how one signs to friends, not to an employer."""
    return bool(closing) and bool(_FOR_FRIENDS.search(loose(closing)))
