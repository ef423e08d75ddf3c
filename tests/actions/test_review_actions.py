"""The draft review's actions: asking for the draft, reading it, and leaving the case as it was."""

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.questions import ActionExplainQuestion
from actions.review import ActionRequestDraftReview, ValidateDraftReviewForm
from coach.texts import text
from tests.actions.conftest import COMPLETE, make_tracker, slot_events, texts

DRAFT = ("Emne: Re: Jobsamtale onsdag den 25. november kl. 9\n\nKære Mette,\n\nTak for samtalen om stillingen som "
         "kontorchef. Jeg forventer et svar senest i morgen.\n\nMed venlig hilsen\nOle Jensen")


def run(action, dispatcher, tracker):
    return asyncio.run(action.run(dispatcher, tracker, {}))


def test_the_request_asks_for_the_draft_and_waits(dispatcher):
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker("kan du læse min mail?", slots=COMPLETE))
    assert "Sæt din mail ind i næste besked" in texts(dispatcher)
    assert slot_events(events) == {"draft_kind": "email", "draft_text": None, "draft_waiting": True}


def test_a_draft_with_the_request_is_reviewed_at_once(dispatcher):
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker("kan du læse min mail?\n\n" + DRAFT,
                                                                      slots=COMPLETE))
    # "Jeg forventer et svar senest i morgen." is a bare demand: named as one, in a sharp tone
    assert "Jeg har læst din mail." in texts(dispatcher) and "stiller krav" in texts(dispatcher)
    assert slot_events(events)["draft_waiting"] is False
    assert slot_events(events)["review_remarks"][0] == "harsh"


def test_a_draft_read_before_the_channel_is_told_is_the_channel_and_social_media_gets_c4(dispatcher):
    """s43c: after a mail was read, "ringe eller mail?"; "… til hende på LinkedIn, er det her ok?" was reviewed with no
    word that LinkedIn is the wrong way (C4)."""
    slots = {**COMPLETE, "contact_channel": None}
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker("kan du læse min mail?\n\n" + DRAFT, slots=slots))
    assert slot_events(events)["contact_channel"] == "email"
    asked = CollectingDispatcher()
    request = "Jeg tænkte at skrive det her til hende på LinkedIn, er det her ok?\n\n"
    run(ActionRequestDraftReview(), asked, make_tracker(request + DRAFT, slots=COMPLETE))
    assert texts(asked).startswith(text("advice.mail_form.social_media"))


def test_which_mail_to_send_after_a_review_is_answered_not_reviewed(dispatcher):
    """s43c: "hm, men du sagde jo at min egen mail var fin? skal jeg så sende din eller min? og du har fjernet Vestjysk
    VVS og kl 10" was reviewed as a mail, and put into the improved one."""
    said = ("hm, men du sagde jo at min egen mail var fin? skal jeg så sende din eller min? og du har fjernet Vestjysk "
            "VVS og kl 10")
    slots = {**COMPLETE, "draft_text": DRAFT, "review_remarks": []}
    run(ActionRequestDraftReview(), dispatcher, make_tracker(said, "request_draft_review", slots))
    assert texts(dispatcher) == text("review.send_yours_as_is") + " " + text("review.send_on",
                                                                             day="tirsdag den 8. december")


def test_why_after_a_review_gets_the_reason_of_its_remark(dispatcher):
    """s38b: "hvorfor skal jeg tage den sætning ud?" after a review got the question for the channel."""
    said = "hvorfor skal jeg tage den sætning ud?"
    before = [{"event": "user", "text": "kan du læse min mail?\n\n" + DRAFT},
              {"event": "bot", "text": "Jeg har læst din mail.\n\nDet ville jeg ændre: …"},
              {"event": "user", "text": said}]
    slots = {**COMPLETE, "review_remarks": ["harsh", "offer"], "draft_kind": "email"}
    run(ActionExplainQuestion(), dispatcher, make_tracker(said, "ask_meaning", slots=slots, events=before))
    assert texts(dispatcher).startswith(text("review.why.pressure"))
    later = CollectingDispatcher()  # four messages on, the same words ask what the coach's question means
    others = [{"event": "user", "text": "ok"}, {"event": "bot", "text": "Godt."}] * 4
    run(ActionExplainQuestion(), later, make_tracker(said, "ask_meaning", slots=slots,
                                                     events=before[:2] + others + before[2:]))
    assert text("review.why.pressure") not in texts(later)


