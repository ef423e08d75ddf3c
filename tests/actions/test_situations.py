"""The right text for every situation (issue #16), as the actions hand it to each channel: text for
REST and Telegram, the copyable card for the web chat. Today is Saturday 28 November 2026."""

import asyncio

import pytest
from conftest import COMPLETE, make_tracker, slot_events, texts
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionCallScript, ActionEmail, ActionFollowupPlan, ActionThankYou
from actions.input_problems import ActionExplainInput
from actions.mail_edits import ActionEditMail
from actions.phone import ActionLeaveOutPhone, ActionReadUserPhone
from actions.progress import ActionRecordNoAnswer, ActionRecordRejection, ActionRejectionReply
from coach.texts import text

WEB = [{"event": "user", "text": "ok", "input_channel": "socketio"}]
TELEGRAM = [{"event": "user", "text": "ok", "input_channel": "telegram"}]
ESCALATION = {**COMPLETE, "interview_date": "2026-11-02", "deadline": "ingen", "followup_attempts": 1,
              "last_attempt_date": "2026-11-20", "last_attempt_channel": "telefon"}
SECOND = {**COMPLETE, "interview_date": "2026-11-02", "deadline": "ingen", "followup_attempts": 1,
          "last_attempt_date": "2026-11-24", "last_attempt_channel": "email", "contact_channel": "email"}


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher, events


def card(dispatcher):
    [email] = [m["custom"]["email"] for m in dispatcher.messages if (m.get("custom") or {}).get("email")]
    return email


def buttons(dispatcher):
    return [b["title"] for m in dispatcher.messages for b in m.get("buttons") or []]


# ---- escalation: after two unanswered follow-ups, to the hiring manager or HR ---------------
@pytest.mark.parametrize("channel", ["telefon", "email"])
def test_escalation_plan_and_artifact_are_for_someone_higher_up(channel):
    said, _ = run(ActionRecordNoAnswer(), make_tracker("ingen svar igen", "report_no_answer",
                                                       {**ESCALATION, "contact_channel": channel}))
    reply = texts(said)
    assert "et trin højere oppe" in reply and "ikke til Mette Hansen" in reply
    assert "Hej Mette" not in reply and "stille mig om til Mette" not in reply and "Kære Mette" not in reply
    assert "Jeg har kontaktet Mette Hansen to gange" in reply


def test_escalation_email_on_the_web_is_a_card_to_hr():
    said, _ = run(ActionEmail(), make_tracker("mail", "request_email", {**ESCALATION, "followup_attempts": 2},
                                              events=WEB))
    email = card(said)
    assert email["body"].startswith("Kære [navnet på den ansættende leder eller HR-medarbejderen],")
    assert "Jeg har kontaktet Mette Hansen to gange" in email["body"] and "Kære Mette" not in email["text"]
    assert "virksomhedens hjemmeside" in texts(said)  # where to find the name


# ---- before the interview: what to ask at its end, no thank-you yet ------------------------
def test_before_the_interview_the_plan_gives_the_question_to_ask_and_no_thanks_now():
    said, events = run(ActionFollowupPlan(), make_tracker("ok", slots={**COMPLETE, "interview_date": "2026-12-02",
                                                                       "deadline": "ingen"}))
    reply = texts(said)
    assert "Du skal ikke følge op endnu. Din samtale er først onsdag den 2. december." in reply
    assert "„Hvornår regner I med at have truffet en beslutning, og hvem kan jeg kontakte" in reply
    assert "Kom tilbage til mig" in reply
    assert "Send en kort tak" not in reply and "Kære" not in reply and "Hej Mette" not in reply
    assert slot_events(events)["followup_date"] is None


@pytest.mark.parametrize("action", [ActionThankYou(), ActionEmail(), ActionCallScript()])
def test_before_the_interview_every_request_gets_the_question_instead(action):
    # The form asks only for the day of an interview ahead: no deadline, and still no form again.
    slots = {**COMPLETE, "interview_date": "2026-12-02", "deadline": None}
    said, events = run(action, make_tracker("skriv en takkemail", "request_thank_you", slots))
    reply = texts(said)
    assert "„Hvornår regner I med at have truffet en beslutning" in reply and "Kære" not in reply
    assert not [e for e in events if e.get("event") == "followup"]


# ---- the thank-you on the interview day or the day after ----------------------------------
def test_the_day_after_the_interview_the_plan_gives_the_follow_up_and_offers_the_thank_you():
    """Contract: the plan brings the chosen channel's artifact; R7 offers the thank-you as its own one."""
    slots = {**COMPLETE, "interview_date": "2026-11-27", "deadline": "ingen", "contact_channel": "telefon"}
    said, events = run(ActionFollowupPlan(), make_tracker("ok", slots=slots))
    reply = texts(said)
    assert "en kort tak for samtalen i dag eller i morgen" in reply and "Takkemail" in buttons(said)
    assert "Hej Mette" in reply  # the call script for the follow-up
    assert "Emne: Tak for samtalen" not in reply  # the thank-you comes when the user taps for it
    assert slot_events(events)["followup_date"] == "2026-12-04"


