"""The job applied for (the role), from a whole answer or from a sentence."""

from __future__ import annotations

import re

from coach.danish import fold
from coach.dates.norm import correct_word
from coach.facts.channel import parse_channel
from coach.facts.employers import (
    DAY_WORD,
    TITLE_ENDING,
    employer_after,
    employer_after_department,
    workplace_typed_lower,
)
from coach.facts.text import TAKE_BACK, clause_around, clean_free_text

# Where a role said in a sentence ends: the employer, a date, the next clause.
_ROLE_END = re.compile(
    r"(?<!-)\s+(?:hos|ved|i|paa|på|til|og|men|inden for|indenfor|for|fordi|med|der|som|d\.|d(?=\s*\d|$)|den|det|"
    r"sidste|forrige|kl\.?|klokken|via|over(?= (?:zoom|teams|skype|video|telefon|nettet|facetime|meet)\b)|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|loerdag|søndag|soendag|inde|ude|oppe|nede|igaar|i går|forleden|"
    r"hvad|hvornår|hvornaar|hvordan|hvorfor|er|var|blev|bliver|"  # "stillingen som souschef er besat"
    r"uden|angående|angaaende|omkring|ve|"  # "som buschauffør uden at komme igennem" (BN026), "tømrer ve et firma"
    r"at(?=\s+(?-i:[A-ZÆØÅ])))\b.*$|"  # English "at Maersk"
    r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF].*$",  # "som kontorvikar 😬 hvad gør jeg bagefter"
    re.IGNORECASE)
# "stilling som X", "job som X", "samtale … som X", "søgt … som X": the role after a job word.
_ROLE_CUE = re.compile(
    r"\b(?:stilling\w*|job\w*|\w*samtale\w*|samtal|\w*interview\w*|søgt\w*|soegt\w*|sogt\w*|søgte|soegte|"
    r"ansøg\w*|ansoeg\w*|arbejde)\b(?:(?!\.\s+(?-i:[A-ZÆØÅ]))[^;!?]){0,80}?\bsom\s+(?P<role>[^,.;!?()]+)",
    re.IGNORECASE)
# "som toemrer", "det var som kok": a message that is nothing but "som" and a title names the role, asked or not
_ROLE_AS_ALONE = re.compile(r"^\W*(?:det (?:var|er) )?som (?P<role>[\w-]+(?: [\w-]+){0,2}?)"
                            # "som kontorelev i et revisionsfirma", "som kok hos Café Norden"; not "i udskolingen"
                            r"(?:\s+(?:(?:i|på|paa)\s+(?:et|en)|hos|ved)\s+[^,.;!?]+)?\W*$", re.IGNORECASE)
# "stillingen hedder projektkoordinator": the title by name, before any "som" later in the message.
_ROLE_NAMED = re.compile(r"\b(?:(?:stillingen|jobbet|titlen|stillingsbetegnelsen) (?:hedder|hed|heder)\s+|"
                         # "stilling: butikschef"
                         # (not "position: financial controller at Maersk": the English answer's own path)
                         r"(?:stilling|stillingen|job|jobbet|titel|titlen|rolle)\s*:\s*)"
                         r"(?:faktisk |egentlig |altså |altsaa )?"
                         r"(?P<role>[^,.;!?()]+)", re.IGNORECASE)
# "Stillingen er kontorassistent." names it too, but "stillingen er besat/spændende" does not: a title only.
# "Job er rengøringsassistent." too, not "mit nuværende job er lagermedarbejder" (the job one has).
_ROLE_IS = re.compile(r"\b(?:stillingen|jobbet|titlen|positionen|position|rollen|"
                      r"(?<!mit )(?<!nuværende )(?<!nuvaerende )(?<!gamle )"
                      r"(?<!tidligere )(?:stilling|job|titel)) (?:er|var)\s+(?:faktisk |egentlig )?"
                      r"(?P<role>[^,.;!?()]+)",
                      re.IGNORECASE)
# "samtale i går til junior developer hos …": the role after "til", once the interview is named.
_ROLE_AFTER_TIL = re.compile(
    r"\b(?:samtale|jobsamtale|interview)\w*\b(?:[^,.;!?]|\.(?!\s+[A-ZÆØÅ])){0,40}?"
    r"\b(?<!eller )(?<!ringe )(?<!skrive )(?<!sende )(?<!maile )til (?:en |et )?"
    # "… eller til HR?": whom to write to, no title
    r"(?!(?:HR|ledelsen|chefen|personaleafdelingen|rekrutteringen)\b)(?P<role>[^,.;!?()]+)",
    re.IGNORECASE)
