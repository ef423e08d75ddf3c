"""Custom Rasa input/output channels for Opfølgningscoachen (Telegram)."""
