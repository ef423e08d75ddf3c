"""Follow-ups already made, told every way (the blind part AW): how many, and the day of the last."""

from datetime import date

import pytest

from coach.applications import as_read
from coach.dates.entities import past_day, time_entities
from coach.facts import (
    answered_not_decided,
    attempts_reported,
    company_said,
    count_restated,
    names_said,
    no_follow_up_made,
    reached_contact,
    rejection_reported,
    told_unanswered,
    withdrawal_told,
)


@pytest.mark.parametrize("said, count", [
    ("Jeg har ringet til min kontaktperson og skrevet til HR og til chefen - ingen har svaret.", 3),  # AW011
    ("jeg har ringet 3 gange, nej 2, den første gang var det dem der ringede for at aftale samtalen", 2),  # AW032
    ("okay prøvede lige at ringe. telefonsvarer, lagde en besked", 1),  # AW037: the message is part of the call
    ("har skrevet til dem to gange", 2),
    ("har faktisk allerede skrevet 2 gange, nej vent, kun én gang, i går", 1),  # the last newcomer trial
])
def test_how_many_follow_ups_were_made(said, count):
    assert attempts_reported(said) == count


@pytest.mark.parametrize("said, count", [
    ("mail, som jeg skrev", None),  # a tester: the channel "as I wrote", after a draft review, became a follow-up
    ("mail, som jeg skrev før", None),
    ("mailen som jeg skrev til dem i går er ikke besvaret", 1),
    ("den mail som jeg skrev i mandags", 1),
    ("skriver en mail tror jeg. har skrevet den her på mobilen", None),  # a tester's draft, not sent
    ("har skrevet et udkast", None),
    ("nej jeg har selv skrevet en, her:", None),
    ("har skrevet den her mail til dem i mandags", 1),
    ("jeg har skrevet mailen på mobilen og sendt den i går", 1),
    ("jeg skrev lige alt det ovenfor", None),
    ("how many times har jeg fulgt op nu? er jeg ved at være irriterende?", None),  # s36a: counted as a call
    ("Tak. Jeg kommer tilbage når jeg har ringet.", None),  # s37a: noted as a call made
    ("mail, det er jo en mail jeg har skrevet", None),  # s35a: after a draft review, counted as sent that day
    ("en mail jeg har skrevet til dem i mandags", 1),  # s35c: counted as the first follow-up
    ("Jeg har sendt en tak-for-i-dag mail torsdag morgen", None),  # s35c: thanks, no follow-up
    ("har sendt en takkemail og ringet en gang", 1),
])
def test_as_i_wrote_in_this_chat_is_no_follow_up(said, count):
    assert attempts_reported(said) == count


@pytest.mark.parametrize("said", ["lene ringede lige, jeg har faaet jobbet",
                                  "Nu ringede Kurt tilbage! Han undskyldte, han har vaeret paa kursus.",  # s37a
                                  "okay glem det. mads ringede igen nu, JEG FIK JOBBET 🎉",
                                  "mads ringede lige tilbage!! han sagde jeg hører fra dem på torsdag"])
def test_a_call_from_the_contact_is_no_follow_up_of_the_users(said):
    """s35d: "lene ringede lige" was noted as the user's follow-up without an answer, the offer after it unheard."""
    assert attempts_reported(said) is None


def test_a_no_only_guessed_at_by_someone_else_closes_nothing():
    """s35d: "en kollega … sagde at stillingen vist nok er besat, men Lars ville ringe mig op i morgen" closed the
    application, and the promised call was lost."""
    from coach.facts import rejection_reported
    assert not rejection_reported("en kollega tog den og sagde at stillingen vist nok er besat, men Lars ville ringe "
                                  "mig op i morgen")
    assert not rejection_reported("de sagde stillingen måske er besat")
    assert rejection_reported("hun sagde de desværre har valgt en anden")
    # s37c: a fear closed a live application
    assert not rejection_reported("er det ikke lidt sent? jeg er bange for de har givet jobbet til en anden inden")


