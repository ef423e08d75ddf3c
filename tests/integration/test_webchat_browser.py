"""The web chat page in a real browser: headless Debian Chromium driven by
playwright-core (node, tests/integration/webchat_driver.mjs), against both real
servers and scripts/serve_web.py. Screenshots go to tests/output/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from devkit.servers import ROOT, free_port, start, stop, url, wait_until_ready

pytestmark = pytest.mark.integration

WEB = ROOT / "web"
DRIVER = Path(__file__).with_name("webchat_driver.mjs")
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "tests" / "output"


def skip_loudly(reason: str) -> None:
    banner = "!" * 78
    sys.stderr.write(f"\n{banner}\nSKIPPING THE WEB CHAT BROWSER TEST: {reason}\n{banner}\n")
    warnings.warn(f"WEB CHAT BROWSER TEST NOT RUN: {reason}", stacklevel=2)  # shows in pytest's summary
    pytest.skip(f"WEB CHAT BROWSER TEST NOT RUN: {reason}")


def missing_tools() -> str | None:
    if not CHROMIUM.exists():
        return "/usr/bin/chromium is missing (apt-get install -y chromium)"
    if not shutil.which("node"):
        return "node is missing (apt-get install -y nodejs npm)"
    for module in ("rasa-webchat", "playwright-core"):
        if not (WEB / "node_modules" / module / "package.json").exists():
            return f"web/node_modules/{module} is missing (run scripts/setup_web.sh)"
    return None


@pytest.fixture(scope="session")
def browser_tools() -> None:
    """Session-scoped and listed first, so a missing tool skips before the servers start."""
    reason = missing_tools()
    if reason:
        skip_loudly(reason)


@pytest.fixture
def web_url(tmp_path):
    port, log = free_port(), tmp_path / "web.log"
    server = start([sys.executable, str(ROOT / "scripts" / "serve_web.py"), str(port)], dict(os.environ), log)
    try:
        wait_until_ready(url(port, "/"), server, log, timeout=10, interval=0.1)
        yield url(port, "/")
    finally:
        stop(server, timeout=10)


def test_whole_conversation_in_the_browser(browser_tools, coach, web_url):
    run = subprocess.run(["node", str(DRIVER), f"{web_url}?rasa={coach.rasa_url}", str(SHOTS)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0 and run.stdout.strip(), f"driver failed:\n{run.stderr[-3000:]}"
    result = json.loads(run.stdout.strip().splitlines()[-1])
    print("\nScreenshots:", *result["screenshots"], sep="\n  ")
    if not result["ok"] and "enter_room' was never awaited" in coach.logs["rasa"].read_text():
        pytest.fail("No bot message reached the browser: Rasa 3.6's socket.io channel calls "
                    "sio.enter_room() without await (python-socketio >= 5.10 made it a coroutine; "
                    "RasaHQ/rasa#13027), so with session_persistence the widget never joins its room. "
                    "credentials.yml must name the patched socket.io channel instead of `socketio:`.")
    if not result["ok"] and "emit() got an unexpected keyword argument" in coach.logs["rasa"].read_text():
        pytest.fail("A custom payload (the e-mail card or the .ics) never reached the browser: Rasa 3.6's "
                    "SocketIOOutput.send_custom_json calls sio.emit(event, **payload), which raises TypeError "
                    "for any key but `data` and drops the rest of the turn. The socket.io channel in "
                    "channels/webchat.py must emit the payload as the event's data.")
    assert result["ok"], (f"{result.get('error')}\nsteps: {result['steps']}\nconsole: {result['console_errors']}\n"
                          f"page:\n{result.get('last_text', '')[-2000:]}")

    assert result["title"] == "Opfølgningscoachen"
    assert result["placeholder"] == "Skriv din besked…"
    assert "Skrive en mail" in result["buttons"]
    # The conversation survives a reload, and /greet is not sent again.
    assert result["kept_after_reload"] and result["same_length_after_reload"]
    assert result["greetings_after_reload"] == result["greetings_before_reload"]
    # HTML typed by the user shows as text; nothing ran.
    assert result["dialogs"] == []
    assert result["client_texts"] == ["<script>alert(1)</script>", "<b>x</b>", "<img src=x onerror=alert(2)>"]
    assert result["html_elements_in_messages"] == 0
    # After the plan, HTML holds no facts: each message gets one short answer, the plan is not repeated.
    assert result["plans_repeated"] == 0 and result["responses_to_html"] == 3
    # HTML and a javascript: link echoed by the bot stay inert; "[gaps]" keep their brackets.
    assert result["bot_html_elements"] == 0 and result["evil_link_href"] is None
    assert result["mailto_links"] >= 1
    # The e-mail arrives as one card (subject, body, copy button, mailto link) and the
    # follow-up day as a calendar download made in the browser.
    card = result["email_card"]
    assert card["subject"].startswith("Emne: Re: Jobsamtale") and card["body"].startswith("Kære ")
    assert "kontorchef" in card["body"] and card["copy"] == "Kopiér mailen"
    assert card["mailto"].startswith("mailto:") and "subject=Re%3A%20Jobsamtale" in card["mailto"]
    assert card["ics_filename"] == "opfoelgning-2026-12-01.ics" and card["ics_href"].startswith("blob:")
    assert result["cards_after_reload"] == 2
    assert result["more_buttons_visible"], (
        "The quick replies of 'Vil du have noget mere?' are hidden: rasa-webchat shows buttons only "
        "under the last message, so the .ics payload must be sent before that message, not after it.")
    # Nothing leaves 127.0.0.1, and a whole conversation logs no console error (the widget's
    # Google-font @import is patched out: web/patches/; the CSP would block it, with an error each).
    assert result["external_requests"] == []
    assert result["page_errors"] == [] and result["failed_responses"] == []
    assert result["console_errors"] == [], (
        f"{result['console_errors']} (fonts.googleapis.com: run scripts/setup_web.sh, which applies web/patches/)")
    assert result["phone_no_horizontal_scroll"] and result["phone_input_visible"]
