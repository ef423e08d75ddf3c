"""The on-disk Danish lemma index gives the same lemmas as spaCy's lookup lemmatizer.

The reference is spaCy's own `lemmatizer` in lookup mode with the whole table from
spacy-lookups-data in memory (loaded once here; ~7 s), which is also the fallback when the
index cannot be built.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest
import spacy
import yaml

from components import danish_lemmas, danish_spacy

ROOT = Path(__file__).resolve().parents[2]
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def nlu_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf8")) or {}).get("nlu", []):
            for line in str(item.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(ANNOTATION.sub(r"\1", line[2:]))
    return texts


def load_fresh(monkeypatch: pytest.MonkeyPatch, index: str):
    """load_danish without its per-process cache, with COACH_LEMMA_INDEX=index."""
    monkeypatch.setenv(danish_lemmas.ENV_VAR, index)
    return danish_spacy._load_danish.__wrapped__("no_such_spacy_model")


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return danish_lemmas.build_index(tmp_path_factory.mktemp("lemmas") / "da.sqlite")


@pytest.fixture(scope="module")
def reference():
    """spaCy's lookup lemmatizer with the whole table in memory (the behaviour before the index)."""
    nlp = spacy.blank("da")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def words(reference) -> list[str]:
    found = {t.text for text in nlu_texts() for t in reference.make_doc(text)}
    found |= {w.capitalize() for w in list(found)} | {w.upper() for w in list(found)}
    assert len(found) > 300
    return sorted(found)


def test_index_gives_spacys_lookup_lemma_for_every_word_in_the_nlu_data(index_path, reference, words):
    index = danish_lemmas.LemmaIndex(index_path)
    table = reference.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    in_table = [w for w in words if w in table]
    assert len(in_table) > 300  # most of them are real table entries, not misses
    expected = {w: reference(w)[0].lemma_ for w in words if len(reference.make_doc(w)) == 1}
    assert {w: index.lemma(w) for w in expected} == expected


def test_pipeline_lemmas_match_spacys_lemmatizer_on_whole_sentences(monkeypatch, index_path, reference):
    nlp, description = load_fresh(monkeypatch, str(index_path))
    assert "lemmatizer" not in nlp.pipe_names and danish_lemmas.COMPONENT in nlp.pipe_names
    assert f"index {index_path}" in description
    for text in nlu_texts():
        assert [(t.text, t.lemma_) for t in nlp(text)] == [(t.text, t.lemma_) for t in reference(text)], text
    assert [t.lemma_ for t in nlp("Jeg ringede, og de ringer igen")][1::4] == ["ringe", "ringe"]


def test_index_is_compact_and_stamped_with_the_installed_table(index_path):
    source = danish_lemmas.source_table()
    assert danish_lemmas.read_stamp(index_path) == danish_lemmas.source_stamp(source)
    assert index_path.stat().st_size < 40e6
    assert danish_lemmas.LemmaIndex(index_path).lemma("ord-som-ikke-findes") == "ord-som-ikke-findes"


def test_stale_or_missing_index_is_rebuilt(tmp_path, index_path):
    stale = tmp_path / "stale.sqlite"
    stale.write_bytes(index_path.read_bytes())
    with sqlite3.connect(stale) as con:
        con.execute("UPDATE meta SET value = 'schema=0' WHERE key = 'stamp'")
    assert danish_lemmas.ensure_index(stale) == stale
    assert danish_lemmas.read_stamp(stale) == danish_lemmas.read_stamp(index_path)
    fresh = tmp_path / "sub" / "fresh.sqlite"
    assert danish_lemmas.ensure_index(fresh) == fresh
    assert danish_lemmas.LemmaIndex(fresh).lemma("ringede") == "ringe"


def test_unwritable_index_falls_back_to_the_in_memory_table_with_a_warning(monkeypatch, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # a directory cannot be made here, even by root
    with caplog.at_level(logging.WARNING, logger="components.danish_spacy"):
        nlp, description = load_fresh(monkeypatch, str(blocker / "da.sqlite"))
    assert "lemmatizer" in nlp.pipe_names and "in-memory table" in description
    assert any("Danish lemma index unavailable" in r.getMessage() for r in caplog.records)
    assert nlp("ringede")[0].lemma_ == "ringe"


def test_memory_setting_keeps_spacys_lemmatizer_and_builds_no_index(monkeypatch):
    monkeypatch.setattr(danish_spacy, "_blank_with_table_in_memory", lambda: "spaCy's lemmatizer")
    monkeypatch.setattr(danish_lemmas, "ensure_index", lambda path: pytest.fail("no index wanted"))
    nlp, description = load_fresh(monkeypatch, "memory")
    assert nlp == "spaCy's lemmatizer" and "COACH_LEMMA_INDEX=memory" in description


def test_the_default_and_the_named_model_share_one_pipeline():
    assert danish_spacy.load_danish() is danish_spacy.load_danish(danish_spacy.PREFERRED_MODEL)
