"""How the user feels about following up, told in passing ("jeg er så nervøs for at ringe", "tror ikke jeg
fik den", "jeg hader at virke desperat"): the coach says a word to it before it goes on."""

from __future__ import annotations

import re

from coach.danish import fold

NERVOUS, DOUBT, PUSHY = "nervous", "doubt", "pushy"
_FEELINGS = (
    (DOUBT, re.compile(r"\b(tror (ikke|ik|ikk) (at )?jeg (fik|faar|har faaet|faa) (den|jobbet|stillingen|det)|"
                       r"(det |samtalen )?gik (\w+ )?(skidt|daarligt|ad helvede til|ikke (saa |specielt )?godt)|"
                       r"(dummede|kvajede|jokkede) mig|stammede|har (vist )?(ingen|ikke en) chance|ingen chance)\b")),
    (PUSHY, re.compile(r"\b(desperat\w*|paatraengende|mase|maser|plage|plager|virke (for )?(ivrig|paagaaende|"
                       r"needy|irriterende)|vaere (for )?(irriterende|paagaaende)|stalker\w*)\b")),
    (NERVOUS, re.compile(r"\b(nervoes\w*|nervos\w*|bange for|angst|gruer|toer (naesten |slet |ikke rigtig )?ikke|"
                         r"stresset|stresser|hjertebanken|sommerfugle i maven)\b")),
)


def feeling_told(said: str) -> str | None:
    """The feeling a message tells, the first that applies (a doubt about the job before nerves)."""
    folded = fold(said or "")
    return next((feeling for feeling, words in _FEELINGS if words.search(folded)), None)
