"""Review of the user's own draft: the follow-up e-mail, or what they plan to say when they call.

The guide tells job seekers to let a friend or family member judge the e-mail or what they plan to
say on the phone. The coach is that friend: `review_draft` checks a draft against the guide and
answers with what is good, at most three concrete changes and an improved version in the user's own
words where it can. Pure Python; no Rasa import.
"""

from coach.review.request import DraftKind, asks_to_write, draft_in_request, draft_kind
from coach.review.result import Review, review_draft

__all__ = ["DraftKind", "Review", "asks_to_write", "draft_in_request", "draft_kind", "review_draft"]
