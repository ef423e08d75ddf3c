"""Running several Rasa servers on shared storage (endpoints.scaled.yml, deploy/README.md)."""