def test_the_thank_you_on_request_on_the_web_is_a_card_and_keeps_the_channel():
    # The facts pass read "mail" in "takkemail" and set the channel this turn.
    events = [{"event": "slot", "name": "contact_channel", "value": "telefon"}, *WEB,
              {"event": "slot", "name": "contact_channel", "value": "email"}]
    slots = {**COMPLETE, "interview_date": "2026-11-27", "contact_channel": "email"}
    tracker = make_tracker("skriv en takkemail", "request_thank_you", slots, events=events)
    said, events = run(ActionThankYou(), tracker)
    email = card(said)
    assert email["subject"] == "Tak for samtalen – stillingen som kontorchef"
    assert email["body"].startswith("Kære Mette Hansen,\n\nTak for samtalen i fredags")  # not "i går" (s38d)
    assert slot_events(events) == {"contact_channel": "telefon"}


# ---- window passed, and a plan made on a Saturday -----------------------------------------
def test_window_passed_says_once_that_it_is_fine_now_and_names_the_first_business_day():
    slots = {**COMPLETE, "interview_date": "2026-11-10", "deadline": "ingen"}
    said, _ = run(ActionFollowupPlan(), make_tracker("ok", slots=slots))
    reply = texts(said)
    assert reply.startswith("Følg op mandag den 30. november – det er første hverdag. Der er gået mere end to uger "
                            "siden samtalen tirsdag den 10. november, så det er helt i orden at følge op.")
    assert "vent" not in reply.split("\n\n")[0].lower()


# ---- the second attempt: it refers to the first and is shorter ------------------------------
def test_the_second_email_refers_to_the_first():
    said, _ = run(ActionEmail(), make_tracker("mail", "request_email", SECOND, events=TELEGRAM))
    reply = texts(said)
    assert "Jeg skrev til dig tirsdag den 24. november om stillingen som kontorchef." in reply
    assert "Tak for en god samtale" not in reply
    assert "Svar på den mail, du sendte sidst" in reply


def test_after_a_handover_the_second_email_goes_to_the_new_contact_as_news_not_as_a_reply():
    """A trial: after "jeg skrev til Lone …" and "nu skal jeg skrive til Peter Dam i stedet", the mail to Peter
    said "Jeg skrev til dig", and the plan "anden … opfølgning til den samme person"."""
    events = [{"event": "slot", "name": "contact_name", "value": "Lone Berg"},
              {"event": "user", "text": "jeg skrev til Lone d. 24. november men har ikke fået svar"},
              {"event": "slot", "name": "followup_attempts", "value": 1},
              {"event": "slot", "name": "last_attempt_date", "value": SECOND["last_attempt_date"]},
              {"event": "user", "text": "hun er på barsel, nu skal jeg skrive til Peter Dam"},
              {"event": "slot", "name": "contact_name", "value": "Peter Dam"}]
    slots = {**SECOND, "contact_name": "Peter Dam"}
    said, _ = run(ActionFollowupPlan(), make_tracker("lav en mail til ham", "request_email", slots, events=events))
    reply = texts(said)
    assert "Kære Peter Dam,\nJeg skrev til Lone Berg tirsdag den 24. november" in reply.replace("\n\n", "\n")
    assert "til den samme person" not in reply and "Svar på den mail, du sendte sidst" not in reply
    before_the_handover = events[:4]
    said, _ = run(ActionFollowupPlan(), make_tracker("mail", "request_email", {**SECOND, "contact_name": "Lone Berg"},
                                                     events=before_the_handover))
    assert "Jeg skrev til dig tirsdag den 24. november" in texts(said)


def test_after_two_follow_ups_a_person_named_is_whom_the_last_mail_goes_to():
    """s38a: "HR-konsulent Anne Krog har overtaget sagen" after two mails to Per Nielsen: "til den ansættende leder
    eller HR, ikke til Anne Krog", and "Jeg har kontaktet både Per Nielsen og Anne Krog", whom he never wrote to."""
    day = SECOND["last_attempt_date"]
    events = [{"event": "slot", "name": "contact_name", "value": "Per Nielsen"},
              {"event": "user", "text": "skrev til Per i tirsdags, intet svar"},
              {"event": "slot", "name": "followup_attempts", "value": 1},
              {"event": "slot", "name": "last_attempt_date", "value": day},
              {"event": "user", "text": "skrev igen i dag, stadig intet"},
              {"event": "slot", "name": "followup_attempts", "value": 2},
              {"event": "slot", "name": "last_attempt_date", "value": day},
              {"event": "user", "text": "Per er stoppet, og HR-konsulent Anne Krog har overtaget sagen"},
              {"event": "slot", "name": "contact_name", "value": "Anne Krog"}]
    slots = {**SECOND, "followup_attempts": 2, "contact_name": "Anne Krog"}
    said, _ = run(ActionFollowupPlan(), make_tracker("kan du lave mailen til hende?", "request_email", slots,
                                                     events=events))
    reply = texts(said)
    assert "nu til Anne Krog" in reply and "Kære Anne Krog," in reply
    assert "Jeg har kontaktet Per Nielsen to gange" in reply and "både" not in reply


