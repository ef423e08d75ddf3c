"""action_validate_slot_mappings: every message gives its facts to the case, whatever the dialogue does
next, and the NLU's entity values are cleaned outside the form too."""

import asyncio

import pytest
from conftest import COMPLETE, make_tracker, slot_events, texts
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionFactsFirst, ActionOutOfScope, ActionStartOver
from actions.slot_mappings import ValidateSlotMappings
from actions.tracker_case import REQUIRED_SLOTS
from coach.texts import text

DOMAIN = {"forms": {"followup_form": {"required_slots": list(REQUIRED_SLOTS)}}}


def facts_pass(tracker, dispatcher):
    events = asyncio.run(ValidateSlotMappings().run(dispatcher, tracker, DOMAIN))
    return slot_events(events)


def turn(text, intent="inform", before=None, set_by_nlu=None, **kwargs):
    """A tracker as action_extract_slots hands it over: the slots before the message, the user's
    message, then the values the NLU's entity mappings set."""
    before = before or {}
    set_by_nlu = set_by_nlu or {}
    events = [{"event": "slot", "name": k, "value": v} for k, v in before.items()]
    events.append({"event": "user", "text": text})
    events += [{"event": "slot", "name": k, "value": v} for k, v in set_by_nlu.items()]
    return make_tracker(text, intent=intent, slots={**before, **set_by_nlu}, events=events, **kwargs)


def after_the_plan(text, before, intent="inform"):
    """A turn after the plan was given: the report actions, not the facts pass, record attempts."""
    tracker = turn(text, intent=intent, before=before)
    tracker.events.insert(0, {"event": "action", "name": "action_followup_plan"})
    return tracker


def test_a_question_in_the_middle_of_the_form_still_gives_its_facts(dispatcher):
    """Rasa resumes a form after a question without reading the message again: the pass reads it."""
    tracker = turn("skriver en mail, feels less awkward", intent="request_email",
                   before={"interview_date": "2026-11-24", "requested_slot": "role"}, active_loop="followup_form")
    slots = facts_pass(tracker, dispatcher)
    assert slots["contact_channel"] == "email"
    assert "requested_slot" not in slots  # the form's question is the form's business
    assert dispatcher.messages == []


def test_the_main_story_misread_as_small_talk_keeps_its_date(dispatcher):
    slots = facts_pass(turn("jeg har lige været til samtale for 20 min siden", intent="nlu_fallback"), dispatcher)
    assert slots["interview_date"] == "2026-11-28"


def test_a_bare_date_before_any_question_is_the_interview(dispatcher):
    slots = facts_pass(turn("3/11-2026", intent="nlu_fallback"), dispatcher)
    assert slots["interview_date"] == "2026-11-03"


def test_a_deadline_said_with_a_complaint_is_still_the_deadline(dispatcher):
    """The NLU hears the complaint (a question to the coach); the date after the interview is the deadline."""
    tracker = turn("de sagde uge 49. kan vi ikke bare komme videre, jeg har travlt", intent="out_of_scope",
                   before={"interview_date": "2026-11-24", "role": "kok", "contact_channel": "email",
                           "requested_slot": "deadline"}, active_loop="followup_form")
    assert facts_pass(tracker, dispatcher)["deadline"] == "2026-12-04"


def test_the_interview_question_is_left_to_the_form(dispatcher):
    """While the coach asks for the interview, an uncued date in a longer message is not guessed here."""
    tracker = turn("hmm det må have været onsdag tror jeg", before={"requested_slot": "interview_date"},
                   active_loop="followup_form")
    assert "interview_date" not in facts_pass(tracker, dispatcher)


def test_an_nlu_value_that_is_no_channel_keeps_the_channel(dispatcher):
    tracker = turn("Mange tak. Bør jeg skrive direkte til fru Kjær?", intent="ask_channel_advice",
                   before={**COMPLETE, "contact_channel": "email"}, set_by_nlu={"contact_channel": "Mange"})
    assert facts_pass(tracker, dispatcher)["contact_channel"] == "email"


@pytest.mark.parametrize("said, tagged, kept", [
    ("hov, jeg prøvede faktisk at ringe i går, men ingen svarede", "telefon", "email"),  # AS045: what was done
    ("har skrevet to gange uden svar, nu vil jeg hellere ringe", "telefon", "telefon"),  # what comes next
])
def test_a_follow_up_told_after_the_plan_keeps_the_mail_unless_another_channel_is_chosen(dispatcher, said, tagged,
                                                                                         kept):
    tracker = after_the_plan(said, {**COMPLETE, "contact_channel": "email"})
    tracker.events.append({"event": "slot", "name": "contact_channel", "value": tagged})  # the NLU's entity
    tracker.slots["contact_channel"] = tagged
    assert facts_pass(tracker, dispatcher)["contact_channel"] == kept


def test_a_pronoun_never_becomes_the_contact(dispatcher):
    tracker = turn("snakkede med lederen Sanne. Hun sagde jeg ville høre fra dem", set_by_nlu={"contact_name": "Hun"})
    assert facts_pass(tracker, dispatcher)["contact_name"] == "Sanne"


def test_a_title_in_passing_does_not_replace_the_role(dispatcher):
    tracker = turn("Jeg vil helst skrive en e-mail til kontorchef Henrik Lund", before={"role": "sekretær"},
                   set_by_nlu={"role": "kontorchef"})
    assert facts_pass(tracker, dispatcher)["role"] == "sekretær"


