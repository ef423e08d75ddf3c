"""The guard's verdicts over the classifier's guess: a request to be forgotten needs its words; English
with a fact in it is read."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.applications import as_read
from components.danish_tokenizer import AS_TYPED
from components.message_guard import MessageGuard
from tests.rasa.classified import classified


def intent_after(message: Message) -> str:
    return MessageGuard().process([message])[0].get(INTENT)["name"]


def test_forgetting_to_ask_is_no_request_to_be_forgotten():
    assert intent_after(classified("ved ikke, det glemte jeg at spørge om", "forget_me")) == "inform"


def test_a_request_to_be_forgotten_stays_one():
    assert intent_after(classified("glem alt om mig tak", "forget_me")) == "forget_me"


def test_an_english_channel_choice_guessed_as_bad_input_is_read():
    assert intent_after(classified("email definitely, I'm more of a writer", "bad_input")) == "inform"


def test_a_channel_chosen_after_the_plan_is_no_request_to_rehearse():
    assert intent_after(classified("jeg vil gerne ringe denne gang", "request_rehearsal")) == "inform"
    assert intent_after(classified("kan vi øve opkaldet en gang til", "request_rehearsal")) == "request_rehearsal"


def test_a_draft_someone_else_will_read_is_no_request_for_a_review():
    assert intent_after(classified("mail. min mor vil gerne læse den først lol", "request_draft_review")) == "inform"
    asked = "min datter har hjulpet mig med en mail, kan du se den igennem"
    assert intent_after(classified(asked, "request_draft_review")) == "request_draft_review"


def test_the_next_real_call_is_neither_a_rehearsal_nor_a_review_whichever_is_guessed_first():
    ranking = [{"name": "request_rehearsal", "confidence": 0.4}, {"name": "request_draft_review", "confidence": 0.3},
               {"name": "inform", "confidence": 0.2}]
    said = Message(data={TEXT: "ok jeg ringer igen nu", INTENT: ranking[0], INTENT_RANKING_KEY: ranking})
    assert intent_after(said) == "announce_followup"  # the next real call, on its way


def test_a_question_about_the_answering_machine_is_heard_whatever_was_guessed():
    for guess in ("out_of_scope", "report_no_answer", "request_call_script", "request_draft_review"):
        assert intent_after(classified("skal jeg lægge en besked hvis han ikke tager den?", guess)) == "ask_what_if"


def test_a_rehearsal_of_the_voicemail_and_a_review_of_it_keep_their_place():
    asked = "kan vi øve hvad jeg skal lægge af besked på telefonsvareren?"
    assert intent_after(classified(asked, "request_rehearsal")) == "request_rehearsal"
    asked = "kan du læse min besked til telefonsvareren?"
    assert intent_after(classified(asked, "request_draft_review")) == "request_draft_review"


def test_a_voicemail_guess_without_its_words_is_dropped():
    assert intent_after(classified("telefonsvarer igen.", "ask_what_if")) == "inform"  # a call made, told


def test_a_follow_up_on_its_way_is_heard_whatever_was_guessed():
    for guess in ("reminder_done", "nlu_fallback", "inform", "request_email"):
        assert intent_after(classified("ok jeg skriver til hende nu", guess)) == "announce_followup"
    # how one went, told with the next one: the report is read
    assert intent_after(classified("fik telefonsvareren, ringer igen nu", "report_no_answer")) == "report_no_answer"
    # a question about the day, not a follow-up on its way
    assert intent_after(classified("skal jeg ringe nu?", "announce_followup")) == "ask_followup_day"
    # the trial: "Hvor godt, at du har fået svar!"
    said = "Tak. Jeg kommer tilbage når jeg har ringet."
    assert intent_after(classified(said, "report_answer")) == "announce_followup"


def test_a_question_about_the_thank_you_is_heard_whatever_was_guessed():
    for said in ("og skal jeg sende tak bagefter?", "og takkemailen, skal den sendes samme dag?"):  # AM044
        assert intent_after(classified(said, "nlu_fallback")) == "request_thank_you"
    # thanks in the call, and thanks to the coach, ask for no thank-you mail
    assert intent_after(classified("skal jeg sige tak for samtalen i telefonen?", "ask_what_if")) != "request_thank_you"
    assert intent_after(classified("ok tak", "thank")) == "thank"


def test_a_question_about_the_form_of_the_mail_is_heard_whatever_was_guessed():
    said = "og hvad skriver jeg under med, bare fornavn?"  # AM037, guessed as a request about a no
    assert intent_after(classified(said, "request_rejection_reply")) == "ask_mail_form"
    # answered first, luck wished after: the announcement in the same message does not win
    assert intent_after(classified("ok jeg sender den nu. skal hendes chef have cc?", "inform")) == "ask_mail_form"
    assert intent_after(classified("Kære Mette, tak for sidst", "ask_mail_form")) != "ask_mail_form"  # no question


def test_a_day_proposed_for_the_follow_up_is_heard_whatever_was_guessed():
    said = "kan jeg ikke ringe på mandag i stedet?"  # AK039, guessed as a reminder snoozed
    assert intent_after(classified(said, "reminder_snooze")) == "ask_followup_day"
    assert intent_after(classified("hvornår skal jeg ringe?", "ask_followup_day")) != "ask_followup_day"  # no day


def test_a_request_for_the_calendar_file_is_heard_whatever_was_guessed():
    for said in ("ok det er lang tid at vente.. men fint. kan du sende mig en kalenderfil?",  # AS021
                 "kan jeg få det i min kalender"):
        assert intent_after(classified(said, "request_plan")) == "request_calendar"
    # a calendar checked or filled in by the user asks for nothing
    for said in ("har sat det i kalenderen, tak", "jeg tjekker lige min kalender"):
        assert intent_after(classified(said, "request_calendar")) != "request_calendar"


def test_a_follow_up_answered_with_not_decided_is_heard_as_an_answer():
    said = "ok nu har jeg ringet for real. Kim sagde de ikke har besluttet sig endnu"
    assert intent_after(classified(said, "inform")) == "report_answer"
    assert intent_after(classified("har ringet to gange uden svar, de har vel ikke besluttet sig?", "inform")) \
        == "inform"


def test_leaving_the_number_out_is_no_request_to_be_forgotten():
    assert intent_after(classified("fjern telefonnummeret", "forget_me")) == "leave_out_phone"
    assert intent_after(classified("jeg vil ikke have mit nummer med i mailen", "nlu_fallback")) == "leave_out_phone"
    assert intent_after(classified("slet alt inklusiv mit nummer", "forget_me")) == "forget_me"


def test_a_reminder_time_guess_without_a_time_is_dropped():
    """A tester's "ok den 31. november så" was taken for a reminder time and got "det forstod jeg ikke"."""
    assert intent_after(classified("ok den 31. november så", "choose_reminder_time", 0.66)) == "inform"
    assert intent_after(classified("helst ved 10-tiden", "choose_reminder_time")) == "choose_reminder_time"


