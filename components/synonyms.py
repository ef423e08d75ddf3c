"""Rasa's synonym mapper, without changing what the user typed only in case.

Training examples that annotate "Peter Jørgensen" as `peter jørgensen` (or "Novozymes" as `novozymes`) teach
the stock mapper a synonym that is only a case change: every later "Novozymes" became "novozymes" in the
e-mail. A synonym is for a spelling ("paedagog" -> "pædagog"); the user's capitals are theirs.

`rasa train` warns that the configuration has no 'EntitySynonymMapper': its recipe validator checks the exact
class, not a subclass. The synonyms are mapped all the same.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.entity_synonyms import EntitySynonymMapper


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class SpellingSynonymMapper(EntitySynonymMapper):
    def replace_synonyms(self, entities: List[Dict[str, Any]]) -> None:
        for entity in entities:
            value = str(entity["value"])
            synonym = self.synonyms.get(value.lower())
            if synonym is not None and synonym.lower() != value.lower():
                entity["value"] = synonym
                self.add_processor_name(entity)
