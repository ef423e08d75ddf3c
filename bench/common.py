"""What every part of the bench shares: paths, pipelines, the conversation, the servers' environment."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Dict, List, Tuple

from devkit.servers import HOST, ROOT, TODAY, server_env

BENCH = ROOT / "bench"
WORK = BENCH / "work"


def results_dir(rev: str, quick: bool = False) -> Path:
    """bench/results for runs of a committed tree; smoke tests and runs of an uncommitted tree
    ("-dirty": nobody could check them out again) go to bench/work/results, which git ignores."""
    return WORK / "results" if quick or rev.endswith("-dirty") else BENCH / "results"
__all__ = ["BASELINE", "BENCH", "CONVERSATION", "DEFAULT", "ENV", "HOST", "PIPELINES", "ROOT", "TODAY", "WORK", "log"]

DEFAULT = "tf_free"
BASELINE = "stock"
PIPELINES: Dict[str, Path] = {
    "stock": BENCH / "configs" / "stock.yml",
    "no_ted": BENCH / "configs" / "no_ted.yml",
    "tf_free": ROOT / "config.yml",
    "small_diet": BENCH / "configs" / "small_diet.yml",
}

# One whole follow-up conversation: (message, text the answer must contain, lower-cased).
CONVERSATION: List[Tuple[str, str]] = [
    ("Hej", "hvornår var din jobsamtale"),
    ("i tirsdags", "hvilken stilling"),
    ("kontorchef", "ringe"),
    ("ringe", "tirsdag den 24. november"),
    ("ingen frist", "følg op tirsdag den 1. december"),
    ("kan jeg få en mail i stedet?", "emne:"),
]

# The servers' environment (devkit.servers.server_env: loopback, COACH_TODAY, quiet logs), warnings off.
ENV = server_env(PYTHONWARNINGS="ignore")
ENV.pop("COACH_NO_PATCHES", None)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)
