"""The e-mail review: what is good, the changes most worth making, and the improved e-mail."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coach.case import FollowUpCase
from coach.conduct.text import loose, rx
from coach.danish import format_date
from coach.review.email_draft import (
    MAX_PARAGRAPHS,
    MAX_WORDS,
    EmailDraft,
    danish_closing,
    greets_by_name,
    greets_fittingly,
    greets_someone_else,
    looks_like_name,
    names_the_role,
    read_email,
    signs_with_full_name,
    subject_problem,
)
from coach.review.findings import NOT_CALM, Change, Findings
from coach.review.sentences import (
    Sentence,
    extra_questions,
    other_role_named,
    piles_questions,
    rambles,
    relative_days,
    right_day,
    sentence_changes,
    sounds_curt,
    with_the_role,
)
from coach.review.writing_style import closing_for_friends, english_in, typed_in_a_hurry
from coach.texts import text
from coach.writing.email import compose_email, placeholders

# Most important first: the first three that apply are the changes the user reads.
ORDER = ("harsh", "pressure", "begging", "selling", "social_media", "visit", "availability", "tone", "prying", "terms",
         "presumes", "curt", "status", "questions",
         "subject_missing", "subject_wrong_day", "subject_vague", "wrong_day", "wrong_role", "greeting_wrong_name",
         "greeting", "signature", "signature_name", "thanks", "relative_day", "length", "offer", "english",
         "closing_for_friends", "typed_in_a_hurry", "role")


def review_email(draft_text: str, case: FollowUpCase, today: date, thank_you: bool = False) -> Findings:
    """`thank_you`: the user said it is a thank-you for the interview (or its subject says so): thanks and
    interest are enough, the question about how far they are waits for the follow-up (a tester was told to ask)."""
    draft = read_email(draft_text, case, today)
    thank_you = thank_you or is_thank_you_mail(draft)
    # judged against the guide's full first mail (thanks, status question, offer), also for a later attempt, whose
    # own short mail has one paragraph (a tester on a second attempt crashed the review here)
    model = compose_email(replace(case, followup_attempts=0, short_mail=False, informal_greeting=False))
    changes: list[Change] = []
    good: list[str] = []
    changes.extend(sentence_changes(draft.sentences, model.paragraphs[1]))
    if sounds_curt(" ".join(s.text for s in draft.sentences)):
        changes.append(Change("curt"))
    subject = subject_problem(draft, case, today)
    if thank_you and draft.subject:
        good.append("subject_thank_you")  # "Tak for samtalen i fredags" says what it is
    elif subject:
        changes.append(Change(subject, example=_subject(case, model.subject)))
    elif not relative_days(draft.subject, case, today):
        good.append("subject")
    if any(s.wrong_day for s in draft.sentences):
        changes.append(Change("wrong_day", example=format_date(case.interview_date)))
    if counted := [said for part in (draft.subject or "", *(s.text for s in draft.sentences))
                   for said in relative_days(part, case, today)]:
        changes.append(Change("relative_day", example=counted[0]))
    piled, wrong_name = piles_questions(draft.sentences), greets_someone_else(draft, case)
    checks = {
        "greeting": greets_fittingly(draft, case) and not wrong_name,
        "thanks": any(s.thanks for s in draft.sentences),
        # asked in a line to drop: how to ask comes with it; asked among many questions: one is enough
        "status": any(s.asks_status and not s.fault for s in draft.sentences) and not piled,
        "offer": any(s.offer for s in draft.sentences),
        "signature": signs_with_full_name(draft, case),
        "length": len(draft.paragraphs) <= MAX_PARAGRAPHS and draft.body_words <= MAX_WORDS
        and not any(rambles(s) for s in draft.sentences),
        "role": names_the_role(draft, case),
    }
    other_role = next((r for part in (draft.subject or "", *(s.text for s in draft.sentences))
                       if (r := other_role_named(part, case))), None)
    if other_role:  # another job's title: wrong, not missing (a tester's was told to name the role, and got two)
        changes.append(Change("wrong_role", sentence=other_role, example=case.role))
        del checks["role"]
    if thank_you:  # no question and no offer needed; a status question asked in it is still read as written
        if not any(s.asks_status for s in draft.sentences):  # (not praised for leaving out what it asks, a tester)
            good.insert(0, "thank_you")
        checks = {name: ok for name, ok in checks.items() if name not in ("status", "offer")}
    examples = {"greeting": model.greeting, "thanks": model.paragraphs[0], "status": model.paragraphs[1],
                "offer": model.paragraphs[2], "signature": _signature(draft, case, model), "length": "",
                "role": improved_subject(draft, case, today, model, role_named=False)}
    for name, ok in checks.items():
        if ok:
            good.append("greeting_neutral" if name == "greeting" and not greets_by_name(draft) else name)
        elif name == "greeting" and wrong_name:
            changes.append(Change("greeting_wrong_name", example=case.contact_name))
        elif name == "status" and not piled and any(s.asks_status for s in draft.sentences):
            continue  # asked in a sentence to drop: its change says how to ask instead
        elif name == "signature" and danish_closing(draft):  # "Venlig hilsen" is there: only the name is missing
            changes.append(Change("signature_name", example=examples["signature"]))
        else:
            named = "questions" if name == "status" and piled else name
            changes.append(Change(named, example=examples[name]))
    changes.extend(_how_it_is_written(draft, model))
    if not any(c.name in NOT_CALM for c in changes):
        good.append("calm")
    changes.sort(key=lambda c: ORDER.index(c.name))
    return Findings("email", tuple(good), tuple(changes), improved_email(draft, case, today, model, checks, thank_you))


def _how_it_is_written(draft: EmailDraft, model) -> list[Change]:
    """Spelling, English and a closing for friends: what a friend reading it would point out too."""
    said = [s.text for s in draft.sentences]
    changes = [Change("typed_in_a_hurry")] if typed_in_a_hurry(said) else []
    english = english_in(said)
    if english:
        changes.append(Change("english", sentence=english[0], also=tuple(english[1:])))
    if closing_for_friends(draft.closing):
        changes.append(Change("closing_for_friends", example=model.closing))
    return changes


def _subject(case: FollowUpCase, subject: str) -> str:
    return subject  # the coach's own subject already names the interview and the role


def improved_subject(draft: EmailDraft, case: FollowUpCase, today: date, model, role_named: bool) -> str:
    """The user's subject when it names the interview, with its day as a date and the role put after it when the
    mail does not name it ("Opfølgning på samtale i torsdags" -> "… torsdag den 3. december – lagermedarbejder");
    the coach's own otherwise."""
    if not draft.subject or subject_problem(draft, case, today):
        return _subject(case, model.subject)
    subject = with_the_role(right_day(draft.subject, case, today, dated=True), case)
    return subject if role_named else f"{subject} – {case.role or placeholders()['role']}"


