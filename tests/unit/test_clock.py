"""One clock for every process: COACH_NOW and COACH_TODAY fix "now" and "today" together."""

from datetime import date, datetime

import pytest

from coach import clock


def test_coach_now_fixes_the_moment_and_the_day(monkeypatch):
    monkeypatch.delenv("COACH_TODAY", raising=False)
    monkeypatch.setenv("COACH_NOW", "2026-12-01T09:00")
    assert clock.now() == datetime(2026, 12, 1, 9, 0, tzinfo=clock.LOCAL_TZ)
    assert clock.today() == date(2026, 12, 1)


def test_coach_today_fixes_the_day_at_the_real_time(monkeypatch):
    monkeypatch.delenv("COACH_NOW", raising=False)
    monkeypatch.setenv("COACH_TODAY", "2026-11-28")
    assert clock.today() == date(2026, 11, 28) == clock.now().date()


def test_two_clocks_that_disagree_are_refused(monkeypatch):
    monkeypatch.setenv("COACH_TODAY", "2026-11-28")
    monkeypatch.setenv("COACH_NOW", "2026-12-01T09:00")
    with pytest.raises(ValueError, match="different days"):
        clock.today()


@pytest.mark.parametrize("name, value", [("COACH_TODAY", "28/11"), ("COACH_NOW", "i morgen")])
def test_a_malformed_clock_says_which_variable(monkeypatch, name, value):
    monkeypatch.delenv("COACH_TODAY", raising=False)
    monkeypatch.delenv("COACH_NOW", raising=False)
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        clock.now()


def test_a_today_file_moves_the_day_of_a_running_process(monkeypatch, tmp_path):
    """The conversation bench plays many todays on one pair of servers: it rewrites the file between them."""
    monkeypatch.delenv("COACH_NOW", raising=False)
    monkeypatch.setenv("COACH_TODAY", "2026-11-28")
    day_file = tmp_path / "today"
    day_file.write_text("2027-01-04\n")
    monkeypatch.setenv("COACH_TODAY_FILE", str(day_file))
    assert clock.today() == date(2027, 1, 4)
    day_file.write_text("2027-04-05")
    assert clock.today() == date(2027, 4, 5)
    day_file.write_text("5/4")
    with pytest.raises(ValueError, match="COACH_TODAY_FILE"):
        clock.today()
