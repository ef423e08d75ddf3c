"""Synonyms mend spellings; the capitals the user typed stay theirs."""

from components.synonyms import SpellingSynonymMapper


def mapped(value: str) -> str:
    mapper = SpellingSynonymMapper({}, None, None, synonyms={"novozymes": "novozymes", "lego": "Lego",
                                                             "paedagog": "pædagog", "ringe": "telefon"})
    entities = [{"entity": "company", "value": value}]
    mapper.replace_synonyms(entities)
    return entities[0]["value"]


def test_a_case_change_is_no_synonym():
    assert mapped("Novozymes") == "Novozymes" and mapped("LEGO") == "LEGO"


def test_a_spelling_is_mapped():
    assert mapped("paedagog") == "pædagog" and mapped("Ringe") == "telefon"
