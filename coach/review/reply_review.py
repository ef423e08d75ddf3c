"""The review of the user's answer to a no: thanks, no argument, the door left open (the guide's advice on a
rejection), not the follow-up mail's subject, status question and offer to answer questions."""

from __future__ import annotations

from datetime import date

from coach.case import FollowUpCase
from coach.conduct.text import loose, rx, sentences
from coach.rehearsal.evaluate import evaluate_line
from coach.review.email_draft import (
    EmailDraft,
    danish_closing,
    greets_by_name,
    greets_fittingly,
    greets_someone_else,
    read_email,
    signs_with_full_name,
)
from coach.review.findings import Change, Findings
from coach.review.sentences import THANKS_FOR, Sentence
from coach.texts import text
from coach.writing.rejection import rejection_reply

# "Tak for din mail, selvom det ikke var det svar, jeg havde håbet på": a draft that answers a no
_ANSWERS_A_NO = rx(r"\bafslag\w*\b", r"\bikke (blev|bliver) mig\b", r"\bvalgt (en )?(anden|andre)\b",
                   r"\bdet svar,? (som )?jeg (havde )?håbe\w*\b", r"\bikke det svar\b", r"\bked af at høre\b",
                   r"\bærgerligt at høre\b", r"\bheld og lykke med (den|jeres|ansættelsen|den nye)\b")
# "Hvis I får brug for afløsere eller slår en ny stilling op, vil jeg meget gerne høre fra jer" (a tester: told to
# keep the door open, which it did)
_OPEN_DOOR = rx(r"\bgerne (høre )?fra jer\b", r"\bfremtid\w*\b", r"\b(andre|senere|nye|ny|kommende) stilling\w*\b",
                r"\b(afløser|vikar)\w*\b", r"\bslår \w+( \w+)? op\b",
                r"\bsøge (igen|hos jer)\b", r"\bi tankerne\b", r"\b(holde|bliver i) kontakt\b", r"\ben anden gang\b",
                r"\btænke på mig\b", r"\bhuske (på )?mig\b")
# "Jeg gider i hvert fald ikke søge hos jer igen", "I kommer nok til at fortryde det" (a tester's reply was praised
# for leaving the door open, and the sentence kept): a door shut, or a parting shot
_DOOR_SHUT = rx(r"\b(ikke|aldrig)\b.{0,30}\b(søge|ansøge|arbejde|høre|kontakte)\w*\b.{0,20}\b(igen|hos jer|for jer)\b",
                r"\bgider\b.{0,25}\bikke\b", r"\bikke\b.{0,10}\bgider\b", r"\baldrig (mere|igen)\b",
                r"\bfortryde\w*\b", r"\bgår glip af\b", r"\bjeres tab\b")
_FEEDBACK = rx(r"\bfeedback\b", r"\bhvorfor (jeg ikke|det ikke blev)\b",
               r"\b(hvad|noget),? (der|jeg) (kunne|kan) (have )?(gøre|gjort|gøres|gjorde)\w* "
               r"(bedre|anderledes|stærkere)\b", r"\bgjorde udslaget\b", r"\bet par ord om\b")
# what a kind answer to a no says: wishes, thanks, the door left open (the model judges sentences it was not trained
# on alone; these it would flag)
_KIND = rx(r"\bheld og lykke\b", r"\bgod (dag|weekend|jul|sommer)\b", r"\bglad for\b", r"\bønsker (jer|dig)\b")
ORDER = ("harsh", "pressure", "begging", "selling", "social_media", "visit", "availability", "tone", "prying", "terms",
         "presumes", "not_graceful", "greeting_wrong_name",
         "greeting", "reply_thanks", "signature", "signature_name", "open_door")


def answers_a_no(draft: str, case: FollowUpCase) -> bool:
    """The mail is the user's reply to a rejection: the case is closed, or the mail says so."""
    return case.rejected or any(_ANSWERS_A_NO.search(s) and not _IF.search(s) for s in sentences(loose(draft)))


# "Hvis jeg ikke har hørt fra jer inden mandag, går jeg ud fra, at I har valgt en anden": a follow-up that
# pictures a no, not an answer to one
_IF = rx(r"\bhvis\b", r"\bgår jeg ud fra\b", r"\bi så fald\b", r"\bhvad nu hvis\b")


