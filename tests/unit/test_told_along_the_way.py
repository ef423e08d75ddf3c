"""Readings found by the blind parts BI (broad, dev57) and BJ (the employer's own words, dev58)."""

from datetime import date

import pytest

from coach.applications import as_read
from coach.dates.entities import pick_time, pinned_day, time_entities
from coach.facts import (
    INTERVIEW,
    attempts_reported,
    channel_preference,
    company_said,
    names_said,
    rejection_told,
    role_said,
)
from coach.facts.pasted import employer_signature, pasted_mail


def test_a_no_told_in_everyday_words_is_a_no():
    assert rejection_told("ej de har lige ringet... jeg fik den ikke 😞 de valgte en med mere erfaring")  # BI007
    assert not rejection_told("fik den ikke endnu")
    assert not rejection_told("hvad hvis de valgte en med mere erfaring?")


def test_written_danish_is_no_mail():
    assert attempts_reported("jeg skriver mail, mit dansk er bedre skrevet") is None  # BI023


def test_the_title_before_jobbet_written_apart():
    said = "hej har ringet 4 gange til dem nu om pizzabager jobbet, sidste gang i fredags"
    assert role_said(said) == "pizzabager"  # BI043


@pytest.mark.parametrize("said, channel", [("telefon selvfølgelig", "telefon"), ("mail helt klart", "email")])
def test_a_channel_said_with_of_course(said, channel):
    assert channel_preference(said) == channel  # BI009


def test_a_guessed_weekday_after_the_week_is_the_day_in_it():
    """'var til samtale i sidste uge, tror det var torsdag' (BI028): the week's Thursday, no question which day."""
    today = date(2027, 2, 2)
    entities = time_entities("var til samtale i sidste uge, tror det var torsdag", today)
    chosen = pick_time(entities, INTERVIEW, asked=False)
    assert chosen["additional_info"]["text"] == "torsdag"
    assert pinned_day(entities, chosen, INTERVIEW, today) == "2027-01-28"


_INVITATION = ("hej. fik den her mail for et par uger siden og var til samtalen som aftalt, men har ikke hørt en lyd "
               "siden. hvad gør jeg?\n\nFra: Louise Kragh <lkr@nordhavnlogistik.dk>\nSendt: 21. oktober 2026 09:14\n"
               "Emne: Invitation til samtale – lagerkoordinator\n\nKære Mads\n\nTak for din ansøgning. Vi vil gerne "
               "invitere dig til samtale tirsdag d. 27. oktober kl. 13.00 på Industrivej 12. Ud over mig deltager "
               "vores driftschef Henrik Thorsen. Tiltrædelse er 1. januar 2027.\n\nVi forventer at kunne give alle "
               "kandidater svar senest fredag d. 30. oktober.\n\nMed venlig hilsen\nLouise Kragh\nHR-konsulent\n"
               "Nordhavn Logistik A/S")


def test_a_pasted_invitation_is_read_as_a_mail():
    """BJ001: the signature names the contact and the firm, the subject the job; the day it was sent, the start
    date and the greeting to the user name nothing of the case, and the sender's title is not the job."""
    read = as_read(_INVITATION)
    assert names_said(read) == (None, "Louise Kragh")
    assert company_said(read) == "Nordhavn Logistik A/S" and role_said(read) == "lagerkoordinator"
    days = [(e["value"][:10], e["additional_info"]["about"]) for e in time_entities(read, date(2026, 11, 2))]
    assert ("2026-10-27", "interview") in days and ("2026-10-30", "deadline") in days
    assert not any(day.startswith(("2026-10-21", "2027-01-01")) for day, _ in days)


def test_a_mail_quoted_inside_the_message():
    said = ('Her er invitationen jeg fik: "Kære Ahmad. Vi vil gerne se dig til en samtale mandag d. 23. november '
            'kl. 9.00 i køkkenet. Hilsen Camilla Friis, køkkenchef, Restaurant Havkatten" - jobbet er som kok.')
    assert employer_signature(as_read(said)) == ("Camilla Friis", "Restaurant Havkatten")  # BJ010
    assert names_said(as_read('fik sms: \'Hej Frederik, tak for samtalen. Mvh Tine Andersen, skoleleder\''))[0] is None


