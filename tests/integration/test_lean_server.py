"""The coach's Rasa server runs without TensorFlow (runtime/), and still answers in full."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.integration.conftest import API_TOKEN
from tests.model_archives import model_archive

pytestmark = pytest.mark.integration


def test_the_server_answers_without_loading_tensorflow(coach):
    sender = coach.new_sender()
    assert "jobsamtale" in coach.said(sender, "Hej").lower()
    log = coach.logs["rasa"].read_text(errors="replace")
    assert "Opfølgningscoachen: TensorFlow not loaded" in log
    mapped = Path(f"/proc/{coach.rasa_pid}/maps").read_text()
    assert "tensorflow" not in mapped.lower()  # no TensorFlow library in the server's memory


def test_a_model_that_needs_tensorflow_is_refused_and_the_coach_keeps_answering(coach, tmp_path):
    diet_model = tmp_path / "diet.tar.gz"
    model_archive(diet_model, ["rasa.nlu.classifiers.diet_classifier.DIETClassifier"])
    request = urllib.request.Request(f"{coach.rasa_url}/model?token={API_TOKEN}", method="PUT",
                                     data=json.dumps({"model_file": str(diet_model)}).encode(),
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400
    # Rasa answers "could not be loaded"; its log says why and what to do.
    log = coach.logs["rasa"].read_text(errors="replace")
    assert "diet.tar.gz (rasa.nlu.classifiers.diet_classifier.DIETClassifier) needs TensorFlow" in log
    assert "COACH_TENSORFLOW=1" in log
    assert "jobsamtale" in coach.said(coach.new_sender(), "Hej").lower()  # the coach's model stays loaded

