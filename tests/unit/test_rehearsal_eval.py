"""The rehearsal evaluator: what the coach notices in each line the user says on the phone."""

from dataclasses import replace
from datetime import date, time

import pytest

from coach.case import PHONE, FollowUpCase
from coach.rehearsal import evaluate_line


@pytest.fixture(autouse=True)
def a_week_after_the_interview(monkeypatch):
    """The lines below say "i onsdags" and "for en uge siden" of an interview on Wednesday 25 November."""
    monkeypatch.setenv("COACH_TODAY", "2026-12-02")


CASE = FollowUpCase(
    interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",  # a Wednesday
    contact_channel=PHONE, has_no_deadline=True, contact_name="Mette Hansen",
    company="Novo Nordisk", user_name="Ole Jensen",
)

LONG_RAMBLE = (
    "Ja hej, det er Ole Jensen, og jeg ringer om min ansøgning til kontorchef-stillingen, som jeg var til "
    "samtale om onsdag den 25. november, og jeg ville egentlig bare høre, om I er nået frem til noget, for "
    "jeg har gået og tænkt meget over det, og min familie spørger også hele tiden, så det ville være rart "
    "at vide noget snart."
)

# (id, line, checks that must pass, checks that must fail)
LINES = [
    # formal, by the script
    ("formal_name", "Goddag, mit navn er Ole Jensen.", {"says_name", "polite_and_short"},
     {"places_interview", "names_role", "asks_status", "thanks"}),
    ("formal_placing_and_role",
     "Jeg var til jobsamtale hos jer onsdag den 25. november kl. 9 om stillingen som kontorchef.",
     {"places_interview", "names_role"}, {"says_name", "asks_status"}),
    ("formal_status_reversed_word_order",
     "Jeg ringer for at høre, om du har haft mulighed for at kigge på min ansøgning?",
     {"asks_status"}, {"says_name", "thanks"}),
    ("formal_thanks", "Tusind tak for din tid, og hav en rigtig god dag.", {"thanks", "polite_and_short"},
     {"asks_status"}),
    ("formal_how_far", "Hvor langt er I i processen?", {"asks_status"}, {"says_name"}),
    ("formal_how_does_it_look_with_role", "Hvordan ser det ud med stillingen som kontorchef?",
     {"asks_status", "names_role"}, set()),
    ("full_opening", "Hej Mette, det er Ole Jensen. Jeg var til jobsamtale hos jer onsdag den 25. november om "
     "stillingen som kontorchef. Har du haft mulighed for at kigge på min ansøgning?",
     {"says_name", "places_interview", "names_role", "asks_status", "no_selling", "no_demands", "polite_and_short"},
     {"thanks"}),
    # informal
    ("informal_all_in_one", "hej det er ole, var til samtale i onsdags ang kontorchef-jobbet, hvor langt er i?",
     {"says_name", "places_interview", "names_role", "asks_status"}, set()),
    ("informal_name_her", "hejsa mette, ole her :) ville bare lige høre hvordan det går med min ansøgning",
     {"says_name", "asks_status"}, {"places_interview", "names_role"}),
    ("informal_any_news", "yo, hvad så, er der nyt?", {"asks_status"}, {"says_name"}),
    ("informal_thanks", "tak skal du ha", {"thanks"}, set()),
    ("informal_tak_with_exclamation", "tak!", {"thanks", "polite_and_short"}, set()),
    ("no_thanks_is_not_thanks", "nej tak", set(), {"thanks"}),
    # typos
    ("typo_name_and_interview", "Hej det er Ole Jnesen, jeg var til samtle i ondags", {"says_name", "places_interview"},
     set()),
    ("typo_status", "hvordn ser det ud med min ansøgnig?", {"asks_status"}, set()),
    ("typo_role", "jeg ringer angående kontorchfe stillingen", {"names_role"}, set()),
    ("typo_thanks", "Tussind tak for din tid", {"thanks"}, set()),
    # written without æ/ø/å
    ("ascii_oe_aa", "Hej, det er Ole Jensen. Jeg var til samtale hos jer i onsdags og ville hoere hvordan det "
     "gaar med min ansoegning", {"says_name", "places_interview", "asks_status"}, set()),
    ("ascii_review_question", "Har du naaet at kigge paa min ansoegning til stillingen som kontorchef?",
     {"asks_status", "names_role"}, set()),
    ("ascii_when_question",
     "Jeg er stadig meget interesseret i stillingen. Hvornaar kan jeg forvente at hoere fra jer?",
     {"asks_status", "no_selling"}, set()),
    ("plain_o_for_oe", "har du set min ansogning?", {"asks_status"}, set()),
    # long and rambling
    ("long_ramble", LONG_RAMBLE, {"says_name", "places_interview", "names_role"}, {"polite_and_short"}),
    # rude or shouting
    ("rude_swearing", "Hvad fanden tager så lang tid hos jer?", set(), {"polite_and_short"}),
    ("rude_exclamations", "Det er simpelthen for dårligt, at ingen har ringet!!", set(), {"polite_and_short"}),
    ("shouting_caps", "HALLO ER DER NOGEN DER GIDER SVARE MIG", set(), {"polite_and_short"}),
    ("shouting_why", "HVORFOR SVARER I IKKE PÅ MIN ANSØGNING", set(), {"polite_and_short", "no_demands"}),
    # selling
    ("selling_years", "Jeg vil lige minde om, at jeg har 10 års erfaring med ledelse.", set(), {"no_selling"}),
    ("selling_perfect", "Jeg er den perfekte kandidat, og mine kvalifikationer passer perfekt til jobbet.", set(),
     {"no_selling"}),
    ("selling_degree", "Som jeg nævnte til samtalen, har jeg en master i økonomi og kan bidrage med meget.", set(),
     {"no_selling"}),
    ("selling_material", "Er der nyt? Jeg har i øvrigt mailet dig mit CV og to anbefalinger igen.", {"asks_status"},
     {"no_selling"}),
    ("selling_see_for_yourself", "Hvor står I? Jeg tager gerne nogle tegninger med, så I selv kan se niveauet.",
     {"asks_status"}, {"no_selling"}),
    ("selling_others", "Har I besluttet jer? Jeg har truckkort, og det har de andre nok ikke.", {"asks_status"},
     {"no_selling"}),
    ("selling_course", "Jeg ville høre, om der er nyt. Og så har jeg lige taget et kursus i Excel.", {"asks_status"},
     {"no_selling"}),
    ("pressure_public", "Hører jeg ikke noget, skriver jeg om jer på Facebook.", set(), {"no_demands"}),
    ("pressure_until", "Jeg venter kun til fredag, så siger jeg ja et andet sted.", set(), {"no_demands"}),
    ("pressure_want", "Jeg vil have et svar nu, ikke om en uge.", set(), {"no_demands"}),
    ("pressure_how_long", "Hvor længe skal jeg egentlig vente på jer?", set(), {"no_demands"}),
    ("selling_informal", "jeg er virkelig god til excel og har masser af erfaring", set(), {"no_selling"}),
    ("interest_is_not_selling", "Jeg er stadig meget interesseret i stillingen som kontorchef.",
     {"no_selling", "names_role"}, set()),
    # demanding or accusing
    ("demand_answer_now", "I skal give mig et svar nu.", set(), {"no_demands"}),
    ("accuse_no_call", "Hvorfor har I ikke ringet tilbage som lovet?", set(), {"no_demands", "asks_status"}),
    ("demand_deadline", "Jeg forventer et svar inden fredag.", set(), {"no_demands"}),
    ("accuse_promise", "I lovede at ringe i mandags", set(), {"no_demands", "places_interview"}),
    ("accuse_unprofessional", "Det her er uprofessionelt, jeg har ventet alt for længe", set(), {"no_demands"}),
    ("too_many_questions", "Har I besluttet jer? Hvem fik jobbet? Hvornår ved I det? Hvorfor så langsomt?", set(),
     {"asks_status"}),
    # placing the interview
    ("wrong_weekday", "Jeg var til samtale hos jer i tirsdags", set(), {"places_interview"}),
    ("relative_past", "Jeg var til samtale for en uge siden", {"places_interview"}, set()),
    ("last_week_and_compound_role", "Vi snakkede sammen sidste uge om kontorchefstillingen",
     {"places_interview", "names_role"}, set()),
    ("numeric_date", "Jeg hedder Ole og var til samtale 25/11", {"says_name", "places_interview"}, set()),
    ("future_day_is_not_placing", "Kan jeg ringe igen på mandag?", set(), {"places_interview"}),
    # things that look like a name or a status question but are not
    ("det_er_angaaende", "Det er angående min ansøgning", set(), {"says_name", "asks_status"}),
    ("det_er_for_daarligt", "Det er for dårligt", set(), {"says_name", "polite_and_short"}),
    ("asking_for_the_contact", "Kan jeg tale med Mette Hansen?", set(), {"says_name"}),
    ("small_talk_is_not_status", "Hvordan går det?", set(), {"asks_status"}),
    ("decision_question", "Har I truffet en beslutning endnu?", {"asks_status"}, set()),
    ("filled_question", "Er stillingen blevet besat?", {"asks_status"}, set()),
]


