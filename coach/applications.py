"""Another application told before the one the user needs help with.

"jeg fik afslag fra Netto i januar ... men nu har jeg været til samtale igen, hos Rema 1000 i mandags",
"den ene er hos Coloplast på tirsdag, men det er den anden jeg vil have hjælp til: Novozymes": the case
is the application named last. The earlier one's no, employer and days are left out of the reading, by
blanking them with spaces so that every offset in the message (the NLU's entities) stays valid.
"""

from __future__ import annotations

import re

from coach.facts import company_said, employer_after, rejection_reported, role_said
from coach.facts.pasted import mail_noise
from coach.spoken import as_written

# "men nu har jeg været til samtale igen", "men denne gang har jeg haft en ny samtale": a new interview told
# after one that ended ("fik afslag fra Netto"); "samtalen gik godt, men nu skal jeg til samtale igen" is the
# same application's next round
_NEXT_ONE = re.compile(r"\bmen (?:nu|så|saa|denne gang)\b(?=[^.!?]{0,40}\b(?:"
                       r"(?:igen|ny|nyt|en anden|et andet)\b[^.!?]{0,15}\b(?:samtale|interview|jobsamtale)|"
                       r"(?:samtale|interview|jobsamtale)\w*[^.!?]{0,25}\bigen\b))", re.IGNORECASE)
# "…fik nej. nu har jeg haft en ny samtale hos Føtex", "fik et nej fra Arla, men i går var jeg til samtale hos
# Lactalis": after a no, a clause that tells of being at an interview starts the next application
_TOLD_AGAIN = re.compile(r"(?:\bmen\b|[.!?;,])\s*(?=(?:[\w.]+\s+){0,3}?(?:var jeg|har jeg været|har jeg haft|"
                         r"havde jeg|jeg var|jeg har været|jeg har haft|jeg havde)(?:\s+(?:også|ogsaa|så|saa|faktisk))?"
                         r"\s+(?:til\s+)?(?:en\s+)?"
                         r"(?:ny\s+|anden\s+)?(?:job)?samtale)", re.IGNORECASE)
# "men det er den anden jeg vil have hjælp til", "jeg skal bruge hjælp til den sidste": the one meant, said
_THE_ONE_MEANT = re.compile(
    r"\b(?:men )?(?:det er|det var|det gælder|det gaelder|det handler om) (?:den|det) "
    r"(?:anden|andet|sidste|nye|nyeste)\b(?=[^.!?]{0,40}\bhj(?:æ|ae)lp)|"
    r"\b(?:men )?(?:jeg )?(?:vil (?:gerne )?have|skal (?:bruge|have)|har brug for) hj(?:æ|ae)lp (?:til|med) "
    r"(?:den|det) (?:anden|andet|sidste|nye|nyeste)\b", re.IGNORECASE)
# "…der fik jeg afslag, men det handler det ikke om", "men det er ikke den jeg skriver om": told and set aside
_SET_ASIDE = re.compile(r"\b(?:men )?(?:det handler det (?:ikke|ik) om|det drejer det sig (?:ikke|ik) om|"
                        r"det er (?:faktisk |egentlig |slet )?(?:ikke|ik) (?:den|det|dem) (?:jeg|som|der|det)[^.!?]*)",
                        re.IGNORECASE)  # "men det er faktisk ikke det jeg vil spørge om", "… ikke den det handler om"
# What makes the words before "the other one" another application
_AN_APPLICATION = re.compile(r"samtale|interview|afslag|ansøg|ansoeg|stilling|\bjob", re.IGNORECASE)


def other_application_end(text: str) -> int:
    """Where the application the user needs help with starts, when another is told before it; else 0."""
    text = text or ""
    turns = [m.start() for m in _NEXT_ONE.finditer(text) if rejection_reported(text[:m.start()])]
    turns += [m.start() for m in _TOLD_AGAIN.finditer(text)
              if rejection_reported(text[:m.start()]) and _another_one(text[:m.start()], text[m.start():])]
    turns += [m.start() for m in _THE_ONE_MEANT.finditer(text) if _AN_APPLICATION.search(text[:m.start()])]
    turns += [m.start() for m in _SET_ASIDE.finditer(text) if _AN_APPLICATION.search(text[:m.start()])]
    return max(turns, default=0)


def _another_one(before: str, after: str) -> bool:
    """The interview told after a no is another application: said to be new, or with another employer ("jeg fik
    afslag i dag. jeg var til samtale i tirsdags" tells the same one)."""
    return another_application(after[:80], company_said(before) or _rejected_by(before), company_said(after))


