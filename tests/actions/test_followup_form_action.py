"""validate_followup_form: facts in the user's words become contract slots, bad ones are refused."""

import asyncio

import pytest
from conftest import TODAY, make_tracker, slot_events, texts
from rasa_sdk.executor import CollectingDispatcher

from actions.followup_form import ValidateFollowupForm
from actions.tracker_case import REQUIRED_SLOTS
from coach.case import FollowUpCase
from coach.dates.entities import time_entities
from coach.texts import text
from coach.tips import channel_advice

DOMAIN = {"forms": {"followup_form": {"required_slots": list(REQUIRED_SLOTS)}}}


def run_form(tracker, dispatcher):
    return slot_events(asyncio.run(ValidateFollowupForm().run(dispatcher, tracker, DOMAIN)))


def asking(slot, text, intent="inform", **slots):
    return make_tracker(text, intent=intent, slots={"requested_slot": slot, **slots}, active_loop="followup_form")


def test_interview_date_in_danish_words(dispatcher):
    slots = run_form(asking("interview_date", "det var i tirsdags kl. 10"), dispatcher)
    assert slots["interview_date"] == "2026-11-24"
    assert slots["interview_time"] == "10:00"
    assert slots["requested_slot"] == "role"


def test_interview_later_today_is_ahead_until_the_user_says_it_was_held(dispatcher):
    slots = run_form(make_tracker("jeg skal til samtale i dag kl 14 som pædagog", active_loop="followup_form"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-28" and slots["interview_ahead"] is True
    assert slots["requested_slot"] is None  # R6 needs only the day
    held = make_tracker("nu har jeg lige haft samtalen", active_loop="followup_form",
                        slots={"interview_date": "2026-11-28", "interview_ahead": True, "role": "pædagog"})
    slots = run_form(held, dispatcher)
    assert slots["interview_ahead"] is None and slots["requested_slot"] == "contact_channel"


def test_asking_to_rehearse_with_facts_missing_says_the_questions_come_before_the_call(dispatcher):
    """The newcomer trial: "…var til samtale i mandags og vil gerne øve opkaldet" (read as facts) got the plan's
    questions with no word of the rehearsal, and the user's call lines were then read as answers."""
    said = "hej jeg hedder Kasper Holm, jeg var til samtale i mandags som lagermand og vil gerne øve opkaldet"
    slots = run_form(make_tracker(said, active_loop="followup_form"), dispatcher)
    assert slots["requested_slot"] == "deadline"  # rehearsing the call chose the phone
    assert texts(dispatcher) == text("rehearsal.after_the_questions")
    for asked, message in (("contact_channel", "jeg vil gerne øve opkaldet, telefon"),  # asked already: once
                           (None, "hej jeg var til samtale i mandags som lagermand")):  # no rehearsal asked for
        quiet = CollectingDispatcher()
        run_form(make_tracker(message, active_loop="followup_form", slots={"requested_slot": asked}), quiet)
        assert text("rehearsal.after_the_questions") not in texts(quiet)


def test_all_facts_in_one_message_fill_both_dates(dispatcher):
    text = "Jeg var til samtale i tirsdags, og de sagde, de svarer senest fredag den 4. december"
    slots = run_form(make_tracker(text, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-24"
    assert slots["deadline"] == "2026-12-04"


def test_the_users_own_today_in_an_opening_is_no_answer_day(dispatcher):
    """'har fri i dag …, var til samtale d. 24. november': the day off says nothing of the employer's answer."""
    opening = "har fri i dag så tænkte jeg ville få styr på det her. var til anden samtale d. 24. november"
    slots = run_form(make_tracker(opening, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-24"
    assert slots.get("deadline") is None


def test_an_answered_call_with_a_new_day_is_no_unanswered_attempt(dispatcher):
    said = "har lige ringet, hun sagde de ringer i næste uge"
    slots = run_form(asking("contact_channel", said, interview_date="2026-11-18", role="kok"), dispatcher)
    assert "followup_attempts" not in slots
    assert slots["deadline"] == "2026-12-04"


def test_impossible_date_is_questioned_and_nothing_is_guessed(dispatcher):
    slots = run_form(asking("interview_date", "den 31. februar"), dispatcher)
    assert slots.get("interview_date") is None
    assert "findes ikke" in texts(dispatcher)
    assert slots["requested_slot"] == "interview_date"


def test_unreadable_date_gets_a_danish_hint(dispatcher):
    slots = run_form(asking("interview_date", "engang for noget tid siden vist"), dispatcher)
    assert slots.get("interview_date") is None
    assert "Den dato kunne jeg ikke læse" in texts(dispatcher)


def test_no_deadline_answer_becomes_ingen(dispatcher):
    tracker = asking("deadline", "det sagde de ikke", intent="deny", interview_date="2026-11-24")
    assert (run_form(tracker, dispatcher))["deadline"] == "ingen"


@pytest.mark.parametrize("said, deadline", [
    ("hun sagde de ville svare en uge efter samtalen", "2026-12-01"),
    ("de sagde inden for en uge efter samtalen", "2026-12-01"),
    ("de sagde 14 dage efter samtalen", "2026-12-08"),
])
def test_a_deadline_counted_from_the_interview(dispatcher, said, deadline):
    slots = run_form(asking("deadline", said, interview_date="2026-11-24", role="kok", contact_channel="telefon"),
                     dispatcher)
    assert slots["deadline"] == deadline and "interview_date" not in slots


def test_a_day_beside_soon_is_the_deadline(dispatcher):
    slots = run_form(asking("deadline", "de sagde inden jul, men det er jo snart", interview_date="2026-11-24",
                            role="kok", contact_channel="telefon"), dispatcher)
    assert slots["deadline"] == "2026-12-23"


def test_a_day_the_user_places_the_interview_on_leaves_no_deadline(dispatcher):
    slots = run_form(asking("deadline", "kan ikke huske det, det var lige op til jul og alt var lidt kaos",
                            interview_date="2026-11-24", role="kok", contact_channel="telefon"), dispatcher)
    assert slots["deadline"] == "ingen"


def test_not_knowing_yet_while_looking_it_up_is_no_answer(dispatcher):
    slots = run_form(asking("deadline", "det ved jeg ikke lige, vent... jeg har skrevet det ned et sted",
                            interview_date="2026-11-24", role="kok", contact_channel="telefon"), dispatcher)
    assert slots.get("deadline") is None and slots["requested_slot"] == "deadline"
    assert text("form.take_your_time") in texts(dispatcher)


def test_deadline_before_interview_is_refused(dispatcher):
    tracker = asking("deadline", "de svarer senest den 20. november", interview_date="2026-11-24",
                     role="kontorchef", contact_channel="telefon")
    slots = run_form(tracker, dispatcher)
    assert slots.get("deadline") is None
    assert "før samtalen" in texts(dispatcher)
    assert slots["requested_slot"] == "deadline"


def test_interview_years_ago_is_refused(dispatcher):
    slots = run_form(asking("interview_date", "den 3. marts 2023"), dispatcher)
    assert slots.get("interview_date") is None
    assert "mere end et år siden" in texts(dispatcher)


def test_bare_role_answer(dispatcher):
    slots = run_form(asking("role", "Stillingen som lagerforvalter.", interview_date="2026-11-24"), dispatcher)
    assert slots["role"] == "lagerforvalter"


def test_channel_in_own_words(dispatcher):
    tracker = asking("contact_channel", "jeg tror jeg ringer", interview_date="2026-11-24", role="kok")
    assert (run_form(tracker, dispatcher))["contact_channel"] == "telefon"


@pytest.mark.parametrize("said, chosen", [
    ("jeg er lidt genert i telefonen", "email"),
    ("Hvad er bedst? Jeg ringer helst ikke til folk jeg ikke kender…", "email"),  # s43a: the question again
    ("telefon er ikke lige mig", "email"),
    ("mail er ikke min stærke side", "telefon"),
])
def test_ruling_one_channel_out_when_asked_chooses_the_other(dispatcher, said, chosen):
    tracker = asking("contact_channel", said, interview_date="2026-11-24", role="kok")
    assert run_form(tracker, dispatcher)["contact_channel"] == chosen


@pytest.mark.parametrize("said, chosen", [("📞", "telefon"), ("✉️", "email"), ("jeg fik jo hans nummer", "telefon")])
def test_a_phone_emoji_or_the_number_they_gave_chooses_the_channel(dispatcher, said, chosen):
    """s43a: "📞" got the channel question five times; "jeg fik jo hans nummer" got "Skriv „ringe“ eller …" (C1)."""
    tracker = asking("contact_channel", said, intent="nlu_fallback", interview_date="2026-11-24", role="kok")
    assert run_form(tracker, dispatcher)["contact_channel"] == chosen


@pytest.mark.parametrize("said", ["jeg har ikke ringet endnu",
                                  "de sagde svar inden 23/10. har ikke turdet skrive til dem"])  # s42c: the phone
def test_a_channel_not_used_yet_is_no_choice(dispatcher, said):
    tracker = asking("contact_channel", said, interview_date="2026-10-09", role="kok")
    assert run_form(tracker, dispatcher).get("contact_channel") is None


def test_employer_saying_nothing_of_the_channel_leaves_the_choice_to_the_user(dispatcher):
    tracker = asking("contact_channel", "øh det sagde de ikke noget om", intent="deny",
                     interview_date="2026-11-24", role="kok")
    slots = run_form(tracker, dispatcher)
    assert slots.get("contact_channel") is None and "deadline" not in slots
    assert text("form.channel_is_yours") in texts(dispatcher)
    assert slots["requested_slot"] == "contact_channel"


@pytest.mark.parametrize("slot, said, known", [
    ("contact_channel", "vent lige, skal lige hente min søn, er tilbage om lidt",
     {"interview_date": "2026-11-24", "role": "kok"}),
    ("interview_date", "2 sek, jeg tjekker lige i kalenderen", {}),
])
def test_stepping_away_gets_time_and_keeps_the_question(dispatcher, slot, said, known):
    slots = run_form(asking(slot, said, **known), dispatcher)
    assert text("form.take_your_time") in texts(dispatcher)
    assert slots["requested_slot"] == slot and all(slots.get(k, v) == v for k, v in known.items())


@pytest.mark.parametrize("slot, said, intent, known", [
    ("contact_channel", "hold op", "inform", {"interview_date": "2026-11-24", "role": "kok"}),
    ("contact_channel", "stop", "cancel_reminder", {"interview_date": "2026-11-24", "role": "kok"}),
    ("interview_date", "jeg gider ikke mere", "inform", {}),
])
def test_stop_in_the_questions_is_a_pause_and_keeps_what_was_told(dispatcher, slot, said, intent, known):
    """s41: "stop", "hold op" got "Skriv „ringe“ eller „mail“ …" and the question again: no answer is asked for."""
    slots = run_form(asking(slot, said, intent=intent, **known), dispatcher)
    assert dispatcher.messages == []  # the form's question says the pause (tests/actions/test_questions.py)
    assert not slots.get(slot) and all(slots.get(k, v) == v for k, v in known.items())


@pytest.mark.parametrize("said", ["Nej, behold det", "nej", "/deny"])
def test_no_to_deleting_everything_asked_in_the_questions_is_no_answer_to_them(dispatcher, said):
    """s43a: "Nej, behold det" to "Skal jeg slette alt …?" asked while the coach asked for the answer day became
    "De gav dig ingen dato for et svar" (deadline "ingen")."""
    from actions.tracker_case import response_text
    asked = [{"event": "bot", "text": response_text("utter_ask_forget")}, {"event": "user", "text": said}]
    tracker = make_tracker(said, intent="deny", active_loop="followup_form", events=asked,
                           slots={"requested_slot": "deadline", "interview_date": "2026-11-24", "role": "kok",
                                  "contact_channel": "email"})
    slots = run_form(tracker, dispatcher)
    assert slots.get("deadline") is None and dispatcher.messages[0]["response"] == "utter_forget_cancelled"


@pytest.mark.parametrize("said", [
    "Mail. Jeg skrev til ham i tirsdags, men fik bare et autosvar: han er på ferie/ude af kontoret til og med fredag "
    "d. 4. december.",
    "autosvaret siger han er ude af kontoret til og med fredag d. 4. december"])
def test_an_auto_reply_told_with_its_absence_keeps_the_day_back(dispatcher, said):
    """s43b: "… fik bare et autosvar: han er … ude af kontoret til og med fredag d. 11. december" gave a follow-up on
    the Monday he was still away."""
    slots = run_form(asking("contact_channel", said, interview_date="2026-11-16", role="kok"), dispatcher)
    assert slots["contact_back"] == "2026-12-05"


def test_a_long_story_told_with_the_verb_first_keeps_the_interviews_day(dispatcher):
    """s43a: "Ok så har jeg været til samtale hos Danske Bank …, det var torsdag d. 19. november kl 13.30, og den fyr
    … sagde … i løbet af ugen efter" lost the day and the hour, and the answer day was a week late."""
    said = ("Ok så har jeg været til samtale hos Danske Bank som kundeservicemedarbejder, det var torsdag d. 19. "
            "november kl 13.30, og den fyr jeg snakkede med sagde at de ville vende tilbage i løbet af ugen efter")
    slots = run_form(make_tracker(said, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-19" and slots["interview_time"] == "13:30"
    assert slots["deadline"] == "2026-11-27"


def test_a_deadline_the_user_asks_to_set_is_not_the_employers(dispatcher):
    """s42b: "må jeg skrive at jeg har brug for svar inden fredag eller ej?" became the employer's answer day."""
    slots = run_form(asking("deadline", "må jeg skrive at jeg har brug for svar inden fredag eller ej?",
                            intent="ask_mail_form", interview_date="2026-11-23", role="kok",
                            contact_channel="email"), dispatcher)
    assert slots.get("deadline") is None and slots["requested_slot"] == "deadline"


def test_no_word_of_when_they_answer_is_no_reply_about_the_channel(dispatcher):
    tracker = asking("contact_channel", "de sagde ikke hvornår de ville svare", intent="deny",
                     interview_date="2026-11-24", role="kok")
    run_form(tracker, dispatcher)
    assert text("form.channel_is_yours") not in texts(dispatcher)


def test_asking_for_the_email_chooses_the_channel(dispatcher):
    tracker = asking("contact_channel", "kan du skrive en mail til mig", intent="request_email")
    assert (run_form(tracker, dispatcher))["contact_channel"] == "email"


def test_a_question_inside_the_form_is_left_to_the_rules(dispatcher):
    tracker = asking("interview_date", "hvad kan du egentlig?", intent="ask_capabilities")
    slots = run_form(tracker, dispatcher)
    assert "interview_date" not in slots
    assert dispatcher.messages == []


def test_correction_replaces_the_interview_day(dispatcher):
    tracker = asking("role", "nej, det var onsdag", interview_date="2026-11-24")
    slots = run_form(tracker, dispatcher)
    assert slots["interview_date"] == "2026-11-25"


def test_when_all_is_known_the_form_asks_nothing(dispatcher):
    tracker = asking("deadline", "ingen frist", interview_date="2026-11-24", role="kok", contact_channel="email")
    slots = run_form(tracker, dispatcher)
    assert slots["deadline"] == "ingen" and slots["requested_slot"] is None


def test_a_pronoun_is_not_taken_for_the_employer(dispatcher):
    # The tagger read "I" as a company; the from_entity mapping set it this turn.
    events = [{"event": "user", "text": "I had an interview"}, {"event": "slot", "name": "company", "value": "I"}]
    tracker = make_tracker("I had an interview", slots={"requested_slot": "interview_date", "company": "I"},
                           active_loop="followup_form", events=events)
    assert run_form(tracker, dispatcher)["company"] is None


def test_no_deadline_said_along_with_other_facts(dispatcher):
    text = "Jeg var til samtale i onsdags som kontorchef, jeg vil ringe og de sagde ingen frist"
    slots = run_form(make_tracker(text, active_loop="followup_form"), dispatcher)
    assert slots["deadline"] == "ingen" and slots["interview_date"] == "2026-11-25"


def test_a_weak_guess_at_another_intent_is_read_as_the_answer(dispatcher):
    tracker = asking("contact_channel", "<script>alert(1)</script>", intent="request_call_script",
                     interview_date="2026-11-24", role="kok")
    tracker.latest_message["intent"]["confidence"] = 0.34
    slots = run_form(tracker, dispatcher)
    assert slots["contact_channel"] is None and slots["requested_slot"] == "contact_channel"
    assert "ringe" in dispatcher.messages[0]["text"]


def test_an_unclear_answer_to_the_role_question_is_kept(dispatcher):
    slots = run_form(asking("role", "social- og sundhedsassistent", intent="nlu_fallback",
                            interview_date="2026-11-24"), dispatcher)
    assert slots["role"] == "social- og sundhedsassistent"


def test_an_interview_said_as_a_week_asks_for_the_day_and_reads_it_in_that_week(dispatcher):
    slots = run_form(make_tracker("var til samtale i sidste uge og har stadig ikke hørt fra dem",
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] is None and slots["interview_period"] == "2026-11-16/2026-11-22"
    assert slots["requested_slot"] == "interview_date"
    slots = run_form(asking("interview_date", "onsdag", interview_period="2026-11-16/2026-11-22"), dispatcher)
    assert slots["interview_date"] == "2026-11-18"


def test_a_bare_date_answers_which_day_of_the_period(dispatcher):
    slots = run_form(asking("interview_date", "16/11", interview_period="2026-11-16/2026-11-22"), dispatcher)
    assert slots["interview_date"] == "2026-11-16"


@pytest.mark.parametrize("said, period, answer, interview", [
    ("jeg var til samtale i mandags d. 24.", "2026-11-23/2026-11-24", "mandag", "2026-11-23"),
    ("samtalen var tirsdag den 26/11", "2026-11-24/2026-11-26", "torsdag", "2026-11-26"),
])
def test_a_weekday_and_a_date_that_disagree_ask_which_day(dispatcher, said, period, answer, interview):
    slots = run_form(make_tracker(said, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] is None and slots["interview_period"] == period
    assert "passer ikke helt sammen" in texts(dispatcher) and slots["requested_slot"] == "interview_date"
    slots = run_form(asking("interview_date", answer, interview_period=period), dispatcher)
    assert slots["interview_date"] == interview


@pytest.mark.parametrize("said", ["nope", "ved ik", "kan ikke huske det"])
def test_not_knowing_which_day_of_the_period_takes_its_last_day_and_says_so(dispatcher, said):
    slots = run_form(asking("interview_date", said, intent="deny", interview_period="2026-11-24/2026-11-26"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-26" and slots["interview_period"] is None
    assert "torsdag den 26. november" in texts(dispatcher)


def test_not_knowing_which_day_of_a_week_takes_its_last_working_day():
    """s32c: "ved ikke 🤷" to the day of last week became "Så regner jeg med søndag den 29. november", which the
    script then put to the employer."""
    dispatcher = CollectingDispatcher()
    slots = run_form(asking("interview_date", "ved ikke 🤷", intent="deny", interview_period="2026-11-16/2026-11-22"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-20" and "fredag den 20. november" in texts(dispatcher)


def test_a_weekday_that_agrees_with_the_day_is_that_day(dispatcher):
    slots = run_form(make_tracker("jeg var til samtale i mandags, d. 16.", active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-16" and not texts(dispatcher)


def test_a_deadline_whose_weekday_disagrees_keeps_the_numbered_day_and_says_so(dispatcher):
    slots = run_form(asking("deadline", "de svarer fredag d. 10.", interview_date="2026-11-24", role="kok",
                            contact_channel="telefon"), dispatcher)
    assert slots["deadline"] == "2026-12-10"  # a Thursday
    said = texts(dispatcher)
    assert "torsdag den 10. december" in said and "fredag den 11. december" in said


def test_a_bare_correction_changes_the_date_given_last(dispatcher):
    """'på torsdag' answered the deadline; 'nej vent, det var fredag de sagde' corrects it, not the interview."""
    known = {"interview_date": "2026-11-20", "role": "barista", "contact_channel": "telefon", "deadline": "2026-12-03"}
    events = [{"event": "slot", "name": k, "value": v} for k, v in known.items()] + [{"event": "user"}]
    slots = run_form(make_tracker("nej vent, det var fredag de sagde", slots=known, events=events,
                                  active_loop="followup_form"), dispatcher)
    assert slots["deadline"] == "2026-12-04"
    assert slots.get("interview_date", "2026-11-20") == "2026-11-20"


def test_a_correction_that_names_the_interviews_own_day_leaves_the_answer_day(dispatcher):
    """s35d: "nej jeg mente en TAK for samtalen mail, nu hvor det kun var i fredags" made the interview's Friday the
    answer day, and "inden jul" was lost."""
    known = {"interview_date": "2026-11-27", "role": "sygeplejerske", "contact_channel": "email",
             "deadline": "2026-12-23"}
    events = [{"event": "slot", "name": k, "value": v} for k, v in known.items()] + [{"event": "user"}]
    said = "nej jeg mente en TAK for samtalen mail, nu hvor det kun var i fredags"
    slots = run_form(make_tracker(said, slots=known, events=events, active_loop="followup_form"), dispatcher)
    assert slots.get("deadline", "2026-12-23") == "2026-12-23"
    assert slots.get("interview_date", "2026-11-27") == "2026-11-27"


def test_a_correction_while_the_deadline_is_asked_corrects_the_interview(dispatcher):
    """'samtalen var i fredags' was the last date given; 'nej vent det var torsdag' corrects it, it is
    neither the deadline nor a 'no'."""
    known = {"interview_date": "2026-11-27", "role": "tømrer", "contact_channel": "telefon"}
    events = [{"event": "user"}] + [{"event": "slot", "name": k, "value": v} for k, v in known.items()] \
        + [{"event": "slot", "name": "requested_slot", "value": "deadline"}, {"event": "user"}]
    slots = run_form(make_tracker("nej vent det var torsdag", slots={**known, "requested_slot": "deadline"},
                                  events=events, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-26"
    assert slots.get("deadline") is None and slots["requested_slot"] == "deadline"


def test_an_approximate_interview_day_asks_for_the_day(dispatcher):
    slots = run_form(make_tracker("det er snart 3 uger siden min samtale og der er bare stille",
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] is None and slots["requested_slot"] == "interview_date"


def test_a_corrected_count_of_attempts_replaces_the_first(dispatcher):
    known = {"interview_date": "2026-11-13", "followup_attempts": 2, "last_attempt_date": "2026-11-28"}
    events = [{"event": "slot", "name": k, "value": v} for k, v in known.items()] + [{"event": "user"}]
    slots = run_form(make_tracker("nej undskyld det var kun én gang, i fredags", slots=known, events=events,
                                  active_loop="followup_form"), dispatcher)
    assert (slots["followup_attempts"], slots["last_attempt_date"]) == (1, "2026-11-27")


def test_a_bare_day_right_after_an_attempt_dates_it(dispatcher):
    known = {"interview_date": "2026-11-10", "followup_attempts": 1, "last_attempt_date": "2026-11-28"}
    events = [{"event": "user"}, {"event": "slot", "name": "followup_attempts", "value": 1}, {"event": "user"}]
    slots = run_form(make_tracker("i tirsdags", slots=known, events=events, active_loop="followup_form"), dispatcher)
    assert slots["last_attempt_date"] == "2026-11-24"


def test_a_bare_day_asked_for_as_the_interview_dates_the_interview_not_the_attempt(dispatcher):
    """'for en måneds tid siden og har ringet 3 gange' -> which day? -> 'det var d. 7. november'."""
    known = {"followup_attempts": 3, "last_attempt_date": "2026-11-28",
             "interview_period": "2026-10-24/2026-10-31", "requested_slot": "interview_date"}
    events = [{"event": "user"}, *({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "user"}]
    slots = run_form(make_tracker("det var d. 30. oktober", slots=known, events=events,
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-10-30"
    assert "last_attempt_date" not in slots  # still today's, until the user says when


def test_news_of_a_cold_contact_keeps_the_interview_day(dispatcher):
    known = {"interview_date": "2026-11-20", "role": "receptionist", "contact_channel": "telefon",
             "deadline": "2026-11-27"}
    said = "jeg snakkede med hende i telefonen i dag om noget praktisk og hun lød virkelig uinteresseret"
    slots = run_form(make_tracker(said, slots=known, active_loop="followup_form"), dispatcher)
    assert slots.get("application_closed") is True
    assert slots.get("interview_date", "2026-11-20") == "2026-11-20"


def test_the_way_an_attempt_went_is_kept_for_the_next_script(dispatcher):
    slots = run_form(make_tracker("var til samtale som lagerchef i mandags, har mailet dem én gang i går uden svar",
                                  active_loop="followup_form"), dispatcher)
    assert (slots["followup_attempts"], slots["last_attempt_channel"]) == (1, "email")


def test_a_promise_without_a_day_is_no_deadline(dispatcher):
    slots = run_form(asking("deadline", "han sagde bare de ville ringe", interview_date="2026-11-24",
                            role="tømrer", contact_channel="telefon"), dispatcher)
    assert slots["deadline"] == "ingen"


def test_a_promise_with_a_day_is_that_day(dispatcher):
    """A bare weekday they named is the first after the interview; "på fredag" points from now, retold or not."""
    for said, day in (("de sagde de ville ringe fredag", "2026-11-27"),
                      ("de sagde de ville ringe på fredag", "2026-12-04")):
        slots = run_form(asking("deadline", said, interview_date="2026-11-24", role="tømrer",
                                contact_channel="telefon"), dispatcher)
        assert slots["deadline"] == day, said


def test_a_correction_after_no_deadline_corrects_the_interview(dispatcher):
    """'ringe og ingen frist', then 'ret datoen, det var onsdag': 'ingen' gave no date to correct."""
    known = {"interview_date": "2026-11-23", "role": "projektleder", "contact_channel": "telefon", "deadline": "ingen"}
    events = [{"event": "slot", "name": "interview_date", "value": "2026-11-23"}, {"event": "user"},
              {"event": "slot", "name": "deadline", "value": "ingen"}, {"event": "user"}]
    slots = run_form(make_tracker("ret datoen, det var onsdag", slots=known, events=events,
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-25" and "deadline" not in slots


def test_a_day_beside_the_job_in_the_opening_is_the_interview(dispatcher):
    tracker = make_tracker("torsdag d. 5. som chauffør hos et vognmandsfirma", active_loop="followup_form")
    slots = run_form(tracker, dispatcher)
    assert slots["interview_date"] == "2026-11-05"  # the role comes from the NLU's job_role entity


def test_on_the_way_home_from_the_interview_is_today_even_with_a_deadline_said(dispatcher):
    text = "sidder i toget hjem fra en samtale som receptionist, de ville melde tilbage inden nytår"
    slots = run_form(make_tracker(text, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-28" and slots["deadline"] == "2026-12-30"


def test_the_day_of_the_last_call_said_after_the_plan_moves_the_last_attempt(dispatcher):
    slots = {"interview_date": "2026-11-12", "followup_attempts": 2, "last_attempt_date": "2026-11-28"}
    for said, day in (("sidst jeg ringede var i tirsdags", "2026-11-24"), ("sidste gang var i tirsdags", "2026-11-24")):
        assert run_form(make_tracker(said, slots=slots), dispatcher)["last_attempt_date"] == day


def test_a_follow_up_before_the_interview_is_refused_once_and_the_count_kept(dispatcher):
    text = "samtale d. 20/11 som kok, og jeg ringede til dem d. 18/11 uden svar"
    slots = run_form(make_tracker(text, active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-20" and slots["followup_attempts"] == 1
    assert slots["last_attempt_date"] is None
    assert texts(dispatcher).count("ligger før samtalen") == 1


def test_a_later_interview_day_refuses_the_follow_up_said_before_it(dispatcher):
    known = {"interview_date": "2026-11-10", "followup_attempts": 1, "last_attempt_date": "2026-11-16"}
    events = [{"event": "slot", "name": "interview_date", "value": "2026-11-10"}, {"event": "user"}]
    slots = run_form(make_tracker("nej vent, samtalen var d. 19/11", slots=known, events=events,
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == "2026-11-19" and slots["last_attempt_date"] is None
    assert "Din seneste opfølgning (mandag den 16. november) ligger før samtalen" in texts(dispatcher)


def test_the_interview_day_is_not_the_day_of_the_follow_ups_counted_with_it(dispatcher):
    text = "samtale d. 12/11 som it-supporter hos Netcompany og jeg har ringet 2 gange nu uden at få fat i nogen"
    slots = run_form(make_tracker(text, active_loop="followup_form"), dispatcher)
    assert slots["followup_attempts"] == 2 and slots["interview_date"] == "2026-11-12"
    assert slots["last_attempt_date"] == "2026-11-28"  # not said: today, not the interview


def test_a_title_said_on_its_own_after_the_advice_is_the_role(dispatcher):
    slots = {"interview_date": "2026-11-29"}  # ahead: the coach gave the advice and asked nothing
    assert run_form(make_tracker("tandlaegeassistent", slots=slots), dispatcher)["role"] == "tandlaegeassistent"
    assert "role" not in run_form(make_tracker("super tak", slots=slots), dispatcher)


def test_a_surname_said_later_completes_the_contacts_first_name(dispatcher):
    tracker = make_tracker("mail til Peter. hans efternavn er Dahl",
                           slots={"contact_name": "Peter", "requested_slot": "contact_channel"},
                           active_loop="followup_form")
    assert run_form(tracker, dispatcher)["contact_name"] == "Peter Dahl"


@pytest.mark.parametrize("said, known, mended", [
    ("Madsen** stavefejl sorry", {"contact_name": "Henrik Madsn"}, ("contact_name", "Henrik Madsen")),
    ("Frederiksen, ikke Frederiksn 🙈", {"contact_name": "Lise Frederiksn"}, ("contact_name", "Lise Frederiksen")),
    ("Jensen*", {"contact_name": "Mette Hansen", "user_name": "Ole Jenson"}, ("user_name", "Ole Jensen")),
    # s41a: "Kære Lene,", "Kære Camilla Berg," kept, "Kære Bech,", and "Erik Jensne" back again
    ("ups undskyld hun hedder Lene ikke Lone", {"contact_name": "Lone Pedersen"}, ("contact_name", "Lene Pedersen")),
    ("det var Camilla Bech forresten, ikke Berg", {"contact_name": "Camilla Berg"}, ("contact_name", "Camilla Bech")),
    ("hun hedder Bech til efternavn", {"contact_name": "Camilla Berg"}, ("contact_name", "Camilla Bech")),
    ("Jensen ikke Jensne", {"contact_name": "Mette Hansen", "user_name": "Erik Jensne"}, ("user_name", "Erik Jensen")),
])
def test_a_name_spelt_right_in_the_next_message_mends_the_name(dispatcher, said, known, mended):
    earlier = [{"event": "slot", "name": name, "value": value} for name, value in known.items()]
    tracker = make_tracker(said, slots={**known, "requested_slot": "contact_channel"}, active_loop="followup_form",
                           events=earlier + [{"event": "user", "text": said}])
    slot, value = mended
    assert run_form(tracker, dispatcher)[slot] == value
    assert not texts(dispatcher)  # understood: no "Skriv „ringe“ eller „mail“"


def test_a_respelling_mends_the_earlier_name_not_the_nlus_guess_from_this_message(dispatcher):
    said = "Frederiksen, ikke Frederiksn 🙈"
    earlier = [{"event": "slot", "name": "contact_name", "value": "Lise Frederiksn"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"contact_name": "Frederiksen", "requested_slot": "contact_channel"},
                           active_loop="followup_form", events=earlier)  # the entity mapping's candidate
    assert run_form(tracker, dispatcher)["contact_name"] == "Lise Frederiksen"


def test_another_name_close_to_the_contacts_is_no_respelling(dispatcher):
    tracker = make_tracker("Hanne sagde fredag", slots={"contact_name": "Mette Hansen", "requested_slot": "deadline"},
                           active_loop="followup_form")
    assert run_form(tracker, dispatcher).get("contact_name") in (None, "Mette Hansen")


def test_one_more_attempt_told_later_keeps_the_latest_day_as_the_last(dispatcher):
    known = {"followup_attempts": 1, "last_attempt_date": "2026-11-27", "interview_date": "2026-11-17",
             "role": "sekretær", "contact_channel": "email", "deadline": "ingen"}
    tracker = make_tracker("og nu jeg tænker over det, så ringede jeg også i onsdags. så det er vel 2 gange",
                           slots=known, active_loop="followup_form")
    slots = run_form(tracker, dispatcher)
    assert slots["followup_attempts"] == 2 and slots.get("last_attempt_date", "2026-11-27") == "2026-11-27"


def test_a_correction_that_puts_the_interview_ahead(dispatcher):
    """U044: "var til samtale torsdag", then "den er på torsdag … jeg har ikke været der endnu"."""
    said = "nej undskyld, den er på torsdag, altså d. 3. jeg har ikke været der endnu, har kun fået invitationen"
    earlier = [{"event": "slot", "name": "interview_date", "value": "2026-11-26"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"interview_date": "2026-11-26", "requested_slot": "contact_channel"},
                           active_loop="followup_form", events=earlier)
    assert run_form(tracker, dispatcher)["interview_date"] == "2026-12-03"


def test_a_channel_chosen_after_asking_for_advice(dispatcher):
    tracker = make_tracker("hvad anbefaler du? ok, så ringer jeg", intent="ask_channel_advice",
                           slots={"requested_slot": "contact_channel"}, active_loop="followup_form")
    assert run_form(tracker, dispatcher)["contact_channel"] == "telefon"


def test_a_plan_told_while_asking_about_it_chooses_the_channel(dispatcher):
    """AA035: the interview lies ahead, and the user asks about calling afterwards."""
    said = "jeg tænker at ringe til dem bagefter, er det en god ide?"
    slots = {"interview_date": "2027-09-20", "interview_ahead": True}
    assert run_form(make_tracker(said, intent="ask_channel_advice", slots=slots), dispatcher)["contact_channel"] \
        == "telefon"
    asked = make_tracker("skal jeg ringe bagefter?", intent="ask_channel_advice", slots=slots)
    assert "contact_channel" not in run_form(asked, dispatcher)


def test_a_mail_received_keeps_the_channel_chosen_before(dispatcher):
    """The NLU tags 'mail' in 'nu fik jeg lige en mail om …': no choice of channel, 'telefon' stays."""
    text = "nå nu fik jeg lige en mail om at de har valgt en anden, hvad svarer jeg"
    events = [{"event": "slot", "name": "contact_channel", "value": "telefon"}, {"event": "user", "text": text},
              {"event": "slot", "name": "contact_channel", "value": "email"}]
    tracker = make_tracker(text, slots={"contact_channel": "email", "interview_date": "2026-11-24"}, events=events)
    assert run_form(tracker, dispatcher)["contact_channel"] == "telefon"
    events[1]["text"] = said = "nej, jeg skriver hellere en mail"
    assert run_form(make_tracker(said, slots={"contact_channel": "email"}, events=events),
                    dispatcher)["contact_channel"] == "email"


def test_a_rejection_told_in_a_request_for_a_reply_closes_the_case_and_its_day_is_no_deadline(dispatcher):
    text = "jeg fik et afslag i fredags på mail. der stod bare at stillingen er besat. vil gerne svare pænt tilbage"
    slots = run_form(asking("contact_channel", text, intent="request_rejection_reply", interview_date="2026-11-10",
                            role="kontorfuldmægtig"), dispatcher)
    assert slots.get("application_closed") is True and slots.get("deadline") is None
    slots = run_form(asking("contact_channel", "hvad svarer jeg hvis de har valgt en anden?",
                            intent="request_rejection_reply", interview_date="2026-11-10"), dispatcher)
    assert not slots.get("application_closed")


def test_a_workplace_named_later_keeps_the_employer_said_with_hos(dispatcher):
    said = "social- og sundhedsassistent på Plejecenter Fremtiden"
    events = [{"event": "slot", "name": "company", "value": "Aalborg Kommune"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"company": "Aalborg Kommune", "requested_slot": "role"}, events=events,
                           active_loop="followup_form")
    assert run_form(tracker, dispatcher)["company"] == "Aalborg Kommune"


def test_a_dated_deadline_wins_over_a_word_that_could_mean_none(dispatcher):
    text = ("de ville svare d. 19 men jeg har ringet tre gange nu, sidst i fredags, og ingen tager den. "
            "gider snart ikk mere")
    slots = run_form(asking("deadline", text, interview_date="2026-11-12", role="buschauffør",
                            contact_channel="telefon"), dispatcher)
    assert slots["deadline"] == "2026-11-19" and slots["followup_attempts"] == 3


def test_a_day_that_exists_beside_one_that_does_not_answers_the_question(dispatcher):
    slots = run_form(asking("interview_date", "nåh nej, der er jo ingen 31. november. fredag d. 27/11"), dispatcher)
    assert slots["interview_date"] == "2026-11-27" and "findes ikke" not in texts(dispatcher)


def test_the_contact_by_title_and_surname_is_the_one_named_in_full_before(dispatcher):
    said = "Fru Lykke oplyste, at de ville give besked i uge 48."
    events = [{"event": "slot", "name": "contact_name", "value": "Hanne Lykke"}, {"event": "user", "text": said},
              {"event": "slot", "name": "contact_name", "value": "Fru Lykke"}]
    tracker = make_tracker(said, slots={"contact_name": "Fru Lykke"}, events=events, active_loop="followup_form")
    assert run_form(tracker, dispatcher)["contact_name"] == "Hanne Lykke"


def test_a_name_given_while_the_channel_is_asked_is_kept_and_gets_no_hint(dispatcher):
    tracker = asking("contact_channel", "hende der holdt den hed vist Birgitte Holm", interview_date="2027-01-07",
                     role="teknisk tegner")
    slots = run_form(tracker, dispatcher)
    assert slots["contact_name"] == "Birgitte Holm" and "Skriv „ringe“ eller „mail“" not in texts(dispatcher)


def test_a_title_answered_with_the_contacts_name_gives_both(dispatcher):
    tracker = asking("role", "tilkaldevikar i en boernehave, hun hed Aase Brandt", interview_date="2026-11-12")
    slots = run_form(tracker, dispatcher)
    assert slots["role"] == "tilkaldevikar" and slots["contact_name"] == "Aase Brandt"
    assert slots["requested_slot"] == "contact_channel"


def test_a_channel_proposed_as_a_question_with_the_other_ruled_out_is_chosen(dispatcher):
    text = "hov, kan jeg ikke hellere skrive en mail? jeg får alligevel aldrig fat i hende i telefonen"
    tracker = asking("deadline", text, intent="ask_channel_advice", interview_date="2026-11-24", role="kok",
                     contact_channel="telefon")
    assert run_form(tracker, dispatcher)["contact_channel"] == "email"


def test_a_span_of_days_is_a_guess_that_the_next_answer_pins(dispatcher):
    """'det er vel en 8-9 dage siden' -> which day? -> 'torsdag den 19.': the interview, not the deadline."""
    first = run_form(asking("interview_date", "det er vel en 8-9 dage siden"), dispatcher)
    assert first["interview_date"] is None and first["requested_slot"] == "interview_date"
    known = {"interview_period": first["interview_period"], "requested_slot": "interview_date"}
    events = [{"event": "user"}, *({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "user"}]
    slots = run_form(make_tracker("torsdag den 19.", slots=known, events=events, active_loop="followup_form"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-19"
    assert slots.get("deadline") is None


def test_a_larger_count_said_later_is_the_total(dispatcher):
    """'Jeg har indtil nu ringet' (1), then 'har siden ringet tre gange, …' (T024): three, the last one dated."""
    known = {"interview_date": "2026-11-10", "role": "sekretær", "contact_channel": "telefon",
             "followup_attempts": 1, "last_attempt_date": "2026-11-28", "requested_slot": "deadline"}
    events = [{"event": "user"}, *({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "user"}]
    said = ("De sagde senest fredag den 13. november. Jeg har siden ringet tre gange, den 16. november, "
            "den 20. november og senest tirsdag den 24. november, men ingen har ringet tilbage.")
    slots = run_form(make_tracker(said, slots=known, events=events, active_loop="followup_form"), dispatcher)
    assert (slots["followup_attempts"], slots["last_attempt_date"]) == (3, "2026-11-24")


def test_an_employer_corrected_while_the_channel_is_asked_replaces_it_and_the_question_stays(dispatcher):
    said = "sorry det var ikke ISS, det var Elite Miljø. jeg var til samtale begge steder og blander dem sammen"
    events = [{"event": "slot", "name": "company", "value": "ISS"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"company": "ISS", "requested_slot": "contact_channel",
                                        "interview_date": "2027-01-11", "role": "rengøringsassistent"},
                           events=events, active_loop="followup_form")
    slots = run_form(tracker, dispatcher)
    assert slots["company"] == "Elite Miljø" and slots.get("contact_channel") is None
    assert text("form.not_understood.contact_channel") not in texts(dispatcher)


def test_a_title_after_a_kind_of_place_is_the_role(dispatcher):
    """"samtale om en elevplads", then "sosu-elev": the title said next is the role meant."""
    slots = {"interview_date": "2026-11-20", "role": "elevplads", "requested_slot": "contact_channel"}
    tracker = make_tracker("sosu-elev", slots=slots, active_loop="followup_form",
                           events=[{"event": "slot", "name": k, "value": v} for k, v in slots.items()]
                           + [{"event": "user", "text": "sosu-elev"}])
    assert run_form(tracker, dispatcher)["role"] == "sosu-elev"


def test_a_title_said_in_full_after_a_shorter_one_is_the_role(dispatcher):
    """AL019: "ved Brødrene Madsen tømrer", then "tømrerlærling" while asked for the channel: the same title,
    in full; the channel question is asked again, without "det forstod jeg ikke"."""
    slots = {"interview_date": "2027-01-13", "role": "tømrer", "requested_slot": "contact_channel"}
    tracker = make_tracker("tømrerlærling", slots=slots, active_loop="followup_form",
                           events=[{"event": "slot", "name": k, "value": v} for k, v in slots.items()]
                           + [{"event": "user", "text": "tømrerlærling"}])
    assert run_form(tracker, dispatcher)["role"] == "tømrerlærling"
    assert text("form.not_understood.contact_channel") not in texts(dispatcher)


def test_a_title_with_a_remark_read_as_a_yes_is_the_answer(dispatcher):
    """AN017: "Key account manager, ja det lyder fancy 😅" to "which job?" was read as affirm, and the
    question came back four times."""
    slots = {"interview_date": "2027-01-18", "company": "Hørkram", "requested_slot": "role"}
    said = "Key account manager, ja det lyder fancy 😅"
    tracker = make_tracker(said, "affirm", slots=slots, active_loop="followup_form",
                           events=[{"event": "slot", "name": k, "value": v} for k, v in slots.items()]
                           + [{"event": "user", "text": said}])
    assert run_form(tracker, dispatcher)["role"] == "key account manager"


def test_a_bare_name_after_the_plan_is_the_name_the_mail_lacks(dispatcher):
    """AM037: the contact named before, then "Peter Skov" alone: the user's own name for the signature."""
    events = [{"event": "slot", "name": "contact_name", "value": "Julie Winther"},
              {"event": "user", "text": "Peter Skov"}]
    tracker = make_tracker("Peter Skov", slots={"contact_name": "Julie Winther"}, events=events)
    found = run_form(tracker, dispatcher)
    assert found["user_name"] == "Peter Skov" and found.get("contact_name", "Julie Winther") == "Julie Winther"
    both = [{"event": "slot", "name": "contact_name", "value": "Julie Winther"},
            {"event": "slot", "name": "user_name", "value": "Ole Jensen"}, {"event": "user", "text": "Peter Skov"}]
    tracker = make_tracker("Peter Skov", slots={"contact_name": "Julie Winther", "user_name": "Ole Jensen"},
                           events=both)
    assert run_form(tracker, dispatcher).get("user_name", "Ole Jensen") == "Ole Jensen"  # whose is it? neither


def test_a_first_name_given_in_full_before_is_the_contact_in_full(dispatcher):
    """AA033: "jeg mødte både Signe Bak fra HR og Thomas Riis", later "nej vent, jeg skriver til Signe"."""
    said = "nej vent, jeg skriver til Signe, det var hende der sagde hun ville vende tilbage"
    events = [{"event": "user", "text": "jeg mødte både Signe Bak fra HR og Thomas Riis. jeg skriver til Thomas"},
              {"event": "slot", "name": "contact_name", "value": "Thomas Riis"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"contact_name": "Thomas Riis"}, events=events)
    assert run_form(tracker, dispatcher)["contact_name"] == "Signe Bak"
    events[0]["text"] = "jeg hedder Signe Bak"  # the user's own name is not the contact's
    tracker = make_tracker(said, slots={"contact_name": None, "user_name": "Signe Bak"}, events=events)
    assert run_form(tracker, dispatcher)["contact_name"] == "Signe"


def test_after_three_follow_ups_the_form_asks_no_channel_or_answer_day(dispatcher):
    """AF036: 'har ringet til dem 3 gange nu og ingen svarer' (R5, let go): once the interview and the job are
    known the plan follows; which channel and when they would answer change nothing."""
    form = ValidateFollowupForm()
    slots = {"interview_date": "2026-11-02", "role": "kundeservicemedarbejder", "followup_attempts": 3,
             "last_attempt_date": "2026-11-23"}
    asked = asyncio.run(form.next_requested_slot(dispatcher, make_tracker("", "inform", slots), {}))
    assert asked["value"] is None
    two = {**slots, "followup_attempts": 2}  # R5, escalate: the artifact needs its channel
    asked = asyncio.run(form.next_requested_slot(dispatcher, make_tracker("", "inform", two), {}))
    assert asked["value"] == "contact_channel"


def test_the_let_go_plan_needs_no_channel(dispatcher):
    from actions.advice import ActionFollowupPlan
    slots = {"interview_date": "2026-11-02", "role": "kundeservicemedarbejder", "followup_attempts": 3,
             "last_attempt_date": "2026-11-23"}
    events = slot_events(asyncio.run(ActionFollowupPlan().run(dispatcher, make_tracker("", "inform", slots), {})))
    assert events.get("followup_date") is None and "Hvornår var" not in texts(dispatcher)
    assert text("plan.reason.let_go")[:30] in texts(dispatcher)


@pytest.mark.parametrize("interview, channel", [
    ("2026-12-01", "email"),  # AI027: ahead, "hvad skal jeg sige til sidst i samtalen?" keeps the mail chosen
    ("2026-11-25", "telefon"),  # after it, asking for the script chooses the phone
])
def test_a_request_for_the_script_chooses_the_phone_only_after_the_interview(dispatcher, interview, channel):
    said = "hvad skal jeg sige til sidst i samtalen?"
    known = {"interview_date": interview, "role": "kontorassistent", "contact_channel": "email"}
    events = [{"event": "slot", "name": k, "value": v} for k, v in known.items()] + [{"event": "user", "text": said}]
    tracker = make_tracker(said, "request_call_script", known, events=events, active_loop="followup_form")
    assert run_form(tracker, dispatcher).get("contact_channel", "email") == channel


def test_a_what_if_question_alone_is_left_to_the_rule(dispatcher):
    said = "hvad hvis de ikke tager telefonen?"  # W043: nothing for the form; Rasa rejects it, the rule answers
    slots = run_form(asking("deadline", said, "ask_what_if", interview_date="2026-11-25", role="butikschef",
                            contact_channel="telefon"), dispatcher)
    assert "deadline" not in slots and texts(dispatcher) == ""


def test_an_interview_told_without_its_day_is_asked_again_without_a_date_misread(dispatcher):
    said = "jeg har været til jobsamtale og ved ikke hvad jeg skal gøre nu"  # AO, after "hej"
    slots = run_form(asking("interview_date", said), dispatcher)
    assert slots["interview_date"] is None and slots["requested_slot"] == "interview_date"
    assert texts(dispatcher) == ""  # not "Den dato kunne jeg ikke læse": the question comes again


def test_the_channel_said_again_to_another_question_is_no_date_misread(dispatcher):
    slots = run_form(asking("deadline", "ringe", interview_date="2026-11-03", role="kok",
                            contact_channel="telefon"), dispatcher)  # AR003
    assert slots["deadline"] is None and texts(dispatcher) == ""  # the question comes again, no "kunne ikke læse"


@pytest.mark.parametrize("said, intent, chosen, answer", [
    ("mail, hvorfor skal du vide det?", "ask_meaning", "email", "form.why.contact_channel"),  # AU045
    ("telefon. hvem skal jeg spørge efter? kan ikke huske hvad hun hed", "ask_mail_form", "telefon",
     "advice.mail_form.ask_for"),  # AU024
])
def test_a_channel_said_before_a_question_answers_both(dispatcher, said, intent, chosen, answer):
    """Rasa goes on with the form when its question is answered, so no rule would answer the question too."""
    tracker = asking("contact_channel", said, intent=intent, interview_date="2026-11-24", role="kok")
    assert run_form(tracker, dispatcher)["contact_channel"] == chosen
    assert text(answer) in texts(dispatcher)


def test_a_why_asked_alone_is_left_to_the_rule(dispatcher):
    tracker = asking("contact_channel", "hvorfor skal du vide det?", intent="ask_meaning",
                     interview_date="2026-11-24", role="kok")
    assert run_form(tracker, dispatcher).get("contact_channel") is None and texts(dispatcher) == ""


@pytest.mark.parametrize("said", [
    "hvorfor skal du vide om jeg vil ringe? hvad er bedst??",  # AU019: asked about, not chosen
    "hvorfor skal du vide om jeg vil ringe eller skrive? jeg tør næsten ikke ringe",  # AU001: ruled out
])
def test_a_channel_the_nlu_tagged_in_a_question_or_ruled_out_is_not_chosen(dispatcher, said):
    tracker = asking("contact_channel", said, intent="ask_meaning", interview_date="2026-11-24", role="kok",
                     contact_channel="telefon")  # the NLU's entity mapping set it from "ringe"
    tracker.events.append({"event": "slot", "name": "contact_channel", "value": "telefon"})
    assert run_form(tracker, dispatcher).get("contact_channel") is None


@pytest.mark.parametrize("said", ["ok ok, så en mail da", "det har jeg jo sagt, jeg vil RINGE", "altså telefon"])
def test_the_channel_said_again_when_the_answer_day_is_asked_is_no_unreadable_date(dispatcher, said):  # AU010, AU018
    tracker = asking("deadline", said, interview_date="2026-11-24", role="kok", contact_channel="telefon")
    slots = run_form(tracker, dispatcher)
    assert not texts(dispatcher) and slots["requested_slot"] == "deadline"


def test_an_interview_told_ahead_without_its_day_reads_the_next_day_said_ahead(dispatcher):
    """AT029: "har samtale", then "på tirsdag" said on a Tuesday was read as today's interview, held."""
    told = run_form(asking("interview_date", "har samtale"), dispatcher)
    assert told["interview_ahead"] is True and told.get("interview_date") is None
    slots = run_form(asking("interview_date", "på tirsdag", interview_ahead=True), dispatcher)
    assert slots["interview_date"] == "2026-12-01"  # the coming Tuesday (today is Saturday 28 November)
    slots = run_form(asking("interview_date", "torsdag", interview_ahead=True), dispatcher)
    assert slots["interview_date"] == "2026-12-03"


def test_a_mail_before_the_interview_is_no_follow_up(dispatcher):  # AW023
    said = "hej jeg skal til samtale på torsdag som butikschef og har allerede skrevet en gang til dem for at bekræfte"
    slots = run_form(asking("interview_date", said), dispatcher)
    assert not slots.get("followup_attempts")


def test_the_count_said_again_replaces_the_unsure_one(dispatcher):  # AW020
    tracker = asking("contact_channel", "har lige tjekket min opkaldsliste, det var to gange. sidste gang d. 25.",
                     interview_date="2026-11-10", role="laborant", followup_attempts=3)
    assert run_form(tracker, dispatcher)["followup_attempts"] == 2


def test_an_unanswered_call_told_with_a_no_by_mail_still_counts(dispatcher):  # AW033
    said = "Jeg ringede en gang i onsdags uden at få fat i nogen, og i dag kom der så et afslag på mail."
    slots = run_form(asking("role", said, interview_date="2026-11-10"), dispatcher)
    assert slots["followup_attempts"] == 1 and slots["application_closed"] is True


def test_the_day_after_har_samtale_stays_ahead_when_the_facts_pass_read_it_first(dispatcher):
    """The newcomer trial: the facts pass read "fredag" ahead, then the form read it again from the past."""
    events = [{"event": "user", "text": "har samtale"}, {"event": "slot", "name": "interview_ahead", "value": True},
              {"event": "slot", "name": "requested_slot", "value": "interview_date"},
              {"event": "user", "text": "fredag"}, {"event": "slot", "name": "interview_date", "value": "2026-12-04"}]
    tracker = make_tracker("fredag", slots={"requested_slot": "interview_date", "interview_ahead": True,
                                            "interview_date": "2026-12-04"}, active_loop="followup_form",
                           events=events)
    assert run_form(tracker, dispatcher)["interview_date"] == "2026-12-04"  # Friday ahead of Saturday 28 November


def test_an_interview_moved_to_a_day_ahead_is_ahead(dispatcher):  # AY036, after "samtale i sidste uge"
    said = "nej vent, den blev flyttet til onsdag d. 2. pga sygdom"
    slots = run_form(asking("interview_date", said, role="butikschef", interview_period="2026-11-16/2026-11-22"),
                     dispatcher)
    assert slots["interview_date"] == "2026-12-02"  # ahead of today: R6, before the interview
    assert "passer ikke" not in texts(dispatcher)


def test_a_name_mended_with_a_no_while_the_answer_day_is_asked_is_no_answer(dispatcher):  # AY040
    before = {"interview_date": "2026-11-20", "role": "sygeplejerske", "contact_channel": "telefon",
              "contact_name": "Lone Bach"}
    tracker = asking("deadline", "nej, Lene", **before)
    tracker.events = [*({"event": "slot", "name": k, "value": v} for k, v in before.items()),
                      {"event": "user", "text": "nej, Lene"}]
    slots = run_form(tracker, dispatcher)
    assert slots["contact_name"] == "Lene Bach" and slots.get("deadline") is None


@pytest.mark.parametrize("said", ["ingen anelse", "ved ikke"])
def test_a_user_unsure_how_to_follow_up_gets_what_helps_choose(dispatcher, said):  # AR033
    from actions.tracker_case import case_from
    from coach.tips import channel_advice
    tracker = asking("contact_channel", said, interview_date="2026-11-24", role="vvs-montør")
    slots = run_form(tracker, dispatcher)
    assert slots["contact_channel"] is None and slots["requested_slot"] == "contact_channel"
    assert texts(dispatcher) == channel_advice(case_from(tracker))


def test_a_change_of_channel_while_asked_for_the_answer_day_is_no_answer_to_it(dispatcher):
    """BF023: 'nej faktisk ringer jeg' while the coach asks when they answer: the phone, and the question stays."""
    slots = run_form(asking("deadline", "nej faktisk ringer jeg. min mor siger det er mere professionelt at ringe",
                            interview_date="2026-11-25", role="barista", contact_channel="email"), dispatcher)
    assert slots["contact_channel"] == "telefon" and slots.get("deadline") is None
    assert slots["requested_slot"] == "deadline"


def test_a_day_in_the_week_told_ahead_is_the_coming_one(dispatcher):
    """'skal til samtale i næste uge', then 'tirsdag kl 10' (BE008): next week's Tuesday, not the last one."""
    slots = run_form(asking("interview_date", "tirsdag kl 10", interview_period="2026-11-30/2026-12-06"), dispatcher)
    assert slots["interview_date"] == "2026-12-01" and slots["interview_time"] == "10:00"


def test_the_week_before_moves_the_interview_day_back_a_week(dispatcher):
    """'nej det passer ikke, det var ugen før' after 'i onsdags' (BE023)."""
    slots = run_form(asking("contact_channel", "nej det passer ikke, det var ugen før. lige før nytår",
                            interview_date="2026-11-25", role="tandlægesekretær"), dispatcher)
    assert slots["interview_date"] == "2026-11-18"


@pytest.mark.parametrize("said", ["Undskyld, det var onsdag, ikke tirsdag.",
                                  "Undskyld, det var onsdag, ikke tirsdag. Onsdag i sidste uge."])
def test_another_weekday_for_the_interview_is_the_one_in_the_same_week(dispatcher, said):
    """s35c: after "tirsdag i sidste uge" (the 24th), "det var onsdag, ikke tirsdag" became the 2nd, and the answer
    day said before it was refused as lying before the interview."""
    slots = run_form(asking("contact_channel", said, interview_date="2026-11-24", role="bogholder",
                            deadline="2026-11-27"), dispatcher)
    assert slots["interview_date"] == "2026-11-25" and slots.get("deadline", "2026-11-27") == "2026-11-27"


def test_a_correction_after_a_refused_deadline_mends_the_deadline_though_the_interview_was_set_again(dispatcher):
    """BG035: the refusing turn set the interview day again, unchanged; 'nej det passer jo ikke, det var d. 4.'
    still mends the refused deadline, not the interview."""
    known = {"interview_date": "2026-11-20", "role": "pædagog", "contact_channel": "telefon"}
    events = [*({"event": "slot", "name": k, "value": v} for k, v in known.items()),
              {"event": "user", "text": "de sagde d. 13. november"},
              {"event": "slot", "name": "interview_date", "value": "2026-11-20"},
              {"event": "slot", "name": "deadline", "value": None},
              {"event": "slot", "name": "requested_slot", "value": "deadline"},
              {"event": "user", "text": "nej det passer jo ikke, det var d. 4."}]
    tracker = make_tracker("nej det passer jo ikke, det var d. 4.", "deny", active_loop="followup_form", events=events,
                           slots={"requested_slot": "deadline", **known})  # the NLU hears a no
    slots = run_form(tracker, dispatcher)
    assert slots["deadline"] == "2026-12-04" and slots.get("interview_date", "2026-11-20") == "2026-11-20"


def test_an_interview_ahead_with_no_day_yet_asks_no_more(dispatcher):  # BH010
    slots = run_form(asking("interview_date", "de skal lige finde en dato, sagde de i telefonen",
                            interview_ahead=True), dispatcher)
    assert slots["interview_day_unset"] is True and slots["requested_slot"] is None


def test_a_guessed_weekday_in_last_week_is_the_interview_and_no_answer_day(dispatcher):  # BI028
    slots = run_form(make_tracker("var til samtale i sidste uge, tror det var torsdag", active_loop="followup_form"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-19" and slots.get("deadline") is None


def test_a_year_alone_mends_the_interview_day_refused_as_more_than_a_year_ago(dispatcher):
    """'d. 20/11 2025' refused, then 'ups 2026 mente jeg' (BN030): 20 November 2026."""
    events = [{"event": "user", "text": "hej var til samtale d. 20/11 2025 som tømrer",
               "parse_data": {"entities": time_entities("hej var til samtale d. 20/11 2025 som tømrer", TODAY)}},
              {"event": "slot", "name": "requested_slot", "value": "interview_date"},
              {"event": "user", "text": "ups 2026 mente jeg"}]
    tracker = make_tracker("ups 2026 mente jeg", slots={"requested_slot": "interview_date", "role": "tømrer"},
                           active_loop="followup_form", events=events)
    assert run_form(tracker, dispatcher)["interview_date"] == "2026-11-20"


def test_a_deadline_before_the_interview_told_with_it_is_refused_once(dispatcher):
    """BP033: the refusal was said twice, once by each date's check."""
    run_form(make_tracker("samtale d. 20/11 som kok, de svarer senest d. 15/11", active_loop="followup_form"),
             dispatcher)
    assert texts(dispatcher).count("ligger før samtalen") == 1


def test_a_refused_deadline_told_with_the_interview_is_asked_again_and_its_correction_mends_it(dispatcher):
    """s32a: "2. samtale i torsdags … ville ringe inden onsdag i denne uge" was refused, then the channel was asked,
    and "nej jeg mener den kommende uge, altså onsdag d. 9." moved the interview to the 9th (R8: a clear question)."""
    first = "hej, jeg var til 2. samtale i torsdags som pædagog, de ville ringe inden onsdag i denne uge."
    slots = run_form(make_tracker(first, active_loop="followup_form"), dispatcher)
    assert slots["requested_slot"] == "deadline" and "ligger før samtalen" in texts(dispatcher)
    said = "nej jeg mener den kommende uge, altså onsdag d. 9."
    events = [{"event": "user", "text": first}, *({"event": "slot", "name": k, "value": v} for k, v in slots.items()),
              {"event": "user", "text": said}]
    known = {k: v for k, v in slots.items() if v is not None}
    tracker = make_tracker(said, "deny", slots=known, active_loop="followup_form", events=events)
    mended = run_form(tracker, CollectingDispatcher())
    assert mended["deadline"] == "2026-12-09" and mended.get("interview_date", known["interview_date"]) == \
        known["interview_date"]


def test_an_sms_that_came_right_after_the_interview_is_read_from_that_day(dispatcher):
    """The last trial: 'her er sms'en jeg fik bagefter: "… inden fredag …"' after a Thursday interview is the
    Friday after it, not the Friday after today (a week late)."""
    said = "her er sms'en jeg fik bagefter: 'Hej Mads, tak for i dag. Vi melder tilbage inden fredag. Mvh Pia Holm'"
    known = {"interview_date": "2026-11-19", "role": "lagermand", "contact_channel": "telefon"}
    events = [{"event": "slot", "name": k, "value": v} for k, v in known.items()] + [{"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"requested_slot": "deadline", **known}, active_loop="followup_form",
                           events=events)
    slots = run_form(tracker, dispatcher)
    assert slots["deadline"] == "2026-11-20" and slots.get("interview_date", "2026-11-19") == "2026-11-19"


def test_an_sms_pasted_after_fik_den_i_onsdags_is_read_from_that_wednesday(dispatcher):
    """BJ002: 'fik den her sms i onsdags efter min samtale', then the SMS: its "i dag" is that Wednesday."""
    intro, sms = "yo fik den her sms i onsdags efter min samtale, hvad betyder det lol", \
        '"Hej Jonas. Tak for en god snak i dag! Vi ringer rundt til alle i løbet af næste uge. Mvh Pia"'
    events = [{"event": "user", "text": intro}, {"event": "user", "text": sms}]
    tracker = make_tracker(sms, slots={"requested_slot": "interview_date"}, active_loop="followup_form",
                           events=events)
    assert run_form(tracker, dispatcher)["interview_date"] == "2026-11-25"


def test_when_they_expect_to_have_chosen_is_the_answer_day_not_the_interview(dispatcher):
    """A tester answered "Hvornår var din jobsamtale?" with "Skoleleder Birgitte Holm sagde at de forventede at have
    fundet en kandidat inden udgangen af uge 49.": the week was taken for the interview's, and the day was lost."""
    said = "Skoleleder Birgitte Holm sagde at de forventede at have fundet en kandidat inden udgangen af uge 49."
    slots = run_form(asking("interview_date", said, role="pedel"), dispatcher)
    assert slots.get("interview_date") is None and not slots.get("interview_period")
    assert slots["deadline"] == "2026-12-04"


def test_a_stretch_of_time_answering_what_they_said_at_the_interview_counts_from_it(dispatcher):
    """Testers: "inden for 14 dage" (interview 20 November) became "senest søndag den 20. december", and the follow-up
    fell between Christmas and New Year."""
    slots = run_form(asking("deadline", "inden for 14 dage", interview_date="2026-11-20", role="kok"), dispatcher)
    assert slots["deadline"] == "2026-12-04"


def test_a_choice_of_channel_left_to_the_coach_is_made_by_it():
    """s33c: "vælg du bare" and "ved ikke" after the advice got "Skriv „ringe“ eller „mail“" and the advice again."""
    known = {"interview_date": "2026-11-24", "role": "kok"}
    dispatcher = CollectingDispatcher()
    slots = run_form(asking("contact_channel", "vælg du bare", **known), dispatcher)
    assert slots["contact_channel"] == "email" and text("form.channel_chosen_for_you") in texts(dispatcher)
    advice = channel_advice(FollowUpCase())
    tracker = asking("contact_channel", "ved ikke", **known)
    tracker.events = [{"event": "bot", "text": advice}, {"event": "user", "text": "ved ikke"}]
    assert run_form(tracker, CollectingDispatcher())["contact_channel"] == "email"
    first_time = run_form(asking("contact_channel", "ved ikke", **known), CollectingDispatcher())
    assert first_time.get("contact_channel") is None  # the first "ved ikke" gets the advice


def test_a_corrected_interview_beside_the_answer_day_is_the_interview(dispatcher):
    """s41c: "ups. den 30. og de sagde svar den 27 november" after a refused 31 November: "den 30." became the answer
    day in December, and the interview was asked again; s41a: "nej undskyld samtalen var d. 25/11, ikke 24. og de
    sagde jeg ville høre fra dem i løbet af ugen efter" moved the interview a week on ("tirsdag den 1. december")."""
    slots = run_form(asking("interview_date", "ups. den 25. og de sagde svar den 20 november", role="vvs montør"),
                     dispatcher)
    assert slots["interview_date"] == "2026-11-25" and slots["deadline"] is None  # R8: refused, asked again
    assert "ligger før samtalen" in texts(dispatcher)
    said = "nej undskyld samtalen var d. 25/11, ikke 24. og de sagde jeg ville høre fra dem i løbet af ugen efter"
    earlier = [{"event": "slot", "name": "interview_date", "value": "2026-11-24"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"requested_slot": "deadline", "interview_date": "2026-11-24", "role": "kok",
                                        "contact_channel": "email"}, active_loop="followup_form", events=earlier)
    slots = run_form(tracker, CollectingDispatcher())
    assert (slots["interview_date"], slots["deadline"]) == ("2026-11-25", "2026-12-04")


def test_a_week_moved_while_the_answer_day_is_asked_is_no_answer_day(dispatcher):
    """"nej det passer ikke, det var ugen før" asked for the answer day was read as "no answer day" too."""
    said = "nej det passer ikke, det var ugen før"
    earlier = [{"event": "slot", "name": "interview_date", "value": "2026-11-24"}, {"event": "user", "text": said}]
    tracker = make_tracker(said, slots={"requested_slot": "deadline", "interview_date": "2026-11-24", "role": "kok",
                                        "contact_channel": "email"}, active_loop="followup_form", events=earlier)
    slots = run_form(tracker, dispatcher)
    assert slots["interview_date"] == "2026-11-17" and slots.get("deadline") is None and not texts(dispatcher)


@pytest.mark.parametrize("said, known, day, hour", [
    # s41c: the script and the subject left the hour out
    ("igår fredag kl 11 var jeg til samtale som kok", {}, "2026-11-27", "11:00"),
    ("Onsdag. Om eftermiddagen kl halv to", {}, "2026-11-25", "13:30"),
    ("i onsdags, og de sagde svar fredag kl 12", {}, "2026-11-25", None),  # their hour, not the interview's
    # s41a: the day corrected, its hour lost (and "Skriv „ringe“ eller „mail“" for an answer to the channel)
    ("btw det var ikke onsdag, det var torsdag kl 14 😬 my bad", {"interview_date": "2026-11-25", "role": "kok",
                                                                  "requested_slot": "contact_channel"},
     "2026-11-26", "14:00"),
])
def test_the_hour_told_beside_the_interviews_day_is_its_hour(dispatcher, said, known, day, hour):
    slots = run_form(make_tracker(said, slots={"requested_slot": "interview_date", **known},
                                  active_loop="followup_form"), dispatcher)
    assert slots["interview_date"] == day and slots.get("interview_time") == hour
    assert "ringe“ eller „mail" not in texts(dispatcher)


@pytest.mark.parametrize("said, channel", [
    # s41a: asked for the answer day, "Den dato kunne jeg ikke læse", then "ingen" assumed and the phone script
    ("hmm nej, samtalen var faktisk på teams, så mail er nok bedre", "email"),
    ("ved du hvad, mail er nok bedre alligevel", "email"),
    # s41a: the mail again (the reason names both ways)
    ("Ved naermere eftertanke ringer jeg alligevel, jeg er bedre til at snakke end at skrive.", "telefon"),
])
def test_a_change_of_channel_while_the_answer_day_is_asked_is_taken_and_the_question_stays(dispatcher, said, channel):
    other = "telefon" if channel == "email" else "email"
    slots = run_form(asking("deadline", said, interview_date="2026-11-25", role="kok", contact_channel=other),
                     dispatcher)
    assert slots["contact_channel"] == channel and slots.get("deadline") is None
    assert slots["requested_slot"] == "deadline" and not texts(dispatcher)


def test_the_senders_title_under_a_pasted_mail_is_no_role(dispatcher):
    """BL035 (blind): "Vh Mikkel Holst, Teamleder, Tryg" made the role "teamleder" (and the script "stillingen som
    teamleder"); the user's own title came after."""
    said = ("fik bagefter denne mail:\n\nSendt: 22. april 2027\nEmne: Tak for samtalen\n\nKære Louise\nTak for i går. "
            "Som lovet: vi forventer at give alle kandidater svar senest fredag d. 30. april.\nVh Mikkel Holst, "
            "Teamleder, Tryg")
    tracker = make_tracker(said, slots={"requested_slot": "interview_date", "role": "Teamleder"},
                           entities=[{"entity": "job_role", "value": "Teamleder"}], active_loop="followup_form")
    assert run_form(tracker, dispatcher).get("role") is None
