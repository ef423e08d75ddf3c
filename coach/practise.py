"""A request to play a situation of the call rehearsal, read by the message guard and by the rehearsal itself
(a leaf module: coach.requests and coach.rehearsal both import it)."""

from __future__ import annotations

import re

from coach.danish import fold

# "Kan vi øve hvis jeg får telefonsvareren?", "skal vi øve et afslag": asked to play it, whatever else the words ask
_LETS_PRACTISE = re.compile(r"\b(kan|skal|vil|maa) vi (lige |ikke |godt )?(oeve|ove|spille|rollespille|"
                            r"proeve (det|opkaldet|afslaget|telefonsvareren|igen))\b|"
                            # "kan jeg øve at lægge en besked på telefonsvareren?" (s35b: the advice on it came)
                            r"\b(kan|maa|vil|ville) jeg (gerne |lige |godt )?(oeve|ove|faa lov at oeve)\b|"
                            # "nej undskyld jeg ville gerne øve telefonsvareren igen" (s36c: judged as a call line)
                            r"\bjeg (vil|ville) (gerne |lige |hellere )*(oeve|ove)\b|"
                            # "en gang til, men hvor jeg får et nej" (a tester, after a round: a no was recorded)
                            r"^\W*(og |ok,? )?(en|een|endnu en) (gang|runde|omgang) (til|mere)\b[^.?!]{0,12}"
                            r"\b(hvor|hvis|med|og saa) "
                            r"(jeg|de|hun|han|det|den|telefonsvareren|et nej|et afslag|afslag)\b|"
                            # "kan jeg prøve en hvor hun siger nej?", "øv opkaldet hvor jeg får et afslag" (s43c:
                            # after a round, "Undskyld, det forstod jeg ikke helt")
                            r"\b(kan|maa) jeg (proeve|faa) (en|et|en runde|en gang)( til| mere)? (hvor|hvis|med)\b|"
                            r"^\W*(oev|ov|oeve) (opkaldet|det|igen)\b")


def lets_practise(said: str) -> bool:
    return bool(_LETS_PRACTISE.search(fold(said)))