def test_the_users_own_mail_pasted_is_signed_by_the_user_and_goes_to_the_contact():
    said = ("Her er den sidste mail jeg sendte:\n\nSendt: 27. november 2026\nTil: Lars Bundgaard\nEmne: Opfølgning "
            "på samtale fredag d. 6. november\n\nKære Lars\nJeg vil blot høre, om der er nyt vedrørende stillingen "
            "som elektriker.\n\nMed venlig hilsen\nPeter Holm")
    assert names_said(as_read(said)) == ("Peter Holm", "Lars Bundgaard")  # BJ009


def test_a_title_after_the_comma_is_no_firm_and_a_letter_to_the_coach_no_pasted_mail():
    assert employer_signature(as_read("Emne: Invitation til samtale – laborant\nKære Jakob\nVi vil gerne invitere "
                                      "dig.\nMvh Helle Bisgaard, Laboratorieleder")) == ("Helle Bisgaard", None)
    letter = ("Kære Opfølgningscoach\nJeg var til samtale i mandags som sekretær og vil gerne følge op. Kan du "
              "hjælpe mig?\n\nMed venlig hilsen\nBirgitte Lund")
    assert not pasted_mail(letter) and names_said(letter)[0] == "Birgitte Lund"


def test_the_mails_own_days_are_read_from_the_day_it_was_sent():
    """BJ041, BJ045: 'tak for samtalen i dag' in a mail sent 4 May is the 4th, told on the 14th; a start date in the
    same sentence as the answer day leaves the answer day standing."""
    mail = ("Emne: Tak for samtalen\nSendt: 4. maj 2027 16:20\n\nKære Louise\nTak for samtalen i dag om stillingen. "
            "Vi forventer at give svar onsdag d. 12. maj.\nVh Jette Kofoed, HR-chef")
    days = [(e["value"], e["additional_info"]["about"]) for e in time_entities(as_read(mail), date(2027, 5, 14))]
    assert days == [("2027-05-04", "interview"), ("2027-05-12", "deadline")]
    mail = ("Fra: Allan Juhl\nSendt: 18. juni 2027 10:12\n\nKære Victor\nTak for samtalen onsdag. Som nævnt forventer "
            "vi, at den nye medarbejder starter 1. august, og vi giver derfor alle kandidater besked senest fredag "
            "d. 25. juni.\n\nVenlig hilsen\nAllan Juhl\nTeknisk chef, Østjysk Maskinservice")
    days = [(e["value"], e["additional_info"]["about"]) for e in time_entities(as_read(mail), date(2027, 6, 30))]
    assert days == [("2027-06-16", "interview"), ("2027-06-25", "deadline")]
    assert employer_signature(as_read(mail)) == ("Allan Juhl", "Østjysk Maskinservice")


def test_someone_elses_words_count_no_follow_up_of_the_users():
    assert attempts_reported("Bent Lauridsen skrev bagefter: 'Tak for samtalen i dag, Ali.'") is None  # BJ040
    said = "ok jeg har lige ringet. fik kun telefonsvareren: 'Hej du har ringet til Jakob, jeg er på ferie.'"
    assert attempts_reported(said) == 1  # BJ037: the greeting's "du har ringet" is not a second call
    assert attempts_reported("Jeg har lige sendt min tredje opfølgning og fik straks et autosvar") == 3  # BJ013


def test_a_thread_pasted_with_the_reply_is_no_draft_to_review():
    from coach.review.request import asks_to_read_pasted_draft
    thread = ("Min mail:\nHej Rasmus\nTak for en hyggelig samtale i dag om stillingen som frisør. Jeg glæder mig "
              "til at høre fra jer. Vh Camilla Bak\n\nHans svar: Hej Camilla, tak for din søde mail! Vi er stadig "
              "i gang med samtaler. Mvh Rasmus Friis")
    assert not asks_to_read_pasted_draft(thread)  # BJ031
    assert asks_to_read_pasted_draft("kan du læse min mail?\n\nKære Hanne\nTak for samtalen om stillingen som pædagog. "
                                     "Jeg vil høre, om der er nyt.\n\nMvh Freja")