def test_a_rehearsal_line_is_no_fact(dispatcher):
    tracker = turn("Hej, det er Karina Holm, jeg ringer om stillingen som kok", before={"contact_name": "Mette"},
                   set_by_nlu={"contact_name": "Karina Holm"}, active_loop="rehearsal_form")
    assert facts_pass(tracker, dispatcher) == {"contact_name": "Mette"}


def test_after_the_plan_an_attempt_is_left_to_the_report_action(dispatcher):
    before = {**COMPLETE, "followup_attempts": 0}
    tracker = after_the_plan("jeg ringede i dag men fik ikke fat i nogen", before, intent="report_no_answer")
    assert "followup_attempts" not in facts_pass(tracker, dispatcher)


@pytest.mark.parametrize("text, last", [
    ("mailen var den sidste, den sendte jeg onsdag i sidste uge", "2026-11-18"),  # one counted, dated
    ("jeg har faktisk også prøvet HR i torsdags, heller ingen svar", None),  # a new one: the report action's
])
def test_after_the_plan_only_the_day_of_an_attempt_counted_is_read(dispatcher, text, last):
    before = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "2026-11-13", "followup_attempts": 2,
              "last_attempt_date": "2026-11-28"}
    slots = facts_pass(after_the_plan(text, before), dispatcher)
    assert slots.get("last_attempt_date") == last and "followup_attempts" not in slots


def test_after_the_plan_the_count_said_again_corrects_it(dispatcher):  # AU039, after letting go (R5)
    before = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "ingen", "followup_attempts": 3,
              "last_attempt_date": "2026-11-28"}
    said = "sidste gang var i torsdags. nej vent, det var faktisk fire gange i alt"
    slots = facts_pass(after_the_plan(said, before), dispatcher)
    assert slots["followup_attempts"] == 4 and slots["last_attempt_date"] == "2026-11-26"


@pytest.mark.parametrize("said", ["Jeg har IKKE fulgt op endnu. Ingen opfølgning.", "jeg har fulgt op 0 gange",
                                  "Nej, jeg har ikke sendt noget endnu! Jeg mente at jeg har skrevet mit navn"])
def test_after_the_plan_a_follow_up_recorded_by_mistake_is_taken_back(dispatcher, said):
    """A tester's "Jeg skrev jo mit navn" was counted as a follow-up; nothing she wrote took it back, and the coach
    went on to write "Jeg skrev til dig søndag" and then an escalation to HR."""
    before = {**COMPLETE, "followup_attempts": 1, "last_attempt_date": "2026-11-28"}
    slots = facts_pass(after_the_plan(said, before), dispatcher)
    assert slots["followup_attempts"] == 0


def test_words_typed_to_the_coach_are_no_follow_up(dispatcher):
    before = {**COMPLETE}
    slots = facts_pass(after_the_plan("Hvorfor står der [dit fulde navn]? Jeg skrev jo mit navn.", before), dispatcher)
    assert "followup_attempts" not in slots


def test_after_the_plan_a_count_corrected_right_after_it_was_told_is_the_count(dispatcher):  # AY008
    before = {**COMPLETE, "interview_date": "2026-11-05", "deadline": "2026-11-13", "company": "Bravida"}
    said = "nej vent, kun én gang til Bravida, den anden gang var til et andet firma. det var i torsdags"
    events = [*({"event": "slot", "name": k, "value": v} for k, v in before.items()),
              {"event": "action", "name": "action_followup_plan"},
              {"event": "user", "text": "jeg har ringet to gange uden svar"},
              {"event": "slot", "name": "followup_attempts", "value": 2},
              {"event": "slot", "name": "last_attempt_date", "value": "2026-11-28"},
              {"event": "action", "name": "action_record_no_answer"},
              {"event": "user", "text": said}]
    tracker = make_tracker(said, "inform", slots={**before, "followup_attempts": 2, "last_attempt_date": "2026-11-28"},
                           events=events)
    slots = facts_pass(tracker, dispatcher)
    assert slots["followup_attempts"] == 1 and slots["last_attempt_date"] == "2026-11-26"


def test_after_the_plan_a_role_corrected_by_name_is_the_role(dispatcher):  # AY004
    before = {**COMPLETE, "role": "sygeplejerske"}
    said = "Rollen er i øvrigt faktisk social- og sundhedsassistent, ikke sygeplejerske. Det blandede jeg sammen."
    assert facts_pass(after_the_plan(said, before), dispatcher)["role"] == "social- og sundhedsassistent"


def test_before_the_plan_an_attempt_is_counted(dispatcher):
    slots = facts_pass(turn("var til samtale d. 10/11, har ringet to gange, sidst i torsdags"), dispatcher)
    assert slots["followup_attempts"] == 2 and slots["last_attempt_date"] == "2026-11-26"


def test_a_message_misread_as_start_over_keeps_the_case(dispatcher):
    tracker = turn("kom lige hjem fra jobsamtale", intent="start_over", before={"role": "kok"},
                   set_by_nlu={"interview_date": "2026-11-28"})
    events = asyncio.run(ActionStartOver().run(dispatcher, tracker, DOMAIN))
    assert not any(e.get("event") == "restart" for e in events)
    assert {"event": "followup", "name": "followup_form"} in [{k: e.get(k) for k in ("event", "name")}
                                                              for e in events]


