"""The plan, the script, the e-mail, tips and the progress reports, as the user sees them."""

import asyncio

import pytest
from conftest import COMPLETE, make_tracker, run, slot_events, texts
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionCallScript, ActionChannelAdvice, ActionEmail, ActionFollowupPlan, ActionTips
from actions.progress import ActionRecordNoAnswer, ActionRecordRejection
from actions.reminders import ActionReminderAnswer
from actions.tracker_case import news_to_record
from coach.texts import text


def test_plan_gives_the_day_and_the_call_script(dispatcher):
    events = run(ActionFollowupPlan(), make_tracker("ok", slots=COMPLETE), dispatcher)
    said = texts(dispatcher)
    # Deadline Friday 4 December + 4 days = Tuesday 8 December.
    assert slot_events(events)["followup_date"] == "2026-12-08"
    assert "tirsdag den 8. december" in said
    assert "Hej Mette, det er Ole Jensen" in said
    assert "Vis mailen i stedet" in str(dispatcher.messages)


def test_the_first_plan_asks_about_follow_ups_made_unless_they_were_told(dispatcher):
    """s42c: the coach never asked whether the user had followed up already (the brief: it wants to know); a
    tester's three calls came out by chance, after a first-call script."""
    run(ActionFollowupPlan(), make_tracker("ok", slots=COMPLETE), dispatcher)
    assert text("plan.earlier_follow_ups") in texts(dispatcher)
    for said in ("jeg har ikke fulgt op endnu", "ringede i tirsdags men fik ikke fat i hende"):
        told = CollectingDispatcher()
        run(ActionFollowupPlan(), make_tracker("ok", slots=COMPLETE, events=[{"event": "user", "text": said}]), told)
        assert text("plan.earlier_follow_ups") not in texts(told), said


def test_plan_for_email_gives_a_ready_mail_with_mailto(dispatcher):
    run(ActionFollowupPlan(), make_tracker("ok", slots={**COMPLETE, "contact_channel": "email"}), dispatcher)
    said = texts(dispatcher)
    assert "Emne: Re: Jobsamtale onsdag den 25. november kl. 9" in said
    assert "Kære Mette Hansen," in said and "Med venlig hilsen\nOle Jensen" in said
    assert "mailto:?subject=Re%3A%20Jobsamtale" in said


def test_missing_names_are_pointed_out(dispatcher):
    slots = {**COMPLETE, "contact_channel": "email", "contact_name": None, "user_name": None}
    run(ActionFollowupPlan(), make_tracker("ok", slots=slots), dispatcher)
    said = texts(dispatcher)
    assert "[kontaktpersonens navn]" in said and "[dit fulde navn]" in said
    assert "jeg hedder" in said


def test_future_interview_gets_advice_not_a_script(dispatcher):
    events = run(ActionFollowupPlan(), make_tracker("ok", slots={**COMPLETE, "interview_date": "2026-12-03",
                                                                 "deadline": "ingen"}), dispatcher)
    said = texts(dispatcher)
    assert slot_events(events)["followup_date"] is None
    assert "ikke følge op endnu" in said and "Hej Mette" not in said


def test_switching_to_the_email_afterwards(dispatcher):
    events = run(ActionEmail(), make_tracker("kan jeg få en mail i stedet?", "request_email", COMPLETE), dispatcher)
    assert slot_events(events)["contact_channel"] == "email"
    assert "Emne: Re: Jobsamtale" in texts(dispatcher)


def test_switching_to_the_script_afterwards(dispatcher):
    slots = {**COMPLETE, "contact_channel": "email"}
    events = run(ActionCallScript(), make_tracker("hellere ringe", "request_call_script", slots), dispatcher)
    assert slot_events(events)["contact_channel"] == "telefon"
    assert "telefonsvareren" in texts(dispatcher).lower()


def test_artifact_before_the_facts_hands_over_to_the_form(dispatcher):
    events = run(ActionEmail(), make_tracker("skriv en mail", "request_email"), dispatcher)
    assert {"event": "followup", "name": "followup_form"} in [
        {k: e[k] for k in ("event", "name")} for e in events if e.get("event") == "followup"]


def test_tips_differ_between_phone_and_rejection(dispatcher):
    run(ActionTips(), make_tracker("tips", "request_tips", COMPLETE), dispatcher)
    phone_tips = texts(dispatcher)
    other = type(dispatcher)()
    run(ActionTips(), make_tracker("tips", "request_tips", {**COMPLETE, "application_closed": True}), other)
    assert phone_tips != texts(other)
    assert 3 <= phone_tips.count("•") <= 5


def test_channel_advice_names_the_contact(dispatcher):
    run(ActionChannelAdvice(), make_tracker("ringe eller skrive?", "ask_channel_advice", COMPLETE), dispatcher)
    said = texts(dispatcher)
    assert "Mette Hansen" in said and "sociale medier" in said


def test_no_answer_counts_and_moves_the_plan(dispatcher):
    slots = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "2026-11-17"}
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker("jeg ringede i går men fik ikke svar",
                                                                    "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == 1
    assert events["last_attempt_date"] == "2026-11-27"
    # 27 Nov + 3 days = Monday 30 November.
    assert events["followup_date"] == "2026-11-30"


def test_the_day_of_the_last_attempt_counted_adds_none(dispatcher):
    slots = {**COMPLETE, "interview_date": "2026-11-02", "followup_attempts": 2, "last_attempt_date": "2026-11-28"}
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker("den sidste mail sendte jeg i fredags",
                                                                    "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == 2 and events["last_attempt_date"] == "2026-11-27"


def test_the_channel_explained_by_the_follow_ups_made_counts_none(dispatcher):  # S010, after letting go
    slots = {**COMPLETE, "interview_date": "2026-11-10", "followup_attempts": 3, "last_attempt_date": "2026-11-23"}
    events = run(ActionRecordNoAnswer(), make_tracker("jeg har ringet, så telefon", "report_no_answer", slots),
                 dispatcher)
    assert "followup_attempts" not in slot_events(events)
    assert events[-1].get("name") == "action_followup_plan"
    # one more, said with its day, is counted
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker("jeg har ringet igen i dag, så telefon",
                                                                    "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == 4


def test_another_channel_asked_for_because_no_one_answers_is_no_follow_up(dispatcher):  # BC013
    said = "ok men kan du så lave en mail i stedet, tror ikke nogen tager telefonen nu"
    slots = {**COMPLETE, "contact_channel": "email"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in {**COMPLETE}.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said},
              {"event": "slot", "name": "contact_channel", "value": "email"}]
    done = run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", slots, events=events), dispatcher)
    assert done[-1].get("name") == "action_followup_plan" and "followup_attempts" not in slot_events(done)


def test_the_way_the_follow_ups_went_names_the_channel_when_none_is_known(dispatcher):  # BB010, after letting go
    slots = {**COMPLETE, "contact_channel": None, "interview_date": "2026-11-03", "followup_attempts": 3,
             "last_attempt_date": "2026-11-21"}
    events = run(ActionRecordNoAnswer(), make_tracker("Jeg har skrevet mails", "report_no_answer", slots), dispatcher)
    assert slot_events(events) == {"contact_channel": "email"} and events[-1].get("name") == "action_followup_plan"


def test_a_no_told_with_a_call_that_reached_no_one_keeps_that_call(dispatcher):  # AW033
    said = "Jeg ringede i dag uden at få fat i nogen, og så kom der et afslag på mail."
    slots = {**COMPLETE, "followup_attempts": 1, "last_attempt_date": "2026-11-28"}  # read by the facts pass
    events = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()), {"event": "user", "text": said},
              {"event": "slot", "name": "followup_attempts", "value": 1},
              {"event": "slot", "name": "last_attempt_date", "value": "2026-11-28"}]
    told = slot_events(run(ActionRecordRejection(), make_tracker(said, "report_rejection", slots, events=events),
                           dispatcher))
    assert told["application_closed"] is True and "followup_attempts" not in told


