"""The Telegram channel's pure helpers: no server, no network."""

import json

import pytest

from channels.telegram.format import (
    MAILTO_HINT,
    BoundedMemory,
    CallbackPayloads,
    derive_secret,
    keyboard_rows,
    parse_command,
    render_links,
    split_message,
    utf16_length,
    valid_secret,
)
from channels.telegram.output import CoachTelegramOutput, ics_filename


def test_a_short_reply_stays_one_message():
    text = "Følg op tirsdag den 1. december.\n\nFår du ikke svar, så vent tre dage."
    assert split_message(text) == [text]


def test_long_text_is_split_at_paragraphs_within_the_limit():
    paragraphs = [f"Afsnit {i}: " + "æøå " * 300 for i in range(10)]
    messages = split_message("\n\n".join(paragraphs))
    assert len(messages) > 1
    assert all(utf16_length(m) <= 4096 for m in messages)
    # Every message starts with a paragraph of its own; nothing is lost or reordered.
    assert all(m.startswith("Afsnit ") for m in messages)
    assert "\n\n".join(messages).split("\n\n") == [p.strip() for p in paragraphs]


def test_a_paragraph_longer_than_the_limit_is_cut_at_lines_then_spaces():
    line = "ord " * 1500  # 6000 characters on one line
    messages = split_message(f"Kort start\n{line}\nslut", limit=4096)
    assert all(utf16_length(m) <= 4096 for m in messages)
    assert " ".join(" ".join(messages).split()) == " ".join(f"Kort start {line} slut".split())
    assert not any(m.startswith(" ") or m.endswith(" ") for m in messages)


def test_emoji_count_twice_like_telegram_counts_them():
    assert utf16_length("😀") == 2
    messages = split_message("😀" * 3000)
    assert all(utf16_length(m) <= 4096 for m in messages)
    assert "".join(messages) == "😀" * 3000  # no surrogate pair cut in half


def test_markdown_links_become_plain_text():
    mail = "[Åbn mailen i dit mailprogram](mailto:?subject=Re%3A%20Jobsamtale&body=K%C3%A6re%20Mette)"
    assert render_links(mail) == MAILTO_HINT == "Kopiér mailen herover ind i dit mailprogram, og send den derfra."
    assert "mette@firma.dk" in render_links("[Skriv](mailto:mette@firma.dk?subject=Hej)")
    assert render_links("Se [jobnet](https://job.jobnet.dk/) nu") == "Se jobnet: https://job.jobnet.dk/ nu"
    assert render_links("[ring](tel:+4512345678)") == "ring"
    assert render_links("Ingen links [her] (eller her)") == "Ingen links [her] (eller her)"


def test_short_payloads_are_sent_as_they_are():
    callbacks = CallbackPayloads()
    payload = '/inform{"contact_channel": "telefon"}'
    assert callbacks.encode(payload) == payload
    assert callbacks.resolve(payload) == payload


def test_long_danish_payloads_get_a_short_id_and_come_back():
    callbacks = CallbackPayloads()
    payload = '/inform{"role": "pædagogmedhjælper på børnehaven Ærøskøbing"}'
    assert len(payload) <= 64 < len(payload.encode())  # fits in characters, not in bytes
    data = callbacks.encode(payload)
    assert len(data.encode()) <= 64 and data != payload
    assert callbacks.encode(payload) == data  # stable
    assert callbacks.resolve(data) == payload


def test_a_forgotten_id_falls_back_to_the_button_title():
    data = CallbackPayloads().encode("/inform" + json.dumps({"role": "x" * 80}))
    keyboard = {"inline_keyboard": [[{"text": "Ringe", "callback_data": data}]]}
    fresh = CallbackPayloads()  # as after a restart
    assert fresh.resolve(data, keyboard) == "Ringe"
    assert fresh.resolve(data) is None
    assert fresh.resolve("") is None


def test_a_payload_that_looks_like_an_id_is_encoded_too():
    callbacks = CallbackPayloads()
    assert callbacks.encode("#abc") != "#abc"
    assert callbacks.resolve(callbacks.encode("#abc")) == "#abc"


def test_bounded_memory_forgets_the_oldest():
    memory = BoundedMemory(3)
    for key in range(5):
        memory.put(key)
    assert len(memory) == 3 and 0 not in memory and 4 in memory


def test_the_output_builds_inline_keyboards_within_64_bytes():
    out = CoachTelegramOutput("123:TEST", "http://127.0.0.1:9")  # never contacted
    markup = out._keyboard([{"title": "Ja", "payload": "/affirm"},
                            {"title": "Bestemt", "payload": "/inform" + json.dumps({"role": "æøå" * 30})},
                            {"title": "Mail", "payload": "mailto:x@y.dk"}])
    buttons = [b for row in markup.inline_keyboard for b in row]
    assert [b.text for b in buttons] == ["Ja", "Bestemt"]  # no mailto: buttons in Telegram
    assert all(len(b.callback_data.encode()) <= 64 for b in buttons)
    assert out.callbacks.resolve(buttons[1].callback_data).startswith("/inform")


@pytest.mark.parametrize("text, expected", [
    ("/start", ("start", "")),
    ("/start@OpfoelgningsCoachBot ref42", ("start", "ref42")),
    ("/GLEM", ("glem", "")),
    ("/start@AndenBot", ("", "")),
    ("hej", None),
    ("/", None),
])
def test_commands(text, expected):
    assert parse_command(text, "OpfoelgningsCoachBot") == expected


def test_secrets():
    secret = derive_secret("123:TEST")
    assert valid_secret(secret) and secret == derive_secret("123:TEST") != derive_secret("123:OTHER")
    assert not valid_secret("med mellemrum") and not valid_secret("") and not valid_secret("æ")


def test_keyboard_layout():
    assert keyboard_rows(["Ringe", "Skrive en mail", "Ved ikke"]) == [[0, 1, 2]]
    assert keyboard_rows(["Vis manuskriptet i stedet", "Gode råd"]) == [[0], [1]]
    assert keyboard_rows([]) == []


def test_calendar_file_names_are_safe():
    assert ics_filename("opfølgning 1. dec.ics") == "opfoelgning-1.-dec.ics"
    assert ics_filename("../../etc/passwd") == "passwd.ics"
    assert ics_filename(None) == "opfoelgning.ics"