def test_start_over_when_the_user_says_so(dispatcher):
    events = asyncio.run(ActionStartOver().run(dispatcher, turn("kan vi starte forfra?", intent="start_over"), DOMAIN))
    assert [e["event"] for e in events] == ["restart"]  # nothing told yet: nothing to lose, no question
    assert "forfra" in dispatcher.messages[0]["text"]
    # s41b: "… er glemt." and nothing more: the first question comes with it
    assert dispatcher.messages[0]["text"].endswith(text("form.questions.interview_date"))


def test_starting_over_with_a_case_told_asks_first_and_a_plain_yes_wipes_it(dispatcher):
    """s31b: "start forfra" wiped a tester's plan at once ("Alt, hvad du havde fortalt mig, er glemt")."""
    events = asyncio.run(ActionStartOver().run(dispatcher, turn("start forfra", intent="start_over",
                                                                before={"role": "kok"}), DOMAIN))
    assert events == [] and dispatcher.messages[0]["text"] == text("form.confirm_start_over")
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/start_over"
    asked = [{"event": "bot", "text": text("form.confirm_start_over")}]
    for said, intent, wiped in (("ja", "affirm", True), ("ja, men hvad med min plan?", "affirm", False),
                                ("/start_over", "start_over", True)):
        tracker = turn(said, intent=intent, before={"role": "kok"})
        tracker.events[:0] = asked
        done = asyncio.run(ActionStartOver().run(CollectingDispatcher(), tracker, DOMAIN))
        assert any(e.get("event") == "restart" for e in done) is wiped, said


def test_starting_over_with_one_thing_asks_before_wiping_the_case(dispatcher):
    """A tester's "Kan du starte forfra med det?" about the follow-ups counted wiped everything she had told."""
    events = asyncio.run(ActionStartOver().run(dispatcher, turn("Kan du starte forfra med det?", intent="start_over",
                                                                before={"role": "kok"}), DOMAIN))
    assert not any(e.get("event") == "restart" for e in events)
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/start_over"


@pytest.mark.parametrize("said", ["stop", "hold op", "jeg gider ikke mere"])
def test_stop_in_the_questions_is_a_pause_that_keeps_the_case(dispatcher, said):
    """s41: "stop" and "hold op" in the middle of the questions asked the question again; as #14 asks, the user
    can leave the questions, and nothing told is lost or asked to be wiped."""
    tracker = turn(said, intent="start_over", before={"role": "kok"}, active_loop="followup_form")
    events = asyncio.run(ActionStartOver().run(dispatcher, tracker, DOMAIN))
    assert events == [] and texts(dispatcher) == text("form.paused")
    empty = CollectingDispatcher()
    asyncio.run(ActionStartOver().run(empty, turn(said, intent="start_over", active_loop="followup_form"), DOMAIN))
    assert texts(empty) == text("form.paused_nothing_told")


def test_a_question_about_starting_over_is_answered_and_wipes_nothing(dispatcher):
    """A tester: "men mister jeg så planen for Lone hvis jeg starter forfra?" -> "Så starter vi forfra", plan gone."""
    events = asyncio.run(ActionStartOver().run(dispatcher, turn(
        "men mister jeg så planen for Lone hvis jeg starter forfra?", intent="start_over", before={"role": "kok"}),
        DOMAIN))
    assert not any(e.get("event") == "restart" for e in events)
    assert "glemmer jeg alt" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/start_over"


def test_an_unclear_intent_alone_asks_before_starting_over(dispatcher):
    events = asyncio.run(ActionStartOver().run(dispatcher, turn("øh", intent="start_over", before={"role": "kok"}),
                                               DOMAIN))
    assert events == []  # nothing wiped: the user hears how, and gets a button
    assert "start forfra" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/start_over"


def test_thanks_with_a_fact_goes_on_with_the_case(dispatcher):
    tracker = turn("tak, det var i tirsdags", intent="thank", set_by_nlu={"interview_date": "2026-11-24"})
    events = asyncio.run(ActionFactsFirst().run(dispatcher, tracker, DOMAIN))
    assert events[0]["name"] == "followup_form" and dispatcher.messages == []


def test_an_unclear_opening_about_an_interview_starts_the_questions(dispatcher):
    """'Jeg var til jobsamtale for vel en uges tid siden og er i tvivl …' read as nlu_fallback: the rough
    day fills no slot yet, but the form has a question about it, not 'try saying'."""
    text = "Goddag. Jeg var til jobsamtale for vel en uges tid siden og er i tvivl om, hvornår jeg skal ringe."
    events = asyncio.run(ActionFactsFirst().run(dispatcher, turn(text, intent="nlu_fallback"), DOMAIN))
    assert events[0]["name"] == "followup_form" and dispatcher.messages == []


def test_thanks_alone_leaves_the_reply_to_the_rule(dispatcher):
    events = asyncio.run(ActionFactsFirst().run(dispatcher, turn("tak", intent="thank", before=COMPLETE), DOMAIN))
    assert events == [] and dispatcher.messages == []


