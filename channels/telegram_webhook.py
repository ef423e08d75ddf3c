"""Register the Telegram webhook (setWebhook with secret_token).

The channel calls `register_webhook` in a background task after the server has started
(when TELEGRAM_WEBHOOK_URL is set); a failure is only a warning, so the coach also
starts offline. By hand, with the same environment variables as the server:

    .venv/bin/python -m channels.telegram_webhook          # register, then show the status
    .venv/bin/python -m channels.telegram_webhook --info   # only show the status
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
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
                       "`python -m channels.telegram_webhook`.", url, error or type(error).__name__)
        return False
    logger.info("Telegram: webhook registered at %s", url)
    return True


async def _main(info_only: bool) -> int:
    from channels.telegram import CoachTelegramInput  # the same settings as the server

    channel = CoachTelegramInput.from_credentials({})
    if not channel.configured:
        print("TELEGRAM_TOKEN is not set (or is not a bot token).", file=sys.stderr)
        return 2
    bot = channel.get_output_channel()
    try:
        if not info_only:
            if not channel.webhook_url:
                print("TELEGRAM_WEBHOOK_URL is not set.", file=sys.stderr)
                return 2
            await set_webhook(bot, channel.webhook_url, channel.secret)
            print(f"Webhook registered: {channel.webhook_url}")
        status = await bot.request("getWebhookInfo")
        print(json.dumps(status, indent=2, ensure_ascii=False))
        return 0
    except Exception as error:
        print(f"Telegram answered with an error: {error}", file=sys.stderr)
        return 1
    finally:
        await bot.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--info", action="store_true", help="only show getWebhookInfo")
    args = parser.parse_args()
    if not os.environ.get("TELEGRAM_TOKEN"):
        print("Set TELEGRAM_TOKEN (and TELEGRAM_WEBHOOK_URL, TELEGRAM_SECRET) first.", file=sys.stderr)
    sys.exit(asyncio.run(_main(args.info)))


if __name__ == "__main__":
    main()
