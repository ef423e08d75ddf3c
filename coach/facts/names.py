"""Whose name is whose: the user's own and the contact's; never a pronoun or a firm."""

from __future__ import annotations

import re

from coach.facts.employers import FIRM_CALLED, TITLE, TITLE_ENDING, an_employer, company_said
from coach.facts.pasted import a_firm, employer_signature, own_mail_parts, paste_start, pasted_mail
from coach.facts.text import NAME_LEAD, clean_free_text

# Words that are never part of a person's name: pronouns and what people say instead of a name.
_NUMBER_WORDS = frozenset("en et to tre fire fem seks syv otte ni ti elleve tolv".split())
_NOT_A_NAME = frozenset(
    "han hun hen de dem den det jeg du vi i mig dig ham hende os jer man noget nogen med vist nok bare "
    # "hej hurtigt spm, var til samtale …" (s43b: "Kære Hurtigt Spm,"): a question announced, no name
    "hurtigt hurtig kort spm spørgsmål spoergsmaal sp quick lille dumt "
    # "ok så her er historien" (s41b: the script said "Hej, det er Ok Så")
    "ok okay okey så saa nå naa og men ja nej jo tja hmm "
    "ikke ved hvad hvem maaske måske sgu lige der her kontakt kontaktperson chef chefen lederen hr mit min navn "
    "goddag hej hejsa coach kære firmaet virksomheden kontoret receptionen hovednummeret kontaktpersonen "
    "klinikken butikken salonen restauranten hotellet skolen afdelingen stedet forretningen "
    "recruiteren rekrutteren konsulenten headhunteren bureauet brdr igen opfølgningscoach opfoelgningscoach "
    "opfølgningscoachen opfoelgningscoachen coachen nu snart straks "
    # "Hende der interviewede mig virkede ret kold" (s39c: "Kære Virkede Ret Kold"): how they seemed, no name
    "virkede virker lød loed lyder sagde var ret meget helt lidt kold venlig flink sød "
    # "min besked til telefonsvareren" (a tester): the machine, no one's name
    "telefonsvareren telefonsvarer svareren voicemail telefonsvareres "
    # "ringe til hans mobil", "hans kontor eller værkstedet" (testers: "Kære Hans Mobil"): his things, no name
    "mobil mobilen mobilnummer nummer nummeret telefon telefonen telefonnummer kontor kontoret værksted værkstedet "
    "vaerksted vaerkstedet arbejde arbejdsnummer privatnummer direkte fastnet mail mailen sekretær sekretaer "
    "kollega kollegaer afdeling "
    # "De mangler at ringe til mine referencer" (s33a: "Hej Mine" and "stil mig om til Mine Referencer")
    "mine mit dine sine vores jeres referencer reference referencerne "
    # "og skriv Hej i stedet for Kære tak" (a tester's mail then began "Kære Tak,")
    "tak takk tack "
    # "det står i min signatur alligevel" (a tester's mail was signed "Alligevel")
    "alligevel også ogsaa jo faktisk allerede stadig i forvejen "
    # sign-offs before a name ("Mvh Dorthe, Netto Vanløse", BJ026)
    "mvh vh kh hilsen hilsner knus "
    # everyone and no one ("når de har snakket med alle")
    "alle allesammen begge ingen andre flere kandidaterne ansøgerne ansoegerne folk mennesker fremmede "
    # days and months ("Mandag sagde hun at hun ringer"); not "Maj" or "April", which are names too
    "mandag tirsdag onsdag torsdag fredag lørdag loerdag søndag soendag januar februar marts juni juli august "
    "september oktober november december".split()
)
# How a Danish surname ends (-sen, -søn, -gaard, or one of the common short ones): a person, not a firm; the one
# list for "samtale … med Louise Berg", "det var med kasper nørgaard" and "dorthe jensen er butikschef"
_SURNAME_END = (r"(?:sen|søn|gaard|berg|holm|lund|bech|kjær|dahl|krogh?|friis|skov|bruun|bak|juhl|lind|møller|schmidt|"
               r"brandt|winther|bach|storm|koch)")
# A name: capitalised words, or (typed without capitals) up to three words that end the clause.
_NAME = (r"(?P<name>[A-ZÆØÅ][a-zæøåéüöä]+(?:[- ][A-ZÆØÅ][a-zæøåéüöä]+){0,3}|"
         r"(?!(?:hed|hedder|heder|er|var|hun|han|det|ham|hende|dem)\b)"
         r"[a-zæøå][a-zæøåéüöä]+(?:[- ](?!(?:btw|hvis|forresten|lol|haha|men|og|fordi|der|som|to|tre|fire|fra|hos)\b)"
         r"[a-zæøå][a-zæøåéüöä]+){0,4}"
         # "til mette holm fra netto og …" (BB005): the employer after "fra" is no part of the name
         r"(?=\s*(?:[,.!?)]|$)|\s+(?:hvis|btw|forresten|men|og|fordi|lol|haha|der|som|fra|hos)\b|"
         r"\s+(?:to|tre|fire|\d+) gange\b))")
