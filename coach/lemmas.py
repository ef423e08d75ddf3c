"""Danish lookup lemmas for the domain core, read per word from the on-disk index.

The index (a small SQLite file made from spacy-lookups-data's Danish table) is built by
components/danish_lemmas.py, at training or on the first start of Rasa. Here it is only read: one
word at a time behind an LRU cache, so no process holds the 553,000-word table (about 180 MB). Before
the index exists (a clean clone's unit tests run before training) the table is read into memory once.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import sqlite3
import threading
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable, Dict

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INDEX = ROOT / "var" / "cache" / "da_lemma_lookup.sqlite"
ENV_VAR = "COACH_LEMMA_INDEX"
MEMORY = "memory"  # COACH_LEMMA_INDEX=memory: the in-memory table, no index
CACHE_SIZE = 50_000


class LemmaIndexError(Exception):
    """The index cannot be built or read."""


def index_path() -> Path | None:
    """Where the index lives; None when COACH_LEMMA_INDEX=memory."""
    value = os.environ.get(ENV_VAR, "").strip()
    if value.lower() == MEMORY:
        return None
    return Path(value).expanduser() if value else DEFAULT_INDEX


class LemmaIndex:
    """Per-word lookups in the index, read-only, safe across threads, with an LRU cache."""

    def __init__(self, path: Path, cache_size: int = CACHE_SIZE):
        self.path = Path(path)
        try:
            self._con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                        check_same_thread=False)
            self._con.execute("SELECT 1 FROM lemma LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise LemmaIndexError(f"cannot read {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self.lemma: Callable[[str], str] = lru_cache(maxsize=cache_size)(self._lookup)

    def _lookup(self, word: str) -> str:
        with self._lock:
            row = self._con.execute("SELECT lemma FROM lemma WHERE word = ?", (word,)).fetchone()
        return row[0] if row else word

    def has(self, word: str) -> bool:
        with self._lock:
            return self._con.execute("SELECT 1 FROM lemma WHERE word = ?", (word,)).fetchone() is not None

    def __len__(self) -> int:
        with self._lock:
            return self._con.execute("SELECT COUNT(*) FROM lemma").fetchone()[0]


@cache
def open_index(path: str) -> LemmaIndex:
    """One LemmaIndex (and cache) per file and process."""
    return LemmaIndex(Path(path))


def lemma(word: str) -> str:
    """The table's lemma of `word` ("ringede" -> "ringe"), else the word itself, as spaCy's lookup mode."""
    return _lookup()(word)


def is_word_form(word: str) -> bool:
    """Whether the table lists `word` as an inflected form ("chaufføren", "lærlinge"); base forms are its lemmas."""
    return _has()(word)


@cache
def _has() -> Callable[[str], bool]:
    path = index_path()
    if path is not None and path.is_file():
        try:
            return lru_cache(maxsize=CACHE_SIZE)(open_index(str(path)).has)
        except LemmaIndexError:
            pass
    table = _table_in_memory()
    return table.__contains__


@cache
def _lookup() -> Callable[[str], str]:
    path = index_path()
    if path is not None and path.is_file():
        try:
            return open_index(str(path)).lemma
        except LemmaIndexError:
            pass  # unreadable: the table in memory below
    table = _table_in_memory()
    return lambda word: _first(table.get(word, word))


@cache
def _table_in_memory() -> Dict[str, object]:
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return {}  # no table: every word is its own lemma
    source = Path(spec.submodule_search_locations[0]) / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(source, "rt", encoding="utf8") as f:
        return json.load(f)


def _first(found: object) -> str:
    """spaCy takes the first of several lemmas."""
    return str(found[0]) if isinstance(found, (list, tuple)) and found else str(found)
