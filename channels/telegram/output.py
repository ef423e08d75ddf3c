"""Sending the coach's messages to Telegram: plain text, inline keyboards, calendar files."""

from __future__ import annotations

import asyncio
import io
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List

import aiohttp
from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from aiogram.utils.exceptions import RetryAfter, TelegramAPIError
from rasa.core.channels.telegram import TelegramOutput

from channels.telegram.format import CallbackPayloads, keyboard_rows, render_links, split_message

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
REQUEST_TIMEOUT_SECONDS = 20
MAX_RETRY_AFTER_SECONDS = 10
BUTTONS_FALLBACK_TEXT = "Vælg her:"
SAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


def chat_id_of(recipient_id: str) -> str:
    """Rasa's sender id is the chat id (private chats only; see CoachTelegramInput)."""
    return str(recipient_id).split(":", 1)[0]


DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def ics_filename(name: Any) -> str:
    """A safe ASCII file name ending in .ics (no paths, no odd characters)."""
    base = str(name or "").replace("\\", "/").rsplit("/", 1)[-1].translate(DANISH_LETTERS)
    cleaned = SAFE_FILENAME.sub("-", base).strip(".-") or "opfoelgning"
    return cleaned if cleaned.lower().endswith(".ics") else f"{cleaned}.ics"


class CoachTelegramOutput(TelegramOutput):
    """Rasa's Telegram output, sending plain text (no parse_mode) within Telegram's limits.

    A failed API call is logged and skipped, so one bad message does not stop the
    rest of the reply (or the conversation from being saved).
    """

    def __init__(self, access_token: str, api_url: str = DEFAULT_API_URL,
                 callbacks: CallbackPayloads | None = None) -> None:
        # Skip TelegramOutput.__init__: it cannot take the API server.
        Bot.__init__(self, access_token, server=TelegramAPIServer.from_base(api_url or DEFAULT_API_URL),
                     parse_mode=None, timeout=REQUEST_TIMEOUT_SECONDS)
        self.callbacks = callbacks or CallbackPayloads()

    async def call_api(self, what: str, call: Callable[[], Awaitable[Any]]) -> Any:
        for attempt in (1, 2):
            try:
                return await call()
            except RetryAfter as wait:
                if attempt == 2 or wait.timeout > MAX_RETRY_AFTER_SECONDS:
                    logger.warning("Telegram %s: rate limited for %s s; message dropped", what, wait.timeout)
                    return None
                await asyncio.sleep(wait.timeout)
            except (TelegramAPIError, aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("Telegram %s failed: %s", what, error)
                return None
        return None

    def _keyboard(self, buttons: List[Dict[str, Any]]) -> InlineKeyboardMarkup | None:
        built: List[InlineKeyboardButton] = []
        for button in buttons:
            title = str(button.get("title") or button.get("payload") or "").strip()
            payload = str(button.get("payload") or button.get("url") or title)
            if not title:
                continue
            if button.get("type") == "web_url" or payload.startswith(("http://", "https://")):
                built.append(InlineKeyboardButton(title, url=button.get("url") or payload))
            elif payload.startswith("mailto:"):
                continue  # Telegram buttons cannot open mailto: links
            else:
                built.append(InlineKeyboardButton(title, callback_data=self.callbacks.encode(payload)))
        if not built:
            return None
        markup = InlineKeyboardMarkup()
        for row in keyboard_rows([b.text for b in built]):
            markup.row(*(built[i] for i in row))
        return markup

    async def _send_text(self, recipient_id: str, text: str,
                         reply_markup: InlineKeyboardMarkup | None = None) -> None:
        chunks = split_message(render_links(text or ""))
        if not chunks and reply_markup is not None:
            chunks = [BUTTONS_FALLBACK_TEXT]
        chat_id = chat_id_of(recipient_id)
        for index, chunk in enumerate(chunks):
            markup = reply_markup if index == len(chunks) - 1 else None
            await self.call_api("sendMessage", lambda c=chunk, m=markup: self.send_message(
                chat_id, c, disable_web_page_preview=True, reply_markup=m))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send_text(recipient_id, text)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]],
                                     button_type: str | None = "inline", **kwargs: Any) -> None:
        await self._send_text(recipient_id, text, self._keyboard(buttons))

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: List[Dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)

    async def send_custom_json(self, recipient_id: str, json_message: Dict[str, Any], **kwargs: Any) -> None:
        """`{"ics": {"filename": ..., "content": <text>}}` becomes a document; other keys
        go to Rasa's Telegram handling (send_photo, send_location, ...)."""
        message = dict(json_message or {})
        ics = message.pop("ics", None)
        if isinstance(ics, dict) and ics.get("content"):
            data = io.BytesIO(str(ics["content"]).encode("utf-8"))
            document = InputFile(data, filename=ics_filename(ics.get("filename")))
            caption = ics.get("caption")
            await self.call_api("sendDocument", lambda: self.send_document(
                chat_id_of(recipient_id), document, caption=caption))
        elif ics is not None:
            logger.warning("Ignoring an ics message without content")
        if message:
            await self.call_api("custom message", lambda: super(CoachTelegramOutput, self).send_custom_json(
                chat_id_of(recipient_id), message))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.call_api("sendPhoto", lambda: self.send_photo(chat_id_of(recipient_id), image))
