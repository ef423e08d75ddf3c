"""Refuse, before loading it, a model that needs TensorFlow in a server running without it (Rasa server).

When runtime.launch started Rasa with the TensorFlow stand-in (runtime/tensorflow_standin.py), a
model that needs TensorFlow (e.g. one sent to `PUT /model`) would fail somewhere inside the
stand-in. With this patch `rasa.engine.loader.load_predict_graph_runner` first reads the model's
components: the HTTP API answers with an error naming them, and the model in use stays loaded.
Only needed (and only applied) when the stand-in is installed.

Canary: tests/runtime/test_tensorflow_model_guard.py (stock Rasa still loads a model without
looking at which components it runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from runtime import tensorflow_standin
from runtime.patches.base import Patch, original, replace


def guarded_load(storage_path: Path, model_archive_path: Path, *args: Any, **kwargs: Any) -> Any:
    """`load_predict_graph_runner`, refusing a model with a component that needs TensorFlow."""
    from rasa.engine import loader

    blocking = tensorflow_standin.needs_tensorflow(tensorflow_standin.model_components(Path(model_archive_path)))
    if blocking:
        raise tensorflow_standin.TensorFlowNotLoaded(
            f"The model {Path(model_archive_path).name} ({', '.join(sorted(set(blocking)))})")
    return original(loader, "load_predict_graph_runner")(storage_path, model_archive_path, *args, **kwargs)


def apply() -> None:
    from rasa.engine import loader

    replace(loader, "load_predict_graph_runner", guarded_load)


PATCH = Patch(
    name="tensorflow_model_guard",
    fixes="a server without TensorFlow would load a model that needs it and fail inside the stand-in",
    where="Rasa server started with the TensorFlow stand-in",
    written_for={"rasa": "3.6.21"},
    apply=apply,
    needed=lambda: tensorflow_standin.is_installed(),
)
