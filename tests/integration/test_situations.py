"""The right text for every situation (issue #16), on every channel: REST, Telegram (the fake Bot API)
and the web chat (Rasa's socket.io channel, where an e-mail is one copyable card). Each test plays the
situation that triggers the text and reads what the coach actually sent. Today is Saturday 28 November
2026 (devkit.servers.TODAY)."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List

import pytest
import socketio

from tests.integration.test_telegram import Chat

pytestmark = pytest.mark.integration

QUIET_SECONDS = 2.0  # the web chat has no end-of-reply marker: a reply ends when the coach goes quiet
FACTS = "som kontorchef hos Novo Nordisk. Jeg talte med Mette Hansen"
MAIL_ENDS = ("\n\n[Åbn mailen", "\n\nKopiér mailen herover")  # REST's mailto: link, Telegram's hint


@dataclass
class Reply:
    texts: List[str]
    cards: List[Dict[str, Any]] = field(default_factory=list)  # the web chat's e-mail cards
    channel: str = "rest"

    @property
    def text(self) -> str:
        return "\n\n".join(self.texts)  # Rasa's REST channel sends each paragraph as its own message

    @property
    def mail(self) -> str:
        """The e-mail as the user gets it: a card on the web (never also as text); elsewhere the text from
        its subject to the link or hint that opens it in a mail program."""
        if self.channel == "web":
            [card] = self.cards
            assert "Emne:" not in self.text
            return card["text"]
        assert self.text.count("Emne:") == 1
        mail = self.text[self.text.index("Emne:"):]
        return mail[:min(mail.find(end) % (len(mail) + 1) for end in MAIL_ENDS)]


class WebChat:
    """The web chat page's side of Rasa's socket.io channel, on its own event loop thread."""

    def __init__(self, url: str) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.session = uuid.uuid4().hex
        self.received: List[Dict[str, Any]] = []
        self.client = socketio.AsyncClient()
        self.client.on("bot_uttered", self.received.append)
        self._run(self._connect(url))

    def _run(self, coroutine) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    async def _connect(self, url: str) -> None:
        confirmed = asyncio.Event()
        self.client.on("session_confirm", lambda _: confirmed.set())
        await self.client.connect(url, transports=["polling"])
        await self.client.emit("session_request", {"session_id": self.session})
        await asyncio.wait_for(confirmed.wait(), 20)

    def say(self, message: str) -> Reply:
        start = len(self.received)
        self._run(self.client.emit("user_uttered", {"message": message, "session_id": self.session}))
        deadline, seen, quiet_since = time.monotonic() + 60, start, time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if len(self.received) != seen:
                seen, quiet_since = len(self.received), time.monotonic()
            elif seen > start and time.monotonic() - quiet_since > QUIET_SECONDS:
                break
        got = self.received[start:seen]
        return Reply([m["text"] for m in got if m.get("text")], [m["email"] for m in got if m.get("email")], "web")

    def close(self) -> None:
        self._run(self.client.disconnect())
        self.loop.call_soon_threadsafe(self.loop.stop)


class Rest:
    def __init__(self, coach) -> None:
        self.coach, self.sender = coach, coach.new_sender()

    def say(self, message: str) -> Reply:
        return Reply([m["text"] for m in self.coach.say(self.sender, message) if m.get("text")])

    def close(self) -> None:
        pass


class Telegram:
    def __init__(self, coach) -> None:
        self.chat = Chat(coach)

    def say(self, message: str) -> Reply:
        return Reply([call.params["text"] for call in self.chat.send(message)], channel="telegram")

    def close(self) -> None:
        pass


@pytest.fixture(params=["rest", "telegram", "web"])
def user(request, coach):
    """A new conversation on one channel."""
    channel = {"rest": lambda: Rest(coach), "telegram": lambda: Telegram(coach),
               "web": lambda: WebChat(coach.rasa_url)}[request.param]()
    yield channel
    channel.close()


def test_escalation_is_addressed_to_the_hiring_manager_or_hr(user):
    user.say(f"Jeg var til samtale den 2. november {FACTS}. Jeg vil ringe, og de sagde ingen dato")
    user.say("jeg ringede i går men fik ikke svar")
    reply = user.say("jeg har ringet igen i dag og fik heller ikke svar")
    assert "Kontakt ikke den samme person igen." in reply.text
    assert "til den ansættende leder eller HR, ikke til Mette Hansen" in reply.text
    assert "Hej Mette" not in reply.text and "stille mig om til Mette" not in reply.text
    assert "Jeg har kontaktet Mette Hansen to gange for at høre om min ansøgning" in reply.text
    assert "stille mig om til den ansættende leder for stillingen som kontorchef eller til HR?" in reply.text

    mail = user.say("kan jeg få en mail i stedet?").mail
    assert "Kære [navnet på den ansættende leder eller HR-medarbejderen]," in mail and "Kære Mette" not in mail
    assert "Jeg har kontaktet Mette Hansen to gange" in mail and "hvem der kan fortælle mig" in mail


def test_before_the_interview_what_to_ask_at_its_end_and_no_thanks_yet(user):
    reply = user.say("jeg skal til samtale på onsdag som kontorchef og vil ringe bagefter")
    assert "Du skal ikke følge op endnu. Din samtale er først onsdag den 2. december." in reply.text
    assert "„Hvornår regner I med at have truffet en beslutning, og hvem kan jeg kontakte" in reply.text
    assert "Kom tilbage til mig, når samtalen er overstået" in reply.text
    assert "Send en kort tak" not in reply.text and not reply.cards

    reply = user.say("skriv en takkemail")
    assert "Takken sender du, når samtalen er overstået – samme dag eller dagen efter." in reply.text
    assert "Kære" not in reply.text and not reply.cards


def test_a_fact_told_while_the_interview_lies_ahead_is_noted_in_one_line(user):
    user.say("jeg skal til samtale på onsdag som kontorchef")
    reply = user.say("det er hos Nykredit")
    assert reply.text.startswith("Tak, det har jeg noteret. Din samtale er onsdag den 2. december")
    assert "Spørg til sidst i samtalen" not in reply.text  # the advice is not given twice
    reply = user.say("jeg tænker at ringe til dem bagefter, er det en god ide?")
    assert "telefonnummer" in reply.text  # the question is answered


def test_window_passed_is_said_once_on_a_saturday(user):
    reply = user.say(f"Jeg var til samtale den 10. november {FACTS}. Jeg vil ringe, og de sagde ingen dato")
    first = reply.text.split("\n\n")[0]
    assert first == ("Følg op mandag den 30. november – det er første hverdag. Der er gået mere end to uger siden "
                     "samtalen tirsdag den 10. november, så det er helt i orden at følge op.")
    assert "Den tid er gået" not in reply.text and "vent" not in first


def test_a_weekend_plan_names_the_first_business_day(user):
    reply = user.say(f"Jeg var til samtale fredag den 20. november {FACTS}. Jeg vil ringe, de sagde ingen dato")
    assert reply.text.startswith("Følg op mandag den 30. november – det er første hverdag. De gav dig ingen "
                                     "dato for et svar, og nu er det mindst en uge siden samtalen fredag den "
                                     "20. november.")
    assert "Følg op nu" not in reply.text


def test_the_second_attempt_refers_to_the_first_and_is_shorter(user):
    first = user.say(f"Jeg var til samtale den 2. november {FACTS}. Jeg vil skrive en mail, de sagde ingen dato").mail
    second = user.say("jeg skrev til hende i går men har ikke fået svar").mail
    assert "Jeg skrev til dig fredag den 27. november om stillingen som kontorchef." in second
    assert "Tak for en god samtale" in first and "Tak for en god samtale" not in second
    assert len(second) < len(first)
    script = user.say("kan jeg få et manuskript til et opkald i stedet?").text
    assert "og jeg skrev også til dig fredag den 27. november." in script


def test_a_rejection_gets_a_reply_and_tips_about_a_no(user):
    user.say(f"Jeg var til samtale den 10. november {FACTS}. Jeg vil skrive en mail, de sagde ingen dato")
    reply = user.say("de har valgt en anden")
    assert "Det er jeg ked af at høre." in reply.text
    assert "Tavshed" not in reply.text and "imens" not in reply.text and "bede om et par ord" in reply.text
    mail = reply.mail
    assert "Tak for dit svar, og tak for muligheden for at komme til samtale om stillingen som kontorchef." in mail
    assert "et par ord om, hvad der kunne have gjort min ansøgning stærkere" in mail
    phone = user.say("hvad siger jeg i telefonen?").text
    assert "„Det var ærgerligt at høre, men tak fordi du fortæller mig det." in phone
    assert "„Må jeg spørge, om der er noget, jeg kunne have gjort bedre?“" in phone


def test_asking_for_the_reply_to_a_rejection_records_the_no(user, coach):
    user.say(f"Jeg var til samtale den 10. november {FACTS}. Jeg vil skrive en mail, de sagde ingen dato")
    mail = user.say("hjælp mig med at svare på afslaget").mail
    assert mail.startswith("Emne: Tak for svaret – stillingen som kontorchef\n\nKære Mette Hansen,")


def test_the_thank_you_on_the_day_after_the_interview(user):
    """R7: the plan brings the chosen channel's artifact and offers the thank-you as its own."""
    reply = user.say(f"Jeg var til samtale i går {FACTS}. Jeg vil ringe, de sagde ingen dato")
    assert "en kort tak for samtalen i dag eller i morgen" in reply.text
    assert "Hej Mette" in reply.text  # the follow-up call script, for the chosen channel
    thanks = user.say("kan du lave en tak for samtalen").mail
    assert thanks.startswith("Emne: Tak for samtalen – stillingen som kontorchef")
    assert "Tak for samtalen i fredags om stillingen som kontorchef." in thanks  # sent today or tomorrow (s38d)


def test_a_rehearsal_stopped_at_once_judges_nothing(user):
    user.say(f"Jeg var til samtale i onsdags kl 9 {FACTS}. Jeg vil ringe, ingen frist")
    user.say("øv opkaldet")
    reply = user.say("stop").text
    assert "Du nåede ikke at sige noget, så der er ikke noget at bedømme endnu." in reply
    assert "✗" not in reply and "kvalifikationer" not in reply and "krævende" not in reply
    assert "Sådan kan du begynde:" in reply


def test_the_users_phone_number_goes_into_the_voicemail(user):
    reply = user.say(f"Jeg var til samtale den 10. november {FACTS}. Jeg vil ringe, de sagde ingen dato")
    assert "ringe til mig på [dit telefonnummer]" in reply.text and "mit nummer er 12 34 56 78" in reply.text
    reply = user.say("mit nummer er 22 33 44 55")
    assert "Du kan ringe til mig på 22 33 44 55." in reply.text and "[dit telefonnummer]" not in reply.text
    assert "mit nummer er 12 34 56 78" not in reply.text  # asked once
