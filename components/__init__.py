"""Custom Rasa NLU components: thin adapters over the domain core in `coach/`."""

# Rasa imports this package when it loads the model's custom components, so every Rasa
# server process gets these patches:
# - rasa_patches: the action-reply JSON-schema validator is built once (COACH_NO_PATCHES=1 disables);
# - action_server_faults: a Danish apology, not silence, when the action server is down or slow.
from components import action_server_faults, rasa_patches  # noqa: E402,F401
