"""The review of a planned call opening: what the contact hears first when they pick up the phone."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coach.case import FollowUpCase
from coach.conduct.text import loose, rx, sentences, words
from coach.danish import format_date
from coach.phone import names_a_number
from coach.rehearsal.evaluate import evaluate_line
from coach.review.findings import NOT_CALM, Change, Findings
from coach.review.sentences import (
    extra_questions,
    judge_sentence,
    other_role_named,
    piles_questions,
    relative_days,
    right_day,
    sentence_changes,
    sounds_curt,
    with_the_role,
)
from coach.texts import text
from coach.writing.call_script import call_script
from coach.writing.email import placeholders

MAX_WORDS = 60  # name, the interview's day, the role and one question fit in far fewer
ORDER = ("harsh", "pressure", "begging", "selling", "social_media", "visit", "availability", "tone", "prying", "terms",
         "presumes", "curt", "says_name", "places_interview",
         "wrong_day", "wrong_role", "names_role", "asks_status", "questions", "callback_number", "voicemail_number",
         "name_first", "relative_day_call", "length")
_NAME_BY = 2  # the name in the first two sentences: the greeting, then who calls

# "Ring endelig tilbage. Tak!" on a voicemail with no number (a tester): they cannot call back
_CALL_ME_BACK = rx(r"\bring (mig )?(gerne |endelig |venligst |lige |bare )?(tilbage|til mig|mig op)\b",
                   r"\b(kan|må) (gerne |endelig )?(ringe|kontakte) (til )?(mig|tilbage)\b", r"\bkan træffe(s| mig)\b")


def review_opening(draft_text: str, case: FollowUpCase, today: date, voicemail: bool = False) -> Findings:
    """`voicemail`: left on the answering machine, so the number must be in it (a tester's "… Tak og god dag." with
    none was ready to send), and a call back asked for is the question."""
    whole = evaluate_line(draft_text, case, today=today)
    said = [judge_sentence(s, case, today) for s in sentences(draft_text)]
    script = call_script(case)
    if case.interview_date is None:
        script = replace(script, placing=text("review.placing_undated"))
    changes = list(sentence_changes(said, script.status_question))
    if sounds_curt(draft_text):
        changes.append(Change("curt"))
    good = []
    piled = piles_questions(said)
    checks = {
        "says_name": any(s.says_name for s in said) or whole.says_name,
        "places_interview": any(s.places_interview for s in said) or whole.places_interview,
        "names_role": any(s.names_role for s in said) or whole.names_role,
        # asked in a line to drop: how to ask comes with it; asked among many questions: one is enough
        # (a status question in a sentence to drop is no tick: "Hvorfor har I ikke ringet som lovet?")
        "asks_status": any(s.asks_status and not s.fault for s in said) and not piled
        or voicemail and bool(_CALL_ME_BACK.search(loose(draft_text))),
        "length": len(words(loose(draft_text))) <= MAX_WORDS,
    }
    other_role = next((r for s in said if (r := other_role_named(s.text, case))), None)
    if other_role:  # "om stillingen som kundeservicemedarbejder" for the bogholder job: wrong, not missing
        changes.append(Change("wrong_role", sentence=other_role, example=case.role))
        del checks["names_role"]  # neither a tick nor "say the role": the change says which
    if counted := [said for s in said for said in relative_days(s.text, case, today)]:
        changes.append(Change("relative_day_call", example=counted[0]))
    examples = {"says_name": script.opening, "places_interview": script.placing, "names_role": script.role_line,
                "asks_status": script.status_question, "length": ""}
    for name, ok in checks.items():
        if ok:
            good.append(name)
        elif name == "places_interview" and any(s.wrong_day for s in said):
            changes.append(Change("wrong_day", example=format_date(case.interview_date)))
        elif name == "asks_status" and piled:
            changes.append(Change("questions", example=examples[name]))
        elif name == "asks_status" and any(s.asks_status for s in said):
            continue  # the change that drops the sentence says how to ask instead
        else:
            changes.append(Change(name, example=examples[name]))
    call_me = _number_line(draft_text, case, voicemail)
    if call_me:
        asked_back = _CALL_ME_BACK.search(loose(draft_text))
        changes.append(Change("callback_number" if asked_back else "voicemail_number", example=call_me))
    named_at = next((i for i, s in enumerate(said) if s.says_name), None)
    if named_at is not None and named_at >= _NAME_BY and len(said) > _NAME_BY:
        # "… Mit navn er Amina Yusuf." last (a tester was told "✓ Du siger, hvem du er"): they need it first
        changes.append(Change("name_first", example=script.opening))
    if all(c.name not in NOT_CALM for c in changes):
        good.append("calm")
    changes.sort(key=lambda c: ORDER.index(c.name))
    improved = _improved(_name_first(said, named_at) if named_at is not None and named_at >= _NAME_BY else said,
                         checks, script, case, today, voicemail)
    return Findings("call", tuple(good), tuple(changes), _with_number(improved, call_me))


_GOODBYE = rx(r"^\W*(tak|mange tak|tusind tak)?\W*(og )?(hav en )?(god|fortsat god) (dag|weekend|aften)\W*$",
              r"^\W*(tak|mange tak|tusind tak|hej hej|hej|vi ses|farvel)\W*$")
_OPENS_WITH_HELLO = re.compile(r"^(hej|hejsa|goddag|hallo)\b[,!.]?\s+(?=\w)", re.I)
_GREETING_ONLY = rx(r"^\W*(hej|hejsa|goddag|godmorgen|god morgen|hallo)( \w+){0,2}\W*$")


def _name_first(said: list, at: int) -> list:
    """The sentence with the name moved to the front, after a greeting of its own ("Hej Peter.")."""
    rest = said[:at] + said[at + 1:]
    front = 1 if rest and _GREETING_ONLY.match(loose(rest[0].text)) else 0
    return rest[:front] + [said[at]] + rest[front:]


def _with_number(improved: str, call_me: str) -> str:
    """The number said right after the call back is asked for ("Ring endelig tilbage. Du kan ringe …")."""
    if not call_me:
        return improved
    parts = sentences(improved)
    goodbye = len(parts) - 1 if parts and _GOODBYE.search(loose(parts[-1])) else len(parts)  # before "Tak og god dag."
    at = next((i + 1 for i, part in enumerate(parts) if _CALL_ME_BACK.search(loose(part))), goodbye)
    return " ".join(parts[:at] + [call_me] + parts[at:])


def _number_line(draft_text: str, case: FollowUpCase, voicemail: bool = False) -> str:
    """The line with the user's number, when the draft asks to be called back, or is left on the answering machine,
    and gives none; else ""."""
    asks_back = voicemail or _CALL_ME_BACK.search(loose(draft_text))
    if not asks_back or names_a_number(draft_text) or case.phone_left_out:
        return ""
    return text("writing.call_script.call_me", phone=case.user_phone or placeholders()["user_phone"])


def _improved(said, checks: dict[str, bool], script, case: FollowUpCase, today: date, voicemail: bool = False) -> str:
    """The user's sentences that are fine, in their order, with the script's lines for what is missing: before the
    question (on a voicemail, the call back asked for) and before a goodbye ("hej det er Ali. ring tilbage. hej", a
    tester's, got the interview after its "hej" and a question for the machine)."""
    extra = extra_questions(said)
    kept = [s for s in said if not s.fault and s not in extra]
    if not checks["length"]:  # keep what carries the call: who, which interview, which role, the question
        kept = [s for s in kept if s.says_name or s.places_interview or s.wrong_day or s.names_role or s.asks_status]
    lines = [with_the_role(right_day(s.text, case, today, dated=True), case) for s in kept]
    has = {name: any(getattr(s, name) for s in kept) for name in ("says_name", "places_interview", "names_role")}
    has["places_interview"] = has["places_interview"] or any(s.wrong_day for s in kept)
    has["names_role"] = has["names_role"] or any(other_role_named(s.text, case) for s in kept)
    goodbye_at = len(lines) - 1 if len(lines) > 1 and _GOODBYE.search(loose(kept[-1].text)) else len(lines)
    called_back = [voicemail and bool(_CALL_ME_BACK.search(loose(s.text))) for s in kept]
    status_at = next((i for i, s in enumerate(kept) if s.asks_status or called_back[i]), goodbye_at)
    placed_at = next((i for i, s in enumerate(kept) if s.places_interview or s.wrong_day), None)
    if not has["says_name"] and lines and _OPENS_WITH_HELLO.match(lines[0]):
        rest = _OPENS_WITH_HELLO.sub("", lines[0])  # "hej jeg var …": the script's own greeting comes first
        lines[0] = rest[:1].upper() + rest[1:]
    if not has["places_interview"]:
        lines[status_at:status_at] = [script.placing] + ([] if has["names_role"] else [script.role_line])
    elif not has["names_role"] and placed_at < status_at:  # after the sentence that places the interview
        lines.insert(placed_at + 1, script.role_line)
    elif not has["names_role"]:  # "hej jeg var til samtale i torsdags og ville høre …": one sentence does both
        lines.insert(min(placed_at, status_at), text("review.role_first", role=case.role or placeholders()["role"]))
    if not has["says_name"]:
        lines.insert(0, script.opening)
    if not any(s.asks_status for s in kept) and not any(called_back):
        at = len(lines) - (len(kept) - goodbye_at)
        lines.insert(at, script.status_question)
    return " ".join(lines)