@pytest.mark.parametrize(("text", "passes", "fails"), [row[1:] for row in LINES], ids=[row[0] for row in LINES])
def test_line_checks(text, passes, fails):
    check = evaluate_line(text, CASE)
    assert {name for name in passes if not getattr(check, name)} == set(), "should pass"
    assert {name for name in fails if getattr(check, name)} == set(), "should fail"


def test_the_table_covers_at_least_forty_lines_and_every_check():
    assert len(LINES) >= 40
    named = set().union(*(row[2] | row[3] for row in LINES))
    assert {"says_name", "places_interview", "names_role", "asks_status", "thanks", "polite_and_short",
            "no_selling", "no_demands"} <= named


REJECTION_ANSWERS = [
    ("sorry_and_thanks", "Det var ærgerligt at høre, men tak fordi du fortæller mig det.", True),
    ("wishes_and_other_roles", "Okay. Held og lykke med den nye, og husk mig hvis der kommer andre stillinger", True),
    ("asks_for_feedback", "Øv, men fair nok. Må jeg få lidt feedback på min samtale?", True),
    ("wishes_the_new_one_well", "Okay, tak for beskeden. God vind til jer og den nye medarbejder.", True),
    ("informal_lowercase", "tak for beskeden og held og lykke med ansaettelsen", True),
    ("argues_why_not_me", "Hvorfor valgte I ikke mig? Det er uretfærdigt.", False),
    ("swears", "Det er fandme for dårligt, jeg var jo den bedste", False),
    ("just_ok", "ok", False),
    ("does_not_understand", "Det forstår jeg ikke. Jeg troede, det gik godt.", False),
    ("sells_and_accuses", "Jamen jeg har 10 års erfaring, I tager fejl", False),
    ("thanks_but_sells_again", "Tak, men jeg er altså den bedste til jobbet", False),
    # a gracious start with a plain pitch for the next time: selling after a no is no grace
    ("gracious_then_a_pitch", "Det er ærgerligt, men tak for beskeden. Mine kvalifikationer passer jo fint, så husk "
     "mig endelig.", False),
]