def test_an_edit_asked_right_after_the_thank_you_changes_the_thank_you():
    """s38d: "kan den vaere mindre formel?" right after the thank-you showed the follow-up mail, changed."""
    shown = [{"event": "user", "text": "Takkemail"}, {"event": "bot", "text": text("advice.intro.thank_you")},
             {"event": "user", "text": "kan den vaere mindre formel?"}]
    slots = {**COMPLETE, "interview_date": "2026-11-27", "contact_channel": "email", "followup_date": "2026-12-04"}
    _, events = run(ActionEditMail(), make_tracker("kan den vaere mindre formel?", "edit_mail", slots, events=shown))
    assert slot_events(events) == {"informal_greeting": True} and events[-1]["name"] == "action_thank_you"
    said, _ = run(ActionThankYou(), make_tracker("kan den vaere mindre formel?", "edit_mail",
                                                 {**slots, "informal_greeting": True}))
    assert "Hej Mette," in texts(said) and "Tak for samtalen" in texts(said)


def test_hr_named_with_the_two_follow_ups_in_one_message_gets_the_last_mail():
    """s39a: "ringede til jette d. 24/11 uden svar og skrev en mail til hende mandag d. 30/11. nu vil jeg skrive til HR
    i stedet, hun hedder Camilla Berg" gave "ikke til Camilla Berg" and "Jeg har kontaktet Camilla Berg to gange"."""
    said_now = ("ringede til jette d. 24/11 uden svar og skrev en mail til hende mandag d. 30/11. nu vil jeg skrive "
                "til HR i stedet, hun hedder Camilla Berg")
    slots = {**COMPLETE, "interview_date": "2026-11-10", "contact_name": "Camilla Berg", "contact_channel": "email"}
    told = [{"event": "user", "text": said_now}, {"event": "slot", "name": "contact_name", "value": "Camilla Berg"}]
    said, events = run(ActionRecordNoAnswer(), make_tracker(said_now, "report_no_answer", slots, events=told))
    reply = texts(said)
    assert slot_events(events)["followup_attempts"] == 2
    assert "Kære Camilla Berg," in reply and "Jeg har kontaktet Jette to gange" in reply


def test_a_job_offer_told_with_a_request_for_a_thank_you_is_the_job_first():
    """s40a: "OMG de ringede i fredags og tilbød mig jobbet … skal jeg skrive en tak?" got the interview's thank-you
    ("jeg glæder mig til at høre fra jer") and the questions for a plan."""
    said_now = "OMG de ringede i fredags og tilbød mig jobbet som kontorchef. skal jeg skrive en tak?"
    _, events = run(ActionThankYou(), make_tracker(said_now, "request_thank_you", COMPLETE))
    assert events[-1]["name"] == "action_report_answer"


def test_hr_named_with_two_unnamed_follow_ups_gets_the_last_mail():
    """s40a: "… har ringet to gange uden svar. nu vil jeg prøve HR, hun hedder Pia Lauridsen" then "mail" gave "Kære
    [navnet på den ansættende leder eller HR-medarbejderen]"."""
    said_now = "har ringet to gange uden svar. nu vil jeg prøve HR, hun hedder Pia Lauridsen"
    slots = {**COMPLETE, "interview_date": "2026-11-10", "contact_name": "Pia Lauridsen", "contact_channel": "email",
             "followup_attempts": 2, "last_attempt_date": "2026-11-26"}
    told = [{"event": "user", "text": said_now}, {"event": "slot", "name": "contact_name", "value": "Pia Lauridsen"},
            {"event": "slot", "name": "followup_attempts", "value": 2},
            {"event": "slot", "name": "last_attempt_date", "value": "2026-11-26"}, {"event": "user", "text": "mail"}]
    said, _ = run(ActionEmail(), make_tracker("mail", "request_email", slots, events=told))
    reply = texts(said)
    assert "Kære Pia Lauridsen," in reply and "Jeg har kontaktet min kontaktperson to gange" in reply


def test_the_contact_and_hr_named_in_one_message_after_two_follow_ups_get_their_places():
    """s42c: "ok. min kontakt var Sara Holm. jeg fandt på linkedin at deres HR chef hedder Peter Dahl" gave the last
    mail "nu til Sara Holm", to the contact it must not go to (R5)."""
    from actions.followup_form import ValidateFollowupForm
    said_now = ("ok. min kontakt var Sara Holm. jeg fandt på linkedin at deres HR chef hedder Peter Dahl. jeg hedder "
                "jonas berg")
    slots = {**COMPLETE, "interview_date": "2026-11-10", "contact_name": None, "contact_channel": "email",
             "followup_attempts": 2, "last_attempt_date": "2026-11-23"}
    named = asyncio.run(ValidateFollowupForm().extract_contact_name(
        CollectingDispatcher(), make_tracker(said_now, slots=slots), {}))
    assert named == {"contact_name": "Peter Dahl"}
    told = [{"event": "user", "text": "mail. har allerede skrevet 2 gange, d. 23/11 og igen mandag d 30/11"},
            {"event": "slot", "name": "followup_attempts", "value": 2},
            {"event": "slot", "name": "last_attempt_date", "value": "2026-11-23"},
            {"event": "user", "text": said_now}, {"event": "slot", "name": "contact_name", "value": "Peter Dahl"}]
    said, _ = run(ActionEmail(), make_tracker("mail", "request_email", {**slots, "contact_name": "Peter Dahl"},
                                              events=told))
    reply = texts(said)
    assert "Kære Peter Dahl," in reply and "Jeg har kontaktet Sara Holm to gange" in reply