def test_the_count_said_again_is_the_settled_one():  # AW020, after "to eller tre gange? ved ikke helt"
    assert count_restated("har lige tjekket min opkaldsliste, det var to gange. sidste gang d. 29.") == 2
    assert count_restated("det var anden gang jeg var til samtale") is None


def test_a_call_that_reached_no_one_went_unanswered():  # AW033: the no came by mail, apart
    assert told_unanswered("Jeg ringede en gang sidste uge, onsdag, uden at få fat i nogen, og i dag kom der et afslag")


def test_a_bare_weekday_of_a_follow_up_said_on_that_weekday_is_last_weeks():  # AW007, on Monday 23 November
    today = date(2026, 11, 23)
    told = "første gang mandag (mail) og igen fredag (ringede)"
    assert past_day(time_entities(as_read(told), today), today) == "2026-11-20"
    assert past_day(time_entities(as_read("ringede i dag"), today), today) == "2026-11-23"
    assert past_day(time_entities(as_read("ringede mandag"), today), today) == "2026-11-16"


def test_a_title_ending_like_a_weekday_is_no_weekday():  # AW012: "marketingkoordinaTOR d. 20." was "tor d. 20."
    [entity] = time_entities(as_read("samtale som marketingkoordinator d. 20. november"), date(2026, 12, 6))
    assert entity["additional_info"]["text"] == "d. 20. november" and entity["value"] == "2026-11-20"


def test_the_day_someone_is_away_until_is_not_the_follow_ups():  # AW012, Monday 7 December
    told = "ja jeg har skrevet en gang, i onsdags, men fik bare et autosvar om at hun er på ferie til og med i går"
    days = {e["additional_info"]["text"]: e["additional_info"]["about"] for e in time_entities(told, date(2026, 12, 7))}
    assert days == {"i onsdags": "attempt", "i går": "other"}


@pytest.mark.parametrize("said, contact", [
    ("jeg har faktisk allerede ringet en gang, i mandags, til jonas berg, men fik kun telefonsvareren", "Jonas Berg"),
    ("hej, var til samtale d. 7/1 som lagerarbejder, kontaktperson Kim Nørgaard", "Kim Nørgaard"),  # AW027
    ("min kontaktperson: Kim Nørgaard", "Kim Nørgaard"),
    # a handover (s35d, a trial: the old contact stayed in the script)
    ("fik fat i receptionen, pia er gået på barsel. jeg skal snakke med henrik dahl i stedet", "Henrik Dahl"),
    ("Lone er stoppet, jeg skal kontakte Anders Holm nu", "Anders Holm"),
    ("det er Peter Dam der har overtaget", "Peter Dam"),
    ("Hej jeg var til samtale i mandags som regnskabsassistent. Kontakt var Thomas Friis", "Thomas Friis"),  # s36c
    ("Kontakt er HR Sofie Dahl", "Sofie Dahl"),  # s36b
])
def test_the_contact_named_beside_a_follow_up_or_as_contact_person(said, contact):  # AW005
    assert names_said(said) == (None, contact)


@pytest.mark.parametrize("said, company", [
    ("jeg har prøvet et par gange at få svar fra hotel phønix efter min samtale", "Hotel Phønix"),  # AW015
    ("har ikke hørt noget fra netto endnu", "Netto"),
    ("har ikke hørt fra mette endnu", None),  # a person, no workplace
])
def test_the_employer_the_user_waits_to_hear_from(said, company):
    assert company_said(said) == company


def test_the_second_follow_up_listed_by_its_ordinal_is_dated_as_one():  # AU035, Tuesday 18 May 2027
    today = date(2027, 5, 18)
    entities = time_entities(as_read("første mail d. 5. maj, anden i fredags"), today)
    assert [e["additional_info"]["about"] for e in entities] == ["attempt", "attempt"]
    assert past_day(entities, today) == "2027-05-14"


