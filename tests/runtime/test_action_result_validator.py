"""runtime/patches/action_result_validator.py: one JSON-schema validator for action-server replies."""

import jsonschema
import pytest
from patch_fixture import patched_fixture  # noqa: F401  (the `patched` fixture)
from rasa.core.actions.action import RemoteAction

from runtime.patches import action_result_validator as patch

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


def counting_validate(monkeypatch) -> list:
    calls = []
    real = jsonschema.validate
    monkeypatch.setattr(jsonschema, "validate", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_canary_stock_rasa_still_builds_a_validator_for_every_reply(monkeypatch):
    """Fails when Rasa stops calling jsonschema.validate per reply: then this patch can go."""
    calls = counting_validate(monkeypatch)
    for _ in range(3):
        assert action()._validate_action_result(VALID) is True
    assert len(calls) == 3


def test_the_patch_replaces_rasas_method(patched):
    patched(patch.PATCH)
    assert RemoteAction._validate_action_result is patch.validate_action_result


def test_a_valid_reply_passes(patched):
    patched(patch.PATCH)
    assert action()._validate_action_result(VALID) is True
    assert action()._validate_action_result({}) is True


@pytest.mark.parametrize("reply", INVALID)
def test_an_invalid_reply_is_rejected_like_rasa_does(reply, patched):
    with pytest.raises(jsonschema.ValidationError) as stock:
        action()._validate_action_result(reply)
    patched(patch.PATCH)
    with pytest.raises(jsonschema.ValidationError) as fixed:
        action()._validate_action_result(reply)
    assert fixed.value.message == stock.value.message
    assert "Failed to validate Action server response" in fixed.value.message
    assert list(fixed.value.path) == list(stock.value.path)


def test_the_validator_is_built_once(patched, monkeypatch):
    patched(patch.PATCH)
    action()._validate_action_result(VALID)
    built = patch.validators_built
    validator = patch.action_result_validator()
    calls = counting_validate(monkeypatch)
    for _ in range(20):
        action()._validate_action_result(VALID)
        with pytest.raises(jsonschema.ValidationError):
            action()._validate_action_result(INVALID[0])
    assert calls == []
    assert patch.validators_built == built == 1
    assert patch.action_result_validator() is validator
