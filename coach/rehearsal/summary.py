"""Feedback after a call rehearsal: a score over the seven core checks and the one
or two things most worth practising, each with an example sentence for this case.

The call is scored as a call: what only reception heard does not reach the contact (unless reception
takes a message), a question the contact asked and never got answered counts against the caller,
and the feedback names only the situation the call actually got to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.case import FollowUpCase
from coach.phone import names_a_number
from coach.rehearsal.evaluate import (
    CORE_CHECKS,
    MAX_WORDS,
    LineCheck,
    accepts_a_no,
    asks_for_someone,
    evaluate_line,
    kindly_declined,
    takes_it_as_a_yes,
    wrong_name_used,
)
from coach.rehearsal.state import RehearsalState
from coach.texts import section
from coach.writing.call_script import call_script

POSITIVE = ("says_name", "places_interview", "names_role", "asks_status", "thanks")
# Most important first; "tone" is polite_and_short failing on rudeness or shouting, "length" on length alone.
PRIORITY = ("no_demands", "tone", "graceful_rejection", "no_selling", "says_name", "places_interview",
            "asks_status", "names_role", "thanks", "length", "asks_when")
WAITING_SITUATIONS = ("undecided", "call_back")  # where asking "when?" is the natural next step
MESSAGES = ("out", "voicemail")  # a message left for the contact: a call back asked for is the question


@dataclass(frozen=True)
class Advice:
    check: str
    advice: str
    example: str


@dataclass(frozen=True)
class Summary:
    situation: str
    checks: dict[str, bool]  # the seven core checks, in CORE_CHECKS order
    score: int
    went_well: tuple[str, ...]  # the script's points that were made (as many as the score)
    to_improve: tuple[str, ...]  # the script's points that were not
    advice: tuple[Advice, ...]  # at most two, most important first
    polite_and_short: bool | None = None  # None: nothing was said
    graceful_rejection: bool | None = None  # None: no rejection was given
    notes: tuple[str, ...] = ()
    total: int = len(CORE_CHECKS)
    nothing_said: bool = False  # stopped before the first line: nothing to judge, only how to begin

    reached: str = "news"  # how far the call got: "reception", "contact" or "news"
    # how it sounded (tone, taking a no), no points of the script: listed apart, so the ticks add up to the score
    manner: tuple[tuple[bool, str], ...] = ()

    def render(self) -> str:
        fb = section("rehearsal.feedback")
        label = section("rehearsal.situations")[self.situation]["label"]
        title = fb["title"].format(situation=label) if self.reached == "news" else fb[f"title_{self.reached}"]
        parts = [title]
        if not self.nothing_said:
            parts.append(fb["score"].format(score=self.score, total=self.total))
        parts.extend(self.notes)
        if self.went_well:
            parts.append("\n" + fb["went_well"] + "\n" + "\n".join(f"✓ {t}" for t in self.went_well))
        if self.to_improve:
            parts.append("\n" + fb["to_improve"] + "\n" + "\n".join(f"✗ {t}" for t in self.to_improve))
        if self.manner:
            parts.append("\n" + fb["manner"] + "\n" + "\n".join(f"{'✓' if ok else '✗'} {t}" for ok, t in self.manner))
        if self.advice:
            items = [f"{i}. {a.advice}\n   " + fb["example"].format(example=a.example)
                     for i, a in enumerate(self.advice, 1)]
            parts.append("\n" + fb["begin" if self.nothing_said else "focus"] + "\n" + "\n".join(items))
        elif self.went_well and self.reached == "news" and not self.notes and all(ok for ok, _ in self.manner):
            # no "Flot" beside a wrong name, a missing number or a ✗ for the tone (testers: "7 af 7 … Flot" read as
            # praise for those too)
            parts.append("\n" + fb["all_good"])
        parts.append("\n" + fb["again"])
        return "\n".join(parts)


def summarise(state: RehearsalState, case: FollowUpCase) -> Summary:
    """Feedback on the user's lines in the current round of `state` (see coach.rehearsal)."""
    situation = state.situation
    lines = [evaluate_line(item.text, case, after_rejection=item.after_rejection) for item in state.lines]
    lines = [kindly_declined(c) if item.heard_by == "message" else c
             for c, item in zip(lines, state.lines, strict=True)]
    said = bool(lines)
    # Who decides hears only what is said to them: reception passes on a message, not an introduction.
    heard = [c for c, item in zip(lines, state.lines, strict=True)
             if situation in MESSAGES or item.heard_by != "reception"]
    checks = {name: any(getattr(c, name) for c in heard) for name in POSITIVE}
    if situation in MESSAGES:  # with a message for an absent contact, asking to be called back is the question
        # ("Må jeg få Henrik?" on the answering machine asks for no call back, a tester found)
        # a call back asked for on the answering machine needs the number to call (a tester's had none and was
        # told "✓ … kan vende tilbage til dig")
        called_back = any(c.asks_callback for c in lines) and (situation != "voicemail" or _number_given(state))
        checks["asks_status"] = called_back or any(c.asks_status and not asks_for_someone(c.text) for c in lines)
    else:
        called_back = False
    for name in ("no_selling", "no_demands"):
        checks[name] = said and all(getattr(c, name) for c in lines)
    checks = {name: checks[name] for name in CORE_CHECKS}
    # "fedt! hvornår skal jeg starte?" misheard the news: named as such, not judged as a reply to it
    misheard = [c for c in lines[state.news_index:] if state.news_given and takes_it_as_a_yes(c.text)]
    replies = [c for c in lines if c not in misheard]
    polite = all(c.polite_and_short or _short_answer_to_reception(c, i, state) for i, c in enumerate(lines)
                 if c in replies) if said else None
    graceful = _graceful(replies) if situation == "filled" and state.news_given else None
    # stopped before the contact gave any news: the question and the thanks were never due (a tester's "stop"
    # right after reception said the contact was out got "✗ Du sagde ikke tak")
    unreached = {"asks_status", "thanks"} if state.ended == "stop" and not state.news_given else set()
    if state.ended == "limit":  # the contact ran off to a meeting: no room left to thank (s32d: "✗ Du sagde ikke tak")
        unreached.add("thanks")
    failures = [f for f in _failures(checks, lines, polite, graceful, situation, state) if f not in unreached]
    only_reception = {name for name in ("says_name", "places_interview", "names_role")
                      if not checks[name] and any(getattr(c, name) for c in lines)}
    # "mads" to reception's "Må jeg lige få dit navn?" (s33c: "✗ Du sagde ikke dit navn"): the name was given there
    if not checks["says_name"] and state.knows_name and "says_name" in failures:
        if situation in MESSAGES:
            checks["says_name"] = True
            failures.remove("says_name")
        else:
            only_reception.add("says_name")
    # Judge only what was said: with nothing said there is nothing that went well or wrong.
    went_well, to_improve, manner = _lines_for(checks, polite, graceful, lines, only_reception, situation,
                                               unreached, called_back) if said else ((), (), ())
    fb = section("rehearsal.feedback")
    notes = []
    if not said:
        notes.append(fb["nothing_said"])
    elif state.ended == "stop" and not state.news_given:
        notes.append(fb["early_stop"])
    if state.asked_context and not state.context_given:
        notes.append(fb["unanswered_context"])
    if situation != "filled" and any(accepts_a_no(item.text) for item in state.lines[state.news_index:]) \
            and state.news_given:
        notes.append(fb["misheard_no"])
    if misheard:
        notes.append(fb["misheard_yes" if situation == "filled" else "misheard_yes_undecided"])
    if polite and "humble" in {n for c in lines for n in c.notes}:  # kind, but meek: said, not failed
        notes.append(fb["humble"])
    if situation == "voicemail" and said and not _number_given(state):
        notes.append(fb["no_number"])
    wrong_name = _wrong_name(state, case)
    if wrong_name:  # "Lene Bak" asked for, "Goddag Lene" said, to Line Bach (a tester: caught nowhere)
        notes.append(fb["wrong_contact"].format(said=wrong_name, contact=case.contact_name))
    reached = "news" if state.news_given else "contact" if state.put_through else "reception"
    return Summary(situation=situation, checks=checks, score=sum(checks.values()), went_well=went_well,
                   to_improve=to_improve, advice=tuple(_advice(name, case, situation, lines) for name in failures[:2]),
                   polite_and_short=polite, graceful_rejection=graceful, notes=tuple(notes), reached=reached,
                   nothing_said=not said, manner=manner)



