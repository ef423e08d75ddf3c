"""Load the Danish spaCy pipeline once per process, with a logged fallback.

`da_core_news_sm` is used when installed; otherwise a blank Danish pipeline with lookup
lemmas from spacy-lookups-data, read per word from an on-disk index of the table
(components/danish_lemmas.py) instead of spaCy's in-memory table (~180 MB, ~2 s per start).
If the index cannot be built or read (read-only disk), spaCy's own lookup lemmatizer is used,
with a warning. Nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import sqlite3
from functools import cache

import spacy
from spacy.language import Language

from components import danish_lemmas

logger = logging.getLogger(__name__)

PREFERRED_MODEL = "da_core_news_sm"


def _blank_with_table_in_memory() -> Language:
    nlp = spacy.blank("da")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # reads the whole Danish lemma table from spacy-lookups-data
    return nlp


def _blank_danish(preferred: str) -> tuple[Language, str]:
    missing = f"'{preferred}' is not installed"
    path = danish_lemmas.index_path()
    if path is None:
        return _blank_with_table_in_memory(), (
            f"blank Danish spaCy pipeline with lookup lemmas (in-memory table, "
            f"{danish_lemmas.ENV_VAR}=memory; {missing})")
    try:
        path = danish_lemmas.ensure_index(path)
        danish_lemmas.register_component()
        nlp = spacy.blank("da")
        nlp.add_pipe(danish_lemmas.COMPONENT, config={"index_path": str(path)})
    except (danish_lemmas.LemmaIndexError, sqlite3.Error) as exc:
        logger.warning("Danish lemma index unavailable (%s); loading the whole table into memory", exc)
        return _blank_with_table_in_memory(), (
            f"blank Danish spaCy pipeline with lookup lemmas (in-memory table: no index; {missing})")
    return nlp, f"blank Danish spaCy pipeline with lookup lemmas (index {path}; {missing})"


def load_danish(preferred: str = PREFERRED_MODEL) -> tuple[Language, str]:
    """Return (pipeline, description of what was loaded), loaded once per process and model name."""
    return _load_danish(preferred)


@cache  # keyed on the name alone: load_danish() and load_danish(PREFERRED_MODEL) share one pipeline
def _load_danish(preferred: str) -> tuple[Language, str]:
    try:
        nlp = spacy.load(preferred, exclude=["parser", "ner"])
        description = f"spaCy-model '{preferred}'"
    except OSError:
        nlp, description = _blank_danish(preferred)
    logger.info("Danish NLP: %s", description)
    return nlp, description