# A name before its cue ("Poul Erik Madsen hedder jeg", "Mette fra HR"): capitalised only. (Typed
# without capitals it cannot be told from the words before it, and trying every start of a long
# lower-case message took seconds.)
_NAME_BEFORE = r"(?P<before>[A-ZÆØÅ][a-zæøåéüöä]+(?:[- ][A-ZÆØÅ][a-zæøåéüöä]+){0,3})"
_FILLER = r"(?i:\s+(?:forresten|altså|altsaa|faktisk|bare|btw|egentlig|i øvrigt|vist|vistnok|nok|selv|for resten|nu))?"
_USER_NAME_CUES = re.compile(rf"(?i:(?:^|(?<=[.!?;,]))\s*(?:mit )?navn\s*:|"  # "… Jeg skriver mail. Navn: Line Bach"
                             rf"(?i:^\s*(?:mit )?navn)(?=\s+[A-ZÆØÅ])|"  # "navn Lukas Nørgaard, …" (a tester)
                             rf"\b(?:jeg hedder|mit navn er|min navn er|mit fulde navn(?: er|:)|navnet er|"
                             rf"min (?:underskrift|signatur)(?: skal være| er| bliver)?|"
                             rf"(?:underskriften|signaturen)(?: skal| bedes| må gerne)? (?:være|lyde|er)|"
                             rf"med venlig hilsen|venlig hilsen|mvh\.?|vh\.?|kh\.?|knus|"
                             rf"(?:de |mange )?(?:bedste |venlige |kærlige )?hils(?:en|ner)){_FILLER})[,:]?\s+{_NAME}|"
                             rf"{_NAME_BEFORE}\s+(?i:hedder jeg)\b")
_CONTACT_CUES = re.compile(
    rf"(?i:\b(?:min kontakt(?:person)?|kontaktpersonen|chefen|lederen|min (?:kommende )?(?:chef|leder)|"
    rf"hun|han|hen|personen)\s+(?:hedder|hed|heder){_FILLER}|"
    rf"(?:\b(?:min kontakt(?:person)?|kontaktperson(?:en)?|kontakten|kontakt person(?:en)?)|^\W*kontakt) (?:er|var)|"
    # "mailen skal til Jonas Berg, ikke Mette", "den skal til Peter Holm" (testers: the mail kept the old name)
    rf"\b(?:den|mailen|e-?mailen|beskeden|brevet) skal (?:sendes |stiles |skrives )?til|"
    rf"\b(?:hans|hendes|(?!hvis\b)[\w-]+s) (?:fulde )?navn (?:er|var)|"  # "hans navn er Kim", "Rektors navn er"
    rf"(?:^|(?<=[.!?;,]))\s*kontakt(?:person(?:en)?)?\s*:|"  # "… hos Netcompany. kontakt: Rasmus Bech."
    rf"\b(?:til|med) (?:kontaktpersonen|min kontakt(?:person)?),?|"
    rf"\b(?:\w*lederen|\w*chefen|kontaktpersonen|min kontakt(?:person)?|hr|præsten|\w*direktøren|ejeren|"
    rf"indehaveren|formanden|værkføreren|\w*sygeplejersken|rektor(?:en)?|forstanderen|inspektøren),|"
    rf"\b(?:talte|snakkede|snakkde|snakket|talt) med(?: (?:\w*lederen|\w*chefen|ham|hende)(?: der)?,?)?|"
    # "jeg har mailet med Mikkel Dahl hele vejen" (BH034)
    rf"\b(?:har|havde) (?:mailet|skrevet|skrevet sammen|haft kontakt) med"
    rf"(?= [A-ZÆØÅ][\w-]+ [A-ZÆØÅ][\w-]+ (?:hele tiden|hele vejen|undervejs))|"
    rf"\b(?:skrev|skrevet|skrive|skriver|skriv|mailede|mailet|mail|mails|mailen|ringede|ringet|ringe|ringer|besked)"
    rf"(?: den| mailen| e-?mailen| beskeden)? til"  # "kan du skrive den til Birgitte Munk?"
    rf"(?: (?:kontorchef|afdelingsleder|lederen|chefen|personalechef|hr-chef|direktør|recruiter|rekrutt|konsulent)"
    rf"\w*,?| (?:hans|hendes) (?:kollega|chef|leder|stedfortræder|afløser)(?:en)?,?)?|"  # "skrev til recruiteren, Line
    # Møller", "skal skrive til hendes kollega Peter Holm i stedet" (a tester)
    rf"\bsamtalen blev (?:ledet|holdt|taget|ført|afholdt) af|\b(?:interviewet|ledet|holdt|ført) af|"
    rf"\b(?:skrevet|mailet|ringet|ringede|skrev|mailede)(?:,? (?:to|tre|fire|\d+) gange|,? en gang|,? igen)?(?: nu)?"
    # "ringet i mandags til", "ringet en gang, i mandags, til jonas berg"
    rf"(?:,? i (?:går|forgårs|[a-zæøå]+dags)|,? (?:d\.|den) \d{{1,2}}\.?(?:/\d{{1,2}})?)?,? til"
    rf"(?!\s+(?:kontaktpersonen|min kontakt|\w*lederen|\w*chefen))|"
    rf"\b(?:samtale|samtalen|interview|jobsamtale) med|"
    # "samtalen er overstået. det var med kasper nørgaard" (BH025): lower case, a surname last ("det var med Teams")
    rf"\b(?:det|samtalen|interviewet) var med(?= [a-zæøå]+ [a-zæøå]+{_SURNAME_END}\W*$)|"
    rf"\b(?:ham|hende|den|personen) (?:der|som) (?:(?:holdt|havde|ledte|førte) (?:samtalen|interviewet)|"
    rf"interviewede mig),?|"
    rf"(?<!jeg )(?<!jeg bare )(?<!stillingen )(?<!jobbet )(?<!titlen )(?<!firmaet )(?<!stedet )"
    rf"(?<!virksomheden )(?<!butikken )(?<!klinikken )(?<!salonen )(?<!restauranten )(?<!hotellet )(?<!skolen )"
    rf"\b(?:hedder|hed|heder){_FILLER}|\b(?:kære|hej))\s+"
    rf"(?:(?:ham|hende)\s+(?=[A-ZÆØÅ]))?{_NAME}|"  # "ringet to gange til ham Martin Berg"
    # "Mette fra HR", "det var Brian Mikkelsen jeg snakkede med", "det var Mette Kjær der interviewede mig"
    rf"{_NAME_BEFORE},?\s+"
    # (not "hos Holm Revision, jeg talte med Karin Holm": the name after the verb is the one)
    rf"(?i:fra (?:hr|personaleafdelingen|rekruttering\w*)|(?:som )?jeg (?:talte|snakkede) med(?!\s+[A-ZÆØÅ])|"
    # "det var Signe Friis jeg skulle ringe til"
    rf"(?:som )?jeg (?:skulle|skal) (?:ringe til|skrive til|tale med|spørge efter|spoerge efter)(?!\s+[A-ZÆØÅ])|"
    # "Det er Maria Holt jeg har skrevet med"
    rf"(?:som )?jeg (?:har )?(?:skrevet|skriver|mailet|mailer) med(?!\s+[A-ZÆØÅ])|"
    rf"(?:hed|hedder) (?:han|hun)|"  # "Søren Kjær hed han"
    rf"(?:der|som) (?:interviewede|holdt samtalen|ledte samtalen|førte samtalen|havde samtalen))\b"
)
# "Jonas fra lageret", "Per fra portørcentralen": a first name and the department, lower case
_CONTACT_FROM_DEPARTMENT = re.compile(rf"{_NAME_BEFORE}\s+fra\s+(?-i:[a-zæøå][a-zæøå-]*(?:en|et|erne))\b")
# A first name and a surname, capitalised: what the cues below need to tell a person from a word.
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?"  # "Lund-Madsen"
_FULL_NAME = rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
# "Afdelingsleder Hanne Juul oplyste", "Klinikchefen Dorthe Friis", "mailet Kirsten Lau", "spørge efter Søren Bach",
# "have fat i Morten Lund"
_CONTACT_BY_TITLE = re.compile(rf"(?i:\b(?:{TITLE}|mailet|mailede|sp(?:ø|oe|o)rge? efter|bede om|"
                               # "…, kontaktperson Kim Nørgaard"
                               rf"fat (?:i|på|paa)|kontaktperson(?:en)?|min kontakt(?:person)?|(?<=, )kontakt|"
                               # "jeg har ringt Henrik Møller to ganger" (BR015): Norwegian, no "til"
                               rf"har ringet|har ringt)(?:\s+selv)?)[,:]?\s+"
                               rf"{_FULL_NAME}|"  # "mester selv Bent Jensen"
                               # "HR-konsulenten Mette", "afdelingslederen Hanne": a title and a first name
                               rf"(?i:\b(?:hr-\w+|\w*konsulenten|\w*lederen|\w*chefen))\s+"
                               rf"(?P<first>(?-i:[A-ZÆØÅ][a-zæøåéüöä]+))\b")