def _number_given(state: RehearsalState) -> bool:
    return any(names_a_number(item.text) or _MY_NUMBER.search(item.text) for item in state.lines)


_MY_NUMBER = re.compile(r"\b(mit nummer|nummeret)\b", re.IGNORECASE)  # they have it already


def _wrong_name(state: RehearsalState, case: FollowUpCase) -> str | None:
    receptionists = {name.capitalize() for name in section("rehearsal.reception.greetings")}
    said = (wrong_name_used(item.text, case.contact_name) for item in state.lines)
    return next((name for name in said if name and name.split()[0] not in receptionists), None)


def _short_answer_to_reception(check: LineCheck, index: int, state: RehearsalState) -> bool:
    """"mads nielsen" to "Må jeg lige få dit navn?": a short answer to reception's question is no curt call."""
    answers = index > 0 and state.lines[index].heard_by == "reception" == state.lines[index - 1].heard_by
    return answers and "curt" in check.notes and not {"rude", "sarcasm", "shouting", "salad"} & set(check.notes) \
        and check.no_demands and check.no_selling


def _graceful(lines: list[LineCheck]) -> bool:
    answers = [c for c in lines if c.graceful_rejection is not None]
    # selling oneself again after the no is no gracious answer, however kind the last words (a tester's call was
    # told both "✗ Du prøvede at sælge dig selv igen" and "✓ Du tog pænt imod afslaget")
    return any(c.graceful_rejection for c in answers) and not any(c.hostile or not c.no_selling for c in answers)


