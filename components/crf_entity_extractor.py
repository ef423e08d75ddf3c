"""Rasa's CRF entity tagger, stored as it was trained instead of trained again at every start.

Rasa 3.6 keeps only the CRF's training set in the model and fits the tagger again when a server loads
it: on this project's data that is two of the eight seconds of a cold start, and it grows with the
training data. This subclass stores the fitted tagger instead (CRFsuite's own model file: weights, no
pickled code) and opens it from memory at load; a model trained by Rasa's own CRF is fitted as before.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List

import rasa.shared.utils.io
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFToken


def _tagger_file(tag_name: str) -> str:
    return f"crf_tagger_{tag_name}.crfsuite"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class StoredCRFEntityExtractor(CRFEntityExtractor):
    def persist(self, dataset: List[List[CRFToken]]) -> None:
        """The tag order and each fitted tagger; not the training set Rasa would fit them from again."""
        with self._model_storage.write_to(self._resource) as model_dir:
            rasa.shared.utils.io.dump_obj_as_json_to_file(model_dir / "crf_order.json", self.crf_order)
            for tag_name, tagger in self.entity_taggers.items():
                (model_dir / _tagger_file(tag_name)).write_bytes(Path(tagger.modelfile.name).read_bytes())

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> CRFEntityExtractor:
        import pycrfsuite
        import sklearn_crfsuite

        try:
            with model_storage.read_from(resource) as model_dir:
                crf_order = rasa.shared.utils.io.read_json_file(model_dir / "crf_order.json")
                files = [model_dir / _tagger_file(tag_name) for tag_name in crf_order]
                if not crf_order or not all(path.exists() for path in files):
                    return super().load(config, model_storage, resource, execution_context, **kwargs)
                taggers = OrderedDict()
                for tag_name, path in zip(crf_order, files, strict=True):
                    model = path.read_bytes()
                    tagger = pycrfsuite.Tagger()
                    tagger.open_inmemory(model)  # CRFsuite reads the bytes in place: they must live on
                    crf = sklearn_crfsuite.CRF()
                    crf._tagger = tagger  # the fitted model, opened from memory: no temporary file
                    crf._stored_model = model
                    taggers[tag_name] = crf
        except ValueError:
            return super().load(config, model_storage, resource, execution_context, **kwargs)
        extractor = cls(config, model_storage, resource, taggers)
        extractor.crf_order = crf_order
        return extractor
