"""Review of the user's own draft: what a friend who knows the guide would say about it."""

from dataclasses import replace
from datetime import date

import pytest

from coach.case import FollowUpCase
from coach.review import draft_in_request, draft_kind, review_draft
from coach.review.draft_facts import facts_in_draft
from coach.review.request import asks_to_read_pasted_draft

CASE = FollowUpCase(interview_date=date(2026, 11, 24), role="kontorchef", user_name="Ole Jensen",
                    contact_name="Mette Hansen", company="Novo Nordisk")  # a Tuesday
TODAY = date(2026, 12, 2)

GOOD = """Emne: Re: Jobsamtale tirsdag den 24. november – kontorchef

Kære Mette,

Tak for en god samtale tirsdag den 24. november om stillingen som kontorchef. Jeg er stadig meget interesseret.

Jeg skriver for at høre, hvor langt I er kommet i processen, og hvornår jeg kan forvente at høre fra jer.

Har du spørgsmål til mig, svarer jeg gerne.

Med venlig hilsen
Ole Jensen"""

PUSHY = """Emne: Re: Jobsamtale tirsdag den 24. november

Kære Mette,

Tak for samtalen. Nu har jeg ventet over en uge, og jeg forventer et svar senest fredag, ellers går jeg videre \
med et andet tilbud.

Med venlig hilsen
Ole Jensen"""

SELLING = """Emne: Re: Jobsamtale tirsdag den 24. november

Kære Mette,

Tak for samtalen om stillingen som kontorchef. Jeg vil lige minde om, at jeg har 15 års erfaring som leder og en \
MBA, så ingen er bedre til jobbet end mig. Hvor langt er I?

Har du spørgsmål, så sig endelig til.

Venlig hilsen
Ole Jensen"""

BARE = """hej

jeg ville bare høre om der er nyt ang. jobbet?

ole"""


def review(draft, kind="email"):
    return review_draft(draft, CASE, kind, today=TODAY)


def test_a_good_mail_needs_no_changes_and_says_so():
    result = review(GOOD)
    assert result.shown_changes == ()
    assert "kan sendes, som den er" in result.render()
    assert "✓ Emnelinjen nævner samtalen og dagen." in result.render()


def test_a_pushy_mail_loses_the_demand_and_gets_a_polite_status_question():
    result = review(PUSHY)
    names = [c.name for c in result.shown_changes]
    assert names[0] == "harsh" and "status" in names and len(names) <= 3  # an ultimatum after a reproach
    assert "jeg forventer et svar senest fredag" in result.render()  # quoted as the sentence to take out
    assert "forventer" not in result.improved and "hvor langt I er nået" in result.improved
    assert result.improved.startswith("Emne: Re: Jobsamtale tirsdag den 24. november")
    assert "Kære Mette," in result.improved and result.improved.rstrip().endswith("Ole Jensen")


def test_a_selling_mail_loses_the_boast_and_keeps_the_users_own_words():
    result = review(SELLING)
    assert result.shown_changes[0].name == "selling"
    assert "15 års erfaring" not in result.improved
    assert "Tak for samtalen om stillingen som kontorchef." in result.improved  # the user's own sentence
    assert "Hvor langt er I?" in result.improved


def test_social_media_a_visit_and_a_start_date_are_named_for_what_they_are_not_as_boasts():
    """s42b: a LinkedIn friend request, "Jeg kan også komme forbi" and "Jeg kan i øvrigt starte 1. januar" were each
    told to go because "dine kvalifikationer … lyder de som pral" (C4)."""
    draft = GOOD.replace("Med venlig hilsen", "Jeg har sendt dig en venneanmodning på LinkedIn. Jeg kan også komme "
                         "forbi, hvis I vil. Jeg kan i øvrigt starte 1. januar.\n\nMed venlig hilsen")
    result = review(draft)
    assert [c.name for c in result.shown_changes] == ["social_media", "visit", "availability"]
    assert "LinkedIn" not in result.improved and "forbi" not in result.improved and "1. januar" not in result.improved
    assert "pral" not in result.render() and "calm" not in result.good  # no "intet salg" beside a start date
    where_the_ad_was = review(GOOD.replace("Tak for", "Jeg så jeres opslag på LinkedIn, og tak for"))
    assert "social_media" not in [c.name for c in where_the_ad_was.changes]


def test_a_mail_without_subject_greeting_or_full_name_gets_them_with_at_most_three_changes():
    result = review(BARE)
    names = [c.name for c in result.shown_changes]
    assert names == ["subject_missing", "greeting", "signature"]
    text = result.render()
    assert text.count("\n1. ") == 1 and "\n4. " not in text
    assert result.improved.startswith("Emne: Re: Jobsamtale tirsdag den 24. november – kontorchef")
    assert "Kære Mette Hansen," in result.improved and "\nOle Jensen" in result.improved.rstrip()[-40:]
    assert "Jeg ville bare høre om der er nyt ang. jobbet?" in result.improved  # their words, begun with a capital


def test_a_wrong_day_in_the_mail_is_named_and_put_right():
    draft = GOOD.replace("tirsdag den 24. november om", "i onsdags om")
    result = review(draft)
    assert [c.name for c in result.shown_changes] == ["wrong_day"]
    assert "i onsdags" not in result.improved and "samtale tirsdag den 24. november om" in result.improved


def test_a_long_mail_is_cut_to_three_short_paragraphs():
    ramble = " ".join(["Jeg har tænkt meget på samtalen og på jeres spændende projekter."] * 8)
    draft = GOOD.replace("Jeg er stadig meget interesseret.", ramble + "\n\nOg så en ting mere.\n\nOg en til.")
    result = review(draft)
    assert "length" in [c.name for c in result.changes]
    body = result.improved.split("\n\n")[2:-1]
    assert len(body) <= 3


def test_a_good_call_opening_is_ready():
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om "
               "kontorchefstillingen. Jeg ville høre, om I har truffet en beslutning?")
    result = review(opening, "call")
    assert result.shown_changes == () and "sådan kan du sige det" in result.render()


def test_a_call_opening_that_sells_and_presses_is_cut_and_completed_from_the_script():
    opening = ("Hej, det er Ole. Jeg ringer om min ansøgning. Jeg har 20 års erfaring, så jeg er den oplagte "
               "kandidat. I skal give mig et svar i dag.")
    result = review(opening, "call")
    assert [c.name for c in result.shown_changes][:2] == ["harsh", "selling"]  # "I skal give mig et svar i dag."
    assert "20 års erfaring" not in result.improved and "svar i dag" not in result.improved
    assert "tirsdag den 24. november" in result.improved and "kontorchef" in result.improved
    assert result.improved.startswith("Hej, det er Ole.")