@pytest.mark.parametrize(("text", "graceful"), [row[1:] for row in REJECTION_ANSWERS],
                         ids=[row[0] for row in REJECTION_ANSWERS])
def test_answers_to_a_rejection(text, graceful):
    assert evaluate_line(text, CASE, after_rejection=True).graceful_rejection is graceful


def test_graceful_rejection_is_not_judged_before_any_rejection():
    assert evaluate_line("Tak for din tid", CASE).graceful_rejection is None


def test_wrong_weekday_is_reported_so_the_feedback_can_say_so():
    assert "wrong_day" in evaluate_line("Jeg var til samtale i tirsdags", CASE).notes
    assert "wrong_day" not in evaluate_line("Jeg var til samtale i onsdags", CASE).notes


def test_without_a_user_name_in_the_case_a_spoken_name_still_counts():
    anonymous = replace(CASE, user_name=None)
    assert evaluate_line("hej det er ole", anonymous).says_name
    assert evaluate_line("Jeg hedder Sara Nielsen", anonymous).says_name
    assert not evaluate_line("Det er bare mig igen", anonymous).says_name
    # testers: a non-native "min navn er", "er" left out after a greeting, a full name alone
    for said in ("hello, sorry, min navn er Maria Santos", "hej kasper det mikkel fra samtalen", "Maria Santos",
                 "hey Line, det Emil."):  # s35b: "Du sagde dit navn til receptionen, men ikke til kontaktpersonen"
        assert evaluate_line(said, anonymous).says_name, said
    assert not evaluate_line("hej det er om samtalen", anonymous).says_name