# "tjenerjobbet", "kok-stillingen": a title and the job word in one
_TITLED_COMPOUND = re.compile(r"^(?P<title>[a-zæøå][\w-]*?)-?(?:jobbet|stillingen)$", re.IGNORECASE)
# A job word that is no part of the title: "en junior developer stilling".
_JOB_WORD_AFTER = re.compile(r"\s+(?:stilling|stillingen|job|jobbet|position|positionen)$", re.IGNORECASE)
# "som om hun var ligeglad", "som sagt", "som jeg skrev": "som" that introduces no title.
_NOT_A_ROLE_START = re.compile(r"^(?:samtale|jobsamtale|interview|dem|jer|mig|at|den|det|\d|"
                               # "inviteret til anden samtale tirsdag": a round, no title
                               r"(?:anden|andet|2\.|tredje|3\.|første|foerste|næste|naeste|sidste|ny|nyt|endnu en) "
                               r"(?:samtale|jobsamtale|runde|samtalerunde|interview)|"
                               # "en kort mail til hende som tak": thanks, no title (a tester's role became "tak")
                               r"(?:om|sagt|regel|altid|nævnt|naevnt|aftalt|forventet|jeg|de|vi|han|hun|du|tak|"
                               # "samtale som var d. 12.", "et firma som hedder Elite Miljø"
                               r"var|er|blev|bliver|skulle|skal|har|havde|d|hedder|hed|heder|ligger|"
                               # "den jobsamtale, som fandt sted den 18. november" (s39b: "stillingen som fandt sted")
                               r"fandt|finder|foregik|foregår|gik|gjorde|kunne|ville)\b)",
                               re.IGNORECASE)
# In a bare answer to "which role?" also English "at" ("financial controller at Maersk"); in a Danish
# sentence "at" is the infinitive ("håber at Mette ringer").
_ROLE_ANSWER_PREPOSITION = re.compile(r"\b(?P<prep>hos|ved|i|på|paa|at)\s+", re.IGNORECASE)
# "for a barista job", "for en junior developer stilling": the title before a job word
# "til en head of sales rolle" (AJ037); not "en ny stilling", "en spændende stilling"
# "for junior developer position" (AX037): in English the article may go
_ROLE_FOR = re.compile(r"\b(?:for|til) (?:(?:a|an|en|et|the) |(?=(?:[\w-]+ ){1,3}(?:position|role|jobbet|job)\b))"
                       r"(?!(?:[\w-]+ )*(?:ny|nyt|nye|anden|andet|spændende|spaendende|god|"
                       r"godt|fast|midlertidig|helt|rigtig|lignende|new|great|good|this|that|my|your|same|"
                       r"the|a|an)\b)"
                       r"(?P<role>[\w-]+(?: [\w-]+){0,2}) (?:job|jobbet|position|positionen|role|rolle|rollen|stilling|"
                       r"stillingen)\b", re.IGNORECASE)  # "for product designer jobbet" (BP006)
# "ringet 3 gange ang tjenerjobbet": the title inside a compound with the job word
_ROLE_COMPOUND = re.compile(r"\b(?:ang\.?|angående|angaaende|vedr\.?|vedrørende|vedroerende|om|til|for)\s+"
                            r"(?:det\s+|den\s+)?(?P<role>[a-zæøå][\w-]+?)(?:-|\s)?(?:jobbet|stillingen)\b",
                            re.IGNORECASE)  # also "om pizzabager jobbet" (BI043)
# "samtale om en elevplads", "samtale ang et studiejob": a kind of place named instead of a title
_KIND_OF_PLACE = (r"[\w-]*(?:elevplads|læreplads|laereplads|praktikplads|praktik|studiejob|fritidsjob|sommerjob|"
                  r"sæsonjob|saesonjob|flexjob|vikariat|studentermedhjælp|studentermedhjaelp)")
# Words that end an opening without being a title: "samtale i går, tak", "…, hjælp", "…, ringe".
_NOT_A_LONE_TITLE = frozenset("tak hej hjælp hjaelp help please plz igen ellers vel nok altså altsaa ok okay "
                              "øv oev puha suk haha lol argh vent øjeblik oejeblik sekund moment brb undskyld "
                              "sorry".split())


def _lone_title(word: str) -> bool:
    """'barista' alone after the interview's day: a title unless a filler, a day or a channel word."""
    word = word.strip().lower()
    return " " not in word and len(word) >= 3 and word not in _NOT_A_LONE_TITLE \
        and word not in _NOT_TITLE_WORDS and not DAY_WORD.match(word) and parse_channel(word) is None


# The word for the interview, and a character of the clause it opens ("samtale torsdag d. 18. marts": the dots of
# dates do not end it)
_INTERVIEW_WORD = r"(?i:\b(?:samtale|jobsamtale|interview|samtal)\w*)\b"
_CLAUSE_CHAR = r"(?:[^,.!?]|(?<=\bd)\.|(?<=\d)\.)"
# "hej samtale torsdag d. 18. marts, smed": a title alone in the last clause after the interview
_ROLE_LAST_CLAUSE = re.compile(rf"{_INTERVIEW_WORD}{_CLAUSE_CHAR}*,\s*"
                               r"(?:som\s+)?"
                               r"(?P<role>[a-zæøå][\w-]+(?: [a-zæøå][\w-]+)?)\s*[.!]*\s*$")
