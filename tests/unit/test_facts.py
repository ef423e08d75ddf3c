"""Reading facts in the user's own words."""

import pytest

from coach.case import EMAIL, PHONE
from coach.facts import (
    ATTEMPT,
    DEADLINE,
    INTERVIEW,
    OTHER,
    answer_reported,
    attempt_channel,
    attempts_reported,
    bare_title,
    channel_preference,
    clean_company,
    clean_person_name,
    clean_role,
    company_said,
    corrected_title,
    date_taken_back,
    date_topic,
    employer_left_unsaid,
    following_up_now,
    higher_up_named,
    in_full_before,
    interview_ahead,
    interview_just_now,
    is_correction,
    job_offered,
    kind_of_place,
    names_said,
    parse_channel,
    recounts_attempts,
    rejection_denied,
    rejection_medium,
    rejection_news,
    rejection_reported,
    rejection_told,
    role_said,
    says_no_deadline,
    speaks_of_last_time,
    split_role_answer,
    stepping_away,
    tells_news,
    title_then_place,
    unsure,
    whole_title,
    with_surname,
)


def test_the_day_the_user_sent_the_mail_is_no_answer_day_though_an_answer_is_told_beside_it():
    assert topic_of("i morges", "jeg sendte mailen i morges og hun har allerede svaret") == ATTEMPT


@pytest.mark.parametrize("text, correcting", [
    ("Åh vent, jeg kom i tanke om at det var torsdag d. 12. og ikke fredag. Ændrer det noget?", True),
    ("mandag d. 21., ikke fredag", True), ("ah ok", False), ("de ringer ikke fredag", False),
])
def test_a_day_meant_and_one_taken_back_is_a_correction(text, correcting):
    assert is_correction(text) is correcting


def topic_of(day: str, text: str) -> str | None:
    """What the day said in `text` is about, as date_topic reads it."""
    start = text.index(day)
    return date_topic(text, start, start + len(day))


@pytest.mark.parametrize("text, expected", [
    ("ring", "telefon"), ("Jeg vil hellere ringe", "telefon"), ("telefonen", "telefon"),
    ("opkald", "telefon"), ("mail", "email"), ("en e-mail tak", "email"), ("jeg vil skrive", "email"),
    ("ved ikke", None), ("ringe eller mail?", None),
    ("ringe tror jeg. nej vent, jeg skriver hellere en mail", "email"),  # a change of mind
    ("jeg tænkte at sende en mail, jeg er ikke så meget for at ringe", "email"),
    ("phone. I'm better at talking than writing", "telefon"),
    ("ah vent, jeg har lige fået en mail. de har valgt en anden", None),  # a mail received is no choice
    ("jeg skriver en mail, nej ikke ringe", "email"),
    ("hmm nej, jeg ringer alligevel. mails drukner bare", "telefon"),  # a reason against mail
    ("Jeg foretrækker at ringe, da jeg ikke er så fortrolig med e-mail.", "telefon"),
    ("hov, kan jeg ikke hellere skrive en mail? jeg får alligevel aldrig fat i hende i telefonen", "email"),
    ("jeg er mere til at snakke med folk end at skrive mails", "telefon"),
    ("de ville snakke med de andre først", None),
])
def test_channel_in_own_words(text, expected):
    assert parse_channel(text) == expected


@pytest.mark.parametrize("text", [
    "ingen", "Ingen frist", "det sagde de ikke", "de nævnte ikke noget", "nej", "ved ikke",
    "De sagde ingen dato", "det blev ikke sagt", "det naevnte de ikke",
])
def test_no_deadline_phrasings(text):
    assert says_no_deadline(text)


@pytest.mark.parametrize("text", ["på fredag", "senest den 4. december", "om 14 dage",
                                  "nej, jeg ringer hellere, så er det overstået"])  # a change of channel
def test_a_date_is_not_no_deadline(text):
    assert not says_no_deadline(text)


@pytest.mark.parametrize("text, silent", [
    ("øh det sagde de ikke noget om", True), ("det nævnte hun ikke", True), ("de sagde ikke noget", True),
    ("they didn't say", True), ("ved ikke", False), ("jeg ringer", False),
    ("de sagde at jeg bare kunne ringe", False),
])
def test_employer_left_unsaid(text, silent):
    assert employer_left_unsaid(text) is silent


@pytest.mark.parametrize("text, unprompted", [
    ("jeg vil ringe og de sagde ingen frist", True),
    ("de sagde ikke noget om hvornår", True),
    ("nej", False),
    ("Jeg var til samtale, men de sagde ikke noget om løn", False),
])
def test_no_deadline_unprompted_only_when_explicit(text, unprompted):
    assert says_no_deadline(text, asked=False) is unprompted


def test_which_date_is_which_in_one_message():
    text = "Jeg var til samtale i tirsdags, og de svarer senest fredag"
    interview = text.index("i tirsdags")
    deadline = text.index("fredag")
    assert date_topic(text, interview, interview + 10) == INTERVIEW
    assert date_topic(text, deadline, deadline + 6) == DEADLINE
    assert date_topic("i tirsdags", 0, 10) is None


def test_the_employers_own_steps_are_no_date_of_the_case():
    text = "Skolelederen sagde at de holdt anden runde i uge 16 og ville give besked til alle i uge 17"
    assert (topic_of("uge 16", text), topic_of("uge 17", text)) == (OTHER, DEADLINE)


@pytest.mark.parametrize("text, day, topic", [
    ("jeg søgte et job hos Bygma den 2. oktober", "den 2. oktober", OTHER),  # the application
    ("så ringede de pludselig d. 26/10 og spurgte om jeg ville komme til samtale", "d. 26/10", OTHER),
    ("jeg søgte i november, blev ringet op d. 15/12 og inviteret", "d. 15/12", OTHER),
    ("de ringede mig op d. 3/11 og samtalen blev så holdt fredag d. 20. november", "d. 3/11", OTHER),
    ("de ringede mig op d. 3/11 og samtalen blev så holdt fredag d. 20. november", "fredag d. 20. november",
     INTERVIEW),
    ("fik en mail d. 10. om en telefonsamtale", "d. 10.", OTHER),
    ("Jobbet starter 1. maj hvis jeg får det", "1. maj", OTHER),
    ("Var til samtale hos Rambøll d. 4. januar og har fulgt op tre gange", "d. 4. januar", INTERVIEW),
    ("de sagde de ville vende tilbage, altså i fredags", "i fredags", DEADLINE),  # restated
    ("jeg var til første samtale d. 2. juni og er nu inviteret til anden runde på mandag", "d. 2. juni", OTHER),
    ("jeg var til første samtale d. 2. juni og er nu inviteret til anden runde på mandag", "på mandag", INTERVIEW),
    ("jeg har været til første samtale d. 10. november og så anden runde i fredags", "d. 10. november", OTHER),
    ("jeg har været til første samtale d. 10. november og så anden runde i fredags", "i fredags", INTERVIEW),
    ("anden runde var i torsdags og de var tre i panelet. første runde var i december", "i december", OTHER),
    ("de holdt anden runde i uge 16", "uge 16", OTHER),  # the employer's own round
    # "anden samtale" is a later round too (AF001, AF045), "en anden samtale" another job's
    ("var til første samtale d. 15. oktober, og så blev jeg kaldt til anden samtale, som var i torsdags",
     "d. 15. oktober", OTHER),
    ("Første samtale var d. 1. december, og anden samtale fredag d. 18. december", "d. 1. december", OTHER),
    ("jeg har en anden samtale på fredag hos Netto, men var til samtale i tirsdags hos Coop", "i tirsdags", INTERVIEW),
    ("nej vent det var i tirsdags jeg var derude, ikke mandag", "i tirsdags", INTERVIEW),  # AE010
    ("de sagde fredag d. 14... nej vent det var samtalen. svaret skulle komme fredag d. 21.", "fredag d. 14.",
     INTERVIEW),                                                   # AF034: taken back at once
    ("Det er recruiteren Emma Skov der vender tilbage, i løbet af næste uge sagde hun.", "i løbet af næste uge",
     DEADLINE),                                                    # AF033: who said it, after the day
    ("Vi er 3 i final round. Start 1. august.", "1. august", OTHER),  # the job's first day
    ("haha nej det var jo før samtalen. d. 6/1 mente jeg", "d. 6/1", None),  # K041: the user's own fix
    ("start januar", "start januar", None),  # a stretch of January, not a job's start
    ("Første runde var et video-interview d. 3. maj, og i dag mødte jeg dem. Vi er 3 i final round.", "d. 3. maj",
     OTHER),
])
def test_days_of_the_story_around_the_interview(text, day, topic):
    assert topic_of(day, text) == topic


@pytest.mark.parametrize("text", ["så ringede de pludselig d. 26/10", "jeg blev ringet op d. 15/12",
                                  "men tæller det så som at jeg har fulgt op?"])  # asks, reports no act
def test_calls_from_the_employer_are_no_follow_ups(text):
    assert attempts_reported(text) is None


@pytest.mark.parametrize("text", ["det ved jeg ikke lige, vent... jeg har skrevet det ned et sted",
                                  "jeg skrev datoen ned da de sagde det"])
def test_a_note_to_self_is_no_follow_up(text):
    assert attempts_reported(text) is None


def test_a_later_round_invited_to_lies_ahead():
    assert interview_ahead("jeg er nu inviteret til anden runde på mandag")
    assert interview_ahead("jeg har fået 2. samtale d. 24/6!! som salgskonsulent")  # AO044: invited, not held


@pytest.mark.parametrize("text, day", [
    ("afdelingssygeplejersken sagde de melder ud i uge 8", "i uge 8"),
    ("de melder tilbage på fredag", "på fredag"),
    ("udmelding kommer d. 12/12", "d. 12/12"),
    ("var til samtale i mandags som elektriker og de sagde de ringer på onsdag", "på onsdag"),
])
def test_an_announced_answer_is_the_deadline(text, day):
    assert topic_of(day, text) == DEADLINE


@pytest.mark.parametrize("text, expected", [
    ("kontorchef", "kontorchef"), ("Stillingen som kontorchef.", "kontorchef"),
    ("det var som pædagog", "pædagog"), ("SAP-konsulent", "SAP-konsulent"),
    ("Projektleder i IT", "projektleder i IT"), ("", None), ("x" * 500, None),
    ("vvs montør sagde jeg jo", "vvs montør"), ("butiksassistent in Netto, Valby", "butiksassistent"),  # s43a, s43b
])
def test_role_from_a_bare_answer(text, expected):
    assert clean_role(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mette Hansen", "Mette Hansen"), ("hun hedder mette hansen", "Mette Hansen"),
    ("Jeg hedder Ole Jensen.", "Ole Jensen"), ("det er 12345678", None),
    # a tester's "soeren" stayed so under the mail; names spelt so keep their spelling
    ("soeren joergensen", "Søren Jørgensen"), ("Mikael Noel", "Mikael Noel"), ("aase kjaer", "Aase Kjær"),
])
def test_person_names(text, expected):
    assert clean_person_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Novo Nordisk", "Novo Nordisk"), ("hos Aarhus Kommune.", "Aarhus Kommune"), ("I", None), ("de", None),
])
def test_company_names(text, expected):
    assert clean_company(text) == expected


@pytest.mark.parametrize("text, chosen, preferred", [
    ("skriver hellere en mail, hader at ringe lol", EMAIL, EMAIL),
    ("Jeg foretrækker at skrive en e-mail. Jeg er ikke så glad for at ringe.", EMAIL, EMAIL),
    ("de sagde ikke hvornår de ringer tilbage, jeg ringer hellre bare selv", PHONE, PHONE),
    ("hellere mail end at ringe", EMAIL, EMAIL),
    ("ja, jeg ringer nok", PHONE, PHONE),
    ("ringe", PHONE, PHONE),  # a bare channel is an answer, whichever question was asked
    ("jeg mailede dem i går", None, None),  # a follow-up made, not a choice
    ("de vender tilbage i næste uge", None, None),
    ("ahh nej mail alligevel, undskyld 😅", EMAIL, EMAIL),  # a change of mind back
    ("mail så", EMAIL, EMAIL),
    ("phone. I'm better at talking than writing tbh", PHONE, PHONE),
])
def test_the_channel_the_user_chooses(text, chosen, preferred):
    assert (parse_channel(text), channel_preference(text)) == (chosen, preferred)


@pytest.mark.parametrize("text, count", [
    ("jeg har ringet to gange, sidst i torsdags", 2),
    ("mailede dem for en uge siden", 1),
    ("har ringet et par gange", 2),
    ("ringede i dag men fik ikke fat i nogen", 1),
    ("intet svar igen", 1),
    ("jeg var til samtale for ti dage siden og har stadig ikke hørt fra dem", None),  # no news, no attempt
    ("jeg har ikke ringet endnu", None),
    ("jeg vil ringe på fredag", None),
    ("Jeg har nu ringet i formiddags, men fik kun telefonsvareren. Jeg lagde en besked.", 1),  # one call
    ("jeg mailede mandag og lagde en besked på hendes telefon i går", 2),
    ("jeg har ringet to gange og sendt en mail, ingen svar nogen af gangene", 3),  # two kinds, counted
    ("har ringet to gange, sidst ringede jeg i torsdags", 2),  # the same calls named twice
    ("har prøvet tre gange, både ringet og skrevet", 3),  # the count of a general act is the total
    # s42c: the count of the general act, then the one act it was, counted twice ("2. opfølgning uden svar")
    ("jeg har allerede fulgt op én gang, jeg ringede d. 26/11 til min kontakt Jette Lund men hun tog den ikke", 1),
    ("jeg har fulgt op 1 gang: ringede d. 26/11 til Jette men hun tog den ikke", 1),
    ("jeg sendte allerede en mail i onsdags aftes men intet svar, saa nu vil jeg ringe", 1),
])
def test_follow_ups_the_user_already_made(text, count):
    assert attempts_reported(text) == count


@pytest.mark.parametrize("text, ahead", [
    ("jeg skal til samtale på torsdag", True), ("har samtale i morgen kl 9", True),
    ("er indkaldt til jobsamtale d. 3/12", True), ("jeg var til samtale i går", False),
])
def test_an_interview_that_lies_ahead(text, ahead):
    assert interview_ahead(text) is ahead


@pytest.mark.parametrize("text", ["Han", "hun", "De", "noget med M", "Chefen"])
def test_a_pronoun_or_a_description_is_no_name(text):
    assert clean_person_name(text) is None


