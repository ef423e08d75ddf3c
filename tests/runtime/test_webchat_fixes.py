"""Canaries for channels/webchat.py's fixes of Rasa's socket.io channel (WEBCHAT_FIXES)."""

import inspect

import pytest
import socketio
from rasa.core.channels import socketio as rasa_socketio

from runtime.patches import WEBCHAT_FIXES, PatchVersionMismatch, base


def test_canary_enter_room_is_a_coroutine_rasa_does_not_await():
    """Fails when Rasa awaits enter_room (RasaHQ/rasa#13027) or python-socketio makes it plain again."""
    assert inspect.iscoroutinefunction(socketio.AsyncServer.enter_room)
    source = inspect.getsource(rasa_socketio.SocketIOInput.blueprint)
    assert "sio.enter_room(sid" in source and "await sio.enter_room(" not in source


def test_canary_rasa_still_spreads_a_custom_payload_into_emit():
    """Fails when Rasa sends custom payloads whole: then send_custom_json's override can go."""
    source = inspect.getsource(rasa_socketio.SocketIOOutput.send_custom_json)
    assert "**json_message" in source


def test_the_channel_refuses_other_versions(monkeypatch):
    from channels.webchat import CoachSocketIOInput

    CoachSocketIOInput()  # the pinned versions
    monkeypatch.setattr(base, "installed_version", lambda name: "5.9.0" if name == "python-socketio"
                        else WEBCHAT_FIXES.written_for[name])
    with pytest.raises(PatchVersionMismatch, match="python-socketio 5.9.0 \\(written for 5.18.1\\)"):
        CoachSocketIOInput()