def test_the_day_of_the_one_attempt_counted_without_a_day_adds_none(dispatcher):
    slots = {**COMPLETE, "interview_date": "2026-11-03", "followup_attempts": 1, "last_attempt_date": "2026-11-28"}
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker("jeg ringede fredag d. 13.", "report_no_answer",
                                                                    slots), dispatcher))
    assert events["followup_attempts"] == 1 and events["last_attempt_date"] == "2026-11-13"
    again = slot_events(run(ActionRecordNoAnswer(), make_tracker("jeg ringede igen i går", "report_no_answer",
                                                                   slots), dispatcher))
    assert again["followup_attempts"] == 2


@pytest.mark.parametrize("known, last, said, attempts, day", [
    # AE045: the same mail, its day corrected ("jeg kigger lige i sendt-mappen")
    (1, "2026-11-21",
     "øh vent, jeg kigger lige i sendt-mappen... det var d. 24. jeg skrev, ikke d. 21.", 1, "2026-11-24"),
    # U040: a mail on Friday told first, then "ringede jeg også i onsdags": Friday is still the last
    (1, "2026-11-27",
     "og nu jeg tænker over det, så ringede jeg også i onsdags. så det er vel 2 gange", 2, "2026-11-27"),
    # AE014: "har skrevet to gange" first, then their days: the same two
    (2, "2026-11-28",
     "Jeg skrev d. 15. november og igen d. 22. november. Intet svar nogen af gangene.", 2, "2026-11-22"),
    # AE041: recalled with a take-back and "også": one more, not a corrected day
    (1, "2026-11-24",
     "nej vent, jeg ringede faktisk også onsdag d. 25. heller ikke svar dér", 2, "2026-11-25"),
])
def test_follow_ups_told_after_some_were_counted(dispatcher, known, last, said, attempts, day):
    slots = {**COMPLETE, "interview_date": "2026-11-02", "followup_attempts": known, "last_attempt_date": last}
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == attempts and events["last_attempt_date"] == day


def test_mending_an_earlier_follow_ups_day_leaves_the_last_one_standing(dispatcher):
    """BF034: a call and a later mail counted; 'nej vent, det var d. 17/11 jeg ringede' mends the call's day only."""
    slots = {**COMPLETE, "interview_date": "2026-11-02", "followup_attempts": 2, "last_attempt_date": "2026-11-25",
             "last_attempt_channel": "email"}
    said = "nej vent, det var d. 17/11 jeg ringede, d. 16. havde de lukket"
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == 2
    assert events["last_attempt_date"] == "2026-11-25" and events["last_attempt_channel"] == "email"


def test_a_message_left_on_the_answering_machine_is_in_the_next_script(dispatcher):
    """A tester: "ringede i fredags og lagde en besked" came back as "jeg prøvede også at ringe til dig"."""
    slots = {**COMPLETE, "interview_date": "2026-11-16", "contact_channel": "telefon"}
    said = "har ringet til hende i fredags og lagde en besked på telefonsvareren"
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", slots), dispatcher))
    assert events["followup_attempts"] == 1 and events["last_attempt_voicemail"] is True
    assert "lagde også en besked på din telefonsvarer fredag den 27. november" in texts(dispatcher)


def test_second_unanswered_attempt_escalates_to_hr(dispatcher):
    slots = {**COMPLETE, "interview_date": "2026-11-02", "followup_attempts": 1, "last_attempt_date": "2026-11-20"}
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker("intet svar igen", "report_no_answer", slots),
                             dispatcher))
    assert events["followup_attempts"] == 2 and events["followup_date"] is None
    assert "HR" in texts(dispatcher)


def test_rejection_closes_gracefully_and_keeps_the_facts(dispatcher):
    events = slot_events(run(ActionRecordRejection(), make_tracker("de sagde nej", "report_rejection", COMPLETE),
                             dispatcher))
    assert events == {"application_closed": True, "followup_date": None}
    assert "ked af" in texts(dispatcher)


def test_a_no_asked_for_in_the_rehearsal_closes_nothing(dispatcher):
    """A tester's "kan vi øve at jeg får et afslag?" closed her application; "men jeg har IKKE fået et nej" did not
    open it again."""
    events = run(ActionRecordRejection(), make_tracker("kan vi øve at jeg får et afslag?", "report_rejection",
                                                       COMPLETE), dispatcher)
    assert events == [{"event": "followup", "timestamp": None, "name": "action_start_rehearsal"}]
    assert "ked af" not in texts(dispatcher)


def customs(dispatcher, key):
    return [m["custom"][key] for m in dispatcher.messages if (m.get("custom") or {}).get(key)]


def test_plan_offers_the_follow_up_day_as_a_calendar_file(dispatcher):
    run(ActionFollowupPlan(), make_tracker("ok", slots=COMPLETE), dispatcher)
    [ics] = customs(dispatcher, "ics")
    assert ics["filename"] == "opfoelgning-2026-12-08.ics"
    assert "BEGIN:VCALENDAR" in ics["content"] and "DTSTART;VALUE=DATE:20261208" in ics["content"]


def test_the_calendar_file_asked_for_after_the_plan_comes_again(dispatcher):
    """AS021: "kan du sende mig en kalenderfil?" got "Det ændrer ikke din plan"."""
    from actions.advice import ActionSendCalendar
    said = "ok det er lang tid at vente.. men fint. kan du sende mig en kalenderfil?"
    events = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    assert run(ActionSendCalendar(), make_tracker(said, "request_calendar", slots=COMPLETE, events=events),
               dispatcher) == []
    assert texts(dispatcher).strip() == text("advice.calendar.file")
    [ics] = customs(dispatcher, "ics")
    assert ics["filename"] == "opfoelgning-2026-12-08.ics"


@pytest.mark.parametrize("slots, key", [
    ({**COMPLETE, "interview_date": "2026-12-03", "deadline": None}, "before_interview"),
    ({**COMPLETE, "followup_attempts": 2, "last_attempt_date": "2026-11-24"}, "no_day"),  # R5: higher up
    # s32e: after a no, "Skal jeg så stadig sende opfølgningsmailen på tirsdag, den står i min kalender?" got "Din
    # plan har ikke en bestemt dag"
    ({**COMPLETE, "application_closed": True}, "over"), ({**COMPLETE, "job_offered": True}, "over"),
])
def test_a_plan_without_a_day_says_so_when_the_calendar_file_is_asked_for(dispatcher, slots, key):
    from actions.advice import ActionSendCalendar
    run(ActionSendCalendar(), make_tracker("kan jeg få det i min kalender?", "request_calendar", slots=slots),
        dispatcher)
    assert texts(dispatcher) == text(f"advice.calendar.{key}") and customs(dispatcher, "ics") == []


