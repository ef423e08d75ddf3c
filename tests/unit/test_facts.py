"""Reading facts in the user's own words."""

import pytest

from coach.facts import (
    DEADLINE,
    INTERVIEW,
    clean_company,
    clean_person_name,
    clean_role,
    date_topic,
    parse_channel,
    says_no_deadline,
)


@pytest.mark.parametrize("text, expected", [
    ("ring", "telefon"), ("Jeg vil hellere ringe", "telefon"), ("telefonen", "telefon"),
    ("opkald", "telefon"), ("mail", "email"), ("en e-mail tak", "email"), ("jeg vil skrive", "email"),
    ("ved ikke", None), ("ringe eller mail?", None),
])
def test_channel_in_own_words(text, expected):
    assert parse_channel(text) == expected


@pytest.mark.parametrize("text", [
    "ingen", "Ingen frist", "det sagde de ikke", "de nævnte ikke noget", "nej", "ved ikke",
    "De sagde ingen dato", "det blev ikke sagt", "det naevnte de ikke",
])
def test_no_deadline_phrasings(text):
    assert says_no_deadline(text)


@pytest.mark.parametrize("text", ["på fredag", "senest den 4. december", "om 14 dage"])
def test_a_date_is_not_no_deadline(text):
    assert not says_no_deadline(text)


@pytest.mark.parametrize("text, unprompted", [
    ("jeg vil ringe og de sagde ingen frist", True),
    ("de sagde ikke noget om hvornår", True),
    ("nej", False),
    ("Jeg var til samtale, men de sagde ikke noget om løn", False),
])
def test_no_deadline_unprompted_only_when_explicit(text, unprompted):
    assert says_no_deadline(text, asked=False) is unprompted


def test_which_date_is_which_in_one_message():
    text = "Jeg var til samtale i tirsdags, og de svarer senest fredag"
    interview = text.index("i tirsdags")
    deadline = text.index("fredag")
    assert date_topic(text, interview, interview + 10) == INTERVIEW
    assert date_topic(text, deadline, deadline + 6) == DEADLINE
    assert date_topic("i tirsdags", 0, 10) is None


@pytest.mark.parametrize("text, expected", [
    ("kontorchef", "kontorchef"), ("Stillingen som kontorchef.", "kontorchef"),
    ("det var som pædagog", "pædagog"), ("SAP-konsulent", "SAP-konsulent"),
    ("Projektleder i IT", "projektleder i IT"), ("", None), ("x" * 500, None),
])
def test_role_from_a_bare_answer(text, expected):
    assert clean_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mette Hansen", "Mette Hansen"), ("hun hedder mette hansen", "Mette Hansen"),
    ("Jeg hedder Ole Jensen.", "Ole Jensen"), ("det er 12345678", None),
])
def test_person_names(text, expected):
    assert clean_person_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Novo Nordisk", "Novo Nordisk"), ("hos Aarhus Kommune.", "Aarhus Kommune"), ("I", None), ("de", None),
])
def test_company_names(text, expected):
    assert clean_company(text) == expected
