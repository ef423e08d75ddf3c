"""Custom actions: thin Rasa adapters over the domain core in `coach/`."""
