"""Canary for runtime/patches/skops_estimators.py: stock skops still crawls scikit-learn at import."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = r"""
import sklearn.utils
calls = []
real = sklearn.utils.all_estimators
sklearn.utils.all_estimators = lambda *a, **k: calls.append(1) or real(*a, **k)
import skops.io
print(len(calls))
"""


def test_canary_importing_skops_still_lists_every_estimator():
    """Fails when `import skops.io` stops calling all_estimators(): then the cache can go."""
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) >= 1
