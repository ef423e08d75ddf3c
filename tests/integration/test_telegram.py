"""The Telegram channel end to end: real update JSON posted to Rasa's webhook, the coach's
answers read from the fake Bot API (tests/integration/fake_telegram.py)."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import time
import urllib.error
import urllib.request
from typing import Any, Dict, List, Tuple

import pytest

from tests.integration.conftest import TELEGRAM_BOT_NAME, TELEGRAM_SECRET
from tests.integration.fake_telegram import Call

pytestmark = pytest.mark.integration

PRIVACY_LINE = "Jeg gemmer vores samtale, så vi kan fortsætte senere; skriv /glem for at slette den."
UPDATE_IDS = itertools.count(random.randint(10_000, 10_000_000))
MESSAGE_IDS = itertools.count(1)


def post(coach, body: Any, secret: str | None = TELEGRAM_SECRET, raw: bool = False) -> Tuple[int, str]:
    data = body if raw else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(f"{coach.rasa_url}/webhooks/telegram/webhook", data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def event_rows(coach, sender: str) -> int:
    with sqlite3.connect(coach.tracker_db) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


class Chat:
    """One Telegram user writing to the bot in a private chat (or a group)."""

    def __init__(self, coach, chat_type: str = "private") -> None:
        self.coach = coach
        self.fake = coach.telegram
        self.user = {"id": random.randint(10**8, 10**9), "is_bot": False, "first_name": "Test", "language_code": "da"}
        if chat_type == "private":
            self.chat = {"id": self.user["id"], "type": "private", "first_name": "Test"}
        else:
            self.chat = {"id": -random.randint(10**9, 10**10), "type": chat_type, "title": "Jobklubben"}
        self.sender = str(self.chat["id"])

    def message(self, text: str | None = None, **extra: Any) -> Dict[str, Any]:
        message = {"message_id": next(MESSAGE_IDS), "date": int(time.time()), "chat": self.chat, "from": self.user}
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {**message, **extra}

    def update(self, **kinds: Any) -> Dict[str, Any]:
        return {"update_id": next(UPDATE_IDS), **kinds}

    def deliver(self, update: Dict[str, Any]) -> List[Call]:
        """Post the update; return what the bot sent to this chat meanwhile."""
        since = self.fake.mark()
        status, _ = post(self.coach, update)
        assert status == 200
        return self.fake.calls_to("sendMessage", chat_id=self.sender, since=since)

    def send(self, text: str) -> List[Call]:
        return self.deliver(self.update(message=self.message(text)))

    def click(self, sent: List[Call], title: str) -> List[Call]:
        """Press the inline button `title` on the last message in `sent` that has it."""
        call = next(c for c in reversed(sent) if any(b["text"] == title for row in c.keyboard for b in row))
        button = next(b for row in call.keyboard for b in row if b["text"] == title)
        query = {"id": str(random.randint(10**15, 10**16)), "from": self.user, "chat_instance": "42",
                 "data": button["callback_data"],
                 "message": {"message_id": 1, "date": int(time.time()), "chat": self.chat,
                             "from": self.fake.bot, "text": call.params["text"],
                             "reply_markup": {"inline_keyboard": call.keyboard}}}
        self.last_query_id = query["id"]
        return self.deliver(self.update(callback_query=query))


def texts(calls: List[Call]) -> str:
    return "\n".join(c.params["text"] for c in calls)


def assert_telegram_limits(calls: List[Call]) -> None:
    for call in calls:
        text = call.params["text"]
        assert 0 < len(text.encode("utf-16-le")) // 2 <= 4096
        assert "parse_mode" not in call.params  # plain text: nothing to escape
        for row in call.keyboard:
            for button in row:
                assert 0 < len(button["callback_data"].encode()) <= 64


def test_the_webhook_is_registered_with_the_secret_after_the_start(coach):
    hooks = coach.telegram.wait_for("setWebhook")
    assert hooks, "the channel did not call setWebhook"
    params = hooks[-1].params
    assert params["url"] == f"{coach.rasa_url}/webhooks/telegram/webhook"
    assert params["secret_token"] == TELEGRAM_SECRET
    assert set(json.loads(params["allowed_updates"])) == {"message", "edited_message", "callback_query"}


def test_a_whole_conversation_to_the_call_script(coach):
    me = Chat(coach)
    sent = me.send("/start")
    assert PRIVACY_LINE in sent[0].params["text"]
    assert "Opfølgningscoachen" in texts(sent) or "velkommen" in texts(sent)
    assert "Hvornår var din jobsamtale" in texts(sent)

    assert "Hvilken stilling" in texts(me.send("i tirsdags"))

    sent = me.send("kontorchef")
    assert "ringe" in texts(sent)
    titles = [b["text"] for row in sent[-1].keyboard for b in row]
    assert titles == ["Ringe", "Skrive en mail", "Ved ikke"]
    assert_telegram_limits(sent)

    since = coach.telegram.mark()
    sent = me.click(sent, "Ringe")
    answered = coach.telegram.calls_to("answerCallbackQuery", since=since)
    assert [c.params["callback_query_id"] for c in answered] == [me.last_query_id]
    assert "tirsdag den 24. november" in texts(sent)

    sent = me.send("ingen frist")
    reply = texts(sent)
    assert "Følg op tirsdag den 1. december" in reply
    assert "Det drejede sig om stillingen som kontorchef" in reply
    assert [b["text"] for row in sent[-2].keyboard for b in row] == ["Vis mailen i stedet", "Gode råd", "Øv opkaldet"]
    assert sent[-1].params["text"].startswith("Skal jeg minde dig om det")  # the reminder offer (test_reminders.py)
    assert_telegram_limits(sent)

    slots = coach.tracker(me.sender)["slots"]
    assert (slots["role"], slots["contact_channel"], slots["deadline"]) == ("kontorchef", "telefon", "ingen")

    # The e-mail: its mailto: link becomes a hint, never a raw URL.
    sent = me.click(sent, "Vis mailen i stedet")
    reply = texts(sent)
    assert "Emne:" in reply and "mailto:" not in reply and "](" not in reply
    assert "Kopiér mailen herover ind i dit mailprogram" in reply
    assert_telegram_limits(sent)


def test_a_webhook_call_without_the_right_secret_is_refused(coach):
    me = Chat(coach)
    since = coach.telegram.mark()
    assert post(coach, me.update(message=me.message("Hej")), secret=None)[0] == 403
    assert post(coach, me.update(message=me.message("Hej")), secret="wrong-secret")[0] == 403
    assert coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since) == []
    assert event_rows(coach, me.sender) == 0


def test_a_resent_update_is_handled_once(coach):
    me = Chat(coach)
    update = me.update(message=me.message("Hej"))
    first = me.deliver(update)
    assert "Hvornår var din jobsamtale" in texts(first)
    assert me.deliver(update) == []
    user_turns = [e for e in coach.tracker(me.sender)["events"] if e["event"] == "user"]
    assert len(user_turns) == 1


def test_a_broken_update_gets_200_and_the_next_one_works(coach):
    me = Chat(coach)
    assert post(coach, b"{this is not json", raw=True)[0] == 200
    assert post(coach, [1, 2, 3])[0] == 200
    assert post(coach, {"message": me.message("uden update_id")})[0] == 200
    assert post(coach, me.update(message="ikke et objekt"))[0] == 200
    assert post(coach, me.update(message={"text": "ingen chat"}))[0] == 200
    assert "Hvornår var din jobsamtale" in texts(me.send("Hej"))


def test_a_user_who_blocked_the_bot_does_not_break_the_webhook(coach):
    me = Chat(coach)
    coach.telegram.blocked_chats.add(me.sender)
    try:
        me.send("Hej")  # asserts 200
    finally:
        coach.telegram.blocked_chats.discard(me.sender)
    assert coach.tracker(me.sender)["active_loop"]["name"] == "followup_form"


def test_every_callback_query_is_answered_even_for_an_unknown_button(coach):
    me = Chat(coach)
    me.send("Hej")
    query = {"id": "q-stale-1", "from": me.user, "chat_instance": "42", "data": "#0123456789abcdef0123",
             "message": {"message_id": 1, "date": 0, "chat": me.chat, "text": "gammel"}}
    since = coach.telegram.mark()
    sent = me.deliver(me.update(callback_query=query))
    assert [c.params["callback_query_id"] for c in coach.telegram.calls_to("answerCallbackQuery", since=since)] \
        == ["q-stale-1"]
    assert "Den knap kan jeg ikke bruge længere" in texts(sent)


def test_a_forgotten_long_id_falls_back_to_the_button_title(coach):
    me = Chat(coach)
    me.send("Hej")
    me.send("i tirsdags")
    me.send("kontorchef")
    data = "#" + "f" * 20  # an id this server never issued (as after a restart)
    query = {"id": "q-title", "from": me.user, "chat_instance": "42", "data": data,
             "message": {"message_id": 1, "date": 0, "chat": me.chat, "text": "?",
                         "reply_markup": {"inline_keyboard": [[{"text": "Ringe", "callback_data": data}]]}}}
    me.deliver(me.update(callback_query=query))
    assert coach.tracker(me.sender)["slots"]["contact_channel"] == "telefon"


def test_glem_deletes_the_stored_conversation(coach):
    me = Chat(coach)
    me.send("/start")
    me.send("i tirsdags")
    assert event_rows(coach, me.sender) > 0
    question = me.send("/glem")
    assert "Skal jeg slette alt" in texts(question)
    assert event_rows(coach, me.sender) > 0  # nothing is deleted before the user confirms
    reply = texts(me.click(question, "Ja, slet alt"))
    assert "Jeg har slettet vores samtale" in reply
    assert event_rows(coach, me.sender) == 0
    assert "Hvornår var din jobsamtale" in texts(me.send("/start"))
    assert coach.tracker(me.sender)["slots"]["interview_date"] is None


def test_hjaelp_lists_the_commands_and_keeps_the_form_going(coach):
    me = Chat(coach)
    me.send("Hej")
    reply = texts(me.send("/hjaelp"))
    assert "/glem" in reply and "/start" in reply
    assert coach.tracker(me.sender)["active_loop"]["name"] == "followup_form"


def test_commands_text_and_edits_the_coach_cannot_use(coach):
    me = Chat(coach)
    assert "Den kommando kender jeg ikke" in texts(me.send('/inform{"contact_channel": "email"}'))
    sticker = me.message(sticker={"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1,
                                  "is_animated": False})
    assert "Jeg kan kun læse tekst" in texts(me.deliver(me.update(message=sticker)))
    edited = me.message("i onsdags", edit_date=int(time.time()))
    assert "ny besked" in texts(me.deliver(me.update(edited_message=edited)))
    assert event_rows(coach, me.sender) == 0  # none of it reached the conversation


def test_a_group_chat_is_declined_politely(coach):
    group = Chat(coach, chat_type="group")
    reply = texts(group.send(f"/start@{TELEGRAM_BOT_NAME}"))
    assert "privat chat" in reply and f"https://t.me/{TELEGRAM_BOT_NAME}" in reply
    assert group.send("hej alle, hvem kommer i morgen?") == []  # small talk is not for the bot
    assert "privat chat" in texts(group.send(f"@{TELEGRAM_BOT_NAME} hjælp mig"))
    assert event_rows(coach, group.sender) == 0


def test_long_texts_and_calendar_files_from_the_bot(coach):
    """Bot messages the actions may send later, pushed through Rasa's API to this channel."""
    me = Chat(coach)
    me.send("Hej")
    paragraph = "Et langt afsnit om opfølgning med æ, ø og å. " * 30
    long_text = "\n\n".join(f"{i}. {paragraph}" for i in range(12))
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Ring til Novo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    events = [{"event": "bot", "text": long_text},
              {"event": "bot", "data": {"custom": {"ics": {"filename": "opfølgning 1. dec.ics", "content": ics}}}}]
    since = coach.telegram.mark()
    request = urllib.request.Request(
        f"{coach.rasa_url}/conversations/{me.sender}/tracker/events"
        "?output_channel=telegram&execute_side_effects=true&token=test-token-123",
        data=json.dumps(events).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200

    sent = coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
    assert len(sent) > 1
    assert_telegram_limits(sent)
    assert "".join(texts(sent).split()) == "".join(long_text.split())  # nothing lost
    assert all(c.params["text"].startswith(tuple(f"{i}. " for i in range(12))) for c in sent)  # paragraph cuts

    documents = coach.telegram.calls_to("sendDocument", chat_id=me.sender, since=since)
    assert len(documents) == 1
    filename, content = documents[0].files["document"]
    assert filename.endswith(".ics") and "/" not in filename
    assert content.decode() == ics


OFFLINE_SERVER = """
import logging
import sys
from sanic import Sanic
from rasa.core.channels.channel import register
from rasa.core.run import create_http_input_channels

logging.basicConfig(level=logging.INFO)
app = Sanic("telegram_off")
register(create_http_input_channels(None, "credentials.yml"), app, route="/webhooks/")
app.run(host="127.0.0.1", port=int(sys.argv[1]), access_log=False)
"""


def test_without_a_token_credentials_yml_still_starts_and_the_webhook_answers_503(tmp_path):
    """The shared credentials.yml, all its channels, no TELEGRAM_* variable set: no crash, 503."""
    import os
    import sys

    from devkit.servers import free_port, start, stop, wait_until_ready

    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    port, log = free_port(), tmp_path / "offline.log"
    server = start([sys.executable, "-c", OFFLINE_SERVER, str(port)], env, log)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/webhooks/rest/", server, log)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(
                f"http://127.0.0.1:{port}/webhooks/telegram/webhook", data=b"{}"), timeout=10)
        assert refused.value.code == 503 and refused.value.read().decode() == "Telegram er ikke sat op"
    finally:
        stop(server)
    assert log.read_text().count("Telegram is off") == 1


def test_the_call_rehearsal_works_on_telegram(coach):
    me = Chat(coach)
    me.send("/start")
    sent = me.send("Jeg var til samtale i onsdags som kontorchef hos Novo Nordisk, jeg vil ringe, ingen frist")
    rehearsal = me.click(sent, "Øv opkaldet")
    assert "Hvad kan jeg hjælpe med" in texts(rehearsal)
    me.send("Hej, det er Ole Jensen, jeg var til samtale hos jer i onsdags om stillingen som kontorchef")
    summary = me.send("stop")
    assert "Resultat:" in texts(summary) and "af 7" in texts(summary)
    assert_telegram_limits(summary)
