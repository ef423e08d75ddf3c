"""Rasa's stores, tuned: the SQL tracker store of every deployment (sql_tracker_store.py) and the
Redis lock store shared by several Rasa servers (redis_lock_store.py; endpoints.scaled.yml)."""