@pytest.mark.parametrize(("request_text", "draft", "kind"), [
    ("kan du læse min mail?", None, "email"),
    ("kan du høre hvad jeg vil sige når jeg ringer", None, "call"),
    ("kan du læse det igennem?", GOOD, "email"),
    ("hvad synes du?", "Hej Mette, det er Ole Jensen. Jeg ringer om kontorchefstillingen.", "call"),
    ("hvad synes du om det her", None, None),
])
def test_what_is_to_be_read_is_told_by_the_request_or_the_drafts_shape(request_text, draft, kind):
    assert draft_kind(request_text, draft) == kind


@pytest.mark.parametrize(("message", "wanted"), [
    ("kan du skrive en mail til Lone om hvordan det går med min ansøgning", "email"),
    ("Kunne du formulere en høflig e-mail, hvor jeg spørger til status?", "email"),
    ("har du et udkast til en mail jeg kan sende til Jonas?", "email"),
    ("kan du læse min mail?", None),
    ("jeg har skrevet en mail, er den ok?", None),
    ("kan du lave et manuskript til når jeg ringer", "call"),
])
def test_asking_the_coach_to_write_is_told_from_asking_it_to_read(message, wanted):
    from coach.review import asks_to_write
    assert asks_to_write(message) == wanted


def test_a_draft_pasted_with_the_request_is_found():
    assert draft_in_request("kan du læse min mail?\n\n" + GOOD).startswith("Emne: Re: Jobsamtale")
    assert draft_in_request("kan du læse min mail?") is None
    assert draft_in_request("kan du læse min mail igennem før jeg sender den til hende?") is None
    # s38d: the story after a first question was reviewed as the mail, and praised
    assert draft_in_request("hi, er det ok jeg skriver lidt english? jeg havde interview i torsdags for en marketing "
                            "coordinator stilling hos Novo, og jeg har skrevet en follow up mail. kan du checke den?") \
        is None


def test_a_request_with_a_pasted_draft_is_a_request_to_read_it():
    assert asks_to_read_pasted_draft("kan du læse min mail?\n\n" + GOOD)
    assert asks_to_read_pasted_draft("tjek lige den her:\n" + GOOD)
    assert not asks_to_read_pasted_draft("kan du skrive en mail til Mette?\n\n" + GOOD)  # to write one
    assert not asks_to_read_pasted_draft("Goddag.\n\nJeg var til samtale den 7. december som sekretær og vil ringe.")
    assert not asks_to_read_pasted_draft("kan du læse min mail?")  # the draft comes next


def test_a_closing_and_a_name_on_one_line_are_read_apart():
    # "Hilsen Kasper" is the closing and the name: the improved version does not add a second closing.
    review = review_draft("Hej Mette\nTak for samtalen. Hvor langt er I med processen?\nHilsen Kasper", CASE,
                          "email", TODAY)
    assert review.improved.count("ilsen") == 1


def _email(body: str, greeting: str = "Kære Mette,", subject: str = "Re: Jobsamtale tirsdag den 24. november") -> str:
    return f"Emne: {subject}\n\n{greeting}\n\n{body}\n\nMed venlig hilsen\nOle Jensen"


def test_a_neutral_greeting_is_fine_when_the_contacts_name_is_not_known():
    draft = _email("Tak for samtalen om stillingen som kontorchef.\n\nJeg vil høre, hvornår I regner med at "
                   "beslutte jer?\n\nJeg svarer gerne på spørgsmål.", greeting="Hej")
    unknown = FollowUpCase(interview_date=CASE.interview_date, role="kontorchef", user_name="Ole Jensen")
    assert "greeting" not in [c.name for c in review_draft(draft, unknown, "email", today=TODAY).changes]
    assert "greeting" in [c.name for c in review(draft).changes]  # Mette's name is known: greet her by it


def test_a_hope_to_hear_is_no_status_question_and_a_demand_that_asks_says_how_to_ask_instead():
    hoping = review(_email("Tak for samtalen om stillingen som kontorchef. Jeg ser frem til at høre fra jer.\n\n"
                           "Skriv endelig, hvis I har spørgsmål."))
    assert [c.name for c in hoping.changes] == ["status"]  # "skriv endelig, hvis …" is the offer
    demanding = review(_email("Tak for samtalen om stillingen som kontorchef. Kan I give mig et svar inden fredag?"
                              "\n\nJeg svarer gerne på spørgsmål."))
    [change] = [c for c in demanding.changes if c.sentence]
    assert "status" not in [c.name for c in demanding.changes] and change.example
    assert "Spørg hellere sådan" in demanding.render()


def test_a_weekday_that_does_not_fit_the_date_is_a_wrong_day():
    result = review(_email("Tak for samtalen onsdag den 24. november om stillingen som kontorchef.\n\n"
                           "Jeg vil høre, hvornår I regner med at beslutte jer?\n\nJeg svarer gerne på spørgsmål."))
    assert "wrong_day" in [c.name for c in result.changes]
    assert "tirsdag den 24. november" in result.improved and "onsdag den 24." not in result.improved


@pytest.mark.parametrize("draft, kind, change", [
    (_email("hvordan går det med kontorchef stillingen", greeting="Hej Mette,"), "email", "curt"),
    ("Det er Ole Jensen. Samtale tirsdag d. 24. november. Kontorchef. Har jeg fået det?", "call", "curt"),
    (_email("Tak for samtalen om stillingen som kontorchef. Jeg har ikke tid til at vente i flere uger, så giv mig "
            "et svar nu.\n\nJeg svarer gerne på spørgsmål."), "email", "harsh"),
])
def test_a_curt_draft_and_a_sharp_demand_are_named_for_their_tone(draft, kind, change):
    assert change in [c.name for c in review(draft, kind).changes]


def test_a_pile_of_questions_is_no_clear_status_question_and_the_improved_mail_keeps_one():
    draft = GOOD.replace("Jeg skriver for at høre, hvor langt I er kommet i processen, og hvornår jeg kan forvente at "
                         "høre fra jer.", "Er der noget nyt? Hvor mange kandidater ser I på? Er stillingen stadig "
                         "aktuel? Og har I tænkt mere over lønnen?")
    review = review_draft(draft, CASE, "email", today=TODAY)
    assert "questions" in [c.name for c in review.changes]
    assert review.improved.count("?") == 1 and "Er der noget nyt?" in review.improved


