"""Speed patches for Rasa 3.6, applied when this module is imported.

RemoteAction validates every action-server reply with `jsonschema.validate(result,
schema)`. That call checks the (large) events schema against the meta-schema and
builds a new validator each time: in a turn that runs a custom action it was ~80 %
of the Rasa server's CPU. Here the validator is built (and the schema checked) once,
and each reply is validated with it, exactly as `jsonschema.validate` does it:
same validator class (`validator_for(schema)`), same `best_match` error, same
`jsonschema.ValidationError` with Rasa's hint appended to the message.

`COACH_NO_PATCHES=1` (read at import) leaves Rasa untouched, for benchmarks.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict

logger = logging.getLogger(__name__)

DISABLE_ENV = "COACH_NO_PATCHES"

_validator: Any | None = None
validators_built = 0  # how many validators were built (tests check it stays 1)
applied = False


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


def _validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
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


def apply() -> bool:
    """Patch Rasa unless COACH_NO_PATCHES is set; returns whether the patch is active."""
    global applied
    if applied:
        return True
    if os.environ.get(DISABLE_ENV, "").strip().lower() in ("1", "true", "yes"):
        logger.info("%s is set: Rasa is not patched.", DISABLE_ENV)
        return False
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    applied = True
    return True


apply()
