"""'hvorfor er det for presserende?' after a review: the reason behind a remark, from the guide (s38b: twelve such
questions got a form question, "Undskyld, det forstod jeg ikke helt" or advice on another matter)."""

from __future__ import annotations

from typing import Iterable

from coach.conduct.text import loose, rx
from coach.review.findings import Findings
from coach.texts import text

# what a question is about, by its words, in the order tried
_TOPICS = (
    ("pressure", rx(r"\b(pres\w*|krav\w*|kræv\w*|trussel|truende|truer|ultimatum|asap|skarp\w*|"
                    r"andet (job)?tilbud)")),
    ("selling", rx(r"\b(pral\w*|skills|erfaring\w*|kvalifikation\w*|sælge\w*|kompetence\w*|hvad jeg kan)\b")),
    ("social_media", rx(r"\b(linkedin|facebook|instagram|insta|sociale medier|venneanmodning\w*)\b")),
    ("visit", rx(r"\b(komme|kigge|smutte) (\w+ ){0,2}forbi\b", r"\b(besøg\w*|møde op)\b")),
    ("availability", rx(r"\b(starte|startdato|tiltræde|begynde)\b")),
    ("begging", rx(r"\b(desperat\w*|tigge\w*|bede om jobbet|plage\w*)\b")),
    ("day", rx(r"\b(dato\w*|i (man|tirs|ons|tors|fre|lør|søn)dags|i går)\b")),
    ("subject", rx(r"\b(emne\w*|re:)")),
    ("length", rx(r"\b(kortere|for lang|længe?re?|afsnit|tre linjer)\b")),
    ("tone", rx(r"\b(uformel\w*|formel\w*|stiv\w*|emoji\w*|smiley\w*|hi|lmk|kh|knus|kærlig\w*|personlig\w*|"
                r"hilsen\w*|undertegnede|de-form|høflig\w*)\b")),
    ("status", rx(r"\b(status|kort for hovedet|spørgsmål\w*|forhør)\b")),
)
# a remark's name (coach.review.findings, review.change) -> the topic whose reason it has
_REMARK_TOPIC = {"pressure": "pressure", "harsh": "pressure", "tone": "pressure", "selling": "selling",
                 "social_media": "social_media", "visit": "visit", "availability": "availability",
                 "begging": "begging", "subject_missing": "subject", "subject_vague": "subject",
                 "subject_wrong_day": "subject", "relative_day": "day", "relative_day_call": "day",
                 "length": "length", "english": "tone", "closing_for_friends": "tone", "greeting": "tone",
                 "status": "status", "questions": "status", "curt": "status", "presumes": "pressure",
                 "places_interview": "day_call", "wrong_day": "day"}
# a question about the review, not about the employer ("hvorfor har de ikke svaret?"), when it names a remark
_WHY = rx(r"^\W*((men|og|nå|okay|ok|øh|hmm|ja)\W+)*hvorfor\b(?!\s+(har|er|svarer|ringer|skriver) (de|han|hun|i)\b)",
          r"\b(hvorfor|hvordan) (kalder|skriver|siger|mener) (du|de)\b")
# "hvorfor skal jeg tage den sætning ud?": about a remark on one of the draft's sentences
_A_SENTENCE = rx(r"\b(sætning\w*|tage \w+( \w+)? ud|fjerne\w*|slette\w*|ændre\w*)\b")
# an objection about the draft's form, or to the review itself
_OBJECTION = rx(r"\ber (det|den|min \w+)( ikke)? (lidt |for |alt for |ikke lidt |virkelig )*(uformel\w*|formel\w*|"
                # (not "for meget": "har ringet 3 gange, er det for meget?" asks about the follow-ups, AL023)
                r"stiv\w*|kort for hovedet|personlig\w*|presserende|for lang|for kort|pral\w*)\b[^?]*\?",
                r"\b(for|lidt|alt for) (uformel\w*|formel\w*|personlig\w*|stiv\w*|presserende|pralende|kontant)\b"
                r"[^.!]*\?", r"\bkort for hovedet\b[^.!]*\?",
                r"\bjeg er (ikke (helt |rigtig )?enig|uenig)\b", r"\ber du sikker( på det)?\s*\?")


def asks_about_a_remark(said: str) -> bool:
    """'hvorfor må jeg ikke nævne mine skills?', 'er det for uformelt med Hi?', 'jeg er ikke helt enig': a question
    or an objection about what a review said (a 'why' needs words of a remark: 'hvorfor skal jeg vente?' is none)."""
    folded = loose(said or "")
    return bool(_OBJECTION.search(folded)) or bool(_WHY.search(folded)) and (
        topic_of(said) is not None or bool(_A_SENTENCE.search(folded)))


def remarks_of(review: Findings) -> list[str]:
    """The names of the remarks the review showed, for the questions about them."""
    return [change.name for change in review.shown_changes]


def topic_of(said: str) -> str | None:
    folded = loose(said or "")
    return next((name for name, pattern in _TOPICS if pattern.search(folded)), None)


def why_answer(said: str, remarks: Iterable[str], kind: str | None) -> str:
    """The reason for the remark the question is about (by its words, else the review's first remark), and that
    the draft (a mail, or a call opening) stays the user's."""
    topic = topic_of(said) or next((_REMARK_TOPIC[r] for r in remarks if r in _REMARK_TOPIC), None)
    spoken = kind in ("call", "voicemail")
    if spoken and topic in ("day", "subject"):  # "hvorfor skal datoen med?" of an opening (s39b: the mail's reason)
        topic = "day_call"
    reason = text(f"review.why.{topic}") if topic else text("review.why.general")
    return reason + "\n\n" + text("review.why.yours_call" if spoken else "review.why.yours")
