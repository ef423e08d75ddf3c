"""Register the Telegram webhook (setWebhook with secret_token).

The channel calls `register_webhook` in a background task after the server has started
(when TELEGRAM_WEBHOOK_URL is set); a failure is only a warning, so the coach also
starts offline. `python -m channels.telegram` does it by hand (channels/telegram/__main__.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiogram import Bot

logger = logging.getLogger(__name__)

# Only what the channel handles; Telegram then does not send other kinds of updates.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
TIMEOUT_SECONDS = 15


async def set_webhook(bot: Bot, url: str, secret: str | None) -> Any:
    """setWebhook with secret_token (aiogram 2.15 predates that parameter, so raw request)."""
    payload = {"url": url, "allowed_updates": json.dumps(ALLOWED_UPDATES)}
    if secret:
        payload["secret_token"] = secret
    return await bot.request("setWebhook", payload)


async def register_webhook(bot: Bot, url: str, secret: str | None) -> bool:
    """Background-safe: never raises, logs one line either way."""
    try:
        await asyncio.wait_for(set_webhook(bot, url, secret), TIMEOUT_SECONDS)
    except Exception as error:  # offline, wrong token, URL not https, ...
        logger.warning("Telegram: could not register the webhook %s (%s). The coach runs anyway; retry with "
                       "`python -m channels.telegram`.", url, error or type(error).__name__)
        return False
    logger.info("Telegram: webhook registered at %s", url)
    return True
