"""The coach reads the user's own draft on every channel: REST, the web chat (socket.io) and Telegram.

"kan du læse min mail?" -> the coach asks for it -> the next message is the draft, whatever intent the NLU
gives it -> what is good, at most three changes and the improved mail. COACH_TODAY is 2026-11-28, so
"i tirsdags" is tuesday 24 November.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Callable, List

import pytest
import socketio

from tests.integration.test_telegram import Chat, assert_telegram_limits, texts

pytestmark = pytest.mark.integration

FACTS = ("Jeg var til samtale i tirsdags kl 10 som kontorchef hos Novo Nordisk. Jeg talte med Mette Hansen, "
         "jeg hedder Ole Jensen, jeg vil skrive en mail, og de sagde ingen frist")
GOOD = """Emne: Re: Jobsamtale tirsdag den 24. november kl. 10 – kontorchef

Kære Mette,

Tak for en god samtale tirsdag om stillingen som kontorchef. Jeg er stadig meget interesseret i jobbet.

Jeg skriver for at høre, hvor langt I er kommet i processen, og hvornår jeg cirka kan regne med at høre fra jer.

Har du spørgsmål til mig, svarer jeg gerne.

Med venlig hilsen
Ole Jensen"""
PUSHY = """Emne: Re: Jobsamtale tirsdag den 24. november

Kære Mette,

Tak for samtalen om stillingen som kontorchef. Nu har jeg ventet længe nok, så jeg forventer et svar senest \
mandag, ellers går jeg videre med et andet tilbud.

Med venlig hilsen
Ole Jensen"""
SELLING = """Emne: Re: Jobsamtale tirsdag den 24. november

Kære Mette,

Tak for samtalen om stillingen som kontorchef. Jeg vil lige minde om, at jeg har 15 års erfaring som leder og en \
MBA, så ingen er bedre til jobbet end mig. Hvor langt er I?

Sig endelig til, hvis du har spørgsmål.

Venlig hilsen
Ole Jensen"""
NO_SUBJECT_OR_NAME = """hej

jeg ville bare høre om der er nyt ang. jobbet?"""


# ---- the three channels, each as "say a message, get the coach's text back" ------------------------
def rest_channel(coach) -> Callable[[str], str]:
    me = coach.new_sender()
    return lambda message: coach.said(me, message)


def telegram_channel(coach) -> Callable[[str], str]:
    chat = Chat(coach)

    def say(message: str) -> str:
        sent = chat.send(message)
        assert_telegram_limits(sent)
        return texts(sent)
    return say


class WebChat:
    """The web chat's socket.io protocol (rasa-webchat): session_request, then user_uttered / bot_uttered."""

    def __init__(self, rasa_url: str) -> None:
        self.url, self.session = rasa_url, uuid.uuid4().hex
        self.loop = asyncio.new_event_loop()
        self.client = socketio.AsyncClient()
        self.received: List[str] = []
        self.client.on("bot_uttered", lambda data: self.received.append((data or {}).get("text", "")))
        self.loop.run_until_complete(self._connect())

    async def _connect(self) -> None:
        confirmed = asyncio.Event()
        self.client.on("session_confirm", lambda _: confirmed.set())
        await self.client.connect(self.url, transports=["polling"], socketio_path="/socket.io")
        await self.client.emit("session_request", {"session_id": self.session})
        await asyncio.wait_for(confirmed.wait(), 10)

    async def _say(self, message: str, quiet: float = 2.0, limit: float = 40.0) -> str:
        start = len(self.received)
        await self.client.emit("user_uttered", {"message": message, "session_id": self.session})
        waited, last = 0.0, start
        while waited < limit:
            await asyncio.sleep(0.2)
            waited += 0.2
            if len(self.received) > last:
                last, quiet_for = len(self.received), 0.0
            elif len(self.received) > start:
                quiet_for = locals().get("quiet_for", 0.0) + 0.2
                if quiet_for >= quiet:
                    break
        return "\n".join(self.received[start:])

    def say(self, message: str) -> str:
        return self.loop.run_until_complete(self._say(message))

    def close(self) -> None:
        self.loop.run_until_complete(self.client.disconnect())
        self.loop.close()


@pytest.fixture(params=["rest", "webchat", "telegram"])
def say(request, coach):
    if request.param == "rest":
        yield rest_channel(coach)
    elif request.param == "telegram":
        yield telegram_channel(coach)
    else:
        chat = WebChat(coach.rasa_url)
        yield chat.say
        chat.close()


def ask_for_review(say) -> None:
    assert "Følg op" in say(FACTS)
    assert "Sæt din mail ind i næste besked" in say("kan du læse min mail inden jeg sender den?")


# ---- the four drafts, on every channel --------------------------------------------------------------
def test_a_good_draft_needs_few_or_no_changes(say):
    ask_for_review(say)
    review = say(GOOD)
    assert "Jeg har læst din mail." in review
    assert "kan sendes, som den er" in review or review.count("\n2. ") == 0