@pytest.mark.parametrize("line", ["Nå, er jeg stadig med i løbet, eller har I helt glemt mig?",
                                  "Jeg har ikke hørt en skid. Hvad sker der?"])
def test_reproach_about_the_wait_is_named_in_a_call_opening(line):
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om kontorchefstillingen. "
               + line)
    names = [c.name for c in review_draft(opening, CASE, "call", today=TODAY).changes]
    assert "harsh" in names


@pytest.mark.parametrize("closing", ["Bedste hilsner", "Venlige hilsner", "mvh",
                                     "Med de allerbedste og venligste hilsner"])
def test_a_plural_or_lower_case_closing_closes_the_mail_and_is_no_paragraph(closing):
    draft = GOOD.replace("Med venlig hilsen\nOle Jensen", f"{closing}\nOle Jensen" if closing != "mvh"
                         else "mvh ole jensen")
    assert review(draft).shown_changes == ()


@pytest.mark.parametrize("offer", ["Hvis I mangler papirer eller oplysninger fra mig, sender jeg dem gerne.",
                                   "Du er velkommen til at skrive, hvis du mangler noget fra mig."])
def test_an_offer_to_send_what_they_miss_is_an_offer(offer):
    draft = GOOD.replace("Har du spørgsmål til mig, svarer jeg gerne.", offer)
    assert "offer" not in [c.name for c in review(draft).changes]


def test_a_wrong_name_in_the_greeting_is_named_with_the_right_one():
    result = review(GOOD.replace("Kære Mette,", "Kære Helle,"))
    [change] = [c for c in result.changes if c.name.startswith("greeting")]
    assert change.name == "greeting_wrong_name" and "Mette Hansen" in result.render()
    assert "Kære Mette" in result.improved
    assert review(GOOD.replace("Kære Mette,", "Kære Mette Hansen,")).shown_changes == ()


@pytest.mark.parametrize("ending", ["Venlig hilsen\nOle", "Venlig hilsen"])
def test_a_danish_closing_without_the_full_name_asks_only_for_the_name(ending):
    """A tester wrote "Venlig hilsen" and was told to end with a Danish closing such as "Med venlig hilsen"."""
    result = review(GOOD.replace("Med venlig hilsen\nOle Jensen", ending))
    [change] = [c for c in result.changes if c.name.startswith("signature")]
    assert change.name == "signature_name"
    assert "dansk hilsen" not in result.render() and "Ole Jensen" in result.render()


@pytest.mark.parametrize("ending", ["Ole Jensen", "Best regards\nOle Jensen"])
def test_a_name_without_a_danish_closing_is_no_signature(ending):
    result = review(GOOD.replace("Med venlig hilsen\nOle Jensen", ending))
    assert "signature" in [c.name for c in result.changes]
    assert "Med venlig hilsen" in result.improved and "Best regards" not in result.improved


def test_a_status_question_in_a_sentence_to_drop_gets_no_tick():
    """A tester's only question was "Hvorfor har I ikke ringet som lovet?": ticked as a clear status question, then
    named as a sentence to take out."""
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om kontorchefstillingen. "
               "Hvorfor har I ikke ringet som lovet?")
    review = review_draft(opening, CASE, "call", today=TODAY)
    assert "asks_status" not in review.good and review.changes
    assert review.render().count("„Hvorfor har I ikke ringet som lovet?“") == 1


def test_a_pile_of_questions_in_a_call_opening_keeps_one():
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om stillingen som "
               "kontorchef. Har I valgt nogen endnu? Og hvornår ringer I ud? "
               "Og får dem, der ikke bliver valgt, besked?")
    result = review(opening, "call")
    assert "questions" in [c.name for c in result.changes] and result.improved.count("?") == 1


def test_a_good_impression_of_them_is_no_selling_and_sosu_names_the_role():
    draft = GOOD.replace("Jeg er stadig meget interesseret.", "Jeg fik et rigtig godt indtryk af jeres team.")
    assert "selling" not in [c.name for c in review(draft).changes]
    sosu = FollowUpCase(interview_date=CASE.interview_date, role="social- og sundhedshjælper", user_name="Ole Jensen",
                        contact_name="Mette Hansen")
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om stillingen som "
               "sosu-hjælper. Jeg ville høre, om I har haft tid til at se på ansøgningerne?")
    assert review_draft(opening, sosu, "call", today=TODAY).shown_changes == ()


def test_a_role_named_only_in_the_draft_is_the_one_the_suggested_subject_names():
    """The newcomer trial: with the role told only in the mail ("stillingen som kok"), the suggested subject
    read "… – [stillingens titel]"."""
    untold = FollowUpCase(interview_date=CASE.interview_date, user_name="Ole Jensen", contact_name="Mette Hansen")
    draft = GOOD.replace("Emne: Re: Jobsamtale tirsdag den 24. november – kontorchef\n\n", "") \
        .replace("kontorchef", "kok")
    review = review_draft(draft, untold, "email", today=TODAY)
    assert "Re: Jobsamtale tirsdag den 24. november – kok" in review.render()
    assert "[" not in review.render()
    told = review_draft(draft, CASE, "email", today=TODAY)  # a role the user told stays the case's
    assert "– kontorchef" in told.render()


def test_words_to_be_said_on_the_phone_are_a_call_opening_even_beside_written():
    """A tester: "Jeg har selv skrevet hvad jeg vil sige, når jeg ringer:" was reviewed as a mail."""
    opening = "Hej Maria, det er Nadia Karimi. Jeg var til samtale hos jer i tirsdags om stillingen som kok."
    assert draft_kind("Jeg har selv skrevet hvad jeg vil sige, når jeg ringer:", opening) == "call"
    assert draft_kind("kan du læse min mail?", opening) == "email"


def test_a_draft_that_opens_as_spoken_is_a_call_opening_unless_the_request_says_mail():
    """s42b: "Tak, men her er det jeg selv har skrevet: „Goddag, det er Birthe Nørgaard …“" was reviewed as a mail."""
    opening = '"Goddag, det er Birthe Nørgaard. Undskyld at jeg forstyrrer. Jeg ringer om sekretærstillingen."'
    assert draft_kind(f"Tak, men her er det jeg selv har skrevet: {opening}", opening) == "call"


def test_a_question_about_writing_is_no_draft_pasted():
    """AN019 (blind corpus): "Er det ok at skrive en mail? Jeg har to små børn …" asked for the draft."""
    assert not asks_to_read_pasted_draft("Er det ok at skrive en mail? Jeg har to små børn der larmer når jeg ringer")
    assert asks_to_read_pasted_draft("er det her ok?\n\n" + GOOD)