_ROLE_KIND_OF_PLACE = re.compile(
    r"\b(?:samtale|jobsamtale|interview)\w*(?:\s+[\w.]+){0,3}?\s+(?:om|ang\.?|angående|angaaende|vedr\.?|"
    rf"vedrørende|til)\s+(?:en|et)\s+(?P<role>{_KIND_OF_PLACE})\b", re.IGNORECASE)


def kind_of_place(role: str | None) -> bool:
    """'elevplads', 'studiejob': a role that only says what kind of place; a title said later is the one meant."""
    return bool(role and re.fullmatch(_KIND_OF_PLACE, role, re.IGNORECASE))


# "samtale 1 december for køkken chef i restaurant" (BP027), "samtale … om tømrerlærling hos" (BQ026): a title (by
# its ending) after "for" or "om"
_ROLE_AFTER_FOR = re.compile(rf"{_INTERVIEW_WORD}{_CLAUSE_CHAR}{{0,40}}?\b(?:for|om)\s+"
                             r"(?P<role>[a-zæøå][\w-]*(?: [a-zæøå][\w-]*){0,2}?)"
                             r"(?=\s+(?:i|hos|ved|på|paa)\b|\s*[,.!?]|$)",
                             re.IGNORECASE)
# "interview i torsdags, backend engineer, en fintech startup i kbh" (BR009): a title between commas
_TITLE_BETWEEN_COMMAS = re.compile(rf"{_INTERVIEW_WORD}{_CLAUSE_CHAR}*,\s*"
                                   r"(?P<role>[a-zæøå][\w-]*(?: [a-zæøå][\w-]*)?)\s*,",
                                   re.IGNORECASE)
# "backend engineer interview hos Lunar" (BP011): the English order, the title before the interview
_TITLE_BEFORE_INTERVIEW = re.compile(r"(?:^|[,.!?]\s*)(?:hej\W+|hi\W+|hello\W+)?"
                                     r"(?P<role>[a-zæøå][\w-]*(?: [a-zæøå][\w-]*)?)"
                                     # "graphic designer stilling, interview d. 8/12" (BP009)
                                     r" (?:interview|jobinterview|samtale|jobsamtale|stilling|position)\b",
                                     re.IGNORECASE)


_ROLE_CUES = (_ROLE_NAMED, _ROLE_IS, _ROLE_CUE, _ROLE_AFTER_TIL, _ROLE_FOR, _ROLE_COMPOUND, _ROLE_AS_ALONE,
              _ROLE_KIND_OF_PLACE, _ROLE_LAST_CLAUSE)


def role_said(text: str) -> str | None:
    """The role named in a sentence: 'var til samtale i tirsdags som kontorchef hos Novo' -> 'kontorchef'."""
    subject = _ROLE_IN_SUBJECT.search(text or "")
    if subject and 0 < len(subject["role"].split()) <= 4:  # "Emne: Invitation til samtale – lagerkoordinator"
        return clean_role(subject["role"])
    # each cue's matches in turn: "den jobsamtale, som fandt sted … vedrørende stillingen som lagerforvalter" (s39b)
    for cue, match in ((c, m) for c in _ROLE_CUES for m in c.finditer(text or "")):
        if cue is _ROLE_IS and not TITLE_ENDING.search(_ROLE_END.sub("", " " + match["role"]).strip()):
            continue  # "stillingen er besat"; "job er rengøringsassistent på hotel" is a title
        if cue is _ROLE_COMPOUND and not TITLE_ENDING.search(match["role"]):
            continue  # "om lagerjobbet": no title inside
        if cue is _ROLE_LAST_CLAUSE and not (TITLE_ENDING.search(match["role"]) or _lone_title(match["role"])):
            continue  # "samtale i går, tak"
        said = _QUALIFIED_TITLE.sub("", match["role"].strip())  # "som vikar som kontorassistent"
        role = _JOB_WORD_AFTER.sub("", _ROLE_END.sub("", " " + said).strip())
        titled = _TITLED_COMPOUND.match(role)
        role = titled["title"] if titled and TITLE_ENDING.search(titled["title"]) else role
        if 0 < len(role.split()) <= 5 and not _NOT_A_ROLE_START.match(role) and not DAY_WORD.match(role):
            return clean_role(role)
    return title_at_employer(text) or _title_ending_the_interview(text) or _title_after_employer(text) \
        or _titled(_ROLE_AFTER_FOR, text) or _titled(_TITLE_BEFORE_INTERVIEW, text) \
        or _titled(_TITLE_BETWEEN_COMMAS, text)


def _titled(cue: re.Pattern, text: str) -> str | None:
    """The role a cue finds, when its last word ends as titles do."""
    found = cue.search(text or "")
    role = found["role"].strip() if found else ""
    return clean_role(role) if role and TITLE_ENDING.search(role.split()[-1]) and not DAY_WORD.match(role) else None


