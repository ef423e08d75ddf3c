"""Register the Telegram webhook by hand, with the same environment variables as the server:

    .venv/bin/python -m channels.telegram          # register, then show the status
    .venv/bin/python -m channels.telegram --info   # only show the status
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys

from channels.telegram.input import CoachTelegramInput
from channels.telegram.webhook import set_webhook


async def _main(info_only: bool) -> int:
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
