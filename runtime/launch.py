"""`rasa` as the coach starts it: `python -m runtime.launch run --model models/coach.tar.gz …`.

Same arguments as the `rasa` command. For `run`, `shell` and `test core` it first reads which
components the model runs; when none needs TensorFlow, TensorFlow is replaced by a stand-in
(runtime/tensorflow_standin.py) before Rasa is imported: a faster start and a smaller server.
Then it applies the patches listed in runtime/patches/__init__.py (PATCHES), each checked against
the versions it was written for; COACH_NO_PATCHES=1 applies none. `run actions` (the action
server) and commands that train or validate get neither: they run Rasa as it ships.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

from runtime import patches, tensorflow_standin

DEFAULT_MODELS = Path("models")
LOG_PREFIX = "Opfølgningscoachen: "  # the line saying whether TensorFlow is loaded (bench/run.py reads it)
PATCHES_LOG_PREFIX = "Opfølgningscoachen patches: "  # the line saying which patches are applied


def model_argument(args: Sequence[str]) -> Path | None:
    """The model file a `rasa run/shell/test` command line will load, as Rasa resolves it."""
    path = DEFAULT_MODELS
    for i, arg in enumerate(args):
        if arg in ("-m", "--model") and i + 1 < len(args):
            path = Path(args[i + 1])
        elif arg.startswith("--model="):
            path = Path(arg.split("=", 1)[1])
    if path.is_dir():  # Rasa takes the newest archive in a directory
        archives = list(path.glob("*.tar.gz"))
        return max(archives, key=os.path.getctime) if archives else None
    return path


def serves_model(args: Sequence[str]) -> bool:
    """Commands that load a trained model and never train one."""
    if not args:
        return False
    if args[0] == "run":
        return len(args) < 2 or args[1] != "actions"
    if args[0] == "test":
        return len(args) > 1 and args[1] == "core"
    return args[0] == "shell"


def main(args: Sequence[str]) -> None:
    if serves_model(args):
        lean, reason = tensorflow_standin.decide(model_argument(args))
        if lean:
            tensorflow_standin.install()
        print(f"{LOG_PREFIX}{reason}", file=sys.stderr, flush=True)
        print(f"{PATCHES_LOG_PREFIX}{patches.apply_all()}", file=sys.stderr, flush=True)
    sys.argv = ["rasa", *args]
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
