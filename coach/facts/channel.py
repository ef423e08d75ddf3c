"""The channel the user chooses, rules out or keeps to: telefon or email."""

from __future__ import annotations

import re

from coach.case import EMAIL, PHONE
from coach.danish import fold
from coach.dates.norm import osa_distance
from coach.facts.cues import (
    ASKING,
    CHANNEL_EMOJI,
    EMAIL_WORDS,
    NOT_A_CHOICE,
    PHONE_EMOJI,
    PHONE_WORDS,
    PREFERENCE,
    PREFERRED_AFTER,
    RULED_OUT,
    RULED_OUT_AFTER,
)
from coach.facts.followups import attempts_reported
from coach.facts.text import CHANGE_OF_MIND


def parse_channel(text: str) -> str | None:
    """The channel the user chooses: 'ring', 'telefonen' -> telefon; 'mail', 'skrive' -> email.
    What the employer does ('ringer tilbage') and what the user did ('mailede') do not count, nor a
    channel the user rules out ('hader at ringe', 'hellere mail end at ringe'); None when unclear."""
    chosen = {channel for channel, _ in _channel_words(folded_for_channel(text)) if channel}
    return chosen.pop() if len(chosen) == 1 else None


# A short answer typed fast ("mali", "meil", "telfon", "emial"): the channel word one edit away. Only in a few
# words, where a slip is likelier than another word; "ringen", "main" and "maid" are words of their own.
_CHANNEL_SPELLINGS = ("mail", "email", "telefon", "ringe", "ringer")
_NOT_A_SLIP = frozenset({"ringen", "rings", "range", "main", "maid", "mails", "maile", "nail", "rail", "tail"})
_SHORT_ANSWER = 4  # words


def number_given(text: str) -> bool:
    """'jeg fik jo hans nummer', 'hun gav mig sit direkte nummer': a phone number from the contact (C1: call)."""
    return bool(_NUMBER_GIVEN.search(fold(text or "")))


_NUMBER_GIVEN = re.compile(r"\b(fik|har faaet|faaet|gav mig|har givet mig)( jo| ogsaa| lige)? "
                           r"(hans|hendes|sit|et|deres|et direkte|hans direkte|hendes direkte|sit direkte)( direkte)? "
                           r"(tlf\.? ?|telefon|mobil)?"
                           r"(nummer|nr)\b")


def folded_for_channel(text: str) -> str:
    """The folded text, with a short answer's slips in a channel word mended, and "📞" or "✉️" as its word."""
    if CHANNEL_EMOJI.search(text or ""):
        text = CHANNEL_EMOJI.sub(lambda m: " telefon " if PHONE_EMOJI.match(m.group(0)) else " mail ", text)
    folded = fold(text)
    words = folded.split()
    if len(words) > _SHORT_ANSWER:
        return folded
    return " ".join(_mended(word) for word in words)


def _mended(word: str) -> str:
    bare = word.strip(".,!?")
    if len(bare) < 4 or bare in _NOT_A_SLIP or PHONE_WORDS.fullmatch(bare) or EMAIL_WORDS.fullmatch(bare):
        return word
    near = [spelling for spelling in _CHANNEL_SPELLINGS if osa_distance(bare, spelling) == 1]
    return word.replace(bare, near[0]) if len(near) == 1 else word


_BARE_CHANNEL = re.compile(r"^\W*((ja|ok|okay|jamen|altsaa|naa|men|nej)\W+)*(saa )?(jeg )?(vil )?(gerne )?"
                           r"(hellere |bedre |helst )?(en |et )?"  # "nej, bedre mail" (BR028)
                           r"(ringe|ringer|ring|telefon\w*|tlf|phone|call|opkald|mail\w*|e-?mail\w*|"
                           r"(skrive|skriver|skriv|sende|sender)( dem| hende| ham)?( en)?( e-?mail| mail)?)"
                           r"( igen| vel| nok| tak| bare| ja| helst| hellere| da| faktisk| selv| nu| altid|"
                           r" selvfoelgelig|"
                           r" naturligvis| klart| helt klart| ofc|"
                           r" denne gang| i stedet| istedet| taenker jeg| tror jeg| synes jeg| obviously| please| pls|"
                           r" for sure| definitely| def| probably| prob| i guess| ig| mby| maybe|"
                           r" hver gang| hele tiden| hele vejen)*"  # "mail hver gang" (L014)
                           r"\W*$")