def test_the_second_call_refers_to_the_first():
    said, _ = run(ActionCallScript(), make_tracker("ring", "request_call_script",
                                                   {**SECOND, "last_attempt_channel": "telefon"}))
    assert "og jeg prøvede også at ringe til dig tirsdag den 24. november." in texts(said)


def test_recording_an_attempt_remembers_how_it_went():
    said, events = run(ActionRecordNoAnswer(), make_tracker("jeg ringede i går men fik ikke svar", "report_no_answer",
                                                            {**COMPLETE, "interview_date": "2026-11-10",
                                                             "deadline": "2026-11-17"}))
    assert slot_events(events)["last_attempt_channel"] == "telefon"
    assert "og jeg prøvede også at ringe til dig fredag den 27. november." in texts(said)


# ---- rejection: the reply to the no, and tips about a no ------------------------------------
def test_a_rejection_gives_the_reply_and_tips_about_a_no():
    said, _ = run(ActionRecordRejection(), make_tracker("de har valgt en anden", "report_rejection",
                                                        {**COMPLETE, "contact_channel": "email"}))
    reply = texts(said)
    assert "Tak for dit svar, og tak for muligheden for at komme til samtale" in reply
    assert "et par ord om, hvad der kunne have gjort min ansøgning stærkere" in reply
    assert "Tavshed" not in reply and "imens" not in reply and "tre dage" not in reply
    assert "Hvad siger jeg i telefonen?" in buttons(said)


def test_a_request_guessed_as_the_other_channels_artifact_follows_its_own_words():
    said_now = "Kan jeg få en mail i stedet for opkaldsmanuset?"
    said, events = run(ActionCallScript(), make_tracker(said_now, "request_call_script",
                                                        {**COMPLETE, "contact_channel": "telefon"}))
    assert slot_events(events)["contact_channel"] == "email" and "Emne:" in texts(said)


def test_the_rejection_reply_on_request_on_the_phone_is_the_line_to_say():
    said, events = run(ActionRejectionReply(), make_tracker("hjælp mig med at svare på afslaget",
                                                            "request_rejection_reply", COMPLETE))
    reply = texts(said)
    assert text("writing.rejection.line") in reply and "bede om feedback" in reply
    assert slot_events(events)["application_closed"] is True


def test_a_request_guessed_as_one_for_a_reply_to_a_no_closes_nothing_on_the_guess():
    said, events = run(ActionRejectionReply(), make_tracker("jeg venter på svar på et job", "request_rejection_reply"))
    assert events[0]["name"] == "followup_form" and texts(said) == ""  # the main story: the questions
    said, events = run(ActionRejectionReply(), make_tracker("jeg venter stadig", "request_rejection_reply", COMPLETE))
    assert "application_closed" not in slot_events(events) and text("form.progress.confirm_rejection") in texts(said)


def test_a_no_told_with_the_request_for_a_reply_is_closed_with_care_though_the_facts_pass_recorded_it():
    said_now = "fik et afslag i dag på et job. kan du hjælpe med at svare?"
    told = [{"event": "user", "text": said_now}, {"event": "slot", "name": "application_closed", "value": True}]
    said, events = run(ActionRejectionReply(), make_tracker(said_now, "request_rejection_reply",
                                                            {**COMPLETE, "application_closed": True}, events=told))
    assert text("form.progress.sorry_rejection") in texts(said) and text("writing.rejection.line") in texts(said)
    assert slot_events(events)["application_closed"] is True


def test_after_the_no_the_way_to_answer_it_gets_the_reply_that_way_not_the_closed_notice():
    closed = {**COMPLETE, "application_closed": True, "contact_channel": None}
    said_now = "de skrev en mail, så jeg svarer på mail"
    told = [{"event": "user", "text": "fik et afslag"}, {"event": "slot", "name": "application_closed", "value": True},
            {"event": "user", "text": said_now}, {"event": "slot", "name": "contact_channel", "value": "email"}]
    said, _ = run(ActionFollowupPlan(), make_tracker(said_now, slots={**closed, "contact_channel": "email"},
                                                     events=told))
    assert "Emne:" in texts(said) and text("plan.closed_already") not in texts(said)
    role_told = [*told[:2], {"event": "user", "text": "det var som kontorassistent"}]
    said, _ = run(ActionFollowupPlan(), make_tracker("det var som kontorassistent", slots=closed, events=role_told))
    assert texts(said) == text("plan.closed_already")


