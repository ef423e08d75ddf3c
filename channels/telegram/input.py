"""Opfølgningscoachen on Telegram: a webhook input channel built on Rasa's Telegram channel.

credentials.yml names `channels.telegram.CoachTelegramInput`; the settings come from the
credentials entry or, as a fallback, from the environment (see docs/telegram.md):
TELEGRAM_TOKEN, TELEGRAM_BOT_NAME, TELEGRAM_WEBHOOK_URL, TELEGRAM_SECRET, TELEGRAM_API_URL.

Unlike Rasa's channel this one
- never calls the Bot API while the server starts: with TELEGRAM_WEBHOOK_URL set it
  registers the webhook (with the secret) in a background task after the start and only
  logs a warning when that fails; `python -m channels.telegram` does it by hand;
- answers 403 to webhook calls without the right X-Telegram-Bot-Api-Secret-Token, and
  200 to every authenticated call, even one it could not handle (logged), so Telegram
  never resends an update forever; a repeated update_id is handled once;
- without a token it still starts: the webhook answers 503 "Telegram er ikke sat op".
"""

from __future__ import annotations

import hmac
import logging
import os
from typing import Any, Awaitable, Callable, Dict

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.forget import guard_forget
from channels.telegram.format import BoundedMemory, CallbackPayloads, derive_secret, parse_command, valid_secret
from channels.telegram.output import DEFAULT_API_URL, CoachTelegramOutput
from channels.telegram.webhook import register_webhook
from coach.texts import text

logger = logging.getLogger(__name__)
# Follow Rasa's log level (--debug, --quiet, LOG_LEVEL): our INFO lines show where Rasa's do.
if logging.getLogger("channels").level == logging.NOTSET:
    logging.getLogger("channels").setLevel(logging.getLogger("rasa").getEffectiveLevel())

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
NOT_CONFIGURED = text("telegram.not_configured")
SEEN_UPDATES = 2000  # update ids remembered to drop Telegram's resends

# What the user sees: coach/texts/telegram.yml.
PRIVACY_LINE = text("telegram.privacy_line")
COMMANDS_HELP = text("telegram.commands_help")
UNKNOWN_COMMAND = text("telegram.unknown_command")
NOT_TEXT = text("telegram.not_text")
EDITED = text("telegram.edited")
STALE_BUTTON = text("telegram.stale_button")
SORRY = text("telegram.sorry")

START_COMMANDS = {"start"}
HELP_COMMANDS = {"hjaelp", "hjælp", "help"}
FORGET_COMMANDS = {"glem", "slet"}


def _setting(credentials: Dict[str, Any], key: str, env: str, default: str | None = None) -> str | None:
    value = credentials.get(key)
    if value in (None, ""):
        value = os.environ.get(env)
    value = str(value).strip() if value is not None else ""
    return value or default