def test_the_calendar_file_asked_for_before_the_facts_starts_the_questions(dispatcher):
    from actions.advice import ActionSendCalendar
    slots = {"interview_date": "2026-11-25"}
    events = run(ActionSendCalendar(), make_tracker("kan du lave en kalenderfil?", "request_calendar", slots=slots),
                 dispatcher)
    assert "stillingen" in texts(dispatcher) and customs(dispatcher, "ics") == []
    assert events == [{"event": "followup", "name": "followup_form", "timestamp": None}]


def test_web_chat_gets_the_email_as_one_copyable_card(dispatcher):
    events = [{"event": "user", "text": "ok", "input_channel": "socketio"}]
    tracker = make_tracker("ok", slots={**COMPLETE, "contact_channel": "email"}, events=events)
    run(ActionFollowupPlan(), tracker, dispatcher)
    [card] = customs(dispatcher, "email")
    assert card["subject"] == "Re: Jobsamtale onsdag den 25. november kl. 9 – kontorchef"
    assert card["text"].startswith("Emne: Re: Jobsamtale") and "Kære Mette Hansen," in card["body"]
    assert card["mailto"].startswith("mailto:?subject=Re%3A")
    assert "Kære Mette Hansen" not in texts(dispatcher)  # not also split into text bubbles


def test_no_calendar_file_when_there_is_no_day(dispatcher):
    slots = {**COMPLETE, "interview_date": "2026-12-03", "deadline": "ingen"}
    run(ActionFollowupPlan(), make_tracker("ok", slots=slots), dispatcher)
    assert customs(dispatcher, "ics") == []


def test_after_a_no_new_facts_get_one_short_answer_not_silence(dispatcher):
    """The application is closed (R9); a later message with facts hears so, once, in one line."""
    from actions.advice import ActionFollowupPlan
    slots = {**COMPLETE, "application_closed": True}
    events = [{"event": "slot", "name": "application_closed", "value": True}, {"event": "user"}]
    run(ActionFollowupPlan(), make_tracker("for to uger siden", slots=slots, events=events), dispatcher)
    assert len(dispatcher.messages) == 1 and "sagt nej" in dispatcher.messages[0]["text"]


def test_tips_asked_before_anything_is_told_are_followed_by_the_first_question(dispatcher):
    """s43b: "Goddag. Jeg har brug for råd angående opfølgning på en jobsamtale." got the tips and no question."""
    events = run(ActionTips(), make_tracker("Goddag. Jeg har brug for råd angående opfølgning på en jobsamtale.",
                                            "request_tips", {}), dispatcher)
    assert events[-1]["name"] == "followup_form" and "den rette dag" in texts(dispatcher)
    later = CollectingDispatcher()
    assert run(ActionTips(), make_tracker("tips", "request_tips", COMPLETE), later) == []


def test_after_a_no_the_contacts_name_told_as_asked_gets_the_reply_with_it(dispatcher):
    """s43b: the reply to the no asked for "min kontakt hedder …", and then said "Du har fortalt mig, at de har sagt
    nej"."""
    from actions.advice import ActionFollowupPlan
    slots = {**COMPLETE, "application_closed": True, "contact_name": "Susanne Berg", "contact_channel": "email"}
    events = [{"event": "slot", "name": "application_closed", "value": True},
              {"event": "slot", "name": "contact_name", "value": None},
              {"event": "user", "text": "min kontakt hedder Susanne Berg"},
              {"event": "slot", "name": "contact_name", "value": "Susanne Berg"}]
    run(ActionFollowupPlan(), make_tracker("min kontakt hedder Susanne Berg", slots=slots, events=events), dispatcher)
    assert "Kære Susanne Berg," in texts(dispatcher) and "sagt nej, så der er ikke mere" not in texts(dispatcher)


def test_asking_when_to_follow_up_in_the_middle_of_the_questions_says_what_the_day_waits_for(dispatcher):
    from actions.questions import ActionPlanPending

    tracker = make_tracker("er det for tidligt at ringe allerede nu?", intent="request_plan",
                           slots={"interview_date": "2026-11-19", "company": "Espresso House"},
                           active_loop="followup_form")
    asyncio.run(ActionPlanPending().run(dispatcher, tracker, {}))
    said = texts(dispatcher)
    assert "stillingen, om du vil ringe eller skrive og om de sagde, hvornår de svarer" in said
    assert "dagen for samtalen" not in said


def test_a_call_answered_with_a_new_day_after_the_plan_moves_the_plan_and_counts_no_attempt(dispatcher):
    said = "har lige ringet, hun sagde de ringer i næste uge"
    tracker = make_tracker(said, "report_no_answer", {**COMPLETE, "followup_date": "2026-11-30"})
    events = run(ActionRecordNoAnswer(), tracker, dispatcher)
    assert [e["name"] for e in events if e.get("event") == "followup"] == ["followup_form"]
    assert not [e for e in events if e.get("name") == "followup_attempts"]
    assert texts(dispatcher) == text("reminders.new_answer_day")


def _after_a_no(said, told):
    """A turn after the case was closed on a no: the closed case's slots, the message, what it told."""
    closed = {**COMPLETE, "application_closed": True}
    events = [{"event": "slot", "name": k, "value": v} for k, v in closed.items()]
    events += [{"event": "user", "text": said}] + [{"event": "slot", "name": k, "value": v} for k, v in told.items()]
    return make_tracker(said, slots={**closed, **told}, events=events)


def test_another_application_after_a_no_starts_its_own_questions(dispatcher):
    said = "men nu var jeg så til en ny samtale i torsdags, hos Normal som salgsassistent"
    told = {"interview_date": "2026-11-26", "company": "Normal", "role": "salgsassistent"}
    slots = slot_events(events := run(ActionFollowupPlan(), _after_a_no(said, told), dispatcher))
    assert text("plan.new_application") in texts(dispatcher)
    assert slots["application_closed"] is False and events[-1]["name"] == "followup_form"
    assert slots["deadline"] is None and slots["contact_name"] is None and slots["contact_channel"] is None
    assert "company" not in slots and "user_name" not in slots  # told now; the user's own


def test_more_about_the_closed_application_gets_no_new_plan(dispatcher):
    run(ActionFollowupPlan(), _after_a_no("de sagde at den anden havde mere erfaring", {}), dispatcher)
    assert texts(dispatcher) == text("plan.closed_already")


