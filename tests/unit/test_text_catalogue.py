"""Every sentence a user reads lives in the text catalogue (coach/texts/*.yml), once.

The checks read the product's Python source (ast) and the catalogue; none runs Rasa.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
import yaml

from coach.texts import catalogue, section, text

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("coach", "actions", "components", "channels", "reminders", "runtime", "scaling", "scripts", "devkit")
# Words that English and code rarely use: two of them in three or more words make a Danish sentence.
DANISH_WORDS = frozenset(
    "og det du jeg ikke til har på dig din dit dine med kan så hvis vil mig skal hvornår hvad jer vores eller "
    "efter gerne godt også når være hej tak fik blev var vi er den nu af fra hos ved bare lige noget mere alt helt "
    "stadig igen hvordan hvor".split()
)
REGEX = re.compile(r"\\[bdswWS]|\(\?|\[\^|\|")


def python_files():
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def string_literals(tree: ast.AST):
    """(line, text) of every string literal but docstrings; an f-string as one text with {…} holes."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip |= {id(part) for part in node.values}
            yield node.lineno, "".join(p.value if isinstance(p, ast.Constant) else "{…}" for p in node.values)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def is_danish_sentence(value: str) -> bool:
    if REGEX.search(value):
        return False  # a pattern, not a sentence
    words = re.findall(r"[^\W\d_]+", value)
    if len(words) < 3 or (value == value.lower() and not re.search(r"[.,:;!?–]", value) and len(words) > 8):
        return False  # too short, or a lexicon (a long run of lower-case words without punctuation)
    return sum(w.lower() in DANISH_WORDS for w in words) >= 2


def sentences_outside_catalogue(files) -> list[str]:
    return [f"{path.name}:{line}: {value[:60]!r}"
            for path in files for line, value in string_literals(ast.parse(path.read_text(encoding="utf-8")))
            if is_danish_sentence(value)]


def keys(node, prefix=""):
    if isinstance(node, dict):
        for name, child in node.items():
            yield from keys(child, f"{prefix}.{name}" if prefix else str(name))
    else:
        yield prefix, node


def used_keys() -> tuple[set[str], set[str], list[re.Pattern]]:
    """The product code's string literals, the keys it reads whole with section(), and its f-strings as
    patterns ("rehearsal.situations.{…}.news" matches every situation's news)."""
    literals, sections, patterns = set(), set(), []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "section" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                sections.add(node.args[0].value)
        for _, value in string_literals(tree):
            if "{…}" in value:
                patterns.append(re.compile(re.escape(value).replace(re.escape("{…}"), r"[^.]+")))
            else:
                literals.add(value)
    return literals, sections, patterns


def is_used(key: str, literals: set[str], sections: set[str], patterns: list[re.Pattern]) -> bool:
    parts = key.split(".")
    if any(".".join(parts[:n]) in sections for n in range(1, len(parts) + 1)):
        return True
    return key in literals or any(p.fullmatch(key) for p in patterns)


def test_no_danish_sentence_is_written_in_python_outside_the_catalogue():
    found = sentences_outside_catalogue(python_files())
    assert not found, "Danish text in Python; move it to coach/texts/:\n" + "\n".join(found)


def test_the_detector_finds_a_sentence_and_passes_code(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('REPLY = "Skriv gerne igen, så hjælper jeg dig."\n'
                      'HINT = f"Følg op {day}, hvis du vil."\n'
                      'PATTERN = r"\\b(jeg|du) har ringet\\b"\n'
                      'WORDS = "jeg det og en et at er har var til som de på med ikke om hvad kan du"\n'
                      'LOG = "Could not handle a Telegram update; it is dropped"\n', encoding="utf-8")
    found = sentences_outside_catalogue([sample])
    assert sorted(entry.split(":")[1] for entry in found) == ["1", "2"]


def test_every_text_in_the_catalogue_is_used_by_the_code():
    literals, sections, patterns = used_keys()
    unused = [key for key, _ in keys(catalogue()) if not is_used(key, literals, sections, patterns)]
    assert not unused, f"catalogue keys no code uses: {unused}"


def test_catalogue_keys_are_words_and_its_texts_are_text():
    for key, value in keys(catalogue()):
        assert all(part and not part[0].isdigit() for part in key.split(".")), key  # YAML read "no:" as False
        if key != "tips":
            assert isinstance(value, str) and value.strip(), key


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_call_passes_exactly_the_placeholders_its_text_names():
    wrong = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "text" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                continue
            given = {k.arg for k in node.keywords}
            if None in given:
                continue  # **values: checked where they are built
            needed = _placeholders(section(node.args[0].value))
            if given != needed:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value} needs {sorted(needed)}, "
                             f"gets {sorted(given)}")
    assert not wrong, "\n".join(wrong)


def test_a_missing_value_names_the_text_and_the_value():
    with pytest.raises(KeyError, match="plan.when.wait.*day"):
        text("plan.when.wait")
    with pytest.raises(KeyError, match="no text"):
        text("plan.when.never")


def test_no_catalogue_text_repeats_a_domain_response():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    responses = {v["text"].strip() for variants in domain["responses"].values() for v in variants if "text" in v}
    texts = {value.strip() for _, value in keys(catalogue()) if isinstance(value, str)}
    assert not responses & texts


def user_facing_texts():
    """(where, text) of every text a user reads: the catalogue and domain.yml's responses and buttons."""
    for key, value in keys(catalogue()):
        if isinstance(value, str):
            yield key, value
        else:  # the tips: a list of {id, text, when}
            yield from ((f"{key}.{item['id']}", item["text"]) for item in value)
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variants in domain["responses"].items():
        for variant in variants:
            yield name, variant.get("text") or ""
            yield from ((f"{name} button", button["title"]) for button in variant.get("buttons") or [])


def quotation_problems(value: str) -> list[str]:
    """Danish quotation marks „…“, opened and closed in turn; no "…", »…« or ”…”."""
    problems = [f"uses {mark!r}" for mark in ('"', "»", "«", "”") if mark in value]
    depth = 0
    for char in value:
        depth += {"„": 1, "“": -1}.get(char, 0)
        if depth not in (0, 1):
            return problems + ["„ and “ do not pair"]
    return problems + (["„ is not closed"] if depth else [])


def test_every_user_facing_text_quotes_the_danish_way():
    wrong = [f"{where}: {problem}: {value[:70]!r}"
             for where, value in user_facing_texts() for problem in quotation_problems(value)]
    assert not wrong, "\n".join(wrong)


def test_the_quotation_check_finds_a_mix():
    assert quotation_problems('Skriv „ja“ eller "nej".') == ["uses '\"'"]
    assert quotation_problems("Skriv „ja“ eller „nej.") == ["„ is not closed"]
    assert quotation_problems("Skriv „ja“ eller “nej„.") == ["„ and “ do not pair"]
    assert quotation_problems("Skriv „ja“ eller »nej«.") == ["uses '»'", "uses '«'"]
    assert quotation_problems("Skriv „ja“, så går vi videre.") == []