def test_a_sentence_that_only_thanks_is_thanks_however_long_the_line():
    """A tester's message to reception ended "… Ellers prøver jeg igen senere på ugen. Tak for hjælpen." and the
    feedback said the thanks was no real thanks."""
    message = ("Ja tak, det vil være dejligt. Vil du sige til ham, at Mette Holm har ringet angående stillingen som "
               "lagerchef, og at han er velkommen til at ringe til mig på 22 41 87 36? Ellers prøver jeg igen senere "
               "på ugen. Tak for hjælpen.")
    assert evaluate_line(message, CASE).thanks
    assert not evaluate_line("Tak for ingenting. Tak.", CASE).thanks


def test_thanks_with_a_wish_after_it_is_thanks():
    """"Tak for samtalen og held og lykke med det." after a no was read as no thanks; a wish takes no thanks away."""
    after_no = evaluate_line("Det må jeg jo tage til efterretning. Tak for samtalen og held og lykke med det.", CASE,
                             after_rejection=True)
    assert after_no.thanks
    assert evaluate_line("Det er helt fint. Tak for din tid, og hav en rigtig god jul.", CASE).thanks
    assert not evaluate_line("Fantastisk. Det var lige hvad jeg trængte til. Tak, og god jul.", CASE).thanks


def test_without_a_role_in_the_case_a_named_position_counts_but_stillingen_alone_does_not():
    no_role = replace(CASE, role=None)
    assert evaluate_line("Jeg ringer angående stillingen som lagerchef", no_role).names_role
    assert not evaluate_line("Jeg ringer angående stillingen", no_role).names_role
    assert not evaluate_line("Jeg ringer angående stillingen", CASE).names_role


def test_another_jobs_title_is_not_the_role_and_the_feedback_can_say_so():
    check = evaluate_line("Det drejer sig om stillingen som lagerchef", CASE)
    assert not check.names_role and "wrong_role" in check.notes
    assert evaluate_line("Det drejer sig om kontorchefjobbet", CASE).names_role


def test_a_multi_word_role_needs_most_of_its_words():
    case = replace(CASE, role="senior data scientist")
    assert evaluate_line("Det gælder jobbet hvor I søgte en data scientist", case).names_role
    assert not evaluate_line("Det gælder jeres data", case).names_role


def test_without_an_interview_date_any_past_day_with_the_interview_counts():
    no_date = replace(CASE, interview_date=None)
    assert evaluate_line("Jeg var til samtale i tirsdags", no_date).places_interview
    assert not evaluate_line("i tirsdags", no_date).places_interview


def test_the_interview_weekday_alone_places_the_interview():
    assert evaluate_line("Det var mig, der var inde onsdag", CASE).places_interview
    assert evaluate_line("onsdag den 25. november", CASE).places_interview


def test_a_short_opening_is_polite_and_a_long_monologue_is_not():
    opening = "Hej Mette, det er Ole Jensen. Jeg ringer om stillingen som kontorchef."
    assert evaluate_line(opening, CASE).polite_and_short
    check = evaluate_line(LONG_RAMBLE + " " + LONG_RAMBLE, CASE)
    assert not check.polite_and_short and "too_long" in check.notes


@pytest.mark.parametrize("line", [
    "Hvornår kan jeg forvente et svar?",
    "Hvornår forventer I at kunne give svar?",
    "Har I haft mulighed for at se på ansøgningerne, og hvornår forventer I at give svar?",
    "ok fedt, hvornaar ved i det saa",  # a tester's calm reply to "not decided yet", called pressure
    "Hvornår hører jeg fra jer?",
])
def test_the_question_the_guide_recommends_is_no_demand(line):
    check = evaluate_line(line, CASE)
    assert check.no_demands and check.polite_and_short and check.asks_status


@pytest.mark.parametrize("line", [
    "Hvornår forventer I at give mig et svar, for jeg har ventet længe?",
    "Hvornår forventer I at give svar? Jeg skal vide det i morgen.",
])
def test_the_same_question_with_a_reproach_or_a_deadline_is_still_pressure(line):
    assert not evaluate_line(line, CASE).no_demands


