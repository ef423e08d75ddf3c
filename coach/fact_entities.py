"""Entities as the form reads them: names only where a cue says whose, the employer and the role the
way coach.facts finds them in a sentence. The NLU's tagger (CRF) guesses from word shapes; the form
keeps a name only when words say whose it is and prefers the employer and role a sentence names
(actions/followup_form.py). Handing the slots the same entities keeps the NLU's output and the
case in step. Pure Python: spans into the original text, no Rasa.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

from coach.case import EMAIL, PHONE
from coach.danish import fold
from coach.facts import (
    change_of_mind_at,
    channel_preference,
    company_said,
    names_said,
    role_said,
    whole_title,
)
from coach.facts.cues import NOT_A_CHOICE, RULED_OUT

NAMES = ("user_name", "contact_name")
CHANNEL = "contact_channel"
# Intents whose channel words are no choice: a request for a text, a follow-up already made. (A question
# about the channel, "skal jeg ringe?", is told by its sentence: "hvad er bedst? okay jeg ringer" chooses.)
NO_CHANNEL_CHOICE = {"request_call_script", "request_email", "request_rehearsal", "recall_followup",
                     "report_no_answer", "reminder_done", "request_draft_review"}
# The words of a channel choice, longest first, on folded text ("skrive en mail", "ringe op", "telefonen").
_CHANNEL_WORDS = re.compile(
    r"\b(?:(?:skrive|skriver|skriv|sende|sender)(?: dem| hende| ham)? en (?:e-?mail|mail)|(?:ringe|ring|ringer) op|"
    r"telefon\w*|tlf\w*|opkald\w*|ring\w*|phone|call(?! ?cent)|e-?mail\w*|mail\w*|skriv\w*)\b")


def _folded_with_starts(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from."""
    out, starts = [], []
    for i, ch in enumerate(text):
        piece = fold(ch)
        out.append(piece)
        starts.extend([i] * len(piece))
    return "".join(out), starts


def find_span(value: str, text: str) -> tuple[int, int] | None:
    """Where `value` is first written in `text`, whatever its case and æ/ø/å spelling: (start, end)."""
    folded, starts = _folded_with_starts(text)
    words = [re.escape(w) for w in re.split(r"[\s-]+", fold(value).strip()) if w]
    if not words:
        return None
    match = re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?!\w)").search(folded)
    if match is None:
        return None
    return starts[match.start()], starts[match.end() - 1] + 1


def _entity(kind: str, span: tuple[int, int], value: str) -> Dict[str, Any]:
    return {"entity": kind, "start": span[0], "end": span[1], "value": value, "confidence_entity": 1.0}


def channel_entities(text: str) -> List[Dict[str, Any]]:
    """The words by which the user chooses to call or write ('jeg vil hellere skrive en mail, jeg hader at
    ringe' -> 'skrive en mail'): the channel coach.facts reads as the user's choice, where it is said, not
    ruled out, not asked about ('skal jeg ringe?') and not weighed against the other ('mellem telefon og
    mail'). None for the employer's acts ('de ringer tilbage') or the user's past ones ('har ringet')."""
    folded, starts = _folded_with_starts(text)
    hidden = NOT_A_CHOICE.sub(lambda m: " " * len(m[0]), folded)
    by_clause: Dict[str, List[tuple[str, tuple[int, int]]]] = {}
    for match in _CHANNEL_WORDS.finditer(hidden, change_of_mind_at(folded)):
        channel = PHONE if re.match(r"telefon|tlf|opkald|ring|phone|call", match[0]) else EMAIL
        start = starts[match.start()]
        if RULED_OUT.search(hidden[max(0, match.start() - 40):match.start()]) or _asked(text, start):
            continue
        by_clause.setdefault(_clause(text, start), []).append((channel, (start, starts[match.end() - 1] + 1)))
    found = []
    for clause, words in by_clause.items():
        # "jeg søgte som chauffør. de sagde de ringer" chose nothing; "telefon eller mail" neither
        if len({channel for channel, _ in words}) == 1 and channel_preference(clause) == words[0][0]:
            found += [_entity(CHANNEL, span, channel) for channel, span in words]
    return sorted(found, key=lambda e: e["start"])


