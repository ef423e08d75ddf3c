"""Every unit test runs on a fixed "today" (COACH_TODAY), never the wall clock: a test that reads
"i onsdags" must mean the same Wednesday on any day it runs."""

import pytest

TODAY = "2026-11-28"  # a Saturday, as in tests/actions


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("COACH_TODAY", TODAY)