@pytest.mark.parametrize("text, user, contact", [
    ("Goddag. Mit navn er Birgitte Nørgaard. Jeg var til samtale torsdag", "Birgitte Nørgaard", None),
    ("mit navn er Karen Lund Mikkelsen", "Karen Lund Mikkelsen", None),  # the whole name
    ("Poul Erik Madsen hedder jeg", "Poul Erik Madsen", None),
    ("jeg talte med Mette Hansen", None, "Mette Hansen"),
    ("Samtalen blev ledet af Lene Kjær, som sagde fredag", None, "Lene Kjær"),
    ("hun hedder Sanne", None, "Sanne"),
    ("Hun hedder noget med M", None, None),  # no name, and never "Hun"
    ("Rektors navn er Poul Erik Bach. Mit navn er Jørgen Sørensen.", "Jørgen Sørensen", "Poul Erik Bach"),
    ("Det var Mette Kjær der interviewede mig, og hun sagde fredag. Mit navn er Ida Holm btw", "Ida Holm",
     "Mette Kjær"),
    ("ringe til ham der holdt samtalen, Kasper Holm", None, "Kasper Holm"),
    ("hende der interviewede mig, Annette Vestergaard, kiggede på sin telefon", None, "Annette Vestergaard"),
])
def test_names_where_a_cue_says_whose(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, rejection, answer", [
    ("de har valgt en anden", True, False), ("fik et afslag i dag", True, False),
    ("hun lød ret afvisende", True, False), ("jeg har fået svar", False, True),
    ("har stadig ikke fået svar", False, False), ("de sagde uge 44", False, False),
    ("de har ansat en anden", True, False),
    ("ok jeg ringede lige, de har givet stillingen til en anden. surt", True, False),
    ("hun svarede meget kort og koldt. hun virker ret uinteresseret", True, False),
    ("det er koldt i dag", False, False), ("hun virker sød", False, False),
])
def test_news_from_the_employer(text, rejection, answer):
    assert (rejection_reported(text), answer_reported(text)) == (rejection, answer)


@pytest.mark.parametrize("text, medium", [
    ("fik et afslag i dag på mail", "email"), ("de skrev at de har valgt en anden", "email"),
    ("hun ringede og sagde nej", "telefon"), ("fik et afslag i dag", None),
])
def test_how_a_rejection_came(text, medium):
    assert rejection_medium(text) == medium


@pytest.mark.parametrize("text, role, company", [
    ("var til samtale i tirsdags kl 10 som kontorchef hos Novo Nordisk, talte med Mette", "kontorchef",
     "Novo Nordisk"),
    ("jeg søgte en stilling som grafisk designer hos Adtomic", "grafisk designer", "Adtomic"),
    ("Jeg var til jobsamtale hos Aarhus Kommune angående stillingen som sagsbehandler.", "sagsbehandler",
     "Aarhus Kommune"),
    ("kontorchef Henrik Lund, som førte samtalen", None, None),  # "som" after a name is no title
    ("har ringet 3 gange nu ang tjenerjobbet og ingen svarer", "tjener", None),
    ("ringet om lagerjobbet", None, None),  # no title inside the compound
    ("Hej, jeg var til samtale som personalekonsulent d. 18/3", "personalekonsulent", None),
])
def test_role_and_employer_said_in_a_sentence(text, role, company):
    assert (role_said(text), company_said(text)) == (role, company)


@pytest.mark.parametrize("text, role", [
    ("Stillingen er kontorassistent.", "kontorassistent"), ("stillingen er besat", None),
    ("eller nej, stillingen hed faktisk butikschef, ikke sælger", "butikschef"),
])
def test_the_title_said_as_what_the_position_is(text, role):
    assert role_said(text) == role


def test_the_title_by_name_wins_over_a_title_said_of_a_person():
    text = ("samtale hos Trekantens Fjernvarme, stillingen hedder projektkoordinator, "
            "og jeg talte med Louise som er afdelingsleder")
    assert role_said(text) == "projektkoordinator"


@pytest.mark.parametrize("text", ["jeg håber at Mette ringer snart", "tror at Novo Nordisk vil ringe"])
def test_the_infinitive_at_names_no_employer(text):
    assert company_said(text) is None


def test_an_employer_ends_where_the_sentence_does():
    assert company_said("Jeg var til samtale hos Novo Nordisk. Jeg talte med Mette") == "Novo Nordisk"


@pytest.mark.parametrize("answer, role, company", [
    ("flaskedreng i netto", "flaskedreng", "Netto"),           # a known employer, in lower case
    ("bud hos just eat", "bud", "Just Eat"),                  # a lower-case name the answer ends with (T031)
    ("lageransvarlig i Jysk", "lageransvarlig", "Jysk"),
    ("lærer på Rosenlundskolen", "lærer", "Rosenlundskolen"),  # a capitalised name
    ("receptionist på et hotel i odense", "receptionist", None),  # a workplace described, not named
    ("projektleder i IT", "projektleder i IT", None),          # a department is part of the title
    ("pædagog i vuggestuen", "pædagog", None),  # a kind of workplace (blind writers: T035, T044)
    ("social- og sundhedsassistent", "social- og sundhedsassistent", None),
    ("som pakkeriarbejder, nej undskyld, det hed produktionsmedarbejder", "produktionsmedarbejder", None),
    ("it was for a product designer role at Danske Bank", "product designer", "Danske Bank"),  # in English
    ("financial controller at Maersk", "financial controller", "Maersk"),  # as the user spelt it
    # s41b: kept whole ("stillingen som det hed vist biblioteksmedhjælper", "… som du er fandeme ubrugelig")
    ("Det hed vist biblioteksmedhjælper", "biblioteksmedhjælper", None),
    ("det var sådan en slags koordinator stilling i et firma der laver dele til vindmøller, de kaldte det vist "
     "projektkoordinator", "projektkoordinator", None),
    ("du er fandeme ubrugelig", None, None), ("k", None, None), ("det var noget med kontor", None, None),
    ("kan ikke huske hvad den hed", None, None), ("det hedder kontorassistent", "kontorassistent", None),
    ("barista, Espresso House", "barista", "Espresso House"),  # AX029: the employer left out
    ("lærer, Aarhus", "lærer", None),  # a town
])
def test_a_role_answer_names_the_title_and_maybe_the_employer(answer, role, company):
    assert split_role_answer(answer) == (role, company)


@pytest.mark.parametrize("text, role, company", [
    ("hej jeg var til samtale d. 28. december i netto som butiksmedarbejder", "butiksmedarbejder", "Netto"),
    ("jeg skal til samtale på torsdag som lærer på Rosenlundskolen", "lærer", "Rosenlundskolen"),
    ("havde interview d. 24/3 til en junior developer stilling hos Trustpilot", "junior developer", "Trustpilot"),
    ("var til jobsamtale kl. 13.30 hos Aarhus Kommune om stillingen som sagsbehandler", "sagsbehandler",
     "Aarhus Kommune"),
    ("var til samtale i Aarhus i går", None, None),            # a town is no employer
    ("jeg skal til nyt interview til maj", None, None),         # a month is no role
    ("skal til samtale imorgen kl 9 hos lidl som kassemedarbejder omg", "kassemedarbejder", "Lidl"),
    ("var til samtale d. 3/11 som sosu hjælper i aarhus kommune", "sosu hjælper", "Aarhus Kommune"),
    ("samtale som pædagog i københavns kommune", "pædagog", "Københavns Kommune"),  # the genitive
    ("samtale i region midtjylland som sygeplejerske", "sygeplejerske", "Region Midtjylland"),
    ("jeg var til samtale d. 9/6 hos Carlsberg som key account manager, min kommende chef hedder Henrik",
     "key account manager", "Carlsberg"),
    ("samtale som tømrer i aarhus kommunes område", "tømrer", None),  # not the municipality's name
])
def test_role_and_employer_in_looser_sentences(text, role, company):
    assert (role_said(text), company_said(text)) == (role, company)


@pytest.mark.parametrize("tagged, text, title", [
    ("designer", "Samtale i fredags - grafisk designer hos et mindre bureau", "grafisk designer"),
    ("sundhedsassistent", "som social- og sundhedsassistent", "social- og sundhedsassistent"),
    ("kok", "jeg er kok", "kok"),
    ("sagsbehandler", "som sagsbehandler i ydelsesafdelingen.", "sagsbehandler i ydelsesafdelingen"),  # U010
    ("kok", "som kok i Tivoli", "kok"),  # the employer, no department
])
def test_the_whole_title_around_what_the_nlu_tagged(tagged, text, title):
    assert whole_title(tagged, text) == title


@pytest.mark.parametrize("text, user, contact", [
    ("Min kontaktperson er Peter Holm.", None, "Peter Holm"),
    ("snakkede med lederen Sanne. Hun sagde", None, "Sanne"),
    ("Med venlig hilsen Poul Erik Sørensen", "Poul Erik Sørensen", None),
    ("Kære Coach. Jeg var til samtale", None, None),
    ("det var hos en mand, hans navn er Kim", None, "Kim"),
    ("hendes fulde navn er Lone Bech", None, "Lone Bech"),
    ("hun hed vist Lone et eller andet", None, "Lone"),
    ("jeg har ringet til min kontakt Henrik to gange", None, "Henrik"),
    ("tusind tak!! /Sanne", "Sanne", None),
    ("ringe / mail", None, None),
    ("Emma Thorsen, the recruiter, said they'd decide by end of march", None, "Emma Thorsen"),
])
def test_more_cues_that_say_whose_name(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, user, contact", [
    ("og jeg er Lærke Bang btw", "Lærke Bang", None),
    ("jeg er glad for at høre fra dig", None, None),
    ("btw my name is Jonas Vestergaard if you need it", "Jonas Vestergaard", None),
    ("Mit nr er 40 50 60 70 hvis det er. /Sara Khalil", "Sara Khalil", None),
    ("Jens Kofoed, han ejer firmaet", None, "Jens Kofoed"),
    ("sendte en mail i mandags, begge gange til Hanne Vinther", None, "Hanne Vinther"),
    ("har faktisk allerede ringet i mandags til Jens Mikkelsen men han tog den ikke", None, "Jens Mikkelsen"),
    ("mailede d. 20/11 til Hanne Juul", None, "Hanne Juul"),
    ("ringede i går til Novo Nordisk", None, None),  # an employer, not a person
    ("contact was Anders Lund-Madsen, Head of Analytics", None, "Anders Lund-Madsen"),
    ("min kommende chef hedder Henrik, Henrik Dahl, og han sagde", None, "Henrik Dahl"),
    ("jeg talte med Mikkel, Mikkel Poulsen tror jeg", None, "Mikkel Poulsen"),
    ("Hej igen. Jeg var her for lidt siden", None, None),  # AF015
])
def test_names_said_in_passing_hesitantly_or_in_english(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, day", [
    ("første gang d. 16/3 og sidst i tirsdags", "d. 16/3"),
    ("første gang d. 16/3 og sidst i tirsdags", "i tirsdags"),
    ("sidste mail var d. 14. maj", "d. 14. maj"),
])
def test_a_follow_up_named_by_its_place_in_the_row_dates_an_attempt(text, day):
    assert topic_of(day, text) == ATTEMPT
    assert attempts_reported(text) is None  # its place is no count


@pytest.mark.parametrize("text, count", [
    ("Jeg har sendt to mails nu uden svar", 2),
    ("Mail, de har også skrevet til mig på mail hele vejen", None),  # the employer wrote
    ("hun har ringet til mig", None),
    ("nu har de skrevet at de går videre med en anden", None),  # the employer wrote, verb first
    ("nej vent, hun skrev faktisk i mailen: senest 8. januar", None),
    ("har sendt mailen nu 👍 hvad gør jeg hvis de ikke svarer?", 1),
    # AF019: the same act again with "igen" is one more; AF015: the advice followed, "det gjorde jeg"
    ("skrevet en mail d. 26. januar, ringet d. 3. februar og ringet igen onsdag d. 10. februar", 3),
    ("har ringet to gange, sidst ringede jeg i torsdags", 2),
    ("Du sagde jeg skulle skrive til Susanne, og det gjorde jeg i fredags, men hun har ikke svaret.", 1),
    ("du sagde jeg skulle ringe, men det gjorde jeg ikke", None),
    ("Jeg vil ringe, det har jeg også gjort indtil nu", None),  # a habit, no follow-up counted
    ("telefonsvarer igen. hvad gør jeg så??", 1),  # AE027: after "ok ringer nu", how the call went
    ("telefonsvarer?", None),
    ("men en headhunter, Nikolaj fra Hays, ringede i december om en stilling", None),  # AF013: not the user
    ("Efter din plan sendte jeg en mail til Helle tirsdag d. 1. juni, men der er ikke kommet noget svar.", 1),
    ("så sendte de en mail til mig", None),
])
def test_follow_ups_counted_by_their_number_and_only_the_users(text, count):
    assert attempts_reported(text) == count


def test_follow_ups_told_in_order_are_recounted_not_added():
    assert recounts_attempts("Den første mail sendte jeg d. 7/12 og den anden i torsdags")
    assert not recounts_attempts("jeg ringede igen i går")


def test_a_filler_before_a_title_is_not_part_of_it():
    assert whole_title("butikschef", "stillingen hed faktisk butikschef") == "butikschef"
    assert whole_title("designer", "grafisk designer") == "grafisk designer"


def test_a_surname_given_later_completes_the_contact():
    assert with_surname("Peter", "mail til Peter. hans efternavn er Dahl") == "Peter Dahl"
    assert names_said("han hedder Friis til efternavn, altså Jonas Friis") == (None, "Jonas Friis")
    assert names_said("jeg skriver under som Mads Krogh") == ("Mads Krogh", None)


def test_a_count_corrected_with_a_day_names_the_last_attempt():
    text = "nej undskyld det var kun én gang, i fredags. tænkte på et andet job"
    start = text.index("i fredags")
    assert date_topic(text, start, start + len("i fredags")) == ATTEMPT


def test_the_last_of_the_follow_ups_named_by_its_kind_dates_it():
    text = "mailen var den sidste, den sendte jeg onsdag i sidste uge"
    assert speaks_of_last_time(text)
    assert topic_of("onsdag i sidste uge", text) == ATTEMPT


def test_a_day_in_the_week_after_the_interview_is_no_interview_day():
    assert topic_of("i løbet af ugen efter samtalen", "de sagde i løbet af ugen efter samtalen") != INTERVIEW


@pytest.mark.parametrize("text, offered", [
    ("jeg har fået elevpladsen!!! 🎉", True), ("fik jobbet", True), ("jeg fik ikke pladsen", False),
    ("JEG FIK DEN!!! starter 1. april 🥳", True), ("har fået den, jeg starter mandag", True),  # AJ023
    ("fik den mail i går", False), ("fik det at vide i går, starter ikke", False), ("fik den ikke", False),
    # a tester's planned opening: asking whether the job is theirs tells nothing
    ("Jeg ville bare høre om jeg har fået jobbet?", False), ("har jeg fået stillingen?", False),
])
def test_a_job_or_a_place_offered(text, offered):
    assert job_offered(text) is offered


@pytest.mark.parametrize("text", ["Nu har skolelederen lige ringet. De er blevet forsinket",
                                  "chefen ringede i går", "HR har skrevet til mig",
                                  "Mette har lige skrevet at hun svarer på fredag"])
