"""Development helpers shared by the tests, the bench and the scripts: how servers are started.

servers.py  the coach's servers (action server, Rasa) on 127.0.0.1: environment, ports, start, wait, stop
services.py private PostgreSQL and Redis on free 127.0.0.1 ports (the scaled profile's stores)
"""
