"""Destructive requests need the words (or a button), not only the NLU's intent."""

import pytest

from coach.requests import (
    asks_about_thanks,
    asks_about_voicemail,
    asks_for_a_recommendation,
    asks_for_review,
    asks_to_cancel_reminders,
    asks_to_leave,
    asks_to_rehearse,
    asks_to_start_over,
    lets_practise,
    mail_edits_asked,
    takes_a_break,
    wants_own_draft_read,
    wants_to_practise_the_call,
    what_if_asked,
)


@pytest.mark.parametrize("said, meant", [
    ("start forfra", True), ("kan vi begynde helt på ny?", True), ("glem det hele", True), ("/start_over", True),
    ("kom lige hjem fra jobsamtale", False), ("han sagde de vender tilbage først i januar", False),
    # a tester's question about it wiped her plan
    ("men mister jeg så planen for Lone hvis jeg starter forfra?", False),
    ("hvad sker der med det jeg har skrevet hvis vi tager den forfra", False),
])
def test_start_over_only_when_said(said, meant):
    assert asks_to_start_over(said) is meant


@pytest.mark.parametrize("said, meant", [
    ("stop påmindelserne", True), ("jeg vil ikke mindes mere", True), ("slet min reminder", True),
    ("/cancel_reminder", True), ("kan du rykke påmindelsen", False), ("mind mig i morgen i stedet", False),
])
def test_cancel_reminders_only_when_said(said, meant):
    assert asks_to_cancel_reminders(said) is meant


@pytest.mark.parametrize("said, meant", [("stop", True), ("glem det", True), ("Stop nu!", True),
                                         ("hold op", True), ("jeg gider ikke mere", True), ("ikke nu", True),
                                         ("stop med at spørge om datoen, det var i tirsdags", False),
                                         ("ikke nu, jeg ringer i morgen", False), ("hold op hvor er det svært", False)])
def test_leaving_the_questions_is_the_whole_message(said, meant):
    assert asks_to_leave(said) is meant


@pytest.mark.parametrize("said, meant", [("vi tager det senere", True), ("gider ikke mere nu", True),
                                         ("stop", False), ("ikke nu", False),
                                         ("vi tager det senere med lønnen", False)])
def test_a_break_is_a_goodbye_for_now_but_not_the_words_reminders_know(said, meant):
    """s43a: "vi tager det senere" and "gider ikke mere nu" after the plan got "Undskyld, det forstod jeg ikke helt"."""
    assert takes_a_break(said) is meant


@pytest.mark.parametrize("said, meant", [
    ("kan vi øve opkaldet", True), ("lad os lave en prøveopringning", True), ("jeg vil gerne prøve opkaldet af", True),
    ("ok tak, jeg prøver lige nu", False),  # the real call, now
    ("jeg vil gerne ringe denne gang", False),
    ("ok jeg ringer igen nu", False), ("kan vi tage den igen?", True),  # the next real call; one more round
])
def test_rehearsal_only_when_asked_for(said, meant):
    assert asks_to_rehearse(said) is meant


@pytest.mark.parametrize("said, meant", [
    ("kan du læse min mail?", True), ("min datter har hjulpet mig med en mail, kan du se den igennem", True),
    ("mail. min mor vil gerne læse den først lol", False),  # someone else reads it
    ("vent lige, skal lige hente min søn, er tilbage om lidt", False),  # no words of a review at all
    ("er det her for uformelt: hej hej, hvordan går det med jobbet", True),
    ("Mail, det er sådan vi har skrevet hele vejen", False),  # AE014: the answer to "ringe eller mail?"
    ("Mail. Kan du tjekke den jeg har skrevet?", True),
    # names for the coach's own mail are no draft of the user's (newcomer trial, eighteenth session)
    ("kan du skrive den til Ole Strand? og min signatur er Karim Haddad", False),
    ("kan du læse min mail til Ole Strand?", True),
    ("Jeg har skrevet tre gange: den 6. maj og den 28. maj, uden at få svar. Bør jeg skrive igen?", False),  # AL044
    # the channel, told or asked about, is no draft (E022: the retrained classifier guessed a review)
    ("mail har jeg brugt hele tiden", False), ("Skal jeg skrive direkte til ham eller til HR?", False),
    ("er det her min mail ok? hej Lone, tak for sidst", True),
])
def test_a_review_only_when_the_coach_is_asked(said, meant):
    assert asks_for_review(said) is meant


