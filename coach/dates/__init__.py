"""Danish temporal expressions: days ('i tirsdags', 'd. 20/11', 'om 14 dage'), clock times, entities.

`parser` finds and resolves mentions; `calc` does the calendar arithmetic, `norm` folds the text,
`patterns` holds the regex rules, `entities` turns mentions into Duckling-style entities and
`time_of_day` reads a reminder time ('kl. 14', 'om eftermiddagen').
"""

from coach.dates.calc import Direction
from coach.dates.parser import DateParse, TimeMention, find_times, parse_date

__all__ = ["DateParse", "Direction", "TimeMention", "find_times", "parse_date"]
