"""Validate action-server replies with one JSON-schema validator, built once (Rasa server).

Rasa 3.6.21's `RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`
for every reply. That call checks the (large) events schema against the meta-schema and builds a
new validator each time: in a turn that runs a custom action it was ~80 % of the Rasa server's
CPU. Here the validator is built (and the schema checked) once, and each reply is validated with
it exactly as `jsonschema.validate` does it: same validator class (`validator_for(schema)`), same
`best_match` error, same `jsonschema.ValidationError` with Rasa's hint appended to the message.

Canary: tests/runtime/test_action_result_validator.py (stock Rasa still calls
`jsonschema.validate` once per reply).
"""

from __future__ import annotations

from typing import Any, Dict

from runtime.patches.base import Patch, replace

_validator: Any | None = None
validators_built = 0  # how many validators were built (tests check it stays 1)


def action_result_validator() -> Any:
    """The one validator for action-server replies, built on first use."""
    global _validator, validators_built
    if _validator is None:
        from jsonschema.validators import validator_for
        from rasa.core.actions.action import RemoteAction

        schema = RemoteAction.action_response_format_spec()
        cls = validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
        validators_built += 1
    return _validator


def validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
    """Drop-in for `RemoteAction._validate_action_result` with a cached validator."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(action_result_validator().iter_errors(result))
    if error is None:
        return True
    assert isinstance(error, ValidationError)
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def apply() -> None:
    from rasa.core.actions.action import RemoteAction

    replace(RemoteAction, "_validate_action_result", validate_action_result)


PATCH = Patch(
    name="action_result_validator",
    fixes="RemoteAction._validate_action_result builds a new JSON-schema validator for every action-server reply",
    where="Rasa server",
    written_for={"rasa": "3.6.21", "jsonschema": "4.17.3"},
    apply=apply,
)