def test_a_contact_who_sounded_cold_gets_thanks_for_the_talk_not_for_a_no():
    """s38d: "har ringet i fredags og han lød ret kold og uinteresseret" got the line for a no on the phone, and then
    "Tak for dit svar … ked af, at det ikke blev mig"."""
    said_now = "jeg har faktisk allerede ringet i fredags og han lød ret kold og uinteresseret"
    said, _ = run(ActionRecordRejection(), make_tracker(said_now, "report_rejection", COMPLETE,
                                                        events=[{"event": "user", "text": said_now}]))
    reply = texts(said)
    assert "Tak for snakken" in reply and "Tak fordi du tog dig tid til at tale med mig" in reply
    assert "ked af, at det ikke blev mig" not in reply and text("writing.rejection.line") not in reply
    # s41a-c: "Det er surt …" and tips for a no ("Svar på afslaget inden for et par dage") though none was said
    assert text("form.progress.sorry_cold") in reply and text("form.progress.sorry_rejection") not in reply
    assert "afslaget" not in reply and "Et nej handler" not in reply and "andre stillinger" in reply


def test_a_reply_to_the_no_asked_as_a_mail_is_a_mail_though_the_channel_is_the_phone():
    """s38d: "Svar på afslaget som mail" typed (the button's title) gave the line to say on the phone, again."""
    slots = {**COMPLETE, "application_closed": True}
    told = [{"event": "user", "text": "de har valgt en anden"}, {"event": "slot", "name": "application_closed",
                                                                 "value": True},
            {"event": "user", "text": "Svar på afslaget som mail"}]
    said, _ = run(ActionRejectionReply(), make_tracker("Svar på afslaget som mail", "request_rejection_reply", slots,
                                                       events=told))
    assert "Emne: Tak for svaret" in texts(said) and text("writing.rejection.line") not in texts(said)


def test_the_reply_to_a_no_asked_without_the_request_for_feedback_comes_so():
    """s41c: "kan du lave den uden spørgsmålet om feedback? og lidt kortere" got "Du har fortalt mig, at de har sagt
    nej, så der er ikke mere at følge op på her"."""
    slots = {**COMPLETE, "application_closed": True, "contact_channel": "email"}
    said = "kan du lave den uden spørgsmålet om feedback? og lidt kortere"
    _, events = run(ActionEditMail(), make_tracker(said, "edit_mail", slots))
    assert slot_events(events) == {"short_mail": True} and events[-1]["name"] == "action_rejection_reply"
    said, _ = run(ActionEditMail(), make_tracker("kan du fjerne det sidste stykke", "edit_mail", {
        **COMPLETE, "contact_channel": "email", "followup_date": "2026-12-07"}))
    assert texts(said) == text("advice.mail_edits.by_hand")  # a follow-up mail: the user's own words


def test_the_rejection_reply_after_the_no_was_recorded_is_only_the_reply():
    slots = {**COMPLETE, "application_closed": True, "contact_channel": "email"}
    said, events = run(ActionRejectionReply(), make_tracker("svar på afslaget", "request_rejection_reply", slots,
                                                            events=WEB))
    assert card(said)["body"].startswith("Kære Mette Hansen,\n\nTak for dit svar")
    assert "ked af at høre" not in texts(said) and events == []


@pytest.mark.parametrize("news, thanks, channel", [
    ("jeg fik et afslag i dag på mail, hvad svarer jeg?", "Tak for dit svar", None),
    # s36a: the call is over, so the line "to say when you get a no on the phone" came too late
    ("de ringede i dag og sagde at de har valgt en anden", "Tak for opkaldet", None),
    ("de ringede i dag og sagde at de har valgt en anden", "Tak for opkaldet", "telefon"),
])
def test_a_no_is_answered_by_mail_thanking_for_the_way_it_came(news, thanks, channel):
    slots = {**COMPLETE, "contact_channel": channel}
    said, _ = run(ActionRejectionReply(), make_tracker(news, "report_rejection", slots,
                                                       events=[{"event": "user", "text": news}]))
    reply = texts(said)
    assert "Emne:" in reply and thanks in reply and text("writing.rejection.line") not in reply
    assert ("Svar direkte på deres mail" in reply) is (thanks == "Tak for dit svar")


def test_the_way_the_no_came_may_be_told_when_asking_for_the_reply_and_becomes_the_channel():
    told = [{"event": "user", "text": "fik lige et afslag på stillingen 😔"},
            {"event": "user", "text": "kan du hjælpe mig med at svare pænt på deres mail?"}]
    slots = {**COMPLETE, "contact_channel": None, "application_closed": True}
    said, events = run(ActionRejectionReply(), make_tracker(told[-1]["text"], "request_rejection_reply", slots,
                                                            events=told))
    assert "Emne:" in texts(said) and slot_events(events) == {"contact_channel": "email"}


# ---- the user's phone number: asked for once, read when given --------------------------------
def test_the_phone_number_is_asked_for_once_and_the_placeholder_stays_visible():
    said, _ = run(ActionFollowupPlan(), make_tracker("ok", slots=COMPLETE))
    reply = texts(said)
    assert "ringe til mig på [dit telefonnummer]" in reply and "mit nummer er 12 34 56 78" in reply
    asked = [{"event": "bot", "text": m.get("text")} for m in said.messages if m.get("text")]
    again, _ = run(ActionCallScript(), make_tracker("manus", "request_call_script", COMPLETE, events=asked))
    assert "[dit telefonnummer]" in texts(again) and "mit nummer er 12 34 56 78" not in texts(again)