def test_a_first_follow_up_remembered_late_leaves_the_last_day():  # AY041
    from coach.facts import last_attempt_after
    said = "nej det er tre gange, jeg glemte den foerste mail i april"
    assert count_restated(said) == 3 and last_attempt_after("2027-05-18", "2027-04-01", said) == "2027-05-18"
    assert last_attempt_after("2027-05-18", "2027-05-14", "nej undskyld det var kun én gang, i fredags") == "2027-05-14"


def test_a_follow_up_referred_to_by_its_place_chooses_no_channel():  # AY041, the user calls
    from coach.facts import channel_preference
    from coach.requests import asks_for_review
    assert channel_preference("nej det er tre gange, jeg glemte den første mail i april") is None
    assert not asks_for_review("den sidste mail var d. 26.")  # AX022: when it was sent, no draft to read


def test_the_day_a_no_came_is_not_the_follow_ups():  # AW033, on Friday 5 March 2027
    told = "Jeg ringede en gang sidste uge, onsdag, uden at få fat i nogen, og i dag kom der så et afslag på mail."
    entities = time_entities(told, date(2027, 3, 5))
    assert [e["additional_info"]["about"] for e in entities] == ["attempt", "other"]
    assert past_day(entities, date(2027, 3, 5)) == "2027-02-24"


def test_contacts_both_ways_count_only_the_users_own():  # AW022
    said = ("jeg har haft kontakt med dem 2 gange: de ringede til mig d. 30. og sagde de var forsinket, og så ringede "
            "jeg selv i tirsdags men ingen tog den")
    assert attempts_reported(said) == 1
    assert attempts_reported("jeg har forsøgt at få kontakt med dem 2 gange") == 2


def test_a_pasted_mail_in_the_applicants_voice_is_the_users_own():
    """A tester pasted their own mail first ("Kære Peter Holm … Med venlig hilsen Karsten Møller"): the coach took
    Karsten for the contact and greeted him in the mail it wrote."""
    mail = ("Emne: Status på min ansøgning\n\nKære Peter Holm\n\nTak for samtalen sidste torsdag om stillingen som "
            "lagerchef. Jeg har endnu ikke hørt fra jer, selvom I sagde, at I ville melde tilbage.\n\n"
            "Med venlig hilsen\nKarsten Møller")
    assert names_said(mail) == ("Karsten Møller", "Peter Holm")
    theirs = ("Kære Peter\n\nTak for din ansøgning og for samtalen. Vi har desværre valgt en anden kandidat.\n\n"
              "Med venlig hilsen\nLone Berg")
    assert names_said(theirs) == (None, "Lone Berg")


def test_an_own_mail_signed_on_its_last_line_is_the_users():
    """A tester's mail ended "… meget interesseret. Mvh Ali Yilmaz" on one line: the coach's own mail then began
    "Kære Ali Yilmaz"."""
    mail = ("Emne: Samtale tirsdag\nHej Lone, tak for samtalen i tirsdags om jobbet som lagerarbejder. Jeg vil høre om "
            "der er nyt, jeg er stadig meget interesseret. Mvh Ali Yilmaz")
    assert names_said(mail) == ("Ali Yilmaz", "Lone")