# "Mikkel Thomsen sagde senest fredag", "det var Anne-Mette Skov der holdt samtalen", "Peter Lund fra økonomiafdelingen"
_CONTACT_BEFORE_WORDS = re.compile(  # also "… med Thomas Vinther, han sagde de svarer …"
    rf"{_FULL_NAME}(?:,?\s+(?i:han|hun|hen))?\s+"
    rf"(?i:(?:der |som )?(?:(?:var|er) [\w-]+ og )?(?:sagde|lovede|oplyste|fortalte|holdt samtalen|"
    rf"førte samtalen|ledede samtalen|holdt den|ledede den|førte den|gav mig)|fra \w*afdelingen|"
    rf"(?:der |som )(?:var|er) (?:\w*(?:chef|leder)(?:en)?|min kontakt\w*|kontaktperson\w*)|"
    # "Jens Vestergaard var den der holdt samtalen"
    rf"(?:var|er) (?:den|hende|ham|personen) (?:der|som) (?:holdt|havde|ledte|ledede|førte|interviewede))\b")
# "skriv mailen under med Signe Dahl", "skriv under med mit navn, Rasmus Eriksen", "det er Ole Bjerre her"
_USER_SIGNS_AS = re.compile(rf"(?i:\bunder\w*\b[^.\n]{{0,30}}?\b(?:med|som)(?: mit(?: fulde)? navn)?[,:]?)\s+{_NAME}")
# "skriv den fra Morten Vinther" (BT044): the sender
_USER_SENDS_FROM = re.compile(rf"(?i:\b(?:skriv|skrive|send|sende)(?: den| mailen)? fra)\s+{_FULL_NAME}")
# "og skriv under Sara Nielsen, tlf …", "… ind under mit navn, Louise Brandt-Nielsen?" (part BC)
_USER_SIGNS_UNDER = re.compile(rf"(?i:\b(?:skriv|skrive|sæt|saet) (?:den |mailen )?under|\bunder mit (?:fulde )?navn)"
                               rf"[,:]?\s+{_FULL_NAME}")
# "kan du skrive Henrik Lauesen øverst?" (AJ039): whom the mail greets
_CONTACT_ON_TOP = re.compile(rf"(?i:\b(?:skriv|skrive|sæt|sætte|saet|saette))\s+{_FULL_NAME}\s+"
                             rf"(?i:øverst|oeverst|i toppen)\b")
# "du kan bare skrive Sara Mikkelsen under", "sæt Ole Bjerre nederst": the name to sign with
_USER_SIGNS_WITH = re.compile(rf"(?i:\b(?:skriv|skrive|sæt|sætte|saet|saette))\s+{_FULL_NAME}\s+(?i:under|nederst)\b")
# "kan du sætte mit navn på? Julie Andersen", "skriv mit navn under: det er Ole Bjerre": the name asked for
_USER_NAME_PUT_ON = re.compile(rf"(?i:\bmit (?:fulde )?navn (?:på|paa|under|ind|nederst|med)?\s*[?.!:,]*\s*"
                               rf"(?:(?:det|navnet) er\s+)?){_FULL_NAME}\b")