def _signature(draft: EmailDraft, case: FollowUpCase, model) -> str:
    """The user's own signature made whole: "Jonas" signed becomes "Jonas Vang" when the coach knows the surname,
    "Jonas [dit efternavn]" otherwise; a number under it stays (not "[dit fulde navn]", a tester's name lost)."""
    lines = (draft.signature or "").split("\n")
    name = lines[0].strip().rstrip(".,")
    if not looks_like_name(name):
        return model.signature
    if len(name.split()) == 1:
        known = (case.user_name or "").split()
        whole = len(known) >= 2 and loose(known[0]) == loose(name)
        name = case.user_name if whole else f"{name} {text('review.surname_placeholder')}"
    return "\n".join([name, *(lines[1:] or model.signature.split("\n")[1:])])


def improved_email(draft: EmailDraft, case: FollowUpCase, today: date, model, checks: dict[str, bool],
                   thank_you: bool = False) -> str:
    """The user's e-mail with what should go taken out and what is missing put in, in the user's words
    where it can: their subject, greeting, sentences and signature when they are right, the coach's otherwise."""
    subject = improved_subject(draft, case, today, model, checks.get("role", True))
    greeting = _capitalised(draft.greeting) if checks["greeting"] else model.greeting
    extra = extra_questions(draft.sentences)
    dropped = set(extra) | _leaning_on_the_dropped(draft.paragraphs)
    kept = [[_begun_big(with_the_role(right_day(s.text, case, today, dated=True), case)) for s in p
             if not s.fault and s not in dropped] for p in draft.paragraphs]
    kept = [p for p in kept if p]
    sentences = [s for p in draft.paragraphs for s in p if not s.fault and s not in dropped]
    if len(kept) > MAX_PARAGRAPHS or sum(len(s.text.split()) for s in sentences) > MAX_WORDS:
        kept = _by_role(sentences, case, today)
    if not checks["thanks"]:  # the role once: "Tak for en god samtale." when a sentence of theirs names it
        named = any(s.names_role for s in sentences)
        kept.insert(0, [text("writing.email.thanks_unnamed") if named else model.paragraphs[0]])
    if not any(s.asks_status for s in sentences) and not thank_you:
        announced = next((i for i, p in enumerate(kept) if _ANNOUNCES.search(loose(p[-1]))), None)
        if announced is not None:  # "Jeg vil bare lige følge op på vores interview." leads to the question (s38d)
            kept[announced].append(model.paragraphs[1])
        else:
            kept.insert(min(1, len(kept)), [model.paragraphs[1]])
    if not checks.get("offer", True):
        kept.append([model.paragraphs[2]])
    closing = model.closing if closing_for_friends(draft.closing) else danish_closing(draft) or model.closing
    signature = draft.signature if checks["signature"] else _signature(draft, case, model)
    body = "\n\n".join(" ".join(p) for p in _at_most(kept, MAX_PARAGRAPHS))
    return f"{text('review.subject_label')} {subject}\n\n{greeting}\n\n{body}\n\n{closing}\n{signature}"


