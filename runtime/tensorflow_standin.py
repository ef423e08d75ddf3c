"""A stand-in for TensorFlow, for Rasa processes whose model never runs it.

Rasa 3.6 imports TensorFlow on every start, even for a model with no TensorFlow component:
`rasa.core.agent` reaches `rasa.utils.tensorflow` through the policy featurizers, and spaCy's
thinc probes for it. That import costs seconds of start-up and hundreds of MB per server. A
model that only uses the components in `TENSORFLOW_FREE` needs none of it, so before Rasa is
imported `install()` answers every `import tensorflow…` (and `keras…`) with stub modules:

- imports, attribute chains, decorators (`@tf.function`), base classes and type annotations
  work, so Rasa's modules import unchanged;
- anything that would compute (calling a stand-in class, `bool()`, iterating, numbers) raises
  `TensorFlowNotLoaded`, saying how to run with the real TensorFlow.

`COACH_TENSORFLOW=1` always loads the real TensorFlow.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sys
import tarfile
import types
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

FORCE_ENV = "COACH_TENSORFLOW"
STUBBED_PACKAGES = ("tensorflow", "tensorflow_text", "tensorflow_hub", "tensorflow_addons", "keras")

# Graph components (by module prefix) that run without TensorFlow. DIET, TED, ResponseSelector,
# the ConveRT/LanguageModel featurizers and UnexpecTED are not here on purpose.
TENSORFLOW_FREE = (
    "components.",
    "rasa.graph_components.",
    "rasa.core.policies.ensemble.",
    "rasa.core.policies.memoization.",
    "rasa.core.policies.rule_policy.",
    "rasa.nlu.classifiers.fallback_classifier.",
    "rasa.nlu.classifiers.keyword_intent_classifier.",
    "rasa.nlu.classifiers.logistic_regression_classifier.",
    "rasa.nlu.classifiers.regex_message_handler.",
    "rasa.nlu.classifiers.sklearn_intent_classifier.",
    "rasa.nlu.extractors.crf_entity_extractor.",
    "rasa.nlu.extractors.duckling_entity_extractor.",
    "rasa.nlu.extractors.entity_synonyms.",
    "rasa.nlu.extractors.regex_entity_extractor.",
    "rasa.nlu.extractors.spacy_entity_extractor.",
    "rasa.nlu.featurizers.dense_featurizer.spacy_featurizer.",
    "rasa.nlu.featurizers.sparse_featurizer.",
    "rasa.nlu.tokenizers.",
    "rasa.nlu.utils.spacy_utils.",
)


class TensorFlowNotLoaded(RuntimeError):
    """Something tried to compute with TensorFlow in a process that runs without it."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} needs TensorFlow, which this Rasa process did not load because the model it "
            f"started with does not use it; start it with {FORCE_ENV}=1 to load the real TensorFlow"
        )