@pytest.mark.parametrize("said, meant", [
    ("skal jeg lægge en besked næste gang?", True), ("må man godt lægge besked på telefonsvareren?", True),
    ("hvad skal jeg sige hvis det går på voicemail", True),
    ("ringede i går, fik telefonsvarer, skal jeg prøve igen?", False),  # a call made: the report is read
    ("telefonsvarer igen.", False), ("skal jeg ringe igen?", False),
    ("hvad siger jeg på en voicemail", True), ("laegger man en besked paa telefonsvareren eller hvad", True),
    ("kan du læse min besked til telefonsvareren?", False),  # a review of it
])
def test_a_question_about_the_answering_machine(said, meant):
    assert asks_about_voicemail(said) is meant


@pytest.mark.parametrize("said, branch", [
    ("hvad hvis han siger de har valgt en anden?", "rejected"), ("hvad gør jeg hvis de siger nej", "rejected"),
    ("hvis jeg ikke får jobbet, skal jeg så spørge om feedback?", "rejected"),
    ("hvis hun siger at de ikke har besluttet sig endnu, hvad så?", "not_decided"),
    ("ok og hvis hun siger de ikke har besluttet sig endnu, hvad siger jeg så", "not_decided"),  # AP001
    ("skal jeg lægge en besked?", "voicemail"),
    ("hvad hvis han ikke tager den?", "voicemail"), ("og hvad siger jeg hvis hun ikke tager den?", "voicemail"),
    ("skal jeg også ringe hvis han ikke svarer på mail?", "no_answer"),  # newcomer trial
    ("og hvis hun ikke ringer tilbage inden jul?", "no_answer"),
    ("Hvornår skal jeg så ringe igen hvis jeg ikke hører noget?", "no_answer"),
    ("har sendt mailen nu 👍 hvad gør jeg hvis de ikke svarer?", None),  # a follow-up made: the report is read
    ("jeg vil helst ringe selv hvis jeg ikke hører noget", None),  # no question
    ("de har valgt en anden, hvad skriver jeg?", None),  # the no came: a request for the reply
    ("jeg ringer hvis de ikke svarer", None),  # no question
    ("hvis de siger nej, kan du så læse min mail til dem?", None),  # a review
    # testers: another employer's offer ended the reminders as an answer, or became this employer's new day
    ("hvad hvis jeg har fået et andet jobtilbud?", "other_offer"),
    ("fået et andet jobtilbud fra Cowi og skal svare dem på onsdag", "other_offer"),
    ("jeg har fået et tilbud fra dem!", None),  # this job offered
    ("Og hvis hun ikke er der?", "voicemail"),  # s34b: "Har de sagt nej til dig?"
])
def test_what_may_happen_in_the_follow_up_asked_before_it_happens(said, branch):
    assert what_if_asked(said) == branch


@pytest.mark.parametrize("said", [
    "vent, jeg har lige kigget i mine noter",  # AP040: then the answer day, read as a fact
    "vent, jeg kiggede lige i min kalender, det var tirsdag d. 21. og ikke mandag d. 20.",
])
def test_the_user_looking_something_up_asks_no_review(said):
    assert not asks_for_review(said)


@pytest.mark.parametrize("said, meant", [
    ("hej, jeg var til samtale i tirsdags som lagerarbejder hos Bilka, og jeg har skrevet en mail som jeg gerne vil "
     "have du læser igennem", True),
    ("Jeg har skrevet et udkast, som jeg gerne vil have Dem til at læse.", True),
    ("jeg har skrevet til dem i mandags", False),
    ("jeg har skrevet en mail til dem, som de forhåbentlig læser", False),
])
def test_a_wish_to_have_ones_own_mail_read_inside_a_message_of_facts(said, meant):
    """Testers asked for their own mail to be read in the message that told the interview; the plan came, and the
    request was lost."""
    assert wants_own_draft_read(said) is meant


