"""Custom Rasa NLU components: thin adapters over the domain core in `coach/`."""

# Rasa imports this package when it loads the model's custom components, so every Rasa
# server process gets the speed patches (cached JSON-schema validator; COACH_NO_PATCHES=1 disables).
from components import rasa_patches  # noqa: E402,F401