def _refuse(name: str) -> Any:
    def refuse(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise TensorFlowNotLoaded(f"'{object.__getattribute__(self, '_name')}' ({name})")

    return refuse


class Placeholder:
    """Any attribute of a stub module: chains, decorates, annotates; refuses to compute."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return standin(f"{self._name}.{attr}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # `@tf.function` and `@tf.function(...)`: give the decorated function back unchanged.
        if len(args) == 1 and not kwargs and callable(args[0]) and not isinstance(args[0], Placeholder):
            return args[0]
        return Placeholder(f"{self._name}(…)")

    def __mro_entries__(self, bases: tuple) -> tuple:
        return (standin_class(self._name),)

    def __repr__(self) -> str:
        return f"<TensorFlow stand-in {self._name}>"

    __bool__ = _refuse("bool")
    __len__ = _refuse("len")
    __iter__ = _refuse("iter")
    __index__ = _refuse("index")
    __int__ = _refuse("int")
    __float__ = _refuse("float")
    __getitem__ = _refuse("item")
    __enter__ = _refuse("with")
    __lt__ = __le__ = __gt__ = __ge__ = _refuse("compare")
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = _refuse("arithmetic")


class _StandinMeta(type):
    def __getattr__(cls, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return standin(f"{cls.__qualname__}.{attr}")


def _refuse_init(self: Any, *args: Any, **kwargs: Any) -> None:
    raise TensorFlowNotLoaded(f"'{type(self).__qualname__}'")


_classes: dict = {}


def standin_class(name: str) -> type:
    """A real class (so `isinstance`, subclassing and annotations work) that cannot be built."""
    if name not in _classes:
        _classes[name] = _StandinMeta(name.rsplit(".", 1)[-1], (), {
            "__qualname__": name, "__module__": name.rsplit(".", 1)[0], "__init__": _refuse_init})
    return _classes[name]


def standin(name: str) -> Any:
    """A class for a capitalised name (`tf.Tensor`, `keras.Model`), else a placeholder."""
    last = name.rsplit(".", 1)[-1]
    return standin_class(name) if last[:1].isupper() else Placeholder(name)


class StubModule(types.ModuleType):
    __version__ = "0.0+standin"

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        # A submodule imported later (`import tensorflow.keras.backend`) replaces this value.
        return standin(f"{self.__name__}.{attr}")


class StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves a StubModule for every module of the stubbed packages."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".", 1)[0] in STUBBED_PACKAGES:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = StubModule(spec.name)
        module.__path__ = []  # a package, so submodules can be imported
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def is_installed() -> bool:
    return any(isinstance(finder, StubFinder) for finder in sys.meta_path)


def install() -> None:
    """Answer TensorFlow imports with stubs. Call before anything imports spaCy or Rasa."""
    if is_installed():
        return
    if any(name.split(".", 1)[0] in STUBBED_PACKAGES for name in sys.modules):
        raise RuntimeError("TensorFlow is already imported; install the stand-in before Rasa.")
    # thinc (spaCy) decides at import whether TensorFlow exists: let it see none.
    sys.modules["tensorflow"] = None  # type: ignore[assignment]
    try:
        import thinc.compat  # noqa: F401
    except ImportError:
        pass
    del sys.modules["tensorflow"]
    sys.meta_path.insert(0, StubFinder())


def model_components(model: Path) -> list[str]:
    """The graph components a trained model runs at prediction time (from its metadata).

    Read once per file version: the launcher checks the model, then its first load checks it again."""
    stat = model.stat()
    return list(_components(model.resolve(), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=8)
def _components(model: Path, _mtime_ns: int, _size: int) -> tuple[str, ...]:
    with tarfile.open(model, "r:gz") as archive:
        for member in archive:
            if member.name.lstrip("./") == "metadata.json":
                metadata = json.load(archive.extractfile(member))  # type: ignore[arg-type]
                return tuple(node["uses"] for node in metadata["predict_schema"]["nodes"].values())
    raise ValueError(f"{model} has no metadata.json")


def needs_tensorflow(components: Iterable[str]) -> list[str]:
    """The components not known to run without TensorFlow."""
    return [c for c in components if not c.startswith(TENSORFLOW_FREE)]


def decide(model: Path | None) -> tuple[bool, str]:
    """Whether to run without TensorFlow, and why (for the log)."""
    if os.environ.get(FORCE_ENV) == "1":
        return False, f"TensorFlow loaded ({FORCE_ENV}=1)"
    if model is None or not model.is_file():
        return False, "TensorFlow loaded (no single model file to check)"
    try:
        blocking = needs_tensorflow(model_components(model))
    except (OSError, ValueError, KeyError, tarfile.TarError) as error:
        return False, f"TensorFlow loaded (could not read the model's components: {error})"
    if blocking:
        return False, "TensorFlow loaded: the model uses " + ", ".join(sorted(set(blocking)))
    return True, f"TensorFlow not loaded: no component of {model.name} uses it ({FORCE_ENV}=1 loads it)"
