"""Entities as the form reads them (coach/fact_entities.py): what a slot gets from a message."""

from __future__ import annotations

import pytest

from coach.fact_entities import channel_entities, find_span, merged_entities


def said(entities, text):
    return sorted((e["entity"], text[e["start"]:e["end"]]) for e in entities)


def crf(text, *guesses):
    """Tagger guesses as (kind, words) pairs, placed where the words are."""
    return [{"entity": kind, "start": text.index(words), "end": text.index(words) + len(words), "value": words,
             "extractor": "CRFEntityExtractor"} for kind, words in guesses]


@pytest.mark.parametrize("text, guesses, expected", [
    # a cue says whose name it is, whatever the tagger thought
    ("mit navn er Karen Lund Mikkelsen", [("contact_name", "Lund Mikkelsen")], [("user_name", "Karen Lund Mikkelsen")]),
    ("chefen hedder Bo Kjær", [("user_name", "Bo Kjær")], [("contact_name", "Bo Kjær")]),
    # no words say it is the user's own name: someone else's
    ("jeg fik fat i Lise og de vender tilbage snart", [("user_name", "Lise")], [("contact_name", "Lise")]),
    # a greeting names nobody
    ("hej igen", [], []),
    ("hej så længe", [], []),
    # the employer and the role the sentence names; a title the tagger cut short is made whole
    ("samtale hos Novo Nordisk som kontorchef", [("company", "Novo")],
     [("company", "Novo Nordisk"), ("job_role", "kontorchef")]),
    ("jeg søgte som grafisk designer", [("job_role", "designer")], [("job_role", "grafisk designer")]),
    ("i torsdags ved 11-tiden", [], []),  # a time, not an employer
    # channel words only where the user chooses
    ("jeg vil hellere skrive en mail, jeg hader at ringe", [("contact_channel", "ringe")],
     [("contact_channel", "skrive en mail")]),
    ("jeg søgte som chauffør. de sagde de ringer fredag", [("contact_channel", "ringer")], [("job_role", "chauffør")]),
    ("skal jeg hellere skrive end ringe", [("contact_channel", "skrive")], []),
])
def test_what_the_slots_get(text, guesses, expected):
    assert said(merged_entities(crf(text, *guesses), text, "inform"), text) == expected


@pytest.mark.parametrize("text, intent, expected", [
    ("jeg vælger at ringe", "inform", [("contact_channel", "ringe")]),
    ("hvad er bedst at gøre? okay jeg ringer", "ask_channel_advice", [("contact_channel", "ringer")]),
    ("hvornår kan jeg skrive til dem", "request_plan", []),  # a question, whatever its punctuation
    ("jeg kan ikke bestemme mig mellem telefon og mail", "ask_channel_advice", []),
    ("jeg vil gerne have en mail jeg kan sende", "request_email", []),  # asks for the text, chooses nothing
])
def test_a_channel_is_chosen_only_outside_questions(text, intent, expected):
    assert said(merged_entities([], text, intent), text) == expected


def test_time_entities_pass_unchanged():
    time = {"entity": "time", "start": 16, "end": 26, "value": "2026-11-24", "extractor": "DanishTimeExtractor"}
    assert time in merged_entities([time], "var til samtale i tirsdags", "inform")


def test_spans_point_into_the_original_spelling():
    text = "jeg var hos Føtex i Åbyhøj"
    assert find_span("FOETEX", text) == (12, 17)
    choice = "jeg tager telefonen"
    assert [(e["value"], choice[e["start"]:e["end"]]) for e in channel_entities(choice)] == [("telefon", "telefonen")]