def test_a_call_or_mail_from_the_employers_side_is_no_attempt(text):
    assert attempts_reported(text) is None


def test_what_the_employer_should_have_done_is_no_attempt():
    assert attempts_reported("de skulle have ringet i går. ingenting") is None
    assert date_topic("de skulle have ringet i går", 23, 27) == DEADLINE


@pytest.mark.parametrize("text", ["det husker jeg ikke, det var lige efter efterårsferien og alt flød",
                                  "husker det ikke"])
def test_not_remembering_in_either_word_order_is_no_date(text):
    assert says_no_deadline(text, asked=True)


@pytest.mark.parametrize("text", ["de sagde bare 'snarest'", "hurtigst muligt", "asap"])
def test_as_soon_as_possible_is_no_date(text):
    assert says_no_deadline(text, asked=True)


def test_home_from_the_interview_is_today():
    assert interview_just_now("kom lige hjem fra jobsamtale 🙈")


def test_a_long_formal_opening_keeps_every_fact_in_its_place():
    from datetime import date

    from coach.dates.entities import time_entities
    text = ("Kære Coach. Jeg var den 16. december til ansættelsessamtale. Jeg har siden skrevet to gange til "
            "kontaktpersonen, Lene Holm, senest den 11. januar, uden at modtage svar.")
    topics = [(e["value"], e["additional_info"]["about"]) for e in time_entities(text, date(2027, 1, 18))]
    assert topics == [("2026-12-16", INTERVIEW), ("2027-01-11", "attempt")]
    assert names_said(text) == (None, "Lene Holm") and attempts_reported(text) == 2


@pytest.mark.parametrize("text, user, contact", [
    ("jeg hedder forresten Kasper Holm", "Kasper Holm", None),
    ("Min kontaktperson var Birgit Skov, og jeg hedder selv Poul Erik Madsen.", "Poul Erik Madsen", "Birgit Skov"),
    ("jeg hedder kasper holm", "Kasper Holm", None),              # typed without capitals
    ("hej!! jeg hedder jonas nielsen og var til samtale hos vestas", "Jonas Nielsen", None),  # "og" ends it
    ("Jeg har skrevet to mails til Julie Lund allerede", None, "Julie Lund"),
    ("skrive en e-mail til kontorchef Henrik Lund, som førte samtalen", None, "Henrik Lund"),
    ("jeg ringer til Novo Nordisk", None, None),                   # an employer, not a person
    ("skal jeg skrive til hende?", None, None),
    ("hej hej", None, None),
    ("snakkede med HR (Camilla Berg), de sagde", None, "Camilla Berg"),
    ("Afdelingslederen, Jens Bak, oplyste, at de ville svare", None, "Jens Bak"),
    ("men det var Brian Mikkelsen jeg snakkede med", None, "Brian Mikkelsen"),
    ("det var jo hende jeg snakkede med", None, None),
])
def test_names_only_where_words_say_whose(text, user, contact):
    assert names_said(text) == (user, contact)


def test_a_time_the_danish_way_is_in_the_afternoon():
    from datetime import date

    from coach.dates.entities import time_entities
    assert [e["value"] for e in time_entities("halv to", date(2026, 11, 4))] == ["2026-11-04T13:30"]


@pytest.mark.parametrize("text", ["hun var meget kort for hovedet", "lød ret uinteresseret",
                                  "han virkede helt afvisende", "hun lød virkelig uinteresseret"])
def test_a_cold_contact_said_with_an_adverb_is_still_cold(text):
    assert rejection_reported(text)


@pytest.mark.parametrize("text, told", [
    ("de ringede lige og sagde at jeg ikke fik den. hvad skriver man tilbage?", True),
    ("jeg fik ikke jobbet", True),
    ("de har lige sms'et at jeg ikke fik det 💀", True),
    ("jeg fik ikke den mail de lovede", False),  # a mail, not the job
])
def test_not_getting_the_job_said_plainly_is_a_no(text, told):
    assert rejection_reported(text) is told


def test_a_contact_named_between_commas():
    said = "lederen, Anne Kjær, sagde de ville have besluttet sig senest 18. december"
    assert names_said(said) == (None, "Anne Kjær")


def test_an_employer_name_with_a_particle():
    assert split_role_answer("tjener på Hotel d'Angleterre") == ("tjener", "Hotel d'Angleterre")


def test_what_the_role_was_not_is_no_role():
    """A tester's "ikke Arkitema!! Tegnestuen Vest." became the role: the mail thanked for "stillingen som ikke
    Arkitema"."""
    assert split_role_answer("ikke Arkitema!! Tegnestuen Vest. og der er ingen stilling, det var en uopfordret "
                             "ansøgning.")[0] is None
    assert role_said("der står 'stillingen som ikke Arkitema' ?? skriv arkitekt") != "ikke Arkitema"
    assert split_role_answer("ikke-akademisk medarbejder") == ("ikke-akademisk medarbejder", None)


@pytest.mark.parametrize("text, contact", [
    ("den der interviewede mig hed Karen Dam", "Karen Dam"),   # any "hed/hedder" but "jeg hedder"
    ("samtale med Mette Hansen i går", "Mette Hansen"),
    ("Camilla fra HR ringer", "Camilla"),
    ("det hed Netto", None),                                     # an employer
    # the one who is to answer, before the interviewer named first (AF001, AF005, AF041, AF045)
    ("Der var marketingchefen Sofie Lund. Det er Camilla Holm fra HR der sender svar", "Camilla Holm"),
    ("Det var med økonomichefen Henrik Bach. Lone Kjær sagde at det er hende der giver svar", "Lone Kjær"),
    ("med partneren Jens Kofoed. Hans sekretær, Lotte Winther, er den der skal give svar", "Lotte Winther"),
    ("Det var med indehaveren Kurt Jensen og hans søn Mikkel.", "Kurt Jensen"),
    ("Mandag sagde hun at hun ringer", None),                     # a day is no one
    ("med mester Carsten og hans kone Bettina Hansen som laver papirarbejdet, og det er hende der ringer",
     "Bettina Hansen"),                                            # AF025
    ("samtale med kontorchef Ole Bertelsen. Svaret vil komme fra HR-konsulent Marianne Holt", "Marianne Holt"),
    ("Kære Opfølgningscoach. Jeg vil gerne bede Dem om et råd.", None),  # AF027: the coach itself
    # s33a, s33d: the new contact, and the one the user talked to ("Kære Kasper" stayed; "den, der står for …")
    ("min kontakt hedder nu sofie berg. kasper er stoppet", "Sofie Berg"),
    ("Dem jeg talte med var Birgitte Hansen", "Birgitte Hansen"), ("De mangler at ringe til mine referencer", None),
])
def test_a_contact_named_in_other_words(text, contact):
    assert names_said(text) == (None, contact)


@pytest.mark.parametrize("text", ["kan du skrive en takkemail", "ja gerne en takke-mail også",
                                  "ring til mig på 12 34 56 78",
                                  # s32c: taken as a choice of mail, though a phone number calls for a call (C1)
                                  "Jeg har både hendes telefonnummer og mail", "jeg har mail og tlf nr på ham"])
def test_a_thank_you_or_a_call_to_me_chooses_no_channel(text):
    assert parse_channel(text) is None and channel_preference(text) is None


def test_a_capitalised_title_beside_an_employer_is_the_role_and_a_name_is_not():
    said = "Kom fra samtale! Administrativ medarbejder hos Region Hovedstaden."
    assert role_said(said) == "administrativ medarbejder"
    assert role_said("Mette hos Netto sagde fredag") is None
    assert names_said("nej vent, Tina var bare hende i receptionen, det var Lise Vinther der var chef og holdt "
                      "samtalen") == (None, "Lise Vinther")


def test_a_title_beside_a_named_employer_is_the_role():
    assert role_said("hej. samtale d. 10. marts, personalekonsulent i Danske Bank") == "personalekonsulent"
    assert role_said("samtale i går hos Netto") is None


def test_each_follow_up_named_counts_and_an_answering_machine_complaint_is_none():
    assert attempts_reported("jeg har ringet tirsdag i sidste uge og mailet torsdag. ingen svar") == 2
    assert attempts_reported("jeg skriver hellere en mail, jeg hader telefonsvarere") is None
    assert attempts_reported("jeg ringede men røg på hendes telefonsvarer") == 1


@pytest.mark.parametrize("text, user, contact", [
    ("Jeg talte med butikschefen, Lars Winther, og han sagde", None, "Lars Winther"),  # not "Butikschefen"
    ("Afdelingsleder Hanne Juul oplyste, at jeg ville få svar", None, "Hanne Juul"),
    ("Jeg har mailet Kirsten Lau to gange", None, "Kirsten Lau"),
    ("Jeg snakkede med ham der Per Mikkelsen der er lagerchef.", None, "Per Mikkelsen"),
    ("Skal spørge efter Søren Bach når jeg ringer", None, "Søren Bach"),
    ("det var Anne-Mette Skov der holdt samtalen", None, "Anne-Mette Skov"),
    ("min kontakt hedder forresten Birgit Mørk", None, "Birgit Mørk"),
    ("Mikkel Thomsen sagde senest fredag d. 16", None, "Mikkel Thomsen"),
    ("skriv mailen under med Signe Dahl tak", "Signe Dahl", None),
    ("Underskriv venligst med mit fulde navn: Bent Kristiansen.", "Bent Kristiansen", None),
    ("Hej det er Ole Bjerre her. Jeg var til samtale", "Ole Bjerre", None),
    ("Novo Nordisk sagde de ville svare fredag", None, None),  # an employer speaks, not a person
    ("jeg var til samtale som butikschef i Netto", None, None),
])
def test_names_said_in_passing_with_who_they_are(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, asked", [
    ("de sagde ingenting om hvornår", False),
    ("det sagde de ik", True),
    ("Hvornår de ville svare? Det kan jeg faktisk ikke huske, der blev sagt så meget", False),
    ("hvornår de ville svare ved jeg ikke", False),
])
def test_more_ways_to_say_no_day_was_given(text, asked):
    assert says_no_deadline(text, asked=asked)


def test_not_knowing_something_else_is_no_deadline_unasked():
    assert not says_no_deadline("jeg ved ikke om jeg skal ringe", asked=False)


@pytest.mark.parametrize("text, company", [
    ("samtale hos Chr. Hansen i går", "Chr. Hansen"),
    ("samtale hos Arla. Jeg vil ringe", "Arla"),
    ("lærer i dansk og historie på Vesterbro Ny Skole. Det er", "Vesterbro Ny Skole"),
    ("samtale i Aarhus i går", None),
    ("jeg har nu ringet 3 gange til Arriva efter min samtale", "Arriva"),  # a known employer called
    ("har ringet til Mette to gange", None),                               # a person called
])
def test_the_employer_as_it_is_written(text, company):
    assert company_said(text) == company


@pytest.mark.parametrize("answer, role", [
    ("kassemedarbejder omg", "kassemedarbejder"),
    ("skal du vide hvilket job? det var som tjener", "tjener"),
    ("sælger. kan vi ikke bare komme videre", "sælger"),
    ("nå ja, det var som ergoterapeut", "ergoterapeut"),
    ("øh ja det var som tjener", "tjener"),
])
def test_the_title_in_an_answer_with_more_in_it(answer, role):
    assert split_role_answer(answer) == (role, None)


@pytest.mark.parametrize("text", [
    "kom lige fra samtale!! barista hos espresso house",
    "sidder lige nu i toget hjem fra en samtale som receptionist",
    "Kom ud fra samtale for en time siden!",
])
def test_more_ways_to_say_the_interview_was_just_now(text):
    assert interview_just_now(text)


def test_a_follow_up_mail_sent_is_an_attempt():
    assert attempts_reported("Jeg sendte en follow-up mail i mandags, men no reply endnu") == 1


@pytest.mark.parametrize("text, count", [
    ("jeg har sendt en opfølgningsmail d. 22. marts og igen d. 1. april og har stadig ikke hørt noget", 2),
    ("ringede d. 17. og igen i mandags", 2),
    ("ringede i mandags og igen ringede jeg i går", 2),  # the second act named: counted once
    ("jeg ringede i fredags og lagde en besked, ingen har ringet tilbage", 1),  # nobody called back
])
def test_follow_ups_said_once_and_done_again(text, count):
    assert attempts_reported(text) == count


@pytest.mark.parametrize("text, channel", [
    ("har mailet dem én gang i går uden svar", "email"),
    ("jeg ringede i fredags og lagde en besked", "telefon"),
    ("ringede d. 17. og sendte en mail i mandags", "email"),  # the last one told
    ("har fulgt op to gange", None),
])
def test_how_the_last_follow_up_went(text, channel):
    assert attempt_channel(text) == channel


def test_a_contact_named_before_what_he_said():
    said = "Havde samtale fredag d. 18/6 hos Rigshospitalet som sekretær med Thomas Vinther, han sagde de svarer snart"
    assert names_said(said) == (None, "Thomas Vinther")


@pytest.mark.parametrize("text, known, corrected", [
    ("nej vent det hed salgskonsulent ikke sælger", "sælger", "salgskonsulent"),
    ("ikke sælger men salgskonsulent", "sælger", "salgskonsulent"),
    ("det var butiksassistent, ikke kassedame", "kassedame", "butiksassistent"),
    ("jeg er sælger ikke chef", "kok", None),  # not the role given before: no correction of it
])
def test_a_title_corrected_in_so_many_words(text, known, corrected):
    assert corrected_title(text, known) == corrected


@pytest.mark.parametrize("text, title", [
    ("tandlaegeassistent", "tandlaegeassistent"), ("social- og sundhedshjælper", "social- og sundhedshjælper"),
    ("ok", None), ("super tak", None), ("jeg er kok", None), ("hvad med en kok?", None), ("Peter", None),
])
def test_a_message_that_is_only_a_title(text, title):
    assert bare_title(text) == title


def test_a_future_boss_is_no_interview_ahead_and_titles_are_no_names():
    assert not interview_ahead("min kommende chef (hvis jeg får det haha) hedder Henrik")
    assert interview_ahead("min kommende samtale er på fredag")
    assert [clean_person_name(t) for t in ("Projektkoordinator", "Afdelingssygeplejersken", "To", "Lene Bach")] \
        == [None, None, None, "Lene Bach"]
    assert [clean_role(t) for t in ("var kundeservicemedarbejder", "stilling: pædagog", "supply chain planner 😬",
                                    "november")] == ["kundeservicemedarbejder", "pædagog", "supply chain planner", None]


@pytest.mark.parametrize("text", ["hej!! var til samtale for en times tid siden, gik vist meget godt",
                                  "just got out of my interview, like an hour ago!! hvornår skal jeg følge op"])
def test_just_out_of_the_interview_in_more_words(text):
    assert interview_just_now(text)


