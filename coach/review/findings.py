"""What a review found, and how the coach says it (coach/texts/review.yml)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from coach.texts import section, text

MAX_CHANGES = 3
# a change that takes back "Ingen krav, intet pres og intet salg" (a start date offered is selling by the label guide)
NOT_CALM = ("harsh", "pressure", "begging", "selling", "availability", "social_media", "visit", "tone", "curt",
            "presumes")
# a sentence better taken out: its example, when it has one, is how to ask instead
DROPPED = ("harsh", "pressure", "begging", "selling", "social_media", "visit", "availability", "tone", "prying",
           "terms", "presumes", "not_graceful")


@dataclass(frozen=True)
class Change:
    name: str  # a key of review.change
    sentence: str = ""  # the user's sentence it is about
    example: str = ""  # how it could read
    also: tuple[str, ...] = ()  # more of the user's sentences with the same fault: one change, not several


@dataclass(frozen=True)
class Findings:
    kind: str  # "email" or "call"
    good: tuple[str, ...]  # keys of review.good.<kind>
    changes: tuple[Change, ...]  # most important first; all of them, the text shows MAX_CHANGES
    improved: str

    @property
    def shown_changes(self) -> tuple[Change, ...]:
        return _distinct(self.changes)[:MAX_CHANGES]

    def render(self) -> str:
        good = section("review.good")[self.kind]
        parts = [text(f"review.intro.{self.kind}")]
        if self.good:
            parts.append(text("review.good_heading") + "\n" + "\n".join(f"✓ {good[name]}" for name in self.good))
        changes = self.shown_changes
        if not changes:
            parts.append(text(f"review.ready.{self.kind}"))
            return "\n\n".join(parts)
        wording = section("review.change")
        items = [f"{i}. " + _wording(wording, c) for i, c in enumerate(changes, 1)]
        parts.append(text("review.changes_heading") + "\n" + "\n".join(items))
        parts.append(text(f"review.improved_heading.{self.kind}") + "\n\n" + self.improved)
        return "\n\n".join(parts)


def _wording(wording: dict, change: Change) -> str:
    said = wording[change.name].format(sentence=change.sentence, example=change.example).strip()
    if change.also:
        said += " " + text("review.same_for", sentences=", ".join(f"„{s}“" for s in change.also))
    if change.sentence and change.example and change.name in DROPPED:  # the status question was in the sentence
        said += " " + text("review.ask_instead", example=change.example)
    return said


def _distinct(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """One change per kind of fault; the sentences with the same fault are named in it together (three boasts
    in one paragraph are one point, not three)."""
    seen, out = set(), []
    for change in changes:
        key = change.sentence or change.name
        if key in seen:
            continue
        seen.add(key)
        same = next((i for i, c in enumerate(out) if c.name == change.name), None)
        if same is None:
            out.append(change)
        elif change.sentence and out[same].sentence:
            out[same] = replace(out[same], also=out[same].also + (change.sentence,))
    return tuple(out)
