"""A Rasa tokenizer on the Danish spaCy pipeline that fills token lemmas.

Rasa's own SpacyNLP refuses a blank pipeline (it has no model path), so this
tokenizer loads the pipeline itself through `danish_spacy.load_danish`.
CountVectorsFeaturizer then counts lemmas ("ringede" and "ringer" -> "ringe").
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.applications import as_read
from components.danish_spacy import PREFERRED_MODEL, load_danish

AS_TYPED = "text_as_typed"  # the message before as_read, for components that read quoted words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class DanishTokenizer(Tokenizer):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "model": PREFERRED_MODEL,
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    def __init__(self, config: Dict[str, Any]) -> None:
        super().__init__(config)
        self._nlp, self.description = load_danish(config["model"])

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> DanishTokenizer:
        return cls({**cls.get_default_config(), **config})

    @staticmethod
    def required_packages() -> List[str]:
        return ["spacy"]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            # Rasa 3.6 skips regex features for an empty text, and the classifier then
            # fails on a feature-count mismatch. A single space keeps the features whole;
            # MessageGuard still sees an empty message.
            if message.get(TEXT) == "":
                message.set(TEXT, " ")
            else:  # "… i torsdags komma hos Netto punktum", "det sagd de ik": read as written (coach.spoken),
                # another application told first left out (coach.applications); the words as typed are kept for
                # the guard ('kan du ændre "Kære Anne Kjær," til "Hej Anne"?' quotes a greeting, which as_read blanks)
                message.set(AS_TYPED, message.get(TEXT) or "")
                message.set(TEXT, as_read(message.get(TEXT) or ""))
        return super().process(messages)

    def tokenize(self, message: Message, attribute: str) -> List[Token]:
        text = message.get(attribute) or ""
        doc = self._nlp.make_doc(text) if attribute != "text" else self._nlp(text)
        tokens = [
            Token(t.text, t.idx, lemma=(t.lemma_ or t.text).lower())
            for t in doc
            if not t.is_space and not t.is_punct
        ]
        if not tokens:
            # Rasa needs at least one token (emoji-only or punctuation-only text).
            tokens = [Token(text or " ", 0)]
        return self._apply_token_pattern(tokens)
