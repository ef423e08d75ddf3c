"""The web chat for everyone (WCAG 2.1 AA): a whole conversation with the keyboard only, what a
screen reader is told, axe-core at the start, mid-conversation and after the plan, a phone and
200 %/400 % zoom. Headless Debian Chromium driven by playwright-core
(tests/integration/webchat_a11y_driver.mjs) against the real servers and scripts/serve_web.py.
Screenshots go to tests/output/; docs/webchat-keyboard.png is a copy of webchat-keyboard-390x844.png."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from devkit.servers import ROOT, free_port, start, stop, url, wait_until_ready
from tests.integration import test_webchat_browser as base

pytestmark = pytest.mark.integration

browser_tools = base.browser_tools
DRIVER = base.DRIVER.with_name("webchat_a11y_driver.mjs")
PHONE_HEIGHT = 844
AXE_POINTS = ("start", "mid-conversation", "after-plan", "after-plan-desktop")


@pytest.fixture(scope="module")
def web_url(tmp_path_factory):
    port, log = free_port(), tmp_path_factory.mktemp("web") / "web.log"
    server = start([sys.executable, str(ROOT / "scripts" / "serve_web.py"), str(port)], dict(os.environ), log)
    try:
        wait_until_ready(url(port, "/"), server, log, timeout=10, interval=0.1)
        yield url(port, "/")
    finally:
        stop(server, timeout=10)


@pytest.fixture(scope="module")
def run(browser_tools, coach, web_url) -> dict:
    """One keyboard-only conversation; the tests below read what it found."""
    done = subprocess.run(["node", str(DRIVER), f"{web_url}?rasa={coach.rasa_url}", str(base.SHOTS)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0 and done.stdout.strip(), f"driver failed:\n{done.stderr[-3000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print("\nScreenshots:", *result["screenshots"], sep="\n  ")
    assert result["ok"], (f"{result.get('error')}\nsteps: {result['steps']}\nfocus: {result['focus_stops']}\n"
                          f"console: {result['console_errors']}\npage:\n{result.get('last_text', '')[-2000:]}")
    return result


def test_axe_finds_no_serious_or_critical_violation(run):
    assert set(run["axe"]) == set(AXE_POINTS)
    bad = {point: [f"{v['impact']} {v['id']}: {v['help']} {v['nodes']}" for v in found
                   if v["impact"] in ("serious", "critical")]
           for point, found in run["axe"].items()}
    assert bad == {point: [] for point in AXE_POINTS}
    # axe did look: an unnamed icon button put on the page is reported.
    assert "button-name:critical" in run["axe_canary"]


def test_a_whole_conversation_with_the_keyboard_only(run):
    # From the top of the page: the voice toggle, the conversation (it scrolls), the message field.
    assert run["start_order"] == ['button "Tal højt: fra"', 'region "Samtalen med coachen"',
                                  'textbox "Din besked til coachen"']
    # Answers arrive without taking the focus away from the field ...
    assert run["focus_while_answered"] == 'textbox "Din besked til coachen"'
    # ... and the quick replies are buttons right before it: Shift+Tab reaches them, Space chooses,
    # and the focus is back in the field.
    assert run["reply_order"] == ['button "Ved ikke"', 'button "Skrive en mail"']
    assert run["focus_after_reply"] == 'textbox "Din besked til coachen"'
    # Enter on "De sagde ingen dato" gave the plan; Enter on the card's button copied the e-mail.
    copy = run["copy"]
    assert copy["focus"] == 'button "Mailen er kopieret ✓"'
    assert copy["clipboard"].startswith(copy["subject"] + "\n\nKære ")
    assert "stillingen som kontorchef" in copy["clipboard"]
    # Enter on the calendar link downloaded the follow-up day.
    download = run["download"]
    assert download["filename"] == "opfoelgning-2026-12-01.ics"
    assert download["content"].startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20261201" in download["content"]
    # Every stop on the way showed a focus ring and was on screen.
    assert [s["name"] for s in run["focus_stops"] if not (s["ring"] and s["in_view"])] == []


def test_a_screen_reader_is_told_what_happens(run):
    # Buttons have names (the send button is an icon), and the arrow shows before you type.
    assert run["send_button"] == 'button "Send beskeden" [disabled]'
    assert run["send_icon_fill_empty"] not in ("rgba(0, 0, 0, 0)", "none")
    # New messages are announced politely, with the answer buttons they bring.
    heard = run["announced_with_plan"]
    assert heard[0].startswith("Følg op tirsdag den 1. december.")
    assert "Her er mailen. Du kan kopiere den eller åbne den i dit mailprogram." in heard
    assert "Du kan lægge opfølgningsdagen i din kalender." in heard
    assert heard[-1] == "Vil du have noget mere? Svarknapper: Vis manuskriptet i stedet, Gode råd."
    # The copy button's status says what was copied.
    assert run["copy"]["status"] == "Mailens emne og tekst er kopieret. Sæt dem ind i en ny mail."
    # A reload shows the history without reading it all out again.
    assert run["announced_after_reload"] == []


def test_phone_and_zoom(run):
    # On a phone the intro gives way once the user has written.
    assert run["chat_top_at_start"] / PHONE_HEIGHT > 0.18
    assert run["chat_top_talking"] / PHONE_HEIGHT < 0.15
    assert run["phone_no_horizontal_scroll"]
    # At 200 % and 400 % zoom: no sideways scrolling, the field and the send button on screen,
    # and room to read the conversation.
    for level, minimum_list in (("200%", 150), ("400%", 60)):
        zoom = run["zoom"][level]
        assert zoom["no_horizontal_scroll"] and zoom["field_visible"] and zoom["send_visible"], (level, zoom)
        assert zoom["list_height"] >= minimum_list, (level, zoom)


def test_nothing_goes_wrong_on_the_way(run):
    # No console error in a whole conversation (the widget's font @import is patched out), nothing
    # off 127.0.0.1, no dialog.
    assert run["console_errors"] == [] and run["page_errors"] == []
    assert run["external_requests"] == [] and run["failed_responses"] == [] and run["dialogs"] == []
