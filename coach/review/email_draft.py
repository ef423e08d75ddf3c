"""The user's follow-up e-mail, read into its parts and checked against the guide and the contract."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.case import FollowUpCase
from coach.conduct.text import loose, rx, sentences, words
from coach.phone import NUMBER_PATTERN
from coach.rehearsal.introduction import INTERVIEW_WORDS, names_role, places_interview
from coach.review.sentences import Sentence, judge_sentence, right_day

MAX_PARAGRAPHS = 3
MAX_WORDS = 150  # the body of a short follow-up: three short paragraphs
_SUBJECT = re.compile(r"^\s*(?:emne|subject|overskrift)\s*:\s*(?P<subject>.*)$|^\s*(?P<reply>(?:re|sv|vs)\s*:.*)$",
                      re.IGNORECASE)
_GREETING = re.compile(
    # "Kære Hr. Søren Mikkelsen" (a tester): the form of address is part of the greeting
    r"^\s*(?P<greeting>(?:kære|kaere|kare|hej|hejsa|goddag|god morgen|dear|hi)\b(?:\s+(?:hr|fru|frk|dr)\.)?"
    r"[^,!\n.]{0,40}[,!]?)\s*(?P<rest>.*)$",
    re.IGNORECASE)
# "hilsner" is the plural ("Bedste hilsner"); "hilsener" an old spelling of it
# "Med de allerbedste og venligste hilsner": up to five words of kindness before the greeting word
# a greeting run on into the first sentence, set off by an emoji or a comma ("hej mette 😊 det er emil …")
_GREETING_RUN_ON = re.compile(r"^\s*(?P<greeting>(?:hej|hejsa|hey|hi|kære|kaere)\s+[A-Za-zæøåÆØÅ-]+"
                              r"(?:\s+[A-Z][\wæøå-]+)?)"
                              r"\s*(?:[^\w\s,.!?]+\s*|[,!.]\s+)(?P<rest>(?:det er|jeg|her er|tak|mit navn)\b.*)$",
                              re.IGNORECASE)
_CLOSING = rx(r"^\s*((med )?([a-zæøå]+ ){0,5}hils(en|ener|ner)|"
              r"mvh\.?|vh\.?|hils(en|ner)|på forhånd tak|tak igen|tak|kind regards|best regards)\s*[,.!]?\s*$")
# "Hilsen Kasper", "Mvh. Ole Jensen": the closing and the name on one line.
_CLOSING_AND_NAME = re.compile(r"^\s*(?P<closing>(?:(?:med )?(?:venlig|venlige|venligste|bedste|mange|de bedste|kærlig"
                               r"|kærlige) hils(?:en|ener|ner)|mvh\.?|vh\.?|hils(?:en|ner)))[,.]?\s+"
                               r"(?P<name>\w[^\n]{0,60})$",  # "mvh mikkel hansen": a name in lower case too
                               re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ'-]+$")
_NOT_A_NAME = rx(r"^(alle|jer|dig|du|team\w*|hr|rekruttering\w*|ansættelsesudvalg\w*|sir|madam)$")


@dataclass(frozen=True)
class EmailDraft:
    subject: str | None
    greeting: str | None
    paragraphs: tuple[tuple[Sentence, ...], ...]
    closing: str | None
    signature: str | None

    @property
    def sentences(self) -> list[Sentence]:
        return [s for paragraph in self.paragraphs for s in paragraph]

    @property
    def body_words(self) -> int:
        return sum(len(words(loose(s.text))) for s in self.sentences)


def read_email(text: str, case: FollowUpCase, today: date, judged: bool = True) -> EmailDraft:
    """The mail's parts; `judged=False` leaves its sentences unread by the judge (only its frame is wanted)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")]
    subject = None
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (m := _SUBJECT.match(lines[0])):
        subject = (m["subject"] if m["subject"] is not None else m["reply"]).strip() or None
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    greeting = None
    if lines and (m := _GREETING.match(lines[0])) and len(words(loose(m["greeting"]))) <= 5:
        greeting = m["greeting"].strip()
        lines[0] = m["rest"].lstrip(" .,!")  # "Hej Camilla. Tak for …": no stray full stop opens the body
    elif lines and (m := _GREETING_RUN_ON.match(lines[0])):
        greeting = m["greeting"].strip()  # "hej mette 😊 det er emil fra samtalen …" (s36b: greeted twice)
        lines[0] = m["rest"]
    lines = _closing_on_its_own_lines(lines, case)
    closing, signature = None, None
    trimmed = [line for line in lines if line.strip()]
    for i in range(len(lines) - 1, -1, -1):
        one_line = _CLOSING_AND_NAME.match(lines[i]) if i == len(lines) - 1 else None
        if one_line and (looks_like_name(one_line["name"]) or _short_sign_off(one_line["name"], case)):
            closing, signature, lines = one_line["closing"], one_line["name"].strip(), lines[:i]
            break
        if _CLOSING.search(loose(lines[i])) and i >= len(lines) - 4:
            closing = lines[i].strip()
            # the name, and the number or title on lines of their own under it ("Poul Erik Sørensen\nTlf. …")
            signature = "\n".join(line.strip() for line in lines[i + 1:] if line.strip()) or None
            lines = lines[:i]
            break
    else:
        if len(trimmed) >= 2 and (looks_like_name(trimmed[-1]) or _short_sign_off(trimmed[-1], case)):
            signature = trimmed[-1].strip()
            lines = lines[:max(i for i, line in enumerate(lines) if line.strip())]
    blocks = [b for b in re.split(r"\n\s*\n", "\n".join(lines)) if b.strip()]
    paragraphs = tuple(tuple(judge_sentence(s, case, today) for s in sentences(b)) for b in blocks) if judged else ()
    return EmailDraft(subject, greeting, tuple(p for p in paragraphs if p), closing, signature)