def test_a_cold_reply_told_after_the_plan_closes_however_the_nlu_read_it(dispatcher):
    text = "svaret var meget kort og koldt, nærmest som om hun var ligeglad. skal jeg overhovedet ringe?"
    events = asyncio.run(ActionFactsFirst().run(dispatcher, turn(text, intent="nlu_fallback", before=COMPLETE), DOMAIN))
    assert events[0]["name"] == "action_record_rejection"
    closed = {**COMPLETE, "application_closed": True}
    told_again = turn(text, intent="nlu_fallback", before=closed)
    assert asyncio.run(ActionFactsFirst().run(dispatcher, told_again, DOMAIN)) == []


def test_a_guessed_rejection_asks_before_closing_the_application(dispatcher):
    from actions.progress import ActionRecordRejection
    tracker = turn("hun lød lidt travl i telefonen", intent="report_rejection", before=COMPLETE)
    events = asyncio.run(ActionRecordRejection().run(dispatcher, tracker, DOMAIN))
    assert events == []  # nothing closed
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/report_rejection", "/deny"]


def test_a_rejection_in_words_closes_at_once(dispatcher):
    from actions.progress import ActionRecordRejection
    tracker = turn("de har valgt en anden kandidat", intent="report_rejection", before=COMPLETE)
    assert slot_events(asyncio.run(ActionRecordRejection().run(dispatcher, tracker, DOMAIN)))["application_closed"]


def test_a_guessed_cancel_asks_before_deleting_reminders(dispatcher):
    from actions.reminders import ActionCancelReminders
    tracker = turn("kan du rykke påmindelsen", intent="cancel_reminder", before=COMPLETE)
    assert asyncio.run(ActionCancelReminders().run(dispatcher, tracker, DOMAIN)) == []
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/cancel_reminder"


def asked_channel_then(text, before, dispatcher):
    """The facts pass, then the form, on an answer to "ringe eller mail?": the slots the form sets."""
    from actions.followup_form import ValidateFollowupForm
    before = {**before, "requested_slot": "contact_channel"}
    read = facts_pass(turn(text, before=before, active_loop="followup_form"), dispatcher)
    tracker = turn(text, before=before, set_by_nlu=read, active_loop="followup_form")
    return slot_events(asyncio.run(ValidateFollowupForm().run(dispatcher, tracker, DOMAIN)))


def test_an_answer_with_a_what_if_question_fills_the_slot_and_answers_the_question(dispatcher):
    """AA017: "telefon. men hvad hvis de ikke tager telefonen?" answers the channel question; Rasa goes on with
    the form, so no rule would answer what was asked too."""
    from actions.followup_form import ValidateFollowupForm
    said = "telefon. men hvad hvis de ikke tager telefonen?"
    before = {"interview_date": "2026-11-25", "role": "butikschef", "requested_slot": "contact_channel"}
    entity = {"contact_channel": "telefon"}  # the domain's mapping from the NLU's entity
    read = facts_pass(turn(said, "ask_what_if", before=before, set_by_nlu=entity, active_loop="followup_form"),
                      dispatcher)
    tracker = turn(said, "ask_what_if", before=before, set_by_nlu={**entity, **read}, active_loop="followup_form")
    events = slot_events(asyncio.run(ValidateFollowupForm().run(dispatcher, tracker, DOMAIN)))
    assert events["contact_channel"] == "telefon" and events["requested_slot"] == "deadline"
    assert text("advice.what_if.voicemail") in texts(dispatcher)


def test_the_form_repeats_what_the_facts_pass_read_so_rasa_keeps_the_turn(dispatcher):
    """Rasa rejects a form that extracted nothing while it asked, and its fallback rewinds the whole turn:
    the attempts the facts pass counted would be lost, and the user would hear "Undskyld"."""
    events = asked_channel_then("Jeg har fulgt op 2 gange nu, sidst i onsdags, og der er total stilhed",
                                {"interview_date": "2026-11-02", "role": "bogholder"}, dispatcher)
    assert events["followup_attempts"] == 2 and events["requested_slot"] == "contact_channel"
    # after three (R5, let go) the channel changes nothing: the form is done
    events = asked_channel_then("Jeg har fulgt op 3 gange nu, sidst i onsdags, og der er total stilhed",
                                {"interview_date": "2026-11-02", "role": "bogholder"}, dispatcher)
    assert events["followup_attempts"] == 3 and events["requested_slot"] is None


def test_mails_already_sent_answer_how_to_follow_up(dispatcher):
    """Asked "ringe eller mail?", "jeg har skrevet mails" tells the way they follow up: not the question again."""
    events = asked_channel_then("jeg har skrevet mails", {"interview_date": "2027-07-12", "role": "tjener"}, dispatcher)
    assert events["contact_channel"] == "email" and events["requested_slot"] != "contact_channel"


def test_a_follow_up_told_with_its_day_leaves_the_channel_question_open(dispatcher):
    """"jeg skrev til recruiteren i fredags. ingen svar" reports what happened; "ringe denne gang" comes next."""
    events = asked_channel_then("jeg skrev til recruiteren, Line Møller, i fredags. ingen svar",
                                {"interview_date": "2026-11-10", "role": "administrativ medarbejder"}, dispatcher)
    assert events["followup_attempts"] == 1 and events["requested_slot"] == "contact_channel"