@pytest.mark.parametrize("lead", ["ok ny version: ", "ok jeg har rettet den, hvad siger du nu:\n\n", "ny udgave:\n\n"])
def test_a_new_version_pasted_is_a_draft_to_read(lead):
    """s43c: "ok ny version: …" and "ok jeg har rettet den, hvad siger du nu: …" got the plan again, no review."""
    assert asks_to_read_pasted_draft(lead + GOOD)


def test_a_reproach_in_plain_words_is_named_and_left_out_of_the_improved_mail():
    """s43b: "Det finder jeg ikke i orden." was kept in the improved mail (the guide: never accuse)."""
    result = review(GOOD.replace("Tak for", "Jeg har ikke hørt noget. Det finder jeg ikke i orden. Tak for"))
    assert "Det finder jeg ikke i orden." not in result.improved
    assert any(c.sentence == "Det finder jeg ikke i orden." for c in result.changes)


def test_words_to_the_coach_about_its_mail_are_no_draft():
    """s43c: "… skal jeg så sende din eller min? og du har fjernet Vestjysk VVS og kl 10" was reviewed as a mail."""
    assert draft_in_request("hm, men du sagde jo at min egen mail var fin? skal jeg så sende din eller min? og du har "
                            "fjernet Vestjysk VVS og kl 10") is None


def test_asking_what_the_coach_thinks_of_what_one_will_say_brings_the_draft():
    asked = ('hvad synes du om det her jeg vil sige når jeg ringer?\n\n"Hej, det er Kasper Lund. Jeg var til samtale '
             'hos jer om stillingen som elektriker. Jeg ville bare høre om jeg har fået jobbet?"')
    assert asks_to_read_pasted_draft(asked)


def test_a_name_told_without_ae_oe_aa_is_the_same_name_in_the_draft():
    """A tester told the coach "Jette Moeller" and wrote "Kære Jette Møller": the review asked for the greeting
    "Kære Jette Moeller," and its improved mail undid the letters."""
    typed = FollowUpCase(interview_date=CASE.interview_date, role="kontorchef", user_name="Ole Jensen",
                         contact_name="Mette Hansen".replace("Hansen", "Moeller"))
    draft = GOOD.replace("Kære Mette,", "Kære Mette Møller,")
    review = review_draft(draft, typed, "email", today=TODAY).render()
    assert "Moeller" not in review and "kan sendes, som den er" in review


def test_an_opening_pasted_in_quotes_is_read_without_them_and_an_unknown_day_is_left_to_fill():
    """A tester pasted "Hej, det er Kasper Lund. … For jeg skal snart vide det." in quotes: the change quoted a stray
    mark, and with no interview day known the coach suggested "for nylig"."""
    undated = FollowUpCase(role="elektriker", user_name="Kasper Lund")
    opening = '"Hej, det er Kasper Lund. Jeg var til samtale om stillingen som elektriker. Hvor langt er I nået?"'
    review = review_draft(opening, undated, "call", today=TODAY).render()
    assert '."' not in review and "for nylig" not in review and "[dag og dato]" in review


@pytest.mark.parametrize("attempts", [1, 2])
def test_a_draft_is_reviewed_on_a_second_attempt_and_after_the_last(attempts):
    """A tester on a second attempt pasted their mail four times and got "en del af mig ikke svarer": the review
    took the short second-attempt mail as its model and found no second paragraph in it."""
    later = replace(CASE, followup_attempts=attempts, last_attempt_date=date(2026, 11, 30))
    review = review_draft(PUSHY, later, "email", today=TODAY)
    assert "Jeg har læst din mail." in review.render() and review.changes


def test_a_mail_typed_without_ae_oe_aa_has_its_greeting_and_closing():
    """A tester's "Kaere Anne Moeller" was no greeting, and the review put "Kære [kontaktpersonens navn]" instead."""
    typed = FollowUpCase(interview_date=CASE.interview_date, role="kontorchef", user_name="Ole Jensen",
                         contact_name="Mette Moeller")
    draft = GOOD.replace("Kære Mette,", "Kaere Mette Moeller,")
    review = review_draft(draft, typed, "email", today=TODAY).render()
    assert "kan sendes, som den er" in review and "[kontaktpersonens navn]" not in review


def test_sentences_with_the_same_fault_are_one_change_so_another_fault_is_not_crowded_out():
    """Testers: three boasts from one paragraph took all three changes, and the missing surname went unsaid; the
    worst pressure ('another offer, answer by Wednesday') was not named at all."""
    pushy = PUSHY.replace("Tak for samtalen.", "Tak for samtalen. Jeg ser frem til jeres hurtige svar. Jeg forventer "
                                                "derfor, at I vender tilbage hurtigst muligt.")
    review = review_draft(pushy, CASE, "email", today=TODAY)
    names = [c.name for c in review.shown_changes]
    assert len(names) == len(set(names))  # one change per kind of fault
    assert "andet tilbud" in review.render()


def test_a_surname_the_coach_was_not_told_is_no_wrong_name():
    """A tester's contact was "Soeren" in the chat; "Kaere Soeren Poulsen" got "Tjek navnet i din hilsen"."""
    first_only = replace(CASE, contact_name="Mette")
    review = review_draft(GOOD.replace("Kære Mette,", "Kære Mette Poulsen,"), first_only, "email", today=TODAY)
    assert "kan sendes, som den er" in review.render()
    assert "Tjek navnet" in review_draft(GOOD.replace("Kære Mette,", "Kære Hanne,"), first_only, "email",
                                         today=TODAY).render()


def test_a_mail_typed_in_a_hurry_is_not_ready_to_send():
    """A tester's mail in lower case with "hoere" and "naaet" got every ✓ and "kan sendes, som den er"."""
    hurried = GOOD.replace("Tak for en god samtale", "tak for en god samtale").replace(
        "Jeg skriver for at høre, hvor langt I er kommet", "jeg skriver for at hoere, hvor langt i er naaet")
    assert [c.name for c in review(hurried).changes] == ["typed_in_a_hurry"]
    assert review(GOOD).changes == ()


def test_english_phrases_and_a_closing_for_friends_are_named():
    """Testers: "Thank you for the interview!" and "Let me know" were kept, "Kærlig hilsen" was fine."""
    draft = GOOD.replace("Jeg er stadig meget interesseret.", "Thank you for the interview!").replace(
        "Med venlig hilsen", "Kærlig hilsen")
    result = review(draft)
    names = [c.name for c in result.changes]
    assert "english" in names and "closing_for_friends" in names
    assert "Kærlig hilsen" not in result.improved and "Med venlig hilsen" in result.improved