def test_a_fact_added_before_the_interview_is_noted_without_the_advice_again(dispatcher):
    """AA035: "samtale på mandag", then "det er en elevplads som kontorelev hos Nykredit"."""
    said = "det er en elevplads som kontorelev hos Nykredit"
    events = [{"event": "slot", "name": "interview_date", "value": "2026-11-30"},
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said},
              {"event": "slot", "name": "role", "value": "kontorelev"}]
    slots = {"interview_date": "2026-11-30", "role": "kontorelev", "company": "Nykredit"}
    run(ActionFollowupPlan(), make_tracker(said, slots=slots, events=events), dispatcher)
    assert texts(dispatcher) == text("plan.noted_before_interview", day="mandag den 30. november")
    moved = make_tracker("nej den er først på tirsdag", slots={**slots, "interview_date": "2026-12-01"},
                         events=events + [{"event": "slot", "name": "interview_date", "value": "2026-12-01"}])
    later = CollectingDispatcher()
    run(ActionFollowupPlan(), moved, later)
    assert text("plan.noted_before_interview", day="tirsdag den 1. december") not in texts(later)
    assert "1. december" in texts(later)  # a new day: the advice again, with it




def _after_the_mail(said, slots):
    """A tracker after the plan with the mail, whose latest message told nothing new unless `slots` did."""
    known = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-11-27"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said},
              *({"event": "slot", "name": k, "value": v} for k, v in slots.items())]
    return make_tracker(said, slots={**known, **slots}, events=events)


@pytest.mark.parametrize("said", ["ok jeg skriver til hende nu", "super, så sender jeg den lige nu"])
def test_about_to_write_after_the_mail_is_wished_luck_not_shown_the_plan_again(dispatcher, said):
    """The newcomer trial: after the mail, "ok jeg skriver til hende nu" was read as facts (the form, then
    the plan) and got the whole plan and the mail again."""
    from actions.conversation import ActionWishLuck
    events = run(ActionWishLuck(), _after_the_mail(said, {}), dispatcher)
    assert texts(dispatcher) == text("reminders.going_now") and "Emne:" not in texts(dispatcher)
    assert slot_events(events) == {}  # nothing counted before it is done


def _after_wishing_luck(said, before="ok jeg skriver til hende nu"):
    """The plan with the mail, then `before` ("ok jeg skriver til hende nu": luck wished), then `said`."""
    known = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-11-27"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": before},
              {"event": "action", "name": "action_wish_luck"},
              {"event": "action", "name": "action_listen"}, {"event": "user", "text": said}]
    return make_tracker(said, "report_no_answer", slots=known, events=events)


@pytest.mark.parametrize("said", ["ingen svar", "så er den sendt", "hun svarede ikke"])
def test_a_short_report_after_luck_wished_is_the_follow_up_announced(dispatcher, said):
    """"ingen svar" right after "ok jeg skriver til hende nu" tells how that mail went: counted today, with
    no question whether the user followed up at all."""
    tracker = _after_wishing_luck(said)
    assert news_to_record(tracker) == "action_record_no_answer"  # whatever the NLU guessed
    events = run(ActionRecordNoAnswer(), tracker, dispatcher)
    assert slot_events(events)["followup_attempts"] == 1
    assert slot_events(events)["last_attempt_date"] == "2026-11-28"
    assert text("form.progress.ask_attempt") not in texts(dispatcher)


def test_one_more_mail_told_in_passing_is_counted_on_top(dispatcher):
    said = "for resten sendte jeg en til i mandags. stadig ingenting"  # AP025, after one mail counted
    known = {**COMPLETE, "contact_channel": "email", "followup_attempts": 1, "last_attempt_date": "2026-11-18",
             "followup_date": "2026-11-27"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    slots = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", known, events=events),
                            dispatcher))
    assert slots["followup_attempts"] == 2 and slots["last_attempt_date"] == "2026-11-23"  # Monday


def test_a_message_left_told_after_the_call_is_that_call(dispatcher):
    said = "lagde en besked"  # AP028: right after "ringede, telefonsvarer", counted today
    known = {**COMPLETE, "followup_attempts": 1, "last_attempt_date": "2026-11-28", "followup_date": "2026-12-01"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    slots = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", known, events=events),
                            dispatcher))
    assert slots["followup_attempts"] == 1  # not a second follow-up (R5 would send the user higher up)


def test_a_no_the_same_day_as_the_mail_counted_answers_that_mail(dispatcher):
    said = "hun svarede lige! de har valgt en anden, men vil gerne gemme min ansøgning"  # AM045, after "sendt"
    known = {**COMPLETE, "contact_channel": "email", "followup_attempts": 1, "last_attempt_date": "2026-11-28"}
    slots = slot_events(run(ActionRecordRejection(), make_tracker(said, "report_rejection", known), dispatcher))
    assert slots["application_closed"] is True and slots["followup_attempts"] == 0
    earlier = {**known, "last_attempt_date": "2026-11-20"}  # a no days after a follow-up counted before
    assert "followup_attempts" not in slot_events(run(ActionRecordRejection(),
                                                      make_tracker(said, "report_rejection", earlier),
                                                      CollectingDispatcher()))


def test_a_cold_answer_right_after_the_call_told_answers_that_call(dispatcher):
    """AG030: "jeg ringede faktisk i går for at høre nyt", then "hun var meget kort for hovedet …": the call was
    answered, coldly; "har ringet to gange uden svar", then a no, leaves the two unanswered."""
    def after(told, said):
        known = {**COMPLETE, "followup_attempts": 1, "last_attempt_date": "2026-11-27"}
        events = [{"event": "user", "text": told}, {"event": "slot", "name": "followup_attempts", "value": 1},
                  {"event": "action", "name": "action_listen"}, {"event": "user", "text": said}]
        return make_tracker(said, "report_rejection", known, events=events)
    cold = "hun var meget kort for hovedet og virkede slet ikke interesseret"
    answered = slot_events(run(ActionRecordRejection(), after("jeg ringede faktisk i går for at høre nyt", cold),
                               dispatcher))
    assert answered["followup_attempts"] == 0
    unanswered = slot_events(run(ActionRecordRejection(), after("har ringet i går uden svar", cold),
                                 CollectingDispatcher()))
    assert "followup_attempts" not in unanswered


@pytest.mark.parametrize("said", ["ingen svar", "stadig intet svar"])
def test_no_answer_told_with_no_follow_up_announced_is_asked_about(dispatcher, said):
    """s41c: "stadig intet svar" two days before the plan's day recorded a follow-up "søndag den 6. december"."""
    events = run(ActionRecordNoAnswer(), _after_wishing_luck(said, before="tak for mailen"), dispatcher)
    assert "followup_attempts" not in slot_events(events)
    assert texts(dispatcher) == text("form.progress.ask_attempt")  # no news from them, or a follow-up?


@pytest.mark.parametrize("said, intent", [("Ja, uden svar", "report_no_answer"), ("ja", "affirm"),
                                          ("jep har skrevet i fredags", "inform")])
def test_a_yes_to_the_question_whether_a_follow_up_was_made_counts_it(dispatcher, said, intent):
    """s38a: typing the button's title, "Ja, uden svar", got the same question again and again; "ja" got "Er der
    andet, jeg kan hjælpe med?", and the follow-up was never counted."""
    before = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": "stadig intet svar"},
              {"event": "bot", "text": text("form.progress.ask_attempt")}, {"event": "user", "text": said}]
    tracker = make_tracker(said, intent, slots=COMPLETE, events=before)
    if intent == "affirm":  # the rules send a yes after action_record_no_answer to the reminder's answer
        assert run(ActionReminderAnswer(), tracker, CollectingDispatcher())[-1]["name"] == "action_record_no_answer"
    events = slot_events(run(ActionRecordNoAnswer(), tracker, dispatcher))
    assert events["followup_attempts"] == 1 and text("form.progress.ask_attempt") not in texts(dispatcher)


