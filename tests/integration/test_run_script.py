"""`make run` with a missing or damaged model says what to do instead of a traceback."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_with_model(model: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COACH_MODEL": str(model), "RASA_PORT": "1", "ACTION_PORT": "2"}
    return subprocess.run(["bash", "scripts/run.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)


def test_missing_model_names_the_command_to_fix_it(tmp_path):
    result = run_with_model(tmp_path / "nope.tar.gz")
    assert result.returncode == 2
    assert "make train" in result.stderr and "Traceback" not in result.stderr


def test_damaged_model_names_the_command_to_fix_it(tmp_path):
    broken = tmp_path / "coach.tar.gz"
    broken.write_bytes(b"this is not a tar file")
    result = run_with_model(broken)
    assert result.returncode == 2 and "beskadiget" in result.stderr