# The subject line of a pasted mail: "Emne: Invitation til samtale – lagerkoordinator", "Emne: Din ansøgning som
# kundeservicemedarbejder", "Emne: Samtale – pædagogmedhjælper 30 timer" (BJ001, BJ003, BJ005)
_ROLE_IN_SUBJECT = re.compile(r"(?im)^[ \t]*(?:emne|subject|re|sv|vs)[ \t]*:[^\n]*?(?:[–-][ \t]+|\bsom[ \t]+|"
                              r"\bstillingen[ \t]+som[ \t]+|\bstilling[ \t]+som[ \t]+)"
                              r"(?:(?:en|et)[ \t]+)?(?P<role>[a-zæøå][\w-]*(?:[ \t]+[a-zæøå][\w-]*){0,2}?)"
                              r"(?:[ \t]+\d+[ \t]*(?:timer|t)\b)?[ \t]*$")


# "yo samtale 03.02 elektrikerlærling": the interview, its day, and a title as the message's last word
_TITLE_LAST = re.compile(r"\b(?:samtale|jobsamtale|interview)\b\s+\S.*\s(?P<role>[a-zæøå][\w-]+)\s*[.!]*$",
                         re.IGNORECASE)


# "samtale d. 16/12 hos Bring, postbud, de sagde …": the employer, then the title between commas
_TITLE_AFTER_EMPLOYER = re.compile(r"\bhos\s+[A-ZÆØÅ][\w&'-]*(?:\s+[A-ZÆØÅ&][\w&'-]*)*,\s*"
                                   # "hos Matas, butikschef 🙂" (BM012)
                                   r"(?P<role>[a-zæøå][\w-]*)\s*(?:[,.!]|$|[\U0001F000-\U0001FAFF\u2600-\u27BF])")


def _title_after_employer(text: str) -> str | None:
    found = _TITLE_AFTER_EMPLOYER.search(text or "")
    return clean_role(found["role"]) if found and bare_title(found["role"]) else None


def _title_ending_the_interview(text: str) -> str | None:
    found = _TITLE_LAST.search(text or "")
    return clean_role(found["role"]) if found and TITLE_ENDING.search(found["role"]) \
        and not DAY_WORD.match(found["role"]) else None


# ", personalekonsulent i Danske Bank": a clause that is a title and a named employer, nothing else.
_TITLE_AT = re.compile(r"^\s*(?P<role>[a-zæøåA-ZÆØÅ][\w-]*(?: (?:og )?[a-zæøå][\w-]*){0,2})\s+"
                       r"(?P<prep>i|hos|ved|på|paa)\s+(?P<rest>.+)$")
_TITLE_LEAD = re.compile(r"^\s*(?:(?:det|jobbet|stillingen) (?:er|var) )?(?:som )?", re.IGNORECASE)
_NOT_TITLE_WORDS = frozenset(
    "jeg du de vi han hun det den var er har havde samtale samtalen jobsamtale interview til med og men i på "
    "hos ved som en et min mit der her nu så da for om fra af går morgen dag igen".split())


def looks_like_a_title(text: str) -> bool:
    """'sosu hjælper', 'tjener': a few words and no question."""
    return 0 < len(text.split()) <= 4 and "?" not in text


def bare_title(text: str) -> str | None:
    """'tandlaegeassistent', 'social- og sundhedshjælper': a message that is only a job title (a few
    words, the last one ending as titles do), said without being asked."""
    words = (text or "").strip().rstrip(".!").split()
    if not looks_like_a_title(text or "") or not TITLE_ENDING.search(words[-1]) \
            or any(w.lower() in _NOT_TITLE_WORDS - {"og"} for w in words):
        return None  # "jeg er kok" is a sentence; the form's answer reading handles it
    return clean_role(" ".join(words))


_PLACE_AFTER = re.compile(r"^\s*(i|ude i|inde i|oppe i|nede i|paa|ved|ude ved|hos|i deres|i afdelingen)\b|"
                          # "kassemedarbejder, deltid" (K003): the kind of employment
                          r"^\s*(deltid|fuldtid|fast|fastansat|vikariat|barselsvikariat|tidsbegraenset|"
                          r"\d+ timer( om ugen)?)\W*$")


def title_then_place(text: str) -> str | None:
    """'lagermedarbejder, i deres afdeling ude i Roskilde', 'sommerferieafløser på et plejehjem': a bare
    title, then where the job is (or what kind of employment)."""
    parts = re.split(r",\s*|\s+(?=(?:i|på|paa|hos|ved) )", text or "", maxsplit=1)
    return bare_title(parts[0]) if len(parts) == 2 and _PLACE_AFTER.match(fold(parts[1])) else None


_ABOUT_THE_JOB = re.compile(r"\b(som|hos|stilling\w*|job\w*)\s+\w", re.IGNORECASE)