def test_a_mail_pasted_just_before_the_request_is_the_one_reviewed(dispatcher):
    """A tester pasted their mail first, then asked "kan du læse min mail?" and was asked to paste it."""
    own = DRAFT.replace("Jeg forventer et svar senest i morgen.", "Jeg har ikke hørt fra jer endnu.")
    pasted = [{"event": "user", "text": own}, {"event": "bot", "text": "Vil du ringe eller skrive en mail?"}]
    tracker = make_tracker("kan du læse min mail?", slots=COMPLETE, events=pasted + [{"event": "user", "text": "x"}])
    events = run(ActionRequestDraftReview(), dispatcher, tracker)
    assert "Jeg har læst din mail." in texts(dispatcher) and slot_events(events)["draft_waiting"] is False
    asked = CollectingDispatcher()  # a message of the employer's before it is no draft of the user's
    theirs = [{"event": "user", "text": "Kære Ole\n\nTak for din ansøgning. Vi vender tilbage.\n\nMvh\nMette"}]
    run(ActionRequestDraftReview(), asked, make_tracker("kan du læse min mail?", slots=COMPLETE,
                                                        events=theirs + [{"event": "user", "text": "x"}]))
    assert "Sæt din mail ind i næste besked" in texts(asked)


def test_a_mail_pasted_alone_is_reviewed_whole_with_its_subject(dispatcher):
    own = DRAFT.replace("Jeg forventer et svar senest i morgen.", "Jeg har ikke hørt fra jer endnu.")
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker(own, "request_draft_review", slots=COMPLETE))
    assert "Jeg har læst din mail." in texts(dispatcher) and "Emnelinjen nævner samtalen" in texts(dispatcher)
    assert slot_events(events)["draft_waiting"] is False


def test_the_draft_s_facts_are_put_back_as_they_were(dispatcher):
    before = [{"event": "slot", "name": name, "value": value} for name, value in COMPLETE.items()]
    later = [{"event": "user", "text": DRAFT}, {"event": "slot", "name": "contact_name", "value": "Hanne"}]
    tracker = make_tracker(DRAFT, slots={**COMPLETE, "contact_name": "Hanne", "draft_kind": "email"},
                           active_loop="draft_review_form", events=before + later)
    result = ValidateDraftReviewForm().validate_draft_text(DRAFT, dispatcher, tracker, {})
    assert result["contact_name"] == "Mette Hansen" and result["draft_waiting"] is False
    assert "Jeg har læst din mail." in texts(dispatcher)


def test_what_the_mail_states_fills_a_case_that_lacks_it_and_replaces_nothing(dispatcher):
    """s30b: a mail with the day, the role, the contact, the name and the number in it was reviewed; "lav en kort mail"
    then asked for each of them again, and wrote "[kontaktpersonens navn]" and "[dit fulde navn]"."""
    own = ("Emne: Re: Jobsamtale onsdag den 25. november – bogholder\n\nKære Birgitte Holm\n\n"
           "Tak for en god samtale.\n\nJeg skriver for at høre, hvor langt I er kommet.\n\n"
           "Med venlig hilsen\nPoul Erik Andersen\n40 18 92 36")
    waiting = {"draft_kind": "email", "draft_waiting": True}
    tracker = make_tracker(own, slots=waiting, active_loop="draft_review_form", events=[{"event": "user", "text": own}])
    result = ValidateDraftReviewForm().validate_draft_text(own, dispatcher, tracker, {})
    assert {k: result.get(k) for k in ("interview_date", "role", "contact_name", "user_name", "user_phone")} == {
        "interview_date": "2026-11-25", "role": "bogholder", "contact_name": "Birgitte Holm",
        "user_name": "Poul Erik Andersen", "user_phone": "40 18 92 36"}
    known = {**COMPLETE, **waiting}
    before = [{"event": "slot", "name": name, "value": value} for name, value in known.items()]
    tracker = make_tracker(own, slots=known, active_loop="draft_review_form",
                           events=before + [{"event": "user", "text": own}])
    result = ValidateDraftReviewForm().validate_draft_text(own, CollectingDispatcher(), tracker, {})
    assert result.get("role", "kontorchef") == "kontorchef" and result.get("contact_name", "Mette Hansen") == \
        "Mette Hansen" and result["user_phone"] == "40 18 92 36"