def test_news_of_a_rejection_in_other_words_and_an_employer_named_after_the_day():
    assert rejection_reported("nu har de skrevet at de går videre med en anden")
    assert company_said("var til samtale i går på Salon Hår & Co som frisør") == "Salon Hår & Co"


@pytest.mark.parametrize("text, channel", [
    ("hmm nej jeg er elendig til telefon, lad os tage en mail i stedet", "email"),
    ("nå nu fik jeg lige en mail om at de har valgt en anden", None),  # a mail received chooses nothing
    ("ok så ringer jeg", "telefon"),  # a decision, said while the coach asks for something else
    ("så skriver jeg bare en mail", "email"),
    ("så ringer jeg for tidligt?", None),  # a question, no choice
])
def test_channel_ruled_out_or_only_received(text, channel):
    assert channel_preference(text) == channel


@pytest.mark.parametrize("text, user, contact", [
    ("har sendt en mail i mandags og ringet i fredags til HR-konsulenten Mette, men hun svarer ikke", None, "Mette"),
    ("Per fra portørcentralen sagde svar senest d. 22.", None, "Per"),
    ("ringe, Jonas fra lageret gav mig sit direkte nummer", None, "Jonas"),
    ("Tak for hjælpen og godt nytår. Kh. Lone Bech", "Lone Bech", None),
    ("Hilsen Jens Holm", "Jens Holm", None),
])
def test_names_with_a_title_a_department_or_a_greeting(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, count", [
    ("har sendt en mail i mandags og ringet i fredags", 2),  # "en mail" counts the mail, not all
    ("har sendt 2 mails", 2),
    ("jeg har rykket for svar i mandags på mail", 1),
])
def test_follow_ups_told_together(text, count):
    assert attempts_reported(text) == count


@pytest.mark.parametrize("answer, role, company", [
    ("pædagogisk assistent i sfo på skovlunde skole", "pædagogisk assistent i sfo", "Skovlunde Skole"),
    ("it-supporter på hovedkontoret. jeg hedder forresten Ahmad Rahimi", "it-supporter", None),
    ("tandklinikassistent hos Tandlægerne i Valby", "tandklinikassistent", "Tandlægerne i Valby"),
    ("lærer i udskolingen", "lærer i udskolingen", None),
])
def test_a_role_answer_with_its_place(answer, role, company):
    assert split_role_answer(answer) == (role, company)


@pytest.mark.parametrize("text, role, company", [
    # "i" ends a title said in a sentence ("lærer i dansk og historie", "ergoterapeut i kommunen")
    ("samtale tirsdag d. 8/6 hos Bilka som teamleder i frugt og grønt", "teamleder", "Bilka"),
    ("samtale som pædagog i københavns kommune", "pædagog", "Københavns Kommune"),
    ("jobsamtale i onsdags hos Arla Foods i Vimmerby", None, "Arla Foods"),
    ("samtale d. 28/4 hos tømrerfirmaet K. Lund & Co. som tømrerlærling", None, "K. Lund & Co."),
])
def test_roles_and_employers_of_several_words(text, role, company):
    if role:
        assert role_said(text) == role
    assert company_said(text) == company


def test_a_rejection_told_inside_a_request_and_one_only_asked_about():
    assert rejection_news("jeg fik et afslag i fredags på mail, vil gerne svare pænt tilbage")
    assert rejection_news("nu kom der en mail: de har valgt at gå videre med en anden kandidat. hjælp mig at svare")
    assert not rejection_news("hvad skal jeg svare hvis de har valgt en anden?")
    assert not rejection_news("kan du skrive et svar på et afslag?")


@pytest.mark.parametrize("text", [
    "hej, har samtale d. 4/1 hos netcompany som it-konsulent",
    "samtalen er d. 14.",
    "nu har jeg ENDELIG fået en samtale på fredag hos Coop",
])
def test_interviews_ahead_in_more_words(text):
    assert interview_ahead(text)


def test_past_interviews_stay_past():
    assert not interview_ahead("samtalen var d. 14.") and not interview_ahead("jeg har haft samtale d. 3.")


def test_one_act_on_two_days_is_two_follow_ups_and_a_firm_and_son_is_one_name():
    assert attempts_reported("har ringet i mandags og i onsdags men hun tog den ikke nogen af gangene") == 2
    assert attempts_reported("samtale i mandags og ringede i onsdags") == 1
    assert company_said("som maler hos malerfirmaet Jensen og Søn de sagde fredag") == "Jensen og Søn"
    assert company_said("samtale hos Netto og Føtex") == "Netto"


@pytest.mark.parametrize("text, user, contact", [
    ("mit navn er lone bæk-andersen hvis du skal bruge det til mailen", "Lone Bæk-Andersen", None),
    ("kontaktpersonen hedder anne-mette skov-hansen btw", None, "Anne-Mette Skov-Hansen"),
    ("telefon. ham jeg snakkede med hed niels erik krogh", None, "Niels Erik Krogh"),
    ("jeg har skrevet til mette holm to gange, d. 19/2", None, "Mette Holm"),
    ("jeg har ringet to gange til Karl-Emil Thorsen, i fredags", None, "Karl-Emil Thorsen"),
    ("det var Jens Peter Madsen der holdt den", None, "Jens Peter Madsen"),
    ("Samtalen blev ført af Hanne Lykke.", None, "Hanne Lykke"),
    ("oh and my contact is called Mikkel Frost", None, "Mikkel Frost"),
    ("har ringet to gange til firmaet", None, None),
    ("hende der holdt den hed vist Birgitte Holm", None, "Birgitte Holm"),
    ("hos Smedefirmaet Brdr. Lauritsen som smed. Det var med Ole Lauritsen", None, "Ole Lauritsen"),
    ("det var med Teams", None, None),
])
def test_names_in_lower_case_in_the_middle_and_in_english(text, user, contact):
    assert names_said(text) == (user, contact)


@pytest.mark.parametrize("text, company", [
    ("det var hos schenker i hedehusene", "Schenker"),
    ("var til samtale i onsdags på café alma som tjener", "Café Alma"),
    ("var til samtale som kok d. 16. december på restaurant møllen", "Restaurant Møllen"),
    ("var til samtale mandag d. 14. december som pædagog i børnehuset solsikken", "Børnehuset Solsikken"),
    ("samtale i går som pædagog i vuggestuen i vanløse", None),  # a kind of place and a town: no name
    ("Samtalen var 31/11 på AUH", "AUH"),
    ("Stilling køkkenmedhjælper på Scandic hotel.", "Scandic"),
    ("Det er job som chauffør i en firma som hedder DSV.", "DSV"),
    ("som receptionist hos Advokatfirmaet Holm & Co. Jeg vil gerne vide", "Advokatfirmaet Holm & Co"),
    ("samtale hos en tandlæge", None),
    ("samtale i IT", None),
    ("receptionist i fitness world", "Fitness World"),  # a chain the lexicon knows, after "i" and in lower case
    ("samtale i normal arbejdstid", None),
    # a firm named after its owner keeps the initials
    ("jeg søgte som malersvend hos Malerfirmaet P. Olsen og var til samtale", "Malerfirmaet P. Olsen"),
    ("samtale d. 15/3 hos Smedefirmaet Brdr. Lauritsen som smed", "Smedefirmaet Brdr. Lauritsen"),
    ("hos Revisionsfirmaet K. Nielsen & Co. som regnskabsassistent", "Revisionsfirmaet K. Nielsen & Co."),
    ("til samtale i Styrelsen for Arbejdsmarked og Rekruttering vedrørende en stilling",
     "Styrelsen for Arbejdsmarked og Rekruttering"),
    # a title just before "på"/"i" makes the name after it the workplace; a school subject is none
    ("hej, samtale mandag d. 4. januar, receptionist på Scandic", "Scandic"),
    ("jeg er underviser i Dansk", None),
    # a volunteer going for the paid job: the organisation, not its shop
    ("Jeg har været frivillig i Røde Kors-butikken i et år, og i mandags var jeg til samtale", "Røde Kors"),
])
def test_employers_typed_lower_short_or_named(text, company):
    assert company_said(text) == company


def test_a_channel_ruled_out_after_it_and_english_preferences():
    assert channel_preference("Jeg vil hellere ringe. Jeg skrive ikke så godt dansk") == PHONE
    assert channel_preference("ok then I'll call, ringe it is") == PHONE


def test_a_message_sent_before_the_interview_is_no_follow_up_and_a_cold_voice_with_fillers_closes():
    assert attempts_reported("jeg har skrevet til dem, men det var før samtalen, bare for at spørge om p") is None
    assert rejection_reported("hun lød ærligt talt ret ligeglad og lagde hurtigt på")


def test_english_titles_and_no_dates():
    assert role_said("samtale i torsdags, for a barista job hos Espresso House") == "barista"
    assert says_no_deadline("they didn't say anything about when", asked=True)


@pytest.mark.parametrize("text, role", [
    ("tekniker ude ved vandværket", "tekniker"), ("tekniker ude", "tekniker"),  # the NLU's span
    ("lageransvarlig hos Jysk", "lageransvarlig"),
    ("medarbejder i kundeservice", "medarbejder i kundeservice"),  # "i" may belong to the title
])
def test_where_the_job_is_is_no_part_of_the_title(text, role):
    assert clean_role(text) == role
    assert role_said("det der job som tekniker ude ved vandværket, Aarhus Vand hedder de vist") == "tekniker"


def test_a_bare_title_then_the_place():
    assert title_then_place("lagermedarbejder, i deres afdeling ude i Roskilde") == "lagermedarbejder"
    assert title_then_place("ja, i morgen") is None


def test_an_employers_genitive_is_the_employer():
    assert company_said("en stilling som warehouse coordinator på DSV's lager i Hedehusene") == "DSV"


def test_a_cold_contact_told_inside_a_question_for_advice_closes_only_when_told():
    assert rejection_told("ved ikke om jeg skal ringe. hun virkede ærligt talt bare ikke interesseret i mig")
    assert not rejection_told("hvad skal jeg gøre hvis de har valgt en anden")


def test_a_kind_of_interview_is_no_channel():
    assert parse_channel("fik en mail om en telefonsamtale") is None
    assert attempts_reported("fik bare telefonsvareren. lagde ikke en besked") == 1


def test_a_title_said_as_what_the_job_is():
    assert role_said("det er som account manager hos TDC Erhverv") == "account manager"


@pytest.mark.parametrize("text, away", [
    ("vent lige, skal lige hente min søn", True), ("2 sek, jeg tjekker lige i kalenderen", True),
    ("brb", True), ("jeg er tilbage om lidt", True),
    ("de kommer tilbage senere", False), ("de vender tilbage om en uge", False), ("jeg ringer", False),
])
def test_stepping_away_for_a_moment(text, away):
    assert stepping_away(text) is away


def test_a_guess_followed_by_the_day_itself_is_that_day():
    from datetime import date

    from coach.dates.entities import time_entities
    days = [(e["value"], e["additional_info"]["about"])
            for e in time_entities("det er over en måned siden min samtale, d. 16/12, som servicetekniker",
                                   date(2027, 1, 25))]
    assert days == [("2026-12-16", INTERVIEW)]
    days = [e["value"][:10] for e in time_entities("samtale for over en uge siden og de sagde de svarer d. 20.",
                                                    date(2027, 1, 25))]
    assert len(days) == 2  # a day of something else stays


@pytest.mark.parametrize("text, channel", [
    ("Jeg vil helst skrive en e-mail, da jeg hører lidt dårligt i telefonen, især på mobilen.", "email"),
    ("Jeg har indtil nu ringet, og det vil jeg helst blive ved med.", "telefon"),
])
def test_the_channel_chosen_not_the_one_in_the_reason_or_kept_from_before(text, channel):
    assert channel_preference(text) == channel


@pytest.mark.parametrize("text, company", [
    ("Stillingen er som sekretær i Teknik- og Miljøforvaltningen hos Vejle Kommune.", "Vejle Kommune"),
    ("Jeg er en mand på 59, der efter 25 år på Grundfos er blevet ledig. I onsdags var jeg til samtale på "
     "Rosenhøj Skole i Viby som pedel.", "Rosenhøj Skole"),
])
def test_the_employer_applied_to_among_several(text, company):
    assert company_said(text) == company


def test_long_formal_messages_keep_their_facts_apart():
    assert names_said("Min underskrift skal være Lone Nielsen.") == ("Lone Nielsen", None)
    assert names_said("kan du skrive den til Ole Strand? og min signatur er Karim Haddad") == \
        ("Karim Haddad", "Ole Strand")
    assert names_said("email for sure, jeg hader at ringe til folk") == (None, None)  # Q002, J011
    assert attempts_reported("Jeg vil skrive en e-mail, da Peter Vinther selv foreslog, at jeg skrev til ham, "
                             "hvis jeg havde spørgsmål.") is None  # invited, not done
    assert role_said("samtale hos COWI til en stilling som projektleder inden for vandforsyning") == "projektleder"
    assert role_said("hej samtale i mandags som kokkeelev 👨‍🍳") == "kokkeelev"


def test_a_workplace_after_the_title_a_hedged_no_deadline_and_a_career_are_read_for_what_they_are():
    assert split_role_answer("livredder i svoemmehallen") == ("livredder", None)
    assert split_role_answer("lærer i udskolingen") == ("lærer i udskolingen", None)  # part of the title
    assert says_no_deadline("Det husker jeg desværre ikke. Jeg var meget nervøs.", asked=True)
    assert attempts_reported("Jeg er 53 år og har i mange år skrevet for lokalaviser.") is None


@pytest.mark.parametrize("known, said, mended", [
    ("Henrik Madsn", "Madsen** stavefejl sorry", "Henrik Madsen"),
    ("Lise Frederiksn", "Frederiksen, ikke Frederiksn 🙈", "Lise Frederiksen"),
    ("Mettte Skov", "Mette* for pokker, for mange t'er", "Mette Skov"),
    ("Mette Hansen", "Hanne sagde fredag", None),  # another name, not a spelling of "Hansen"
    ("Mette Hansen", "ringe", None),
])
def test_a_name_spelt_right_after_a_typo(known, said, mended):
    from coach.facts import respelled
    assert respelled(known, said) == mended


@pytest.mark.parametrize("said, channel", [
    ("Jeg foretrækker at henvende mig skriftligt.", "email"),
    ("hov, det glemte jeg at skrive: jeg har altså allerede ringet to gange", None),  # writing here, to the coach
])
def test_channels_said_formally_and_writing_to_the_coach(said, channel):
    assert channel_preference(said) == channel


@pytest.mark.parametrize("text, contact", [
    ("jeg kender hende jo godt, Lone Dam, så jeg ringer bare", "Lone Dam"),
    ("jeg ringer til hende, Mette", None),  # a first name alone beside a pronoun says too little
])
def test_a_whole_name_set_beside_hende_is_the_contact(text, contact):
    assert names_said(text)[1] == contact