FORMAL = """Emne: Stillingen som kontorchef

Kære Hr. Mette Hansen

Jeg tillader mig hermed at henvende mig angående samtalen tirsdag den 24. november vedrørende stillingen som \
kontorchef. Jeg vil gerne endnu engang takke for en særdeles behagelig og informativ samtale.

Jeg er fortsat meget interesseret i stillingen og vil være taknemmelig, såfremt De vil oplyse mig om, hvor langt man \
er nået i ansættelsesprocessen. Såfremt De måtte have yderligere spørgsmål, står jeg naturligvis til rådighed.

Med venlig hilsen
Ole Jensen
Tlf. 86 12 34 56"""


def test_a_formal_mail_keeps_its_greeting_thanks_question_and_signature_lines():
    """A tester's De-form mail was told to greet by name, thank and ask for the status, all of which it did, and
    the improved version opened with a stray ". Søren Mikkelsen" and ran the phone number into the name."""
    result = review(FORMAL)
    assert {"greeting", "thanks", "status", "signature"} <= set(result.good)
    assert [c.name for c in result.changes] == ["subject_vague"]
    assert "\n. " not in result.improved and result.improved.endswith("Ole Jensen\nTlf. 86 12 34 56")


def test_the_line_that_brings_the_draft_belongs_to_the_request():
    """A tester's "Kan du læse min mail igennem inden jeg sender den? Her er den:" over a good mail was told to add
    a subject line and a greeting it had, and to cut it to three paragraphs."""
    message = "Hej! Kan du læse min mail igennem inden jeg sender den? Her er den:\n\n" + GOOD
    assert draft_in_request(message) == GOOD
    assert review(draft_in_request(message)).changes == ()
    assert draft_in_request("Kan du læse den her?\nKære Mette:\n" + GOOD.split("Kære Mette,\n\n")[1]).startswith(
        "Kære Mette:")


def test_a_mail_signed_at_the_end_of_its_last_line_has_its_closing_and_name():
    """A tester's mail ended "… meget interesseret. Mvh Ali Yilmaz": told to sign with a Danish closing and the full
    name, and the improved mail kept "Mvh Ali Yilmaz" in the body with "[dit fulde navn]" under it."""
    draft = GOOD.replace("\n\nMed venlig hilsen\nOle Jensen", " Mvh Ole Jensen")
    result = review(draft)
    assert "signature" in result.good and result.changes == ()


@pytest.mark.parametrize("signed", ["\n\nMvh Ole Jensen, 31 22 44 55", " Mvh Ole Jensen, 31 22 44 55"])
def test_a_signature_with_the_number_on_the_same_line_is_read(signed):
    """A tester's "Mvh Sara Nielsen, 31 22 44 55" was told to sign with a closing and her full name, and the improved
    mail signed twice."""
    result = review(GOOD.replace("\n\nMed venlig hilsen\nOle Jensen", signed))
    assert "signature" in result.good and result.changes == ()


def test_a_draft_after_a_paragraph_of_its_own_is_found_and_read():
    """Two testers wrote a few sentences before their mail ("Her er hvad jeg har skrevet. Min mand synes den er alt
    for lang … så vær ærlig:"): the mail was never read, and its sentences were taken for a follow-up they made."""
    intro = ("Her er hvad jeg har skrevet. Min mand synes den er alt for lang og lidt for meget, men jeg ved ikke "
             "rigtig, hvad jeg skal skære væk. Jeg har siddet med den hele aftenen, så vær ærlig:\n\n")
    assert draft_in_request(intro + GOOD) == GOOD
    assert draft_in_request("De skrev til mig i går, og jeg ved ikke hvad jeg skal svare på det her, hjælp:\n\n"
                            "Kære Ole, tak for din ansøgning. Vi har valgt en anden.\n\nMvh Mette") is not None


def test_a_voicemail_that_asks_to_be_called_back_needs_the_number():
    """A tester's "… Ring endelig tilbage. Tak!" had no number, the key fault in a message left on a machine, and
    the review never said so."""
    opening = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om stillingen som "
               "kontorchef. Jeg ringer bare for at høre, hvor langt I er. Ring endelig tilbage. Tak!")
    result = review(opening, kind="call")
    assert [c.name for c in result.changes] == ["callback_number"]
    assert "Ring endelig tilbage. Du kan ringe til mig på" in result.improved
    assert review(opening.replace("tilbage.", "tilbage på 31 22 44 55."), kind="call").changes == ()


THANK_YOU = """Emne: Tak for samtalen i fredags

Hej Mette

Tusind tak for en rigtig hyggelig samtale og for rundvisningen. Jeg blev kun gladere for tanken om at arbejde hos jer.

Mange hilsner
Ole Jensen"""


@pytest.mark.parametrize("called_one", [True, False])
def test_a_thank_you_mail_is_not_told_to_ask_how_far_they_are(called_one):
    """A tester's thank-you, sent right after the interview, was told to ask how far they were, and the improved mail
    asked it twice (called "en lille tak-mail", or with a subject that starts with thanks)."""
    draft = THANK_YOU if not called_one else THANK_YOU.replace("Emne: Tak for samtalen i fredags\n\n", "")
    result = review_draft(draft, CASE, "email", today=TODAY, thank_you=called_one)
    assert "thank_you" in result.good
    assert {"status", "offer", "questions"}.isdisjoint(c.name for c in result.changes)
    assert "hvor langt" not in result.improved
    assert "status" in [c.name for c in review(THANK_YOU.replace("Emne: Tak for samtalen i fredags", "Emne: Hej"))
                        .changes]


def test_an_offer_to_send_more_is_no_boast():
    """A tester: "… hvis I har brug for mere fra mig, fx mit portfolio" was named bragging in the same review that
    ticked "Du tilbyder at svare på spørgsmål"."""
    draft = GOOD.replace("Har du spørgsmål til mig, svarer jeg gerne.",
                         "Sig endelig til, hvis I har brug for mere fra mig, fx mit portfolio.")
    assert "selling" not in [c.name for c in review(draft).changes]
    boast = GOOD.replace("Har du spørgsmål til mig, svarer jeg gerne.",
                         "Jeg har 15 års erfaring og et flot portfolio, hvis I har brug for mere.")
    assert "selling" in [c.name for c in review(boast).changes]