def about_the_job(text: str) -> bool:
    """'torsdag d. 5. som chauffør hos …': the message speaks of the job."""
    return bool(_ABOUT_THE_JOB.search(text or ""))


def title_at_employer(text: str) -> str | None:
    """'samtale d. 10. marts, personalekonsulent i Danske Bank' -> 'personalekonsulent'."""
    for clause in re.split(r"[,.;!?\n]+", text or ""):
        match = _TITLE_AT.match(_TITLE_LEAD.sub("", clause))  # "det er som account manager hos TDC Erhverv"
        if match is None or any(w in _NOT_TITLE_WORDS for w in match["role"].lower().split()) \
                or DAY_WORD.match(match["role"]):
            continue  # "samtale d. 11. dec hos ISS": a month
        if match["role"][0].isupper() and not TITLE_ENDING.search(match["role"]):
            continue
        if re.fullmatch(_KIND_OF_PLACE, match["role"], re.IGNORECASE):
            continue  # "kundeservicemedarbejder, studiejob hos telenor": the kind of job, not its title
        if employer_after(match["prep"], match["rest"]) is not None or employer_after_department(match["rest"]) \
                or (_A_WORKPLACE.match(match["rest"]) and TITLE_ENDING.search(match["role"])):  # "… i en vuggestue"
            return clean_role(match["role"])
    return None


# "på et hotel", "i en børnehave": a workplace described, not named.
_A_WORKPLACE = re.compile(r"(?:et|en|den|det)\s", re.IGNORECASE)
# "livredder i svømmehallen", "kok i kantinen": a place by its kind, no part of the title ("lærer i udskolingen" is)
_WORKPLACE_NOUN = re.compile(r"\w*(hallen|plejen|centret|centeret|butikken|kantinen|køkkenet|koekkenet|lageret|"
                             r"børnehaven|boernehaven|vuggestuen|skolen|klubben|hjemmet|cafeen|caféen|restauranten|hotellet|"
                             r"klinikken|apoteket|biografen|baren|bageriet|supermarkedet|varehuset|fitnesscentret|kommunen|regionen|"
                             r"staten|byen|firmaet|virksomheden|banken|hospitalet|sygehuset|afdelingen|kontoret)\s*$",
                             re.IGNORECASE)
# Words said after a title that are not part of it: "kassemedarbejder omg", "tjener tak".
_TRAILING_FILLER = re.compile(r"(?:\s+(?:omg|lol|haha|hehe|xd|tak|vist|bare|altså|altsaa|ik|ikk|ikke|jo|nok|"
                              # "vvs montør sagde jeg jo" (s43a: the role in the script), "som jeg skrev"
                              r"sagde jeg|skrev jeg|som jeg (?:sagde|skrev)|det sagde jeg))+\s*[.!]*$",
                              re.IGNORECASE)
# "nå ja, det var som ergoterapeut", "øh ja det var som tjener": a sound before the answer, no part of it
_LEADING_INTERJECTION = re.compile(r"^(?:(?:nå|nåh|naa|naah|øh|øhm|oeh|hmm+|åh|aah|ja|jo|okay|ok|nårh)\b[,.!]?\s*)+",
                                   re.IGNORECASE)
_AS_TITLE = re.compile(r"^(?:det )?(?:var|er)?\s*(?:som|til) (?:en |et )?(?P<title>\S.*)$", re.IGNORECASE)
# The same in English: "it was for a product designer role at Danske Bank" -> "product designer at Danske Bank"
_ENGLISH_TITLE = re.compile(r"^(?:(?:it|that) (?:was|is) )?(?:for |as )?(?:an? |the )?(?P<title>\S.*?)"
                            r"(?: (?:role|position|job))?(?P<rest> at .*)?$", re.IGNORECASE)
_ENGLISH_CUE = re.compile(r"^(?:it|that) (?:was|is) |(?: role| position| job)(?: at |$)", re.IGNORECASE)
# A title taken back in the same answer: what follows is the one meant.
_TAKEN_BACK = re.compile(rf"[,.]\s*(?:{TAKE_BACK})\b[ ,.!]*(?:(?:{TAKE_BACK})\b[ ,.!]*)*"
                         r"(?:det (?:hed|hedder|var|er)|jeg mente|den hed|den hedder)\s+(?:som\s+)?", re.IGNORECASE)


def role_sentence(answer: str) -> str:
    """The part of an answer to "which role?" that holds the title: the first sentence that is no
    question ('sælger. kan vi ikke bare komme videre' -> 'sælger'; 'skal du vide hvilket job? det var som
    tjener' -> 'tjener'), without fillers after it."""
    answer = _TAKEN_BACK.split(answer or "")[-1]  # "som pakkeriarbejder, nej undskyld, det hed …"
    sentences = [part.strip() for part in re.split(r"(?<=[.?!])\s+", answer.strip()) if part.strip()]
    statements = [part for part in sentences if not part.endswith("?")] or sentences or [""]
    chosen = _TRAILING_FILLER.sub("", statements[0].rstrip(".!"))
    chosen = _LEADING_INTERJECTION.sub("", chosen) or chosen
    as_title = _AS_TITLE.match(chosen)
    if as_title:
        return as_title["title"]
    english = _ENGLISH_TITLE.match(chosen) if _ENGLISH_CUE.search(chosen) else None
    return english["title"] + (english["rest"] or "") if english else chosen


