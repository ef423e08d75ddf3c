"""The "loose" form every conduct and rehearsal pattern runs on.

Folded (æ/ø/å -> ae/oe/aa, accents dropped, lower case) and then collapsed (ae -> a, oe -> o,
aa -> a), so "ansøgning", "ansoegning" and "ansogning" all read "ansogning". Write patterns in
plain Danish and compile them with `rx`: they are turned into the same loose form.
"""

from __future__ import annotations

import re

from coach.danish import fold


def loose(text: str) -> str:
    """Folded, with the folded Danish letters collapsed, and spaces normalised."""
    text = fold(text).replace("ae", "a").replace("oe", "o").replace("aa", "a")
    return re.sub(r"\s+", " ", text).strip()


def lp(pattern: str) -> str:
    """A pattern written in plain Danish, turned into the loose form; escapes (\\W, \\S, \\b) keep their case."""
    parts = re.split(r"(\\.)", pattern)
    return "".join(p if p.startswith("\\") else fold(p).replace("ae", "a").replace("oe", "o").replace("aa", "a")
                   for p in parts)


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{lp(p)})" for p in parts))


def words(text: str) -> list[str]:
    """The words of a loose text (letters, digits, hyphens inside a word)."""
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)


_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
# Where a sentence ends: after "?", "!" or "…"; after "." unless it closes a short abbreviation ("d.", "kl.",
# "ca.") or a number followed by a month or a small word ("d. 24. november", "den 3. i måneden"); at a line break.
_END = re.compile(
    r"(?<=[?!…])\s+"
    r"|(?<=\.)(?<![0-9]\.)(?<!\bd\.)(?<!\bkl\.)(?<!\bca\.)(?<!\bstk\.)(?<!\bnr\.)"
    # "ang. jobbet", "50 mio. kr. til tiden", "f.eks. anbefalinger", "bl.a." (s37b: cut in two, a stub left)
    r"(?<!\bang\.)(?<!\bmio\.)(?<!\bmia\.)(?<!\bkr\.)(?<!\bevt\.)(?<!\binkl\.)(?<!\bjf\.)(?<!\bmht\.)"
    r"(?<!\bpga\.)(?<!\btlf\.)(?<!\bvedr\.)(?<!\bift\.)(?<!\bfx\.)(?<!\beks\.)(?<!\bbl\.a\.)(?<!\bdvs\.)"
    r"(?<!\bhr\.)\s+"
    rf"|(?<=[0-9]\.)\s+(?=[A-ZÆØÅ])(?!(?:{_MONTHS.title()})\b)"
    r"|\s*\n\s*")


def sentences(text: str) -> list[str]:
    """The sentences of a line or a paragraph (a dash is no sentence end; a line break is)."""
    return [part.strip() for part in _END.split(text.strip()) if part and part.strip()]