def test_another_offer_told_as_the_coach_advises_is_no_threat():
    """A tester wrote what the coach had just advised ("Fortæl … at du har fået et andet tilbud, at du stadig helst vil
    arbejde hos dem") and was told to take it out as a demand or a threat."""
    honest = ("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om stillingen som "
              "kontorchef. Jeg har fået et andet tilbud, som jeg skal svare på på onsdag, men jeg vil helst arbejde "
              "hos jer. Ved I, hvor langt I er?")
    assert "pressure" not in [c.name for c in review(honest, kind="call").changes]
    ultimatum = honest.replace("men jeg vil helst arbejde hos jer", "så I skal svare senest tirsdag")
    assert "pressure" in [c.name for c in review(ultimatum, kind="call").changes]


def test_a_sentence_that_only_points_back_at_a_boast_goes_with_it():
    """A tester's improved mail kept "Mine referencer vil kunne bekræfte dette." after the boast it confirmed was
    cut."""
    draft = SELLING.replace("end mig. Hvor langt er I?", "end mig. Mine referencer vil kunne bekræfte dette. "
                            "Hvor langt er I?")
    result = review(draft)
    assert "selling" in [c.name for c in result.changes]
    assert "bekræfte dette" not in result.improved and "Hvor langt er I?" in result.improved


def test_thanks_put_in_does_not_name_the_role_a_second_time():
    """A tester's improved mail said "Tak for en god samtale om stillingen som chauffør." and then, in her words,
    "Jeg var til samtale hos jer … om jobbet som chauffør."."""
    draft = GOOD.replace("Tak for en god samtale tirsdag den 24. november om stillingen som kontorchef. Jeg er stadig "
                         "meget interesseret.", "Jeg var til samtale hos jer tirsdag den 24. november om stillingen "
                         "som kontorchef.")
    result = review(draft)
    assert "thanks" in [c.name for c in result.changes]
    assert result.improved.count("kontorchef") == 2  # the subject and the user's own sentence


def test_a_reply_to_a_no_is_read_as_one_whatever_the_request_called_it():
    """A tester's LinkedIn reply to a no, asked for as "min besked", was judged as a call opening and told to ask
    how far they were."""
    reply = ("Hej Mette. Tak for opkaldet i dag og for muligheden. Jeg er selvfølgelig ked af, at det ikke blev mig. "
             "Hvis I får brug for en kontorchef igen, hører jeg meget gerne fra jer. Venlig hilsen Ole Jensen")
    result = review_draft(reply, replace(CASE, rejected=True), "call", today=TODAY)
    assert result.kind == "reply" and "asks_status" not in [c.name for c in result.changes]


def test_a_remark_about_the_draft_is_no_part_of_it():
    """Testers: "kan du laese min mail? jeg har skrevet den selv" + the mail had "jeg har skrevet den selv" named a
    boast; "Kan du læse min mail? Det er det udkast, jeg skrev i sidste uge men aldrig sendte." was reviewed as the
    mail itself."""
    assert draft_in_request("kan du laese min mail? jeg har skrevet den selv\n\n" + GOOD) == GOOD
    assert draft_in_request("Kan du læse min mail? Det er det udkast, jeg skrev i sidste uge men aldrig sendte.") \
        is None
    # s37b: "ok." named a dig, and "jeg har rettet det, ser det godt ud nu?" put into the improved version
    from coach.review.request import without_intro
    hej = GOOD.split("\n\n", 1)[1].replace("Kære Mette,", "Hej Mette,")
    assert without_intro("ok. jeg har rettet det, ser det godt ud nu?\n\n" + hej) == hej


def test_a_name_said_last_is_moved_to_the_front():
    """Testers' "… Mit navn er Amina Yusuf." at the end of an opening got "✓ Du siger, hvem du er"; the contact needs
    it first."""
    opening = ("Hej Mette. Jeg var til samtale tirsdag den 24. november om stillingen som kontorchef. Jeg vil høre, "
               "hvor langt I er. Mit navn er Ole Jensen.")
    result = review(opening, kind="call")
    assert [c.name for c in result.changes] == ["name_first"]
    assert result.improved.startswith("Hej Mette. Mit navn er Ole Jensen.")


# ---- a tester's mail with its facts in it (s30b): relative days, a first name signed, the role only in the body ----
SENT_LATER = """Emne: Opfølgning på samtale i torsdags

Hej Helle

Tak for en god samtale i torsdags. Jeg vil gerne høre, hvor langt I er.

Mvh
Jonas"""
THURSDAY = FollowUpCase(interview_date=date(2026, 12, 3), role="lagermedarbejder", contact_name="Helle Friis")
SUNDAY = date(2026, 12, 6)


def test_a_day_counted_from_today_is_written_as_its_date():
    found = review_draft(SENT_LATER, THURSDAY, "email", today=SUNDAY)
    assert "relative_day" in [c.name for c in found.shown_changes]
    assert "„i torsdags“" in found.render()
    assert "i torsdags" not in found.improved
    assert "Emne: Opfølgning på samtale torsdag den 3. december" in found.improved
    assert "Tak for en god samtale torsdag den 3. december." in found.improved
    assert "subject" not in found.good  # the subject names a day, not one that stays true


def test_a_sentence_that_starts_with_the_day_keeps_its_capital():
    draft = SENT_LATER.replace("Tak for en god samtale i torsdags.", "I går tænkte jeg over vores samtale i torsdags.")
    improved = review_draft(draft, replace(THURSDAY, interview_date=date(2026, 12, 5)), "email", today=SUNDAY).improved
    assert "Lørdag den 5. december tænkte jeg" in improved


def test_a_dated_day_is_not_told_to_be_dated():
    draft = SENT_LATER.replace("i torsdags", "torsdag d. 3/12")
    assert "relative_day" not in [c.name for c in review_draft(draft, THURSDAY, "email", today=SUNDAY).changes]


def test_a_first_name_signed_keeps_the_name_and_asks_for_the_surname():
    found = review_draft(SENT_LATER, THURSDAY, "email", today=SUNDAY)
    assert "[dit fulde navn]" not in found.render()
    assert found.improved.endswith("Mvh\nJonas [dit efternavn]\nTlf. [dit telefonnummer]")
    known = review_draft(SENT_LATER, replace(THURSDAY, user_name="Jonas Vang"), "email", today=SUNDAY)
    assert "Jonas Vang\nTlf." in known.improved


def test_a_full_name_under_an_english_closing_stays_with_its_number():
    draft = SENT_LATER.replace("Mvh\nJonas", "Best regards\nJonas Vang\n22 33 44 55")
    found = review_draft(draft, THURSDAY, "email", today=SUNDAY)
    assert found.improved.endswith("Med venlig hilsen\nJonas Vang\n22 33 44 55")
    assert "[dit fulde navn]" not in found.render()


