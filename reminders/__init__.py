"""Reminders the coach sends first: storage (store.py) and the worker that fires them (worker.py).

The domain rules live in coach/reminders.py; the Rasa side in actions/reminders.py.
"""
