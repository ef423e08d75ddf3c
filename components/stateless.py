"""The base of the pipeline's components that learn nothing: built from their config alone."""

from __future__ import annotations

from typing import Any, Dict

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


class StatelessComponent(GraphComponent):
    """Nothing trained, nothing stored: `process` reads each message on its own."""

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> StatelessComponent:
        return cls(config)

    def __init__(self, config: Dict[str, Any] | None = None) -> None:
        self.component_config = config or {}
