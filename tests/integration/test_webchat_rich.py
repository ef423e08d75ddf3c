"""Rich messages (e-mail card, calendar download) and the "Tal højt" mode on the web
chat page, in headless Debian Chromium (tests/integration/webchat_rich_driver.mjs)
against the real servers and scripts/serve_web.py. Screenshots go to tests/output/."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import unquote

import pytest

from tests.integration import test_webchat_browser as base
from tests.integration.conftest import API_TOKEN

pytestmark = pytest.mark.integration

# The browser test's fixtures: tools check first, then a serve_web.py per test.
browser_tools = base.browser_tools
web_url = base.web_url

DRIVER = base.DRIVER.with_name("webchat_rich_driver.mjs")
EMAIL_SUBJECT = "Re: Jobsamtale tirsdag den 24. november <b>x</b>"


@pytest.fixture
def rich(browser_tools, coach, web_url) -> dict:
    run = subprocess.run(["node", str(DRIVER), f"{web_url}?rasa={coach.rasa_url}", str(base.SHOTS), API_TOKEN],
                         capture_output=True, text=True, timeout=300, cwd=base.ROOT)
    assert run.returncode == 0 and run.stdout.strip(), f"driver failed:\n{run.stderr[-3000:]}"
    result = json.loads(run.stdout.strip().splitlines()[-1])
    print("\nScreenshots:", *result["screenshots"], sep="\n  ")
    assert result["ok"], (f"{result.get('error')}\nsteps: {result['steps']}\nconsole: {result['console_errors']}\n"
                          f"page:\n{result.get('last_text', '')[-2000:]}")
    return result


def test_rich_messages_and_speech_in_the_browser(rich):
    r = rich
    # The e-mail card: subject line, body with its line breaks, all as text.
    email = r["email"]
    assert email["subject"] == f"Emne: {EMAIL_SUBJECT}"
    assert email["body"].startswith("Kære [kontaktpersonens navn],\n\nTak for samtalen")
    assert "<img src=x onerror=alert(1)>" in email["body"] and email["body"].endswith("[dit navn]")
    assert email["body_tag"] == "PRE" and email["body_white_space"] in ("pre", "pre-wrap")
    assert r["markup_elements_in_cards"] == 0 and r["dialogs"] == []
    # Copy puts exactly the payload's text on the clipboard.
    assert email["copy_label"] == "Kopiér mailen" and r["copy_label_after"] == "Mailen er kopieret ✓"
    assert r["copy_status"] == "Mailens emne og tekst er kopieret. Sæt dem ind i en ny mail."
    assert r["clipboard"] == f"Emne: {EMAIL_SUBJECT}\n\n" + email["body"]
    # The mail program link is a mailto: with the subject.
    assert email["mailto_text"] == "Åbn i mailprogram"
    assert email["mailto"].startswith("mailto:")
    assert "subject=" + "Re: Jobsamtale tirsdag den 24. november" in unquote(email["mailto"])
    # The calendar link downloads the .ics file made in the browser.
    assert r["ics_link_text"] == "Læg det i kalenderen"
    assert r["ics_filename"] == "opfoelgning-2026-12-01.ics"
    assert r["ics_content"].startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in r["ics_content"]
    # The unknown payload rendered nothing and broke nothing.
    assert r["cards"] == 2

    # "Tal højt": off at first; on, it is remembered and shows the mic.
    assert r["toggle_initial"] == {"text": "Tal højt: fra", "pressed": "false", "disabled": False,
                                   "mic_visible": False}
    assert r["toggle_on"] == {"text": "Tal højt: til", "pressed": "true", "stored": "1", "mic_visible": True}
    # The mic listened in Danish and sent what it heard as a normal user message ...
    assert r["heard"] == [{"lang": "da-DK"}] and r["client_texts"] == ["i tirsdags"]
    # ... and the coach's answer was spoken with the Danish voice, in da-DK.
    line = next(u for u in r["spoken"] if "Hvilken stilling" in u["text"])
    assert line["lang"] == "da-DK" and line["voice"] == "Sara"
    # After a reload the toggle is still on and the cards come back from storage.
    assert r["after_reload"] == {"pressed": "true", "cards": 2, "subject": f"Emne: {EMAIL_SUBJECT}"}
    # Off: remembered, and nothing more is spoken.
    assert r["stored_off"] == "0" and r["spoken_while_off"] == []

    # Without speech APIs: toggle disabled, mic hidden, a Danish note, and text chat works.
    nospeech = r["nospeech"]
    assert nospeech["toggle_disabled"] and not nospeech["mic_visible"]
    assert "kan ikke læse højt" in nospeech["note"] and "kan ikke lytte" in nospeech["note"]
    assert nospeech["chatted"]
    # No async clipboard either: the copy button falls back (copied, or the text selected).
    assert nospeech["copy_label"] in ("Mailen er kopieret ✓", "Mailen er markeret – tryk Ctrl+C")
    assert r["phone_no_horizontal_scroll"]

    assert r["external_requests"] == []
    assert r["page_errors"] == [] and r["failed_responses"] == [] and r["console_errors"] == []