@pytest.mark.parametrize("said, intent", [("Nej, ikke endnu", "reminder_snooze"), ("/deny", "deny"),
                                          ("nej ikke endnu", "reminder_snooze")])
def test_a_no_to_the_question_whether_a_follow_up_was_made_keeps_the_plans_day(dispatcher, said, intent):
    """s41b: the button's title "Nej, ikke endnu" typed got "Undskyld, det forstod jeg ikke helt" (the classifier
    reads it as putting a reminder off)."""
    from actions.conversation import ActionFactsFirst
    from actions.reminders import ActionReminderSnooze
    slots = {**COMPLETE, "followup_date": "2026-12-07"}
    before = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "user", "text": "stadig intet svar"},
              {"event": "bot", "text": text("form.progress.ask_attempt")}, {"event": "user", "text": said}]
    action = ActionReminderSnooze() if intent == "reminder_snooze" else ActionFactsFirst()
    assert run(action, make_tracker(said, intent, slots=slots, events=before), dispatcher) == []
    assert texts(dispatcher) == text("form.progress.not_yet", day="mandag den 7. december")


def test_a_question_about_the_sign_off_gets_the_advice_and_the_mails_own_lines(dispatcher):
    from actions.user_questions import ActionAnswerMailForm
    said = "og hvad skriver jeg under med, bare fornavn?"  # AM037, after the mail
    events = run(ActionAnswerMailForm(), _after_the_mail(said, {}), dispatcher)
    assert texts(dispatcher).startswith(text("advice.mail_form.sign_off"))
    assert "Med venlig hilsen\nOle Jensen" in texts(dispatcher) and not slot_events(events)


def test_a_question_about_the_greeting_with_the_contacts_name_gets_the_advice_then_the_mail_to_her(dispatcher):
    from actions.user_questions import ActionAnswerMailForm
    said = "og skal jeg skrive kære eller hej til hende? hun hed Lone Bech"  # newcomer trial
    events = run(ActionAnswerMailForm(), _after_the_mail(said, {"contact_name": "Lone Bech"}), dispatcher)
    assert texts(dispatcher) == text("advice.mail_form.greeting")
    assert events == [{"event": "followup", "name": "action_followup_plan", "timestamp": None}]  # the mail, to her


def test_a_question_about_the_mail_with_the_follow_up_on_its_way_gets_the_answer_then_luck(dispatcher):
    from actions.user_questions import ActionAnswerMailForm
    said = "ok jeg sender den nu. skal hendes chef have cc?"  # AM045
    run(ActionAnswerMailForm(), _after_the_mail(said, {}), dispatcher)
    assert texts(dispatcher) == "\n".join((text("advice.mail_form.copy"), text("reminders.going_now")))
    # and "sendt" next is that mail, sent
    assert news_to_record(_after_wishing_luck("sendt", before=said)) == "action_record_no_answer"


def test_a_sooner_day_proposed_after_the_plan_gets_the_plans_day_and_why(dispatcher):
    from actions.user_questions import ActionAnswerFollowupDay
    said = "kan jeg ikke bare skrive på mandag i stedet?"  # Monday 30 November; the plan: R1, Tuesday 8 December
    events = run(ActionAnswerFollowupDay(), _after_the_mail(said, {}), dispatcher)
    assert texts(dispatcher).startswith("Vent helst til tirsdag den 8. december.") and not events


def test_a_day_proposed_before_the_case_is_known_waits_for_the_questions(dispatcher):
    from actions.user_questions import ActionAnswerFollowupDay
    tracker = make_tracker("kan jeg ikke bare ringe i morgen?", "ask_followup_day", {"interview_date": "2026-11-25"})
    events = run(ActionAnswerFollowupDay(), tracker, dispatcher)
    assert texts(dispatcher) == text("plan.proposed_day.no_plan_yet")
    assert events == [{"event": "followup", "name": "followup_form", "timestamp": None}]


def test_about_to_call_instead_of_the_mail_gets_the_call_script(dispatcher):
    from actions.conversation import ActionWishLuck
    said = "nej jeg ringer hellere til hende nu"
    tracker = _after_the_mail(said, {"contact_channel": "telefon"})
    assert run(ActionWishLuck(), tracker, dispatcher) == [
        {"event": "followup", "name": "action_followup_plan", "timestamp": None}]  # the changed case first
    run(ActionFollowupPlan(), tracker, dispatcher)
    assert "Hej Mette" in texts(dispatcher) and text("reminders.going_now") not in texts(dispatcher)


@pytest.mark.parametrize("said, intent, channel", [
    ("hvad skal jeg sige til sidst i samtalen?", "request_call_script", "email"),  # AI027: no choice of channel
    ("lav et opkaldsmanuskript", "request_call_script", "telefon"),  # the words choose it
    ("/request_call_script", "request_call_script", "telefon"),  # so does the button
])
def test_a_request_before_the_interview_keeps_the_channel_the_user_chose(dispatcher, said, intent, channel):
    slots = {"interview_date": "2026-12-03", "role": "kontorassistent", "contact_channel": "email"}
    events = run(ActionCallScript(), make_tracker(said, intent, slots), dispatcher)
    assert slot_events(events).get("contact_channel", "email") == channel
    assert "Spørg til sidst i samtalen" in texts(dispatcher)


def test_a_question_about_the_answering_machine_is_answered_with_the_scripts_line_and_counts_no_call(dispatcher):
    from actions.user_questions import ActionAnswerWhatIf
    said = "skal jeg lægge en besked hvis han ikke tager den?"  # newcomer trial, after the script
    events = run(ActionAnswerWhatIf(), make_tracker(said, "ask_what_if",
                                                       {**COMPLETE, "followup_date": "2026-12-08"}), dispatcher)
    assert texts(dispatcher).startswith(text("advice.what_if.voicemail"))
    assert "Hej Mette, det er Ole Jensen. Jeg var til samtale hos jer onsdag" in texts(dispatcher)  # the example
    assert not slot_events(events) and "Sådan kan du sige det" not in texts(dispatcher)


@pytest.mark.parametrize("said, advice, line", [
    ("hvad hvis han siger de har valgt en anden?", "advice.what_if.rejected", "writing.rejection.line"),  # AK041
    ("hvis hun siger at de ikke har besluttet sig endnu, hvad så?", "advice.what_if.not_decided",
     "writing.call_script.if_not_decided"),
])
def test_a_question_about_what_may_happen_in_the_call_is_answered_and_closes_nothing(dispatcher, said, advice, line):
    from actions.user_questions import ActionAnswerWhatIf
    events = run(ActionAnswerWhatIf(), make_tracker(said, "ask_what_if", {**COMPLETE, "followup_date": "2026-12-08"}),
                 dispatcher)
    assert texts(dispatcher).startswith(text(advice)) and text(line) in texts(dispatcher)
    assert not slot_events(events)  # no no recorded, no call counted