def test_an_sms_told_inline_and_a_seasonal_closing_are_read_as_the_employers():
    sms = ("hej fik denne sms: Hej Yasmin, vi vil gerne invitere dig til samtale tirsdag d. 9/2 kl. 15.30 i "
           "butikken. Mvh Dorthe, Netto Vanløse")
    assert pasted_mail(as_read(sms)) and names_said(as_read(sms)) == (None, "Dorthe")  # BJ026: not "Yasmin"
    mail = ("fik denne mail i forgårs:\n\nEmne: Status på din ansøgning\nSendt: 22. december 2026 11:30\n\n"
            "Hej Nikolaj\nDu hører fra os senest fredag d. 8. januar.\nGod jul og godt nytår\nAnders Kjær\n"
            "Afdelingsleder, Teknisk Service")
    assert names_said(as_read(mail))[1] == "Anders Kjær"  # BJ015


@pytest.mark.parametrize("first, said, full", [
    ("Dorthe", "det er til butiksassistent. dorthe jensen er butikschef", "Dorthe Jensen"),  # BJ026
    ("Kirsten", "kirsten hansen, hun er mesters kone og ordner alt papirarbejdet", "Kirsten Hansen"),  # BJ012
    ("Ole", "ole er sød", None),
])
def test_a_first_name_known_gets_its_surname(first, said, full):
    from coach.facts.names import with_surname
    assert with_surname(first, said) == full


def test_the_employers_other_days_in_a_pasted_message_are_not_the_cases():
    today = date(2026, 12, 13)
    sms = ("fik den her sms bagefter: Hej Emil, tak for i dag 🙂 Vi har 2 samtaler mere på mandag og giver besked "
           "inden jul.")
    about = {e["additional_info"]["text"]: e["additional_info"]["about"] for e in time_entities(as_read(sms), today)}
    assert about["på mandag"] == "other"  # BJ012: their other interviews, not the answer day
    auto = ("Jeg har lige sendt min tredje opfølgning og fik straks det her tilbage:\n\nAutosvar: Tak for din mail. "
            "Jeg holder juleferie fra d. 18. december til og med d. 3. januar.\n\nMed venlig hilsen\nBirgitte Lund")
    assert time_entities(as_read(auto), today) == []  # BJ013: the auto-reply's absence dates nothing of the case
    mail = ("Kære Ahmad\nTak for din tid. Vi har valgt at tilbyde stillingen til en anden kandidat, som starter "
            "1. januar.")
    assert rejection_told(as_read("der kom lige en mail nu:\n\n" + mail))  # BJ010


def test_a_no_pasted_or_answered_by_mail_came_in_writing():
    from coach.facts import rejection_medium
    assert rejection_medium("Jeg vil gerne svare pænt på mailen og måske spørge om feedback") == "email"  # BJ003
    pasted = ("Jeg har lige fået dette svar.\n\nEmne: Din ansøgning\n\nKære Henriette\n\nVi har desværre valgt at gå "
              "videre med en anden kandidat.\n\nVenlig hilsen\nSøren Ibsen")
    assert rejection_medium(as_read(pasted)) == "email"


@pytest.mark.parametrize("said, signed", [
    ("og fik bagefter denne mail:\n\nSendt: 22. april 2027\nEmne: Tak for samtalen\n\nKære Louise\nTak for i går. Vi "
     "forventer at give svar senest fredag d. 30. april.\nVh Mikkel Holst, Teamleder, Tryg", ("Mikkel Holst", "Tryg")),
    ('har kun den her sms fra butikschefen: "Hej Freja, tak for idag! Vi vender tilbage inden udgangen af januar '
     '/Jacob Winkel". men der er ikk kommet noget', ("Jacob Winkel", None)),
    ("fik lige den her sms: 'Hej Emil. Vil du komme til samtale mandag d. 10/5 kl. 8? Mvh Jan Kofoed, Kofoed VVS'. "
     "hvordan følger man op bagefter", ("Jan Kofoed", "Kofoed VVS")),
    ("fik bare det her tilbage:\n\nAutosvar: Tak for din mail. Jeg er på kursus til og med onsdag d. 11. november. "
     "Ved akutte henvendelser kan du kontakte min kollega på tlf. 72 34 56 78.\nMvh Hanne Bech\nRegion Sjælland",
     ("Hanne Bech", "Region Sjælland")),
])
def test_signatures_of_pasted_messages_in_their_many_shapes(said, signed):  # BL035, BL024, BL037, BL004
    assert employer_signature(as_read(said)) == signed
    assert names_said(as_read(said)) == (None, signed[0])


