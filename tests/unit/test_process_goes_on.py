"""Readings found by the blind parts BM, BN (broad), BO (the hiring process goes on) and BP (English, Swedish,
Norwegian, second-language and dialect Danish)."""

from datetime import date

import pytest

from coach.applications import as_read
from coach.dates.entities import time_entities
from coach.facts import (
    DEADLINE,
    INTERVIEW,
    OTHER,
    attempts_reported,
    company_said,
    job_offered,
    names_said,
    parse_channel,
    rejection_told,
    role_said,
    split_role_answer,
    year_said,
)
from coach.input_guard import check_input


def _days(said: str, today: date) -> list[tuple[str, str | None, bool]]:
    return [(e["value"][:10], e["additional_info"]["about"], e["additional_info"]["ahead"])
            for e in time_entities(as_read(said), today)]


def test_a_second_round_ahead_is_the_interview_and_the_first_round_is_not():
    said = "Hej! Jeg er videre til 2. samtale på torsdag 😊 Første samtale var d. 28. oktober"  # BO002
    assert _days(said, date(2026, 11, 4)) == [("2026-11-05", INTERVIEW, True), ("2027-10-28", OTHER, False)]
    assert _days("jeg er videre til 2. samtale d. 22.!!", date(2026, 12, 19))[0] == ("2026-12-22", INTERVIEW, True)
    assert _days("yo, got a second interview på fredag 🙌", date(2027, 1, 27))[0] == ("2027-01-29", INTERVIEW, True)
    first = time_entities("første samtale var d. 18. januar btw", date(2027, 1, 27))[0]
    assert first["additional_info"]["first_round"]  # the form keeps the later round's day (BO024)


def test_the_day_they_said_it_is_not_the_day_they_named():
    said = "i fredags sagde de 'i løbet af næste uge'.. altså den her uge nu"  # BO043
    assert [about for _, about, _ in _days(said, date(2027, 6, 21))][0] == OTHER
    said = "de skal lige tale med mine referencer og så hører jeg fra dem på torsdag"  # BO030
    assert _days(said, date(2027, 3, 1)) == [("2027-03-04", DEADLINE, False)]
    said = "samtale for en uge siden, i mandags altså den 30/11 som regnskabsassistent"  # s36c: the Sunday, and the
    assert _days(said, date(2026, 12, 6)) == [("2026-11-30", INTERVIEW, False)]  # 30th as the answer day
    assert _days("samtale for en uge siden, svar i næste uge", date(2026, 12, 6))[0] == ("2026-11-29", INTERVIEW, False)
    said = "sofie svarede lige paa min mail fra torsdag. de har ikke besluttet sig endnu"  # s37a: Thursday became
    assert [about for _, about, _ in _days(said, date(2026, 12, 6))] == ["attempt"]  # their answer day
    said = "Sofie har svaret at de har travlt op til jul, og at jeg hører fra dem i starten af januar"  # s37c: the 23rd
    assert [(about, when[:4]) for when, about, _ in _days(said, date(2026, 12, 6))] == [(OTHER, "2026"),
                                                                                       (DEADLINE, "2027")]
    said = "fik fat i ham, han sagde de ikke var færdige og ringer inden fredag"  # trial: read as no answer day
    assert _days(said, date(2026, 12, 7)) == [("2026-12-11", DEADLINE, False)]


@pytest.mark.parametrize("said, offered", [
    ("JEG FIK JOBBET!!! 🎉🎉 de ringede i går og tilbød mig stillingen", True),  # BO004
    ("haha glem det, de ringede lige og tilbød mig stillingen!!! 🥳", True),  # BO017
    ("de vil gerne ansætte mig", True),
    ("Lone ringede lige, de har tilbudt mig pladsen!", True),  # trial: the offer was not heard
    ("hvis de har tilbudt mig pladsen, skal jeg så svare med det samme?", False),
    ("hvad hvis de tilbyder mig stillingen?", False),
    ("tror ikke de vil ansætte mig", False),
])
def test_a_job_offered(said, offered):
    assert job_offered(said) is offered


def test_news_of_a_no_in_more_words():
    assert rejection_told("øv. fik lige en sms fra dem, de har valgt at tage en intern i stedet")  # BO003
    assert rejection_told("åh nej de har lige ringet og sagt nej tak")  # BN039
    assert not rejection_told("har de sagt nej?")