# "og afsender er Mikkel Vestergaard", "Mikkel Vestergaard som afsender"
_USER_SENDS = re.compile(rf"(?i:\bafsender(?:en)? (?:er|skal være|skal vaere|bliver))\s+{_FULL_NAME}|"
                         rf"{_NAME_BEFORE}\s+(?i:som afsender)\b")
# "Undertegnede, Jørgen Bech, var …", "og mig selv, Maja Nielsen"
_USER_UNDERSIGNED = re.compile(rf"(?i:\bundertegnede|\bmig selv),?:?\s+{_FULL_NAME}")
_USER_SAYS_IT_IS = re.compile(rf"(?i:\bdet er)\s+{_FULL_NAME}\s+(?i:her)\b|"
                              # "mads pedersen her. samtale i torsdags": the message opens with who writes
                              r"^\W*(?P<name2>[a-zæøåA-ZÆØÅ][a-zæøåéüöä-]+ [a-zæøåA-ZÆØÅ][a-zæøåéüöä-]+) her\b")
# "Hej, Jonas Friis her.", "Hej, det er Mikkel Andersen.": a greeting, then who writes, and the sentence ends
_USER_GREETS_AS = re.compile(rf"^\W*(?i:hej\w*|hey|hi|hallo|hall[oø]j|goddag|god (?:morgen|dag|aften))\W+"
                             rf"(?i:(?:opfølgnings|opfoelgnings)?coach(?:en)?\W+)?"  # "Hej coach, Jonas Møller her."
                             rf"(?i:det er\s+|jeg hedder\s+)?{_FULL_NAME}(?:\s+(?i:her))?\s*(?:[.,!]|$)"
                             # not "Goddag Jens Møller, det er Birthe Sørensen" (a tester's voicemail): whom it greets
                             rf"(?!\s*(?i:det er|jeg hedder|mit navn er|her er)\b)")
# "og jeg er Lærke Bang btw" (a whole capitalised name: "jeg er Glad" is no name), "my name is …",
# a signature after a slash at the end ("… hvis det er. /Sara Khalil")
_USER_IS = (re.compile(rf"(?i:\bjeg er)\s+{_FULL_NAME}\b"),
            re.compile(rf"(?i:\bmy name is|\bi am|\bi'm)\s+{_FULL_NAME}\b"),
            re.compile(rf"(?:^|\s)/\s*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})\s*$"),
            # "nej skriv Anders Kjærgaard, det er mit fulde efternavn" (AY007)
            re.compile(rf"{_FULL_NAME},?\s+(?i:det er mit (?:fulde |rigtige |hele )?(?:efter|for|fulde )?navn)\b"))
# "Jens Kofoed, han ejer firmaet", "begge gange til Hanne Vinther", "contact was Anders Lund-Madsen"
_CONTACT_OTHERWISE = (re.compile(rf"^\W*{_FULL_NAME},?\s+(?i:han|hun|hen)\b"),
                      # "… som regnskabsassistent. Kontakt var Thomas Friis" (s36c: the script greeted no one)
                      re.compile(rf"(?:^|(?<=[.!?,;] ))(?i:kontakt(?:person)?(?:en)? (?:var|er|hedder|hed))\s+"
                                 rf"(?:(?:HR|hr)(?:-\w+)?\s+)?{_FULL_NAME}"),  # "Kontakt er HR Sofie Dahl" (s36b)
                      re.compile(rf"(?i:\b(?:begge|alle|hver) gange? til)\s+{_FULL_NAME}"),
                      # "skrive en e-mail til formanden for ansættelsesudvalget, Kirsten Dahl": who, then the name
                      re.compile(rf"(?i:\b(?:skrive|skriver|sende|sender|ringe|ringer|maile|mailer)\b[^.!?,]{{0,20}}?"
                                 rf"\btil(?! (?:dem|ham|hende|jer|mig|dig)\b)(?: [a-zæøå]+){{1,4}}),\s+{_FULL_NAME}"),
                      # "sendt en e-mail tirsdag den 30. marts til Jens Ole Madsen"
                      re.compile(rf"(?i:\bsendte? (?:en |et )?(?:[\w-]*mail|besked|sms)\b"
                                 rf"(?:[^.!?]|(?<=\d)\.){{0,40}}?\btil)\s+{_FULL_NAME}"),
                      re.compile(rf"(?i:\b(?:det|samtalen|interviewet) var med)\s+{_FULL_NAME}"),  # "Det var med Ole"
                      # "Dem jeg talte med var Birgitte Hansen" (s33d: the script asked for "den, der står for …")
                      re.compile(rf"(?i:\b(?:dem|den|hende|ham|personen) (?:jeg|vi) (?:talte|snakkede|var til samtale)"
                                 rf" med,? (?:var|hed|hedder))\s+{_FULL_NAME}"),
                      # "til Brian Lauridsen" alone, after "kan du lave en mail" (BC040): whom it goes to
                      re.compile(rf"^\W*(?i:(?:og |ok,? )?(?:den skal )?til)\s+{_FULL_NAME}\s*[.!]?\s*$"),

                      # "ring. til Brian Holm, mester"
                      re.compile(rf"(?i:\b(?:ring|ringe|mail|skriv)\W{{1,3}}til)\s+{_FULL_NAME}"),
                      # "jeg kender hende jo godt, Lone Dam, så …": a whole name set beside "hende"/"ham"
                      re.compile(rf"(?i:\b(?:hende|ham)(?: \w+){{0,3}}),\s+{_FULL_NAME}\s*(?:[,.!]|$)"),
                      re.compile(rf"(?i:\b(?:(?:my )?contact(?: person)?|the (?:leader|manager|boss|recruiter|"
                                 rf"interviewer|hr person)) (?:was|is)(?: called| named)?)\s+{_FULL_NAME}"),
                      re.compile(rf"{_FULL_NAME},?\s+(?i:the (?:recruiter|hiring manager|manager|hr \w+|boss|"
                                 rf"tech lead|team lead|head of \w+|director|cto|ceo|founder|owner))\b"))