def test_the_reply_asked_for_in_an_invitation_is_no_answer_day_and_a_relative_whose_no_condition():
    invitation = ("Fra: Line Kjær <lkj@coop.dk>\nSendt: 20. oktober 2026 14:12\nEmne: Invitation til samtale - "
                  "butiksassistent\n\nHej Amalie\n\nVi vil gerne invitere dig til samtale torsdag d. 29. oktober "
                  "kl. 10.00.\n\nGiv venligst besked senest fredag d. 23/10, om tidspunktet passer.\n\nVi forventer "
                  "at give svar til alle kandidater senest onsdag d. 4. november.\n\nVenlig hilsen\nLine Kjær\n"
                  "HR-konsulent, Coop")
    read = as_read(invitation)
    days = [(e["value"][:10], e["additional_info"]["about"]) for e in time_entities(read, date(2026, 11, 2))]
    assert days == [("2026-10-29", "interview"), ("2026-11-04", "deadline")]  # BL001
    no = ("kom det her:\n\nEmne: Din ansøgning\nKære Peter\nVi har desværre valgt en anden kandidat, hvis profil "
          "matchede stillingen lidt bedre.\nMed venlig hilsen\nCharlotte Juhl")
    assert rejection_told(as_read(no)) and not rejection_told("hvad gør jeg, hvis de har valgt en anden?")  # BL023


def test_a_firm_is_never_the_contact_greeted_and_a_pasted_sms_no_opening_to_review():
    from coach.review.request import asks_to_read_pasted_draft
    invitation = ("her er invitationen:\n\nSendt: 9. december 2026\nEmne: Samtale\n\nHej Ahmad\nTak for ansøgningen "
                  "til stillingen som tjener. Kan du komme til en snak onsdag d. 16/12 kl. 15?\nHilsen Kasper Friis\n"
                  "Restaurantchef, Restaurant Mellemrum")
    assert names_said(as_read(invitation))[1] == "Kasper Friis"  # BL016: no "Kære Restaurant Mellemrum"
    assert company_said(as_read(invitation)) == "Restaurant Mellemrum"
    assert not asks_to_read_pasted_draft('det var som lagermand. her er sms\'en:\n"Hej Jonas. Tak for en god snak i '
                                         'dag. Vi ringer senest fredag d. 13/11. Mvh Kenneth Brandt, Bygma"')  # BL002


@pytest.mark.parametrize("said, contact", [
    ('"Ja hej, det er Thomas Winther fra Elgiganten, tak for sidst. Vi er ikke helt færdige endnu, men vi melder ud '
     'sidst på måneden. Du er velkommen til at ringe."', "Thomas Winther"),  # BJ006: the quote is the whole message
    ("fik en telefonbesked juleaften. han sagde noget i stil med 'hej det er Jesper Lauridsen fra PostNord i "
     "Brøndby, tak for samtalen mandag den 14. vi har valgt en anden'", "Jesper Lauridsen"),  # BL017
    ("hun ringede senere samme dag og lagde en besked: 'hej det er Signe Lindholm, tak for i dag, vi tager en "
     "beslutning snarest og så hører du fra os'", "Signe Lindholm"),  # BL039
])
def test_the_caller_of_a_voicemail_retold_is_the_contact(said, contact):
    assert names_said(as_read(said)) == (None, contact)


def test_an_opening_the_user_plans_to_say_is_no_voicemail():
    assert names_said("jeg tænker jeg siger: 'hej det er Mads Jensen, jeg var til samtale hos jer i tirsdags'") \
        == (None, None)


def test_an_auto_reply_is_signed_by_the_contact_not_the_user():  # BL040
    said = ("hov jeg skrev faktisk allerede til hende i går. fik bare et autosvar: 'Skolen holder lukket 2. "
            "pinsedag. Din mail besvares hurtigst muligt. Mvh Lene Friis, skoleleder'")
    assert names_said(as_read(said)) == (None, "Lene Friis")


def test_a_voicemail_left_by_the_employer_is_no_follow_up_and_another_direction_is_a_no():
    assert attempts_reported("hun ringede senere samme dag og lagde en besked: 'hej, vi vender tilbage'") is None
    assert attempts_reported("jeg ringede i tirsdags og lagde en besked") == 1  # BL039
    assert rejection_told("vi er ikke helt færdige, men ærligt talt så går vi nok i en anden retning")  # BL013
    assert not rejection_told("vi går ikke i en anden retning")