@pytest.mark.parametrize("said", [
    "Jeg har ikke sendt mailen endnu, men Jens ringede faktisk til mig i dag og sagde, at de ikke har truffet en "
    "beslutning endnu.",
    "Birthe ringede til mig i dag og sagde at de ikke har besluttet sig endnu",
    "JEG FIK JOBBET!!! Lone skrev lige til mig 🎉",
    "du skrev Preben igen. jeg skal ringe til Annette Friis, ikke Preben",
    "Jeg har skrevet en mail, kan du læse den?",
    "mail, den er allerede skrevet",
    "Tak. Hvad er så min plan nu, og hvor mange gange har jeg fulgt op?",
    "hallo jeg skrev jo at jeg hedder sofie?? 🙄",
    "mail selvfølgelig, jeg har jo skrevet den",
    "Nej, det var ikke den 3. december, det var torsdagen ugen før. Og som jeg skrev: hun sagde inden udgangen af "
    "uge 49.",
    "jeg har jo skrevet at jeg hedder Ali",
    "hej, jeg var til samtale i tirsdags som lagerarbejder hos Bilka, og jeg har skrevet en mail som jeg gerne vil "
    "have du læser igennem",
])
def test_what_others_did_and_a_draft_written_are_no_follow_up_of_the_users(said):
    """Testers: each of these was counted as the user's own unanswered follow-up, and the next mail said "Jeg skrev
    til dig søndag"."""
    assert attempts_reported(said) is None


@pytest.mark.parametrize("said, count", [("Bagefter ringede jeg til Mette", 1),
                                         ("jeg har skrevet til dem i mandags", 1),
                                         ("jeg skrev jo til dem i mandags", 1),
                                         ("jeg skrev til dem at jeg stadig er interesseret", 1)])
def test_the_users_own_follow_ups_still_count(said, count):
    assert attempts_reported(said) == count


def test_a_no_to_practise_is_no_no_and_a_no_told_with_a_wish_to_practise_is_one():
    """A tester's "kan vi øve at jeg får et afslag?" closed her application."""
    assert not rejection_reported("kan vi øve at jeg får et afslag?")
    assert rejection_reported("jeg fik et afslag i dag, kan vi øve hvordan jeg svarer?")


@pytest.mark.parametrize("said", ["er det ok at ringe til hans mobil? det stod i mailen",
                                  "skal jeg ringe til hans kontor eller værkstedet?"])
def test_his_phone_or_office_is_no_ones_name(said):
    """Testers: the coach's mail then opened "Kære Hans Mobil," and the script asked for "Hans Kontor Eller
    Værkstedet"."""
    assert names_said(said) == (None, None)
    assert names_said("min kontakt er hans jensen") == (None, "Hans Jensen")


def test_a_call_returned_with_no_decision_yet_was_answered():
    """A tester: "hun tog den ikke, men hun ringede tilbage en time senere. Hun sagde … ikke har besluttet sig endnu"
    was counted as a follow-up without an answer."""
    said = ("jeg ringede til Camilla, hun tog den ikke, men hun ringede tilbage en time senere. Hun sagde de stadig er "
            "i gang med second round interviews og ikke har besluttet sig endnu.")
    assert answered_not_decided(said)
    assert not answered_not_decided("jeg ringede i går men fik ikke fat i nogen, de har nok ikke besluttet sig")


def test_their_reply_with_no_decision_yet_answers_the_follow_up():
    """A tester: "kasper har lige skrevet til mig paa mail. de har ikk besluttet sig endnu, men jeg faar svar senest
    fredag d. 18 dec" left the plan as after an unanswered follow-up, three times."""
    assert answered_not_decided("kasper har lige skrevet til mig paa mail. de har ikk besluttet sig endnu, men jeg "
                                "faar svar senest fredag d. 18 dec")
    assert not answered_not_decided("de har ikke besluttet sig endnu")


@pytest.mark.parametrize("said", ["Nej, jeg har slet ikke fulgt op endnu. Jeg har ikke ringet eller skrevet til ham.",
                                  "jeg har hverken ringet eller skrevet",
                                  "jeg har ikke ringet eller sendt en mail"])
def test_no_before_two_acts_denies_both(said):
    """A tester's "Jeg har ikke ringet eller skrevet til ham" was recorded as a follow-up without an answer."""
    assert attempts_reported(said) is None
    assert no_follow_up_made(said)


def test_an_act_denied_after_its_verb_is_not_counted():
    assert attempts_reported("jeg ringede ikke, men skrev en mail i går") == 1