# "snakkede med HR (Camilla Berg)"
_CONTACT_IN_BRACKETS = re.compile(
    rf"(?i:\b(?:\w*lederen|\w*chefen|kontaktpersonen|hr|hr-\w+|rekrutter\w*|hun|han|hen)"
    rf"(?:\s+(?:der|som)\s+\w+(?:\s+mig)?)?)\s*\(\s*{_NAME}")  # "hun der interviewede mig (Louise Kjær)" (BN007)
# The person who is to answer, when the user names several ("Det er Camilla Holm fra HR der sender svar",
# "Lone sagde at det er hende der giver svar", "Hans sekretær, Lotte Winther, er den der skal give svar"):
# the one to follow up with, before the interviewer named first.
_ANSWERS = r"(?:give|giver|sende|sender|melde|melder|ringe|ringer|vende|vender|svare|svarer|kontakte|kontakter)\b"
_CONTACT_WHO_ANSWERS = re.compile(
    rf"{_NAME_BEFORE}(?:\s+(?:fra|i|på)\s+\S+)?,?\s+(?i:"
    rf"(?:sagde|skrev|lovede|fortalte|naevnte|nævnte)\b[^.!?]{{0,40}}?\b(?:hun|han|hen|hende|ham)(?:\s+(?:der|som))?|"
    rf"(?:er|var)\s+(?:den|hende|ham|personen)\s+(?:der|som)|der|som|"
    # "Bettina Hansen som laver alt papirarbejdet, og det er hende der ringer": no other name between
    rf"(?:(?-i:(?![A-ZÆØÅ]))[^.!?]){{0,60}}?\bdet er (?:hende|ham|hen) (?:der|som))"
    rf"\s+(?i:(?:skal|vil|ville|kommer til at|lovede at|nok)\s+)?(?i:{_ANSWERS})|"
    # "Svaret vil komme fra HR-konsulent Marianne Holt"
    rf"(?i:\bsvar(?:et)?\s+(?:vil\s+|skal\s+|kommer\s+)?(?:komme\s+)?fra)\s+(?:[\w-]+\s+)?{_FULL_NAME}")
# "kan du sætte Signe Dahl ind som modtager?", "modtageren er Signe Dahl": whom the mail goes to
_CONTACT_RECEIVES = re.compile(rf"{_NAME_BEFORE}\s+(?i:(?:ind )?som modtager)\b|"
                               rf"(?i:\bmodtager(?:en)? (?:er|skal være|skal vaere|bliver))\s+{_FULL_NAME}")
# "Kontaktpersonen var ledende lægesekretær Jens Mikkelsen" (BS002): her title, then her name
_CONTACT_TITLED = re.compile(rf"(?i:\bkontaktperson(?:en)? (?:er|var))\s+(?:(?-i:[a-zæøå])[\w-]*\s+){{1,3}}"
                             rf"{_FULL_NAME}")
# "Min kontaktperson hele vejen har været Henrik Dahl"
_MY_CONTACT_IS = re.compile(rf"(?i:\b(?:min|vores) (?:nye )?kontakt(?:person)?(?:en)?(?: \w+){{0,3}} "
                            rf"(?:er|var|har været|har vaeret|bliver|hedder)(?: nu| fremover| herefter)?)"
                            rf"\s+{_FULL_NAME}")  # "min kontakt hedder nu sofie berg" (s33a: "Kære Kasper" stayed)
# A handover: "jeg skal snakke med henrik dahl i stedet", "skal kontakte Anders Holm nu", "det er Peter Dam der har
# overtaget" (testers: the old contact stayed in the script)
_TAKES_OVER_TO = (r"(?i:\b(?:skal|skulle|må|maa|kan)(?: nu)? (?:(?:snakke|tale) med|skrive til|ringe til|kontakte|"
                  r"henvende mig til))\s+")
_INSTEAD = r"(?=\s+(?i:i stedet|nu|fremover|fra nu af|som har overtaget|der har overtaget)\b)"
_CONTACT_TAKES_OVER = re.compile(
    rf"{_TAKES_OVER_TO}{_FULL_NAME}{_INSTEAD}|"
    rf"{_TAKES_OVER_TO}(?P<name2>[a-zæøå][a-zæøåéüöä]+(?: [a-zæøå][a-zæøåéüöä-]+){{1,2}}){_INSTEAD}|"
    rf"{_NAME_BEFORE}\s+(?i:(?:der|som) har overtaget|har overtaget)\b")
# "receptionen sagde at mikkel er på ferie og at det nu er Tina Holm der har rekrutteringen" (s39a: the script still
# called Mikkel)
_CONTACT_HAS_IT_NOW = re.compile(
    rf"{_NAME_BEFORE}\s+(?i:(?:der|som) (?:nu )?har (?:rekrutteringen|sagen|ansættelsen|ansaettelsen|stillingen))\b")