@pytest.mark.parametrize("text, role", [
    ("graduate trainee-stilling", "graduate trainee"),
    ("kontorelev-stillingen", "kontorelev"),
    ("deltids-job", "deltids-job"),  # no title before the hyphen: left as said
])
def test_the_word_stilling_joined_to_a_title_is_no_part_of_it(text, role):
    assert clean_role(text) == role


@pytest.mark.parametrize("text, day_at, answered", [
    ("har lige ringet, hun sagde de ringer i næste uge", 37, True),  # the new day told after the call
    # the old answer day first, then a call nobody took: an unanswered attempt
    ("De sagde, at de ville vende tilbage sidst på måneden. Jeg har ringet én gang, men der var ingen, der tog "
     "telefonen", 36, False),
    ("har lige ringet, hun sagde de ringer i næste uge", None, False),  # no answer day in the message
])
def test_a_call_answered_with_a_new_day_is_no_unanswered_attempt(text, day_at, answered):
    from coach.facts import answered_with_a_day
    assert answered_with_a_day(text, day_at) is answered


@pytest.mark.parametrize("text, role", [
    ("som toemrer", "toemrer"),  # ae/oe/aa, with no question asked (after a plan before the interview); kept as
    # written (the contract's role, O031), the mail spells it with ø
    ("det var som kok i kantinen", "kok"),
    ("som sagt", None),
    ("som jeg skrev", None),
])
def test_a_message_that_is_only_som_and_a_title_names_the_role(text, role):
    assert role_said(text) == role


@pytest.mark.parametrize("text, company", [
    ("hey, havde et interview med en recruiter fra Hays torsdag d. 26/11, til en stilling som controller", "Hays"),
    ("hej. var til samtale gennem Adecco d. 3/12 til et vikariat som administrativ medarbejder", "Adecco"),
    ("jeg har fået en samtale gennem randstad på mandag", "Randstad"),  # a known agency, typed in lower case
    ("var til samtale hos Novo Nordisk gennem Adecco", "Novo Nordisk"),  # the employer itself wins
    ("fandt jobbet via Jobindex og har samtale via Teams", None),  # a job site and a meeting tool
    ("samtale gennem en ven", None),
])
def test_a_staffing_agency_is_the_employer_when_no_other_is_named(text, company):
    assert company_said(text) == company


@pytest.mark.parametrize("text, known, company", [
    ("sorry det var ikke ISS, det var Elite Miljø. jeg var til samtale begge steder", "ISS", "Elite Miljø"),
    ("ikke hos ISS men hos Elite Miljø", "ISS", "Elite Miljø"),
    ("nej ikke netto, det var føtex", "Netto", "Føtex"),
    ("det var ikke ISS, det var i tirsdags", "ISS", None),  # a day, not an employer
    ("jeg har ikke hørt fra ISS, det var Elite", "Novo", None),  # denies nothing we hold
])
def test_an_employer_corrected_replaces_the_one_denied(text, known, company):
    from coach.facts import company_corrected
    assert company_corrected(text, known) == company


@pytest.mark.parametrize("text, contact", [
    ("jeg skrev til recruiteren, Line Møller, i fredags. ingen svar", "Line Møller"),
    ("min recruiter hedder Jonas Berg", "Jonas Berg"),
])
def test_a_recruiter_is_a_title_not_a_name(text, contact):
    assert names_said(text) == (None, contact)


def test_a_cold_contact_with_the_subject_after_the_verb_closes():
    assert rejection_told("ærligt så virkede mester helt kold og uinteresseret til samtalen. han kiggede på sin "
                          "telefon hele tiden")
    assert not rejection_told("det virkede ikke uinteresseret")


def test_an_interview_got_through_an_agency_on_a_weekday_lies_ahead():
    assert interview_ahead("hej, jeg har fået en samtale gennem Randstad på mandag")
    assert not interview_ahead("jeg har haft samtale hos Netto på mandag")
    assert split_role_answer("ergoterapeut i kommunen") == ("ergoterapeut", None)


@pytest.mark.parametrize("text, role", [
    ("samtale i fredags som fysioterapeut over zoom, og jeg vil helst skrive en mail", "fysioterapeut"),
    ("samtale som lagerchef via teams i går", "lagerchef"),
])
def test_the_meeting_tool_is_no_part_of_the_title(text, role):
    assert role_said(text) == role


def test_a_jutlandic_nothing_about_when_is_no_deadline():
    assert says_no_deadline("han sagde sgu ikk nowet om hvornår", asked=False)
    assert says_no_deadline("hun sagde sgu ikke noget")
    assert not says_no_deadline("han sagde sgu på fredag", asked=False)


def test_the_name_to_sign_with_is_the_users():
    assert names_said("du kan bare skrive Sara Mikkelsen under") == ("Sara Mikkelsen", None)
    assert names_said("jeg skal skrive til Hanne Juul under samtalen") == (None, "Hanne Juul")


def test_the_contacts_address_written_down_is_no_follow_up():
    assert attempts_reported("hun hedder Lone Berg og skrev sin mail på et visitkort: lone.berg@tdc.dk, så jeg "
                             "skriver bare til hende") is None
    assert attempts_reported("jeg skrev til hende i går") == 1


@pytest.mark.parametrize("text, company", [
    ("jeg var til samtale d. 3. maj som projektleder hos Ramboll.. Rambøll mener jeg", "Rambøll"),
    ("samtale hos Netto, Føtex mener jeg", "Føtex"),
    ("samtale hos Netto, Mette mener jeg skal ringe", "Netto"),  # what Mette thinks, no employer
])
def test_an_employer_said_again_right_after_is_the_one_meant(text, company):
    assert company_said(text) == company


@pytest.mark.parametrize("text, role", [
    ("hejsa! var til samtale om en elevplads i Matas i onsdags :)", "elevplads"),
    ("yo var til samtale i går ang et studiejob hos Telia", "studiejob"),
    ("hej, jeg skal til samtale om en praktikplads hos Designbureauet Form på torsdag", "praktikplads"),
])
def test_a_kind_of_place_named_instead_of_a_title_is_the_role(text, role):
    assert role_said(text) == role


def test_a_pronoun_is_never_a_role():
    assert clean_role("det") is None and clean_role("kok") == "kok"


def test_any_municipality_typed_in_lower_case_is_the_employer():
    assert company_said("hej jeg var til samtale i fredags i gentofte kommune") == "Gentofte Kommune"
    assert company_said("samtale som pædagog i Hvidovre") is None  # a town, not an employer


def test_a_person_from_a_firm_names_the_employer():
    assert company_said("kok, hos køkkenchef Mikkel Dahl fra Café Norden") == "Café Norden"
    assert company_said("jeg talte med Mette fra HR") is None  # a department
    assert company_said("Jonas fra Aarhus ringede") is None  # a town


def test_a_title_is_no_employer():
    assert clean_company("køkkenchef") is None and clean_company("Café Norden") == "Café Norden"


def test_a_word_between_ved_jeg_and_ikke_is_still_not_knowing():
    assert says_no_deadline("det ved jeg sgu ikke") and unsure("det ved jeg sgu ikke")
    assert not says_no_deadline("det ved jeg sgu ikke", asked=False)  # only as the answer to the question
    assert says_no_deadline("det ved jeg jo ikke endnu hvornår de svarer", asked=False)  # the question named


def test_a_title_after_a_kind_of_place_is_the_role_meant():
    assert role_said("som kontorelev i et revisionsfirma") == "kontorelev"  # after "samtale om en elevplads"
    assert role_said("som kok hos Café Norden") == "kok"


def test_the_one_who_held_the_interview_is_the_contact():
    assert names_said("Jens Vestergaard var den der holdt samtalen") == (None, "Jens Vestergaard")
    assert names_said("Mette Hansen var den der fik jobbet") == (None, None)


def test_a_channel_for_this_time_is_chosen():
    assert channel_preference("ringe denne gang") == "telefon" and channel_preference("mail i stedet") == "email"
    assert channel_preference("ok, så mail denne gang") == "email"


@pytest.mark.parametrize("text, company", [
    ("Jeg har tidligere været ansat hos Jysk i 6 år, men nu har jeg søgt en stilling som indkøber hos IKEA", "IKEA"),
    ("jeg har job hos Netto men var til samtale hos Føtex i går", "Føtex"),
    ("jeg skal til samtale på mandag som pedel hos Boligforeningen 3B og jeg vil", "Boligforeningen 3B"),
    # the user's own job told first (AF013, AF017, AF039): "jeg er <title> hos", "har været N år på"
    ("Lang historie: Jeg er projektleder hos COWI nu, men søgte en stilling som projektleder hos Rambøll.", "Rambøll"),
    ("jeg er 27 og junior udvikler hos Bankdata, men søgte som udvikler hos Trustpilot", "Trustpilot"),
    ("Jeg har været 6 år på Amager Hospital, men har søgt som sygeplejerske på Hvidovre Hospital", "Hvidovre Hospital"),
    # ... but an interview is no job: "har været hos Netto til samtale"
    ("Jeg har været hos Netto til samtale, og før det var jeg til samtale hos Coop", "Netto"),
    ("Hej, jeg er lagermedarbejder hos Coop og var til samtale i tirsdags hos Arla", "Arla"),
])
def test_the_employer_applied_to_not_the_one_worked_at(text, company):
    assert company_said(text) == company


def test_a_kind_of_place_is_no_title():
    assert kind_of_place("elevplads") and kind_of_place("studiejob") and not kind_of_place("sosu-elev")


def test_job_and_firm_named_plainly_in_simple_danish():
    said = "Job er rengøringsassistent. Firma er ISS."
    assert role_said(said) == "rengøringsassistent" and company_said(said) == "ISS"
    assert company_said("firmaet er stort og stillingen er spændende") is None  # a capital names it
    assert role_said("Job er rengøringsassistent på hotel.") == "rengøringsassistent"
    assert clean_role("job er rengøringsassistent") == "rengøringsassistent"  # as the NLU may take it
    assert role_said("Samtale 03.02.27 kl 13.30, stilling: butikschef, Matas") == "butikschef"
    assert role_said("job: sommerferieafløser i hjemmeplejen") == "sommerferieafløser"
    assert role_said("Samtale fredag d. 21. maj, controller-stillingen hos Carlsberg.") == "controller"
    assert clean_role("deltids-job") == "deltids-job"  # the terms, no title before "-job"
    assert role_said("job: kok at Noma") == "kok"  # English "at" before an employer
    assert split_role_answer("position: financial controller at Maersk") == ("financial controller", "Maersk")
    assert role_said("mit nuværende job er lagermedarbejder hos Jysk, men jeg søgte som chauffør hos DSV") == "chauffør"
    assert names_said("firmaet hedder Brdr. Olsen") == (None, None)


def test_no_date_said_in_simple_danish_is_no_deadline():
    assert says_no_deadline("De sige ikke noget dato", asked=False)
    assert says_no_deadline("de sagde ikke nogen frist", asked=False)


def test_a_channel_one_is_shy_of_is_not_chosen():
    assert channel_preference("jeg vil hellere skrive, jeg er lidt genert i telefonen") == "email"
    assert channel_preference("okay. og bagefter ringer jeg, det er nemmest for mig") == "telefon"
    assert channel_preference("tak, jeg skriver igen når jeg har været der") is None  # back to the coach
    assert channel_preference("jeg tror jeg vil skrive en mail igen, jeg kan ikke holde ud at ringe") == "email"
    assert channel_preference("jeg kan ikke overskue at skrive, jeg ringer") == "telefon"


def test_a_title_before_the_contacts_name_is_no_part_of_it():
    said = "Rektor Per Vestergaard sagde at de ville beslutte sig efter deres næste møde"
    assert names_said(said) == (None, "Per Vestergaard")
    assert names_said("jeg talte med overlæge Lise Dam") == (None, "Lise Dam")


@pytest.mark.parametrize("said, role", [
    ("var til samtale i onsdags som vikar som kontorassistent hos Advokatfirmaet Poulsen", "kontorassistent"),
    ("jeg har søgt en fast stilling som sygeplejerske på OUH", "sygeplejerske"),
    ("jeg var til samtale som vikar på en skole", "vikar"),  # a vikar with no other title is the role
])
def test_the_kind_of_post_before_a_title_is_not_the_role(said, role):
    assert role_said(said) == role
    assert clean_role("fritidsjob som kassemedarbejder") == "kassemedarbejder"


def test_the_person_to_get_hold_of_is_the_contact():
    assert names_said("Jeg skal have fat i Morten Lund fra Vestas igen") == (None, "Morten Lund")


def test_a_first_name_given_in_full_before_is_the_whole_name():
    earlier = "jeg mødte både Signe Bak fra HR og Thomas Riis som bliver min chef. jeg skriver til Thomas"
    assert in_full_before("Signe", earlier) == "Signe Bak"
    assert in_full_before("Signe", "jeg mødte Thomas Riis") is None


def test_the_undersigned_is_the_user():
    said = "Undertegnede, Jørgen Bech, var til samtale hos Aalborg Kommune den 26. juli"
    assert names_said(said) == ("Jørgen Bech", None)
    assert names_said("undertegnede søger stillingen") == (None, None)


@pytest.mark.parametrize("said, company", [
    ("samtale i går. tjener. på Bølgen. hvornår skal jeg ringe", "Bølgen"),  # telegraph style
    ("en stilling som adjunkt ved Institut for Statskundskab, Københavns Universitet, onsdag den 6. januar",
     "Københavns Universitet"),  # the department's organisation
    ("som murer hos et lille firma i Vejle, Jørgensen Murerforretning. det var i onsdags", "Jørgensen Murerforretning"),
    ("samtale hos et firma i Vejle, Jeg ringer i morgen", None),
])
def test_the_employer_named_after_a_description_or_a_department(said, company):
    assert company_said(said) == company


def test_an_emoji_or_a_question_ends_the_title():
    assert role_said("hejj skal til samtale på tirsdag som kontorvikar 😬 hvad gør jeg bagefter?") == "kontorvikar"
    assert role_said("var til samtale som kok hvad skal jeg gøre nu") == "kok"


def test_one_mail_and_again_is_two_follow_ups():
    assert attempts_reported("Jeg skrev en mail d. 19. oktober og igen d. 27. oktober, men intet svar.") == 2
    assert attempts_reported("ringet 2 gange, første gang d. 3. og igen d. 10.") == 2