def test_the_users_number_is_read_and_goes_into_the_voicemail():
    _, events = run(ActionReadUserPhone(), make_tracker("mit nummer er 22 33 44 55", slots=COMPLETE))
    assert slot_events(events) == {"user_phone": "22 33 44 55"}
    said, _ = run(ActionCallScript(), make_tracker("manus", "request_call_script",
                                                   {**COMPLETE, "user_phone": "22 33 44 55"}))
    assert "ringe til mig på 22 33 44 55." in texts(said) and "[dit telefonnummer]" not in texts(said)


def test_the_number_left_out_of_the_mail_takes_nothing_else_with_it():
    """A tester wrote "fjern telefonnummeret" and was asked whether to delete everything she had told; "jeg vil ikke
    have mit nummer med i mailen" was not understood."""
    slots = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-12-01", "user_phone": "22 33 44 55"}
    said, events = run(ActionLeaveOutPhone(), make_tracker("fjern telefonnummeret", "leave_out_phone", slots))
    assert slot_events(events) == {"user_phone": None, "phone_left_out": True}
    assert events[-1]["name"] == "action_email" and "beholder jeg" in texts(said)
    mail, _ = run(ActionEmail(), make_tracker("mailen igen", "request_email",
                                              {**slots, "user_phone": None, "phone_left_out": True}))
    assert "Tlf." not in texts(mail) and "[dit telefonnummer]" not in texts(mail)
    assert "Skal dit telefonnummer med" not in texts(mail)


def test_the_number_left_out_of_a_call_script_leaves_the_answering_machine_message_without_it():
    """A tester asked "uden telefonnummer tak, de har det allerede" about a call script: told "under mailen", and the
    voicemail line still said "Du kan ringe til mig på [dit telefonnummer]"."""
    slots = {**COMPLETE, "followup_date": "2026-12-01"}
    said, events = run(ActionLeaveOutPhone(), make_tracker("uden telefonnummer tak", "leave_out_phone", slots))
    assert "telefonsvareren" in texts(said) and events[-1]["name"] == "action_call_script"
    script, _ = run(ActionCallScript(), make_tracker("manus", "request_call_script",
                                                     {**slots, "phone_left_out": True}))
    assert "[dit telefonnummer]" not in texts(script) and "Ring gerne tilbage, når det passer." in texts(script)


def test_the_contacts_number_is_not_the_users():
    _, events = run(ActionReadUserPhone(), make_tracker("Min kontakt er Mette Hansen, tlf 12 34 56 78"))
    assert events == []


def test_a_bare_number_after_the_coach_asked_for_it_goes_on_with_the_case():
    events = [{"event": "bot", "text": text("advice.hints.user_phone")},
              {"event": "user", "text": "22 33 44 55"},
              {"event": "slot", "name": "user_phone", "value": "22 33 44 55"}]
    tracker = make_tracker("22 33 44 55", "bad_input", {**COMPLETE, "user_phone": "22 33 44 55"}, events=events)
    said, followups = run(ActionExplainInput(), tracker)
    assert said.messages == [] and followups[0]["name"] == "action_followup_plan"


def test_a_shrug_gets_no_thanks_and_no_example_of_a_story_already_told():
    """s43a: "🤷" to the channel question got "Tak for det! … fx „jeg var til samtale i tirsdags“" (told already)."""
    entity = [{"entity": "input_problem", "value": "no_words"}]
    said, _ = run(ActionExplainInput(), make_tracker("🤷", "bad_input", {"interview_date": "2026-11-24"},
                                                     entities=entity))
    assert texts(said) == text("form.input.no_words_told")
    fresh, _ = run(ActionExplainInput(), make_tracker("🤷", "bad_input", {}, entities=entity))
    assert texts(fresh) == text("form.input.no_words")


def test_on_telegram_the_day_after_the_interview_the_reminder_offer_sends_the_script_again():
    slots = {**COMPLETE, "interview_date": "2026-11-27", "deadline": "ingen"}
    said, _ = run(ActionFollowupPlan(), make_tracker("ok", slots=slots, events=TELEGRAM))
    assert texts(said).endswith("Så sender jeg dig manuskriptet igen den dag.")  # it was shown with the plan


def test_after_a_no_the_closing_offer_does_not_offer_a_script_or_a_mail():
    asked = [{"event": "bot", "text": text("advice.anything_more")}]  # said once already: the other words now
    said, _ = run(ActionRejectionReply(), make_tracker("svar på afslaget", "request_rejection_reply",
                                                       {**COMPLETE, "application_closed": True}, events=asked))
    offer = said.messages[-1]["text"]
    assert offer != text("advice.anything_more") and "manuskriptet" not in offer and "mailen" not in offer


