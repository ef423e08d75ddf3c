"""A message from the employer, pasted into the chat ("Hej, tak for i dag. Vi vender tilbage senest onsdag
d. 13/1. Mvh Pia Holm, Bygma"): its signature names the contact, and the employer after the name."""

from __future__ import annotations

import re

_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_SIGNED = re.compile(rf"(?i:\b(?:mvh|m\.v\.h\.?|venlig hilsen|de bedste hilsner|bedste hilsner|hilsen|vh|kh))"
                     rf"[,.:]?\s+(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
                     rf"(?:,\s*(?P<firm>[A-ZÆØÅ0-9][\w&.'-]*(?: [A-ZÆØÅ0-9&][\w&.'-]*){{0,3}}))?\W*$")
# The employer writes to the user: "vi" to "dig"/"din", or the text is set in quotes
_TO_THE_USER = re.compile(r"\b(dig|din|dit|dine)\b", re.IGNORECASE)
_FROM_US = re.compile(r"\b(vi|os|vores)\b", re.IGNORECASE)
_QUOTED = re.compile(r"^\W*[\"'“„»]")


def employer_signature(text: str) -> tuple[str | None, str | None]:
    """(the name the employer's pasted message is signed with, the employer after it); (None, None) when the
    message is not the employer's or is not signed."""
    signed = _SIGNED.search(text or "")
    if signed is None:
        return None, None
    body = text[:signed.start()]
    if not (_QUOTED.search(text) or (_TO_THE_USER.search(body) and _FROM_US.search(body))):
        return None, None
    return signed["name"], signed["firm"]