def opens_with_a_channel(text: str) -> bool:
    """'Mail, det er sådan vi har skrevet hele vejen': the first clause is nothing but a channel, the answer
    to 'ringe eller mail?' (with a reason after it), not a request about a mail."""
    return opening_channel(text) is not None


def opening_channel(text: str) -> str | None:
    """The channel a message opens with, as a clause of its own ('mail, hvorfor skal du vide det?')."""
    first = re.split(r"[.,;!?\n]+", folded_for_channel(text).strip(), maxsplit=1)[0]
    return parse_channel(first) if first.strip() and _BARE_CHANNEL.match(first) else None


def channel_preference(text: str) -> str | None:
    """A channel the user says they want, unasked: 'jeg ringer hellere selv', 'vil skrive en mail', or a
    clause that is nothing but a channel ('ringe. hun hedder noget med M')."""
    folded = folded_for_channel(text)
    folded = folded[change_of_mind_at(folded):]
    for clause in re.split(r"[.,;!?\n]+|\s+(?=hvis\b)", folded):  # "mail hvis jeg skal gøre noget mere"
        if _BARE_CHANNEL.match(clause) and clause.strip():
            return parse_channel(clause)
    decided = _THEN_I_DO.search(folded)  # "ok så ringer jeg", "så skriver jeg bare"
    if decided:
        act = decided["act"] or decided["act2"] or decided["way"]
        return PHONE if act.startswith(("ring", "telefon", "at ring")) else EMAIL
    kept_on = _KEEPS_ON.search(folded)
    if kept_on:
        return PHONE if kept_on["act"].startswith("ring") else EMAIL
    used = _USED_SO_FAR.match(folded)
    if used:
        return parse_channel(used["way"])
    preferred = {channel for channel, cued in _channel_words(folded) if channel and cued}
    if len(preferred) > 1:  # "vil helst skrive en e-mail, da jeg hører dårligt i telefonen": the why is no choice
        preferred = {channel for channel, cued in _channel_words(_REASON.sub(" ", folded)) if channel and cued}
    return preferred.pop() if len(preferred) == 1 else None


# "jeg tænker at ringe til dem bagefter, er det en god ide?": a plan told, then a question about it
_INTENDED = re.compile(r"(?<!\bom )(?<!\bhvis )"  # "hvorfor skal du vide om jeg vil ringe?" asks, tells no plan
                       r"\bjeg (?:taenker|vil|har taenkt mig|regner med|planlaegger) (?:at |paa at )?"
                       r"(?:(?:bare|nok|gerne|hellere|selv) )?(?P<act>ringe|skrive|maile|sende en mail)\b")


def channel_intended(text: str) -> str | None:
    """The channel of a plan the user tells while asking about it, or None."""
    found = _INTENDED.search(fold(text))
    return None if found is None else PHONE if found["act"] == "ringe" else EMAIL


# "ok så ringer jeg": a decision in the inverted order after "så" (not a question: "så ringer jeg for tidligt?")
# ... and "ham ringer jeg til" (whom, first), not "dem ringer jeg ikke til"; "nej faktisk ringer jeg" (BF023)
_THEN_I_DO = re.compile(r"\b(saa|bagefter|derefter|efterfoelgende|ham|hende|dem|hen|faktisk|alligevel|eftertanke) "
                        r"(?P<act>ringer|skriver|mailer) "
                        r"jeg\b(?! ikke| aldrig)(?![^.!?\n]*\?)|"
                        # "Ved naermere eftertanke ringer jeg alligevel, jeg er bedre til at snakke end at skrive"
                        # (s41a: the mail again, the reason naming both ways)
                        r"\b(?P<act2>ringer|skriver|mailer) jeg (saa |nok |bare |faktisk )*"
                        r"(alligevel|hellere|i stedet)\b|"
                        # "så mail er nok bedre", "ved du hvad, mail er nok bedre alligevel" (s41a: "Den dato kunne jeg
                        # ikke læse", then the phone script)
                        r"\b(?P<way>e-?mail|mail|en mail|telefonen|telefon|at ringe|ringe|at skrive|skrive) "
                        r"(er|virker) "
                        r"(nok |vist |nu |faktisk |altsaa |alligevel )*bedre\b(?![^.!?\n]*\?)")