_FROM = re.compile(r"\b(?:fra|af)\s+", re.IGNORECASE)


def _rejected_by(text: str) -> str | None:
    """'fik et nej fra Arla' -> 'Arla'."""
    return next(filter(None, (employer_after("hos", text[m.end():]) for m in _FROM.finditer(text))), None)


# "Jeg er i øvrigt også til samtale på Ørestad Gymnasium i næste uge": an interview elsewhere, told beside the
# one the user needs help with (AJ021)
_ALSO_ELSEWHERE = re.compile(r"\b(?:jeg\s+)?(?:er|skal|har|var|havde)\s+(?:(?:i øvrigt|i oevrigt|forresten|faktisk|"
                             r"jo)\s+)*(?:også|ogsaa)\s+(?:været\s+|vaeret\s+|haft\s+)?(?:til\s+)?(?:en\s+)?(?:anden\s+)?"
                             r"(?:job)?samtale\b[^.!?;,]*", re.IGNORECASE)


# Several applications listed, then the one meant named: "en hos Bilka tirsdag og en hos Matas onsdag. det er
# Matas jeg gerne vil følge op på", "Jeg vil gerne følge op på KMD", "Det er pædagogstillingen i vuggestuen jeg
# tænker på"
_MEANT_NAMED = re.compile(r"\b(?:det er|det gælder|det gaelder|det handler om|det drejer sig om|"
                          r"(?:jeg )?vil (?:gerne |helst )?(?:følge op på|foelge op paa|have hjælp med|"
                          r"have hjaelp med))\s+(?P<name>[\w&-]+)|"
                          r"(?P<name2>[\w&-]+) er (?:den|det) (?:jeg|som)\b", re.IGNORECASE)  # "Føtex er den jeg …"
# One of them: "en hos Bilka tirsdag", "den ene hos Vestas", "et som pædagogmedhjælper i en SFO", up to the next
_ONE_LISTED = re.compile(r"\b(?:(?:en|et|den ene|det ene|den anden|det andet)\s+(?:hos|ved|på|paa|som|i)|hos)\s+"
                         r"[^,.;!?:]*?(?=\s+og\s+(?:en|et|den|det|hos|ved)\b|[,.;!?:]|$)", re.IGNORECASE)
_JOB_WORD = re.compile(r"(?:stillingen|stilling|jobbet|job)$", re.IGNORECASE)


def _others_listed(text: str) -> list[tuple[int, int]]:
    """The spans of the applications listed beside the one named as meant, and of the clauses that name
    their employers again ("Bilka har allerede sagt nej"); none unless exactly one listed is the one meant."""
    meant = [_JOB_WORD.sub("", m["name"] or m["name2"]).lower() for m in _MEANT_NAMED.finditer(text)]
    listed = [(m, _what_is_listed(m.group(0))) for m in _ONE_LISTED.finditer(text)]
    if not meant or len(listed) < 2:
        return []
    the_one = [m for m, what in listed if what and what.lower() == meant[-1]]
    if len(the_one) != 1:
        return []
    spans = []
    for other, what in listed:
        if other is the_one[0]:
            continue
        spans.append(other.span())
        # "…, Bilka har allerede sagt nej": the other employer named again, in a clause of its own
        spans += [c.span() for c in re.finditer(r"[^,.;!?]+", text) if what and c.start() >= other.end()
                  and re.search(rf"\b{re.escape(what)}\b", c.group(0), re.IGNORECASE)
                  and not re.search(rf"\b{re.escape(meant[-1])}\b", c.group(0), re.IGNORECASE)]
    return spans


def _what_is_listed(item: str) -> str | None:
    """'en hos Bilka tirsdag' -> 'Bilka', 'et som pædagog i en vuggestue' -> 'pædagog'."""
    employer = company_said(re.sub(r"^(?:\S+\s+){0,2}?(?=hos\b|ved\b)", "", item))
    title = re.match(r"^\S+(?:\s+ene|\s+andet|\s+anden)?\s+som\s+([\w-]+)", item)
    return employer or (title[1] if title else role_said(item))