def test_a_pushy_draft_loses_its_demand(say):
    ask_for_review(say)
    review = say(PUSHY)
    # named as a demand ("lyder som et krav"), or as a demand in a sharp tone ("stiller krav, og tonen er skarp")
    assert "krav" in review and "jeg forventer et svar senest mandag" in review
    improved = review.split("med dine egne ord, hvor det gik:")[1]
    assert "forventer" not in improved and "Kære Mette," in improved and "hvor langt I er" in improved


def test_a_selling_draft_loses_its_boast(say):
    ask_for_review(say)
    review = say(SELLING)
    assert "dine kvalifikationer hørte de til samtalen" in review
    improved = review.split("med dine egne ord, hvor det gik:")[1]
    assert "15 års erfaring" not in improved and "Tak for samtalen om stillingen som kontorchef." in improved


def test_a_draft_without_subject_or_name_gets_both(say):
    ask_for_review(say)
    review = say(NO_SUBJECT_OR_NAME)
    assert "emnelinje" in review and "ved navn" in review and "\n4. " not in review
    improved = review.split("med dine egne ord, hvor det gik:")[1]
    assert "Emne: Re: Jobsamtale tirsdag den 24. november kl. 10 – kontorchef" in improved
    assert "Kære Mette Hansen," in improved and "\nOle Jensen" in improved.rstrip()[-40:]  # then the phone line


# ---- REST only: what the dialogue does around the review ----------------------------------------------
def test_the_draft_is_read_whatever_the_nlu_makes_of_it_and_its_facts_change_nothing(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    before = coach.tracker(me)["slots"]
    coach.said(me, "kan du læse min mail?")
    assert coach.tracker(me)["active_loop"]["name"] == "draft_review_form"
    review = coach.said(me, "Kære Hanne\n\nJeg var til samtale onsdag den 25. november som lagerchef og vil "
                            "gerne ringe til dig i morgen. Ingen frist?\n\nHilsen Ole")
    assert "Jeg har læst din mail." in review
    after = coach.tracker(me)
    assert not after["active_loop"]
    for slot in ("interview_date", "role", "contact_name", "contact_channel", "deadline", "user_name"):
        assert after["slots"][slot] == before[slot], slot
    assert "Emne: Re: Jobsamtale" in coach.said(me, "kan du skrive mailen til mig?")  # the conversation goes on


def test_a_draft_pasted_with_the_request_is_read_at_once(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    review = coach.said(me, "kan du læse min mail?\n\n" + SELLING)
    assert "Jeg har læst din mail." in review and "dine kvalifikationer hørte de til samtalen" in review
    assert not coach.tracker(me)["active_loop"]


def test_a_planned_call_opening_is_reviewed_too(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    assert "når de tager telefonen" in coach.said(me, "kan du høre hvad jeg vil sige når jeg ringer?")
    review = coach.said(me, "Hej, det er Ole. Jeg ringer om min ansøgning. Jeg har 20 års erfaring, så jeg er "
                            "den oplagte kandidat. I skal give mig et svar i dag.")
    assert "Jeg har lyttet til din åbning." in review and "det stiller krav, og tonen er skarp" in review
    assert "tirsdag den 24. november" in review.split("med dine egne ord, hvor det gik:")[1]


def test_changing_ones_mind_cancels_the_review(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "kan du læse min mail?")
    assert "så læser jeg ikke noget nu" in coach.said(me, "glem det")
    assert not coach.tracker(me)["active_loop"]


def test_a_long_draft_is_read_although_it_is_longer_than_a_chat_message_may_be(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "kan du læse min mail?")
    ramble = " ".join(["Jeg har tænkt meget over vores samtale og over de spændende opgaver, I fortalte om."] * 20)
    long_draft = GOOD.replace("Jeg er stadig meget interesseret i jobbet.", ramble)
    assert len(long_draft) > 1500
    review = coach.said(me, long_draft)
    assert "Jeg har læst din mail." in review and "Gør den kortere" in review
    assert not coach.tracker(me)["active_loop"]


def test_a_draft_asked_for_in_the_middle_of_the_plan_questions_is_read_and_the_questions_go_on(coach):
    me = coach.new_sender()
    assert "ringe eller ved at skrive" in coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    assert "læser jeg den igennem" in coach.said(me, "kan du læse min mail?")  # not "mail" as the channel
    assert "Jeg har læst din mail." in coach.said(me, GOOD)
    slots = coach.tracker(me)["slots"]
    assert slots["contact_channel"] is None  # the draft answers no question of the form
    assert slots["user_name"] == "Ole Jensen"  # but the name it is signed with fills the case (s30b)
    assert "hvornår du kan regne med at høre fra dem" in coach.said(me, "ringe")