def test_a_missing_role_is_shown_in_the_subject_not_in_the_thanks_again():
    found = review_draft(SENT_LATER, THURSDAY, "email", today=SUNDAY)
    role = next(c for c in found.changes if c.name == "role")
    assert role.example == "Opfølgning på samtale torsdag den 3. december – lagermedarbejder"
    assert found.improved.count("Tak for") == 1


def test_the_subjects_example_names_the_day_the_draft_gives_when_the_coach_has_none():
    """s30b: "Lad emnelinjen nævne samtalens dag", e.g. „Re: Jobsamtale om stillingen som lagerkoordinator“: no day."""
    draft = "Emne: Opfølgning\n\nHej Jonas\n\nTak for samtalen i torsdags om stillingen som lagermedarbejder. " \
            "Hvor langt er I?\n\nMvh\nSara Holm"
    found = review_draft(draft, FollowUpCase(), "email", today=SUNDAY)
    subject = next(c for c in found.changes if c.name == "subject_vague")
    assert subject.example == "Re: Jobsamtale torsdag den 3. december – lagermedarbejder"


def test_another_jobs_title_is_named_as_wrong_and_put_right_not_added_to():
    """s30a: "… om stillingen som kundeservicemedarbejder" for the bogholder job was told to name the role, and the
    improved opening named both."""
    case = replace(THURSDAY, role="bogholder", user_name="Camilla Brandt", contact_name="Susanne Holm")
    said = "Hej Susanne, det er Camilla Brandt. Jeg var til samtale hos jer torsdag den 3. december om stillingen " \
           "som kundeservicemedarbejder. Jeg ville høre, hvor langt I er."
    found = review_draft(said, case, "call", today=SUNDAY)
    assert [c.name for c in found.changes] == ["wrong_role"] and "names_role" not in found.good
    assert "stillingen som bogholder" in found.improved and "kundeservice" not in found.improved
    assert "Spørg hellere" not in found.render()
    past = "Hej Susanne, det er Camilla Brandt. Jeg har arbejdet som lagerchef i 5 år."
    assert "wrong_role" not in [c.name for c in review_draft(past, case, "call", today=SUNDAY).changes]


def test_one_sentence_that_places_the_interview_and_asks_gets_the_name_and_role_before_it():
    """s30a: "hej jeg var til samtale i torsdags og ville bare lige hoere om i har fundet en til det" became "Hej, det
    er [dit navn]. Det drejede sig om stillingen som pædagogmedhjælper. hej jeg var til samtale …"."""
    case = replace(THURSDAY, role="pædagogmedhjælper", user_name="Sofie Berg", contact_name=None)
    found = review_draft("hej jeg var til samtale i torsdags og ville bare lige hoere om i har fundet en til det",
                         case, "call", today=SUNDAY)
    assert found.improved.startswith("Hej, det er Sofie Berg. Jeg ringer om stillingen som pædagogmedhjælper. "
                                     "Jeg var til samtale torsdag den 3. december og ville")
    assert "relative_day_call" in [c.name for c in found.changes]


@pytest.mark.parametrize("message, kind", [
    # s30a: read as facts (the interview moved), answered with a template, or reviewed as a mail
    ('Hvis jeg får hendes telefonsvarer vil jeg sige det her, kan du lige høre det? "Hej Birgitte, det er Fatima Ali. '
     'Jeg var til samtale hos jer tirsdag den 1. december om stillingen som pædagog. Tak og god dag."', "voicemail"),
    ('ok hvad med den her saa: "hej det er sofie, jeg var til samtale som paedagogmedhjaelper i sidste uge og ville '
     'hoere hvordan det gaar"', "call"),
    ('kan du lige høre hvad jeg vil lægge på telefonsvareren: "Hej Mads, det er Ali. Jeg var til samtale om '
     'barista-jobbet. Ring gerne tilbage. Hej hej"', "voicemail"),
    ("Det er ikke en mail. Det er det, jeg vil sige, når jeg ringer: Goddag, det er Bent Kristoffersen. Jeg ringer for "
     "at høre om stillingen som lagerchef.", "call"),
])
def test_a_spoken_draft_under_its_request_is_read_as_what_it_is(message, kind):
    assert asks_to_read_pasted_draft(message)
    assert draft_kind(message, draft_in_request(message)) == kind


def test_a_voicemail_without_a_number_gets_one_before_the_goodbye():
    """s30a: a voicemail that asked no call back and gave no number: "Jeg ville ikke ændre noget"."""
    said = "Hej Mette, det er Ole Jensen. Jeg var til samtale hos jer tirsdag den 24. november om stillingen som " \
           "kontorchef. Jeg ville høre, hvor langt I er. Tak og god dag."
    found = review_draft(said, replace(CASE, user_phone="22 33 44 55"), "voicemail", today=TODAY)
    assert [c.name for c in found.changes] == ["voicemail_number"]
    assert found.improved.endswith("Du kan ringe til mig på 22 33 44 55. Tak og god dag.")
    assert review_draft(said, CASE, "call", today=TODAY).changes == ()  # on the phone, no number is needed


def test_what_an_opening_lacks_goes_before_its_goodbye_and_a_machine_is_asked_no_question():
    """s31a: "hej det er Ali. ring tilbage. hej" got the interview after its "hej", and "Hvor langt er I nået med
    beslutningen?" put to the answering machine."""
    case = replace(CASE, user_name="Ali Hassan")
    improved = review_draft("hej det er Ali. ring tilbage. hej", case, "voicemail", today=TODAY).improved
    assert improved.endswith("ring tilbage. Du kan ringe til mig på [dit telefonnummer]. hej")
    assert "Jeg var til jobsamtale hos jer" in improved and "?" not in improved
    spoken = review_draft("Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om stillingen "
                          "som kontorchef. Tak og god dag.", CASE, "call", today=TODAY).improved
    assert spoken.endswith("? Tak og god dag.")


def test_a_question_about_pay_in_a_follow_up_is_taken_out():
    """s31a: "og hvad med lønnen btw?" was kept as the whole body of the improved mail."""
    draft = "Emne: Jobsamtale torsdag den 3. december\n\nHej Helle\n\nTak for samtalen torsdag. Hvor langt er I? " \
            "Og hvad med lønnen btw?\n\nMvh\nJonas Vang"
    found = review_draft(draft, THURSDAY, "email", today=SUNDAY)
    assert [c.name for c in found.changes][:1] == ["terms"] and "lønnen" not in found.improved