def test_the_core_fallback_keeps_the_turn(dispatcher):
    """No rewind: the facts this message gave stay, and the case goes on when it told something."""
    from actions.conversation import ActionDefaultFallback
    events = asyncio.run(ActionDefaultFallback().run(dispatcher, turn("øhm", intent="nlu_fallback"), DOMAIN))
    assert events == [] and dispatcher.messages[0]["response"] == "utter_default"
    told = turn("kom lige hjem fra jobsamtale", intent="nlu_fallback", set_by_nlu={"interview_date": "2026-11-28"})
    assert asyncio.run(ActionDefaultFallback().run(CollectingDispatcher(), told, DOMAIN))[0]["name"] == "followup_form"


def test_a_deadline_taken_back_right_after_it_was_read_is_no_deadline(dispatcher):
    before = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "2026-12-04"}
    text = "nej ved du hvad, jeg kan ikke huske det præcist"
    events = [{"event": "user", "text": "de sagde noget med starten af næste måned"},
              {"event": "slot", "name": "deadline", "value": "2026-12-04"},
              {"event": "action", "name": "action_followup_plan"}, {"event": "user", "text": text}]
    tracker = make_tracker(text, intent="deny", slots=before, events=events)
    assert facts_pass(tracker, dispatcher)["deadline"] == "ingen"


def test_no_to_a_reminder_that_changed_the_case_gives_the_new_plan(dispatcher):
    from actions.reminders import ActionReminderAnswer
    tracker = turn("nej ved du hvad, jeg kan ikke huske det præcist", intent="deny", before=COMPLETE,
                   set_by_nlu={"deadline": "ingen"})
    events = asyncio.run(ActionReminderAnswer().run(dispatcher, tracker, DOMAIN))
    assert {"event": "followup", "name": "action_followup_plan"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]


def test_the_interview_month_said_again_keeps_the_known_day(dispatcher):
    before = {"interview_date": "2026-11-03", "role": "kok", "contact_channel": "email", "requested_slot": "deadline"}
    tracker = turn("nej det kan ikke passe, samtalen var jo i november", before=before, active_loop="followup_form")
    assert "interview_date" not in facts_pass(tracker, dispatcher)


def test_a_no_to_something_else_keeps_the_deadline(dispatcher):
    before = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "2026-12-04"}
    text = "nej jeg har ikke fulgt op endnu"
    events = [{"event": "user", "text": "de ville svare d. 4/12"},
              {"event": "slot", "name": "deadline", "value": "2026-12-04"}, {"event": "user", "text": text}]
    tracker = make_tracker(text, intent="deny", slots=before, events=events)
    assert "deadline" not in facts_pass(tracker, dispatcher)


def test_an_attempt_told_after_the_plan_is_recorded_however_the_nlu_read_it(dispatcher):
    from actions.advice import ActionFollowupPlan
    before = {**COMPLETE, "followup_attempts": 2, "last_attempt_date": "2026-11-20"}
    tracker = after_the_plan("jeg har faktisk også prøvet HR i torsdags, heller ingen svar", before)
    events = asyncio.run(ActionFollowupPlan().run(dispatcher, tracker, DOMAIN))
    assert events == [{"event": "followup", "timestamp": None, "name": "action_record_no_answer"}]


def test_a_no_asked_about_after_the_plan_closes_nothing(dispatcher):
    tracker = turn("hvad gør jeg hvis hun lyder uinteresseret?", intent="nlu_fallback", before=COMPLETE)
    assert asyncio.run(ActionFactsFirst().run(dispatcher, tracker, DOMAIN)) == []


@pytest.mark.parametrize("said, pause", [
    ("øhh vent lige 2 min, min kat har væltet en kop", True),
    ("hvordan bliver vejret i morgen?", False),
])
def test_a_pause_read_as_out_of_scope_gets_time(dispatcher, said, pause):
    asyncio.run(ActionOutOfScope().run(dispatcher, turn(said, intent="out_of_scope"), DOMAIN))
    message = dispatcher.messages[0]
    assert (message.get("text") == text("form.take_your_time")) is pause
    assert (message.get("response") == "utter_out_of_scope") is not pause


def test_how_an_attempt_in_the_opening_went_is_kept_whatever_the_intent(dispatcher):
    """'har mailet dem én gang' then a call: the second call's script must not say it called before."""
    said = "hej. var til jobsamtale som lagerchef hos Coop i mandags, har mailet dem én gang i går uden svar"
    slots = facts_pass(turn(said, intent="report_no_answer"), dispatcher)
    assert (slots["followup_attempts"], slots["last_attempt_channel"]) == (1, "email")


def test_a_channel_chosen_with_a_question_gets_the_new_plan_not_advice(dispatcher):
    """AE029: 'kan du ikke lave en mail i stedet, jeg hader at ringe' after the phone plan, read as a question
    about which channel: the facts pass chose e-mail, so the plan follows in that channel."""
    from actions.advice import ActionChannelAdvice
    tracker = after_the_plan("kan du ikke lave en mail i stedet, jeg hader at ringe", before=COMPLETE,
                             intent="ask_channel_advice")
    tracker.events.append({"event": "slot", "name": "contact_channel", "value": "email"})
    tracker.slots["contact_channel"] = "email"
    events = asyncio.run(ActionChannelAdvice().run(dispatcher, tracker, DOMAIN))
    assert events[0]["name"] == "action_followup_plan" and dispatcher.messages == []


