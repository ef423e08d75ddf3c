"""The form's questions (actions/questions.py): phrased with what is known, never a bare repeat."""

from conftest import make_tracker, run, texts
from rasa_sdk.executor import CollectingDispatcher

from actions.questions import ActionExplainQuestion, ActionPauseQuestions, ActionResumeQuestions, AskInterviewDate
from coach.texts import text


def _asked_for_the_date_then(answer: str, filled: dict) -> object:
    events = [{"event": "user", "text": "hej jeg skal have hjælp til at følge op på en samtale"},
              {"event": "slot", "name": "requested_slot", "value": "interview_date"},
              {"event": "bot", "text": text("form.questions.interview_date")},
              {"event": "user", "text": answer},
              *({"event": "slot", "name": k, "value": v} for k, v in filled.items())]
    return make_tracker(answer, slots={"requested_slot": "interview_date", **filled},
                        active_loop="followup_form", events=events)


def test_another_answer_to_the_date_question_is_acknowledged_before_the_question_again(dispatcher):
    tracker = _asked_for_the_date_then("det var til en stilling som lagerarbejder hos Bilka",
                                       {"role": "lagerarbejder", "company": "Bilka"})
    run(AskInterviewDate(), tracker, dispatcher)
    said = texts(dispatcher)
    assert said.startswith(text("form.noted_other_answer"))
    assert text("form.questions.interview_date") in said


def test_stop_gets_no_question_after_the_pause_and_goodbye_is_a_pause(dispatcher):
    """s41: "hold op" got the question again; goodbye got "Held og lykke med opfølgningen!" and the question."""
    run(AskInterviewDate(), _asked_for_the_date_then("hold op", {}), dispatcher)
    assert texts(dispatcher) == text("form.paused_nothing_told")  # no question after it
    dispatcher.messages.clear()
    run(ActionPauseQuestions(), _asked_for_the_date_then("farvel", {"role": "kok"}), dispatcher)
    assert texts(dispatcher) == text("form.paused")


def test_no_to_starting_over_goes_on_with_the_questions(dispatcher):
    """s43a: "nej behold det" to starting over got "Vi kan fortsætte, hvor vi slap", and no question came again."""
    assert run(ActionResumeQuestions(), make_tracker("nej behold det", "deny", {"interview_date": "2026-11-24"}),
               dispatcher)[0]["name"] == "followup_form"
    assert run(ActionResumeQuestions(), make_tracker("nej", "deny", {}), dispatcher) == []  # nothing told: nothing


def test_a_message_that_told_nothing_gets_the_question_alone(dispatcher):
    tracker = _asked_for_the_date_then("hmm", {})
    run(AskInterviewDate(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.questions.interview_date")


def test_a_rough_answer_on_the_second_try_gets_which_day_not_the_question_in_other_words(dispatcher):
    asked = [{"event": "slot", "name": "requested_slot", "value": "interview_date"},
             {"event": "bot", "text": text("form.questions.interview_date")}]
    period = "2026-10-24/2026-11-01"
    events = [{"event": "user", "text": "hej"}, *asked, {"event": "user", "text": "det var som sygeplejerske"},
              *asked, {"event": "user", "text": "øh ja, det var vist for en måneds tid siden"},
              {"event": "slot", "name": "interview_period", "value": period}]
    tracker = make_tracker("øh ja, det var vist for en måneds tid siden", active_loop="followup_form",
                           slots={"requested_slot": "interview_date", "interview_period": period}, events=events)
    run(AskInterviewDate(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.questions.interview_day")


def test_what_a_word_of_the_question_means_is_explained(dispatcher):
    tracker = make_tracker("hvad mener du med svarfrist?", slots={"requested_slot": "deadline"},
                           active_loop="followup_form", intent="ask_meaning")
    run(ActionExplainQuestion(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.meaning.deadline")


def test_hvad_mener_du_alone_explains_the_question_being_asked(dispatcher):
    tracker = make_tracker("øh hvad mener du?", slots={"requested_slot": "contact_channel"},
                           active_loop="followup_form", intent="ask_meaning")
    run(ActionExplainQuestion(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.meaning.contact_channel")


def test_nerves_told_with_an_answer_get_a_word_once_before_the_next_question(dispatcher):
    from actions.questions import AskRole
    said = "hej. jeg var til jobsamtale i torsdags og jeg er helt vildt nervøs for at skulle ringe til dem"  # AU001
    tracker = make_tracker(said, slots={"requested_slot": "role", "interview_date": "2026-11-26"},
                           active_loop="followup_form")
    run(AskRole(), tracker, dispatcher)
    assert texts(dispatcher).startswith(text("form.feelings.nervous"))
    dispatcher.messages.clear()
    tracker.events.insert(0, {"event": "bot", "text": text("form.feelings.nervous")})  # said before
    run(AskRole(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.questions.role")


def test_nerves_told_with_the_mail_chosen_get_the_word_for_the_mail(dispatcher):
    from actions.questions import AskDeadline
    said = "mail, jeg bliver så nervøs i telefonen"
    tracker = make_tracker(said, slots={"requested_slot": "deadline", "contact_channel": "email"},
                           active_loop="followup_form")
    run(AskDeadline(), tracker, dispatcher)
    assert texts(dispatcher).startswith(text("form.feelings.nervous_email"))


def test_an_interview_told_ahead_is_asked_about_ahead(dispatcher):
    tracker = make_tracker("har samtale", slots={"requested_slot": "interview_date", "interview_ahead": True},
                           active_loop="followup_form")
    run(AskInterviewDate(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.questions.interview_date_ahead")


def test_a_week_ahead_asks_which_day_the_interview_will_be(dispatcher):
    """'skal til samtale i næste uge' (BE008): which day it will be, not which day it was (today is a Saturday)."""
    period = "2026-11-30/2026-12-06"
    events = [{"event": "user", "text": "skal til samtale i næste uge"},
              {"event": "slot", "name": "interview_period", "value": period}]
    tracker = make_tracker("skal til samtale i næste uge", active_loop="followup_form",
                           slots={"requested_slot": "interview_date", "interview_period": period}, events=events)
    run(AskInterviewDate(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.questions.interview_day_ahead")


def test_an_interview_over_a_year_ago_confirmed_gets_advice_to_let_go_not_the_question_again(dispatcher):
    """s35c: "d. 12/10/2025", "Passer årstallet?", "ja det passer, det var sidste år": the question four times."""
    refused = text("form.invalid.interview_too_old", day="Søndag den 12. oktober 2025")
    events = [{"event": "user", "text": "samtale som tømrer d. 12/10/2025, har skrevet 2 gange"},
              {"event": "slot", "name": "requested_slot", "value": "interview_date"},
              {"event": "bot", "text": refused}, {"event": "bot", "text": text("form.questions.interview_date")},
              {"event": "user", "text": "ja det passer, det var sidste år"}]
    tracker = make_tracker("ja det passer, det var sidste år", slots={"requested_slot": "interview_date"},
                           active_loop="followup_form", events=events)
    run(AskInterviewDate(), tracker, dispatcher)
    assert texts(dispatcher) == text("form.invalid.interview_too_old_confirmed")
    again = make_tracker("hmm", slots={"requested_slot": "interview_date"}, active_loop="followup_form",
                         events=[*events[:2], {"event": "bot", "text": text("form.questions.interview_date")},
                                 {"event": "user", "text": "hmm"}])
    asked = CollectingDispatcher()
    run(AskInterviewDate(), again, asked)  # no refusal before: the question as ever
    assert text("form.invalid.interview_too_old_confirmed") not in texts(asked)
