"""Danish lookup lemmas from spacy-lookups-data, read per word from an on-disk index.

spaCy's lookup lemmatizer holds the whole Danish table (553,000 words) in memory: about
180 MB and 2 s at every start (docs/benchmarks.md, "Lemma table on disk"). This module
turns the same table into a small SQLite file once (at setup, or lazily on first use in a
separate process, so the server never holds the parsed table) and looks words up one at a
time behind an LRU cache. The lemmas are the
same as spaCy's `lemmatizer` in lookup mode: the table's lemma for the exact token text,
else the text itself.

The index is generated (never committed) at `var/cache/da_lemma_lookup.sqlite`, or at the
path in COACH_LEMMA_INDEX. It carries a stamp (spacy-lookups-data version and the table
file's SHA-256), so a changed table rebuilds it. COACH_LEMMA_INDEX=memory keeps spaCy's
in-memory table (the behaviour before the index).

    python components/danish_lemmas.py [PATH]   # build or rebuild the index
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, Iterator, Tuple

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script by ensure_index, from components/
    sys.path.insert(0, str(ROOT))

from coach.lemmas import (  # noqa: E402  (the reader lives in the domain core; this module builds)
    CACHE_SIZE,
    DEFAULT_INDEX,
    ENV_VAR,
    MEMORY,
    LemmaIndex,
    LemmaIndexError,
    index_path,
    open_index,
)

__all__ = ["CACHE_SIZE", "DEFAULT_INDEX", "ENV_VAR", "MEMORY", "LemmaIndex", "LemmaIndexError", "index_path",
           "open_index", "ensure_index", "build_index", "register_component"]

SCHEMA = 1  # bump when the file layout changes
COMPONENT = "danish_lookup_lemmas"
BUILD_TIMEOUT_S = 300


def source_table() -> Path:
    """The Danish lemma_lookup file of spacy-lookups-data, found as spaCy finds it (entry point)."""
    from spacy.util import registry

    try:
        tables = registry.lookups.get("da")
    except Exception as exc:  # catalogue.RegistryError: spacy-lookups-data is not installed
        raise LemmaIndexError(f"spacy-lookups-data has no Danish tables: {exc}") from exc
    path = Path(tables["lemma_lookup"])
    # spaCy's load_language_data reads "<name>.json" or, as shipped, "<name>.json.gz".
    for candidate in (path, path.with_name(path.name + ".gz")):
        if candidate.exists():
            return candidate
    raise LemmaIndexError(f"Danish lemma table not found: {path}(.gz)")


def source_stamp(source: Path) -> str:
    """Changes when the table changes: schema, package version and the file's SHA-256."""
    try:
        from spacy_lookups_data import __version__ as version
    except ImportError:  # pragma: no cover - the table came from another lookups package
        version = "unknown"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return f"schema={SCHEMA};spacy-lookups-data={version};sha256={digest}"


def read_stamp(path: Path) -> str | None:
    """The stamp of an existing, readable index, else None."""
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _entries(table: Dict[str, object]) -> Iterator[Tuple[str, str]]:
    for word, lemma in table.items():
        if isinstance(lemma, (list, tuple)):  # spaCy takes the first of several lemmas
            if not lemma:
                continue
            lemma = lemma[0]
        lemma = str(lemma)
        if lemma != word:  # a word missing from the index is its own lemma, as in spaCy
            yield word, lemma


def load_table(source: Path) -> Dict[str, object]:
    """The whole table, read as spaCy's load_language_data reads it (JSON, maybe gzipped)."""
    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf8") as f:
        return json.load(f)


def build_index(path: Path | None = None, source: Path | None = None) -> Path:
    """Write the index atomically (temporary file + rename); return its path.

    Loads the whole table once; call it in a separate process (ensure_index does) to keep
    that memory out of a long-running server.
    """
    path = Path(path or index_path() or DEFAULT_INDEX)
    source = Path(source) if source else source_table()
    stamp = source_stamp(source)
    path.parent.mkdir(parents=True, exist_ok=True)  # an unwritable place fails here, before the parse
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        table = load_table(source)
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            con.execute("CREATE TABLE lemma (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            con.executemany("INSERT INTO lemma VALUES (?, ?)", sorted(_entries(table)))
            con.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("stamp", stamp), ("source", str(source)), ("words", str(len(table))),
            ])
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        tmp.chmod(0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def ensure_index(path: Path | None = None) -> Path:
    """Return a current index, building it in a child process when missing or stale.

    Raises LemmaIndexError when it cannot be built (read-only disk, no spacy-lookups-data).
    """
    path = Path(path or index_path() or DEFAULT_INDEX)
    try:
        source = source_table()
        stamp = source_stamp(source)
    except OSError as exc:
        raise LemmaIndexError(f"cannot read the Danish lemma table: {exc}") from exc
    if read_stamp(path) == stamp:
        return path
    logger.info("Building the Danish lemma index %s from spacy-lookups-data (once)", path)
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), str(path), str(source)],
            capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise LemmaIndexError(f"cannot build {path}: {exc}") from exc
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise LemmaIndexError(f"cannot build {path}: {tail[0]}")
    if read_stamp(path) != stamp:
        raise LemmaIndexError(f"{path} was built but does not match the installed table")
    return path


def register_component() -> None:
    """Register the spaCy factory COMPONENT (imports spaCy; the build script does not)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    class DanishLookupLemmas:
        """Sets token.lemma_ from the index, like spaCy's lemmatizer in lookup mode
        (overwrite=False: a lemma set earlier is kept)."""

        def __init__(self, index_path: str):
            self.index = open_index(index_path)

        def __call__(self, doc: Doc) -> Doc:
            lemma = self.index.lemma
            for token in doc:
                if token.lemma == 0:
                    token.lemma_ = lemma(token.text)
            return doc

    # No annotations: spaCy validates factory arguments from the signature, and this
    # module's postponed annotations would reach it as unresolved strings.
    def make_component(nlp, name, index_path):
        return DanishLookupLemmas(index_path)

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, default_config={"index_path": str(DEFAULT_INDEX)})(make_component)


def main(argv: list[str]) -> int:
    """[PATH [SOURCE]]: build the index without importing spaCy (fast, in its own process)."""
    path = Path(argv[0]) if argv else (index_path() or DEFAULT_INDEX)
    source = Path(argv[1]) if len(argv) > 1 else None
    built = build_index(path, source)
    print(f"{built}: {len(LemmaIndex(built))} words whose lemma differs from the word "
          f"({built.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