# ", da jeg hører dårligt i telefonen", ", fordi mails drukner", "…, så de har nok ikke tid til at læse mails"
# (BA043): why, after the choice
_REASON = re.compile(r"(,\s*|\s)(da|fordi|eftersom|saa (de|han|hun|hen))\s[^.;!?]*")
# "mail har jeg brugt hele tiden" (E022): the way so far, first, with no other said after it
_USED_SO_FAR = re.compile(r"^\W*(?P<way>(e-?)?mails?|telefon\w*|tlf) har (jeg )?(brugt|koert med|holdt mig til)\b"
                          r"(?!.*\b(ringe|ring|telefon\w*|(e-?)?mail\w*|skrive)\b)")
# "jeg har indtil nu ringet, og det vil jeg helst blive ved med": the way so far, kept
_KEEPS_ON = re.compile(r"\b(har|har indtil nu|har hidtil|har altid) (?P<act>ringet|skrevet|mailet)\b[^.;!?]{0,30}"
                       r"\b(blive ved( med)?|fortsaette( med)?|holde fast i|goere det igen|goer det igen)\b")


def channel_left(text: str) -> str | None:
    """Of the two channels, the one the message leaves when it rules the other out ('jeg er lidt genert i
    telefonen' -> email); not 'jeg har ikke ringet endnu', what was done rather than what is wanted."""
    ruled_out = ruled_out_channels(text)
    if _NOT_DONE_YET.search(fold(text)):
        return None  # "har ikke turdet skrive til dem" (s42c: the phone chosen) tells what was not done, no choice
    return ({PHONE, EMAIL} - ruled_out).pop() if len(ruled_out) == 1 and attempts_reported(text) is None else None


_NOT_DONE_YET = re.compile(r"\bhar (endnu |stadig |bare )?(ikke|aldrig) (\w+ )?"
                           r"(turdet|vovet|haft mod paa|haft lyst til|faaet (mig )?(taget mig sammen )?til at|"
                           r"naaet at)\b")


def change_of_mind_at(folded: str) -> int:
    """Where the user's last change of mind about the channel begins: the last turn after which a
    channel is chosen (0 when there is none; "mail, nej ikke ringe" keeps the mail)."""
    turns = [m.end() for m in CHANGE_OF_MIND.finditer(folded)
             if any(channel for channel, _ in _words_for_channels(folded[m.end():]))]
    return turns[-1] if turns else 0


def _channel_words(folded: str) -> list[tuple[str | None, bool]]:
    """(channel or None when ruled out, whether a first-person or preference cue goes with it)."""
    return _words_for_channels(folded[change_of_mind_at(folded):])


def _words_for_channels(folded: str) -> list[tuple[str | None, bool]]:
    folded = NOT_A_CHOICE.sub(" ", folded)
    found = []
    for channel, pattern in ((PHONE, PHONE_WORDS), (EMAIL, EMAIL_WORDS)):
        for m in pattern.finditer(folded):
            before = folded[max(0, m.start() - 40):m.start()]
            asking = ASKING.search(before) is not None  # "kan jeg ikke ringe?" wants to call
            cued = asking or PREFERENCE.search(before) is not None \
                or PREFERRED_AFTER.search(folded[m.end():]) is not None
            found.append((None if _is_ruled_out(folded, m) else channel, cued))
    return found


def _is_ruled_out(folded: str, word: re.Match) -> bool:
    """'hader at ringe', 'ikke så fortrolig med e-mail', 'mails drukner bare': the channel is not wanted."""
    before = folded[max(0, word.start() - 40):word.start()]
    return (RULED_OUT.search(before) is not None and ASKING.search(before) is None) \
        or RULED_OUT_AFTER.match(folded[word.end():word.end() + 40]) is not None


def ruled_out_channels(text: str) -> set[str]:
    """The channels a message rules out ('jeg får aldrig fat i hende i telefonen' -> telefon)."""
    folded = NOT_A_CHOICE.sub(" ", fold(text))
    return {channel for channel, pattern in ((PHONE, PHONE_WORDS), (EMAIL, EMAIL_WORDS))
            for m in pattern.finditer(folded) if _is_ruled_out(folded, m)}