def _failures(checks: dict[str, bool], lines: list[LineCheck], polite: bool | None, graceful: bool | None,
              situation: str, state: RehearsalState) -> list[str]:
    """The checks to advise on, most important first; after a rejection, how it was taken comes first."""
    if not lines:
        return ["says_name", "places_interview"]
    failed = {name for name, ok in checks.items() if not ok}
    notes = {n for c in lines for n in c.notes}
    if polite is False:
        failed.add("tone" if notes & {"rude", "shouting", "sarcasm", "curt", "salad", "humble"} else "length")
    if graceful is False:
        failed.add("graceful_rejection")
        for name in ("no_demands", "no_selling"):  # pressed or sold only after the no: taking a no covers it
            if all(getattr(c, name) for c in lines[:state.news_index]):
                failed.discard(name)
    if situation in WAITING_SITUATIONS and state.news_given:
        after_news = state.lines[state.news_index:]
        if not any(evaluate_line(item.text, _NO_CASE).asks_when for item in after_news):
            failed.add("asks_when")
    order = ("graceful_rejection",) + PRIORITY if graceful is False else PRIORITY
    return [name for name in dict.fromkeys(order) if name in failed]


_NO_CASE = FollowUpCase()


def _lines_for(checks: dict[str, bool], polite: bool | None, graceful: bool | None, lines: list[LineCheck],
               only_reception: set[str], situation: str,
               unreached: frozenset[str] | set[str] = frozenset(),
               called_back: bool = False) -> tuple[tuple[str, ...], tuple[str, ...], tuple]:
    fb = section("rehearsal.feedback.checks")
    notes = {n for c in lines for n in c.notes}
    good, bad, manner = [], [], []
    for name, ok in checks.items():
        if ok:
            good.append(fb[name][_ok_key(name, polite, notes, situation, called_back)])
        elif name in unreached:
            continue  # never due: not a fault, not a point
        elif name in only_reception:
            bad.append(fb[name]["reception_only"])
        else:
            bad.append(_fail_text(name, notes))
    if polite is not None:
        # beside a demand or a reproach, "Du var høflig" contradicts the line under it (a tester): only the length is
        # praised
        pressed = checks.get("no_demands") is False or "pressure" in notes
        ok = fb["polite_and_short"]["ok_short_only" if pressed else "ok"]
        manner.append((polite, ok if polite else _fail_text("polite_and_short", notes)))
    if graceful is not None:
        manner.append((graceful, fb["graceful_rejection"]["ok" if graceful else "fail"]))
    return tuple(good), tuple(bad), tuple(manner)