_USER_PATTERNS = (_USER_NAME_CUES, _USER_SENDS_FROM, _USER_SIGNS_AS, _USER_SIGNS_UNDER, _USER_SIGNS_WITH,
                  _USER_SAYS_IT_IS, _USER_GREETS_AS, _USER_UNDERSIGNED, _USER_NAME_PUT_ON, _USER_SENDS, *_USER_IS)
# "ringede jeg til fuldmaegtig Hanne Bech", "ringede til mette i tirsdags", "skrev til Ole Bak" (s39a: names in a
# report of a follow-up were dropped): whom the follow-up went to; a first name alone in lower case only before its day
_CALLED = r"(?i:\b(?:ringede|ringet|skrev|skrevet|mailede|mailet)(?: jeg)? til)\s+"
_CONTACT_CALLED = re.compile(rf"{_CALLED}(?:(?-i:[a-zæøå])[\w-]*\s+)?{_FULL_NAME}|"
                             rf"{_CALLED}(?P<first>(?-i:[a-zæøå][a-zæøå]{{2,}}))(?=,?\s+(?i:d\.|(?:den \d|i \w+dags|"
                             rf"i går|i forgårs|på \w+dag|uden|men|og fik|og hun|og han)\b))")
_CONTACT_PATTERNS = (_CONTACT_TITLED, _CONTACT_CUES, _CONTACT_IN_BRACKETS, _CONTACT_BY_TITLE, _CONTACT_BEFORE_WORDS,
                     _CONTACT_FROM_DEPARTMENT, *_CONTACT_OTHERWISE)


def called_in(text: str) -> str | None:
    """Whom the follow-up a message reports went to ("ringede til jette d. 24/11"), when it names them."""
    return next((name for name in map(clean_person_name, _cued_names((_CONTACT_CALLED,), text or "")) if name), None)


def handover_told(text: str) -> bool:
    """'souschefen Hanne Bech har overtaget', 'jeg skal snakke med henrik dahl i stedet': another contact now."""
    return bool(_CONTACT_TAKES_OVER.search(text or "") or _CONTACT_HAS_IT_NOW.search(text or ""))


def higher_up_named(text: str) -> str | None:
    """'jeg fandt på linkedin at deres HR chef hedder Peter Dahl' -> 'Peter Dahl': the hiring manager or HR person
    named for the last step (R5)."""
    found = _HIGHER_UP_IS.search(text or "")
    return clean_person_name(found["name"]) if found else None


_HIGHER_UP_IS = re.compile(r"(?i:\b(hr[- ]?(chef\w*|konsulent\w*|ansvarlig\w*|medarbejder\w*|partner\w*|person\w*)?|"
                           r"personalechef\w*|(den )?ansættende leder|lederen|chefen)\b[^.!?]{0,30}?\b(hedder|hed|er) "
                           r"(vist |nok |vistnok )?)"
                           r"(?P<name>[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)?)")


def names_said(text: str) -> tuple[str | None, str | None]:
    """(the user's own name, the contact's name) where a cue says whose it is: 'jeg hedder …',
    'min kontakt hedder …', 'jeg talte med …'. A name is the whole name; pronouns never."""
    text = text or ""
    signed, _ = employer_signature(text)  # the employer's message pasted: signed by the contact, not the user
    own_name, own_to = own_mail_parts(text)  # the user's own mail pasted: signed by the user, to the contact
    # a pasted mail's sign-off is not the user's unless the mail is ("Med venlig hilsen\nAllan Juhl", BJ045)
    users_said = text if own_name or not pasted_mail(text) else text[:paste_start(text)]
    cued_users = _cued_names(_USER_PATTERNS, users_said)
    if len(cued_users) > 1 and _TAKEN_BACK.search(users_said):  # "jeg hedder Bent... nej undskyld, JEG hedder Kurt
        cued_users = cued_users[::-1]                            # Hansen, kontakten hedder Bent Olsen" (a tester)
    users = (clean_person_name(_in_full(name, text)) for name in [own_name] + cued_users
             if name and (not signed or not signed.startswith(name)))
    # under a pasted mail, the signature names the contact first ("… vores driftschef Henrik Thorsen … Med venlig
    # hilsen\nLouise Kragh", BJ001); the one the user's own mail went to, by its "Til:" line (BJ009)
    first = [signed] if signed and pasted_mail(text) else [own_to] if own_to else []
    cued = first + _cued_names((_CONTACT_TAKES_OVER, _CONTACT_HAS_IT_NOW, _CONTACT_WHO_ANSWERS, _MY_CONTACT_IS,
                                _CONTACT_RECEIVES, _CONTACT_ON_TOP), text) \
        + _cued_names(_CONTACT_PATTERNS, text) + ([signed] if signed else []) + _interviewer(text) \
        + _cued_names((_CONTACT_CALLED,), text)  # "ringede til jette …, nu skriver jeg til HR, hun hedder …"
    contacts = (clean_person_name(_in_full(name, text)) for name in cued
                if not an_employer(name) and not a_firm(name)  # "jeg ringer til Novo Nordisk", "Restaurant Mellemrum"
                and not _the_firm_called(name, text))  # "et byggefirma der hedder Hansen og Søn"
    user = next(filter(None, users), None)
    # "Kære Coach" is no name; nor is the user's own ("jeg hedder fatima … 'hej anne det er fatima'", a tester)
    contact = next((c for c in contacts if c and not same_person(user, c) and not _first_name_of(c, user)), None)
    return user, _settled_spelling(contact, text)


_TAKEN_BACK = re.compile(r"\b(nej|undskyld|rettelse|jeg mener|altså|vent)\b", re.I)


def _first_name_of(name: str, user: str | None) -> bool:
    return bool(user) and name.split()[0].lower() == user.split()[0].lower() and len(name.split()) == 1


