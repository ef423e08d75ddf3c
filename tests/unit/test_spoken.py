"""Dictated punctuation and chat spellings are read as written, so they never end up inside a fact."""

import pytest

from coach.facts import says_no_deadline, split_role_answer
from coach.spoken import as_written


@pytest.mark.parametrize("said, written", [
    ("jeg var til samtale i torsdags komma hos 7-Eleven punktum", "jeg var til samtale i torsdags, hos 7-Eleven."),
    ("har de svaret spørgsmålstegn", "har de svaret?"),
    ("det sagd de ik noget om", "det sagde de ikke noget om"),
    ("de sku ringe torsdag men intet er sket", "de skulle ringe torsdag men intet er sket"),
    ("kommaet og punktummet står forkert", "kommaet og punktummet står forkert"),  # words, not marks
])
def test_spoken_marks_and_chat_spellings(said, written):
    assert as_written(said) == written


def test_a_dictated_comma_ends_the_role_and_a_chat_no_means_no_deadline():
    assert split_role_answer(as_written("det var som butiksassistent komma på deltid")) == ("butiksassistent", None)
    assert says_no_deadline(as_written("det sagd de ik noget om"), asked=True)


def test_english_date_words_in_a_mixed_message_are_read_as_danish_and_the_message_is_no_foreign_noise():
    from coach.input_guard import check_input

    written = as_written("they said they'd let me know by friday the 19th")
    assert written == "they said they'd let me know by fredag d. 19."
    assert check_input(written) is None
    assert check_input(as_written("I had an interview yesterday")) is not None  # no fact the coach can use


def test_a_chat_skulle_makes_the_day_the_employers_promise():
    from datetime import date

    from coach.dates.entities import time_entities

    [day] = time_entities(as_written("mandag d 23 og de sku ringe torsdag"), date(2026, 12, 3))[1:]
    assert day["additional_info"]["about"] == "deadline"
