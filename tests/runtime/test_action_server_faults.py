"""runtime/patches/action_server_faults.py: an apology recorded in the tracker when the action server fails."""

import asyncio
from pathlib import Path

import aiohttp
import pytest
from patch_fixture import patched_fixture  # noqa: F401  (the `patched` fixture)
from rasa.core.actions.action import Action, ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, FollowupAction, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import ClientResponseError

from coach.writing.replies import TEMPORARILY_UNAVAILABLE
from runtime.patches import action_server_faults as patch

DOMAIN = Domain.load(Path(__file__).resolve().parents[2] / "domain.yml")


class Endpoint:
    """An action endpoint that records how it was called and answers with `reply` (or raises it)."""

    url = "http://127.0.0.1:1/webhook"
    kwargs: dict = {}

    def __init__(self, reply=None, delay: float = 0.0):
        self.reply, self.delay, self.calls = reply, delay, []

    async def request(self, **kwargs):
        self.calls.append(kwargs)
        await asyncio.sleep(self.delay)
        if isinstance(self.reply, Exception):
            raise self.reply
        return self.reply or {}


class Failing(Action):
    def __init__(self, error: Exception):
        self.error = error

    def name(self) -> str:
        return "action_followup_plan"

    async def run(self, output_channel, nlg, tracker, domain):
        raise self.error


def tracker() -> DialogueStateTracker:
    return DialogueStateTracker.from_events("me", [ActionExecuted(ACTION_LISTEN_NAME), SlotSet("role", "kontorchef")],
                                            slots=DOMAIN.slots)


def run_action(action: Action, conversation: DialogueStateTracker) -> tuple[bool, CollectingOutputChannel]:
    processor = MessageProcessor.__new__(MessageProcessor)  # _run_action needs only the domain
    processor.domain = DOMAIN
    out = CollectingOutputChannel()
    prediction = PolicyPrediction.for_action_name(DOMAIN, action.name())
    go_on = asyncio.run(processor._run_action(action, conversation, out, None, prediction))
    return go_on, out


def remote_run(endpoint: Endpoint):
    action = RemoteAction("action_followup_plan", endpoint)
    return asyncio.run(action.run(CollectingOutputChannel(), None, tracker(), DOMAIN))


# Canaries: stock Rasa still has the behaviour the patch fixes.

def test_canary_stock_rasa_waits_minutes_for_the_action_server():
    endpoint = Endpoint()
    remote_run(endpoint)
    assert endpoint.calls[0]["timeout"] >= 60, "Rasa now times out quickly by itself: the timeout may go"


def test_canary_stock_rasa_says_nothing_when_an_action_fails():
    conversation = tracker()
    go_on, out = run_action(Failing(RasaException("action server down")), conversation)
    assert out.messages == [], "Rasa now tells the user: the apology may go"
    assert go_on is True  # and goes on predicting
    assert not any(isinstance(e, BotUttered) for e in conversation.events)


# The patch.

def test_the_apology_is_an_event_in_the_tracker_and_rasa_listens(patched):
    patched(patch.PATCH)
    conversation = tracker()
    go_on, out = run_action(Failing(patch.ActionServerUnavailable("down")), conversation)
    assert [m["text"] for m in out.messages] == [TEMPORARILY_UNAVAILABLE]  # sent by Rasa, from the event
    said = [e for e in conversation.events if isinstance(e, BotUttered)]
    assert [e.text for e in said] == [TEMPORARILY_UNAVAILABLE]
    assert FollowupAction(ACTION_LISTEN_NAME) in conversation.events
    assert conversation.followup_action == ACTION_LISTEN_NAME  # Rasa's next prediction: listen
    assert go_on is True and conversation.get_slot("role") == "kontorchef"


def test_other_failures_are_left_to_rasa(patched):
    patched(patch.PATCH)
    conversation = tracker()
    _, out = run_action(Failing(ValueError("a bug, not the action server")), conversation)
    assert out.messages == []


def test_a_slow_action_server_times_out(patched, monkeypatch):
    monkeypatch.setenv("COACH_ACTION_TIMEOUT", "0.2")
    patched(patch.PATCH)
    with pytest.raises(patch.ActionServerUnavailable, match="TimeoutError"):
        remote_run(Endpoint(delay=5))


@pytest.mark.parametrize("error", [aiohttp.ClientConnectionError("refused"), aiohttp.ClientPayloadError("cut")])
def test_an_unreachable_action_server_is_unavailable(error, patched):
    patched(patch.PATCH)
    with pytest.raises(patch.ActionServerUnavailable):
        remote_run(Endpoint(error))


def test_a_forms_rejection_passes_unchanged(patched):
    patched(patch.PATCH)
    rejection = ClientResponseError(400, "Bad Request", '{"action_name": "action_followup_plan", "error": "not mine"}')
    with pytest.raises(ActionExecutionRejection):
        remote_run(Endpoint(rejection))


def test_unpatched_when_not_applied():
    assert RemoteAction.run is not patch.run_remote_action
    assert MessageProcessor._run_action is not patch.run_action_or_apologise


def test_a_turn_waits_for_a_frozen_action_server_once(patched, monkeypatch):
    # Slot mappings' validation, then the form's: the second call must not wait the timeout again.
    monkeypatch.setenv("COACH_ACTION_TIMEOUT", "0.2")
    patched(patch.PATCH)
    conversation = tracker()
    conversation.update(UserUttered("ingen frist", message_id="m1"))
    slow, later = Endpoint(delay=5), Endpoint()

    async def two_calls():
        for endpoint in (slow, later):
            with pytest.raises(patch.ActionServerUnavailable):
                await RemoteAction("action_validate_slot_mappings", endpoint).run(
                    CollectingOutputChannel(), None, conversation, DOMAIN)

    asyncio.run(two_calls())
    assert later.calls == []  # failed at once
    conversation.update(UserUttered("ingen frist", message_id="m2"))  # the next message tries again
    asyncio.run(RemoteAction("action_followup_plan", later).run(CollectingOutputChannel(), None, conversation, DOMAIN))
    assert len(later.calls) == 1
