"""The call rehearsal's situation does not depend on Python's hash seed (a new process each time).

Split from tests/unit/test_rehearsal.py: it starts Python processes, so it is not a unit test.
"""

import os
import subprocess
import sys
from pathlib import Path

from coach.rehearsal import pick_situation


def test_the_same_seed_gives_the_same_situation_in_a_new_python_process():
    code = ("from coach.rehearsal import pick_situation; "
            "print([pick_situation('conv-42', round_no=r) for r in range(5)])")
    root = Path(__file__).resolve().parents[2]
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert outputs == {str([pick_situation("conv-42", round_no=r) for r in range(5)]) + "\n"}