def without_other_application(text: str) -> str:
    """The message with another application told first, or beside the one meant, blanked out, offsets kept."""
    cut = other_application_end(text)
    if cut and re.search(r"\w", text[cut + _its_tail(text[cut:]):]):
        cut += _its_tail(text[cut:])
    text = " " * cut + text[cut:] if cut else text
    for start, end in _others_listed(text):
        text = text[:start] + " " * (end - start) + text[end:]
    for clause in _ANOTHER_ONES_CLAUSE.finditer(text):
        end = clause.end() + _its_tail(text[clause.end():])
        blanked = text[:clause.start()] + " " * (end - clause.start()) + text[end:]
        if _A_FACT.search(clause.group(0).strip()) and not _AN_INTERVIEW.search(clause.group(0)) \
                and re.search(r"\w", blanked):
            text = blanked
    for aside in _ALSO_ELSEWHERE.finditer(text):
        # with its employer; said after the interview meant, or as an aside ("i øvrigt", "forresten"); and what the
        # sentence goes on to say of it ("…, og de vil have svar på onsdag": a tester's became this employer's day)
        end = aside.end() + _its_tail(text[aside.end():])
        blanked = text[:aside.start()] + " " * (end - aside.start()) + text[end:]
        told_before = re.search(r"samtale|interview", text[:aside.start()], re.IGNORECASE)
        # "…, men det er Bech jeg vil have hjælp til" (BA024, BA030): the one meant named after it
        meant = _MEANT_NAMED.search(text[aside.end():])
        named = (meant["name"] or meant["name2"]).lower() if meant else ""
        meant_after = named not in ("", "den", "det", "dem", "denne") and named not in aside.group(0).lower()
        if company_said(aside.group(0)) and (told_before or meant_after or _AN_ASIDE.search(aside.group(0))) \
                and re.search(r"\w", blanked):  # never the whole message: that reads as empty
            text = blanked
    return text


_TAIL = re.compile(r"\s*,?\s*(og|som|hvor)\s+(de|deres|dem|han|hun)\s[^.!?\n:]*", re.IGNORECASE)  # not "men det er …"


def _its_tail(rest: str) -> int:
    tail = _TAIL.match(rest)
    return tail.end() if tail else 0


# "d. 4/12 var min anden ansøgning hos Siemens Gamesa" (AY014), "den anden gang var til et andet firma" (AY008): a
# clause about another application, inside a message about this one (not "samtale om en anden stilling")
_IN_A_CLAUSE = r"(?:[^,.;!?]|(?<=\bd)\.|(?<=\d)\.(?=\s*\d))*"  # "d. 4/12", "4.12" go on
_ANOTHER_ONES_CLAUSE = re.compile(rf"{_IN_A_CLAUSE}\b(?:min|mine|en|et|den|det) (?:anden|andet|andre) "
                                  rf"(?:ansøgning|ansoegning|stilling|job|firma|virksomhed|arbejdsplads)\w*\b"
                                  rf"{_IN_A_CLAUSE}", re.IGNORECASE)
_AN_INTERVIEW = re.compile(r"samtale|interview", re.IGNORECASE)
_A_FACT = re.compile(r"\d|(?<=\s)[A-ZÆØÅ]")  # a day or a name: "det var min anden ansøgning" alone tells nothing
_AN_ASIDE = re.compile(r"\b(i øvrigt|i oevrigt|forresten)\b", re.IGNORECASE)


def as_read(text: str) -> str:
    """The message as every part of the coach reads it: written out (coach.spoken), another application
    told first left out, and of a pasted mail what names nothing of the case (coach.facts.pasted)."""
    return without_other_application(_without_mail_noise(as_written(text)))


def _without_mail_noise(text: str) -> str:
    for start, end in mail_noise(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "men nu var jeg til en ny samtale", "en anden stilling", "det er den jeg vil følge op på": another one told
_ANOTHER_TOLD = re.compile(r"\b(?:ny|nyt|en anden|et andet)\s+(?:job)?(?:samtale|interview|stilling|job)\b|"
                           r"\b(?:jeg|som) (?:vil|skal|gerne vil) (?:gerne )?(?:følge op på|foelge op paa|"
                           r"have hjælp til|have hjaelp til)\b(?! at\b)", re.IGNORECASE)  # not "… hjælp til at svare"


def another_application(text: str, employer_before: str | None, employer_now: str | None) -> bool:
    """After a no, the message tells of another application: a new interview said to be one, or another
    employer named ("hos Matas … fik nej tak", then "men nu var jeg så til en ny samtale hos Normal")."""
    other_employer = bool(employer_before and employer_now and employer_before.lower() != employer_now.lower())
    return other_employer or bool(_ANOTHER_TOLD.search(text or ""))
