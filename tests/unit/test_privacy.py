import pytest

from coach.privacy import is_confirmation


@pytest.mark.parametrize("text", ["ja", "Ja tak", "ja, slet alt", "slet det", "jep", "JA!", "ok slet"])
def test_confirmations(text):
    assert is_confirmation(text)


@pytest.mark.parametrize("text", ["nej", "tak", "ja men vent", "", "i tirsdags", "slet ikke noget"])
def test_not_confirmations(text):
    assert not is_confirmation(text)