@pytest.mark.parametrize("said, role", [
    ("Var til second interview i mandags for product designer jobbet hos Trifork", "product designer"),  # BP006
    ("hej, backend engineer interview hos Lunar i fredags", "backend engineer"),  # BP011
    ("jeg var til interview mandag 22 februar. Position er test engineer i Novo Nordisk", "test engineer"),  # BP031
    ("Jeg var på samtale 1 december for køkken chef i restaurant.", "køkken chef"),  # BP027
    ("hej! samtale i går hos Matas, butikschef 🙂", "butikschef"),  # BM012
    ("har ringet til Arriva to gange om en stilling som buschauffør uden at komme igennem", "buschauffør"),
    ("jeg var til samtale for en uge siden", None),
])
def test_the_role_in_more_shapes(said, role):
    assert role_said(as_read(said)) == role


def test_how_one_feels_is_no_title():
    assert split_role_answer("er det ikke lidt sent? jeg er utålmodig haha") == (None, None)  # BM012
    assert split_role_answer("jeg er lagermand") == ("lagermand", None)


@pytest.mark.parametrize("said, count", [
    ("oh and I already sent a short mail i går, no reply yet", 1),  # BP002
    ("jeg har allerede called them twice, sidst i mandags", 2),  # BP004
    ("jeg har ringt to ganger allerede, sist mandag 7. desember", 2),  # BP015
    ("Jeg har ringe 3 gang allerede. Sidste gang 28 december.", 3),  # BP027
    ("I'd rather send an email tbh", None),
    ("oh and my contact is called Mikkel Frost", None),
])
def test_follow_ups_told_in_english_norwegian_and_second_language_danish(said, count):
    assert attempts_reported(as_read(said)) == count


def test_swedish_is_read_and_its_mail_is_a_mail():
    said = "mejl tack, jag är inte så säker på danska i telefon"  # BP014
    assert check_input(said) is None and parse_channel(as_read(said)) == "email"
    assert check_input("Ich hatte gestern ein Vorstellungsgespräch und habe nicht") is not None


def test_more_names_and_firms():
    said = "vi snakkede i næsten en time og hun der interviewede mig (Louise Kjær) var super sød"  # BN007
    assert names_said(said) == (None, "Louise Kjær")
    assert names_said("Hej coach, Jonas Møller her. Jeg var til samtale torsdag d. 17.")[0] == "Jonas Møller"  # BN019
    assert company_said("jeg har ringet til KAB 3 gange nu uden at få fat på nogen") == "KAB"  # BM045
    assert company_said("har ringet til HR to gange") is None


def test_a_year_alone_mends_a_refused_day():
    assert year_said("ups 2027 mente jeg") == 2027 and year_said("2026") == 2026  # BN030
    assert year_said("samtale i 2026 i januar") is None


def test_a_held_interview_corrected_to_another_weekday_stays_in_the_past():
    from coach.dates.entities import reading_for
    today = date(2026, 11, 25)  # "i tirsdags" (the 24th), then "nej vent, det var torsdag" (BN009)
    entity = time_entities("nej vent, det var torsdag", today)[0]
    assert reading_for(entity, INTERVIEW, today, near=date(2026, 11, 24)) == "2026-11-19"
    assert reading_for(entity, INTERVIEW, today, near=date(2026, 11, 27)) == "2026-11-26"  # one still ahead


@pytest.mark.parametrize("said, written", [
    ("hej, a var te samtal i formiddaw", "hej, jeg var til samtale i formiddags"),  # BP044
    ("æ hår ringt to gång", "jeg har ringet to gang"),  # BP039
    ("Jag heter Karin Sjöberg och var på intervju i måndags", "jeg hedder Karin Sjöberg og var på samtale i mandags"),
    ("jeg har et a og et b", "jeg har et a og et b"),
])
def test_jutlandic_and_swedish_are_read_in_the_danish_the_readers_know(said, written):
    assert as_read(said) == written


def test_a_rejection_in_english_and_before_an_emoji():
    said = "update: they just emailed me. they went with another candidate 😕 hvad skriver jeg tilbage?"  # BP010
    assert rejection_told(as_read(said)) and attempts_reported(as_read(said)) is None
    assert not rejection_told("hvad hvis de har valgt en anden 😕")


def test_more_readings_of_the_bp_part():
    from coach.facts import interview_ahead, ruled_out_channels
    assert not job_offered("Jeg er ansat i Danske Bank nu, men søger væk.")  # AH017: the job one has
    assert job_offered("jeg er blevet ansat!!")
    assert not interview_ahead("Jeg har deltaget i samtale den 30. marts")  # BP033: held
    assert ruled_out_channels("jeg ringe, ikke god til skrive dansk") == {"email"}  # BP021
    assert names_said(as_read("backend engineer interview hos Lunar. with Jonas Holm, the tech lead")) \
        == (None, "Jonas Holm")  # BP011
    said = as_read("de sagde mid december, d. 15. to be exact")  # BP009: the 15th in December
    assert said.startswith("de sagde midt i december")
    assert _days("hei! jeg var på intervju tirsdag 23. mars som kokk", date(2027, 3, 27)) \
        == [("2027-03-23", INTERVIEW, False)]  # BP019