def test_another_offer_gets_advice_and_ends_nothing(dispatcher):
    """Testers: "hvad hvis jeg har fået et andet jobtilbud?" got "Hvor godt, at du har fået svar! Jeg sender ikke
    flere påmindelser", and "… skal svare dem på onsdag" became this employer's new day."""
    from actions.user_questions import ActionAnswerWhatIf
    said = "fået et andet jobtilbud fra Cowi og skal svare dem på onsdag, hvad gør jeg?"
    events = run(ActionAnswerWhatIf(), make_tracker(said, "ask_what_if", {**COMPLETE, "followup_date": "2026-12-08"}),
                 dispatcher)
    assert "andet tilbud" in texts(dispatcher) and "ikke som et krav" in texts(dispatcher)
    assert not slot_events(events)


def test_a_question_about_the_answering_machine_before_the_case_is_known_gets_the_answer_without_a_day(dispatcher):
    from actions.user_questions import ActionAnswerWhatIf
    run(ActionAnswerWhatIf(), make_tracker("skal jeg lægge en besked?", "ask_what_if", {}), dispatcher)
    assert texts(dispatcher) == "\n".join((text("advice.what_if.voicemail"),
                                           text("advice.what_if.after.again_unplanned")))


def test_a_question_about_no_answer_to_the_mail_gets_the_days_and_records_nothing(dispatcher):
    from actions.user_questions import ActionAnswerWhatIf
    said = "skal jeg også ringe hvis han ikke svarer på mail?"  # newcomer trial, after the mail
    slots = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-12-10"}
    events = run(ActionAnswerWhatIf(), make_tracker(said, "ask_what_if", slots), dispatcher)
    # R1: the answer day Friday 4 December + 4 days; R4: three days after that follow-up
    assert "følg op tirsdag den 8. december" in texts(dispatcher)
    assert "tidligst fredag den 11. december" in texts(dispatcher)
    assert not slot_events(events)  # nothing happened yet: no follow-up counted


def test_whom_to_ask_for_after_the_script_gets_the_advice_and_the_scripts_words_for_the_switchboard(dispatcher):
    """The twentieth session's newcomer trial: the question got the plan's day instead."""
    from actions.user_questions import ActionAnswerMailForm
    said = "hvem skal jeg spørge efter hvis det ikke er hende der tager den?"
    known = {**COMPLETE, "contact_channel": "telefon", "followup_date": "2026-11-27"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    events = run(ActionAnswerMailForm(), make_tracker(said, "ask_mail_form", slots=known, events=events), dispatcher)
    assert texts(dispatcher).startswith(text("advice.mail_form.ask_for"))
    assert "Vil du stille mig om til" in texts(dispatcher) and not slot_events(events)


def test_a_fear_of_a_no_closes_nothing_and_asks_nothing(dispatcher):
    """AU045: "jeg stammede helt vildt, tror ikke jeg fik den" was asked "Har de sagt nej til dig?"."""
    said = "jeg stammede helt vildt, tror ikke jeg fik den"
    events = run(ActionRecordRejection(), make_tracker(said, "report_rejection", slots=COMPLETE), dispatcher)
    assert events == [] and texts(dispatcher) == text("form.feelings.doubt")
    dispatcher.messages.clear()
    before_the_plan = make_tracker(said, "report_rejection", slots={"interview_date": "2026-11-20"})
    events = run(ActionRecordRejection(), before_the_plan, dispatcher)
    assert events == [{"event": "followup", "name": "followup_form", "timestamp": None}]  # the form says the word


def _after_the_before_interview_plan(said, intent):
    slots = {"interview_date": "2026-12-02", "role": "junior udvikler", "company": "Trustpilot"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    return make_tracker(said, intent, slots=slots, events=events)


def test_what_to_do_after_the_interview_asked_before_it_is_answered(dispatcher):
    """AU029: "ok. men hvad skal jeg så gøre efter samtalen?" got "Det ændrer ikke din plan"."""
    run(ActionFollowupPlan(), _after_the_before_interview_plan("ok. men hvad skal jeg så gøre efter samtalen?",
                                                               "request_plan"), dispatcher)
    assert texts(dispatcher) == text("plan.after_the_interview")


def test_nerves_before_the_interview_get_a_word_not_the_plan_unchanged(dispatcher):
    """AU042: "jeg er allerede nervøs haha" got "Det ændrer ikke din plan"."""
    run(ActionFollowupPlan(), _after_the_before_interview_plan("jeg er allerede nervøs haha", "inform"), dispatcher)
    assert texts(dispatcher) == text("form.feelings.nervous_before")


def test_what_now_after_letting_go_gets_the_plan_in_short(dispatcher):
    """AS036: "Hvad gør jeg så nu?" after the plan to let go got "Det ændrer ikke din plan"."""
    slots = {**COMPLETE, "followup_attempts": 3, "last_attempt_date": "2026-11-25"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": "Hvad gør jeg så nu?"}]
    run(ActionFollowupPlan(), make_tracker("Hvad gør jeg så nu?", "request_plan", slots=slots, events=events),
        dispatcher)
    assert texts(dispatcher).startswith(text("plan.when.let_go").split("{")[0])


def test_a_fact_told_after_letting_go_is_noted_not_the_whole_advice_again(dispatcher):
    """AX007: "mail ja" after the plan to let go repeated the plan and its tips."""
    slots = {**COMPLETE, "contact_channel": None, "deadline": None, "followup_attempts": 3,
             "last_attempt_date": "2026-11-25"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": "mail ja"},
              {"event": "slot", "name": "contact_channel", "value": "email"}]
    tracker = make_tracker("mail ja", "inform", slots={**slots, "contact_channel": "email"}, events=events)
    run(ActionFollowupPlan(), tracker, dispatcher)
    assert texts(dispatcher) == text("plan.noted_let_go")
    # a fourth follow-up counted changes nothing either; one fewer would (R5 escalates after two)
    tracker.events[-1] = {"event": "slot", "name": "followup_attempts", "value": 2}
    tracker.slots.update(contact_channel=None, followup_attempts=2)
    later = CollectingDispatcher()
    run(ActionFollowupPlan(), tracker, later)
    assert text("plan.noted_let_go") not in texts(later)


@pytest.mark.parametrize("made, told", [(0, "ikke fulgt op endnu"), (1, "fulgt op én gang"), (2, "fulgt op 2 gange")])
def test_asked_how_many_follow_ups_were_made_the_count_is_told(dispatcher, made, told):
    """s32e: "hvor mange gange har jeg fulgt op nu? og hvor mange gange må jeg ringe mere" got the plan, no count."""
    said = "hvor mange gange har jeg fulgt op nu? og hvor mange gange må jeg ringe mere"
    slots = {**COMPLETE, "followup_attempts": made, "last_attempt_date": "2026-11-25" if made else None}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, "request_plan", slots=slots, events=events), dispatcher)
    assert told in dispatcher.messages[0]["text"] and len(dispatcher.messages) == 2  # the count, then the plan


def test_the_count_after_an_answer_says_they_answered_not_that_none_was_made(dispatcher):
    """A tester called, heard "not decided yet" (the count starts again), then asked how many times: "Så vidt jeg
    ved, har du ikke fulgt op endnu"."""
    said = "hvor mange gange har jeg fulgt op?"
    slots = {**COMPLETE, "followup_attempts": 0, "last_answer_date": "2026-11-26"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, "request_plan", slots=slots, events=events), dispatcher)
    told = dispatcher.messages[0]["text"]
    assert "fik svar torsdag den 26. november" in told and "ikke fulgt op endnu" not in told