def test_asked_whether_they_said_no_a_request_for_the_reply_to_it_is_the_yes():
    """'Har de sagt nej til dig?', then 'kan du hjælpe mig med at skrive et svar hvor jeg spørger om feedback?'
    (BN039): the request answers the question; it is not asked again."""
    asked = [{"event": "user", "text": "åh nej de har lige ringet"},
             {"event": "bot", "text": text("form.progress.confirm_rejection")},
             {"event": "user", "text": "kan du hjælpe mig med at skrive et svar?"}]
    said, events = run(ActionRejectionReply(), make_tracker("kan du hjælpe mig med at skrive et svar?",
                                                            "request_rejection_reply", COMPLETE, events=asked))
    assert slot_events(events)["application_closed"] is True
    assert text("form.progress.confirm_rejection") not in texts(said)


def test_a_shorter_mail_and_hej_are_kept_for_the_mail_to_come():
    """Testers asked "kan du gøre den kortere?" and "skriv Hej i stedet for Kære" and got a restart, "Hvor godt, at du
    har fået svar!" and "Det kan jeg desværre ikke hjælpe med"; the mail never changed."""
    slots = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-12-07"}
    said, events = run(ActionEditMail(), make_tracker("skriv Hej i stedet for Kære, og gør den lidt kortere",
                                                      "edit_mail", slots))
    assert slot_events(events) == {"informal_greeting": True, "short_mail": True}
    assert "Hej Mette," in texts(said) and "Kære" not in texts(said)
    assert "Jeg svarer gerne på spørgsmål." in texts(said)
    again, _ = run(ActionEmail(), make_tracker("mailen igen", "request_email",
                                               {**slots, "informal_greeting": True, "short_mail": True}))
    assert "Hej Mette," in texts(again)
    formal, undone = run(ActionEditMail(), make_tracker("så start med Kære Mette igen", "edit_mail",
                                                        {**slots, "informal_greeting": True}))
    assert slot_events(undone) == {"informal_greeting": False} and "Kære Mette Hansen," in texts(formal)
    # s30b: "Gør den kortere." once more got "Her er en kortere udgave" and the same mail
    short, _ = run(ActionEditMail(), make_tracker("Gør den kortere.", "edit_mail", {**slots, "short_mail": True}))
    assert text("advice.mail_edits.already_shorter") in texts(short)
    assert text("advice.mail_edits.shorter") not in texts(short)


def test_a_shorter_call_script_is_only_what_to_say():
    """s41: "kan du lave manuskriptet kortere?" got "Det gælder mailen. I manuskriptet … siger du allerede „Hej“"."""
    slots = {**COMPLETE, "contact_channel": "telefon", "followup_date": "2026-12-07"}
    said, events = run(ActionEditMail(), make_tracker("kan du lave manuskriptet kortere?", "edit_mail", slots))
    assert text("advice.mail_edits.shorter_script") in texts(said)
    assert "Hej Mette" in texts(said) and "Hvor langt er I nået med beslutningen?" in texts(said)
    assert "telefonsvareren" not in texts(said) and "hovednummeret" not in texts(said)
    assert text("advice.mail_edits.on_the_phone") not in texts(said)
    informal, _ = run(ActionEditMail(), make_tracker("kan det være lidt mere uformelt?", "edit_mail", slots))
    assert texts(informal) == text("advice.mail_edits.on_the_phone")


def test_a_short_mail_asked_for_before_the_plan_goes_on_with_the_questions():
    """s30b: after a review, "lav en kort mail" got "Det husker jeg, når jeg skriver mailen til dig." twice, and no
    question that would get the mail written."""
    said, events = run(ActionEditMail(), make_tracker("lav en kort mail", "edit_mail",
                                                      {"interview_date": "2026-11-25", "role": "bogholder"}))
    assert texts(said) == text("advice.mail_edits.noted")
    assert slot_events(events) == {"short_mail": True, "contact_channel": "email"}
    assert events[-1]["name"] == "followup_form"


@pytest.mark.parametrize("closed, action", [({"job_offered": True}, "action_email"),
                                            ({"application_closed": True}, "action_rejection_reply")])
def test_a_short_mail_asked_for_after_the_job_or_a_no_is_that_mail(closed, action):
    """s35d, s36a: "kan du lave en kort mail til Line hvor jeg siger tak …" after the job or a no got "Det husker jeg,
    når jeg skriver mailen til dig" and "der er ikke mere at følge op på", and no mail."""
    said, events = run(ActionEditMail(), make_tracker("kan du lave en kort mail til Line hvor jeg siger tak",
                                                      "edit_mail", {**COMPLETE, **closed}))
    assert not texts(said) and events[-1]["name"] == action


def test_a_change_in_the_users_words_is_left_to_them_and_records_nothing():
    """s30b: "og tilføj at jeg gerne sender mine referencer hvis de vil have dem" -> "Hvor godt, at du har fået
    svar!" (the reminders stopped); "tag takken ud" -> a thank-you mail; "skriv den i De-form" -> the same mail."""
    slots = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-12-07"}
    for request in ("og tilføj at jeg gerne sender mine referencer hvis de vil have dem",
                    "tag takken ud, jeg har allerede sendt en takkemail", "kan du skrive den i De-form?"):
        said, events = run(ActionEditMail(), make_tracker(request, "edit_mail", slots))
        assert events == [] and texts(said) == text("advice.mail_edits.by_hand"), request
    said, events = run(ActionEditMail(), make_tracker("gør den kortere og tilføj en sætning om min portfolio",
                                                      "edit_mail", slots))
    assert slot_events(events) == {"short_mail": True}
    assert texts(said).endswith(text("advice.mail_edits.by_hand"))


