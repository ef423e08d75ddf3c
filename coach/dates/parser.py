"""Danish temporal expressions: "i tirsdags", "om 14 dage", "fredag den 4. december kl. 13.30".

Pure Python on python-dateutil; no Rasa import.  `find_times` never raises.

Resolution conventions (relative to `today`):
* Words with their own tense win over the caller's direction: "i tirsdags",
  "sidste tirsdag", "for 3 dage siden", "i går" are PAST; "næste tirsdag",
  "om 14 dage", "i morgen" are FUTURE.
* "i tirsdags" / "sidste tirsdag": the most recent Tuesday strictly before today.
  "næste tirsdag" / "kommende tirsdag": the first Tuesday strictly after today.
  "tirsdag" / "på tirsdag" are neutral: PAST -> the most recent Tuesday on or
  before today (an interview can be today); FUTURE -> the first strictly after.
* "tirsdag i næste/sidste/denne uge": that weekday of that ISO week.
* "den 27.": PAST -> the most recent 27th on or before today, FUTURE -> the next
  on or after today, skipping months without that day.  "tirsdag den 27.":
  the nearest 27th in that direction that is a Tuesday, looking two months
  ahead or back; if none, the nearest 27th (`weekday` in the entity lets the
  coach see that the two disagree).  "i mandags d. 23." is one mention.
* "9. marts" without year: PAST -> on or before today, FUTURE -> on or after.
* "uge 3" without year: the nearest ISO week 3 in the direction; the current
  week counts either way.  Value = Monday, grain "week".
* "i weekenden": PAST -> the Saturday on or before today, FUTURE -> the Saturday
  on or after today; "sidste/næste weekend" strictly before/after.
* "i næste uge" / "i sidste uge" / "i denne uge": Monday of that week, grain week.
  "næste måned": the 1st, grain month.  "i marts": the 1st of the nearest March
  in the direction (the current month counts), grain month.
* "i slutningen af ugen" / "sidst på ugen": Friday of the week, grain day.
* Offsets ("om 14 dage", "for en uge siden", "om en måned") give a day, grain day;
  "et par" = 2; months and years use relativedelta.
* A bare time ("kl. 9") has today's date; a day and a time of the same moment
  ("onsdag kl. 9", "kl. 10 i morgen") are one mention.
* Days that never exist ("31. februar", "32/1", "29/2-2027", "uge 54") give a
  mention with problem "impossible_date" and value None.

* A part of a month or week is a period: `value` its first day, `last` its
  last ("først i/primo januar" the 1st-10th, "midt i/medio" the 11th-20th,
  "først i næste uge" Monday-Tuesday, "midt i næste uge" Tuesday-Thursday,
  "de næste 3 dage", "13-15 juli"); "sidst i/ultimo", "sidst på måneden",
  "inden jul" name the last day (grain "until"). coach.dates.entities reads a
  deadline as the period's last business day, an interview as its first day.
* Two-digit years are in the century nearest today ("31/10/74" is 1974).

Known gaps: years ("næste år"), seasons ("denne sommer"), "om nogle dage",
"halvanden uge", ranges of offsets ("om 8-10 dage", "kl. 14-15" gives 14:00), an
ordinal without a month ("den første"); "otte dage" is read literally, not as a week.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from coach.dates import patterns as pat
from coach.dates.calc import IMPOSSIBLE, Direction
from coach.dates.norm import Folded, fold_with_map

__all__ = ["Direction", "TimeMention", "DateParse", "find_times", "parse_date", "IMPOSSIBLE"]

_MAX_CHARS = 5000  # longer messages are cut: a chat turn is never this long


@dataclass(frozen=True)
class TimeMention:
    text: str
    start: int
    end: int
    value: date | None
    time: _dt.time | None
    grain: str
    tense: Direction | None
    problem: str | None = None
    clock_only: bool = False  # "kl. 9": a time with no day named
    last: date | None = None  # a period ("først i januar", "de næste 3 dage"): its last day; `value` its first


@dataclass(frozen=True)
class DateParse:
    mention: TimeMention | None

    @property
    def ok(self) -> bool:
        return self.mention is not None and self.mention.value is not None

    @property
    def impossible(self) -> bool:
        return self.mention is not None and self.mention.problem == IMPOSSIBLE


class _Cand(NamedTuple):
    start: int  # folded offsets
    end: int
    hit: pat.Hit


def _candidates(folded: Folded, today: date, direction: Direction) -> list[_Cand]:
    found: list[_Cand] = []
    text = folded.text
    for pattern, handler in pat.RULES:
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if pattern is pat.MONTH_NAME and _uses_typo(m, folded):
                continue
            try:
                hit = handler(m, today, direction)
            except (ValueError, OverflowError, KeyError):
                hit = None
            if hit is not None:
                found.append(_Cand(m.start(), m.end(), hit))
    return found


def _uses_typo(m, folded: Folded) -> bool:
    group = "mon" if m["mon"] else "mon2"
    return m.start(group) in folded.corrected


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then leftmost; drop overlaps; return in text order."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _is_day(c: _Cand) -> bool:
    return c.hit.grain == "day" and c.hit.time is None or (
        c.hit.problem is not None and c.hit.time is None)


def _is_clock(c: _Cand) -> bool:
    return c.hit.time is not None and c.hit.grain in ("hour", "minute")


def _with_time(day: _Cand, clock: pat.Hit, start: int, end: int) -> _Cand:
    return _Cand(start, end, day.hit._replace(time=clock.time, grain=clock.grain))


def _merge(cands: list[_Cand], text: str, today: date) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if _is_day(c) and nxt is not None and _is_clock(nxt) and _gap(pat.DATE_TIME_GAP, text, c.end, nxt.start):
            out.append(_with_time(c, nxt.hit, c.start, nxt.end))
            i += 2
            continue
        if _is_clock(c) and nxt is not None and _is_day(nxt) and _gap(pat.TIME_DATE_GAP, text, c.end, nxt.start):
            out.append(_with_time(nxt, c.hit, c.start, nxt.end))
            i += 2
            continue
        if nxt is not None and _said_exactly(c, nxt, text):
            out.append(_Cand(c.start, nxt.end, nxt.hit._replace(tense=c.hit.tense)))
            i += 2
            continue
        if _is_day(c):
            c = _bare_time(c, text, nxt.start if nxt else len(text))
            if _is_day(c) and nxt is not None and _is_clock(nxt) and _gap(pat.DATE_TIME_GAP, text, c.end, nxt.start):
                c, i = _with_time(c, nxt.hit, c.start, nxt.end), i + 1  # "onsdag 2.12 kl 10"
        out.append(c)
        i += 1
    return out


_SAME_DAY_NEAR = 10  # days: "for 2 uger siden" and the day that puts it exactly are one day said twice


def _said_exactly(c: _Cand, nxt: _Cand, text: str) -> bool:
    """'for 2 uger siden, torsdag d. 19. nov.' (a tester): a rough time ago, then the day exactly; one day, not
    two (the second was taken for the deadline)."""
    return pat.ABOUT_AGO.fullmatch(text, c.start, c.end) is not None and _gap(pat.RESTATED, text, c.end, nxt.start) \
        and _is_day(nxt) and any(ch.isdigit() for ch in text[nxt.start:nxt.end]) \
        and c.hit.value is not None and nxt.hit.value is not None \
        and abs((c.hit.value - nxt.hit.value).days) <= _SAME_DAY_NEAR


def _gap(pattern, text: str, start: int, end: int) -> bool:
    return pattern.fullmatch(text, start, end) is not None


def _bare_time(c: _Cand, text: str, limit: int) -> _Cand:
    m = pat.BARE_TIME.match(text, c.end, limit)
    if not m:
        return c
    dated = _weekday_dated(c, text, int(m["h"]), int(m["mi"]))
    if dated is not None:  # "onsdag 2.12" (a tester's script said "kl. 2.12"): the Wednesday's day and month
        return _bare_time(_Cand(c.start, m.end(), c.hit._replace(value=dated)), text, limit)
    t = pat.make_time(int(m["h"]), int(m["mi"]))
    if t is None:
        return c
    return _Cand(c.start, m.end(), c.hit._replace(time=t, grain="hour" if t.minute == 0 else "minute"))


def _weekday_dated(c: _Cand, text: str, day: int, month: int) -> date | None:
    """The date "D.M" names after a weekday said without one, when that date falls on the weekday."""
    value = c.hit.value
    if value is None or any(ch.isdigit() for ch in text[c.start:c.end]) or not 1 <= month <= 12:
        return None
    for year in (value.year, value.year - 1, value.year + 1):
        try:
            said = date(year, month, day)
        except ValueError:
            continue
        if said.weekday() == value.weekday() and abs((said - value).days) < 200:
            return said
    return None


def _find(text: str, today: date, direction: Direction) -> list[tuple[TimeMention, bool]]:
    """Mentions paired with whether they are a bare clock time ("kl. 9")."""
    text = text[:_MAX_CHARS]
    folded = fold_with_map(text)
    cands = _merge(_select(_candidates(folded, today, direction)), folded.text, today)
    mentions = []
    for c in cands:
        start, end = folded.span(c.start, c.end)
        h = c.hit
        mentions.append((TimeMention(text[start:end], start, end, h.value, h.time,
                                     h.grain or "day", h.tense, h.problem, h.clock_only, h.last), h.clock_only))
    return mentions


def find_times(text: str, today: date, direction: Direction = Direction.FUTURE) -> list[TimeMention]:
    """All time expressions in `text`, left to right, never overlapping, never raising.

    A date and a time of the same moment ("onsdag kl. 9") are one mention."""
    return [m for m, _ in _safe_find(text, today, direction)]


def _safe_find(text: str, today: date, direction: Direction) -> list[tuple[TimeMention, bool]]:
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text, today, Direction(direction))
    except Exception:  # pragma: no cover - last line of defence for a chat bot
        return []


def is_period(mention: TimeMention) -> bool:
    """A week, a month, a part of one or a stretch of days ("i næste uge", "først i januar", "inden jul")."""
    return mention.last is not None or mention.grain in ("week", "month", pat.UNTIL)


def parse_date(text: str, today: date, direction: Direction) -> DateParse:
    """The date the text names: the first mention that names a day (a period only when no day is
    named: "inden nytår, altså på torsdag" is the Thursday; a bare time like "kl. 9" only counts when
    nothing else does), else the first impossible one."""
    found = _safe_find(text, today, direction)
    for wanted in (lambda m, clock: m.value is not None and not clock and not is_period(m),
                   lambda m, clock: m.value is not None and not clock,
                   lambda m, clock: m.value is not None,
                   lambda m, clock: m.problem is not None):
        for m, clock in found:
            if wanted(m, clock):
                return DateParse(m)
    return DateParse(None)
