"""Another application told before the one the user needs help with is left out of the reading."""

import pytest

from coach.applications import as_read, without_other_application
from coach.facts import company_said, rejection_reported


def test_an_earlier_no_is_not_this_applications():
    said = ("jeg fik afslag fra Netto i januar efter en samtale d. 12/1, det var surt. men nu har jeg været til "
            "samtale igen, hos Rema 1000 i mandags")
    read = as_read(said)
    assert len(read) == len(said)  # the NLU's offsets stay valid
    assert not rejection_reported(read) and company_said(read) == "Rema 1000"


def test_the_other_one_named_is_the_case():
    said = ("jeg har 2 samtaler kørende. den ene er hos Coloplast på tirsdag, men det er den anden jeg vil have "
            "hjælp til: Novozymes, i fredags")
    assert "Coloplast" not in as_read(said) and "Novozymes, i fredags" in as_read(said)


@pytest.mark.parametrize("said", [
    "jeg var til samtale hos Netto i tirsdags, men nu er jeg i tvivl om jeg skal ringe",
    "samtalen hos Netto gik godt, men nu skal jeg til samtale igen på fredag",  # the same application's next round
    "kan du hjælpe mig med den anden mail?",  # no application before it
])
def test_one_application_told_is_read_whole(said):
    assert without_other_application(said) == said


@pytest.mark.parametrize("said, meant", [
    ("jeg var til samtale hos Netto i mandags men fik nej. nu har jeg haft en ny samtale hos Føtex i går",
     "nu har jeg haft en ny samtale hos Føtex i går"),
    ("jeg fik et nej fra Arla, men i går var jeg til samtale hos Lactalis",
     "men i går var jeg til samtale hos Lactalis"),
])
def test_an_interview_told_after_a_no_elsewhere_is_the_case(said, meant):
    assert as_read(said).strip(" .") == meant


@pytest.mark.parametrize("said", [
    "jeg fik afslag i dag. jeg var til samtale i tirsdags og det gik ellers godt",  # the same application
    "jeg fik afslag fra Netto i dag, men jeg var til samtale hos Netto i tirsdags",
])
def test_a_no_and_its_own_interview_are_read_whole(said):
    assert without_other_application(said) == said


def test_an_application_told_and_set_aside_is_left_out():
    said = "i september var jeg til samtale hos Coop, der fik jeg afslag, men det handler det ikke om"
    read = as_read(said)
    assert not rejection_reported(read) and "Coop" not in read and read.strip() == "men det handler det ikke om"


def test_another_application_after_a_no_is_told_by_words_or_another_employer():
    from coach.applications import another_application
    assert another_application("men nu var jeg til en ny samtale i torsdags", None, None)
    assert another_application("samtalen var i torsdags", "Matas", "Normal")
    assert not another_application("de sagde at den anden havde mere erfaring", "Matas", "Matas")
    assert not another_application("jeg vil gerne have hjælp til at svare på afslaget", "Matas", None)


def test_a_no_elsewhere_then_also_an_interview_here():
    said = ("Jeg fik afslag fra Novo Nordisk i sidste uge, det er fint nok. Men jeg var også til samtale hos "
            "Coloplast torsdag d. 7. oktober som laborant, og det er den jeg håber på")
    assert as_read(said).strip().startswith("Men jeg var også til samtale hos Coloplast")


@pytest.mark.parametrize("said, kept", [
    # AJ021: an interview elsewhere, told as an aside while the coach asks about the one meant
    ("Jeg er i øvrigt også til samtale på Ørestad Gymnasium i næste uge, så jeg vil gerne vide hvor jeg står",
     ", så jeg vil gerne vide hvor jeg står"),
    ("Jeg var til samtale hos Netto i mandags, og jeg skal også til samtale hos Føtex på fredag",
     "Jeg var til samtale hos Netto i mandags, og"),
    ("jeg skal også til samtale hos Føtex på fredag", "jeg skal også til samtale hos Føtex på fredag"),  # all there is
    ("jeg var også til samtale i tirsdags", "jeg var også til samtale i tirsdags"),  # no other employer
])
def test_an_interview_elsewhere_told_beside_the_one_meant_is_left_out(said, kept):
    read = as_read(said)
    assert len(read) == len(said) and read.strip() == kept


@pytest.mark.parametrize("said, kept", [
    ("undskyld jeg blander det sammen, d. 4/12 var min anden ansøgning hos Siemens Gamesa. Vestas sagde ikke noget "
     "om hvornår", "Vestas sagde ikke noget om hvornår"),  # AY014
    ("nej vent, kun én gang til Bravida, den anden gang var til et andet firma i Vejle. det var i torsdags",
     "det var i torsdags"),  # AY008
])
def test_a_clause_about_another_application_is_left_out(said, kept):
    read = as_read(said)
    assert len(read) == len(said) and kept in read
    assert "4/12" not in read and "Vejle" not in read and "Siemens" not in read


@pytest.mark.parametrize("said", ["Jeg var til samtale om en anden stilling hos Novo i går",
                                  "sorry det var min anden ansøgning. d. 26/1 var hos DHL som lagermedarbejder"])
def test_an_interview_about_another_position_or_a_mix_up_without_facts_is_read_whole(said):  # AY029
    assert as_read(said) == said