def test_a_sigh_is_no_wish_to_practise():
    """A tester's "øv. sofie har lige skrevet at de har valgt en anden kandidat" started the role-play."""
    said = "øv. sofie har lige skrevet at de har valgt en anden kandidat. så det blev et nej"
    assert not asks_to_rehearse(said) and asks_to_rehearse("øv opkaldet")


@pytest.mark.parametrize("said, edits", [
    ("kan du gøre den kortere?", ("shorter",)),
    ("og må jeg få den lidt kortere", ("shorter",)),
    ("skriv Hej i stedet for Kære", ("informal",)),
    ('ok. kan du ændre "Kære Anne Kjær," til "Hej Anne"?', ("informal",)),
    ("kan mailen starte med 'Hej Henrik'", ("informal",)),
    ("den er stadig Kære??", ("informal",)),
    ("skal jeg skrive kære eller hej?", ()),  # a question about the form, answered as one
    ("jeg var der kortere tid end de andre", ()),
    # s30b: changes the user makes best in their own words; a fact told is no change of the mail
    ("og tilføj at jeg gerne sender mine referencer hvis de vil have dem", ("by_hand",)),
    ("tag takken ud, jeg har allerede sendt en takkemail", ("by_hand",)),
    ("kan du skrive din version med De og Dem?", ("by_hand",)),
    ("gør mailen mere formel", ("by_hand",)),
    ("tilføj at jeg har ringet i går", ()), ("tilføj mit nummer 22 33 44 55", ()), ("tilføj en påmindelse", ()),
    # s31a: "Undskyld, det forstod jeg ikke helt", and "Vil du starte helt forfra"
    ("Kan du tilføje en sætning om at jeg kan starte 1. januar?", ("by_hand",)),
    ("så start med Kære Lars igen", ("formal",)), ("skriv Kære i stedet for Hej", ("formal",)),
    ("jeg tager imod tilbuddet!", ()),  # news of a job offer, no change of the mail
    # s32b: the coach's introduction, and the same mail sent back without a word
    ("nice. kan den også blive kortere?", ("shorter",)), ("kortere tak", ("shorter",)),
    ("kan du få med at det er på Bispebjerg Hospital, hjerteafdelingen?", ("by_hand",)),
    ("og kan du skrive Netcompany ind et sted", ("by_hand",)),
    ("du har ikke ændret noget? jeg vil have at hospitalet står i mailen", ("by_hand",)),
    ("hvad står der i mailen om samtalen?", ()),
    ("kan den blive kortere og med Hej? det er min chef", ("informal", "shorter")),  # s33d: "Kære Søren" stayed
    # s36b: made less formal still ("Hej Jens,")
    ("Jeg synes dog, at tonen er lidt for uformel. Kan mailen gøres mere formel?", ("formal", "by_hand")),
    ("gør den mere uformel", ("informal",)),
    # s41: read as a request to read the user's own draft, and the next question reviewed as the opening
    ("kan det være lidt mere uformelt?", ("informal",)), ("den er for uformelt skrevet", ("formal",)),
    ("kan du lave manuskriptet kortere?", ("shorter",)), ("kan manuskriptet blive kortere?", ("shorter",)),
    # s41c: read as a request to forget everything, and the reply to a no refused
    ("kan du fjerne det sidste stykke", ("no_feedback", "by_hand")),
    ("kan du lave den uden spørgsmålet om feedback? og lidt kortere", ("shorter", "no_feedback")),
])
def test_changes_asked_of_the_coachs_mail(said, edits):
    """Testers asking for a shorter mail or "Hej" got a restart, "Hvor godt, at du har fået svar!" (the reminders
    stopped) or "Det kan jeg desværre ikke hjælpe med"."""
    assert mail_edits_asked(said) == edits