@pytest.mark.parametrize("said", ["hmm", "?", "øh"])
def test_a_hesitation_after_the_plan_is_invited_to_ask(dispatcher, said):
    """AT011, AT044: "hmm" after the plan got "Det ændrer ikke din plan"."""
    events = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, "inform", slots=COMPLETE, events=events), dispatcher)
    assert texts(dispatcher) == text("plan.unclear")


def test_a_message_received_without_its_words_is_asked_for_not_taken_for_a_no(dispatcher):
    """The newcomer trial: "fik lige den her sms" got "Har de sagt nej til dig?"."""
    events = run(ActionRecordRejection(), make_tracker("fik lige den her sms", "report_rejection", slots=COMPLETE),
                 dispatcher)
    assert events == [] and texts(dispatcher) == text("form.progress.what_they_wrote")


def test_practising_the_interview_before_it_is_told_what_the_coach_practises(dispatcher):  # BC043
    from actions.rehearsal import ActionStartRehearsal
    slots = {"interview_date": "2026-12-03", "role": "kontorelev"}  # ahead of Saturday 28 November
    events = run(ActionStartRehearsal(), make_tracker("kan vi øve samtalen", "request_rehearsal", slots), dispatcher)
    assert texts(dispatcher) == text("rehearsal.not_the_interview")
    assert events == [{"event": "followup", "timestamp": None, "name": "action_listen"}]
    later = CollectingDispatcher()  # the call, asked for, is played
    slots = {**COMPLETE, "interview_date": "2026-12-03"}
    events = run(ActionStartRehearsal(), make_tracker("kan vi øve opkaldet", "request_rehearsal", slots), later)
    assert any(e.get("name") == "rehearsal_state" for e in events)


def test_a_rehearsal_stopped_with_a_request_answers_the_request_after_the_summary(dispatcher):
    """s42a: "stop, jeg vil hellere se mailen" was answered in the role; a plain "stop" asks for nothing more."""
    from actions.rehearsal import ActionAfterRehearsal
    run(ActionAfterRehearsal(), make_tracker("stop, jeg vil hellere se mailen", "request_email", COMPLETE), dispatcher)
    assert "Emne: " in texts(dispatcher) and "Kære Mette Hansen" in texts(dispatcher)
    plain = CollectingDispatcher()
    assert run(ActionAfterRehearsal(), make_tracker("stop", "request_email", COMPLETE), plain) == []
    assert plain.messages == []


def test_after_two_follow_ups_the_call_practised_goes_to_hr_not_the_same_contact(dispatcher):
    """s39c: the plan said "ikke til Lene Dahl", and "Øv opkaldet" then played Lene Dahl (R5)."""
    from actions.rehearsal import ActionStartRehearsal
    slots = {**COMPLETE, "interview_date": "2026-11-02", "followup_attempts": 2, "last_attempt_date": "2026-11-20"}
    run(ActionStartRehearsal(), make_tracker("øv opkaldet", "request_rehearsal", slots), dispatcher)
    assert "Mette" not in texts(dispatcher)


def test_a_rehearsal_asked_for_with_the_facts_is_offered_after_the_plan(dispatcher):
    """A tester: "yo kan vi lige practice et opkald? var til interview i torsdags som barista…" got the whole plan
    and no word of the rehearsal."""
    said = "yo kan vi lige practice et opkald? var til interview i torsdags"
    run(ActionFollowupPlan(), make_tracker(said, "inform", slots=COMPLETE), dispatcher)
    said_last = dispatcher.messages[-1]
    assert said_last["text"] == text("rehearsal.after_the_plan")  # the last word, with the buttons under it
    assert text("advice.anything_more") not in texts(dispatcher)
    plain = CollectingDispatcher()
    run(ActionFollowupPlan(), make_tracker("det var i torsdags", "inform", slots=COMPLETE), plain)
    assert text("rehearsal.after_the_plan") not in texts(plain)


def test_the_plan_without_an_interview_day_asks_for_it_instead_of_failing(dispatcher):
    """BH003: 'hejsa, jeg har fået en jobsamtale!!' heard as news of an answer sent the turn to the plan with no
    interview day; the user got 'en del af mig svarer ikke'. Now the form asks when it is."""
    events = run(ActionFollowupPlan(), make_tracker("hejsa 🙂 jeg har fået en jobsamtale!!", "report_answer",
                                                    slots={"interview_ahead": True}), dispatcher)
    assert events == [{"event": "followup", "name": "followup_form", "timestamp": None}]


def test_an_interview_ahead_whose_day_is_not_set_gets_the_advice_for_before_it(dispatcher):
    """BH010: 'har en samtale snart men ved ikke hvornår endnu', then 'de skal lige finde en dato'."""
    slots = {"interview_ahead": True, "interview_day_unset": True}
    run(ActionFollowupPlan(), make_tracker("de skal lige finde en dato", slots=slots), dispatcher)
    assert text("plan.reason.before_interview_undated") in texts(dispatcher)
    assert text("plan.next_step.before_interview") in texts(dispatcher)


def test_the_same_call_told_again_by_its_date_adds_none(dispatcher):
    """A tester's "opkaldet d. 27. november er det samme som det i fredags, jeg har kun ringet den ene gang" was
    counted as a second call, and every correction after it as one more."""
    slots = {**COMPLETE, "interview_date": "2026-11-10", "followup_attempts": 1, "last_attempt_date": "2026-11-27",
             "last_attempt_channel": "telefon"}
    said = "opkaldet d. 27. november er det samme som det i fredags, jeg har kun ringet den ene gang"
    events = slot_events(run(ActionRecordNoAnswer(), make_tracker(said, "report_no_answer", slots), dispatcher))
    assert events.get("followup_attempts", 1) == 1 and events.get("last_attempt_date", "2026-11-27") == "2026-11-27"
    again = run(ActionRecordNoAnswer(), make_tracker("nej, jeg har kun fulgt op EN gang. ikke to", "report_no_answer",
                                                     {**slots, "last_attempt_date": "2026-11-28"}), dispatcher)
    assert slot_events(again) == {"followup_attempts": 1, "last_attempt_date": "2026-11-28"}
    assert again[-1]["name"] == "action_followup_plan"