@pytest.mark.parametrize("said, written", [
    ("De sa at jeg skulle få svar i løpet av neste uke", "de sagde at jeg skulle få svar i løbet af næste uge"),
    ("de skulle höra av sig under förra veckan", "de skulle höra af sig i løbet af sidste uge"),  # BR018
    ("they said I'd hear from them before christmas", "they said I'd hear from them før jul"),  # BR008
    ("jeg har interview on monday kl 11", "jeg har interview på mandag kl 11"),  # BR003
    # s41b: "Din samtale er først fredag den 11. december"
    ("I had a job interview on friday for barista", "I had a job interview i fredags for barista"),
    ("my interview was on wednesday", "my interview was i onsdags"),
    ("I was told they would answer on monday", "I was told they would answer på mandag"),
    ("han sagd han vil ring inden ugen var omme", "han sagde han vil ring inden udgangen af ugen"),  # BR036
    ("I sent a CV to them", "I sent a CV to them"),
])
def test_neighbour_and_english_phrases_of_the_answer_day(said, written):
    assert as_read(said) == written


def test_more_readings_of_the_br_part():
    assert attempts_reported(as_read("I've already sent two follow up mails to him, d. 4/12 og så igen")) == 2
    assert attempts_reported("og jeg har sendt 3 follow ups already, den sidste i mandags") == 3  # BR010
    assert attempts_reported("jeg allerede ringe i dag morgen, ingen tage telefon") == 1  # BR031
    assert attempts_reported("ja ringe, det skrev jeg jo") is None  # BQ019
    assert rejection_told(as_read("hun va sgu mega kort for hovedet å gad ik rigtig snak"))  # BR044
    assert names_said("Min navn er Priya Sharma") == ("Priya Sharma", None)  # BR032
    assert names_said(as_read("og jeg har ringt Henrik Møller to ganger allerede")) == (None, "Henrik Møller")
    assert company_said("har ringet 3 gange nu til region hovedstaden om it-supporter jobbet") == "Region Hovedstaden"
    assert role_said("var til samtale for en uge siden om tømrerlærling hos en mester i vejle") == "tømrerlærling"
    assert role_said("samtale i går om lønnen og arbejdstiden") is None


def test_the_last_br_readings():
    from coach.facts import channel_preference
    assert channel_preference("nej, bedre mail. hun tager aldrig telefon når hun klipper") == "email"  # BR028
    assert role_said(as_read("Jeg havde job interview d. 16/11 for customer success manager hos Trustpilot")) \
        == "customer success manager"  # BR005
    assert role_said("interview i torsdags, backend engineer, en fintech startup i kbh") == "backend engineer"
    assert check_input("Mejl känns bäst") is None  # BR014: Swedish, read
    assert "for to uger siden" in as_read("jag var på intervju för två veckor sedan")  # BR018


def test_readings_found_by_bs_and_bt():
    from coach.facts import an_errand, channel_preference
    said = "har sendt 3 mails nu om jobbet. samtalen var 20. januar og den sidste mail sendte jeg d. 22/2"
    assert attempts_reported(said) == 3  # BT033: the last of the three, no fourth
    assert channel_preference("telefon altid") == "telefon" and channel_preference("ja telefon ville være fint")
    assert names_said("Kontaktpersonen var ledende lægesekretær Jens Mikkelsen.") == (None, "Jens Mikkelsen")
    assert names_said("samtale 1. juni hos Rambøll, kontakt Peter Nørgaard.") == (None, "Peter Nørgaard")  # BT044
    assert names_said("skriv den fra Morten Vinther") == ("Morten Vinther", None)
    assert an_errand("tandlæge", "i tirsdags var jeg til tandlæge lol")  # BS005
    assert not an_errand("tandlæge", "jeg var til samtale som tandlæge")
    assert not an_errand("regnskabsassistent", "det var til regnskabsassistent")  # AE009: the job
    assert _days("tak! men hvad hvis de ikke svarer før påske?", date(2027, 3, 20))[0][1] == OTHER  # BS029
    assert _days("de svarer før påske", date(2027, 3, 20))[0][1] == DEADLINE