_TITLE_INSTEAD = re.compile(
    r"\b(?:hed|hedder|var|er|mente|skriv|sæt|saet)\s+(?:det\s+)?(?:i øvrigt\s+|i oevrigt\s+|forresten\s+)?"
    r"(?:faktisk\s+|egentlig\s+)?"  # "Rollen er i øvrigt faktisk social- og sundhedsassistent, ikke …" (AY004)
    r"(?P<new>[^\W\d][\w -]*?)\s*,?\s+(?:og\s+)?ikke\s+"
    r"(?P<old>[\w -]+?)\s*(?:[,.!]|$)|"  # "hov, skriv souschef og ikke kok, det var souschef-stillingen"
    r"\bikke\s+(?P<old2>[\w -]+?)\s*,?\s+men\s+(?P<new2>[^\W\d][\w -]*?)\s*[.!]*$", re.IGNORECASE)


# "rollen er faktisk projektingeniør, hvis det betyder noget for mailen" (AY038): the slot named, and corrected
_TITLE_NAMED_AGAIN = re.compile(r"\b(?:rollen|stillingen|titlen|jobtitlen|stillingsbetegnelsen) (?:er|hedder|var) "
                                r"(?:(?:i øvrigt|i oevrigt|forresten|faktisk|egentlig) )+"
                                r"(?P<new>[^\W\d][\w-]*(?: [\w-]+){0,2}?)\s*(?:[,.!]|$)", re.IGNORECASE)


def corrected_title(text: str, known: str | None) -> str | None:
    """'nej vent det hed salgskonsulent ikke sælger' -> 'salgskonsulent', when 'sælger' is the role
    the user gave before; 'rollen er faktisk projektingeniør' -> 'projektingeniør'."""
    match = _TITLE_INSTEAD.search(text or "")
    named = _TITLE_NAMED_AGAIN.search(text or "")
    if match is None and named and known and fold(named["new"]) != fold(known) and bare_title(named["new"]):
        return clean_role(named["new"])  # (not "stillingen er faktisk rigtig spændende")
    if match is None or not known:
        return None
    new, old = (match["new"], match["old"]) if match["new"] else (match["new2"], match["old2"])
    return clean_role(new) if fold(old.strip()) == fold(known) else None


def refined_title(text: str, known: str | None) -> str | None:
    """'tømrerlærling' alone after 'tømrer' was read from the opening: the same title, said in full."""
    said = bare_title(text)
    if not said or not known or len(said) <= len(known):
        return None
    return said if fold(said).startswith(fold(known)) else None


def split_role_answer(answer: str) -> tuple[str | None, str | None]:
    """A bare answer to "which role?": 'flaskedreng i netto' -> ('flaskedreng', 'Netto'),
    'receptionist på et hotel' -> ('receptionist', None). The workplace is never part of the title."""
    answer = role_sentence(answer) or ""
    called = _THEY_CALLED_IT.search(answer)  # "sådan en slags koordinator …, de kaldte det vist projektkoordinator"
    answer = called["title"] if called else _TITLE_LEAD_IN.sub("", answer)  # "Det hed vist biblioteksmedhjælper"
    if not_a_title(answer):  # "k", "du er fandeme ubrugelig", "noget med kontor"
        return None, None
    about_self = _ABOUT_ONESELF.match(answer)  # "jeg er utålmodig haha" (BM012) is no title; "jeg er lagermand" is
    if about_self:
        words = about_self["rest"].split()
        if _HOW_ONE_IS.match(words[0]) and not TITLE_ENDING.search(words[-1]):
            return None, None
        answer = about_self["rest"]
    where_first = _WHERE_THEN_TITLE.match(answer)  # "i netto som butiksassistent": the workplace, then the title
    if where_first and (employer := employer_after(where_first["prep"], where_first["where"])):
        return clean_role(where_first["title"]), employer
    for match in _ROLE_ANSWER_PREPOSITION.finditer(answer):
        if match.start() == 0:
            continue
        rest = answer[match.end():]
        employer = employer_after(match["prep"], rest)
        if employer is not None or _A_WORKPLACE.match(rest) or _WORKPLACE_NOUN.match(rest):
            return clean_role(answer[:match.start()]), employer
        if match["prep"].lower() in ("på", "paa"):  # "på hovedkontoret", "på deltid": a place or terms, no title
            return clean_role(answer[:match.start()]), workplace_typed_lower(rest)
    listed = _TITLE_COMMA_EMPLOYER.match(answer)  # "barista, Espresso House" (AX029: the employer left out)
    if listed and (employer := employer_after("hos", listed["name"])):
        return clean_role(listed["title"]), employer
    return clean_role(answer), None  # "lærer i udskolingen", "projektleder i IT": part of the title


