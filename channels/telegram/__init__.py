"""Opfølgningscoachen on Telegram: the input channel (`input`), what it sends (`output`), how
messages and buttons are shaped for Telegram (`format`) and the webhook's registration (`webhook`;
by hand: `python -m channels.telegram`). credentials.yml names `channels.telegram.CoachTelegramInput`.
"""

from channels.telegram.input import CoachTelegramInput

__all__ = ["CoachTelegramInput"]