@pytest.mark.parametrize("said", ["mail selvfoelgelig, det er jo den jeg har skrevet",
                                  "Jeg er bange for at han ikke tager telefonen, så jeg har skrevet en besked til "
                                  "telefonsvareren. Vil De læse den?",
                                  "vent, samtalen var ikke d. 2/12, det var der jeg ringede"])
def test_a_draft_or_an_act_already_told_is_no_new_follow_up(said):
    """Testers: the draft they had written, what they planned to say to a machine, and a day told by the call already
    counted were each recorded as one more follow-up without an answer (one "today", a Sunday)."""
    assert attempts_reported(said) is None
    assert attempts_reported("mailen som jeg skrev til hende d. 3/12 har hun ikke svaret på") == 1


@pytest.mark.parametrize("said", ["De har valgt en intern kandidat.", "hun sagde de valgte en anden"])
def test_a_no_in_other_words_is_a_no(said):
    assert rejection_reported(said)
    assert not rejection_reported("hvad hvis de valgte en anden?")


def test_the_count_said_again_with_kun_is_the_count():
    """A tester's "nej, jeg har kun fulgt op EN gang. ikke to" was counted as a second follow-up, three times."""
    assert count_restated("nej, jeg har kun fulgt op EN gang. ikke to") == 1
    assert count_restated("jeg har kun ringet den ene gang") == 1


@pytest.mark.parametrize("said", ["Samtalen var ikke søndag! Jeg skrev mandag, altså mandag d. 23. november.",
                                  "jeg skrev jo inden for 1-2 uger"])
def test_what_the_user_wrote_here_is_no_mail_sent(said):
    """Testers: "Jeg skrev mandag" (in this chat) became "Du fulgte op mandag den 23. november", and "jeg skrev jo
    inden for 1-2 uger" a mail sent today."""
    assert attempts_reported(said) is None
    assert attempts_reported("jeg skrev jo til dem i mandags") == 1


def test_asking_whether_the_job_is_filled_is_no_no():
    """A tester's own follow-up, "Jeg vil gerne vide om stillingen er besat eller ej", closed the application."""
    assert not rejection_reported("Jeg vil gerne vide om stillingen er besat eller ej")
    assert rejection_reported("hun sagde at stillingen er besat")


@pytest.mark.parametrize("said", ["jeg har ringet en gang allerede, i onsdags. hun sagde de ikke var helt færdige",
                                  "ok nu har jeg ringet. hun sagde de skal bruge lidt mere tid",
                                  "Jeg ringede til Jonas tirsdag d. 1/12, og der var ikke nyt."])  # s33d
def test_a_call_that_got_them_saying_they_need_more_time_was_answered(said):
    """Testers' calls that reached the contact ("hun sagde de ikke var helt færdige") were noted as follow-ups
    without an answer, and the script then said "jeg prøvede også at ringe til dig"."""
    assert answered_not_decided(said)
    assert not answered_not_decided("jeg er ikke færdig med mailen endnu, jeg har ringet i går")


@pytest.mark.parametrize("said, withdraws", [
    ("jeg har fået et andet job og vil trække min ansøgning tilbage", True),
    ("Ny udvikling: jeg har takket ja til et job hos Siemens Gamesa. Kan du skrive en mail til Louise?", True),
    ("jeg trækker mig", True),
    ("hvad hvis jeg får et andet job?", False),
    ("skal jeg trække min ansøgning tilbage?", False),
    ("jeg fik jobbet!", False),
    # s33a: declining their offer was answered as their no ("Det er jeg ked af at høre")
    ("hvordan skriver jeg pænt til Henrik, at jeg siger nej tak til stillingen", True),
    ("skal jeg sige nej tak til jobbet?", False), ("de sagde nej til mig", False),
    ("jeg har skrevet under hos et andet firma… Skal jeg sige noget til Netcompany?", True),  # s34a
])
def test_the_user_withdrawing_is_told_apart_from_the_employers_answer(said, withdraws):
    """A tester's "jeg har fået et andet job og vil trække min ansøgning tilbage" got "Hvor godt, at du har fået
    svar!", then the follow-up mail saying "Jeg er stadig meget interesseret"."""
    assert withdrawal_told(said) is withdraws