def _ok_key(name: str, polite: bool | None, notes: set[str], situation: str, called_back: bool = False) -> str:
    # a message, or when to call: no question to the contact; the tick says a call back was asked only when it was
    # (s33b: "✓ Du bad dem vende tilbage til dig" for "er rikke juhl der?" and for a status question to reception)
    if name == "asks_status" and situation in MESSAGES and called_back:
        return "ok_out"
    # "Tak for ingenting" makes no demand, but it may be a reproach: unless the tone failed on length or
    # shouting alone, the tick does not praise the absence of reproach.
    reproach_unknown = notes & {"sarcasm", "rude"} or not notes & {"too_long", "curt", "shouting", "salad"}
    if name == "no_demands" and polite is False and reproach_unknown:
        return "ok_no_demands_only"
    return "ok"


def _fail_text(name: str, notes: set[str]) -> str:
    fb = section("rehearsal.feedback.checks")[name]
    reasons = [fb[n].format(max_words=MAX_WORDS) for n in REASONS.get(name, ()) if n in notes and n in fb]
    if name in ("polite_and_short", "no_demands"):  # a call that begged in one line and pressed in another: both
        return " ".join(reasons) or fb["fail"]
    return reasons[0] if reasons else fb["fail"]


# Per check, the notes (coach.rehearsal.evaluate.LineCheck) that explain a failure, most telling first.
REASONS = {
    "says_name": ("salad",), "places_interview": ("wrong_day", "salad"), "names_role": ("wrong_role", "salad"),
    "asks_status": ("presumes", "terms", "too_many", "salad"), "thanks": ("hollow_thanks", "salad"),
    "polite_and_short": ("salad", "rude", "sarcasm", "humble", "prying", "shouting", "curt", "too_long"),
    "no_demands": ("pressure", "begging"), "graceful_rejection": ("sarcasm", "pressure", "begging", "prying"),
}


def _advice(name: str, case: FollowUpCase, situation: str, lines: list[LineCheck]) -> Advice:
    check = {"tone": "polite_and_short", "length": "polite_and_short"}.get(name, name)
    notes = {n for c in lines for n in c.notes}
    fb = section("rehearsal.feedback.checks")[check]
    script = call_script(case)
    values = {
        "opening": script.opening, "placing": script.placing, "role_line": script.role_line,
        "status_question": script.status_question, "thanks": script.thanks,
        "if_not_decided": script.if_not_decided, "if_rejected": script.if_rejected,
        "role_phrase": f"stillingen som {case.role}" if case.role else "stillingen", "voicemail": script.voicemail,
    }
    suffix = "_call_back" if check == "asks_when" and situation == "call_back" else ""
    if check == "no_demands" and "begging" in notes and "pressure" not in notes:
        suffix = "_begging"  # a tester begged and was told not to demand or reproach
    if check == "no_selling" and situation == "filled":  # the job is gone: interest in it is no advice (a tester)
        suffix = "_after_no"
    if check == "polite_and_short" and situation == "voicemail":  # the message to leave, with the number, as example
        suffix = "_voicemail"
    if name == "tone" and "humble" in notes and not notes & {"rude", "shouting", "sarcasm"}:
        return Advice(check=check, advice=fb["advice_humble"], example=fb["example"].format(**values))
    if name == "tone" and "curt" in notes and not notes & {"rude", "shouting", "sarcasm"}:
        return Advice(check=check, advice=fb["advice_curt"], example=fb["example"].format(**values))
    return Advice(check=check, advice=fb["advice" + suffix], example=fb["example" + suffix].format(**values))

