"""Call rehearsal: the coach plays reception and the contact person, the user
practises the call script (coach.writing.call_script), and gets feedback at the end.

The state of a round is a `RehearsalState` (coach.rehearsal.state), kept in a Rasa slot
between turns as a plain dict.

Pure Python; no Rasa import.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Mapping

from coach import clock
from coach.case import FollowUpCase
from coach.conduct.text import rx
from coach.danish import WEEKDAYS, format_date
from coach.facts.names import clean_person_name
from coach.practise import lets_practise
from coach.rehearsal.evaluate import (
    CORE_CHECKS,
    LineCheck,
    accepts_a_no,
    asks_for_someone,
    evaluate_line,
    is_declining,
    is_goodbye,
    loose,
    mentions_topic,
    takes_it_as_a_yes,
)
from coach.rehearsal.introduction import bare_name
from coach.rehearsal.lines import line
from coach.rehearsal.state import RehearsalState, SaidLine
from coach.rehearsal.summary import Advice, Summary, summarise
from coach.rules import plan_followup
from coach.texts import section
from coach.writing.call_script import call_script

__all__ = ["SITUATIONS", "CORE_CHECKS", "MAX_TURNS", "Rehearsal", "TurnResult", "LineCheck", "Summary", "Advice",
           "evaluate_line", "summarise", "pick_situation", "seed_for", "is_stop", "is_restart",
           "stops_with_a_request"]

SITUATIONS = ("undecided", "call_back", "out", "filled", "two_left", "voicemail")
LATER_ROUNDS = ("voicemail",)
MAX_TURNS = 9  # user lines per round before the contact has to run
SEED_ENV = "COACH_SEED"

_STOP = re.compile(r"(stop+|afslut|slut|det er nok|nok for nu|stop (ovelsen|rollespillet|nu|opkaldet)"
                   r"|afslut (ovelsen|rollespillet|nu)|jeg vil (gerne )?(stoppe|slutte)"
                   # "giv mig lige feedback", "kan jeg få feedback nu, før vi fortsætter?" (s32d: read as a line of
                   # the call); not "kan jeg få feedback på samtalen?", asked of the contact after a no
                   r"|((giv mig|jeg vil (gerne )?have|kan jeg fa|ma jeg fa)( lige)?( din| noget)? )?feedback"
                   r"( nu)?( for vi fortsatter)?)( nu| tak| please)?")
# "stop, jeg vil hellere se mailen", "lad os stoppe øvelsen her", "jeg gider ikke mere, vis mig mailen i stedet", "vent
# stop lige, hvad hvis …?" (s42a: answered in the role, and judged as lines of the call); a button pressed or typed
# ("Hold op, hvor lyder det spændende" to the contact is no way out: "hold op" alone or before what the user wants)
_STOP_WITH_MORE = rx(r"^\W*((ok|okay|nej|vent|hov|nå)\W+)?(stop+\b(?! med at)|hold (nu )?op(\W*$|\W+(jeg|vi|lad)\b))",
                     r"\b(lad os|vi kan godt|kan vi|jeg vil (gerne |hellere )?|vil gerne) (stoppe|slutte|afslutte)\b"
                     r"(?!\s+(min|mit|med|ansøgning\w*|processen))",
                     r"\b(stop|afslut|stoppe|afslutte|slutte) (øvelsen|rollespillet|opkaldet|øvelsesopkaldet)\b",
                     r"\bjeg gider ikke (mere|øve|det her|at øve)\b", r"^\s*/[a-z_]+", r"^\W*vis \w+ i stedet\W*$",
                     # "can we stop here", "orker ikke mere" (s43c: answered in the role)
                     r"\b(can we|let'?s|i want to) (stop|end|finish|quit)\b",
                     r"^\W*((ok|nej|nå)\W+)?(jeg )?(orker|gider) ikke (mere|længere)\b")
_RESTART = re.compile(r"(en gang til|en gang mere|igen|prov igen|start forfra|forfra|en til|ny situation"
                      r"|lad os (prove|tage den) igen)( tak| please)?")


# A question to the coach, not a line of the call: "hvad skal jeg sige nu?", "hjælp", "coach, hvad svarer man?"
_HELP = rx(r"^\W*(hjælp|help|hint)\W*$", r"\bhvad (skal|kan|bør) jeg (sige|svare|skrive)\b",
           r"\bhvad (siger|svarer) (jeg|man)\b", r"\bhvordan (skal jeg|siger man|svarer man)\b",
           # the coach spoken to ("Undskyld, coach - …"), not a job title ("stillingen som coach")
           r"(^|[^\w\s]\s*|\bundskyld,?\s+)coach\s*[,:!?-]", r"\bskal jeg (sige|svare|nævne)\b[^?]*\?",
           # "hmm coach, hvad gør jeg nu?", "kan du hjælpe mig, hvad er smartest at sige her?" (testers)
           r"\bhvad gør jeg (nu|så)\b", r"\b(kan|vil) du hjælpe mig\b", r"\bhvad er (smartest|bedst) at (sige|gøre)\b",
           # "vent, hvad gør jeg hvis han siger nej?" (s43c: answered in the role)
           r"\bhvad (gør|siger|svarer) jeg,? hvis\b")


# "Ved De, hvornår han er tilbage?", "hvad betyder tage imod en besked?": a question to reception, no message
_WHEN_BACK = rx(r"\bhvornår ((er|kommer) [a-z]+|[a-z]+ (er|kommer)) (tilbage|ind|på arbejde)\b", r"\bhvad betyder\b",
                r"\bhvornår kan jeg (fange|ringe til|tale med)\b")
# "*klik*", "jeg maa lige lægge paa. Undskyld!", "jeg har lagt på" (testers): the caller hangs up
_HUNG_UP = rx(r"\W*(\*?klik\*?|\*?(lægger|smækker) (røret )?på\*?|jeg (har )?lagt (røret )?på|"
              r"jeg (må|skal) (lige |altså )?lægge på|jeg lægger på( nu)?)(\W+(hej|undskyld|farvel))*\W*")
_NO_MESSAGE_LEFT = rx(r"\b(lægger|lægge|lagde|indtaler|siger) (ikke|ingen) (en |nogen )?besked\b",
                      r"\blægger på uden at sige\b", r"\bbryder mig ikke om telefonsvarer\w*\b",
                      r"^\W*(nej|nah|næ)\b[^.!?]{0,20}\bbesked\b")
# "kan du sige det igen?", "undskyld, jeg forstår ikke": the news once more, not a line of the call
_REPEAT = rx(r"\b(sige|sig) (det )?(igen|en gang til|langsomt)\b", r"\bgentage\b", r"\bhvad sagde (du|de)\b",
             r"\bforstår (ikke|det ikke)\b", r"\bforstod (ikke|det ikke)\b")


# a question in brackets is said beside the role-play, to the coach (a stage direction, "(lægger på)", is not)
_IN_BRACKETS = re.compile(r"^\s*\((?P<inner>[^()]+\?)\s*\)\s*$")
_ABOUT_A_NO = rx(r"\bhvis\b.{0,25}\b(siger nej|får nej|et nej|afslag|vælger en anden|valgt en anden)\b")


# who hears a line said at each step
_LISTENER = {"reception": "reception", "message": "message", "voicemail": "message"}


@dataclass(frozen=True)
class TurnResult:
    state: RehearsalState
    reply: str
    done: bool
    summary: Summary | None = None  # set when the rehearsal ended in this turn


# "kan vi øve at jeg får telefonsvareren?", "jeg vil øve et afslag": the situation asked for
_ASKED_FOR = {"voicemail": rx(r"\b(telefonsvar\w*|voicemail|svareren)\b"),
              "filled": rx(r"\b(øve|øv|spille|rollespil\w*|prøve|gang til|runde til|omgang til|gang mere|"
                           r"lade (hende|ham|dem)|runde mere)\b.{0,30}"
                           r"\b(et afslag|afslaget|et nej|nejet|siger nej|"
                           r"får nej|sige nej|siger nej|valgt en anden)\b")}  # not "… og så kom der et afslag på mail"


def situation_asked(text: str) -> str | None:
    """The situation a request to rehearse names, or None (then one is drawn)."""
    lo = loose(text or "")
    return next((name for name, pattern in _ASKED_FOR.items() if pattern.search(lo)), None)


def seed_for(conversation_id: str) -> str:
    """COACH_SEED when set (reproducible demos and tests), else the conversation id."""
    return os.environ.get(SEED_ENV, "").strip() or conversation_id


def pick_situation(seed: str, exclude: str | None = None, round_no: int = 0) -> str:
    """A situation chosen by a stable hash of seed and round (never Python's hash()), never `exclude`. The first call
    goes through reception to the contact; the answering machine comes in a later round (or when asked for)."""
    options = [s for s in SITUATIONS if s != exclude and (round_no > 0 or s not in LATER_ROUNDS)]
    digest = hashlib.sha256(f"{seed}|{round_no}".encode()).hexdigest()
    return options[int(digest, 16) % len(options)]


def _command(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", loose(text))).strip()


def stops_with_a_request(text: str) -> bool:
    """'stop, jeg vil hellere se mailen': the rehearsal ends, and the rest of the message is a request to the coach."""
    return _STOP.fullmatch(_command(text)) is None and _STOP_WITH_MORE.search(loose(text or "")) is not None


def is_stop(text: str) -> bool:
    return _STOP.fullmatch(_command(text)) is not None or _STOP_WITH_MORE.search(loose(text or "")) is not None


def is_restart(text: str) -> bool:
    return _RESTART.fullmatch(_command(text)) is not None


# "stil mig lige om til Jesper på lageret", "kan jeg tale med Camilla, butikschefen?", "jeg skulle tale med jesper"
_PERSON_ASKED_FOR = re.compile(r"\b(?:stil(?:le)? mig (?:lige )?(?:om|videre) til|(?:tale|snakke) med|"
                        r"(?:kan|må) jeg (?:få|faa))\s+(?P<name>[A-Za-zÆØÅæøå][a-zæøå]+(?-i: [A-ZÆØÅ][a-zæøå]+)?)",
                        re.IGNORECASE)


def person_asked_for(text: str, case: FollowUpCase) -> str | None:
    """The person the caller asks reception for by name; None for "lederen", "HR" or the caller's own name."""
    found = _PERSON_ASKED_FOR.search(text or "")
    name = clean_person_name(found["name"]) if found else None
    if not name or (case.user_name and name.split()[0] == case.user_name.split()[0]):
        return None
    return name


def asks_for_help(text: str) -> bool:
    return _HELP.search(loose(text)) is not None


class Rehearsal:
    """The role-play as pure functions over a RehearsalState."""

    @staticmethod
    def intro(case: FollowUpCase, situation: str | None = None) -> str:
        return line("rehearsal.intro_voicemail" if situation == "voicemail" else "rehearsal.intro", case)

    @staticmethod
    def start(case: FollowUpCase, seed: str, situation: str | None = None, round_no: int = 0,
              history: list[str] | None = None, asked: bool = False) -> tuple[RehearsalState, str]:
        """A new round: reception answers the phone. `situation` forces one (else chosen from the seed); `asked`
        says the user asked for it, so the next round plays it again."""
        history = list(history or [])
        if situation is None:
            situation = pick_situation(seed, exclude=history[-1] if history else None, round_no=round_no)
        if situation not in SITUATIONS:
            raise ValueError(f"unknown situation {situation!r}")
        state = RehearsalState(seed=seed, situation=situation, round=round_no, history=history + [situation],
                               asked=asked)
        if situation == "voicemail":  # the contact's own number, and the answering machine takes it
            _give_news(state, "voicemail")
            return state, line("rehearsal.situations.voicemail.greeting" if case.contact_name
                               else "rehearsal.situations.voicemail.greeting_unnamed", case)
        return state, _reception_greeting(case, round_no)

    @staticmethod
    def turn(state: RehearsalState | Mapping[str, Any], case: FollowUpCase, user_text: str) -> TurnResult:
        """One user line; `state` may be the slot's dict. The given state is never changed."""
        state = RehearsalState.from_slot(dict(state) if isinstance(state, Mapping) else state.to_slot())
        text = user_text.strip() if isinstance(user_text, str) else ""
        if not case.contact_name and state.step == "reception" and not state.asked_for:
            state.asked_for = person_asked_for(text, case)  # "stil mig lige om til Jesper på lageret, tak" (s39c:
        if state.asked_for and not case.contact_name:  # put through to "HR" instead)
            case = replace(case, contact_name=state.asked_for)
        if is_restart(text):
            return _restart(state, case)
        aside = _IN_BRACKETS.match(text or "")  # "(kan du ikke lade hende sige nej denne gang?)" (s43c: judged)
        asked = situation_asked(text) if lets_practise(text) or aside else None
        if asked:  # "nej undskyld jeg ville gerne øve telefonsvareren igen" (s36c: judged as a line to reception)
            new, greeting = Rehearsal.start(case, state.seed, situation=asked, round_no=state.round + 1,
                                            history=state.history, asked=True)
            return TurnResult(new, f"{line('rehearsal.control.restart')}\n\n{greeting}", False)
        if state.done:
            return TurnResult(state, line("rehearsal.control.finished"), True)
        if is_stop(text):
            return _finish(state, case, line("rehearsal.control.stopped"), "stop")
        if _HUNG_UP.fullmatch(loose(text)):  # "*klik*", "jeg har lagt på": the call ends, nothing said to judge
            return _finish(state, case, line("rehearsal.control.hung_up"), "goodbye")
        if state.step == "voicemail" and _NO_MESSAGE_LEFT.search(loose(text)):
            # "nej jeg lægger ikke en besked, jeg ringer hellere igen i morgen" (s40b: "*Bip* – beskeden er gemt", and
            # the words judged as the message): no message, nothing to judge
            return _finish(state, case, line("rehearsal.control.hung_up"), "goodbye")
        if state.news_given and state.step in ("news", "closing") and _REPEAT.search(loose(text)):
            said = "noted" if state.situation == "out" and state.step == "closing" else "news"  # the message read back
            news = line(f"rehearsal.situations.{state.situation}.{said}", case)
            return TurnResult(state, f"{line('rehearsal.contact.repeat')} {news}", False)
        if asks_for_help(text):  # out of the role: a hint, and the line is not judged as part of the call
            # "hvad gør jeg hvis han siger nej?" (s43c): the script's words for a no
            hint = call_script(case).if_rejected if _ABOUT_A_NO.search(loose(text)) else _suggestion(state, case)
            return TurnResult(state, line("rehearsal.control.hint", case, suggestion=hint), False)
        if _HOW_AM_I_DOING.search(loose(text)):  # "var det der for pushy af mig?" (s33b: the contact answered it)
            return TurnResult(state, line("rehearsal.control.feedback_later"), False)
        # "jeg spørger dig som coach: hvilken dag skal jeg ringe?" (s38c: the receptionist asked for a name, twice)
        if _TO_THE_COACH.search(loose(text)) or aside:
            return TurnResult(state, _coach_aside(case, text), False)
        state.turns += 1
        if not text:
            reply, ended = line("rehearsal.reception.silence"), None
        else:
            after_rejection = state.situation == "filled" and state.news_given
            state.lines.append(SaidLine(text, after_rejection, _LISTENER.get(state.step, "contact")))
            check = evaluate_line(text, case, after_rejection=after_rejection)
            reply, ended = _STEPS[state.step](state, case, text, check)
        if ended is None and state.turns >= MAX_TURNS:
            reply, ended = f"{reply} {line('rehearsal.contact.out_of_time')}", "limit"
        if ended:
            return _finish(state, case, reply, ended)
        return TurnResult(state, reply, False)


def _suggestion(state: RehearsalState, case: FollowUpCase) -> str:
    """What the call script says at this point of the call."""
    script = call_script(case)
    if state.step == "reception":
        return script.reception
    if state.step == "contact":
        return " ".join((script.opening, script.placing, script.role_line, script.status_question))
    if state.step == "message":
        return line("rehearsal.control.hint_message", case)
    if state.step == "voicemail":
        return script.voicemail
    if state.situation == "filled":
        return script.if_rejected
    if state.situation == "call_back":
        return line("rehearsal.feedback.checks.asks_when.example_call_back")
    if state.step == "news" and state.situation not in _NEWS_WITH_A_DAY:
        return f"{script.if_not_decided} {script.thanks}"
    return script.thanks  # (s42a: "Hvornår tror du …?" suggested right after "… i løbet af næste uge")


_NEWS_WITH_A_DAY = ("two_left",)  # situations whose news says when they decide: no question about it is due


def _reception_greeting(case: FollowUpCase, round_no: int) -> str:
    """Each round is a new call, so another receptionist answers it, in turn; never one with the contact's name
    (a tester met "Lone" at reception and was put through to "Lone")."""
    table = "greetings" if case.company else "greetings_no_company"
    contact = loose(case.contact_name.split()[0]) if case.contact_name else None
    names = [name for name in section(f"rehearsal.reception.{table}") if loose(name) != contact]
    return line(f"rehearsal.reception.{table}.{names[round_no % len(names)]}", case)


def _restart(state: RehearsalState, case: FollowUpCase) -> TurnResult:
    # asked for ("kan jeg øve telefonsvareren?"), the situation again (s36c: "en gang til" went back to reception)
    new, greeting = Rehearsal.start(case, state.seed, situation=state.situation if state.asked else None,
                                    round_no=state.round + 1, history=state.history, asked=state.asked)
    return TurnResult(new, f"{line('rehearsal.control.restart')}\n\n{greeting}", False)


def _finish(state: RehearsalState, case: FollowUpCase, reply: str, ended: str) -> TurnResult:
    state.done, state.ended, state.step = True, ended, "done"
    summary = summarise(state, case)
    return TurnResult(state, f"{reply}\n\n{summary.render()}", True, summary)


# ---- steps: each returns (reply, ended) -------------------------------------------------------
Step = Callable[[RehearsalState, FollowUpCase, str, LineCheck], "tuple[str, str | None]"]


def _reception(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    if is_goodbye(text, False):
        return _farewell(check), "goodbye"
    asked_name = state.reception_turns > 0 and not state.knows_name  # "Må jeg lige få dit navn?" went before
    state.reception_turns += 1
    state.knows_name = state.knows_name or check.says_name or (asked_name and bare_name(text))
    state.knows_topic = state.knows_topic or mentions_topic(text, case)
    ready = state.knows_name and state.knows_topic
    tone = _tone_heard(check, "reception")
    if not ready and state.reception_turns < 3:
        if not state.knows_name and not state.knows_topic:
            return tone + line("rehearsal.reception.ask_who_and_what"), None
        return tone + line("rehearsal.reception.ask_who" if not state.knows_name
                           else "rehearsal.reception.ask_what"), None
    # "Det kan jeg ikke svare på herfra" is for a question about the application, not "kan jeg faa rasmus bech?"
    asks_about_it = check.asks_status and not asks_for_someone(text)
    prefix = line("rehearsal.reception.cannot_answer") + " " if asks_about_it else ""
    if state.situation == "out":
        _give_news(state, "message")
        return prefix + line("rehearsal.situations.out.news", case), None
    state.step, state.put_through = "contact", True
    transfer = line("rehearsal.reception.transfer" if ready else "rehearsal.reception.transfer_anyway", case)
    greeting = line("rehearsal.contact.greeting" if case.contact_name
                    else "rehearsal.contact.greeting_unnamed", case)
    return f"{prefix}{transfer}\n\n{greeting}", None


def _contact(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    if is_goodbye(text, False):
        return _farewell(check), "goodbye"
    state.context_given = state.context_given or check.places_interview or check.names_role
    state.status_asked = state.status_asked or check.asks_status
    tone = _tone_heard(check, "contact")
    if not state.context_given and not state.asked_context:
        state.asked_context = True
        return tone + line("rehearsal.contact.ask_context"), None
    if not state.status_asked and not state.nudged_status:
        state.nudged_status = True
        reaction = _reaction_to(check)
        if reaction:  # "Jeg skal have et svar i dag", a pitch, "hvad er lønnen?": answered as a person would
            return tone + line(f"rehearsal.contact.reacts.{reaction}"), None
        key = "rehearsal.contact.nudge_status" if state.context_given else "rehearsal.contact.nudge_status_vague"
        return line(key), None
    _give_news(state, "news")
    return line(f"rehearsal.situations.{state.situation}.news", case), None


def _reaction_to(check: LineCheck) -> str | None:
    """What in a line that asks nothing about the application a contact would answer first."""
    if not check.no_demands and "begging" not in check.notes:
        return "pressure"
    if not check.no_selling:
        return "selling"
    return next((note for note in ("presumes", "terms") if note in check.notes), None)


def _tone_heard(check: LineCheck, who: str) -> str:
    """Swearing or shouting is answered before the question ("giv mig jonas for helvede", "hvad fanden foregår der?":
    testers got the next question as if nothing was said)."""
    return line(f"rehearsal.{who}.tone") + " " if {"rude", "shouting"} & set(check.notes) else ""


def _goodbye_after_reply(check: LineCheck) -> str:
    return line("rehearsal.contact.farewell_cool" if check.hostile else "rehearsal.contact.farewell_plain")


def _farewell(check: LineCheck) -> str:
    """Thanks get "selv tak"; "i lige måde" only answers a wish ("god dag", "god weekend"), not "held og lykke med
    den nye chauffør" (a tester)."""
    if check.hostile:  # "tak for ingenting. I har da spildt min tid" (s33b: "Hav en god dag. Hej hej.")
        return line("rehearsal.contact.farewell_cool")
    if not check.thanks:
        return line("rehearsal.contact.farewell_plain")
    wished = _A_WISH.search(loose(check.text))
    return line("rehearsal.contact.farewell" if wished else "rehearsal.contact.farewell_thanks")


_ASKS_WHY = rx(r"\bhvorfor\b", r"\b(er det|det er|var det|det var) fordi\b",
               r"\bhvad (der )?(gjorde|afgjorde|manglede|skulle)\b",
               r"\bfeedback\b", r"\btilbagemelding\b", r"\bhvad (kunne|kan) jeg\b")
# the caller asks the coach how it goes, in the middle of the call: out of the role, not judged
# a question to the coach, out of the role-play
_TO_THE_COACH = rx(r"\bsom coach\b", r"\bi virkeligheden\b", r"\b(ud af|uden for) (rollen|rollespillet)\b",
                   r"^\W*(coach|hey coach|hej coach)\b", r"\b(spørger|spurgte) (dig|coachen)\b")
_WHEN_TO_CALL = rx(r"\b(hvornår|hvilken dag)\b")


def _coach_aside(case: FollowUpCase, text: str) -> str:
    """The plan's day for "hvornår skulle jeg ringe?"; C3/C4 asked ("må jeg ringe på hendes private mobil?", s42a)
    answered at once; else how to ask after the call."""
    from coach.requests import ANSWERED_BY_ADVICE, mail_form_asked  # (coach.requests reaches this module itself)
    from coach.writing.mail_form import mail_form_answer

    part = mail_form_asked(text)
    if part in ANSWERED_BY_ADVICE:
        return line("rehearsal.control.aside_answer", answer=mail_form_answer(part, case)[0])
    complete = case.interview_date is not None and (case.deadline is not None or case.has_no_deadline)
    plan = plan_followup(case, clock.today()) if complete else None
    if _WHEN_TO_CALL.search(loose(text)) and plan is not None and plan.followup_date is not None:
        return line("rehearsal.control.aside_day", day=format_date(plan.followup_date))
    return line("rehearsal.control.aside_later")


_HOW_AM_I_DOING = rx(r"\b(var det|er det|er jeg|lød jeg|lyder jeg|lyder det)\b[^?]{0,25}\b(for )(pushy|lang|langt|kort|"
                     r"direkte|frisk|uhøflig|meget|påtrængende|formel)\b[^?]{0,15}\?",
                     r"\bhvordan (går det|klarer jeg mig|gør jeg det|lyder jeg)\b[^?]{0,20}\b(indtil videre|indtil nu|"
                     r"så langt|hidtil)\b")
_QUESTION_WORD_FIRST = rx(r"^\W*((okay|ok|men|og|nå|øh)\W+)*(hvad|hvorfor|hvordan|er det|var det)\b")
_A_WISH = rx(r"\b(god|godt|rigtig god|dejlig) (dag|weekend|aften|eftermiddag|jul|nytår|søndag|fredag)\b",
             r"\bi lige måde\b", r"\bha'? det (godt|godt så)\b")


def _give_news(state: RehearsalState, step: str) -> None:
    state.step, state.news_given, state.news_index = step, True, len(state.lines)


def _reaction_key(situation: str, check: LineCheck) -> str:
    if situation != "filled" and (accepts_a_no(check.text) or takes_it_as_a_yes(check.text)):
        return "no_decision_yet"  # no one was chosen, the caller neither: the contact sets it right
    if situation == "filled":
        if takes_it_as_a_yes(check.text):
            return "misheard_yes"  # the contact says the no again, plainly
        if check.hostile:
            return "hostile"
        if ("?" in check.text or _QUESTION_WORD_FIRST.match(loose(check.text))) and _ASKS_WHY.search(loose(check.text)):
            # "hvad kunne jeg have gjort bedre" with no question mark (s33b: "Det kan jeg ikke sige mere om")
            # "er det fordi jeg er for gammel?" got "Ja, det er jeg ked af at skulle fortælle dig" (a tester)
            return "why"
        return "graceful" if check.graceful_rejection else "default"
    if not check.no_demands:
        return "demand"
    if not _LETTERS.search(check.text):
        return "unclear"  # "😅", "..." (s32d: "Dejligt at høre, at du stadig er interesseret")
    if check.hostile or not check.polite_and_short and {"rude", "sarcasm"} & set(check.notes):
        return "cool"  # "nå. så det bliver nok den anden så. tak for ingenting" (s32d: the same warm answer)
    if situation == "two_left" and not check.no_selling:
        return "selling"
    lo = loose(check.text)
    if "?" in check.text and _NEXT_STEP.search(lo):
        return "next_step"  # s32d: "hvad er næste skridt, bliver der en anden samtale?" got "Dejligt at høre …"
    if "?" in check.text and _REFERENCES.search(lo):
        return "references"
    if situation == "call_back" and check.asks_when and _DECISION.search(lo):
        return "asks_decision"  # s32d: "Hvornår regner I med at træffe en beslutning?" got "Tirsdag … passer mig"
    return "asks_when" if check.asks_when else "default"


_LETTERS = re.compile(r"[^\W\d_]")
_NEXT_STEP = rx(r"\b(næste|videre) (skridt|trin|fase)\b", r"\banden samtale\b", r"\b2\. samtale\b",
                r"\bhvad sker der (så|nu|videre)\b", r"\bhvordan (er|bliver) (processen|forløbet)\b")
_REFERENCES = rx(r"\breferencer?\w*\b", r"\banbefaling\w*\b", r"\budtalelse\w*\b")
_DECISION = rx(r"\b(beslutning|afgørelse|beslutte|afgøre|bestemme)\w*\b", r"\bhøre fra (jer|dig)\b",
               r"\b(svar|besked)\b")
# reactions every situation gives alike (rehearsal.contact.*)
_COMMON_REACTIONS = ("unclear", "cool", "next_step", "references")


# Testers: "må jeg så ringe igen?" got "Det kan jeg ikke sige mere om lige nu", "mandag formiddag?" got "Tirsdag
# formiddag passer mig fint", and a plain remark read as a demand got "Det kan jeg ikke love dig noget om".
_MAY_CALL_AGAIN = rx(r"\b(må|kan) jeg (så |godt |gerne |lige )?(ringe|kontakte dig|skrive) (igen|tilbage)\b",
                     r"\ber det (ok|okay|i orden|fint),? (at|hvis) jeg (ringer|skriver) (igen|tilbage)\b")
_WEEKDAY_NAMED = re.compile(rf"\b(?P<day>{'|'.join(WEEKDAYS[:5])})\b")  # the working days, on the loose text


def _reply(situation: str, check: LineCheck, case: FollowUpCase) -> str:
    """The contact's answer to a line after the news: its reaction, fitted to what the line asked."""
    key = _reaction_key(situation, check)
    lo = loose(check.text)
    if situation != "filled" and "?" in check.text and _MAY_CALL_AGAIN.search(lo) and check.no_demands:
        return line("rehearsal.contact.may_call_again")
    if "prying" in check.notes:  # "hvem er den anden?" got "Tak, det har vi med i overvejelserne" (a tester)
        return line("rehearsal.contact.cannot_say_who")
    if key == "demand" and "?" not in check.text:
        return line("rehearsal.contact.reproach_heard")  # nothing was asked: nothing to promise or refuse
    day = _WEEKDAY_NAMED.search(lo)
    if situation == "call_back" and key in ("asks_when", "default") and day and ("?" in check.text or "passer" in lo):
        return line("rehearsal.situations.call_back.day_proposed", day=day["day"].capitalize())
    if key in _COMMON_REACTIONS and key not in section(f"rehearsal.situations.{situation}"):
        return line(f"rehearsal.contact.{key}", case)
    return line(f"rehearsal.situations.{situation}.{key}", case)


def _news(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    reply = _reply(state.situation, check, case)
    state.step = "closing"
    if is_goodbye(text, True):
        return f"{reply} {_goodbye_after_reply(check)}", "goodbye"
    return reply, None


def _message(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    if _WHEN_BACK.search(loose(text)) and not state.asked_purpose:
        state.asked_purpose = True  # answered once; asked again, the line is read as the message
        return line("rehearsal.situations.out.when_back", case), None
    has_purpose = check.names_role or check.places_interview or check.asks_status or check.asks_callback \
        or mentions_topic(text, case)
    if is_declining(text) or (is_goodbye(text, False) and not has_purpose):  # "ok nvm jeg lægger på nu hej"
        reply = line("rehearsal.situations.out.declined", case)
    elif not check.no_demands:
        reply = line("rehearsal.situations.out.demand", case)
    elif not has_purpose and not state.asked_purpose:
        state.asked_purpose = True
        return line("rehearsal.situations.out.ask_purpose"), None
    else:
        reply = line("rehearsal.situations.out.noted", case)
    state.step = "closing"
    if is_goodbye(text, True):
        return f"{reply} {_goodbye_after_reply(check)}", "goodbye"
    return reply, None


def _voicemail(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    """The message is recorded as said: the call ends with it."""
    return line("rehearsal.situations.voicemail.saved"), "goodbye"


def _closing(state: RehearsalState, case: FollowUpCase, text: str, check: LineCheck) -> tuple[str, str | None]:
    if is_goodbye(text, True):
        return _farewell(check), "goodbye"
    state.closing_turns += 1
    key = _reaction_key(state.situation, check) if state.situation != "out" else "default"
    if key != "default" or (state.situation != "out" and _MAY_CALL_AGAIN.search(loose(check.text))):
        # a question is answered before the contact has to go (a tester's "hvornår …?" was cut off)
        return _reply(state.situation, check, case), None
    if state.closing_turns >= 2:
        return line("rehearsal.contact.out_of_time"), "limit"
    return line("rehearsal.contact.anything_else"), None


_STEPS: dict[str, Step] = {
    "reception": _reception, "contact": _contact, "news": _news, "message": _message, "closing": _closing,
    "voicemail": _voicemail,
}