def test_more_time_asked_for_in_a_call_is_their_new_day_not_the_calls():
    """"ok nu har jeg ringet. hun sagde de skal bruge en uge mere" (a tester): the week is the employer's new day."""
    [entity] = time_entities("ok nu har jeg ringet. hun sagde de skal bruge en uge mere fordi chefen er syg.",
                             date(2026, 12, 6))
    assert (entity["value"], entity["additional_info"]["about"]) == ("2026-12-13", "deadline")


@pytest.mark.parametrize("said, reached", [
    ("torsdag den 3. december fik jeg fat i Karin, som sagde at jeg hører fra dem i løbet af næste uge", True),
    ("Det passer vist ikke helt, så har jeg talt med Lone", True),
    ("ringede til birgitte i går og snakkede med hende", True),
    ("Men jeg har jo lige talt med Jens i telefonen!", True),
    ("jeg fik ikke fat i nogen", False), ("hvad gør jeg hvis jeg får fat i hende?", False),
    ("jeg talte ikke med hende", False), ("jeg har talt med min mor om det", False),
    ("Jeg var til samtale den 10. november som kontorchef. Jeg talte med Mette Hansen.", False),  # the interview's
])
def test_a_follow_up_that_reached_the_contact_is_told_apart(said, reached):
    """s33a: calls in which the user talked to the contact were counted as follow-ups without an answer, and the
    next step was a mail to HR saying the contact had not answered."""
    assert reached_contact(said) is reached


def test_a_relatives_call_is_no_follow_up_of_the_users_and_mine_referencer_no_name():
    """s33c: "jeg tror min mor ringede for mig i onsdags" was the user's first follow-up; s33a: "De mangler at ringe til
    mine referencer" made the contact "Mine Referencer"."""
    assert attempts_reported("jeg tror min mor ringede for mig i onsdags men jeg ved ikk om det taeller") is None
    assert names_said("De mangler at ringe til mine referencer") == (None, None)



@pytest.mark.parametrize("said, left", [
    ("har ringet i fredags og lagde en besked på telefonsvareren", True),
    ("talte ind på hendes telefonsvarer i torsdags", True),
    ("fik bare telefonsvareren og lagde ingen besked", False),  # s39c: "jeg lagde også en besked" in the script
    ("fik telefonsvareren", False),  # whether a message was left is not said
])
def test_a_message_left_on_the_answering_machine(said, left):
    from coach.facts import voicemail_left
    assert voicemail_left(said) is left


@pytest.mark.parametrize("said, count", [
    # s39a: one call counted as two, and the next step went to HR
    ("Jeg har faktisk allerede ringet. Onsdag d. 2. december ringede jeg til fuldmaegtig Hanne Bech, men fik kun "
     "telefonsvareren, saa jeg lagde en besked.", 1),
    ("jeg har allerede ringet. torsdag ringede jeg til Ole Bak men fik kun telefonsvareren", 1),
    ("jeg har ringet, og jeg ringede igen i dag", 2),
    # s38a: the report before the question was not counted
    ("har sendt mail nr 2 nu og STADIG intet svar. hvor mange gange har jeg fulgt op egentlig?", 2),
    ("hvor mange gange har jeg så ringet nu ifølge dig", None),
    # s38d: mail about the interview itself
    ("mail tror jeg, vi har skrevet sammen paa mail foer", None),
    ("nej jeg har ikke fulgt op endnu! jeg mente bare at vi har mailet om tidspunktet for samtalen", None),
    # s40b: a draft to read, counted as a mail sent that day
    ("hun sagde de ville svare i løbet af ugen efter. har skrevet en mail, tjek lige den", None),
])
def test_follow_ups_told_in_testers_words(said, count):
    assert attempts_reported(said) == count