# "samtale d. 22/4 hos Jysk, salgsassistent, med Hanne Bech" (AV038), "Teams-samtale i går med Kasper Lund fra
# Novo Nordisk" (BA031), "samtale d. 26. april som logistikkoordinator med Peter Madsen": the interview, with whom
_INTERVIEW_WITH = re.compile(rf"(?i:\b(?:job)?samtalen?\b[^!?\n]{{0,60}}?(?:,\s*|\s)med)\s+{_FULL_NAME}"
                             rf"\s*(?:[,.!]|$|(?i:fra|som|og|hos)\b)")


def _interviewer(text: str) -> list[str]:
    """The person the interview was with, when the employer is named apart ("med Dansk Supermarked" is a firm),
    or when the name ends in a Danish surname ("samtale d. 11/5 med Louise Berg", BD043)."""
    found = _INTERVIEW_WITH.search(text)
    if found is None:
        return []
    employer = company_said(text)
    if employer:
        return [] if employer.startswith(found["name"]) else [found["name"]]
    person = _DANISH_SURNAME.search(found["name"]) and " " in found["name"] and not an_employer(found["name"])
    return [found["name"]] if person else []


_DANISH_SURNAME = re.compile(rf"(?i){_SURNAME_END}$")


_OR_NAME = re.compile(rf"\beller\s+{_FULL_NAME}")


def _settled_spelling(name: str | None, text: str) -> str | None:
    """'en Mette Hansen jeg talte med... eller Mette Hanssen, med to s': the same person, spelt as settled."""
    other = next((m["name"] for m in _OR_NAME.finditer(text) if name and m["name"].split()[0] == name.split()[0]),
                 None)
    return clean_person_name(other) if other else name


_ONLY_A_NAME = re.compile(rf"^\W*{_FULL_NAME}\W*$")


def only_a_name(text: str) -> str | None:
    """'Peter Skov' as the whole message: a full name, without a word of whose it is."""
    match = _ONLY_A_NAME.match(text or "")
    return clean_person_name(match["name"]) if match and not an_employer(match["name"]) else None


def _the_firm_called(name: str, text: str) -> bool:
    called = FIRM_CALLED.search(text)
    return called is not None and called["name"].startswith(name.strip())


def without_names(text: str) -> str:
    """The text without the clauses that name someone ("tilkaldevikar, skolelederen hedder Kim Holt")."""
    kept = [c for c in re.split(r"[,.;]\s*", text) if c.strip() and not any(names_said(c))]
    return ", ".join(kept)


def _in_full(name: str, text: str) -> str:
    """A first name the user goes on to give in full ("Henrik, Henrik Dahl", "Pernille et eller andet...
    Pernille Lauridsen") -> the full name."""
    name = name.strip()
    if " " in name or not name[:1].isupper():
        return name
    given = _given_in_full(name, text)
    if given:
        return given
    # "han hedder Friis til efternavn, altså Jonas Friis": the surname first, then the whole name
    whole = re.search(rf"\b(?P<first>[A-ZÆØÅ][a-zæøåéüöä]+) {re.escape(name)}\b", text)
    return f"{whole['first']} {name}" if whole and whole["first"].lower() not in _NOT_A_NAME else name


def in_full_before(first: str | None, earlier: str) -> str | None:
    """'Signe' now, 'jeg mødte både Signe Bak fra HR og Thomas Riis' earlier -> 'Signe Bak'; None when
    no earlier message gave that first name in full."""
    if not first or " " in first.strip() or not first[:1].isupper():
        return None
    given = _given_in_full(first.strip(), earlier or "")
    return clean_person_name(given) if given else None


def _given_in_full(first: str, text: str) -> str | None:
    """'Signe' and '… Signe Bak fra HR …' -> 'Signe Bak': the first name followed by one or two surnames."""
    given = re.search(rf"\b{re.escape(first)}((?:[- ][A-ZÆØÅ][a-zæøåéüöä]+){{1,2}})\b", text)
    return first + given.group(1) if given else None


# "hans efternavn er Dahl", "hun hedder Friis til efternavn": a surname for a first name given before.
_SURNAME = re.compile(rf"(?i:\b(?:hans|hendes|kontaktens) efternavn(?:et)? (?:er|var))\s+(?P<name>{_NAME_WORD})\b|"
                      rf"(?i:\b(?:han|hun) (?:hedder|hed))\s+(?P<name2>{_NAME_WORD})\s+(?i:til efternavn)")


# A correction of one word of a name: "hun hedder Lene ikke Lone", "det var Camilla Bech forresten, ikke Berg",
# "Jensen ikke Jensne", "ikke Berg men Bech" (s41a: the surname was lost, or the word taken back was kept)
_WORD = r"[A-Za-zÆØÅæøåéü][a-zæøåéü'-]+"
_INSTEAD = re.compile(rf"(?P<new>{_WORD}(?: {_WORD}){{0,2}})(?:\s+(?:forresten|altså|altsaa|btw|jo))?,?\s+(?:og\s+)?"
                      rf"ikke\s+(?P<old>{_WORD})\b|"
                      rf"\bikke\s+(?P<old2>{_WORD}),?\s+men\s+(?P<new2>{_WORD}(?: {_WORD}){{0,2}})")
# "hun hedder Bech til efternavn", "hendes efternavn er Bech", "mit efternavn er Jensen": the surname replaced
_SURNAME_NOW = re.compile(rf"(?i:\b(?:hun|han|jeg) (?:hedder|hed))\s+(?P<name>{_WORD})\s+(?i:til efternavn)|"
                          rf"(?i:\b(?:hans|hendes|kontaktens|mit) efternavn(?:et)? (?:er|var))\s+(?P<name2>{_WORD})\b")
