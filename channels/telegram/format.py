"""Pure helpers for the Telegram channel: text splitting, link rendering, callback ids.

Nothing here talks to the network or to Rasa, so it is unit-tested without a server.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from typing import Any, Dict, Iterable, List, Tuple
from urllib.parse import unquote, urlsplit

from coach.texts import text

# Telegram counts a message's length in UTF-16 code units, at most 4096 per message.
MAX_MESSAGE_LENGTH = 4096
# callback_data may hold 1-64 BYTES (UTF-8): "æ", "ø" and "å" take two bytes each.
MAX_CALLBACK_BYTES = 64
# Marks a callback_data that is a short id standing for a longer payload.
CALLBACK_ID_PREFIX = "#"
# Allowed characters of a webhook secret_token (Bot API setWebhook).
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
MAILTO_HINT = text("telegram.mailto_hint")


def utf16_length(text: str) -> int:
    """The length Telegram measures: characters outside the BMP (emoji) count twice."""
    return len(text.encode("utf-16-le")) // 2


def _hard_split(text: str, limit: int) -> List[str]:
    """Cut at the last space (or anywhere) so each piece fits `limit` UTF-16 units."""
    pieces: List[str] = []
    while utf16_length(text) > limit:
        end = limit
        while utf16_length(text[:end]) > limit:  # surrogate pairs: step back until it fits
            end -= 1
        space = text.rfind(" ", 0, end)
        cut = space if space > limit // 2 else end
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _units(text: str, limit: int) -> List[Tuple[str, str]]:
    """Paragraphs, or lines of a too long paragraph, or pieces of a too long line, with the
    separator that joined each one to the previous unit."""
    units: List[Tuple[str, str]] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip("\n").rstrip()
        if not paragraph.strip():
            continue
        if utf16_length(paragraph) <= limit:
            units.append(("\n\n", paragraph))
            continue
        separator = "\n\n"
        for line in paragraph.split("\n"):
            for piece in _hard_split(line, limit) or [""]:
                units.append((separator, piece))
                separator = "\n"
    return units


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> List[str]:
    """Split `text` into messages of at most `limit` UTF-16 units.

    Paragraphs are kept together and packed greedily, so a normal reply stays one
    message; only a paragraph longer than the limit is cut at line breaks, then spaces.
    """
    messages: List[str] = []
    current = ""
    for separator, unit in _units(text.strip(), limit):
        candidate = f"{current}{separator}{unit}" if current else unit
        if utf16_length(candidate) <= limit:
            current = candidate
        else:
            messages.append(current)
            current = unit
    if current:
        messages.append(current)
    return messages


def _render_link(match: re.Match) -> str:
    title, url = match.group(1).strip(), match.group(2).strip()
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        return f"{title}: {url}"  # Telegram turns a bare URL into a link by itself
    if parts.scheme == "mailto":
        address = unquote(parts.path)
        return MAILTO_HINT + (f" Modtager: {address}" if address else "")
    return title


def render_links(text: str) -> str:
    """Markdown links as plain text: messages go out without parse_mode, so nothing
    else needs escaping. mailto: links cannot be opened from Telegram (not even from
    an inline button), so they become a short hint instead of a long raw URL."""
    return MARKDOWN_LINK.sub(_render_link, text)


def fits_callback(data: str) -> bool:
    return 0 < len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def callback_id(payload: str) -> str:
    """A short, stable id for a payload too long for callback_data."""
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]
    return f"{CALLBACK_ID_PREFIX}{digest}"


class BoundedMemory:
    """An insertion-ordered dict that forgets its oldest entries beyond `capacity`."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[Any, Any] = OrderedDict()

    def put(self, key: Any, value: Any = True) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def get(self, key: Any) -> Any:
        if key not in self._items:
            return None
        self._items.move_to_end(key)
        return self._items[key]

    def __contains__(self, key: Any) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


class CallbackPayloads:
    """Maps button payloads to callback_data and back.

    A payload that fits in 64 bytes (and does not look like an id) is sent as it is;
    a longer one is sent as a hash id and remembered here (LRU). After a restart the
    id may be forgotten: `resolve` then falls back to the button's title, taken from
    the keyboard Telegram sends back with the callback query.
    """

    def __init__(self, capacity: int = 5000) -> None:
        self._payloads = BoundedMemory(capacity)

    def encode(self, payload: str) -> str:
        if fits_callback(payload) and not payload.startswith(CALLBACK_ID_PREFIX):
            return payload
        short = callback_id(payload)
        self._payloads.put(short, payload)
        return short

    def resolve(self, data: str | None, keyboard: Dict[str, Any] | None = None) -> str | None:
        if not data:
            return None
        if not data.startswith(CALLBACK_ID_PREFIX):
            return data
        payload = self._payloads.get(data)
        if payload is not None:
            return payload
        return button_title(keyboard, data)


def button_title(keyboard: Dict[str, Any] | None, data: str) -> str | None:
    """The title of the inline button with this callback_data in a reply_markup dict."""
    rows: Iterable = (keyboard or {}).get("inline_keyboard") or []
    for row in rows:
        for button in row or []:
            if isinstance(button, dict) and button.get("callback_data") == data:
                return button.get("text")
    return None


def parse_command(text: str, bot_name: str | None = None) -> Tuple[str, str] | None:
    """("start", "args") for "/start args" or "/start@CoachBot args"; None for plain text.

    A command addressed to another bot ("/start@OtherBot") is returned with an empty
    name, so it is not mistaken for ours.
    """
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, args = text[1:].partition(" ")
    name, _, addressee = head.partition("@")
    if addressee and bot_name and addressee.lower() != bot_name.lstrip("@").lower():
        return "", args.strip()
    return name.lower(), args.strip()


def derive_secret(token: str) -> str:
    """A webhook secret derived from the bot token, used when TELEGRAM_SECRET is unset."""
    return hashlib.sha256(f"coach-telegram-webhook:{token}".encode()).hexdigest()[:48]


def valid_secret(secret: str) -> bool:
    return bool(SECRET_PATTERN.match(secret))


def keyboard_rows(titles: List[str], max_row_chars: int = 30) -> List[List[int]]:
    """Indexes of buttons per row: one row when the titles are short, else one per row."""
    if sum(len(t) for t in titles) <= max_row_chars and len(titles) <= 3:
        return [list(range(len(titles)))] if titles else []
    return [[i] for i in range(len(titles))]