def test_a_call_back_forgotten_is_no_no_and_naming_the_one_talked_to_is_no_call():
    """s40a: "… han sagde ring igen torsdag d. 3/12, men jeg fik det ikke gjort 🙈" closed the application, and "hende
    jeg snakkede med hed lone fra hr" got "de er bare ikke færdige med at vælge"."""
    from coach.facts import rejection_reported
    from coach.facts.followups import reached_contact
    assert not rejection_reported("jeg ringede til formanden Michael d. 26/11 og han sagde ring igen torsdag d. 3/12, "
                                  "men jeg fik det ikke gjort 🙈")
    assert rejection_reported("de ringede og jeg fik det ikke")
    assert not reached_contact("jeg hedder bo nielsen og hende jeg snakkede med hed lone fra hr")
    assert reached_contact("jeg talte med hende i dag, hun sagde de ikke har besluttet sig")


@pytest.mark.parametrize("said, only", [("stadig intet svar", True), ("stadig ingen svar fra dem", True),
                                        ("har ringet, stadig intet svar", False), ("intet svar igen", False),
                                        ("nej, to gange faktisk, også i fredags. stadig intet svar", False)])
def test_silence_told_without_an_act_of_the_users(said, only):
    """s41c: "stadig intet svar" alone may be the employer's silence, not a follow-up of the user's."""
    from coach.facts import silence_only
    assert silence_only(said) is only


def test_one_follow_up_taken_back_leaves_the_count_said():
    """s41a: "hov nej, den mail i fredags var til et andet firma. så det er kun den ene gang, opkaldet i onsdags" kept
    two follow-ups, and Friday became the interview's day."""
    from coach.facts import count_restated
    from coach.facts.topics import ATTEMPT, date_topic
    said = "hov nej, den mail i fredags var til et andet firma. så det er kun den ene gang, opkaldet i onsdags"
    assert count_restated(said) == 1
    at = said.index("i fredags")
    assert date_topic(said, at, at + len("i fredags")) == ATTEMPT


@pytest.mark.parametrize("said, asks", [("ok men hvilken dag helt konkret?", True), ("hvornår helt præcist?", True),
                                        ("hvornår?", True), ("hvilken?", False), ("hvilken dag var samtalen", False),
                                        ("hvornår skal jeg ringe", False)])
def test_the_day_asked_for_in_few_words(said, asks):
    """s41c: "ok men hvilken dag helt konkret?" got "Undskyld, det forstod jeg ikke helt"."""
    from coach.facts import day_asked
    assert day_asked(said) is asks


def test_the_day_the_user_mailed_is_the_follow_ups_not_their_answer():
    """BB028 (blind): "jeg mailede i mandags men har ikke hørt noget" recorded the follow-up as made today."""
    from coach.facts.topics import date_topic
    said = "jeg mailede i mandags men har ikke hørt noget"
    at = said.index("i mandags")
    assert date_topic(said, at, at + len("i mandags")) != "other"
    assert date_topic("hun mailede i mandags at de skal bruge mere tid", 12, 21) == "other"


def test_the_employers_thank_you_pasted_is_not_the_users_own_mail():
    """BJ041 (blind): the HR chief's "Tak for samtalen i dag … glade for at møde dig. Vi forventer at give svar onsdag
    d. 12. maj." was reviewed as the user's own thank-you, and its answer day was lost."""
    from coach.facts.pasted import bare_own_mail, own_mail
    mail = ("Emne: Tak for samtalen\nSendt: 4. maj 2027 16:20\n\nKære Louise\nTak for samtalen i dag om stillingen som "
            "personaleassistent. Min kollega Marianne Post og jeg var glade for at møde dig. Vi forventer at give svar "
            "onsdag d. 12. maj.\nVh Jette Kofoed, HR-chef")
    assert not own_mail(mail) and not bare_own_mail(mail)
