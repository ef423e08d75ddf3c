"""Import skops without crawling scikit-learn on every start (Rasa server, before Rasa is imported).

Rasa loads the LogisticRegressionClassifier with skops, and `import skops.io` builds its list of
trusted types with `sklearn.utils.all_estimators()`, which imports every scikit-learn module:
2-5 s of a server's start-up, measured here. The list depends only on the installed
scikit-learn, so its names are kept in `var/cache/` (COACH_CACHE_DIR) per scikit-learn version,
and `import_skops()` hands skops those names while it imports. skops trusts exactly the same
types as without the cache; it only ever reads the names.

Canary: tests/runtime/test_skops_estimators.py (stock skops still calls `all_estimators()` at import).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any, List, Tuple

from runtime.patches.base import Patch

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]


def cache_file(sklearn_version: str) -> Path:
    base = Path(os.environ.get("COACH_CACHE_DIR") or ROOT / "var" / "cache")
    return base / f"sklearn-estimators-{sklearn_version}.json"


def estimator_names(real_all_estimators: Any, path: Path) -> List[Tuple[str, str, str]]:
    """(name, module, class name) of every estimator: from the cache, else crawled and cached."""
    try:
        return [tuple(entry) for entry in json.loads(path.read_text())]
    except (OSError, ValueError):
        pass
    names = [(name, cls.__module__, cls.__name__) for name, cls in real_all_estimators()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as out:
            json.dump(names, out)
        os.replace(out.name, path)  # atomic: servers starting together never read half a file
    except OSError as error:
        logger.debug("Could not cache the scikit-learn estimator list at %s: %s", path, error)
    return names


def import_skops() -> None:
    """Import skops.io with the cached estimator list (a no-op when it is already imported)."""
    if "skops.io" in sys.modules:
        return
    import sklearn
    import sklearn.utils

    real = sklearn.utils.all_estimators
    path = cache_file(sklearn.__version__)

    def cached_all_estimators(type_filter: Any = None) -> List[Tuple[str, Any]]:
        if type_filter is not None:
            return real(type_filter)
        # skops reads only `__module__` and `__name__` of each class.
        return [(name, SimpleNamespace(__module__=module, __name__=cls))
                for name, module, cls in estimator_names(real, path)]

    sklearn.utils.all_estimators = cached_all_estimators
    try:
        import skops.io._trusted_types as trusted_types
    finally:
        sklearn.utils.all_estimators = real
    trusted_types.all_estimators = real  # later callers get classes again


PATCH = Patch(
    name="skops_estimators",
    fixes="`import skops.io` imports all of scikit-learn to list its estimators, on every start",
    where="Rasa server, before Rasa imports skops",
    written_for={"skops": "0.9.0", "scikit-learn": "1.1.3"},
    apply=import_skops,
)