def test_a_question_about_the_channel_gets_advice(dispatcher):
    from actions.advice import ActionChannelAdvice
    tracker = after_the_plan("skal jeg ringe eller skrive?", before=COMPLETE, intent="ask_channel_advice")
    assert asyncio.run(ActionChannelAdvice().run(dispatcher, tracker, DOMAIN)) == []
    assert "Fik du et telefonnummer" in dispatcher.messages[0]["text"]


def test_what_do_you_think_once_the_way_is_chosen_is_no_question_about_the_channel(dispatcher):
    from actions.advice import ActionChannelAdvice
    tracker = after_the_plan("Hvad synes du?", before=COMPLETE, intent="ask_channel_advice")
    assert asyncio.run(ActionChannelAdvice().run(dispatcher, tracker, DOMAIN)) == []
    assert dispatcher.messages[0]["text"] == text("plan.unclear")


def test_a_vague_answer_day_taken_back_after_the_plan_is_no_date(dispatcher):
    """AA044: 'de sagde noget med i starten af det nye år', the plan, then 'nej ikke nogen bestemt dato'."""
    before = {**COMPLETE, "deadline": None}
    tracker = make_tracker("nej ikke nogen bestemt dato", intent="deny", slots={**before, "deadline": "2027-01-08"},
                           events=[*({"event": "slot", "name": k, "value": v} for k, v in before.items()),
                                   {"event": "user", "text": "de sagde noget med i starten af det nye år"},
                                   {"event": "slot", "name": "deadline", "value": "2027-01-08"},
                                   {"event": "action", "name": "action_followup_plan"},
                                   {"event": "user", "text": "nej ikke nogen bestemt dato"}])
    assert facts_pass(tracker, dispatcher).get("deadline") == "ingen"


def test_a_plan_told_with_a_question_about_it_gets_advice(dispatcher):
    """'jeg tænker at ringe til dem bagefter, er det en god ide?': the channel is noted, the question answered."""
    from actions.advice import ActionChannelAdvice
    tracker = after_the_plan("jeg tænker at ringe til dem bagefter, er det en god ide?",
                             before={**COMPLETE, "contact_channel": "email"}, intent="ask_channel_advice")
    tracker.events.append({"event": "slot", "name": "contact_channel", "value": "telefon"})
    tracker.slots["contact_channel"] = "telefon"
    assert asyncio.run(ActionChannelAdvice().run(dispatcher, tracker, DOMAIN)) == []
    assert "telefonnummer" in dispatcher.messages[0]["text"]


def test_the_hour_of_the_interview_told_later_keeps_its_day(dispatcher):
    said = "hvad skriver jeg i emnefeltet, samtalen var kl 10"  # AP013, a Saturday after the plan
    before = {"interview_date": "2026-11-23", "role": "social- og sundhedsassistent", "contact_channel": "email",
              "deadline": "ingen", "followup_date": "2026-12-01"}
    slots = facts_pass(after_the_plan(said, before, "ask_mail_form"), dispatcher)
    assert slots.get("interview_time") == "10:00" and "interview_date" not in slots


@pytest.mark.parametrize("said", ["ved ikke", "ingen dato", "det sagde de ikke noget konkret om",
                                  "det sagde de vist ikke. nej det gjorde de ikke"])  # AX007
def test_the_answer_day_told_unasked_after_letting_go_is_taken_as_meant(dispatcher, said):
    """AT010, AU020, AV033: after three unanswered follow-ups the day is never asked, yet users answer it."""
    before = {"interview_date": "2026-11-02", "role": "truckfører", "followup_attempts": 4,
              "last_attempt_date": "2026-11-24", "contact_channel": "telefon"}
    assert facts_pass(after_the_plan(said, before), dispatcher)["deadline"] == "ingen"


def test_an_unasked_ved_ikke_before_letting_go_is_no_answer_day(dispatcher):
    before = {"interview_date": "2026-11-02", "role": "truckfører", "followup_attempts": 1,
              "last_attempt_date": "2026-11-24", "contact_channel": "telefon"}
    assert "deadline" not in facts_pass(after_the_plan("ved ikke", before), dispatcher)


def test_a_correction_right_after_a_follow_ups_day_corrects_that_day_not_the_answer_day(dispatcher):
    """AW031: "nej vent, det var tirsdag" after "har ringet en gang uden svar, sidst i onsdags" moved the deadline."""
    before = {**COMPLETE, "interview_date": "2026-11-10", "interview_time": None, "deadline": "2026-11-16"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in before.items()),
              {"event": "action", "name": "action_followup_plan"},
              {"event": "user", "text": "har ringet en gang uden svar, sidst i onsdags"},
              {"event": "slot", "name": "followup_attempts", "value": 1},
              {"event": "slot", "name": "last_attempt_date", "value": "2026-11-25"},
              {"event": "action", "name": "action_record_no_answer"},
              {"event": "user", "text": "nej vent, det var tirsdag"}]
    slots = {**before, "followup_attempts": 1, "last_attempt_date": "2026-11-25"}
    tracker = make_tracker("nej vent, det var tirsdag", "inform", slots=slots, events=events)
    found = facts_pass(tracker, dispatcher)
    assert found.get("last_attempt_date") == "2026-11-24" and "deadline" not in found