class CoachTelegramInput(TelegramInput):
    """Telegram webhook at /webhooks/telegram/webhook (private chats only)."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            access_token=_setting(credentials, "access_token", "TELEGRAM_TOKEN"),
            verify=_setting(credentials, "verify", "TELEGRAM_BOT_NAME"),
            webhook_url=_setting(credentials, "webhook_url", "TELEGRAM_WEBHOOK_URL"),
            secret=_setting(credentials, "secret", "TELEGRAM_SECRET"),
            api_url=_setting(credentials, "api_url", "TELEGRAM_API_URL", DEFAULT_API_URL),
        )

    def __init__(self, access_token: str | None, verify: str | None = None,
                 webhook_url: str | None = None, secret: str | None = None,
                 api_url: str = DEFAULT_API_URL, debug_mode: bool = False) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=debug_mode)
        self.bot_name = (verify or "").lstrip("@") or None
        self.api_url = api_url or DEFAULT_API_URL
        self.secret = secret or (derive_secret(access_token) if access_token else None)
        self.bot_id = self._bot_id(access_token)
        self.callbacks = CallbackPayloads()
        self.seen_updates = BoundedMemory(SEEN_UPDATES)
        self._output: CoachTelegramOutput | None = None
        if self.secret and not valid_secret(self.secret):
            logger.error("TELEGRAM_SECRET may only hold A-Z, a-z, 0-9, _ and - (1-256 characters); "
                         "Telegram will refuse to register the webhook.")

    @staticmethod
    def _bot_id(token: str | None) -> int | None:
        """The bot's user id is the token's first part (<digits>:<text>); None if not a token."""
        head, _, tail = (token or "").partition(":")
        return int(head) if head.isdigit() and tail and not any(c.isspace() for c in tail) else None

    @property
    def configured(self) -> bool:
        return self.bot_id is not None

    def get_output_channel(self) -> CoachTelegramOutput | None:
        """One output per channel; creating it does not touch the network. None without a
        token (Rasa's API then falls back to collecting the messages)."""
        if self._output is None and self.configured:
            self._output = CoachTelegramOutput(self.access_token, self.api_url, self.callbacks)
        return self._output

    # --- the webhook --------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("coach_telegram_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "not configured"})

        if not self.configured:
            if self.access_token:
                logger.error("TELEGRAM_TOKEN does not look like a bot token (<digits>:<text>); Telegram is off.")
            else:
                logger.info("Telegram is off: TELEGRAM_TOKEN is not set (see docs/telegram.md).")

            @bp.route("/webhook", methods=["GET", "POST"])
            async def not_configured(_: Request) -> HTTPResponse:
                return response.text(NOT_CONFIGURED, status=503)

            return bp

        out = self.get_output_channel()

        @bp.listener("after_server_start")
        async def register(app: Any, _loop: Any) -> None:
            if self.webhook_url:
                app.add_task(register_webhook(out, self.webhook_url, self.secret))
            else:
                logger.info("Telegram: TELEGRAM_WEBHOOK_URL is not set, so the webhook is not registered "
                            "(run `python -m channels.telegram` once it is known).")

        @bp.listener("before_server_stop")
        async def close(_app: Any, _loop: Any) -> None:
            await out.close()

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authentic(request):
                logger.warning("Telegram webhook call without the right secret header from %s", request.ip)
                return response.text("forbidden", status=403)
            try:
                update = request.json
                if not isinstance(update, dict):
                    raise ValueError(f"an update must be a JSON object, not {type(update).__name__}")
                await self.handle_update(update, on_new_message)
            except Exception:
                # Answer 200 anyway: an error would make Telegram resend the update again and again.
                logger.exception("Could not handle a Telegram update; it is dropped")
            return response.text("ok")

        return bp

    def _authentic(self, request: Request) -> bool:
        given = request.headers.get(SECRET_HEADER) or ""
        return bool(self.secret) and hmac.compare_digest(given.encode(), self.secret.encode())

    # --- one update ---------------------------------------------------------------------

    async def handle_update(self, update: Dict[str, Any],
                            on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        update_id = update.get("update_id")
        if not isinstance(update_id, int):
            raise ValueError("an update without an integer update_id")
        if update_id in self.seen_updates:
            logger.info("Telegram resent update %s; it was handled already", update_id)
            return
        self.seen_updates.put(update_id)
        if "callback_query" in update:
            await self._on_callback(update["callback_query"], on_new_message)
        elif "message" in update:
            await self._on_message(update["message"], on_new_message)
        elif "edited_message" in update:
            await self._on_edited(update["edited_message"])
        else:
            logger.debug("Ignoring Telegram update %s of kinds %s", update_id, sorted(update))

    async def _on_message(self, message: Dict[str, Any], on_new_message: Callable) -> None:
        chat = message["chat"]
        sender = message.get("from") or {}
        if sender.get("is_bot"):
            return
        if chat.get("type") != "private":
            if self._addresses_bot(message):
                await self._say(chat["id"], self._group_decline())
            return
        chat_id = str(chat["id"])
        text = (message.get("text") or "").strip()
        if not text:
            await self._say(chat_id, NOT_TEXT)
            return
        command = parse_command(text, self.bot_name)
        if command is None:
            await self._to_rasa(chat_id, text, on_new_message)
        elif command[0] in START_COMMANDS:
            await self._to_rasa(chat_id, "/greet", on_new_message, note=PRIVACY_LINE)
        elif command[0] in HELP_COMMANDS:
            await self._to_rasa(chat_id, "/ask_capabilities", on_new_message, note=COMMANDS_HELP)
        elif command[0] in FORGET_COMMANDS:
            await self._to_rasa(chat_id, "/forget_me", on_new_message)  # asks for a confirmation
        else:
            await self._say(chat_id, UNKNOWN_COMMAND)

    async def _on_callback(self, query: Dict[str, Any], on_new_message: Callable) -> None:
        out = self.get_output_channel()
        # First thing: stop the button's spinner, whatever happens next.
        await out.call_api("answerCallbackQuery", lambda: out.answer_callback_query(query["id"]))
        message = query.get("message") or {}
        chat = message.get("chat") or {}
        if not chat:
            return
        if chat.get("type") != "private":
            await self._say(chat["id"], self._group_decline())
            return
        payload = self.callbacks.resolve(query.get("data"), message.get("reply_markup"))
        if not payload:
            await self._say(chat["id"], STALE_BUTTON)
            return
        await self._to_rasa(str(chat["id"]), payload, on_new_message)

    async def _on_edited(self, message: Dict[str, Any]) -> None:
        """Edits are not replayed into the conversation (the form may have moved on);
        in a private chat the user is told to send the correction as a new message."""
        chat = message.get("chat") or {}
        if chat.get("type") == "private" and message.get("text"):
            await self._say(chat["id"], EDITED)

    # --- helpers ------------------------------------------------------------------------

    async def _say(self, chat_id: Any, text: str) -> None:
        await self.get_output_channel().send_text_message(str(chat_id), text)

    async def _to_rasa(self, chat_id: str, text: str, on_new_message: Callable, note: str | None = None) -> None:
        """Pass `text` to Rasa as this chat's message; with a `note`, collect the reply first
        and add the note as the first message's last paragraph."""
        out = self.get_output_channel()
        target = CollectingOutputChannel() if note else out
        try:
            await guard_forget(on_new_message)(UserMessage(text, target, chat_id, input_channel=self.name()))
        except Exception:
            logger.exception("Rasa could not handle a Telegram message from chat %s", chat_id)
            await self._say(chat_id, SORRY)
            return
        if not note:
            return
        replies = [dict(m) for m in target.messages]
        texts = [m for m in replies if m.get("text")]
        if texts:
            texts[0]["text"] = f"{texts[0]['text']}\n\n{note}"
        else:
            replies.insert(0, {"text": note})
        for reply in replies:
            reply.pop("recipient_id", None)
            await out.send_response(chat_id, reply)


    def _addresses_bot(self, message: Dict[str, Any]) -> bool:
        """In a group: a command, an @mention, a reply to the bot, or the bot being added."""
        text = message.get("text") or ""
        if text.startswith("/") and (parse_command(text, self.bot_name) or ("",))[0]:
            return True
        if self.bot_name and f"@{self.bot_name}".lower() in text.lower():
            return True
        replied = (message.get("reply_to_message") or {}).get("from") or {}
        if self.bot_id is not None and replied.get("id") == self.bot_id:
            return True
        return any(member.get("id") == self.bot_id for member in message.get("new_chat_members") or [])

    def _group_decline(self) -> str:
        return text("telegram.group_decline", where=f": https://t.me/{self.bot_name}" if self.bot_name else "")


__all__ = ["CoachTelegramInput", "CoachTelegramOutput"]