# s41b: answers to "which role?" kept whole as the title ("stillingen som det hed vist biblioteksmedhjælper")
_THEY_CALLED_IT = re.compile(r"\b(?:de|hun|han|dem)\s+(?:kaldte|kalder)\s+(?:det|den|stillingen|jobbet)\s+"
                             r"(?:(?:vist|nok|vel|for|bare)\s+)*(?P<title>[^,.!?]+)", re.IGNORECASE)
_TITLE_LEAD_IN = re.compile(r"^\W*(?:(?:det|jobbet|stillingen|titlen|den)\s+(?:hed|hedder|hed det|var|er)\s+"
                            r"(?:(?:vist|nok|vel|faktisk|egentlig|bare|noget\s+i\s+retning\s+af)\s+)+|"
                            r"(?:det|jobbet|stillingen|titlen|den)\s+(?:hed|hedder)\s+)", re.IGNORECASE)
# the coach addressed or sworn at, a vague kind of work, a title not remembered: no title to write in a mail
_NO_TITLE = re.compile(r"^\W*(?:du|dig|i er)\b|\b(?:fandeme|fanden|fuck\w*|lort|pis|satan|helvede|idiot\w*|"
                       r"ubrugelig|elendig)\b|^\W*(?:(?:det var|det er)\s+)?noget\s+med\b|"
                       r"\b(?:kan|kunne)\s+ikke\s+huske\b|\bved\s+ikke\b|\baner\s+ikke\b", re.IGNORECASE)
_TITLE_COMMA_EMPLOYER = re.compile(r"^\s*(?P<title>[a-zæøå][\w -]*?),\s*"
                                   r"(?P<name>[A-ZÆØÅ][\w&.'-]*(?:\s+[A-ZÆØÅ&][\w&.'-]*){0,3})\s*[.!]?\s*$")
_SMALL_TALK = frozenset("ok okay okej ja nej jo tak mange tusind god godt fint super hav en dag søndag weekend aften "
                        "i lige måde hej farvel".split())  # AI008: "ok tak, god søndag" became the role "tak"
_HOW_ONE_IS = re.compile(r"(?i)(?:\w+(?:ig|øs|oes|sk)|glad|træt|traet|ked|bange|spændt|spaendt|klar|frustreret|"
                        r"skuffet|færdig|faerdig|stresset|lidt|så|saa|meget|helt|ret)$")
_ABOUT_ONESELF = re.compile(r"^\W*(?:jeg|det) (?:er|var|bliver|blev)\s+(?:(?:en|et)\s+)?(?P<rest>.+)$", re.IGNORECASE)
_WHERE_THEN_TITLE = re.compile(r"^\s*(?P<prep>hos|ved|i|på|paa)\s+(?P<where>.+?)\s+som\s+(?P<title>[^,.!?]+?)\s*[.!]*$",
                               re.IGNORECASE)
# Words before a title that belong to it: "grafisk designer", "administrativ medarbejder", "junior …".
_TITLE_ADJECTIVE = re.compile(r"^(?!(?:faktisk|egentlig|virkelig|rigtig|samtidig|ærlig|aerlig|skriv|giv|bliv|driv)$)"
                              r"(?:\w+(?:isk|ig|lig|iv|el|al)|junior|senior|ledende|faglig)$", re.IGNORECASE)


def not_a_title(value: str) -> bool:
    """'du er fandeme ubrugelig', 'k', 'noget med kontor', 'ok tak, god søndag': nothing to write as "stillingen
    som …"."""
    return len(value.strip()) < 2 or bool(_NO_TITLE.search(value)) \
        or set(re.findall(r"\w+", value.lower())) <= _SMALL_TALK


def whole_title(value: str, text: str) -> str:
    """The NLU may tag only the noun of a title: 'designer' in 'grafisk designer' -> 'grafisk designer',
    'sundhedsassistent' in 'social- og sundhedsassistent' -> the whole."""
    found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text or "", re.IGNORECASE)
    if found is None:
        return value
    before = text[:found.start()].split()
    words = [found[0]]
    if len(before) >= 2 and before[-1].lower() == "og" and before[-2].endswith("-"):
        words[:0] = before[-2:]
        before = before[:-2]
    elif before and _TITLE_ADJECTIVE.match(before[-1]):
        words.insert(0, before[-1])
    department = _IN_DEPARTMENT.match(text, found.end())  # "sagsbehandler i ydelsesafdelingen" (U010)
    return " ".join(words) + (department[0] if department else "")


_IN_DEPARTMENT = re.compile(r"\s+i\s+[a-zæøå-]+(?:afdelingen|afdeling|teamet)\b")


