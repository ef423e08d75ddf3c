"""The coach's words: every sentence a user reads, kept as data in coach/texts/<topic>.yml.

A key is `<topic>.<name>[.<name>...]` ("plan.when.wait"); a text names its placeholders in braces
("Følg op {day}."), and `text` fills them. Rasa's own responses (utter_*) stay in domain.yml, where
Rasa needs them. tests/unit/test_text_catalogue.py fails on a Danish sentence written in Python
outside this catalogue and on a key that no code uses.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Any]:
    """Every topic file, by topic name (the file name without .yml)."""
    folder = resources.files("coach.texts")
    return {entry.name[:-4]: yaml.safe_load(entry.read_text(encoding="utf-8"))
            for entry in folder.iterdir() if entry.name.endswith(".yml")}


def section(key: str) -> Any:
    """The catalogue's node at a dotted key: a text, a table of texts or a list (tips)."""
    node: Any = catalogue()
    for part in key.split("."):
        try:
            node = node[part]
        except (KeyError, TypeError) as err:
            raise KeyError(f"no text {key!r} in coach/texts") from err
    return node


def text(key: str, **values: Any) -> str:
    """The text at `key` with its placeholders filled; a missing value raises KeyError."""
    template = section(key)
    if not isinstance(template, str):
        raise KeyError(f"{key!r} is a section, not a text")
    try:
        return template.strip().format(**values)
    except KeyError as err:
        raise KeyError(f"text {key!r} needs the value {err.args[0]!r}") from err