def test_another_round_with_a_no_asks_to_practise_not_to_record_a_no():
    """A tester's "en gang til, men hvor jeg får et nej" after a round closed the application."""
    assert lets_practise("en gang til, men hvor jeg får et nej")
    assert lets_practise("en gang til med telefonsvareren")
    assert not lets_practise("jeg har ringet en gang til og hun sagde nej")
    assert lets_practise("kan jeg øve at lægge en besked på telefonsvareren?")  # s35b: the advice on it came
    assert not lets_practise("hvad skal jeg sige hvis jeg får telefonsvareren?")


def test_what_the_user_wrote_for_the_machine_and_asks_to_have_read_is_a_request_for_a_review():
    """A tester: "… så jeg har skrevet en besked til telefonsvareren. Vil De læse den?" got the plan, not a review."""
    assert asks_for_review("Jeg vil helst ringe. Men jeg er bange for at han ikke tager telefonen, så jeg har "
                           "skrevet en besked til telefonsvareren. Vil De læse den?")


@pytest.mark.parametrize("said", [
    "Jeg ringer. Jeg har skrevet hvad jeg vil sige hvis jeg får hans telefonsvarer:",
    "Jeg har nu talt med Peter. De har valgt en intern kandidat. Jeg er ret skuffet. Jeg vil gerne skrive til ham på "
    "LinkedIn bagefter og bede om feedback. Kan du læse min besked?"])
def test_a_request_to_read_after_a_story_or_before_the_text_is_heard(said):
    """Testers got the plan again instead of a review."""
    assert asks_for_review(said)


def test_i_oevrigt_is_no_wish_to_practise():
    """Newcomer trial: "hun sagde i øvrigt at de melder ud efter juleferien" got "Det øver vi gerne"."""
    assert not wants_to_practise_the_call("hun sagde i øvrigt at de melder ud efter juleferien")
    assert wants_to_practise_the_call("kan vi øve opkaldet?")


@pytest.mark.parametrize("said, asks", [
    ("Hvad anbefaler du?", True), ("Jeg spurgte hvad DU anbefaler. Jeg har både hendes telefonnummer og mail", True),
    ("ok. hvad er bedst? my danish is not so good", True), ("what do you recommend?", True),
    ("hvad synes du om mailen?", False), ("hvad anbefaler du? jeg tænker mail", False),
    ("Hvad synes du?", True), ("hvad er bedst, ringe eller skrive?", True),  # s35c: the question again
    ("Hvad ville du selv gøre? Ringe måske?", True),  # s36b
])
def test_a_wish_for_advice_is_told_from_a_choice(said, asks):
    """s32c: "Hvad anbefaler du?" at "ringe eller mail?" got "Skriv „ringe“ eller „mail“"; then "Jeg spurgte hvad DU
    anbefaler. Jeg har både hendes telefonnummer og mail" chose mail without a word."""
    assert asks_for_a_recommendation(said) is asks



@pytest.mark.parametrize("said, asked", [
    # s35d: at the end of a long story, in a sentence of its own (the follow-up mail came instead)
    ("hej! jeg var til samtale i fredags som sygeplejerske på Rigshospitalet, afdelingssygeplejerske Hanne Kjær holdt "
     "den. hun sagde de ville ringe inden jul. vil gerne sende en tak-mail, kan du hjælpe?", True),
    ("skal jeg sende tak bagefter?", True),
    # a long opening that thanks in passing asks nothing
    ("Hej Hanne, det er Ole, jeg ville bare sige tak for samtalen og høre om der er nyt, og jeg vil gerne takke dem "
     "for deres tid og sende en tak til hele teamet som var søde", False),
])
def test_a_thank_you_asked_for(said, asked):
    assert asks_about_thanks(said) is asked


def test_asking_whether_a_day_is_too_late_proposes_that_day():
    """s37c: "jeg spørger bare om tirsdag d 15 ikke er for sent at ringe" made the plan's own day their answer day."""
    from coach.requests import day_proposed
    assert day_proposed("jeg spørger bare om tirsdag d 15 ikke er for sent at ringe")
    assert not day_proposed("tirsdag d 15 er fin")