# What kind of post, before the title it is for: "fast stilling som", "vikar som", "fritidsjob som"
_QUALIFIED_TITLE = re.compile(rf"^(?:en |et )?(?:{_KIND_OF_PLACE}|[\w-]*vikar|(?:fast|midlertidig|tidsbegrænset|"
                              r"deltids|fuldtids)\w*\s*(?:stilling|job|ansættelse)|fastansættelse|stilling|job)"
                              r"\s+som\s+(?=\S)", re.IGNORECASE)
_JOB_IS_LEAD = re.compile(r"^(?:jobbet|job|stillingen|stilling|titlen|titel) (?:er|var)\s+", re.IGNORECASE)
# A word before "-job" that tells the terms, not the title: "deltids-job", "sommer-jobbet", "weekend-job".
_TERMS_BEFORE_JOB = re.compile(r"(?:s|sommer|ferie|weekend|fritid|student|aften|nat|flex|vikar)$", re.IGNORECASE)


def clean_role(text: str) -> str | None:
    """Role as the contract wants it: lower case unless a proper noun (kept if capitalised mid-text);
    the employer after it is not part of it ('lageransvarlig hos Jysk' -> 'lageransvarlig')."""
    value = clean_free_text(_TITLE_LEAD_IN.sub("", text or "") or text)
    if value is None:
        return None
    value = re.sub(r"(?<!-)\s+(?:(?:ude|inde|oppe|nede)\s+(?:hos|ved|i|på|paa)|hos|ved|in)\s+.*$", "", value).strip() \
        or value  # "lageransvarlig hos Jysk", "tekniker ude ved vandværket", "butiksassistent in Netto" (s43b)
    value = re.sub(r"(?<=\w)\s+(?:ude|inde|oppe|nede)$", "", value)  # the NLU's "tekniker ude"
    value = value.split(", ")[0]  # "butiksassistent, på deltid"
    value = re.sub(r"\s+[–-]+$", "", value)  # "bogholder –" cut at a subject's dash
    # "tandlæge sekretær.. altså klinikassistent": the title said again, better
    value = re.sub(r"^(?:altså|altsaa|dvs\.?|eller rettere)\s+", "", value, flags=re.IGNORECASE) or value
    value = re.sub(r"\s+\([a-zæøå -]+\)$", "", value, flags=re.IGNORECASE) or value  # "butiksassistent (studiejob)"
    value = _JOB_IS_LEAD.sub("", value) or value  # the NLU's "job er rengøringsassistent"
    value = _QUALIFIED_TITLE.sub("", value) or value  # "fritidsjob som kassemedarbejder", "vikar som lærer"
    title = re.sub(r"-(?:stillingen|stilling|jobbet|job)$", "", value)
    if title != value and (" " in title or TITLE_ENDING.search(title) or not _TERMS_BEFORE_JOB.search(title)):
        value = title  # "graduate trainee-stilling", "controller-stillingen"; not "deltids-job", "sommer-job"
    title = _JOB_WORD_AFTER.sub("", value)
    if title != value and (" " in title or TITLE_ENDING.search(title)):
        value = title  # "en junior developer stilling", "kok stilling"; not "lager job"
    value = _TRAILING_FILLER.sub("", value).strip() or value  # "kassemedarbejder omg"
    if DAY_WORD.fullmatch(value) or DAY_WORD.fullmatch(correct_word(fold(value))) or value.lower() in _NOT_TITLE_WORDS \
            or re.match(r"(?i)(ikke|ik|ikk|not)(\s|$)", value):
        return None  # "november", "tirsdag", "decmber": a date's word, no title; "det" ("det ved jeg sgu ikke"); "ikke
        # Arkitema!! Tegnestuen Vest" (a tester's mail thanked for "stillingen som ikke Arkitema"): what it was not
    words = value.split()
    # Lower-case the first word (sentence capital), keep later capitals (e.g. "SAP-konsulent").
    head = words[0].split("-")[0]
    words[0] = words[0] if head.isupper() and len(head) > 1 else words[0].lower()
    # as written (the contract's `role`; "toemrer" stays so: the mail and script spell it the Danish way, coach.case)
    return " ".join(words)


def an_errand(title: str, text: str) -> bool:
    """'i tirsdags var jeg til tandlæge' (BS005): the title names where the user went, no job applied for."""
    # the user went there ("var jeg til", "jeg skal til"), not "det var til regnskabsassistent" (the job, AE009)
    found = re.search(rf"\b(?:(?:var|skal|er) jeg|jeg (?:var|skal|er|har været|har vaeret)) (?:til|hos) "
                      rf"(?:en |min |lægen )?{re.escape(title)}\b", text or "", re.IGNORECASE)
    return found is not None and not re.search(r"samtale|interview|stilling|job",
                                                clause_around(text, found.start(), found.end()), re.IGNORECASE)
