"""Facts in the user's own words, read from every message whatever its intent.

The NLU finds entities; these readers decide what they mean for the case (interview day or answer
deadline, "ingen frist", a follow-up made, a bare answer to a question). One module per fact:
`followups`, `topics` (which fact a date is about), `answers` (the employer's answer day), `channel`,
`employers`, `titles`, `names`; `text` and `cues` are what they share.
"""

from coach.facts.answers import (  # noqa: F401
    date_taken_back,
    employer_left_unsaid,
    promised_without_day,
    remembered_after_all,
    says_no_deadline,
    tells_news,
    unsure,
)
from coach.facts.channel import (  # noqa: F401
    change_of_mind_at,
    channel_intended,
    channel_left,
    channel_preference,
    opening_channel,
    opens_with_a_channel,
    parse_channel,
    ruled_out_channels,
)
from coach.facts.employers import (  # noqa: F401
    clean_company,
    company_corrected,
    company_said,
    employer_after,
)
from coach.facts.followups import (  # noqa: F401
    another_said,
    answer_reported,
    answered_follow_up,
    answered_not_decided,
    answered_with_a_day,
    attempt_channel,
    attempts_reported,
    count_asked,
    count_corrected,
    count_restated,
    employer_calling,
    following_up_now,
    interview_just_now,
    job_offered,
    last_attempt_after,
    last_attempt_said,
    no_answer_told,
    no_follow_up_made,
    not_decided_told,
    one_more_said,
    only_a_message_left,
    reached_contact,
    recounts_attempts,
    rejection_denied,
    rejection_medium,
    rejection_news,
    rejection_reported,
    rejection_told,
    sounded_cold_only,
    speaks_of_last_time,
    stepping_away,
    times_said,
    told_unanswered,
    voicemail_left,
    withdrawal_told,
)
from coach.facts.names import (  # noqa: F401
    called_in,
    clean_person_name,
    handover_told,
    in_full_before,
    names_said,
    one_person,
    only_a_name,
    same_person,
    with_surname,
    without_names,
)
from coach.facts.text import (  # noqa: F401
    is_correction,
    respelled,
    week_moved,
    weekday_swapped,
    year_said,
)
from coach.facts.titles import (  # noqa: F401
    about_the_job,
    an_errand,
    bare_title,
    clean_role,
    corrected_title,
    kind_of_place,
    looks_like_a_title,
    not_a_title,
    refined_title,
    role_said,
    split_role_answer,
    title_then_place,
    whole_title,
)
from coach.facts.topics import (  # noqa: F401
    ATTEMPT,
    DEADLINE,
    INTERVIEW,
    OTHER,
    approximate,
    date_topic,
    day_not_set,
    first_round,
    interview_ahead,
    interview_ahead_without_day,
    interview_told_done,
    reported_speech,
)