_ANNOUNCES = rx(r"\bfølge op\b", r"\b(skriver|ringer|henvender mig) (for at|bare|lige|angående|vedrørende)\b")


def _at_most(paragraphs: list[list[str]], most: int) -> list[list[str]]:
    """Paragraphs joined, the shortest neighbours first, until there are `most` (s38b, s38d: the thanks, question and
    offer put in beside the user's own paragraphs made four and five)."""
    paragraphs = [list(p) for p in paragraphs]
    while len(paragraphs) > most:
        size = [len(" ".join(a + b).split()) for a, b in zip(paragraphs, paragraphs[1:], strict=False)]
        i = size.index(min(size))
        paragraphs[i:i + 2] = [paragraphs[i] + paragraphs[i + 1]]
    return paragraphs


def _capitalised(greeting: str | None) -> str | None:
    """"hej mette" -> "Hej Mette," (s36b: the user's lower-case greeting kept as typed)."""
    if not greeting or not greeting.islower():
        return greeting
    return " ".join(word[:1].upper() + word[1:] for word in greeting.rstrip(" ,!").split()) + ","


def _begun_big(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


# "Mine referencer vil kunne bekræfte dette." after the boast it confirms was cut (a tester): it goes with it
_REFERS_BACK = rx(r"\b(bekræfte|understøtte|underbygge|dokumentere|vise|uddybe) (dette|det|disse|det hele)\b",
                  r"^(dette|det|disse|det her) (kan|vil|er|viser|betyder)\b")


def _leaning_on_the_dropped(paragraphs) -> set:
    """Sentences that only point back at a sentence the review drops."""
    leaning, before = set(), None
    for sentence in (s for p in paragraphs for s in p):
        if before is not None and before.fault and not sentence.fault and _REFERS_BACK.search(loose(sentence.text)):
            leaning.add(sentence)
        before = sentence
    return leaning


_THANKS_SUBJECT = re.compile(r"^\W*(mange |tusind )?tak\b")


def is_thank_you_mail(draft: EmailDraft) -> bool:
    """A subject that starts with thanks ("Tak for samtalen i fredags"): a thank-you, not a follow-up."""
    return bool(draft.subject and _THANKS_SUBJECT.match(loose(draft.subject)))


def _by_role(sentences: list[Sentence], case: FollowUpCase, today: date) -> list[list[str]]:
    """A long e-mail cut to three short paragraphs: thanks, the status question, the offer to answer."""
    thanks = [s for s in sentences if s.thanks][:1]
    status = [s for s in sentences if s.asks_status][:1]
    offer = [s for s in sentences if s.offer and s not in status][:1]
    return [[with_the_role(right_day(s.text, case, today, dated=True), case) for s in part]
            for part in (thanks, status, offer) if part]