@pytest.mark.parametrize("text, now", [
    ("ok jeg skriver igen nu", True), ("ringer lige nu", True), ("nu ringer jeg", True),
    ("Super, så ringer jeg til hende med det samme!", True), ("så sender jeg den nu", True),
    ("skal jeg ringe nu?", False), ("ringer jeg nu?", False), ("hvis de ikke ringer nu", False),
    ("de skriver nu at de har valgt en anden", False), ("jeg har ringet nu to gange", False),
    ("jeg ringer til dem i morgen", False), ("det skriver jeg lige ned nu", False),
    ("så nu skriver jeg bare: samtalen var fredag d. 12. marts", False),  # writes to the coach
    ("jeg skriver til dig nu fordi jeg er i tvivl", False),
])
def test_the_users_own_follow_up_about_to_happen(text, now):
    assert following_up_now(text) is now


def test_the_second_round_is_the_interview_to_follow_up():
    """AF001: the first round's day is no longer the interview; the second round's is."""
    from datetime import date

    from coach.dates.entities import time_entities
    said = "var til første samtale d. 15. oktober, og så blev jeg kaldt til anden samtale, som var i torsdags"
    days = [(e["additional_info"]["past"][:10], e["additional_info"]["about"])
            for e in time_entities(said, date(2026, 11, 2))]
    assert days == [("2026-10-15", OTHER), ("2026-10-29", INTERVIEW)]


@pytest.mark.parametrize("text, role", [
    ("hej samtale torsdag d. 18. marts, smed", "smed"),  # AE035: a title alone in the last clause
    ("samtale d. 3. maj, elektriker.", "elektriker"),
    ("var til samtale i tirsdags, tak", None), ("samtale i går, ringer", None),
    ("samtale i tirsdags, barista", "barista"),  # AG039: a title with no telling ending
    ("jeg skal følge op på en samtale men kan ikke lige huske datoen, vent", None), ("samtale i går, mail", None),
])
def test_a_title_alone_after_the_interview(text, role):
    assert role_said(text) == role


def test_the_day_they_answer_by_is_no_follow_up_though_one_is_told_later():
    """AF015: ', senest fredag d. 15. januar' after 'der giver svar' is the deadline, not the last follow-up's
    day; after 'har ringet to gange' it is that."""
    from datetime import date

    from coach.dates.entities import time_entities
    said = ("Han sagde at det er Susanne Bech i rekrutteringen der giver svar, senest fredag d. 15. januar. "
            "Du sagde jeg skulle skrive til Susanne, og det gjorde jeg i fredags.")
    topics = [e["additional_info"]["about"] for e in time_entities(said, date(2027, 1, 27))]
    assert topics == [DEADLINE, ATTEMPT]
    [day] = time_entities("har ringet to gange, senest den 11. januar", date(2027, 1, 27))
    assert day["additional_info"]["about"] == ATTEMPT
    assert names_said(said) == (None, "Susanne Bech")


def test_the_second_round_ahead_is_the_interview_to_prepare():
    """AF013: 'anden samtale er på onsdag' lies ahead (R6); the first round was d. 5. januar."""
    assert interview_ahead("Nu er vi 2 tilbage, og anden samtale er på onsdag med direktøren")
    assert not interview_ahead("anden samtale var på onsdag")


@pytest.mark.parametrize("text, back", [
    ("nej ikke nogen bestemt dato", True), ("nej, ingen bestemt dato", True),  # AA044, after a vague day
    ("nej, de sagde d. 4.", False),
])
def test_a_date_taken_back(text, back):
    assert date_taken_back(text) is back


@pytest.mark.parametrize("said, role", [
    ("en junior developer stilling", "junior developer"), ("kok stilling", "kok"),  # AG007
    ("lager job", "lager job"), ("sommer job", "sommer job"),  # no title without the word
])
def test_the_word_for_a_job_after_a_title_is_no_part_of_it(said, role):
    assert clean_role(said) == role


def test_my_contact_has_been_named():
    """AG017: 'Min kontaktperson hele vejen har været Henrik Dahl.'"""
    assert names_said("Stillingen starter 1. januar. Min kontaktperson hele vejen har været Henrik Dahl.") \
        == (None, "Henrik Dahl")


# The twenty-first blind sample (dev30, part AH)
def test_a_test_day_before_the_interview_is_another_day():
    """AH018: 'først til en testdag d. 16/11 og så til samtale d. 23/11': the interview is the 23rd."""
    said = "jeg var først til en testdag d. 16/11 og så til samtale d. 23/11 hos LEGO som maskinoperatør"
    assert topic_of("d. 16/11", said) == OTHER and topic_of("d. 23/11", said) == INTERVIEW
    assert topic_of("d. 25/11", "samtale d. 23/11 og en personlighedstest d. 25/11") == OTHER


@pytest.mark.parametrize("said", [
    "Det var stationsleder Peter Juhl, ham ringer jeg til.",  # AH029: whom the user will call, not a call made
    "ring. det var produktionschef Henrik Dal der havde samtalen, ham ringer jeg til",
])
def test_whom_i_will_call_is_the_channel_and_no_follow_up(said):
    assert attempts_reported(said) is None and parse_channel(said) == PHONE


@pytest.mark.parametrize("said, user, contact", [
    ("de ringer tilbage når de har snakket med alle, ingen dato", None, None),  # AH018: everyone is no one
    ("kan du sætte mit navn på? Julie Andersen", "Julie Andersen", None),  # AH032, after the mail
    ("kan du skrive mit navn under? det er Julie Andersen", "Julie Andersen", None),
    ("mit navn på mailen mangler", None, None),
    ("samtale som tømrerlærling hos et byggefirma der hedder Hansen og Søn", None, None),  # AH004: the firm
    ("firmaet hedder Jensen, chefen hedder Ole Jensen", None, "Ole Jensen"),
])
def test_names_in_the_twenty_first_sample(said, user, contact):
    assert names_said(said) == (user, contact)


@pytest.mark.parametrize("said, role, company", [
    ("jeg var til samtale i onsdags som tømrerlærling hos et byggefirma der hedder Hansen og Søn og jeg vil "
     "gerne ringe til dem", "tømrerlærling", "Hansen og Søn"),  # AH004
    ("samtale hos et rengøringsfirma som hedder Elite Miljø", None, "Elite Miljø"),  # "som hedder" is no title
    ("studentermedhjælper i HR hos Novo Nordisk", "studentermedhjælper", "Novo Nordisk"),  # AH007: a department
    ("Jeg var til første samtale d. 25/5 hos Telia og er nu inviteret til anden samtale tirsdag d. 8. juni",
     None, "Telia"),  # AH030: a round is no title
])
def test_role_and_employer_in_the_twenty_first_sample(said, role, company):
    assert (role_said(said), company_said(said)) == (role, company)


# Users who come back after the plan (dev31, part AI)
@pytest.mark.parametrize("said, user, contact", [
    ("kan du sætte Signe Dahl ind som modtager?", None, "Signe Dahl"),  # AI012, after the mail
    ("og afsender er Mikkel Vestergaard", "Mikkel Vestergaard", None),
    ("modtageren er Signe Dahl og afsender er Mikkel Vestergaard", "Mikkel Vestergaard", "Signe Dahl"),
])
def test_whom_the_mail_goes_to_and_who_sends_it(said, user, contact):
    assert names_said(said) == (user, contact)


@pytest.mark.parametrize("said, count", [
    ("Jeg har i øvrigt allerede sendt en e-mail mandag den 2. november, men har ikke fået svar.", 1),  # AI002
    ("jeg har bare sendt den nu, orkede ikke vente til i morgen. hvornår hører jeg så noget?", 1),  # AI012
    ("har du sendt den?", None), ("jeg har ikke sendt den endnu", None),
])
def test_a_mail_sent_is_a_follow_up(said, count):
    assert attempts_reported(said) == count


@pytest.mark.parametrize("said, role, company", [
    ("Jeg var til jobsamtale mandag den 19. oktober hos Holm Revision A/S og har endnu ikke hørt fra dem.",
     None, "Holm Revision A/S"),  # AI002: the company form is part of the name
    ("samtale d. 11. dec hos ISS", None, "ISS"),  # AI013: a month is no title
])
def test_role_and_employer_of_users_who_come_back(said, role, company):
    assert (role_said(said), company_said(said)) == (role, company)


def test_the_person_a_mail_was_sent_to_is_the_contact():
    """AI028: 'Jeg har sendt en e-mail tirsdag den 30. marts til Jens Ole Madsen, men har ikke modtaget svar.'"""
    said = "Jeg har sendt en e-mail tirsdag den 30. marts til Jens Ole Madsen, men har ikke modtaget svar."
    assert names_said(said) == (None, "Jens Ole Madsen") and attempts_reported(said) == 1


def test_two_days_said_as_dates_are_two_calls():
    """AI041: 'Jeg har ringet d. 23/6 og d. 29/6, ingen svar.'"""
    assert attempts_reported("Jeg har ringet d. 23/6 og d. 29/6, ingen svar.") == 2


@pytest.mark.parametrize("said, company", [
    ("samtale d 15/6 espresso house", "Espresso House"),  # AI040: a known employer ends the interview's clause
    ("jobsamtale d. 3/3 lego", "LEGO"),
    ("var til samtale i går, netto ringer nok", None),  # another clause
])
def test_a_known_employer_said_without_a_preposition(said, company):
    assert company_said(said) == company


def test_not_remembering_what_they_said_of_when_is_no_deadline_unasked():
    """AI031: after the let-go plan, 'kan ikke huske at de sagde noget om hvornår'."""
    assert says_no_deadline("kan ikke huske at de sagde noget om hvornår", asked=False)
    assert not says_no_deadline("de sagde noget om hvornår, d. 14.", asked=False)


@pytest.mark.parametrize("said, count", [
    ("hvad skal jeg sige hvis det går på voicemail", None),  # what might happen
    ("hvad hvis jeg får telefonsvareren, skal jeg så indtale noget?", None),
    ("fik telefonsvareren", 1), ("ringede, og hvis jeg husker rigtigt fik jeg telefonsvareren", 1),
])
def test_an_answering_machine_that_might_answer_is_no_follow_up(said, count):
    assert attempts_reported(said) == count


@pytest.mark.parametrize("said, channel", [
    ("Det var stationsleder Peter Juhl, ham ringer jeg til.", PHONE),  # AH029: whom first, then the choice
    ("hende skriver jeg til", EMAIL), ("dem ringer jeg ikke til", None), ("hvornår ringer jeg til dem?", None),
])
def test_whom_i_call_or_write_to_said_first_chooses_the_channel(said, channel):
    assert channel_preference(said) == channel


# The twenty-second blind sample (dev32, part AJ)
def test_a_loose_time_then_the_day_itself_is_one_day():
    """AJ008: 'for et par uger siden, torsdag d. 26/11' is the 26th, not the 24th and a deadline."""
    from datetime import date

    from coach.dates.entities import time_entities
    [day] = time_entities("hej jeg var til samtale som kok for et par uger siden, torsdag d. 26/11", date(2026, 12, 8))
    assert (day["value"][:10], day["additional_info"]["about"]) == ("2026-11-26", INTERVIEW)


@pytest.mark.parametrize("answer, role, company", [
    ("i netto som butiksassistent", "butiksassistent", "Netto"),  # AJ012: the workplace first
    ("på cafe noa som kok", "kok", "Cafe Noa"),
])
def test_the_workplace_then_the_title(answer, role, company):
    assert split_role_answer(answer) == (role, company)


@pytest.mark.parametrize("said, company", [
    ("paa cafe noa i odense", "Cafe Noa"),  # AJ008: a whole answer that starts with where
    ("bravida", "Bravida"),  # AJ018: a known employer as the whole message
    ("på mandag ringer jeg", None), ("i Aarhus", None), ("på kontoret", None), ("på Facebook så jeg opslaget", None),
    ("på en skole i Odense", None), ("pædagog i en vuggestue", None),  # Y029, A013: a kind of workplace, unnamed
])
def test_the_employer_as_a_whole_answer(said, company):
    assert company_said(said) == company


def test_the_person_to_write_it_to_is_the_contact():
    """AJ013: 'Kan du skrive den til Birgitte Munk? Hun var leder af ansættelsesudvalget'."""
    assert names_said("Kan du skrive den til Birgitte Munk? Hun var leder af ansættelsesudvalget") \
        == (None, "Birgitte Munk")


@pytest.mark.parametrize("said, user, contact", [
    ("Jeg vil foretrække at skrive en e-mail til formanden for ansættelsesudvalget, Kirsten Dahl.", None,
     "Kirsten Dahl"),  # AJ029: who, then the name
    ("jeg ringer til dem i morgen, Ole Hansen hedder jeg", "Ole Hansen", None),
])
def test_the_person_written_to_named_after_who_she_is(said, user, contact):
    assert names_said(said) == (user, contact)


def test_writing_with_the_coach_is_no_follow_up_and_it_became_a_no():
    """AJ030: 'åh nej. fik lige en mail mens jeg skrev med dig. det blev et nej.'"""
    said = "åh nej. fik lige en mail mens jeg skrev med dig. det blev et nej."
    assert attempts_reported(said) is None and rejection_reported(said)


@pytest.mark.parametrize("said, company", [
    ("praktikant i maersk, supply chain", "Maersk"),  # AJ031: the company's own spelling
    ("maskinmester hos Mærsk", "Mærsk"),  # as written, with a capital
])
def test_maersk_as_the_user_writes_it(said, company):
    assert company_said(said) == company


def test_a_title_before_the_english_word_for_the_job():
    """AJ037: 'et interview tirsdag d. 25. maj til en head of sales rolle hos Visma'."""
    assert role_said("Hej, jeg havde et interview tirsdag d. 25. maj til en head of sales rolle hos Visma") \
        == "head of sales"


def test_the_name_to_write_at_the_top_is_the_contact():
    """AJ039: 'kan du skrive Henrik Lauesen øverst? han var køkkenchef og den jeg talte med'."""
    assert names_said("kan du skrive Henrik Lauesen øverst? han var køkkenchef og den jeg talte med") \
        == (None, "Henrik Lauesen")


@pytest.mark.parametrize("said, company", [
    ("hej jeg var til samtale d. 19. februar som tjener på kødbyens fiskebar", "Kødbyens Fiskebar"),  # AJ023
    ("samtale på deres bar", None), ("tjener på hans bar", None),
])
def test_a_place_named_in_the_genitive_typed_in_lower_case(said, company):
    assert company_said(said) == company


def test_dev33_readings_of_names_and_a_follow_up_on_its_way():
    # AK019: a pronoun before the name; AK037: the imperative "skriv den til"
    assert names_said("jeg har ringet to gange til ham Martin Berg, sidst i mandags") == (None, "Martin Berg")
    assert names_said("skriv den til Louise Krogh og sæt mit navn på: Sofie Andersen") == \
        ("Sofie Andersen", "Louise Krogh")
    # AK038: about to call the one higher up; "nu" is no name; the result told after it is one more call
    assert following_up_now("ok jeg prøver at ringe til HR-chefen nu")
    assert names_said("ok jeg prøver at ringe til HR-chefen nu") == (None, None)
    assert attempts_reported("ingen svar der heller. skal jeg bare give op?") == 1
    # AK041: a no that may come is no no
    assert not rejection_reported("hvad hvis han siger de har valgt en anden?")


