import pytest

from coach.privacy import asks_to_be_forgotten, is_confirmation


@pytest.mark.parametrize("text", ["ja", "Ja tak", "ja, slet alt", "slet det", "jep", "JA!", "ok slet",
                                  # testers' yeses that once left everything stored
                                  "Ja tak, det vil jeg gerne.", "ja gerne", "jep 👍", "ja, slet det hele", "👍"])
def test_confirmations(text):
    assert is_confirmation(text)


@pytest.mark.parametrize("text", ["nej", "tak", "ja men vent", "", "i tirsdags", "slet ikke noget",
                                  "ja tak, men behold datoen", "ja, slet rollen", "gerne"])
def test_not_confirmations(text):
    assert not is_confirmation(text)


@pytest.mark.parametrize("text, asks", [
    ("glem mig", True), ("slet mine data", True), ("ret til at blive glemt", True),
    ("ved ikke, det glemte jeg at spørge om", False), ("jeg har glemt hvad hun hed", False),
])
def test_a_request_to_be_forgotten_needs_its_words(text, asks):
    assert asks_to_be_forgotten(text) is asks


@pytest.mark.parametrize("said", ["hvorfor har du fjernet mit navn? jeg hedder Nadia Rahimi",
                                  "du har glemt mit navn, jeg hedder Oliver Berg"])
def test_a_complaint_about_a_name_left_out_is_no_request_to_forget(said):
    """Two testers who asked why their name was gone were asked whether to delete everything."""
    assert not asks_to_be_forgotten(said)
    assert asks_to_be_forgotten("slet alt hvad du har gemt om mig")


@pytest.mark.parametrize("said", ["kan du fjerne det sidste stykke",
                                  "jeg vil ikke spørge om feedback, kan du fjerne det sidste stykke"])
def test_a_change_asked_of_the_text_is_no_request_to_forget(said):
    """s41c: both got "Skal jeg slette alt, hvad du har fortalt mig …? Det kan ikke fortrydes." """
    assert not asks_to_be_forgotten(said)
    assert asks_to_be_forgotten("fjern alt om mig")
