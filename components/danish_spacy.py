"""Load the Danish spaCy pipeline once per process, with a logged fallback.

`da_core_news_sm` is used when installed; otherwise a blank Danish pipeline
with lookup lemmas from spacy-lookups-data. Nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

logger = logging.getLogger(__name__)

PREFERRED_MODEL = "da_core_news_sm"


@cache
def load_danish(preferred: str = PREFERRED_MODEL) -> tuple[Language, str]:
    """Return (pipeline, description of what was loaded)."""
    try:
        nlp = spacy.load(preferred, exclude=["parser", "ner"])
        description = f"spaCy-model '{preferred}'"
    except OSError:
        nlp = spacy.blank("da")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # reads the Danish lemma table from spacy-lookups-data
        description = f"blank Danish spaCy pipeline with lookup lemmas ('{preferred}' is not installed)"
    logger.info("Danish NLP: %s", description)
    return nlp, description