def _asked(text: str, index: int) -> bool:
    """Whether the sentence around `index` is a question ('hvad er bedst? okay jeg ringer': the second is not)."""
    left = max(text.rfind(sep, 0, index) for sep in ".!?\n")
    rights = [i for i in (text.find(sep, index) for sep in ".!?\n") if i != -1]
    right = min(rights) if rights else len(text)
    return text[right:right + 1] == "?" or _QUESTION.match(fold(text[left + 1:right])) is not None


def _clause(text: str, index: int) -> str:
    left = max(text.rfind(sep, 0, index) for sep in ".,;!?\n")
    rights = [i for i in (text.find(sep, index) for sep in ".,;!?\n") if i != -1]
    return text[left + 1:min(rights) if rights else len(text)]


# The user naming themself: without such words a name is someone else's ("jeg fik fat i Lise").
_SELF = re.compile(r"\b(?:jeg hedder|hedder jeg|mit (?:fulde |for)?navn|navnet er|jeg er|kald mig|det er mig|her\b|"
                   r"mvh|hilsen|underskrevet|skriv\w* [^.,;!?]{0,30}\bunder)", re.IGNORECASE)
# "hvornår kan jeg skrive til dem": a question to the coach, whatever its punctuation (on folded text).
_QUESTION = re.compile(r"^\W*(?:hej\W+)?(?:hvornaar|hvad|hvordan|hvilke[nt]?|hvem|hvor|hvorfor|skal jeg|kan jeg|"
                       r"maa jeg|boer jeg|burde jeg|er det)\b")


def _capitalised(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]:span[0] + 1].isupper()


def fact_entities(text: str) -> List[Dict[str, Any]]:
    """The names (cued), the employer and the role the sentence names, as entity dicts with spans."""
    found = []
    user, contact = names_said(text)
    for kind, name in (("user_name", user), ("contact_name", contact)):
        span = find_span(name, text) if name else None
        if span:
            found.append(_entity(kind, span, name))
    for kind, value in (("company", company_said(text)), ("job_role", role_said(text))):
        if value and re.fullmatch(r"[\d.:]+(?:-?tiden)?", value, re.IGNORECASE):
            continue  # "ved 11-tiden" names a time, no employer
        span = find_span(value, text) if value else None
        if span:
            found.append(_entity(kind, span, value))
    return found


def _overlaps(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def merged_entities(tagged: List[Dict[str, Any]], text: str, intent: str | None = None) -> List[Dict[str, Any]]:
    """The tagger's entities with the form's reading: a cued name gets the cue's kind (a name typed in
    lower case only where the tagger saw a name too: 'hej igen' names nobody); the employer and role a
    sentence names replace the tagger's; a role the tagger cut short gets its whole title ('designer' in
    'grafisk designer'); channel words only where the user chooses. Other entities pass unchanged."""
    tagged_names = [e for e in tagged if e.get("entity") in NAMES]
    facts = []
    for fact in fact_entities(text):
        if fact["entity"] in NAMES and not _capitalised(text, (fact["start"], fact["end"])):
            seen = next((e for e in tagged_names if _overlaps(e, fact)), None)
            if seen is None:
                continue
            fact = {**fact, "start": seen["start"], "end": seen["end"], "value": text[seen["start"]:seen["end"]]}
        facts.append(fact)
    facts += channel_entities(text) if intent not in NO_CHANNEL_CHOICE else []
    kinds = {e["entity"] for e in facts}
    cued_names = [f for f in facts if f["entity"] in NAMES]
    out = []
    for entity in tagged:
        kind = entity.get("entity")
        if kind in NAMES and any(_overlaps(entity, f) or f["entity"] == kind for f in cued_names):
            continue  # the cue says whose name it is
        if kind == CHANNEL:
            continue  # the choice is read from the words (channel_entities), as the form reads it
        if kind == "user_name" and not _SELF.search(text):
            entity = {**entity, "entity": "contact_name"}  # no words say it is the user's own name
        if kind in kinds and kind not in NAMES:
            continue
        if any(_overlaps(entity, f) for f in facts) and kind in ("company", "job_role"):
            continue  # a span the form reads as something else
        if kind == "job_role":
            entity = _whole(entity, text)
        out.append(entity)
    return out + facts


def _whole(entity: Dict[str, Any], text: str) -> Dict[str, Any]:
    said = text[entity["start"]:entity["end"]]
    whole = whole_title(said, text)
    if whole == said:
        return entity
    start = entity["end"] - len(whole)
    if start < 0 or text[start:entity["end"]] != whole:
        return entity
    return {**entity, "start": start, "value": whole}