def test_an_answer_day_that_belonged_to_another_application_is_none_after_all(dispatcher):  # AY014
    before = {**COMPLETE, "company": "Vestas", "deadline": "2026-12-04"}
    said = "undskyld jeg blander det sammn, d. 4/12 var min anden ansøgning hos Siemens Gamesa. Vestas sagde ikke " \
           "noget om hvornår"
    slots = facts_pass(after_the_plan(said, before), dispatcher)
    assert slots["deadline"] == "ingen" and slots.get("company", "Vestas") == "Vestas"


def test_the_count_corrected_with_a_bare_number_after_the_plan(dispatcher):  # AY016
    before = {**COMPLETE, "interview_date": "2026-11-03", "deadline": "ingen", "followup_attempts": 2,
              "last_attempt_date": "2026-11-28"}
    slots = facts_pass(after_the_plan("nej tre, sidst i mandags. de tager den aldrig 🙄", before), dispatcher)
    assert slots["followup_attempts"] == 3 and slots["last_attempt_date"] == "2026-11-23"


def test_a_count_corrected_with_a_forgotten_first_one_keeps_the_last_day(dispatcher):  # AY041
    before = {**COMPLETE, "interview_date": "2026-11-03", "deadline": "2026-11-13", "followup_attempts": 2,
              "last_attempt_date": "2026-11-24"}
    said = "nej det er tre gange, jeg glemte den foerste mail i november"
    slots = facts_pass(after_the_plan(said, before), dispatcher)
    assert slots["followup_attempts"] == 3 and slots.get("last_attempt_date", "2026-11-24") == "2026-11-24"


def test_a_channel_changed_with_a_no_after_a_follow_up_keeps_its_day(dispatcher):  # K025
    before = {**COMPLETE, "interview_date": "2026-11-16", "deadline": "2026-11-20", "followup_attempts": 1,
              "last_attempt_date": "2026-11-27"}
    slots = facts_pass(after_the_plan("nej ved du hvad, jeg skriver hellere en mail i stedet", before), dispatcher)
    assert slots["contact_channel"] == "email" and "last_attempt_date" not in slots and "followup_attempts" not in slots


def test_a_bare_date_after_the_attempts_answers_the_interview_question(dispatcher):  # AZ026
    before = {"followup_attempts": 4, "last_attempt_date": "2026-11-27", "requested_slot": "interview_date"}
    events = [{"event": "user", "text": "Jeg har ringet 4 gange nu, sidst i går"},
              *({"event": "slot", "name": k, "value": v} for k, v in before.items()),
              {"event": "user", "text": "d. 5/11"}]
    tracker = make_tracker("d. 5/11", slots=before, events=events, active_loop="followup_form")
    slots = facts_pass(tracker, dispatcher)
    assert slots.get("last_attempt_date", "2026-11-27") == "2026-11-27"


@pytest.mark.parametrize("said, chosen", [
    ("telefon. hvem skal jeg spørge efter?", "telefon"),  # the newcomer trial, after the mail
    ("Mail? Hvad skal der stå i den?", None),  # a question about the channel chooses nothing
])
def test_a_channel_opening_a_question_after_the_plan(dispatcher, said, chosen):
    before = {**COMPLETE, "contact_channel": "telefon" if chosen is None else "email"}
    slots = facts_pass(after_the_plan(said, before, "ask_mail_form"), dispatcher)
    assert slots.get("contact_channel", before["contact_channel"]) == (chosen or before["contact_channel"])


def test_the_day_a_thank_you_mail_is_asked_for_leaves_the_interview_day(dispatcher):  # BD036
    before = {**COMPLETE, "interview_date": "2026-11-27", "contact_channel": "email"}
    slots = facts_pass(after_the_plan("Kan du også skrive en tak-for-samtalen mail til i dag?", before,
                                      "request_thank_you"), dispatcher)
    assert slots.get("interview_date", "2026-11-27") == "2026-11-27"


def test_sidst_var_dates_the_last_of_the_follow_ups_counted(dispatcher):  # BD037, after the plan to let go
    before = {**COMPLETE, "interview_date": "2026-10-20", "followup_attempts": 3, "last_attempt_date": "2026-11-28"}
    slots = facts_pass(after_the_plan("sidst var i torsdags", before), dispatcher)
    assert slots["last_attempt_date"] == "2026-11-26" and "deadline" not in slots


def test_the_interview_held_now_is_no_longer_ahead(dispatcher):  # BH008
    before = {"interview_date": "2026-11-28", "interview_ahead": True, "role": "tjener"}
    slots = facts_pass(after_the_plan("så nu har jeg været der!! tror det gik godt", before, "goodbye"), dispatcher)
    assert slots["interview_date"] == "2026-11-28" and slots["interview_ahead"] is None


def test_one_day_after_an_interview_told_ahead_is_its_day(dispatcher):  # BH003
    tracker = turn("den er d. 30.", before={"interview_ahead": True})
    slots = facts_pass(tracker, dispatcher)
    assert slots["interview_date"] == "2026-11-30"


def test_a_name_told_with_a_request_to_read_a_draft_is_kept(dispatcher):
    """Testers: "Jeg hedder Poul Erik Larsen. Kan du høre …" and "Jeg hedder Birgitte Lund Madsen. Jeg har selv
    skrevet et udkast, vil De læse det?" kept "[dit fulde navn]" in every text after."""
    said = "Jeg hedder Poul Erik Larsen. Kan du høre hvad du synes om det her jeg har tænkt mig at sige:"
    slots = facts_pass(turn(said, intent="request_draft_review", before=COMPLETE), dispatcher)
    assert slots == {"user_name": "Poul Erik Larsen"}
    assert facts_pass(turn("kan du læse min mail?", intent="request_draft_review", before=COMPLETE),
                      dispatcher) == {}


