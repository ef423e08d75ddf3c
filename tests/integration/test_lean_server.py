"""The coach's Rasa server runs without TensorFlow (runtime/), and still answers in full."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_the_server_answers_without_loading_tensorflow(coach):
    sender = coach.new_sender()
    assert "jobsamtale" in coach.said(sender, "Hej").lower()
    log = coach.logs["rasa"].read_text(errors="replace")
    assert "Opfølgningscoachen: TensorFlow not loaded" in log
    mapped = Path(f"/proc/{coach.rasa_pid}/maps").read_text()
    assert "tensorflow" not in mapped.lower()  # no TensorFlow library in the server's memory