_OWN_SURNAME = re.compile(r"(?i)\b(?:mit efternavn|jeg (?:hedder|hed) \w+ til efternavn)\b")


def mended_name(known: str | None, text: str, own: bool = False) -> str | None:
    """The known name with the word the message corrects: 'Lone Pedersen' + 'hun hedder Lene ikke Lone' -> 'Lene
    Pedersen', 'Camilla Berg' + 'det var Camilla Bech, ikke Berg' -> 'Camilla Bech'; `own` for the user's name
    (whose surname "mit efternavn er …" tells). None when the message mends no word of it."""
    if not known:
        return None
    parts = known.split()
    for match in _INSTEAD.finditer(text or ""):
        old, new = match["old"] or match["old2"], (match["new"] or match["new2"]).split()
        at = next((i for i, part in enumerate(parts) if part.casefold() == old.casefold()), None)
        if at is None or new[-1].casefold() in _NOT_A_NAME or any(new[-1].casefold() == p.casefold() for p in parts):
            continue
        if len(new) > 1 and len(new) == len(parts):  # the whole name said again, right
            return clean_person_name(" ".join(new))
        return clean_person_name(" ".join(parts[:at] + [new[-1]] + parts[at + 1:]))
    surname = _SURNAME_NOW.search(text or "")
    if surname and bool(_OWN_SURNAME.search(text or "")) == own:
        word = (surname["name"] or surname["name2"]).capitalize()
        return clean_person_name(" ".join(parts[:-1] + [word]) if len(parts) > 1 else f"{parts[0]} {word}")
    return None


def with_surname(first: str | None, text: str) -> str | None:
    """'Peter' + 'hans efternavn er Dahl' -> 'Peter Dahl'; None when the text gives no surname for a first
    name said alone."""
    found = _SURNAME.search(text or "")
    surname = (found["name"] or found["name2"]) if found else None
    if not surname and first and " " not in first.strip():
        surname = _surname_beside(first.strip(), text or "")
    if not (surname and first) or " " in first.strip() or first.strip() == surname:
        return None
    return f"{first.strip()} {surname}"


# "dorthe jensen er butikschef" after "Mvh Dorthe" (BJ026): the first name, a Danish surname, then who she is
_SURNAME_BESIDE = rf"(?P<surname>[a-zæøå][a-zæøå-]*{_SURNAME_END}),?\s+(?:er|var|hun|han|hedder)\b"


def _surname_beside(first: str, text: str) -> str | None:
    beside = re.search(rf"(?i)\b{re.escape(first)} {_SURNAME_BESIDE}", text)
    return beside["surname"].capitalize() if beside else None


def one_person(a: str, b: str) -> bool:
    """'Lone Berg' and 'Lone', 'Berg' or 'lone berg': one name told in part or in full."""
    a_words, b_words = a.casefold().split(), b.casefold().split()
    shorter, longer = sorted((a_words, b_words), key=len)
    return shorter == longer[:len(shorter)] or shorter == longer[-len(shorter):]


def same_person(known: str | None, name: str | None) -> bool:
    """'Hanne Lykke' known, 'Fru Lykke' (or 'Lykke') said now: the surname alone names the same person."""
    cleaned = clean_person_name(name) if name else None
    return bool(cleaned and known and " " not in cleaned and " " in known and known.split()[-1] == cleaned)


def _cued_names(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    """The names the patterns find, in the order they stand in the text."""
    found = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    return [m.groupdict().get("name") or m.groupdict().get("name2") or m.groupdict().get("before")
            or m.groupdict().get("first") for m in found]


def clean_person_name(text: str) -> str | None:
    """'Hun hedder mette hansen' -> 'Mette Hansen'; None for a pronoun or a description ('han',
    'noget med M')."""
    value = clean_free_text(text, NAME_LEAD)
    value = re.sub(r"^(?:fru|frk\.?|hr\.|herr)\s+(?=\w)", "", value or "", flags=re.IGNORECASE) or None  # "Fru Lykke"
    if value is None or len(value.split()) > 4 or re.search(r"\d", value):
        return None
    words = [word.strip(".,") for word in value.split()]
    if any(word.lower() in _NOT_A_NAME or word.lower() in _NUMBER_WORDS
           or re.fullmatch(TITLE, word.split("-")[-1], re.IGNORECASE) or TITLE_ENDING.search(word) for word in words):
        return None  # "Afdelingssygeplejersken", "Klinikchefen", "hr-chefen", "Projektkoordinator", "To"
    # "lone bæk-andersen" -> "Lone Bæk-Andersen"; a capital the user typed stays
    value = re.sub(r"(?:^|(?<=[\s-]))(\w)", lambda m: m.group(1).upper(), value)
    return re.sub(r"\w+", lambda m: _WITH_DANISH_LETTERS.get(m.group(0).lower(), m.group(0)), value)


# "soeren joergensen" -> "Søren Jørgensen": common names typed without æ/ø (not "Mikael", "Noel", "Aase", which
# are spelt so)
_WITH_DANISH_LETTERS = {name.replace("ø", "oe").replace("æ", "ae").lower(): name for name in (
    "Søren", "Jørgen", "Jørn", "Børge", "Bjørn", "Bøje", "Søs", "Lærke", "Sørensen", "Jørgensen", "Møller",
    "Kjær", "Kjærsgaard", "Nørgaard", "Søndergaard", "Østergaard", "Mølgaard", "Højgaard", "Bæk", "Bækgaard",
    "Thøgersen", "Brøndum", "Dræbye", "Lykkebø")}
