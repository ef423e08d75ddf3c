"""The readings the intent classifier gets besides the words (coach/fact_features.py)."""

import pytest

from coach.fact_features import FEATURES, fact_features


def readings(text):
    return {name for name, value in zip(FEATURES, fact_features(text), strict=True) if value}


@pytest.mark.parametrize("text, present, absent", [
    ("4/6", {"names_a_day"}, {"is_only_a_time_of_day"}),  # a date, though it looks like "9.15"
    ("9.15", {"is_only_a_time_of_day"}, {"names_a_day"}),
    ("kvart over 8", {"is_only_a_time_of_day"}, {"names_a_day"}),
    ("mandag kl. 10", {"names_a_day"}, {"is_only_a_time_of_day"}),
    ("har ringet to gange uden svar", {"attempt_made"}, {"answer"}),
    ("jeg fik jobbet", {"answer"}, {"rejection"}),
    ("de har valgt en anden", {"rejection"}, {"answer"}),
    ("hvornår skal jeg ringe", {"question"}, set()),
    ("start forfra", {"asks_to_start_over"}, set()),
    ("mit nummer er 22 33 44 55", {"gives_phone_number"}, {"names_only_a_clock_time", "is_only_a_time_of_day"}),
])
def test_what_the_classifier_is_told(text, present, absent):
    assert present <= readings(text) and not absent & readings(text)


def test_one_reading_per_feature_and_never_a_crash():
    for text in ("", " ", "😀", "a" * 3000):
        assert len(fact_features(text)) == len(FEATURES)


def test_a_message_too_long_to_read_tells_the_classifier_nothing():
    # The guard answers it with "too long"; reading it for facts took seconds and timed out the turn.
    assert not any(fact_features("x" * 6001))
    assert fact_features("kontorchef i tirsdags " * 100)[FEATURES.index("names_a_day")] is False