def test_dev34_readings_of_second_language_trade_and_formal_messages():
    from datetime import date

    from coach.dates.entities import time_entities
    from coach.facts import refined_title
    assert names_said("kontakt er Susanne Holm og jeg hedder Katarzyna Nowak") == ("Katarzyna Nowak", "Susanne Holm")
    assert names_said("my name is Maria Santos and the leader is Lene Mikkelsen") == ("Maria Santos", "Lene Mikkelsen")
    assert names_said("ringer bare til ham, det er mester selv Bent Jensen") == (None, "Bent Jensen")
    assert names_said("Kontakten er hr-chefen, Mikkel Dahl, mikkel.dahl@x.dk")[1] == "Mikkel Dahl"  # not "Hr-Chefen"
    assert company_said("var til samtale hos jensens vvs i går") == "Jensens VVS"
    assert company_said("hej jeg var til samtale d. 19/11 på plejecenter Solgården") == "Plejecenter Solgården"
    assert company_said("samtale 14. januar, juniorudvikler hos et startup der hedder Klarly") == "Klarly"
    assert company_said("har samtale i morgen til trainee stilling hos mærsk") == "Mærsk"  # as typed, not "Maersk"
    assert attempts_reported("Jeg har ringet til hende den 4. januar og igen fredag den 8. januar") == 2
    assert role_said("kundeservicemedarbejder, studiejob hos telenor") is None  # the kind of job; the form splits
    assert clean_role("butiksassistent (studiejob)") == "butiksassistent"
    # a markdown link typed as the title stays as typed (the web chat's browser test): only a remark in brackets goes
    assert clean_role("[klik her](javascript:alert(3)) <b>chef</b>") == "[klik her](javascript:alert(3)) <b>chef</b>"
    assert refined_title("tømrerlærling", "tømrer") == "tømrerlærling"
    assert refined_title("tømrer", "tømrerlærling") is None
    text = "Jeg har været til to samtaler hos Rambøll: den første den 28. oktober og den anden tirsdag den 10. november"
    topics = [(e["value"], e["additional_info"]["about"]) for e in time_entities(text, date(2026, 11, 16))]
    assert topics[1] == ("2026-11-10", "interview") and topics[0][1] == "other"
    assert channel_preference("mail hvis jeg skal gøre noget mere") == EMAIL  # Z024, after letting go


def test_dev35_readings_after_the_plan_and_in_long_openings():
    from datetime import date

    from coach.dates.entities import time_entities
    from coach.facts import only_a_name
    assert attempts_reported("hun tog den ikke :(") == 1  # AM031, after "ok jeg ringer nu"
    assert attempts_reported("de tog den heller ikke. jeg giver op tror jeg") == 1  # AM041
    assert attempts_reported("Jeg har sendt to mails til Pia Lauridsen, d. 24/2 og d. 2/3, og har ikke fået svar") == 2
    assert names_said("og mig selv, Maja Nielsen. kan du sætte det ind i mailen?") == ("Maja Nielsen", None)
    assert names_said("Stillingen hedder supply chain planner. God samtale med Sofie Kragh") == (None, "Sofie Kragh")
    assert role_said("en mail fra Coop om at stillingen som souschef er besat") == "souschef"
    assert title_then_place("sommerferieafløser på et plejehjem") == "sommerferieafløser"
    assert only_a_name("Peter Skov") == "Peter Skov" and only_a_name("Novo Nordisk") is None
    [away] = time_entities("telefonsvarer, hun er på ferie til mandag", date(2027, 5, 7))
    assert away["additional_info"]["about"] == "other"  # when she is back, not the call's day


def test_dev36_readings_of_unsure_users_and_several_applications():
    from datetime import date

    from coach.applications import as_read
    from coach.dates.entities import time_entities

    def days(text, today):
        return [(e["value"], e["additional_info"]["about"]) for e in time_entities(text, today)]
    # unsure, then settled on one (AN024, AN032, N020); unsure and not settled keeps both (AE029)
    assert days("hej jeg var til samtale her i ugen, var det tirsdag eller onsdag... tirsdag. ja tirsdag",
                date(2026, 11, 13)) == [("2026-11-10", "interview")]
    assert days("var til samtale i mandags eller i tirsdags... i tirsdags, for mandag havde jeg fri",
                date(2027, 5, 7))[0] == ("2027-05-04", "interview")
    assert days("det var tirsdag i sidste uge tror jeg. eller mandag? nej tirsdag", date(2027, 3, 27)) == \
        [("2027-03-16", None)]
    assert len(days("jeg var til samtale her i ugen, kan ikke huske om det var tirsdag eller onsdag",
                    date(2026, 12, 18))) == 2
    assert days("d. 26/2 tror jeg... nej, det var mandag d. 1/3", date(2027, 3, 15)) == [("2027-03-01", None)]
    # several applications, the one meant named (AN002, AN006, AN010, AN012, AN005)
    told = as_read("jeg var til 2 samtaler i denne uge en hos Bilka tirsdag og en hos Matas onsdag. det er Matas "
                   "jeg gerne vil følge op på, Bilka har allerede sagt nej")
    assert company_said(told) == "Matas" and "Bilka" not in told and not rejection_reported(told)
    assert company_said(as_read("Jeg har to samtaler i gang: en hos Netcompany og en hos KMD. Jeg vil gerne følge "
                                "op på KMD.")) == "KMD"
    assert "Netto" not in as_read("hos Føtex i mandags og hos Netto i fredags. Føtex er den jeg helst vil have")
    assert role_said(as_read("to job i spil, et som pædagogmedhjælper i en SFO og et som pædagog i en vuggestue. "
                             "Det er pædagogstillingen i vuggestuen jeg tænker på")) == "pædagog"
    assert company_said("jeg har ansøgninger ude hos både DSB og Movia, var til samtale hos DSB i torsdags") == "DSB"
    assert "Lego" not in as_read("jeg var til samtale hos Lego i sidste uge, men det er faktisk ikke det jeg vil "
                                 "spørge om. jeg skal til samtale hos Arla på tirsdag")
    # names (AN043, AN044)
    assert names_said("mads pedersen her. samtale i torsdags. bankelev hos Nordea")[0] == "Mads Pedersen"
    assert names_said("ring. til Brian Holm, mester") == (None, "Brian Holm")
    # the name, the count and the answer day settled on or taken back (AN026, AN032, AN029, AN031), a day ahead (AN033)
    assert names_said("det var en Mette Hansen jeg talte med... eller Mette Hanssen, med to s tror jeg")[1] == \
        "Mette Hanssen"
    assert names_said("Søren Kjær hed han... eller Søren Kær? uden j tror jeg. Kær") == (None, "Søren Kær")
    assert attempts_reported("Ja jeg har ringet en gang... eller to? To gange. Sidst i fredags. Ingen tog den") == 2
    assert days("de sagde vist inden påske... nej, det sagde de faktisk ikke. så ingen dato", date(2027, 4, 6)) == []
    assert interview_ahead("den var... vent, den er først på tirsdag. jeg blandede den sammen med en anden")
    assert says_no_deadline("samtale 14/6, receptionist hos Scandic, mail, de sagde intet", asked=False)  # AN045
    assert not says_no_deadline("de sagde intet", asked=False)  # alone, unasked: about what?
    # AN029: an interview told as one from January, its day, and that day's weekday said to be sure
    assert days("Jeg har en samtale fra januar jeg ikke har hørt noget fra. Det var d. 28. januar tror jeg. Eller "
                "27.? Nej 28., det var en torsdag", date(2027, 2, 21)) == [("2027-01-28", "interview")]
    # a date settled on is kept for itself, not a longer date on the same weekday a week before
    assert days("de sagde d. 12. januar eller d. 19.? nej d. 19.", date(2027, 3, 27))[0][0].endswith("-19")


@pytest.mark.parametrize("said, told", [
    ("ingen svar", True), ("der var optaget", True), ("hun svarede ikke", True), ("så er den sendt", True),
    ("hun var ikke på kontoret", True), ("tog den ikk", True), ("nix", True),  # AP016, AP027
    ("jeg har ikke sendt den endnu", False),  # not yet
    ("ingen svar, skal jeg ringe igen?", False),  # a question
    ("hun sagde nej", False),  # answered, with a no
])
def test_a_short_report_of_a_follow_up_gone_unanswered_without_naming_it(said, told):
    from coach.facts import no_answer_told
    assert no_answer_told(said) is told


def test_a_count_corrected_in_the_same_message_is_the_last_one():
    from coach.facts import attempts_reported
    said = "jeg har skrevet to gange uden svar... nej vent, tre gange, sidste gang i tirsdags"  # AO012
    assert attempts_reported(said) == 3  # R5: let go, not one contact higher up
    assert attempts_reported("har fulgt op 2 gange... wait nej 3 gange, sidste gang i onsdags") == 3  # AO034


def test_a_hotel_with_an_apostrophe_in_its_name_is_the_employer():
    from coach.facts import company_said
    assert company_said("hej, var til samtale i mandags på hotel d'angleterre").casefold() == \
        "hotel d'angleterre"  # AO009


def test_a_kindergarten_typed_with_oe_is_the_employer_spelled_with_oe_as_ø():
    from coach.facts import company_said, role_said
    said = "pædagogmedhjælper i boernehaven Solsikken"  # AP001
    assert company_said(said) == "Børnehaven Solsikken" and role_said(said) == "pædagogmedhjælper"


def test_one_more_mail_sent_is_a_follow_up_made():
    from coach.facts import another_said, attempts_reported
    said = "for resten sendte jeg en til i mandags. stadig ingenting"  # AP025: the second mail
    assert attempts_reported(said) == 1 and another_said(said)


def test_a_no_guessed_at_in_a_question_is_no_no_told():
    from coach.facts import rejection_reported
    assert not rejection_reported("betyder det at de har valgt en anden? skal jeg skrive næste gang i stedet?")  # AP030
    assert rejection_reported("hun sagde de har valgt en anden. hvad skriver jeg?")


def test_the_contact_named_as_the_one_to_call():
    from coach.facts import names_said
    said = "nej vent, han sagde at det var Signe Friis jeg skulle ringe til, hun står for ansættelserne"  # AP044
    assert names_said(said) == (None, "Signe Friis")


def test_a_workplace_that_is_called_something_is_the_employer_and_no_name():
    from coach.facts import company_said, names_said, role_said
    said = "så jeg ringer i stedet. klinikken hedder Tandlægerne i Valby"  # AP042
    assert company_said(said) == "Tandlægerne i Valby" and names_said(said) == (None, None)
    assert role_said("hun sagde faktisk til samtalen at jeg bare skulle ringe til klinikken") is None
    assert names_said("hun sagde faktisk til samtalen at jeg bare skulle ringe til klinikken") == (None, None)


def test_the_users_own_inbox_chooses_no_channel():
    from coach.facts import channel_preference
    assert channel_preference("øv jeg har lige tjekket min mail, de har sendt et afslag i morges") is None  # AP029


def test_a_title_corrected_with_a_remark_after_it():
    from coach.facts import corrected_title, whole_title
    said = "hov, skriv souschef og ikke kok, det var souschef-stillingen"  # AP041
    assert corrected_title(said, "kok") == "souschef" and whole_title("souschef", said) == "souschef"


def test_what_the_employer_said_actually_is_the_answer_day():
    from datetime import date

    from coach.dates.entities import time_entities
    found = time_entities("de sagde faktisk d. 9. april", date(2027, 4, 7))  # AP040, after "ved ikke"
    assert [(e["value"], e["additional_info"]["about"]) for e in found] == [("2027-04-09", "deadline")]
    # AU035: "vi" is the user quoted, hearing from them
    found = time_entities("nåh.. de sagde vi hørte fra dem inden udgangen af april", date(2027, 5, 18))
    read = [(e["additional_info"]["past"], e["additional_info"]["about"]) for e in found]
    assert read == [("2027-04-30", "deadline")]


def test_a_known_employer_written_to_is_the_employer():
    from coach.facts import company_said
    said = "Hej. Jeg har nu skrevet to mails til Pandora uden at få svar, den sidste d. 18/12."  # AQ016
    assert company_said(said) == "Pandora"


def test_a_channel_chosen_in_english_with_the_other_ruled_out():
    from coach.facts import channel_preference, parse_channel
    said = "email obviously, I hate phone calls"  # AQ010
    assert parse_channel(said) == "email" and channel_preference(said) == "email"


def test_the_signature_asked_for_names_the_user():
    from coach.facts import names_said
    assert names_said("Underskriften bedes være Lars Kragh Nielsen.") == ("Lars Kragh Nielsen", None)  # AQ020


def test_a_thank_you_mail_chooses_no_channel_for_the_follow_up():
    from coach.facts import channel_preference, parse_channel
    said = "skal jeg sende den tak-mail i dag så?"  # AQ026: the user follows up by phone
    assert parse_channel(said) is None and channel_preference(said) is None


def test_the_last_follow_up_is_the_latest_day_listed():
    from datetime import date

    from coach.dates.entities import past_day, time_entities
    today = date(2027, 3, 27)  # AQ031: "første gang d. 15. og så i mandags"
    assert past_day(time_entities("første gang d. 15. og så i mandags", today), today) == "2027-03-22"


def test_the_last_of_the_follow_ups_counted_dated_later():
    from coach.facts import names_said, speaks_of_last_time
    assert speaks_of_last_time("den sidste sendte jeg i mandags")  # AQ041, after "har sendt 3 mails"
    assert names_said("Præsten, Jens Mikkelsen, sagde at jeg ville få svar senest den 7. april.") == \
        (None, "Jens Mikkelsen")  # AQ033


def test_a_formal_i_cannot_remember_is_no_answer_day():
    from coach.facts import names_said, says_no_deadline
    said = "Det kan jeg desværre ikke huske. Jeg tror ikke, at de nævnte noget."  # AR002
    assert says_no_deadline(said, asked=True)
    assert names_said("det er hos Holm Revision, jeg talte med Karin Holm") == (None, "Karin Holm")  # AR007


def test_dates_and_titles_said_loosely():
    from datetime import date

    from coach.dates.parser import Direction, find_times
    from coach.facts import is_correction, role_said
    today = date(2027, 2, 20)
    assert [m.value for m in find_times("yo samtale 03.02 elektrikerlærling", today, Direction.PAST)] == \
        [date(2027, 2, 3)]  # AR018
    assert role_said("yo samtale 03.02 elektrikerlærling") == "elektrikerlærling"
    assert [m.text for m in find_times("kl 10.12", today, Direction.PAST)] == ["kl 10.12"]  # a clock time still
    assert [m.text for m in find_times("om onsdagen", today, Direction.PAST)] == ["om onsdagen"]  # AR012
    assert role_said("det var som tandlæge sekretær.. altså klinikassistent hos Tandlægerne i Centrum") == \
        "klinikassistent"  # AR019
    assert is_correction("Altså onsdag d. 27., det står i min kalender")  # AR017: the vague day made precise


