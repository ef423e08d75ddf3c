"""Custom Rasa NLU components: thin adapters over the domain core in `coach/`.

Importing this package patches nothing: patches of Rasa live in runtime/patches/ and are applied
by `python -m runtime.launch`."""