def test_a_rehearsal_of_a_situation_is_no_question_of_what_to_do():
    """A tester's "Kan vi øve hvis jeg får telefonsvareren?" got advice instead of the role-play."""
    assert intent_after(classified("Kan vi øve hvis jeg får telefonsvareren?", "ask_what_if")) == "request_rehearsal"
    assert intent_after(classified("hvad hvis jeg får telefonsvareren?", "ask_what_if")) == "ask_what_if"


def test_why_the_coach_asks_is_heard_whatever_was_guessed():
    for said in ("mail, hvorfor skal du vide det?", "hvorfor skal du vide om jeg vil ringe eller skrive?"):  # AU
        assert intent_after(classified(said, "ask_channel_advice")) == "ask_meaning"
    assert intent_after(classified("hvorfor skal jeg vente?", "ask_followup_day")) != "ask_meaning"


def test_a_change_asked_of_the_mail_is_heard_in_the_words_as_typed():
    """A tester's 'kan du ændre "Kære Anne Kjær," til "Hej Anne"?' got "det forstod jeg ikke": the tokenizer's
    reading blanks the quoted greetings (a pasted mail's noise), so the guard reads the words as typed."""
    typed = 'ok. kan du ændre "Kære Anne Kjær," til "Hej Anne"?'
    message = classified(as_read(typed), "nlu_fallback")
    message.set(AS_TYPED, typed)
    assert intent_after(message) == "edit_mail"
    assert intent_after(classified("og må jeg få den lidt kortere", "report_answer")) == "edit_mail"
    # s30b: "Hvor godt, at du har fået svar!" and the reminders stopped
    assert intent_after(classified("og tilføj at jeg gerne sender mine referencer hvis de vil have dem",
                                   "report_answer")) == "edit_mail"