def test_whom_the_user_writes_with_is_the_contact_not_one_more_follow_up():
    from coach.facts import attempts_reported, names_said, says_no_deadline
    said = "jeg skrev d. 27/4 og ringede i tirsdags, ingen svar. Det er Maria Holt jeg har skrevet med"  # AR032
    assert attempts_reported(said) == 2 and names_said(said) == (None, "Maria Holt")
    assert says_no_deadline("det sagde de ikke", asked=False)  # AR031: said out of turn, still the answer day


def test_the_last_follow_up_day_among_entities_of_every_kind():
    from datetime import date

    from coach.dates.entities import past_day, time_entities
    today = date(2026, 11, 28)  # D032: the NLU's name entity beside the day crashed the action server
    said = "jeg har allerede skrevet to gange til Mikkel Jensen, sidst i mandags, men intet svar"
    named = [{"entity": "contact_name", "value": "Mikkel Jensen", "start": 34, "end": 47}]
    assert past_day(named + time_entities(said, today), today) == "2026-11-23"


def test_a_title_between_commas_after_the_employer():
    from coach.facts import role_said
    said = "samtale d. 16/12 hos Bring, postbud, de sagde svar d. 23. og jeg vil ringe"  # J044
    assert role_said(said) == "postbud"
    assert role_said("hej havde interview i tirsdags hos Trustpilot") is None  # no "pilot" in a name


def test_a_no_wondered_about_is_no_news_of_one():
    from coach.facts import rejection_told
    assert not rejection_told("betyder det at de har valgt en anden? skal jeg skrive næste gang i stedet?")  # AP030


def test_a_contact_named_in_brackets_after_she_or_he():  # AX011
    said = "vi snakkede næsten en time og hun (Camilla Holm) sagde at de regnede med at give svar i næste uge"
    assert names_said(said) == (None, "Camilla Holm")
    assert names_said("han (min nabo) sagde det") == (None, None)


def test_the_users_own_name_corrected_as_their_full_surname():  # AY007, after "skriv under med Anders Kjær"
    assert names_said("nej skriv Anders Kjærgaard, det er mit fulde efternavn") == ("Anders Kjærgaard", None)


def test_a_bare_title_with_the_kind_of_employment_after_it():  # K003, after the plan for an interview ahead
    from coach.facts.titles import title_then_place
    assert title_then_place("kassemedarbejder, deltid") == "kassemedarbejder"
    assert title_then_place("kassemedarbejder, 25 timer om ugen") == "kassemedarbejder"
    assert title_then_place("kassemedarbejder, men jeg er i tvivl") is None


@pytest.mark.parametrize("said, company", [
    ("hej, ja altså det er det der job som tekniker ude ved vandværket, Aarhus Vand hedder de vist", "Aarhus Vand"),
    ("hej, samtale d. 15. oktober, lønkonsulent, Lønservice A/S", "Lønservice A/S"),  # AD039
    ("Mette hedder hun", None),
])
def test_an_employer_named_as_what_they_are_called_or_by_its_company_form(said, company):  # N020, AD039
    assert company_said(said) == company


@pytest.mark.parametrize("text, user, contact", [
    ("hejsa var til jobinterview onsdag d 2/12 som junior udvikler hos Netcompany. kontakt: Rasmus Bech. de sagde vi "
     "hører fra jer snarest. jeg hedder Frederik", "Frederik", "Rasmus Bech"),
    ("Var til samtale hos Danske Bank som HR-konsulent onsdag d. 18. nov. De sagde 2 uger. Kontakt: Mette Vinther. "
     "Jeg skriver mail. Navn: Line Bach", "Line Bach", "Mette Vinther"),
])
def test_names_given_as_labels_are_read(text, user, contact):
    """Testers wrote "kontakt: Rasmus Bech" and "Navn: Line Bach"; the role-play and the mail used neither."""
    assert names_said(text) == (user, contact)


def test_thanks_asked_for_is_no_role():
    """A tester's "kan du skrive en kort mail til hende som tak?" made the role "tak" ("stillingen som tak")."""
    assert role_said("kan du skrive en kort mail til hende som tak?") is None
    assert role_said("jeg var til samtale som takstmand") == "takstmand"


def test_the_answering_machine_is_no_contact():
    """A tester's "kan du tjekke min besked til telefonsvareren?" was reviewed as "Hej Telefonsvareren, …"."""
    assert names_said("kan du tjekke min besked til telefonsvareren?") == (None, None)


def test_a_request_about_the_mail_tells_no_news_from_the_employer():
    """A tester's "og må jeg få den lidt kortere", guessed as an answer from the employer, stopped her reminders."""
    assert not tells_news("og må jeg få den lidt kortere")
    assert tells_news("de har svaret!") and tells_news("YES jeg fik det 🎉") and tells_news("kontrakten er på vej")


def test_the_phone_number_is_no_choice_of_the_phone():
    """A tester's "og nej tak til telefonnummer, det står i min signatur" turned her mail into a call script."""
    assert parse_channel("og nej tak til telefonnummer, det står i min signatur") is None
    assert parse_channel("jeg ringer hellere") == PHONE


@pytest.mark.parametrize("said, contact", [
    ("mailen skal til Jonas Berg, ikke Mette", "Jonas Berg"),
    ("du har stadig Camilla i mailen, den skal til Peter Holm", "Peter Holm"),
    ("Camilla er gået på barsel, så jeg skal skrive til hendes kollega Peter Holm i stedet", "Peter Holm"),
    ("Kontakt person er Lone Berg", "Lone Berg"),
])
def test_the_person_the_mail_goes_to_now(said, contact):
    """Testers who named a new contact got the same mail to the old one, word for word, again and again."""
    assert names_said(said) == (None, contact)


def test_owning_a_mistake_is_a_correction():
    assert is_correction("wait nej, jeg tog fejl, det var ikke sidste fredag men fredagen før, altså 27/11")
    assert is_correction("jeg skrev forkert, det var d. 27.")


def test_a_greeting_to_the_contact_is_not_the_users_name():
    """A tester's voicemail "Goddag Jens Møller, det er Birthe Sørensen" made her Jens Møller."""
    assert names_said("Goddag Jens Møller, det er Birthe Sørensen.")[0] is None
    assert names_said("Hej, Jonas Friis her.") == ("Jonas Friis", None)


@pytest.mark.parametrize("said", ["sofie fra HR sagde de ikke havde en dato", "hun kunne ikke sige hvornår"])
def test_no_date_yet_is_no_deadline(said):
    """A tester who had said so was asked for the answer day next."""
    assert says_no_deadline(said, asked=False)


@pytest.mark.parametrize("typed, written", [("chauffoer", "chauffør"), ("elektriker laerling", "elektriker lærling"),
                                            ("paedagogmedhjaelper", "pædagogmedhjælper"),
                                            ("koefficient ansvarlig", "koefficient ansvarlig")])
def test_a_title_typed_without_danish_letters_is_written_with_them(typed, written):
    """A tester's mail, ready to send, read "Jobsamtale … – chauffoer"; the slot keeps it as typed (the contract's
    `role`, "as the user wrote it": blind conversations expect "toemrer")."""
    from coach.case import FollowUpCase
    assert clean_role(typed) == typed
    assert FollowUpCase.from_slots({"role": typed}).role == written


def test_the_users_own_name_is_not_the_contacts():
    """Testers: "jeg hedder fatima … 'hej anne det er fatima'" gave "Hej Fatima, det er Fatima"; "det står i min
    signatur alligevel" signed the mail "Alligevel"."""
    said = ("hej jeg hedder fatima og var til samtale hos leder anne. jeg vil sige det her på telefonsvareren: "
            "\"hej anne det er fatima, ring lige tilbage\"")
    assert names_said(said)[1] != "Fatima"
    assert names_said("og drop telefonnummeret, det står i min signatur alligevel") == (None, None)


def test_a_name_taken_back_gives_way_to_the_one_said_after_it():
    """s30d: "jeg hedder Bent... nej undskyld, JEG hedder Kurt Hansen, kontakten hedder Bent Olsen" -> the script said
    "Hej Bent, det er Bent Olsen"."""
    said = "jeg hedder Bent... nej undskyld, JEG hedder Kurt Hansen, kontakten hedder Bent Olsen"
    assert names_said(said) == ("Kurt Hansen", "Bent Olsen")


@pytest.mark.parametrize("said, count", [
    ("jeg har allerede sendt en takkemail", None), ("jeg skrev i onsdags for at takke", None),  # s30c, s30b
    ("jeg sendte en takkemail og har ringet to gange", 2),
    ("de sagde de ringer på onsdag. men jeg har skrevet til dem 2 gange på insta", None),  # s30c: sent to HR
    ("jeg ringede i mandags og skrev på messenger i går", 1),
    # s31b, s31a: questions to the coach, recorded as follow-ups
    ("og hvor mange gange har jeg så ringet nu ifølge dig", None),
    ("opdagede du ikke at jeg skrev onsdag? samtalen var jo tirsdag", None),
])
def test_a_thank_you_or_a_message_on_social_media_is_no_follow_up(said, count):
    assert attempts_reported(said) == count


@pytest.mark.parametrize("said, denied", [
    ("hva?? de har ikke sagt nej, jeg har ikke hørt noget fra dem endnu", True),  # s31b
    ("jeg har IKKE fået afslag", True), ("ingen har sagt nej", True),
    ("de har sagt nej", False), ("hun sagde nej", False),
])
def test_a_no_taken_back(said, denied):
    assert rejection_denied(said) is denied


def test_a_name_after_navn_opens_the_message():
    """s31c: "navn Lukas Nørgaard" was not heard, and every call was told it gave no name."""
    assert names_said("navn Lukas Nørgaard, samtale d. 27/11 som kok")[0] == "Lukas Nørgaard"
    assert names_said("navn på kontakten er Lone Berg") == (None, "Lone Berg")


@pytest.mark.parametrize("said", ["de sagde de ringer i løbet af næste uge", "hun sagde bare 'vi ringer til dig'",
                                  "de skriver til mig på fredag"])
def test_the_employers_call_or_mail_is_no_choice_of_channel(said):
    """s30e, s31b: "vi ringer til dig" turned a chosen e-mail into a call script."""
    assert parse_channel(said) is None


@pytest.mark.parametrize("said, contact", [
    # s39a: the name in a report of a follow-up was dropped ("Hej, det er [dit navn]", "[kontaktpersonens navn]")
    ("Jeg har faktisk allerede ringet. Onsdag d. 2. december ringede jeg til fuldmaegtig Hanne Bech, men fik kun "
     "telefonsvareren.", "Hanne Bech"),
    ("ringede til mette i tirsdags og hun sagde at jeg skulle ringe igen på torsdag", "Mette"),
    ("jeg ringede til hende i tirsdags", None), ("ringede til receptionen i går", None),
    ("jeg ringede til Novo Nordisk i går", None),
    # s39c: "Kære Virkede Ret Kold"
    ("Hende der interviewede mig virkede ret kold og uinteresseret", None),
    # s39a: the script still called Mikkel, who is away; and the HR person named after the follow-ups is the contact
    ("receptionen sagde at mikkel er på ferie til januar og at det nu er Tina Holm der har rekrutteringen",
     "Tina Holm"),
    ("ringede til jette d. 24/11 uden svar og skrev en mail til hende mandag d. 30/11. nu vil jeg skrive til HR i "
     "stedet, hun hedder Camilla Berg", "Camilla Berg"),
])
def test_whom_a_follow_up_went_to(said, contact):
    from coach.facts.names import names_said
    assert names_said(said)[1] == contact


def test_a_filler_before_her_is_no_name_and_the_name_told_later_is_the_users():
    """s41b: "ok så her er historien. … jeg hedder Jens Pedersen btw" gave "Hej, det er Ok Så"."""
    from coach.facts.names import names_said
    told = "ok så her er historien. jeg var til samtale i tirsdags som smed og jeg hedder Jens Pedersen btw"
    assert names_said(told)[0] == "Jens Pedersen"
    assert names_said("emil hansen her, jeg var til samtale i går")[0] == "Emil Hansen"


@pytest.mark.parametrize("known, said, own, mended", [
    # s41a: the surname lost ("Kære Lene,"), the full name said again not taken, "Kære Bech,", the wrong word kept
    ("Lone Pedersen", "ups undskyld hun hedder Lene ikke Lone", False, "Lene Pedersen"),
    ("Jørgen Hansen", "…og kontakten hedder Jørn ikke Jørgen", False, "Jørn Hansen"),
    ("Camilla Berg", "det var Camilla Bech forresten, ikke Berg", False, "Camilla Bech"),
    ("Camilla Berg", "hun hedder Bech til efternavn", False, "Camilla Bech"),
    ("Erik Jensne", "Jensen ikke Jensne", True, "Erik Jensen"), ("Erik Jensen", "Jensen ikke Jensne", True, None),
    ("Erik Jensne", "stavefejl, mit efternavn er Jensen", True, "Erik Jensen"),
    ("Camilla Berg", "stavefejl, mit efternavn er Jensen", False, None),  # the user's, not the contact's
    ("Lone Pedersen", "ikke Lone men Lene", False, "Lene Pedersen"),
    ("Lone Pedersen", "nej ikke fredag men mandag", False, None),
    ("Per Hansen", "det var Per ikke Hansen", False, None),
])
def test_a_word_of_a_name_corrected_keeps_the_rest(known, said, own, mended):
    from coach.facts.names import mended_name
    assert mended_name(known, said, own) == mended


@pytest.mark.parametrize("said, named", [
    ("ok. min kontakt var Sara Holm. jeg fandt på linkedin at deres HR chef hedder Peter Dahl", "Peter Dahl"),
    ("HR-konsulenten hedder vist Anne Krog", "Anne Krog"), ("lederen er på ferie", None),
    ("min kontakt hedder Sara Holm", None),
])
def test_the_higher_up_named_for_the_last_step(said, named):
    """s42c: the HR person named beside the contact; the last mail went to the contact (R5)."""
    assert higher_up_named(said) == named


def test_a_question_announced_after_hej_is_no_name():
    """s43b: "hej hurtigt spm, var til samtale …" gave "Kære Hurtigt Spm,"."""
    assert names_said("hej hurtigt spm, var til samtale mandag d 30/11 som kontorassistent hos tandlaege hansen") \
        == (None, None)


def test_forgetting_to_ask_when_is_no_answer_day_even_unasked():
    """s43b: "jeg glemte helt at spørge hvornår de svarer" was asked for the answer day next."""
    assert says_no_deadline("jeg glemte helt at spørge hvornår de svarer", asked=False)
    assert not says_no_deadline("jeg glemte at spørge om løn", asked=False)