def test_glem_det_cancels(dispatcher):
    tracker = make_tracker("glem det", slots=COMPLETE, active_loop="draft_review_form")
    result = ValidateDraftReviewForm().validate_draft_text("glem det", dispatcher, tracker, {})
    assert "så læser jeg ikke noget nu" in texts(dispatcher) and result["draft_waiting"] is False



def test_the_request_that_starts_the_form_is_not_read_as_a_too_short_draft(dispatcher):
    """First message of a conversation: no form is active, so the form reads the request on activation."""
    said = "kan du læse min mail?"
    events = [{"event": "user", "text": said}, {"event": "action", "name": "action_request_draft_review"}]
    tracker = make_tracker(said, intent="request_draft_review", slots=COMPLETE, active_loop="draft_review_form",
                           events=events)
    result = ValidateDraftReviewForm().validate_draft_text(said, dispatcher, tracker, {})
    assert result["draft_text"] is None and not texts(dispatcher)
    later = make_tracker(said, intent="request_draft_review", slots=COMPLETE, active_loop="draft_review_form",
                         events=events + [{"event": "user", "text": said}])
    ValidateDraftReviewForm().validate_draft_text(said, dispatcher, later, {})
    assert "Det var ikke meget at læse" in texts(dispatcher)  # asked again when waiting: a reply, not silence


def test_a_question_while_a_draft_is_awaited_is_answered_not_reviewed(dispatcher):
    """s41: "hvad hvis han ikke tager den?" was reviewed as a call opening ("det lyder som et krav")."""
    said = "hvad hvis han ikke tager den?"
    tracker = make_tracker(said, slots={**COMPLETE, "contact_channel": "telefon"}, active_loop="draft_review_form")
    result = ValidateDraftReviewForm().validate_draft_text(said, dispatcher, tracker, {})
    assert result["draft_waiting"] is False and text("review.question_instead") in texts(dispatcher)
    assert text("review.intro.call") not in texts(dispatcher) and "besked" in texts(dispatcher)


@pytest.mark.parametrize("said, reply", [
    ("nej glem det. mail", "review.cancelled"),
    ("han sagde de ringer inden fredag", "review.not_a_draft"),
    # s35a: reviewed as drafts, and the sentence put into the improved mail
    ("Og mit nummer er 40 11 22 33", "review.not_a_draft"),
    ("og jobbet hedder social- og sundhedshjaelper, ikke bare social", "review.not_a_draft"),
    ("kan du ogsaa rette stavefejlene? jeg har ikke æøå paa min computer saa jeg skriver ae oe aa",
     "advice.mail_edits.by_hand"),
    ("jeg har ikke sendt noget endnu!! og samtalen var MANDAG d 30 november ikke onsdag", "review.not_a_draft"),
])
def test_an_answer_while_a_draft_is_awaited_is_no_draft(dispatcher, said, reply):
    """A tester: "nej glem det. mail" got "Det var ikke meget at læse", and "han sagde de ringer inden fredag" was
    reviewed as a mail ("Tag … ud – det stiller krav")."""
    tracker = make_tracker(said, slots=COMPLETE, active_loop="draft_review_form")
    result = ValidateDraftReviewForm().validate_draft_text(said, dispatcher, tracker, {})
    assert result["draft_waiting"] is False and texts(dispatcher) == text(reply)


def test_the_line_that_brings_the_draft_in_its_own_message_is_no_part_of_it(dispatcher):
    """A tester asked "kan du læse min mail?", then sent "her er den:" over a good mail: told to add the subject line
    and the greeting it had."""
    draft = ("her er den:\n\nEmne: Opfølgning på jobsamtale onsdag den 25. november – kontorchef\n\nKære Mette,\n\n"
             "Tak for en god samtale om stillingen som kontorchef. Jeg vil høre, hvor langt I er nået, og hvornår jeg "
             "kan regne med at høre fra jer.\n\nJeg svarer gerne på spørgsmål.\n\nMed venlig hilsen\nOle Jensen")
    tracker = make_tracker(draft, slots=COMPLETE, active_loop="draft_review_form")
    ValidateDraftReviewForm().validate_draft_text(draft, dispatcher, tracker, {})
    assert "emnelinje" not in texts(dispatcher) and "Start med at hilse" not in texts(dispatcher)