# "… jeg er stadig meget interesseret. Mvh Ali Yilmaz" (a tester): the closing and the name at the end of the body
_SIGNED_INLINE = re.compile(r"^(?P<body>.*(?:[.!?]|[^\w\s,.!?]))\s+"
                            r"(?P<closing>(?:med )?venlig hilsen|mvh\.?|vh\.?|hilsen|bedste hilsner)[,.]?\s+"
                            r"(?P<name>[A-Za-zÆØÅæøå][\wæøå'-]+(?: [A-Za-zÆØÅæøå][\wæøå'-]+){0,3})\s*$", re.IGNORECASE)


_NUMBER_AFTER = re.compile(rf"^(?P<rest>.*[A-Za-zæøåÆØÅ].*?)[,\s]+(?P<number>(?:tlf\.?:?\s*)?{NUMBER_PATTERN})\s*$",
                           re.IGNORECASE)


def _closing_on_its_own_lines(lines: list[str], case: FollowUpCase) -> list[str]:
    """The closing, the name and a number after them each on a line of their own, as the reader below expects."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines
    last = lines[filled[-1]]
    number = _NUMBER_AFTER.match(last)  # "Mvh Sara Nielsen, 31 22 44 55" (a tester: told to sign with her name)
    after = [number["number"]] if number else []
    last = number["rest"] if number else last
    inline = _SIGNED_INLINE.match(last)
    if inline is not None and (looks_like_name(inline["name"]) or _short_sign_off(inline["name"], case)):
        return lines[:filled[-1]] + [inline["body"], "", inline["closing"], inline["name"], *after]
    signed = _CLOSING_AND_NAME.match(last)
    if after and signed is not None and looks_like_name(signed["name"]):
        return lines[:filled[-1]] + [signed["closing"], signed["name"], *after]
    return lines


def _short_sign_off(line: str, case: FollowUpCase) -> bool:
    """A last line of one to three plain words that includes the user's name, written in lower case ("ole")."""
    said = words(loose(line))
    own = {loose(w) for w in (case.user_name or "").split()}
    return 1 <= len(said) <= 3 and bool(own & set(said)) and not re.search(r"[?!.,]", line)


def looks_like_name(line: str) -> bool:
    parts = line.strip().rstrip(".,").split()
    return 1 <= len(parts) <= 4 and all(_NAME_WORD.match(p) for p in parts)


# ---- checks ------------------------------------------------------------------------------------
def subject_problem(draft: EmailDraft, case: FollowUpCase, today: date) -> str | None:
    """None, or why the subject does not name the interview: missing, vague (no day) or wrong_day."""
    if not draft.subject:
        return "subject_missing"
    placed, wrong = places_interview(draft.subject, case, today)
    if wrong:
        return "subject_wrong_day"
    if not (INTERVIEW_WORDS.search(loose(draft.subject)) and placed):
        return "subject_vague"
    return None


def greets_fittingly(draft: EmailDraft, case: FollowUpCase) -> bool:
    """A greeting by name, or a neutral one ("Hej", "Kære rekrutteringsteam") when the contact's name is not known."""
    return greets_by_name(draft) or (bool(draft.greeting) and not case.contact_name)


_FORM_OF_ADDRESS = rx(r"^(hr|fru|frk|dr)\.?$")


def greets_someone_else(draft: EmailDraft, case: FollowUpCase) -> bool:
    """'Kære Helle' when the contact is Hanne Skov, 'Kære Susanne Kragh' for Susanne Krogh: a name that is not
    the contact's (a slip that costs more than no name at all)."""
    if not (draft.greeting and case.contact_name and greets_by_name(draft)):
        return False
    theirs = {loose(w) for w in re.split(r"[\s-]+", case.contact_name) if w}
    greeted = [loose(w) for w in re.split(r"[\s-]+", draft.greeting.strip(" ,!"))[1:] if w.strip(" ,!")]
    if len(theirs) == 1:  # only the first name is known: "Kære Søren Poulsen" to Søren adds his surname
        greeted = greeted[:1]
    return any(w.strip(",!.") not in theirs for w in greeted if not _FORM_OF_ADDRESS.search(w))


def greets_by_name(draft: EmailDraft) -> bool:
    if not draft.greeting:
        return False
    rest = draft.greeting.split(None, 1)[1:] if len(draft.greeting.split()) > 1 else []
    name = rest[0].strip(" ,!") if rest else ""
    return bool(name) and not _NOT_A_NAME.search(loose(name))


_FOREIGN_CLOSING = rx(r"\b(regards|cheers|best|sincerely)\b")


def danish_closing(draft: EmailDraft) -> str | None:
    """The draft's closing when it is a Danish one ("Mvh", "Bedste hilsner"), not "Best regards"."""
    return draft.closing if draft.closing and not _FOREIGN_CLOSING.search(loose(draft.closing)) else None


def signs_with_full_name(draft: EmailDraft, case: FollowUpCase) -> bool:
    """The full name, after a Danish closing (a name alone, or after "Best regards", does not close a Danish mail)."""
    if not draft.signature or not danish_closing(draft):
        return False
    said = loose(draft.signature)
    if case.user_name:
        own = [loose(w) for w in case.user_name.split()]
        return len(own) >= 2 and own[0] in said and own[-1] in said
    return len([w for w in draft.signature.split() if _NAME_WORD.match(w)]) >= 2


def names_the_role(draft: EmailDraft, case: FollowUpCase) -> bool:
    return names_role(loose(" ".join([draft.subject or ""] + [s.text for s in draft.sentences])), case)


def fixed_day(text: str, case: FollowUpCase, today: date) -> str:
    return right_day(text, case, today)