def test_a_change_asked_after_a_review_of_the_users_own_mail_is_not_made_to_the_coachs():
    slots = {**COMPLETE, "contact_channel": "email", "followup_date": "2026-12-07"}
    events = [{"event": "bot", "text": "Jeg har læst din mail.\n\nDet er godt: …"},
              {"event": "user", "text": "kan du gøre den kortere?"}]
    said, done = run(ActionEditMail(), make_tracker("kan du gøre den kortere?", "edit_mail", slots, events=events))
    assert done == [] and "lav en kort mail" in texts(said)


def test_a_users_own_no_guessed_as_a_request_for_a_reply_to_a_no_closes_nothing():
    """s31b: "nej nej! jeg ville bare se hvad du har skrevet ned", to "skal jeg slette alt?", closed the application
    ("Så er der ikke mere at følge op på"), and "de har ikke sagt nej" did not undo it."""
    slots = {**COMPLETE, "followup_date": "2026-12-28"}
    said, events = run(ActionRejectionReply(), make_tracker("nej nej! jeg ville bare se hvad du har skrevet ned",
                                                            "request_rejection_reply", slots))
    assert "application_closed" not in slot_events(events)


def test_a_reply_to_the_no_asked_for_after_practising_one_asks_whether_the_no_is_real():
    """A tester asked "kan du skrive et svar paa afslaget til soeren" right after a practice round with a no: her
    application was closed, and "det var kun i oevelsen" was not understood."""
    slots = {**COMPLETE, "followup_date": "2026-12-01", "rehearsal_state": {"history": ["undecided", "filled"]}}
    said, events = run(ActionRejectionReply(), make_tracker("kan du skrive et svar paa afslaget til soeren",
                                                            "request_rejection_reply", slots))
    assert "application_closed" not in slot_events(events)
    assert text("form.progress.confirm_rejection") in texts(said)
    told, closed = run(ActionRejectionReply(), make_tracker("jeg har fået et afslag, kan du skrive et svar",
                                                            "request_rejection_reply", slots))
    assert slot_events(closed)["application_closed"] is True


def test_the_yes_to_an_offer_is_written_after_the_coach_advised_letting_go():
    """s37a: after three calls the plan said let go; then "Kurt har ringet og tilbudt mig jobbet! … skriv en kort mail
    …" and "lav en mail" got "jeg skriver ikke en henvendelse mere", three times."""
    slots = {**COMPLETE, "contact_channel": "email", "followup_attempts": 3, "last_attempt_date": "2026-11-27",
             "job_offered": True}
    said, _ = run(ActionEmail(), make_tracker("lav en mail", "request_email", slots))
    assert text("reminders.accept_mail") in texts(said) and "Tusind tak for tilbuddet" in texts(said)


def test_a_contact_named_after_unnamed_follow_ups_is_the_one_they_went_to():
    """The counterpart of the s40a case: "har ringet to gange uden svar", then "hun hedder Jette Holm" (no HR, no
    handover) names the one called, so the last step goes above her."""
    events = [{"event": "user", "text": "har ringet to gange uden svar"},
              {"event": "slot", "name": "followup_attempts", "value": 2},
              {"event": "slot", "name": "last_attempt_date", "value": "2026-11-26"},
              {"event": "user", "text": "hun hedder Jette Holm"},
              {"event": "slot", "name": "contact_name", "value": "Jette Holm"}, {"event": "user", "text": "mail"}]
    slots = {**COMPLETE, "interview_date": "2026-11-10", "contact_name": "Jette Holm", "contact_channel": "email",
             "followup_attempts": 2, "last_attempt_date": "2026-11-26"}
    said, _ = run(ActionEmail(), make_tracker("mail", "request_email", slots, events=events))
    reply = texts(said)
    assert "Kære [navnet på den ansættende leder" in reply and "Jeg har kontaktet Jette Holm to gange" in reply


def test_a_cold_contact_reached_by_the_users_call_records_the_phone_as_their_way():
    """AU017, AU033 (blind): "jeg ringede til dem i går for at følge op og hun lød virkelig ligeglad" left the channel
    unset; the user calls. Cold at the interview itself says nothing of the way."""
    slots = {k: v for k, v in COMPLETE.items() if k != "contact_channel"}
    said_now = "jeg ringede til dem i går for at følge op og hun lød virkelig ligeglad"
    _, events = run(ActionRecordRejection(), make_tracker(said_now, "report_rejection", slots,
                                                          events=[{"event": "user", "text": said_now}]))
    assert slot_events(events).get("contact_channel") == "telefon"
    said_now = "hende der interviewede mig virkede ret kold og uinteresseret"
    _, events = run(ActionRecordRejection(), make_tracker(said_now, "report_rejection", slots,
                                                          events=[{"event": "user", "text": said_now}]))
    assert slot_events(events).get("contact_channel") is None