def test_an_answer_from_the_employer_needs_words_of_news():
    """A tester's request for a shorter mail, guessed as an answer, stopped her reminders."""
    assert intent_after(classified("hmm ok så gør vi det", "report_answer")) == "inform"
    assert intent_after(classified("de har svaret mig", "report_answer")) == "report_answer"


def test_a_draft_pasted_under_its_request_stays_a_request_to_read_it():
    """A tester's story and mail ending "… kan du se om den er i orden foer jeg sender den i morgen tidlig:" was
    heard as a day proposed for the follow-up, and the mail was never read."""
    said = ("Jeg var til samtale som chauffør onsdag d. 18. november, og formanden Preben Holm sagde de ville give "
            "besked inden udgangen af november. Min datter har skrevet nedenstaaende, kan du se om den er i orden foer "
            "jeg sender den i morgen tidlig:\n\nEmne: Ansøgning chauffør\n\nKære Preben\n\nTak for samtalen. Jeg vil "
            "gerne høre om I har besluttet jer.\n\nMvh Poul Hansen")
    assert intent_after(classified(said, "request_draft_review", 1.0)) == "request_draft_review"


def test_leaving_the_number_out_needs_its_words():
    """s31b: "mit nummer er tyve toogfyrre elleve nul ni" was read as leaving the number out."""
    said_in_words = classified("mit nummer er tyve toogfyrre elleve nul ni", "leave_out_phone")
    assert intent_after(said_in_words) != "leave_out_phone"
    assert intent_after(classified("nej tak til telefonnummer", "leave_out_phone")) == "leave_out_phone"


def test_words_heard_whatever_was_guessed_after_the_seventh_tester_rounds():
    """s32-s34: "Hvad anbefaler du?" got "Skriv „ringe“ eller „mail“"; "hvor mange gange har jeg så fulgt op nu?" was
    read as a day proposed; "torsdag fik jeg fat i Karin" as a follow-up without an answer."""
    assert intent_after(classified("Hvad anbefaler du?", "request_plan")) == "ask_channel_advice"
    assert intent_after(classified("hvor mange gange har jeg så fulgt op nu?", "ask_followup_day")) == "request_plan"
    assert intent_after(classified("torsdag fik jeg fat i Karin, hun sagde næste uge", "report_no_answer")) \
        == "report_answer"


def test_a_rewritten_draft_to_read_again_is_no_rehearsal():
    """s37b: "Jeg har omskrevet min egen udgave. Vær venlig at gennemgå den igen." started the role-play."""
    asked = "Jeg har omskrevet min egen udgave. Vær venlig at gennemgå den igen."
    assert intent_after(classified(asked, "request_rehearsal")) == "request_draft_review"
    assert intent_after(classified("kan vi øve opkaldet igen", "request_rehearsal")) == "request_rehearsal"


def test_questions_about_a_review_and_the_improved_version_again_are_heard_whatever_was_guessed():
    """s38b: "hvorfor er det for presserende?" got a form question; s40b: "vis den forbedrede udgave igen" started the
    role-play."""
    assert intent_after(classified("hvorfor er det for presserende? det er jo sandt", "inform")) == "ask_meaning"
    assert intent_after(classified("vis den forbedrede udgave igen", "request_rehearsal")) == "request_draft_review"
    assert intent_after(classified("hvorfor har de ikke svaret?", "ask_what_if")) != "ask_meaning"