def test_a_question_about_pay_or_perks_is_no_status_question():
    """A tester asked only "hvad er lønnen egentlig i den stilling, og følger der firmabil med?" and was told "✓ Du
    stillede et klart spørgsmål om din ansøgning"."""
    terms = evaluate_line("Før jeg glemmer det, hvad er lønnen egentlig i den stilling, og følger der firmabil med?",
                          CASE)
    assert not terms.asks_status and "terms" in terms.notes
    both = evaluate_line("Har I besluttet jer? Og hvad er lønnen?", CASE)
    assert both.asks_status and "terms" not in both.notes


@pytest.mark.parametrize("line", ["Må jeg spørge, hvem I så har valgt?", "Okay. Hvem fik jobbet så?",
                                  "hvem er den anden? har hun mere erfaring end mig"])
def test_asking_who_else_it_is_is_named_not_praised_as_polite(line):
    """s30d: prying about the other candidates got "✓ Du var høflig", 4 of 4 times. (On the training part the lines
    that ask who got it are all labelled impolite; "hvor mange I stadig overvejer" is labelled polite and passes.)"""
    check = evaluate_line(line, CASE, after_rejection=True)
    assert not check.polite_and_short and "prying" in check.notes and check.graceful_rejection is False
    assert evaluate_line("Må jeg spørge, hvor mange I stadig har med i overvejelserne?", CASE).polite_and_short


def test_a_voicemail_that_says_the_number_twice_is_not_too_long():
    """s30d: the coach's own voicemail, with the number said twice as the coach advises, got "✗ En af dine replikker
    var lang": a number is one thing said, not four words."""
    said = ("Hej Mette, det er Ole Jensen. Jeg var til samtale hos jer onsdag den 25. november om stillingen som "
            "kontorchef. Jeg ringer for at høre, hvordan det går med min ansøgning. Du kan ringe til mig på "
            "22 33 44 55, det er 22 33 44 55. Tak, og hav en god dag.")
    check = evaluate_line(said, CASE)
    assert check.polite_and_short and "too_long" not in check.notes


@pytest.mark.parametrize("line, named", [
    ("hej thomas, lukas nørgaard her, jeg var til samtale", True),  # s31c: "✗ Du sagde ikke dit navn"
    ("Hej Thomas, Lukas Nørgaard her.", True), ("jeg er her for at høre om min ansøgning", False),
    ("Hej Peter, Ahmad her.", True),  # s32d: "✗ Du sagde dit navn til receptionen, men ikke til kontaktpersonen"
    ("Hej, Thomas her.", False),  # the contact's name
])
def test_a_name_said_as_x_her_counts_when_the_coach_was_not_told_it(line, named):
    check = evaluate_line(line, replace(CASE, user_name=None, contact_name="Thomas Berg"))
    assert check.says_name is named


def test_another_offer_is_no_selling():
    """s31c: "Jeg har nemlig et andet tilbud jeg skal svare på" was named as selling and as pressure."""
    assert evaluate_line("Jeg har nemlig et andet tilbud jeg skal svare på.", CASE).no_selling


def test_impatience_is_named_pressure_and_a_plea_begging():
    """s32d: "kan du ikke bare sige det nu" was named begging ("Du bad og tiggede om jobbet")."""
    assert "pressure" in evaluate_line("kan du ikke bare sige det nu", CASE).notes
    assert "begging" in evaluate_line("Vil du ikke nok give mig en chance? Jeg beder dig.", CASE).notes


@pytest.mark.parametrize("said", ["hej det er sara khan, er rikke juhl der?", "er lene der?"])
def test_asking_for_someone_is_no_status_question(said):
    """s33b: a voicemail that only asked "er rikke juhl der?" got "✓ Du bad dem vende tilbage til dig"."""
    assert not evaluate_line(said, CASE).asks_status
    assert evaluate_line("er der nyt?", CASE).asks_status



