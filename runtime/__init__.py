"""How the coach's Rasa processes are started (`python -m runtime.launch`)."""