def test_a_no_taken_back_opens_the_application_again(dispatcher):
    before = {**COMPLETE, "application_closed": True}
    slots = facts_pass(after_the_plan("men jeg har IKKE fået et nej. de har ikke svaret endnu", before), dispatcher)
    assert slots["application_closed"] is False


def test_a_correction_says_itself_which_day_it_mends(dispatcher):
    """Testers: "nej vent, … sagde han midt i måneden, ikke sidst" moved the interview to Friday the 11th (it is the
    day they answer by), and "vent det var onsdag den 25 tror jeg, ikke tirsdag" moved the answer day."""
    before = {**COMPLETE, "interview_date": "2026-11-03", "interview_time": None, "deadline": "2026-11-30"}
    found = facts_pass(after_the_plan("nej vent, nu jeg tænker over det sagde han midt i måneden, ikke sidst", before),
                       dispatcher)
    assert "interview_date" not in found and found.get("deadline") not in (None, "2026-11-30")
    before = {**COMPLETE, "interview_date": "2026-11-24", "interview_time": None, "deadline": "2026-12-08"}
    found = facts_pass(after_the_plan("vent det var onsdag den 25 tror jeg, ikke tirsdag", before), dispatcher)
    assert found.get("interview_date") == "2026-11-25" and "deadline" not in found


def test_an_out_of_office_reply_tells_when_the_contact_is_back(dispatcher):
    """A tester's autoreply ("på ferie til og med 11. december") got a follow-up day while she was away."""
    before = {**COMPLETE, "followup_attempts": 1, "last_attempt_date": "2026-11-26"}
    found = facts_pass(after_the_plan("fik et autosvar om at hun er paa ferie til og med 4. december", before),
                       dispatcher)
    assert found.get("contact_back") == "2026-12-05" and "deadline" not in found


def test_the_day_they_answered_is_no_day_of_the_answer_week(dispatcher):
    """A tester: "hun svarede onsdag at … jeg får svar i uge 51" became Wednesday 16 December; week 51 ends Friday."""
    before = {**COMPLETE, "interview_date": "2026-11-10", "interview_time": None, "deadline": "2026-11-20"}
    said = "hun svarede onsdag at de ikke har besluttet sig endnu, og at jeg får svar i uge 49"
    assert facts_pass(after_the_plan(said, before), dispatcher)["deadline"] == "2026-12-04"


def test_how_long_ago_is_no_answer_day(dispatcher):
    """A tester's "er det ikke for sent at skrive nu?? det er jo 6 uger siden" became "De sagde, du ville høre fra dem
    senest søndag den 25. oktober"."""
    tracker = turn("det var som pædagogmedhjælper. men er det ikke for sent at skrive nu?? det er jo 6 uger siden",
                   before={"interview_date": "2026-10-13", "requested_slot": "role"})
    assert "deadline" not in facts_pass(tracker, dispatcher)


def test_owning_a_mistake_about_the_weekday_mends_the_interview(dispatcher):
    """A tester's "wait nej, jeg tog fejl, det var ikke sidste fredag men fredagen før, altså 27/11" left the plan on
    the Friday after."""
    before = {**COMPLETE, "interview_date": "2026-11-27", "interview_time": None, "deadline": "ingen"}
    said = "wait nej, jeg tog fejl, det var ikke sidste fredag men fredagen før, altså 20/11"
    assert facts_pass(after_the_plan(said, before), dispatcher).get("interview_date") == "2026-11-20"


def test_the_story_before_a_pasted_draft_gives_its_facts_and_the_draft_none(dispatcher):
    """A tester told her story and pasted her daughter's mail under it: the mail was never read, and "jeg skrev til
    dig" in it could have been a follow-up; now the story's facts count and the draft's do not."""
    said = ("Jeg var til samtale som chauffør onsdag d. 18. november, og formanden Preben Holm sagde de ville give "
            "besked inden udgangen af november. Min datter har skrevet nedenstående, kan du se om den er i orden:\n\n"
            "Emne: Jobsamtale\n\nKære Ole\n\nJeg skrev til dig d. 25/11 og har ikke hørt noget. Er der nyt?\n\n"
            "Mvh Poul Hansen")
    found = facts_pass(turn(said, intent="request_draft_review"), dispatcher)
    assert found.get("interview_date") == "2026-11-18" and found.get("contact_name") == "Preben Holm"
    assert "followup_attempts" not in found and found.get("user_name") is None


def test_a_request_to_read_a_draft_that_opens_with_the_channel_answers_the_question_too(dispatcher):
    """A tester answered "ringe eller mail?" with "Jeg vil helst ringe. … Vil De læse den?"."""
    said = ("Jeg vil helst ringe. Men jeg er bange for at han ikke tager telefonen, så jeg har skrevet en besked til "
            "telefonsvareren. Vil De læse den?")
    tracker = turn(said, intent="request_draft_review",
                   before={"interview_date": "2026-11-26", "requested_slot": "contact_channel"})
    assert facts_pass(tracker, dispatcher) == {"contact_channel": "telefon"}
