"""runtime/: Rasa starts without TensorFlow only for models that never use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from runtime import launch, tensorflow_standin
from runtime.tensorflow_standin import decide, model_components, needs_tensorflow
from tests.model_archives import model_archive

ROOT = Path(__file__).resolve().parents[2]

OUR_PIPELINE = [
    "rasa.graph_components.converters.nlu_message_converter.NLUMessageConverter",
    "components.danish_tokenizer.DanishTokenizer",
    "rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer.CountVectorsFeaturizer",
    "rasa.nlu.classifiers.logistic_regression_classifier.LogisticRegressionClassifier",
    "rasa.nlu.extractors.crf_entity_extractor.CRFEntityExtractor",
    "rasa.core.policies.memoization.MemoizationPolicy",
    "rasa.core.policies.rule_policy.RulePolicy",
    "rasa.core.policies.ensemble.DefaultPolicyPredictionEnsemble",
]
DIET = "rasa.nlu.classifiers.diet_classifier.DIETClassifier"
TED = "rasa.core.policies.ted_policy.TEDPolicy"


def test_reads_the_components_a_model_runs(tmp_path):
    assert model_components(model_archive(tmp_path / "m.tar.gz", OUR_PIPELINE)) == OUR_PIPELINE


def test_the_coach_pipeline_needs_no_tensorflow_but_diet_and_ted_do():
    assert needs_tensorflow(OUR_PIPELINE) == []
    assert needs_tensorflow([*OUR_PIPELINE, DIET, TED]) == [DIET, TED]
    assert needs_tensorflow(["somebody.elses.Component"]) == ["somebody.elses.Component"]


def test_runs_without_tensorflow_only_when_the_model_allows_it(tmp_path, monkeypatch):
    monkeypatch.delenv(tensorflow_standin.FORCE_ENV, raising=False)
    lean = model_archive(tmp_path / "lean.tar.gz", OUR_PIPELINE)
    stock = model_archive(tmp_path / "stock.tar.gz", [*OUR_PIPELINE, DIET])
    assert decide(lean)[0] is True
    assert decide(stock) == (False, f"TensorFlow loaded: the model uses {DIET}")
    assert decide(tmp_path / "missing.tar.gz")[0] is False
    (tmp_path / "broken.tar.gz").write_bytes(b"not a model")
    assert decide(tmp_path / "broken.tar.gz")[0] is False
    monkeypatch.setenv(tensorflow_standin.FORCE_ENV, "1")
    assert decide(lean) == (False, "TensorFlow loaded (COACH_TENSORFLOW=1)")


def test_finds_the_model_as_rasa_does(tmp_path):
    older, newer = tmp_path / "a.tar.gz", tmp_path / "b.tar.gz"
    older.write_bytes(b"")
    newer.write_bytes(b"")
    assert launch.model_argument(["run", "--model", str(older)]) == older
    assert launch.model_argument(["shell", f"--model={older}"]) == older
    assert launch.model_argument(["run", "-m", str(tmp_path)]) in (older, newer)  # newest by ctime


@pytest.mark.parametrize("args, serves", [
    (["run"], True), (["run", "--model", "m.tar.gz"], True), (["run", "actions"], False),
    (["shell"], True), (["test", "core"], True), (["test", "nlu"], False), (["train"], False), ([], False),
])
def test_only_commands_that_serve_a_trained_model_may_skip_tensorflow(args, serves):
    assert launch.serves_model(args) is serves


STANDIN_PROBE = r"""
import sys
from runtime import tensorflow_standin as s
s.install()
import thinc.compat
import rasa.core.agent, rasa.nlu.classifiers.diet_classifier  # Rasa's TensorFlow modules import
import tensorflow as tf
from tensorflow.keras import backend as K

assert thinc.compat.has_tensorflow is False
assert isinstance(tf, s.StubModule)
assert not any(getattr(m, "__file__", None) and "site-packages/tensorflow" in m.__file__
               for m in list(sys.modules.values()))

@tf.function
def double(x):
    return 2 * x
assert double(2) == 4  # decorators hand the function back

class Model(tf.keras.Model):
    pass
assert not isinstance(object(), tf.Tensor)
for attempt in (Model, lambda: bool(tf.constant(1)), lambda: list(tf.range(3)), lambda: K.epsilon() + 1):
    try:
        attempt()
    except s.TensorFlowNotLoaded as error:
        assert "COACH_TENSORFLOW=1" in str(error)
    else:
        raise AssertionError(f"{attempt} computed without TensorFlow")
print("ok")
"""


def test_the_standin_imports_rasa_and_refuses_to_compute():
    # A fresh interpreter: the stand-in must be installed before anything imports TensorFlow.
    done = subprocess.run([sys.executable, "-c", STANDIN_PROBE], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")
