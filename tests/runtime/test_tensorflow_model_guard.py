"""runtime/patches/tensorflow_model_guard.py: refuse a model that needs TensorFlow before loading it."""

import inspect

import pytest
from patch_fixture import patched_fixture  # noqa: F401  (the `patched` fixture)
from rasa.engine import loader

from runtime import tensorflow_standin
from runtime.patches import tensorflow_model_guard as patch


def test_canary_stock_rasa_loads_a_model_without_checking_its_components():
    """Fails when Rasa's loader starts checking components itself."""
    source = inspect.getsource(loader.load_predict_graph_runner)
    assert "needs_tensorflow" not in source and "TensorFlowNotLoaded" not in source


def test_only_needed_with_the_standin(monkeypatch):
    monkeypatch.setattr(tensorflow_standin, "is_installed", lambda: False)
    assert patch.PATCH.needed() is False
    monkeypatch.setattr(tensorflow_standin, "is_installed", lambda: True)
    assert patch.PATCH.needed() is True


def test_a_model_that_needs_tensorflow_is_refused(patched, monkeypatch, tmp_path):
    patched(patch.PATCH)
    monkeypatch.setattr(tensorflow_standin, "model_components",
                        lambda path: ["rasa.nlu.classifiers.diet_classifier.DIETClassifier"])
    with pytest.raises(tensorflow_standin.TensorFlowNotLoaded, match="DIETClassifier"):
        loader.load_predict_graph_runner(tmp_path, tmp_path / "diet.tar.gz", None, None)
