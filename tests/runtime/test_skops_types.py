"""runtime/patches/skops_estimators.py: skops trusts the same scikit-learn types with the cached list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from runtime.patches.skops_estimators import estimator_names

ROOT = Path(__file__).resolve().parents[2]


class Estimator:
    pass


def test_crawls_once_then_reads_the_cache(tmp_path):
    calls = []

    def crawl():
        calls.append(1)
        return [("Estimator", Estimator)]

    path = tmp_path / "cache" / "estimators.json"
    expected = [("Estimator", __name__, "Estimator")]
    assert estimator_names(crawl, path) == expected
    assert estimator_names(crawl, path) == expected
    assert len(calls) == 1


def test_a_damaged_cache_is_crawled_again(tmp_path):
    path = tmp_path / "estimators.json"
    path.write_text("{not json")
    assert estimator_names(lambda: [("Estimator", Estimator)], path) == [("Estimator", __name__, "Estimator")]
    assert json.loads(path.read_text()) == [["Estimator", __name__, "Estimator"]]


PROBE = r"""
import json, sys
from runtime.patches import skops_estimators
skops_estimators.import_skops()
import skops.io._trusted_types as t
import sklearn.utils
assert t.all_estimators is sklearn.utils.all_estimators  # later callers get the real function
print(json.dumps(sorted(t.SKLEARN_ESTIMATOR_TYPE_NAMES)))
"""
PLAIN = "import json, skops.io._trusted_types as t; print(json.dumps(sorted(t.SKLEARN_ESTIMATOR_TYPE_NAMES)))"


def test_skops_trusts_exactly_the_types_it_trusts_without_the_cache(tmp_path):
    env = {"COACH_CACHE_DIR": str(tmp_path), "PATH": ""}

    def trusted(code: str) -> list:
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    plain = trusted(PLAIN)
    assert len(plain) > 100
    assert trusted(PROBE) == plain  # crawled and cached
    assert list(tmp_path.glob("sklearn-estimators-*.json"))
    assert trusted(PROBE) == plain  # from the cache