def test_a_follow_up_answered_with_no_decision_yet_leads_round_no_circle(dispatcher):
    """A tester's "Jeg skrev til hende onsdag den 2. december og hun SVAREDE samme dag (ikke besluttet endnu …)"
    went answer → plan → no answer → answer … until Rasa's circuit breaker tripped; every later message, "glem mig"
    too, got no reply."""
    from actions.tracker_case import news_to_record
    said = ("Nej, det er forkert. Jeg skrev til hende onsdag den 2. december og hun SVAREDE samme dag (ikke besluttet "
            "endnu, vender tilbage i næste uge). Jeg har ikke skrevet noget i dag.")
    turn = [{"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said},
            {"event": "action", "name": "action_report_answer"}]
    tracker = make_tracker(said, "report_answer", {**COMPLETE, "followup_date": "2026-12-15"}, events=turn)
    assert news_to_record(tracker) is None
    assert run(ActionRecordNoAnswer(), tracker, dispatcher) == []


def test_a_no_taken_back_gets_the_plan_again_not_unchanged(dispatcher):
    """s31b: "jeg har IKKE fået afslag. det var en misforståelse" reopened the application, and got "Det ændrer ikke
    din plan" with no plan."""
    said = "jeg har IKKE fået afslag. det var en misforståelse"
    events = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()),
              {"event": "action", "name": "action_followup_plan"},
              {"event": "slot", "name": "application_closed", "value": True},
              {"event": "user", "text": said}, {"event": "slot", "name": "application_closed", "value": False}]
    tracker = make_tracker(said, "report_rejection", slots={**COMPLETE, "application_closed": False}, events=events)
    run(ActionFollowupPlan(), tracker, dispatcher)
    assert text("plan.unchanged") not in texts(dispatcher) and "Følg op" in texts(dispatcher)


@pytest.mark.parametrize("said", ["jeg ved ikke hendes navn. hun er butikschef.",
                                  "jeg kender ikke navnet paa kontaktperson. hvad skal jeg skrive?"])
def test_not_knowing_the_contacts_name_is_told_how_to_do_without_it(dispatcher, said):
    """s32c: four ways of saying it got "Det ændrer ikke din plan" and the "[kontaktpersonens navn]" gap stayed."""
    slots = {**COMPLETE, "contact_name": None}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, "inform", slots=slots, events=events), dispatcher)
    assert "„Hej,“" in texts(dispatcher) and "hovednummeret hos Novo Nordisk" in texts(dispatcher)


@pytest.mark.parametrize("said", ["Lone", "lone"])
def test_a_name_alone_after_the_plan_is_asked_whose_it_is(dispatcher, said):
    """The trial: "Lone" after a plan that lacked both names got the whole plan and script again, the name unused."""
    slots = {**COMPLETE, "contact_name": None, "user_name": None}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    named = [{"entity": "contact_name", "value": said, "start": 0, "end": len(said)}]
    run(ActionFollowupPlan(), make_tracker(said, "inform", slots=slots, entities=named, events=events), dispatcher)
    assert texts(dispatcher) == text("plan.whose_name", name="Lone")  # not the plan again
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ["min kontakt hedder Lone", "jeg hedder Lone"]


def test_a_question_the_coach_cannot_answer_after_the_plan_is_told_so_not_sent_the_plan_again(dispatcher):
    """s32a: "skal jeg ikke nævne at det var 2. samtale? og de var jo 3 i panelet, hvem skal jeg ringe til" got the
    whole call script again, with neither question answered."""
    said = "skal jeg ikke nævne at det var 2. samtale? og de var jo 3 i panelet, hvem skal jeg ringe til"
    events = [*({"event": "slot", "name": k, "value": v} for k, v in COMPLETE.items()),
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, "inform", slots=COMPLETE, events=events), dispatcher)
    said_back = texts(dispatcher)
    assert said_back.startswith(text("plan.question_unknown")) and "Sådan kan du sige det" not in said_back


def test_asked_whether_the_thank_you_counts_as_a_follow_up_the_answer_is_no(dispatcher):
    """s33c: "tæller min takkemail fra fredag som en opfølgning?" got a second thank-you mail."""
    from actions.advice import ActionThankYou
    said = "tæller min takkemail fra fredag som en opfølgning?"
    run(ActionThankYou(), make_tracker(said, "request_thank_you", slots=COMPLETE), dispatcher)
    assert texts(dispatcher).startswith(text("advice.thanks_no_follow_up")) and "Emne:" not in texts(dispatcher)


def test_a_thank_you_asked_for_before_the_channel_is_given_at_once(dispatcher):
    """s33d: "Jeg vil gerne sende en takkemail" got "ringe eller mail?" back, twice; a thank-you is a mail whatever
    the follow-up's channel, and the questions for the follow-up come after it."""
    from actions.advice import ActionThankYou
    slots = {"interview_date": "2026-11-27", "role": "tømrer", "contact_name": "Poul Jensen"}
    events = run(ActionThankYou(), make_tracker("Jeg vil gerne sende en takkemail", "request_thank_you", slots=slots),
                 dispatcher)
    assert "Kære Poul Jensen" in texts(dispatcher) and "Tak for" in texts(dispatcher)
    assert events[-1] == {"event": "followup", "name": "followup_form", "timestamp": None}


def test_what_re_means_in_the_subject_is_explained(dispatcher):
    """s33c: "hvad betyder Re: i emnet?" (heard as a question about the mail's form) got the advice on the subject."""
    from actions.user_questions import ActionAnswerMailForm
    said = "hvad betyder Re: i emnet?"
    run(ActionAnswerMailForm(), make_tracker(said, "ask_mail_form", slots=COMPLETE), dispatcher)
    assert texts(dispatcher) == text("form.meaning.reply_mark")


def test_when_to_follow_up_asked_with_the_story_gets_the_day_and_the_questions_go_on(dispatcher):
    """s41c: "… lederen sagde vi faar svar inden jul. hvornaar skal jeg skrive til hende hvis jeg ikke hoerer noget?"
    got "et par dage efter den dag, de lovede svar" (no day, the interview and the answer day told), then nothing."""
    from actions.user_questions import ActionAnswerWhatIf
    said = "hvornaar skal jeg skrive til hende hvis jeg ikke hoerer noget?"
    slots = {"interview_date": "2026-11-24", "role": "pædagog", "deadline": "2026-12-23"}
    events = run(ActionAnswerWhatIf(), make_tracker(said, "ask_what_if", slots), dispatcher)
    assert "mandag den 28. december" in texts(dispatcher)
    assert events[-1] == {"event": "followup", "name": "followup_form", "timestamp": None}


@pytest.mark.parametrize("said", ["øv, hun ringede lige. de har valgt en anden",
                                  "øv de ringede lige nu, de har valgt en anden"])
def test_a_sigh_before_a_no_is_no_wish_to_practise_it(dispatcher, said):
    """BE013, V010 (blind conversations): "øv" as a sigh started the role-play of a no, and nothing was closed."""
    events = slot_events(run(ActionRecordRejection(), make_tracker(said, "report_rejection", COMPLETE), dispatcher))
    assert events["application_closed"] is True and "Nu øver vi" not in texts(dispatcher)


def test_more_told_after_a_cold_contact_is_not_called_a_no(dispatcher):
    """AU017 (blind) and s41a: after "hun lød virkelig ligeglad" the coach said "Du har fortalt mig, at de har sagt
    nej", which no one had."""
    cold = "jeg ringede til dem i går for at følge op og hun lød virkelig ligeglad"
    said = "det var som ekspedient i en boghandel"
    closed = {**COMPLETE, "application_closed": True}
    events = [{"event": "user", "text": cold}, *({"event": "slot", "name": k, "value": v} for k, v in closed.items()),
              {"event": "user", "text": said}]
    run(ActionFollowupPlan(), make_tracker(said, slots=closed, events=events), dispatcher)
    assert texts(dispatcher) == text("plan.closed_already_cold")
