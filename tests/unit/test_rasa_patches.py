"""The cached JSON-schema validator for action-server replies (components/rasa_patches.py)."""

import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import components  # noqa: F401  (applies the patches, as Rasa's model loading does)
from components import rasa_patches

ROOT = Path(__file__).resolve().parents[2]
RemoteAction = pytest.importorskip("rasa.core.actions.action").RemoteAction

VALID = {
    "events": [
        {"event": "slot", "timestamp": None, "name": "role", "value": "kontorchef"},
        {"event": "active_loop", "name": None},
    ],
    "responses": [{"text": "Hvilken stilling søgte du?"}],
}
INVALID = [
    {"events": [{"event": "slot", "name": 42}]},  # a slot name must be a string
    {"events": "not a list"},
    {"responses": [1, 2]},
    ["not", "an", "object"],
]


def action() -> RemoteAction:
    return RemoteAction("validate_followup_form", None)


@pytest.mark.skipif(os.environ.get(rasa_patches.DISABLE_ENV), reason="patches disabled by env")
def test_the_patch_is_applied_on_import():
    assert rasa_patches.applied
    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result


def test_a_valid_reply_passes():
    assert action()._validate_action_result(VALID) is True
    assert action()._validate_action_result({}) is True


@pytest.mark.parametrize("reply", INVALID)
def test_an_invalid_reply_is_rejected_like_rasa_does(reply):
    # Rasa's own check: jsonschema.validate with the same schema raises jsonschema.ValidationError.
    with pytest.raises(jsonschema.ValidationError) as stock:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as patched:
        action()._validate_action_result(reply)
    assert patched.value.message.startswith(stock.value.message)
    assert "Failed to validate Action server response" in patched.value.message
    assert list(patched.value.path) == list(stock.value.path)


def test_the_validator_is_built_once(monkeypatch):
    action()._validate_action_result(VALID)
    built = rasa_patches.validators_built
    validator = rasa_patches.action_result_validator()

    def fail(*args, **kwargs):
        raise AssertionError("jsonschema.validate must not be called per reply")

    monkeypatch.setattr(jsonschema, "validate", fail)
    for _ in range(20):
        action()._validate_action_result(VALID)
        with pytest.raises(jsonschema.ValidationError):
            action()._validate_action_result(INVALID[0])
    assert rasa_patches.validators_built == built == 1
    assert rasa_patches.action_result_validator() is validator


def test_coach_no_patches_leaves_rasa_alone():
    code = (
        "import components, rasa.core.actions.action as a;"
        "from components import rasa_patches as p;"
        "assert not p.applied;"
        "assert a.RemoteAction._validate_action_result is not p._validate_action_result;"
        "print('unpatched')"
    )
    env = {**os.environ, rasa_patches.DISABLE_ENV: "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "unpatched" in out.stdout