def review_reply(draft_text: str, case: FollowUpCase, today: date, spoken: bool = False) -> Findings:
    """`spoken`: the answer is said on the phone ("reply_call"), so it has no greeting by letter, closing nor
    signature to judge (a tester's spoken answer was told to open with "Kære" and close with "Med venlig hilsen")."""
    draft = read_email(draft_text, case, today)
    model = rejection_reply(case)
    whole = " ".join(s.text for s in draft.sentences)
    graceful = evaluate_line(whole, case, after_rejection=True, today=today).graceful_rejection is not False
    faults = {id(s): _fault(s, case, today, graceful) for s in draft.sentences}
    kept = [s for s in draft.sentences if not faults[id(s)]]
    changes = [Change(faults[id(s)], sentence=s.text) for s in draft.sentences if faults[id(s)]]
    wrong_name = greets_someone_else(draft, case)
    checks = {
        "greeting": greets_fittingly(draft, case) and not wrong_name,
        "reply_thanks": any(THANKS_FOR.search(loose(s.text)) for s in kept),
        "open_door": any(_OPEN_DOOR.search(loose(s.text)) for s in kept),
        "signature": signs_with_full_name(draft, case),
    }
    if spoken:
        checks = {name: ok for name, ok in checks.items() if name not in ("greeting", "signature")}
    good = []
    for name, ok in checks.items():
        if ok:
            good.append("greeting_neutral" if name == "greeting" and not greets_by_name(draft) else name)
        else:
            changes.append(_missing(name, draft, case, model, wrong_name))
    if any(_FEEDBACK.search(loose(s.text)) for s in kept):
        good.append("feedback")
    if not changes or not any(c.sentence for c in changes):
        good.append("graceful")
    changes.sort(key=lambda c: ORDER.index(c.name))
    improved = _said(draft, kept, checks, model) if spoken else _improved(draft, kept, checks, model)
    return Findings("reply_call" if spoken else "reply", tuple(good), tuple(changes), improved)


def _fault(sentence: Sentence, case: FollowUpCase, today: date, graceful: bool) -> str | None:
    """Why a sentence had better go: the follow-up's faults, or (when the whole answer does not take the no well)
    arguing with it ("hvem fik det i stedet?"). A polite request for feedback, thanks, wishes and an open door
    stay."""
    lo = loose(sentence.text)
    if _DOOR_SHUT.search(lo):  # named for what it does to the no, not as a demand
        return "not_graceful"
    if _FEEDBACK.search(lo) or _KIND.search(lo) or _OPEN_DOOR.search(lo) or THANKS_FOR.search(lo):
        return sentence.fault if sentence.fault in ("begging", "selling") else None
    if sentence.fault:
        return sentence.fault
    if graceful:
        return None
    verdict = evaluate_line(sentence.text, case, after_rejection=True, today=today).graceful_rejection
    return "not_graceful" if verdict is False else None


def _missing(name: str, draft: EmailDraft, case: FollowUpCase, model, wrong_name: bool) -> Change:
    if name == "greeting" and wrong_name:
        return Change("greeting_wrong_name", example=case.contact_name)
    if name == "signature" and danish_closing(draft):
        return Change("signature_name", example=model.signature)
    examples = {"greeting": model.greeting, "reply_thanks": model.paragraphs[0], "open_door": model.paragraphs[1],
                "signature": model.signature}
    return Change(name, example=examples[name])


def _improved(draft: EmailDraft, kept: list[Sentence], checks: dict[str, bool], model) -> str:
    """The user's sentences that are fine, in their paragraphs, with thanks first and the open door last when they
    were missing."""
    paragraphs = [[_ended(s.text) for s in p if s in kept] for p in draft.paragraphs]
    paragraphs = [" ".join(p) for p in paragraphs if p]
    if not checks["reply_thanks"]:
        paragraphs.insert(0, model.paragraphs[0])
    if not checks["open_door"]:
        paragraphs.append(model.paragraphs[1])
    greeting = draft.greeting if checks["greeting"] else model.greeting
    closing = danish_closing(draft) or model.closing
    signature = draft.signature if checks["signature"] else model.signature
    subject = f"{text('review.subject_label')} {draft.subject}\n\n" if draft.subject else ""
    body = "\n\n".join(paragraphs)
    return f"{subject}{greeting}\n\n{body}\n\n{closing}\n{signature}"


def _said(draft: EmailDraft, kept: list[Sentence], checks: dict[str, bool], model) -> str:
    """The spoken answer: the user's greeting and sentences that are fine, with thanks first and the open door last
    when they were missing."""
    said = [_ended(s.text) for s in kept]
    if not checks["reply_thanks"]:
        said.insert(0, model.paragraphs[0])
    if not checks["open_door"]:
        said.append(model.paragraphs[1])
    return " ".join(([draft.greeting] if draft.greeting else []) + said)


def _ended(sentence: str) -> str:
    return sentence if sentence.rstrip()[-1:] in ".!?" else sentence.rstrip() + "."
