"""A bag of keywords is not a sentence: "Bo Eriksen kranfører samtale mandag tak status".

Such a line names the checklist's words without saying anything, so it earns feedback, not points.
Curt but real fragments ("Anders Bach. Lagerchef. Samtalen. Nyt?") are not salad: they get their
facts, and the tone check marks them down.
"""

from __future__ import annotations

import re
from collections import Counter

from coach.conduct.text import loose, lp, words

MIN_WORDS = 6
# Small words that glue a Danish sentence together (loose form).
FUNCTION_WORDS = frozenset(lp(w) for w in """
    jeg du i vi de han hun det den der er var har havde ville vil kan kunne må måtte skal skulle om at og men
    for til med på af fra så bare lige hvor hvordan hvad hvornår hvis ikke mig dig jer os min mit mine din dit
    jeres en et som når da nu her lidt gerne godt jo vel altså hos efter inden siden endnu også noget nogen
    sig mon få får fik gå går gik se ser set tror ved sige siger sagde høre hører tale snakke ringer ringe
    hedder blive bliver blevet været kommet fundet truffet taget haft nået
    """.split())
# Checklist words that, standing alone, only tick a box.
KEYWORDS = frozenset(lp(w) for w in """
    tak svar nyt feedback dato beslutning samtale jobsamtale stilling stillingen job jobbet hej ring tilbage
    held lykke hilsen besluttet mandag tirsdag onsdag torsdag fredag forstået ok
    """.split())
# Words about the call rather than in it: a caller says them only when ticking boxes.
META = frozenset(lp(w) for w in "status navn telefonsvarer voicemail afslutning afslag tidsplan".split())
_GOODBYE_AT_THE_END = re.compile(r"[.,!]\s*hej hej\W*$")
_REAL_THANKS = re.compile(lp(r"\btak (for|fordi|skal|ska|til|igen|alligevel)\b|\b(mange|tusind|nej) tak\b"))


def salad_score(text: str) -> float:
    """How much a line reads like a list of keywords (0: a sentence; >= 1: salad)."""
    tokens = [w for w in words(loose(text)) if not w.isdigit()]
    if len(tokens) < MIN_WORDS:
        return 0.0
    glue = sum(t in FUNCTION_WORDS for t in tokens) / len(tokens)
    real_thanks = len(_REAL_THANKS.findall(loose(text)))
    keys = sum(t in KEYWORDS for t in tokens) + 2 * sum(t in META for t in tokens) - real_thanks \
        - 2 * bool(_GOODBYE_AT_THE_END.search(loose(text)))  # "… undskyld igen for forstyrrelsen. hej hej" (s36c)
    counts = Counter(tokens)
    counts["hej"] -= min(counts["hej"], 2)  # "hej hej" is a goodbye
    repeats = sum(n - 1 for t, n in counts.items() if n > 1 and t not in FUNCTION_WORDS)
    listy = text.count(",") >= 3 and glue < 0.25
    labelled = tokens[0] in META  # "voicemail: ...", "afslutning tak for tid ..."
    score = (keys + repeats) / len(tokens) * 2 + (0.5 if glue < 0.12 else 0.0) + (0.3 if listy else 0.0) \
        + (0.5 if labelled else 0.0)
    return score if glue < 0.3 else 0.0


def is_salad(text: str) -> bool:
    return salad_score(text) >= 1.0

