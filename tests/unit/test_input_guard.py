"""Messages the coach cannot read get a clear Danish reply instead of a guess."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.input_guard import MAX_CHARS, InputProblem, check_input, may_be_foreign, reply_for


@pytest.mark.parametrize("text, problem", [
    ("", InputProblem.EMPTY),
    ("   \n\t ", InputProblem.EMPTY),
    ("\x00\x07\u200b", InputProblem.EMPTY),
    ("😀😀😀", InputProblem.NO_WORDS),
    ("?!?! :-)", InputProblem.NO_WORDS),
    ("?", InputProblem.PUNCTUATION),  # a tester's "?" got "Tak for det!"
    ("😭😭😭", InputProblem.SAD),  # s41b: "Tak for det! Jeg forstår bedst ord…"
    ("a", InputProblem.PUNCTUATION), ("k", InputProblem.PUNCTUATION),  # s41b: "Jeg taler kun dansk", "stillingen som k"
    ("n", None),  # a no to "Vil du starte forfra?"
    ("...", InputProblem.PUNCTUATION),
    ("{{7*7}}", InputProblem.NO_WORDS),
    ("a" * (MAX_CHARS + 1), InputProblem.TOO_LONG),
    ("I had an interview yesterday", InputProblem.ENGLISH),
    ("Hello, can you help me with my job interview?", InputProblem.ENGLISH),
    ("Ich hatte gestern ein Vorstellungsgespräch und habe nicht", InputProblem.OTHER_LANGUAGE),
    ("Привет, у меня было собеседование", InputProblem.OTHER_LANGUAGE),
    ("لدي مقابلة عمل", InputProblem.OTHER_LANGUAGE),
    ("bonjour, je ne sais pas quoi faire", InputProblem.OTHER_LANGUAGE),
    ("hola, tengo una entrevista mañana", InputProblem.OTHER_LANGUAGE),
    ("asdfgh", InputProblem.NOISE),
    ("ghghghgh kdkdkd", InputProblem.NOISE),
    ("xcvbnm qpwmr", InputProblem.NOISE),
])
def test_unreadable_messages(text, problem):
    assert check_input(text) is problem


@pytest.mark.parametrize("text", ["contact was Anders Lund-Madsen, Head of Analytics",
                                  "I prefer email, it's easier for me",
                                  "it was for a product designer role at Danske Bank"])
def test_an_english_answer_with_a_name_or_a_channel_is_read(text):
    assert check_input(text) is None
    assert not may_be_foreign(text)  # the classifier's "bad input" guess is overruled


@pytest.mark.parametrize("text", [
    "i tirsdags", "kontorchef", "Jeg var til samtale i går som projektleder", "jeg vil ringe",
    "ingen", "det sagde de ikke", "Mette Hansen", "job interview i går hos Lego", "IT-supporter",
    "jeg har ringet til dem men fik ikke svar 😕", "8:00 🕗", "20/11 👍",
    "jaaaaa", "hmmmm", "pffff", "neeej tak", "angstskrig", "Jörgen fra Müller & Co ringer i morgen", "café-medarbejder",
    "hej, jeg hedder Ayşe og var til samtale i går", "per mail tak", "samtle i tirsdgs", "jaja",
    "der var ingen der tog telefonen", "projektleder inden for it i region midtjylland",
    "omg, had my interview yesterday som data analyst hos Novo Nordisk",  # a mix with Danish in it is read
    "just got out of my interview!! hvornår skal jeg følge op",
    # Swedish and Norwegian a Danish reader takes in: read, answered in Danish (BP014)
    "hej, jag undrar hur jag gör efter min intervju", "mejl tack, jag är inte så säker på danska i telefon",
])
def test_danish_and_odd_but_readable_text_goes_to_the_nlu(text):
    assert check_input(text) is None


def test_every_problem_has_a_danish_reply():
    for problem in InputProblem:
        assert "jeg" in reply_for(problem).lower() or "skriv" in reply_for(problem).lower()


@given(st.text())
def test_any_text_gives_a_verdict_without_raising(text):
    assert check_input(text) in (None, *InputProblem)


@pytest.mark.parametrize("text, foreign", [
    ("hello", True), ("can you help me", True), ("I need help", True),
    ("ekspedient i Føtex", False), ("job: sommerferieafløser i hjemmeplejen", False), ("junior developer", False),
    ("kl 14", False), ("hej", False),
])
def test_only_foreign_words_may_be_called_bad_input(text, foreign):
    assert may_be_foreign(text) is foreign


@pytest.mark.parametrize("text, problem", [
    ("<script>alert(1)</script>", InputProblem.MARKUP),          # not a request for the call script
    ("<img src=x onerror=alert(2)>", InputProblem.MARKUP),
    ("<b>jeg var til samtale i tirsdags</b>", None),              # words of the case are read
    ("[klik her](javascript:alert(3)) <b>chef</b>", None),        # a title with markup: shown as text
    ("jeg <3 dig", None),
])
def test_markup_without_words_gets_one_plain_answer(text, problem):
    assert check_input(text) is problem


def test_a_long_pasted_email_is_read_for_the_review_and_a_long_chat_message_is_not():
    """A tester: a 1,661-character mail pasted for review got "Din besked er for lang"; the long one needs it most."""
    body = "Jeg vil gerne sige tak for den gode samtale, og jeg er stadig meget interesseret i jobbet hos jer. " * 16
    mail = f"Emne: Opfølgning på samtale\n\nKære Lars Bech\n\n{body}\n\nMed venlig hilsen\nAhmad Rahimi"
    assert MAX_CHARS < len(mail) and check_input(mail) is None
    assert check_input(body) is InputProblem.TOO_LONG  # the same words as a chat message
    assert check_input(mail * 4) is InputProblem.TOO_LONG  # not without end


def test_a_danish_answer_day_with_words_english_has_too_is_danish():
    """A tester's "inden for to uger" got "Jeg taler kun dansk (sorry, Danish only)"."""
    assert check_input("inden for to uger") is None
    assert not may_be_foreign("inden for to uger")


def test_a_danish_month_or_weekday_makes_a_message_danish():
    """s30c: "ok sorry, 30. februar" got "Jeg taler kun dansk", and the impossible date was never named."""
    assert check_input("ok sorry, 30. februar") is None and not may_be_foreign("ok sorry, 30. februar")
    assert check_input("sorry my danish is not so good") is not None
