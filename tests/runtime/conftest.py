"""tests/runtime: the patches of runtime/patches/, in-process (they import Rasa, start no server)."""

import pytest

from runtime.patches import base


@pytest.fixture
def patched():
    """Apply the patches given (their `apply`), and undo every replacement afterwards."""
    def apply(*patches):
        for patch in patches:
            patch.apply()

    yield apply
    base.restore_all()
