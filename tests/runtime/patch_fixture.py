"""The `patched` fixture for tests/runtime (not a conftest.py: tests/actions imports its own `conftest`)."""

import pytest

from runtime.patches import base


@pytest.fixture(name="patched")
def patched_fixture():
    """Apply the patches given (their `apply`), and undo every replacement afterwards."""
    def apply(*patches):
        for patch in patches:
            patch.apply()

    yield apply
    base.restore_all()