def test_the_number_under_a_pasted_mail_stays_in_the_improved_version(dispatcher):
    """s35a: "Tlf. 22 41 87 19" under the user's own mail was gone from the improved version (the NLU's reading
    blanks a pasted mail's numbers); "hvor blev mit telefonnummer af?" then went unanswered."""
    from coach.applications import as_read
    draft = ("Emne: Opfølgning på jobsamtale mandag den 23. november – kontorchef\n\nKære Mette Hansen\n\n"
             "Tak for en god samtale om stillingen som kontorchef. Jeg ville høre, om der er nyt, og hvornår jeg kan "
             "regne med at høre fra jer.\n\nDu er velkommen til at kontakte mig, hvis du har spørgsmål.\n\n"
             "Med venlig hilsen\nOle Jensen\nTlf. 22 41 87 19")
    assert "22 41 87 19" not in as_read(draft)  # what the NLU passes on
    events = [{"event": "user", "text": "kan du læse min mail?"}, {"event": "user", "text": draft}]
    tracker = make_tracker(as_read(draft), slots=COMPLETE, active_loop="draft_review_form", events=events)
    ValidateDraftReviewForm().validate_draft_text(as_read(draft), dispatcher, tracker, {})
    assert texts(dispatcher).rstrip().endswith("Ole Jensen\nTlf. 22 41 87 19")


def test_a_no_told_with_the_request_is_recorded_and_the_reply_to_it_is_asked_for(dispatcher):
    """A tester: "Jeg har nu talt med Peter. De har valgt en intern kandidat. … Kan du læse min besked?" got the plan
    again, with a mail asking how far they were."""
    said = ("Jeg har nu talt med Peter. De har valgt en intern kandidat. Jeg er ret skuffet. Jeg vil gerne skrive til "
            "ham på LinkedIn og bede om feedback. Kan du læse min besked?")
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker(said, "request_draft_review", slots=COMPLETE))
    assert slot_events(events)["application_closed"] is True and slot_events(events)["draft_waiting"] is True
    assert "svar på et nej" in texts(dispatcher) and "hvor langt" not in texts(dispatcher)


def test_the_story_before_a_pasted_draft_is_kept_after_the_review(dispatcher):
    """The facts a tester told before her pasted mail were read for the review and then put back as before: the
    draft's facts are not the case's, the story's are."""
    said = ("Jeg var til samtale som chauffør onsdag d. 18. november, og formanden Preben Holm sagde de ville give "
            "besked inden udgangen af november. Min datter har skrevet nedenstående, kan du se om den er i orden:\n\n"
            + DRAFT)
    events = [{"event": "user", "text": said}, {"event": "slot", "name": "interview_date", "value": "2026-11-18"}]
    tracker = make_tracker(said, "request_draft_review", slots={**COMPLETE, "interview_date": "2026-11-18"},
                           events=events)
    found = slot_events(run(ActionRequestDraftReview(), dispatcher, tracker))
    assert "Jeg har læst din mail." in texts(dispatcher) and "interview_date" not in found
    assert "onsdag den 18. november" in texts(dispatcher)  # the draft's day is judged against the story's


def test_the_improved_version_asked_for_again_is_shown_again(dispatcher):
    """s39b: "kan du vise den forbedrede version igen?" got "Det kan jeg desværre ikke hjælpe med"."""
    slots = {**COMPLETE, "draft_text": DRAFT, "draft_kind": "email"}
    events = run(ActionRequestDraftReview(), dispatcher, make_tracker("kan du vise den forbedrede version igen?",
                                                                      "request_draft_review", slots=slots))
    shown = texts(dispatcher)
    assert shown.startswith(text("review.improved_heading.email")) and "Jeg forventer et svar" not in shown
    assert "Kære Mette," in shown and slot_events(events) == {"draft_waiting": False}