def test_a_curt_no_and_a_kind_goodbye_are_not_named_irony_or_keywords():
    """s36c: "nej. ringer igen" was named irony, and "ok tak, undskyld igen for forstyrrelsen. hej hej" keywords on a
    row with a hollow thanks."""
    curt = evaluate_line("nej. ringer igen", CASE)
    assert "sarcasm" not in curt.notes and "curt" in curt.notes
    goodbye = evaluate_line("ok tak, undskyld igen for forstyrrelsen. hej hej", CASE)
    assert "salad" not in goodbye.notes and "hollow_thanks" not in goodbye.notes
    assert "salad" in evaluate_line("hej hej status stillingen som kontorchef onsdag tak svar ring", CASE).notes


def test_asking_reception_to_be_put_through_with_a_thanks_is_polite():
    """s38c: "stil mig lige om til Hanne Vestergaard, tak" got "Hov, den tone er der ingen grund til" and "Nogle ord
    var uhøflige"; without the thanks the order stays curt (so the written lines label it)."""
    kind = evaluate_line("Hej, Ole Jensen her, stil mig lige om til Mette Hansen, tak", CASE)
    assert kind.polite_and_short and "rude" not in kind.notes
    curt = evaluate_line("Ja, Ole her, stil mig lige om til Mette.", CASE)
    assert not curt.polite_and_short and "rude" in curt.notes


@pytest.mark.parametrize("said, kind", [
    # s38c: "Du pressede på" for turning down reception's offer of a message, and "nah … hej" read as a yes
    ("nej nej, du skal ikke skrive noget. jeg ringer bare igen i morgen", True),
    ("Nej tak, jeg ringer igen i morgen. Hav en god dag.", True),
    ("Fint nok, men jeg ringer igen i morgen og i overmorgen, indtil I har et svar. Hej.", False),
    ("nej tak, jeg ringer igen i morgen, og så må hun altså have et svar klar", False),
])
def test_turning_down_a_message_and_calling_later_presses_no_one(said, kind):
    from coach.rehearsal.evaluate import is_declining, kindly_declined
    assert is_declining(said)
    assert kindly_declined(evaluate_line(said, CASE)).no_demands is kind


def test_a_last_hej_after_a_sentence_ends_the_call():
    from coach.rehearsal.evaluate import is_declining, is_goodbye
    assert is_declining("nah det er fint. hej") and is_goodbye("nah det er fint. hej", False)
    assert is_goodbye("ok tak hej", False) and not is_goodbye("Hej, det er Ole Jensen", False)
    assert not is_declining("Det er fint, sig hun skal ringe til mig om jobbet som kontorchef")


@pytest.mark.parametrize("said, calm", [
    # s39b: told as news, with the day the user must answer the other employer: no threat
    ("Jeg vil gerne fortælle, at jeg har fået et andet jobtilbud, som jeg skal svare på senest fredag den 11. "
     "december.", True),
    ("Jeg skal svare et andet sted senest på fredag, så hvis I vil have mig, skal I melde tilbage inden da.", False),
    ("Jeg skal dog nævne, at jeg har afslået et andet tilbud i tillid til, at De ville vende tilbage.", False),
])
def test_another_offer_told_as_news_is_no_demand(said, calm):
    assert evaluate_line(said, CASE).no_demands is calm


def test_a_first_name_here_in_lower_case_is_a_name():
    """s39c: "hey rasmus, emil her, var til samtale …" got "Du sagde dit navn til receptionen, men ikke til
    kontaktpersonen"."""
    unnamed = replace(CASE, user_name=None)
    assert evaluate_line("hey mette, emil her, var til samtale i onsdags som kontorchef", unnamed).says_name
    assert not evaluate_line("ja, jeg er her, hvad så", unnamed).says_name


def test_a_question_forgotten_at_the_interview_is_no_boast_and_a_no_thanks_no_hollow_thanks():
    """s40b: the contract's optional forgotten question was called "pral"; "Nej tak, det er ikke nødvendigt. … Tak
    for hjælpen." to reception was "ikke et rigtigt tak"."""
    forgot = evaluate_line("Jeg glemte i øvrigt at spørge: Hvad vil I lægge mest vægt på hos den nye kontorchef det "
                           "første halve år?", CASE)
    assert forgot.no_selling and not forgot.asks_status
    declined = evaluate_line("Nej tak, det er ikke nødvendigt. Jeg prøver igen en anden dag. Tak for hjælpen.", CASE)
    assert declined.thanks and "hollow_thanks" not in declined.notes
    assert not evaluate_line("Nej tak.", CASE).thanks