def test_the_facts_a_draft_states_fill_only_what_the_case_lacks():
    """s31a: an opening that said "det er Ali Hassan" was followed by scripts with "[dit navn]"."""
    opening = "Hej Kim, det er Ali Hassan. Jeg var til samtale i tirsdags om stillingen som lagermedarbejder."
    assert facts_in_draft(opening, FollowUpCase(), SUNDAY) == {
        "interview_date": "2026-12-01", "role": "lagermedarbejder", "contact_name": "Kim", "user_name": "Ali Hassan"}
    assert facts_in_draft("Hej Kim, Emil Karlsen her. Jeg ringer om jobbet.", FollowUpCase(), SUNDAY)["user_name"] \
        == "Emil Karlsen"
    assert facts_in_draft(opening, replace(THURSDAY, user_name="Ole Jensen", contact_name="Kim Berg"), SUNDAY) == {}


def test_a_bare_weekday_is_dated_with_the_interviews_day_not_the_last_such_weekday():
    """s33c: "Tak for en rigtig god samtale torsdag." for an interview on Thursday 26 November was rewritten
    "… torsdag den 3. december" (the last Thursday), beside a subject that said the 26th."""
    draft = SENT_LATER.replace("Opfølgning på samtale i torsdags", "Re: Jobsamtale torsdag den 26. november").replace(
        "Tak for en god samtale i torsdags.", "Tak for en rigtig god samtale torsdag.")
    improved = review_draft(draft, replace(THURSDAY, interview_date=date(2026, 11, 26)), "email", today=SUNDAY).improved
    assert "samtale torsdag den 26. november" in improved and "3. december" not in improved


def test_a_greeting_and_a_sign_off_run_into_one_line_are_read_as_such():
    """s36b: "hej mette 😊 det er emil … 🙏 mvh emil" was told to greet by name, and its improved version greeted and
    signed off twice, in lower case."""
    case = replace(CASE, contact_name="Mette", user_name="Emil Jensen")
    draft = ("hej mette 😊 det er emil fra samtalen i tirsdags. ville bare høre om i har fundet ud af noget mht "
             "jobbet? skriv endelig hvis i mangler noget 🙏 mvh emil")
    said = review_draft(draft, case, "email").render()
    improved = said.split("Sådan kunne mailen se ud")[1]
    assert "✓ Du hilser på kontaktpersonen ved navn." in said
    assert "Hej Mette," in improved and improved.lower().count("hej mette") == 1
    assert improved.lower().count("mvh") == 1 and "Det er emil fra samtalen" in improved


def test_an_abbreviation_does_not_end_a_sentence_of_the_draft():
    """s37b: "…over 50 mio. kr. til tiden" was quoted as "…over 50 mio." and left "kr. til tiden og under budget." on
    its own in the improved version; "f.eks." left "Hvis du har brug for flere oplysninger fra mig, f.eks." last."""
    boast = "Jeg har leveret tre projekter til over 50 mio. kr. til tiden og under budget."
    draft = GOOD.replace("Jeg er stadig meget interesseret.", boast)
    assert boast in draft
    result = review(draft)
    assert "kr. til tiden" not in result.improved  # the boast goes whole
    assert any(c.sentence == boast for c in result.changes)


def test_a_question_that_takes_the_job_for_given_is_no_status_question():
    """s38b: "Så hvornår kan jeg starte? 😄" was praised as "ét klart spørgsmål om, hvor langt de er" and kept."""
    opening = "Hej Mette, det er Ole Jensen. Jeg var til samtale tirsdag den 24. november om jobbet som kontorchef. " \
              "Så hvornår kan jeg starte?"
    review = review_draft(opening, CASE, "call", today=date(2026, 11, 28))
    assert [c.name for c in review.shown_changes][:2] == ["presumes", "asks_status"]
    assert "calm" not in review.good and "hvornår kan jeg starte" not in review.improved


def test_an_opening_pasted_under_its_request_is_a_call_whatever_words_it_says():
    """s39b: "… se på min ansøgning?" in the opening made it a mail ("Jeg har læst din mail", add a subject)."""
    message = ('Vil du lige høre min åbning til opkaldet i morgen? "Hej Birgitte, det er Karin Holm. Jeg var til '
               'jobsamtale hos jer torsdag den 19. november om stillingen som sygeplejerske i hjemmeplejen. Jeg ringer '
               'for at høre, om I har haft mulighed for at se på min ansøgning?"')
    assert draft_kind(message, draft_in_request(message)) == "call"


@pytest.mark.parametrize("said, again", [
    ("kan du vise den forbedrede version igen?", True), ("kan jeg få den rettede mail igen", True),
    ("vis mig bare den forbedrede udgave igen", True), ("kan du skrive en mail til Lone?", False),
    ("kan du vise mailen igen?", False),  # the coach's own mail
])
def test_the_improved_version_asked_for_again(said, again):
    from coach.review.request import asks_for_the_improved_version
    assert asks_for_the_improved_version(said) is again


def test_a_formal_sentence_about_the_interview_names_no_role():
    """s39b: "den jobsamtale, som fandt sted den 18. november … vedrørende stillingen som lagerforvalter" made the role
    "fandt sted" ("Tak for en god samtale om stillingen som fandt sted")."""
    from coach.facts.titles import role_said
    assert role_said("den jobsamtale, som fandt sted den 18. november 2026 vedrørende stillingen som lagerforvalter") \
        == "lagerforvalter"


def test_another_offer_told_as_news_with_a_question_is_no_demand_and_offers_nothing():
    """s41c: "Jeg har fået et andet jobtilbud, som jeg skal svare på inden fredag d. 11." was to be taken out as "et
    krav eller en trussel" (the coach's own advice says to tell them), and "svare på" was read as an offer to answer
    questions."""
    draft = ("Emne: Re: Jobsamtale tirsdag den 24. november - kontorchef\n\nKære Mette Hansen,\n\nTak for en god "
             "samtale tirsdag den 24. november. Jeg er stadig meget interesseret i stillingen.\n\nJeg har fået et "
             "andet jobtilbud, som jeg skal svare på inden fredag d. 11. Jeg vil dog helst arbejde hos Novo Nordisk, "
             "så jeg ville høre om I kan give mig en tilbagemelding inden da?\n\nMed venlig hilsen\nOle Jensen")
    said = review_draft(draft, CASE, "email").render()
    assert "Tag „Jeg har fået et andet jobtilbud" not in said
    assert "Du tilbyder at svare på spørgsmål" not in said
