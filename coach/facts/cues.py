"""Cue words (folded: ae/oe/aa) that tell what a date or a clause is about, shared by the readers."""

from __future__ import annotations

import re

# Cue words (folded: ae/oe/aa) that tell which fact a date in the same clause is about.
DEADLINE_CUES = re.compile(
    r"\b(let me know|get back|hear back|"
    r"svar\w*|senest|frist\w*|hoere? fra|hoert fra|vende tilbage|vender tilbage|give besked|(faa|faar) besked|"
    r"meld(e|er) (tilbage|ud)|udmelding|beslutning|afgoerelse|ringe? tilbage|kontakte mig|hoerer fra|"
    r"hoerer (jeg|vi|man) fra|"  # "og så hører jeg fra dem på torsdag" (BO030)
    r"(de|han|hun|hen) (skulle|ville) (have )?(ringe|ringet|skrive|skrevet|svare|svaret|melde|meldt)|"
    r"(de|han|hun|hen) (ringer|skriver|mailer|melder sig|kontakter mig)|"  # "de sagde de ringer på onsdag"
    # "han sagde de ikke var færdige og ringer inden fredag" (trial): their call, the subject said before "og"
    r"(de|han|hun|hen) ((?!jeg\b)\w+ ){1,5}og (ringer|skriver|mailer|melder sig)|"
    r"(sagde|skrev|lovede) (at )?vi (ringer|skriver|melder|vender|giver|kontakter)|"  # "de sagde vi ringer …"
    r"(sagde|skrev|lovede) (at )?(vi|jeg|man) (ville |skulle )?hoerte? fra|"  # "de sagde vi hørte fra dem …"
    # "de forventede at have fundet en kandidat inden udgangen af uge 49" (a tester): when they will have chosen
    r"(have|vaere) (fundet|valgt|ansat|besluttet|afklaret|faerdige)|(fundet|valgt|ansat) (en|den) (\w+ )?"
    r"(kandidat|medarbejder|person|ansoeger)\w*|faerdige med (at ansaette|at vaelge|processen|rekrutteringen))\b"
)
# A next round the user is invited to: "er nu inviteret til anden runde på mandag" (that is the interview)
LATER_ROUND = (r"\b(inviteret|indkaldt|kaldt ind|kaldt|skal|kommer)( \w+){0,2} (til )?(en )?"
                r"(anden|2\.|tredje|3\.|naeste|ny|sidste) (runde|samtale|samtalerunde)\b")
# A later round the user went to or goes to ("anden runde var i torsdags"), not the employer's own ("de holdt
# anden runde"): the interview to follow up on
A_LATER_ROUND = (r"(?<!holdt )(?<!holder )(?<!afholdt )(?<!afholder )(?<!en )\b((anden|2\.|tredje|3\.) "
                  r"(runde|samtalerunde|samtale)|final round|finalerunde|finale runde)\b")  # not "en anden samtale"
INTERVIEW_CUES = re.compile(
    # not "i gang med samtaler": the other candidates' interviews; not "ugen efter samtalen": a day after it;
    # not "telefonsamtale": most often the screening before the real interview (no cue either way)
    r"\b((?<!i gang med )(?<!holder )(?<!holdt )(?<!uge efter )(?<!ugen efter )(?<!uger efter )(?<!dage efter )"
    r"(?<!dagen efter )(?!telefon)\w*samtale(?!r\b)\w*|"
    r"(?<!uge efter )(?<!ugen efter )(?<!uger efter )(?<!dage efter )(?<!dagen efter )interview\w*|moede\w*|"
    r"var (der|derude|derinde|deroppe|derovre|til|inde)|havde|"
    r"moedtes|snakkede|talte|indkaldt|indkaldelse)\b|" + LATER_ROUND + "|" + A_LATER_ROUND
)
# The earlier round, once a later one is ahead: "første samtale d. 2. juni og nu inviteret til anden runde"
EARLIER_ROUND = re.compile(r"\b(foerste|1\.) (samtale|runde|samtalerunde)\b")
# The employer's hiring steps the user took no part in: "de holdt anden runde", "samtaler med de andre".
PROCESS_CUES = re.compile(r"\b(de|han|hun|hen|i) (holder|holdt|afholder|afholdt|har|havde) (\w+ )?(anden|2\.?|sidste) "
                          r"(runde|samtalerunde)|\b(samtaler|snakker|taler) med (de )?(andre|flere)( kandidater)?\b|"
                          # the application and the call that invited the user: before the interview
                          r"\b(soegte|ansoegte|har soegt|sendte (min |en )?ansoegning\w*|ansoegningsfrist\w*|"
                          r"(saa|set|fandt|fundet) (et |en )?(\w+)?(opslag\w*|annonce\w*))\b|"  # "så et opslag d. 1."
                          r"\b(ringede|skrev|mailede) (de|han|hun|hen)\b|\bblev (ringet|kontaktet|inviteret)\b|"
                          r"\b(de|han|hun|hen) (ringede|skrev|mailede|kontaktede|inviterede) (mig|til mig)\b|"
                          # their mail or call, and the job's first day: "fik en mail d. 10.", "jobbet starter 1. maj"
                          r"\bfik (jeg )?(en|et) (mail|e-?mail|sms|opkald|opringning|brev|besked)\b|"
                          r"\b(jobbet|stillingen|arbejdet) (starter|begynder|start(er)? op)\b|\btiltraed\w*|"
                          r"\bfoerste arbejdsdag\b|\bstartdato\b|"  # "Start 1. august"
                          # "først en testdag d. 16/11", "Kodetest d. 16. november"
                          r"\b(testdag|testdagen|\w+test(en)?|test(en)?|case ?opgave(n)?)\b|"
                          r"\b(start|opstart)( er| bliver| var| ville vaere)?( d\.| den| pr\.)? ?(?=\d)|"
                          # the user's own life: "min datter har fødselsdag d. 8.", "på ferie til Kreta d. 26. juni"
                          r"\b(\w*foedselsdag|ferie(?!afloeser)\w*|\w+ferie|bryllup|konfirmation|barnedaab|flytter|flytning|"
                          # "til tandlægen", not the employer "Tandlægerne i Vejle" (the newcomer trial's interview
                          # day was read as the user's own appointment)
                          r"(til|hos|ved) tandlaege(n)?|tandlaegetid\w*|laegen|operation|eksamen|termin)\b|"
                          r"\bskal til(?= 1\. maj\b)")
# A follow-up named by its place in the row: "første gang d. 16/3", "sidste mail var d. 14. maj", "sidst i tirsdags".
NTH_ATTEMPT = (r"(foerste|anden|tredje|sidste|seneste) (gang|mail|opkald|opringning|besked|forsoeg)|"
                r"sidst jeg|senest jeg|"
                # "Første opringning var den 16., og den seneste var …"; not "den sidste var i torsdags, første runde"
                r"(opkald|opringning)[^.!?]{0,40}\b(den|det) (sidste|seneste) (var|blev)|"
                r"(mailen|e-?mailen|opkaldet|beskeden) var (den |det )?(sidste|seneste)|"
                # "den sidste sendte jeg i mandags"
                r"(den|det) (sidste|seneste)( \w+)? (sendte|skrev|mailede|ringede|lagde) jeg|"
                r"sidst (?=i (man|tirs|ons|tors|fre|loer|soen)dags|d\. ?\d|den \d|i gaar|i forgaars)|"
                # "sidst var i torsdags" as the whole message, after the follow-ups were counted (BD037)
                r"^(og |men )?(sidst|senest) var (det )?(?=i (man|tirs|ons|tors|fre|loer|soen)dags|d\. ?\d|den \d|"
                r"i gaar|i forgaars|(man|tirs|ons|tors|fre|loer|soen)dag)")
# A follow-up the user already made: called, wrote, mailed, left a message ("har ringet to gange").
# "har ikke hørt noget" is no news from the employer, not an attempt.
ATTEMPT_CUES = re.compile(
    # not "Det er Maria Holt jeg har skrevet med": whom the user writes with, no follow-up
    # not "ja ringe, det skrev jeg jo" (BQ019): what the user wrote in this chat
    # not "Jeg skrev jo mit navn" (a tester): words typed to the coach
    # not "jeg skrev lige alt det ovenfor" (s35c: what the user typed here, counted as a follow-up)
    r"\b(ringede|ringet|skrev(?! med\b)(?! jeg (jo|lige|da|ovenfor)\b)(?! (jo |da |lige |faktisk )*(mit|min|mine|"
    r"navnet|hvad|ovenfor|forkert|alt det|det hele|det (her )?ovenfor|her i chat)\b)|skrevet(?! med\b)"
    r"(?! (jo |da |lige |faktisk )*(mit|min|mine|navnet|hvad|ovenfor|forkert|alt det|det hele|det (her )?ovenfor|"
    r"her i chat)\b)|mailede|mailet|"
    r"sendte (jeg )?(allerede |faktisk |ogsaa |lige |jo |saa )?(dem |hende |ham )?en ([\w-]+ )?([\w-]*mail|besked)|"
    r"sendt (allerede |faktisk |ogsaa |lige |jo )?(dem |hende |ham )?en ([\w-]+ )?([\w-]*mail|besked)|"
    r"sendt(e)? (allerede |nu |faktisk )?(to|tre|fire|fem|\d|flere|et par) (e-?mails|mails|beskeder|follow[- ]?ups|"
    r"opfoelgninger)|"
    # "jeg allerede ringe i dag morgen" (BR031): second-language Danish, the adverb tells it is done
    r"jeg (allerede|lige) (ringe|skrive|sende|maile)\b|"
    r"(mail|mailen|e-?mailen|beskeden|den) sendte jeg|"
    r"sendte? (nu |lige |allerede |saa |faktisk )?(mailen|e-?mailen|beskeden)|"
    # "for resten sendte jeg en til i mandags": one more mail
    r"sendte (jeg )?(ogsaa |saa |lige )?(en|et) (ny|mere|til(?= i | d\.| den | for |\W|$))|"
    # "har bare sendt den nu"
    r"har (bare |lige |nu |allerede |saa |faktisk |jo )*sendt (den|mailen|e-?mailen|beskeden)|"
    r"fulgte op|fulgt op|kontaktede|kontaktet|rykkede|rykket|"
    # "Jeg har ringe 3 gang allerede" (BP027): the infinitive for the participle, a count after it
    r"har (allerede |nu )?(ringe|skrive|sende)(?= (\d|en|et|to|tre|fire|fem|flere|et par) (gang|gange|mails?)\b)|"
    r"lagde en besked|lagt en besked|talte med (dem|hende|ham) igen|proevede|proevet|provede|forsoegte|"
    r"forsoegt|pr[oø]vede (igen|at ringe|at skrive)|"
    # "du sagde jeg skulle skrive til Susanne, og det gjorde jeg i fredags"
    r"(skrive|ringe|maile|sende)\b[^.!?]{0,40}\bdet gjorde jeg( ogsaa| saa| faktisk)?(?! ikke| aldrig))\b"
)
# What tells a day is about a follow-up: an act, or its place in the row.
ATTEMPT_TOPIC = re.compile(r"\b(" + NTH_ATTEMPT + r")|" + ATTEMPT_CUES.pattern)
VOICEMAIL_LEFT = re.compile(r"lag(de|t) en besked")
# A follow-up that went unanswered: "fik ikke fat i nogen", "ingen tog den", "intet svar igen".
UNANSWERED = re.compile(
    r"\b(fik (jeg )?(ikke|intet|ingen) (fat|svar)|ingen,? (der )?(tog|tager) (den|telefonen|imod)|"
    r"(fik|ramte|kom (ind )?paa|roeg (ind )?paa|gik (direkte )?paa|talte (ind )?paa) "
    r"(bare |kun |lige |igen |desvaerre )?"
    r"(hendes |hans |deres |en )?"
    r"telefonsvarer\w*|"
    r"(intet|ingen|ikke noget) svar igen|stadig (intet|ingen) svar|voicemail|"
    r"(intet|ingen|ikke noget) svar (der |her )?heller|heller (ikke )?(noget |intet |ingen )?svar|"  # after "ringer nu"
    r"(hun|han|hen|de) tog (den|telefonen)( heller)? ikke|"  # "hun tog den ikke :(", "de tog den heller ikke"
    r"^\W*(igen )?(bare |kun )?telefonsvar(er|eren|eren igen|er igen)(?=\s*([.!,]|$)))\b"  # "telefonsvarer igen."
)
# "og ingen svar", "uden svar", "har ikke fået svar": the state of things, no date for an answer.
NO_ANSWER = re.compile(r"\b(ingen|intet|uden|ikke noget|ikke faaet|ikke fik)( \w+)? svar\b")
# News from the employer: a no, or a cold contact (R9) ...
REJECTION = re.compile(
    r"\b(valgt|ansat|fundet) (en )?(anden|andre|en anden kandidat)|"
    # "de valgte en anden", "de har valgt en intern kandidat" (a tester: the status mail came instead)
    r"\bvalgte (en )?(anden|andre)\b|\b(valgt|valgte|ansat|fundet) en intern\w*|"
    # "they went with another candidate" (BP010)
    r"\b(went|go|going|decided to go) with (another|a different|someone else)|\bposition (has been|was|is) filled\b|"
    r"\b(not|won'?t be) moving forward with (me|my)\b|"
    # "de har valgt at tage en intern i stedet" (BO003)
    r"\bvalgt at (tage|gaa videre med|ansaette|bruge) (en )?(intern|anden|andre)\b|\b(ansat|taget) en intern\b|"
    r"\bfaaet (et )?(afslag|nej)|\bfik (et )?(afslag|nej)|"
    r"\bafslag\b|\bafvist|\bafvisende|\bbesat\b|\bikke (gaaet|kommet) videre|\b(sagde|har sagt|sagt) nej\b|"
    r"\bdet blev (desvaerre |saa |bare )?(et nej|ikke mig|en anden)\b|"  # "det blev et nej."
    # "sagde at jeg ikke fik den.": the job, not a mail ("fik ikke den mail")
    r"\b(ikke fik|fik ikke) (jobbet|stillingen|pladsen|\w+pladsen)\b|\bikke fik (den|det)\b(?!\s*[a-zæøå])|"
    # "jeg fik den ikke 😞 de valgte en med mere erfaring" (BI007)
    # (not "men jeg fik det ikke gjort", s40a: a call-back forgotten)
    r"\bfik (den|det|jobbet|stillingen) ikke\b(?! (endnu|at vide|med|gjort|lavet|sendt|ringet|skrevet))|"
    r"\bvalgte? (en|nogen) (med|som|der)\b|"
    r"\b(lød|loed|lyder|var|virkede|virker|svarede)"
    r"( (meget|ret|lidt|helt|total|totalt|vildt|pisse|saa|virkelig|rigtig|mega))? "
    r"(kold|kort for hovedet|kort og kold|uinteresseret|ligeglad|afvisende)|"
    # "lød ærligt talt lidt kold", "så virkede mester helt kold": up to three words between, none of them "ikke"
    r"\b(loed|lyder|virkede|virker|var|va)( (?!ikke\b)\w+){1,3} "
    r"(kold|kort for hovedet|kort og kold|uinteresseret|ligeglad|afvisende)|\bikke interesseret\b|\bgaar ikke videre|"
    r"\b(gaa|gaar|gik|er gaaet) videre med (en )?(anden|andre|nogle andre)\b|"
    r"\b(gaa|gaar|gik|gaaet)( (?!ikke\b)\w+){0,2} i en (anden|helt anden) retning\b|"  # "så går vi nok i en anden …"
    r"\b(givet|tilbudt|gav|tilboed|tilbyde|give) (stillingen|jobbet|den|det) til "
    r"(en )?(anden|andre|en anden kandidat)\b"
)
# ... or an answer that is news ("de har ringet", "jeg har fået svar").
ANSWER = re.compile(r"\b(har|fik|faaet) (faaet )?(et )?svar\b|"
                    r"\bde (har )?(ringede|ringet|skrev|skrevet) (til mig|tilbage)|"
                    r"\bjeg (har )?hoert fra dem\b|\bfaaet jobbet|\bfik jobbet|\bjeg (er|blev) ansat\b")
# "har ikke ringet eller skrevet til ham", "hverken ringet eller skrevet" (a tester): the "ikke" reaches the
# second act too
NOT_BEFORE = re.compile(r"\b(ikke|aldrig|endnu ikke|ikke endnu)\s+(\w+\s+)?$|"
                        r"\b(ikke|aldrig|hverken)\s+(\w+\s+){0,2}?\w+,?\s+(eller|el\.|og heller ikke)\s+(\w+\s+)?$|"
                        r"\bhverken\s+(\w+\s+)?$")
COUNT = re.compile(r"\b(en|én|een|1|et par|to|2|tre|3|fire|4|fem|5|flere) "
                   r"(?:gang(?:e)?|mails?|e-?mails?|opkald|beskeder|follow[- ]?ups|opfoelgninger)\b")
COUNTS = {"en": 1, "én": 1, "een": 1, "1": 1, "et par": 2, "to": 2, "2": 2, "flere": 2, "tre": 3, "3": 3,
           "fire": 4, "4": 4, "fem": 5, "5": 5}
# An interview that lies ahead: "skal til samtale", "har samtale i morgen", "er indkaldt".
INTERVIEW_AHEAD = re.compile(
    # (not "skal på ferie til Kreta", "skal til 1. maj i fælledparken": the user's own plans, BA033, BA042)
    r"\b(skal (til|have|paa|ind til|op til)(?! (at\b|ferie|fri\b|tandlaege|laege|frisoer|fest|bryllup|koncert|eksamen|"
    r"\d+\. maj|1\. maj|traening|fodbold|\w+ferie))|skal \w+ (til|paa) (jobsamtale|samtale|interview)|"
    r"(er|blevet|bliver) indkaldt|kommende (job)?(samtale|interview)|"
    # "jeg er videre til 2. samtale på torsdag", "got a second interview på fredag" (BO002, BO014, BO024)
    r"\ber (\w+ )?(videre|gaaet videre|kommet videre) til (en )?(anden|2\.|tredje|3\.|naeste|sidste|ny) "
    r"(samtale|runde|samtalerunde|jobsamtale)|\b(got|have|i have|i've got) a (second|2nd|third|final) "
    r"(interview|round)|"
    # "har fået en samtale gennem Randstad på mandag", "har en first round interview d. 5. januar" (BH045), "har
    # samtale i eftermiddag", "har en samtale efter jul" (BH006)
    r"(har|faaet|fik) (faaet )?(en |et |2\. |anden |en anden |en ny |tredje |3\. )?"
    r"((?!haft |vaeret |vaert |vert |til |paa |ogsaa |deltaget )\w+ ){0,2}?"
    r"(jobsamtale|samtale|interview)( (gennem|igennem|via|hos|ved|med) [\w&-]+( [\w&-]+)?)? "
    r"(i morgen|i dag|i eftermiddag|i aften|senere|snart|lige om lidt|om|efter (jul|paaske|pinse|nytaar)|"
    r"i naeste|i uge|naeste|paa|d\.|den|\d)|"
    # "jeg har fået en jobsamtale!!", "jeg har fået en samtale hos Telenor" (BH003, BH042): invited to it
    r"\bhar (jeg )?(lige |endelig |nu |ogsaa |saa )?faaet (en |et )?(\w+ )?(jobsamtale|samtale|interview)\b"
    r"(?! (i (mandags|tirsdags|onsdags|torsdags|fredags|loerdags|soendags|gaar|forgaars)|for \w+ siden))|"
    r"(job)?samtalen er (i morgen|paa|om|d\.|den|\d|paa \w+)|"
    r"\b(den|samtalen) er (foerst|faktisk foerst) (i morgen|paa|om|d\.|den|\d)|"  # "vent, den er først på tirsdag"
    # "den er efter pinse", "den er d. 19." (BH027, BH003)
    r"^\W*(den|samtalen|jobsamtalen) er (vist |nok |faktisk )?(i morgen|i dag|i eftermiddag|paa|om|d\.|den \d|\d|"
    r"efter (jul|paaske|pinse|nytaar)|i naeste|naeste|i uge)|"
    # "den blev flyttet til onsdag d. 31. pga påsken" (AY036): moved, so not held yet
    r"\b(den|samtalen|jobsamtalen|interviewet) (er |blev |bliver )?(flyttet|rykket|udsat|aendret) til "
    r"(i morgen|paa|om|d\.|den|\d|mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag|naeste)|"
    r"\b(anden|2\.|tredje|3\.|naeste|sidste) (samtale|runde) (er|bliver) (i morgen|paa|om|d\.|den|\d)|"
    # "jeg har ikke været der endnu, har kun fået invitationen"
    r"har ikke (vaeret (der|til den|til samtalen)|haft (den|samtalen|samtale)) endnu|har kun faaet invitationen)(?!\w)|"
    + LATER_ROUND
)
# "Ingen frist" said unprompted, in a message with other facts.
NO_DEADLINE_SAID = re.compile(
    r"\bingen (frist|dato|svarfrist|deadline|tidsfrist)\b|"
    # "jeg glemte helt at spørge hvornår de svarer" (s43b: asked for the answer day next)
    r"\bglemte (jeg )?(helt |jo |bare |desvaerre )?at spoerge (om |til )?(hvornaar|en dato|en frist|tidsplan\w*)\b|"
    r"\b(ikke|ik|ikk) (noget|nogen) (frist|dato|svarfrist|deadline|tidsfrist)\b|"  # "de sige ikke noget dato"
    # "sofie fra HR sagde de ikke havde en dato" (a tester was asked for it next)
    r"\b(de|han|hun|hen) (havde|har) (endnu )?(ikke|ik|ikk) (endnu )?(en|nogen|noget) (fast )?(dato|frist|tidsplan)\b|"
    r"\b(de|han|hun|hen) (ikke|ik|ikk) (havde|har) (endnu )?(en|nogen|noget) (fast )?(dato|frist|tidsplan)\b|"
    r"\b(kunne|ville) (ikke|ik|ikk) (sige|love|svare paa) (noget om )?hvornaar\b|"
    r"\b(ikke|ik|ikk|intet|ingen|ingenting)( noget| nowet| noet| nogt)?( om)? hvornaar\b|"  # "ikk nowet om hvornår"
    r"\b(ikke|ik|ikk) (hoert|hort|faaet|faet) (noget|nogen|nowet)( at vide)? om hvornaar\b|"  # BG041
    # "samtale 14/6, receptionist hos Scandic, mail, de sagde intet": the last of a row of facts
    r"[,.]\s*(de|han|hun) sagde (intet|ingenting|ikke noget)\W*$|"
    # "det sagde de ikke" as the whole message, out of turn: what they did not say is when they answer
    r"^\W*det (sagde|naevnte|oplyste) (de|han|hun) (vist |nok |vel |slet |altsaa )?(ikke|intet)\W*$"
)
# "Hvornår de ville svare? Det kan jeg ikke huske": the question named, then the answer to it.
ANSWER_TOPIC = re.compile(r"\bhvornaar (de|han|hun|hen|i) ((ville|vil|skulle|regnede med at) )?"
                          r"(svare|svarer|give svar|giver svar|vende tilbage|vender tilbage|melde tilbage|"
                          r"melder tilbage|melde ud|melder ud|hoere fra sig|hoerer fra sig|ringe)\b|"
                          # "kan ikke huske at de sagde noget om hvornår"
                          r"\b(sagde|sagt|naevnte|naevnt|oplyste|snakkede) (de |han |hun |hen |vi )?(noget )?"
                          r"om hvornaar\b")
# A word said between "ved jeg" and "ikke": "det ved jeg sgu ikke"
SOFTENER = r"(sgu |jo |altsaa |faktisk |bare |desvaerre |vist |heller )?"
# Answers that mean "none" only as a reply to the deadline question.
NO_DEADLINE_ANSWER = re.compile(
    r"^\s*(ingen|nej|nix|nope|naeh|intet|ikke noget|ingen anelse|aner (det )?ikke|ved (det )?ikke)\b|"
    r"\b(sagde|sige|siger|naevnte|oplyste|gav|sagt|naevnt) (de |hun |han |hen |dem )?"
    r"(vist |nok |vel |faktisk |slet |sgu |altsaa )?"
    r"(ikke|ik|ikk|intet|ingen|ingenting)\b|"
    r"\bdet sagde (de|hun|han) (vist |nok |vel )?(ikke|ik|ikk)\b|\bikke (sagt|naevnt|oplyst)\b|"
    r"\b(kan|kunne) (jeg )?(faktisk |altsaa |simpelthen |aerligt talt |desvaerre )?ikke huske\b|"
    # "Jeg tror ikke, at de nævnte noget"
    r"\btror (jeg )?ikke,? (at )?(de|han|hun) (naevnte|sagde) (noget|nogen|en dato)\b|"
    r"\bhusker (det |jeg )?(desvaerre |altsaa |faktisk |simpelthen |bare )?ikke\b|"
    r"\b(fik|fandt) (jeg )?ikke (spurgt|at spoerge)\b|"
    # "har ikke fået noget at vide om hvornår", "fik ikke noget at vide" (BD040)
    r"\bikke (faaet|fik) (noget |nogen |en dato )?(at vide|oplyst)\b|"
    r"\b(fik|faaet) (jeg )?ikke (noget |nogen )?at vide\b|"
    r"\bglemte (jeg )?(helt |jo |bare )?at spoerge\b|\bikke spurgt\b|\baner (det )?ikke\b|"
    r"\bved (det |jeg )?" + SOFTENER + r"ikke\b|"
    r"\b(snarest|hurtigst muligt|asap|snart|hurtigt|hurtigst)\b|"
    r"\b(didn'?t|did not|never) (say|mention|tell)\b|\bno idea\b|\bdon'?t know\b|\bnot sure\b|"
    r"^\W*(idk|dunno|aner ik|ved ik|vd ik|ik?ke? noget|ingen ide|ingen idé)\W*$"  # typed fast
)
# Channel words that are not the user's choice: the employer's answer, follow-ups already made.
NOT_A_CHOICE = re.compile(r"\b(ringer|ringe|vender|vende|skriver|melder) (dem |mig )?tilbage\b|"
                          # "de sagde de ringer i løbet af næste uge", "vi ringer til dig" (testers got a call
                          # script): the employer's act, not the user's choice
                          r"\b(de|hun|han|vi) (\w+ )?(ringer|skriver|mailer) (til (dig|mig)|i loebet af|paa|inden|"
                          r"naeste|om|senest|snart|hurtigt)\b|"
                          # writing here, to the coach: "det glemte jeg at skrive", "som jeg skrev"
                          r"\b(glemte|glemmer|glemt) (jeg |at )?(at )?skrive\b|\bsom jeg (skrev|skriver)\b|"
                          # "jeg skriver igen når jeg har været der", "skriver til dig": back to the coach
                          r"\bskriver (til dig )?igen (naar|efter|bagefter|senere|i morgen)\b|"
                          r"\bskriv(e|er)? til dig\b|"
                          r"\btak(ke)?-?mail\w*|\btak(ke)?-?besked\w*|\bring(e|er)? (til )?mig\b|"
                          r"\b(kan|vil|gider) du (\w+ )?(skrive|lave|sende)\b|"
                          r"\b(ringede|ringet|skrev|skrevet|mailede|mailet|sendte|sendt|rykket|rykkede)\b[^.,;!?]*|"
                          # "jeg glemte den første mail" (AY041): one of the follow-ups made, no way chosen
                          r"\b(den|det) (foerste|anden|tredje|sidste|seneste) (e-?mail|mail|opkald|opringning)\b|"
                          r"\b(afslag|svar|besked|nej)\b[^.,;!?]{0,20}\b(paa|pr\.?|via) (e-?mail|mail|sms)\b|"
                          r"\b(faaet|fik|faar|modtaget|modtog)( \w+){0,2}?( en| et)? "
                          r"(e-?mail|mail|opkald|opringning)\b|"
                          # "jeg har lige tjekket min mail": the user's inbox, no way to follow up
                          r"\b(tjek\w*|check\w*|kigge\w*|kiggede|laest|laeste|aabne\w*|aabnede) (lige )?(i |paa )?"
                          r"(min|mine) (e-?)?mails?\b|"
                          # "jeg har både hendes telefonnummer og mail" (a tester's was taken as a choice of mail):
                          # what they gave, the way to reach them both ways
                          r"\b(tlf\.?|telefon)? ?(nummer|nr\.?) og (hendes |hans |deres )?(e-?mail|mail)(adresse)?\b|"
                          r"\b(e-?mail|mail)(adresse)? og (hendes |hans |deres )?(tlf\.?|telefon)? ?(nummer|nr\.?)\b")
# Just before a channel word: the user rules it out ("hader at", "ikke så glad for at", "end at").
RULED_OUT = re.compile(r"(hader|ikke|aldrig|gider ikke|hate|don'?t like|do not like|can'?t stand|not a fan of|"
                       r"(ikke|ikke er|er ikke)( saa| saerlig| specielt| rigtig)? "
                       r"(glad|meget|vild|god|fortrolig|tryg|vant|hjemme|sikker) (for|med|til|i)|"
                       # "ikke så sikker på dansk i telefon"
                       r"(ikke|ikke er|er ikke)( saa)? sikker paa (mit )?dansk i|"
                       r"(faar|fik|faa|kan) (\w+ )?(aldrig|ikke) fat (i|paa) (hende|ham|dem|nogen) (i|paa)|"
                       r"bryder mig ikke om|ikke lyst til|ikke (holde ud|klare|overskue|lide|fordrage)|"
                       r"end|frem for|i stedet for|(nervoes|genert|usikker|utryg) (i|for|ved)|bange for|"
                       r"(daarlig|elendig|skidt|haablos) (til|i|med)|"
                       # "jeg bliver helt tør i munden i telefonen": how the user fares on it
                       r"(bliver|blir) (helt |lidt |meget |saa |altid |tit |ofte |bare )*\w+( i \w+)? i|"
                       # "tror ikke nogen tager telefonen nu" (BC013): no one answers it
                       r"(ikke|ingen) (nogen )?(tager|tog)|"
                       # "i want email please not phone", "i am not good on phone" (s33c: a call script came)
                       r"\bnot|no more|not good (on|at|with)|bad (on|at|with))"
                       r"( at)?( \w+)?\s*$")
# Just after a channel word: "jeg skrive ikke så godt dansk", "min skriv dansk er ikke så god", and a
# reason against it ("mails drukner bare", "mails bliver ikke læst").
# (not "mail, er ikke saa god i telefon" (P015): the other channel is the one ruled out)
# ("jeg ringer helst ikke til folk jeg ikke kender", s43a: read as a choice of the phone)
RULED_OUT_AFTER = re.compile(r"\W*(helst ikke|noedigt|ikke saa gerne|ikke gerne)\b|"
                             r"\W*(dansk )?(er )?(jeg )?(ikke|ik) (saa |saerlig |rigtig )?(godt|god)\b"
                             # (not "jeg ringe, ikke god til skrive dansk", BP021: the other one ruled out)
                             r"(?!\s+(i|til|med|paa) (telefon\w*|tlf|(at )?ringe|e-?mail\w*|mail\w*|(at )?skrive))|"
                             r"\W*(er|ligger) (bare |altsaa |nu )?(ikke|ik) (lige |rigtig |helt )?"
                             r"(mig|min ting|noget for mig|min staerke side|til mig)\b|"
                             r"\W*(drukner|forsvinder|bliver (ikke|aldrig) (laest|set|aabnet)|"
                             r"bliver (bare )?overset|(er|bliver) (saa |for )?(upersonlig|kedelig|nemme at overse))")
# "kan jeg ikke bare ringe?": a question that proposes the channel, not a negation of it.
ASKING = re.compile(r"\b(kan|skal|maa|burde|boer) (jeg|vi) (ikke )?(bare |hellere |godt )?\s*$")
# Just after a channel word: the user prefers it ("mail er bedre").
PREFERRED_AFTER = re.compile(r"^\W*(er|passer|virker|foeles) (bedre|nemmere|bedst|fint)|"
                             # "ja telefon ville være fint" (BS021)
                             r"^\W*(ville|vil) vaere (fint|bedst|bedre|godt|nemmest)|"
                             r"^\W*(hellere|helst|tak|alligevel|saa|i stedet)\b")
PREFERENCE = re.compile(r"\b(jeg|vil|lad os|hellere|helst|foretraekker|hellre|tror|nok|bare|godt|gerne|"
                        r"rather|prefer|i'?ll|i will|i'?d|let'?s)\b")
# Not "telefonsamtale", "telefoninterview": a kind of interview, no choice of channel; nor "telefonnummer", "tlf nr"
# ("nej tak til telefonnummer, det står i min signatur" turned a tester's mail into a call script). "mere til at
# snakke" is a call.
PHONE_WORDS = re.compile(r"\b((?!telefon(samtale|interview|screening|nummer|numre|nr))telefon\w*|ring\w*|opkald\w*|"
                         r"(?!tlf\.? ?(nr|nummer))tlf\w*|phone|"
                         r"call(?! ?cent)|(?<=mere til at )(snakke|tale)|(?<=hellere )(snakke|tale))\b")
EMAIL_WORDS = re.compile(r"\b(e-?mail\w*|mail\w*|skriv\w*|skriftlig\w*|mails)\b")  # "henvende mig skriftligt"
EMPLOYER_SAID_THEN = re.compile(r"\b(de|han|hun|hen) (sagde|lovede|naevnte|skrev)"
                                r"( (vist|nok|bare|at|faktisk|egentlig|jo|da|altsaa))*\s*$")  # "de sagde faktisk d. 9."
SAID_THEN = re.compile(r"\b(sagde|skrev|lovede|naevnte|oplyste|fortalte)( (hun|han|de|hun mig|han mig|de mig))?\s*$")
REPORTED = re.compile(r"\b(sagde|sagt|skrev|skrevet|lovede|lovet|naevnte|naevnt|oplyste|oplyst|fortalte|fortalt)\b")
# "ca. en uge siden", "over en måned siden", "godt en uge siden": about or at least that long ago, a day
# the user did not count
APPROXIMATELY = re.compile(
    r"\b(snart|ca\.?|cirka|omkring|naesten|knap|lidt over|lidt mere end|noget i retning af|over|godt|mere end)\s*$")
# "vel en uges tid siden", "nok en uge siden": a hedge before a count in words ("vist 6 dage siden" is counted)
HEDGED = re.compile(r"\b(vel|vist|nok)\s*$")
# "for en måneds tid siden": about a month, too loose for R2's seven days ("en uges tid" is read as a week)
SOME_TIME = re.compile(r"\b(maaneds|maaneders) tid\b")
# "8-9 dage siden", "2 til 3 uger siden", "en 10 dage siden": a span or a spoken "about" before the count
# the mention starts with ("9 dage siden")
COUNT_GUESSED = re.compile(r"(\d+ ?(-|–|til|eller) ?|\ben )$")
# "d. 20-21. november": one of two days
DAY_GUESSED = re.compile(r"\d{1,2}\.? ?[-–] ?\d{1,2}\. ?[a-z]")
# "hvad hvis jeg har fået et andet jobtilbud?", "har fået et tilbud fra Cowi og skal svare på onsdag" (testers: the
# first ended the reminders as an answer, the second was taken for this employer's new day)
OTHER_OFFER_CUES = re.compile(r"\b(andet|nyt) (job)?tilbud\b|\btilbud (et )?andet sted\b|"
                              r"\b(job)?tilbud fra (?!dem\b|jer\b|hende\b|ham\b|virksomheden\b|firmaet\b)\w+|"
                              r"\btilbudt (et|en) (andet|anden|nyt|ny) (job|stilling)\b")
# The coach asked to read what the user wrote: "kan du læse den?", "en mail som jeg gerne vil have du læser igennem",
# "se den igennem" (shared by the follow-up reader, where such a draft is no follow-up, and coach.requests)
_READ = r"(laese|laeser|kigge|kigger|tjekke|tjekker|se|ser|gennemgaa|gennemgaar)"
READ_BY_THE_COACH = re.compile(rf"\b(kan|vil|gider|maa) du (\w+ )?{_READ}\b|"
                               rf"\b(have|faa|haaber) (at )?(du|dig) (til at )?(\w+ )?{_READ}\b|"
                               rf"\bdu (\w+ )?{_READ} (\w+ )?(igennem|paa|over)\b|"
                               # "Vær venlig at gennemgå den igen." (s37b: the role-play started)
                               rf"\bvaer (venlig|soed) (at|og) (\w+ )?{_READ}\b|"
                               rf"\b{_READ} (den |det |mailen |udkastet )?(igennem|over)\b|"
                               # "har skrevet en mail, tjek lige den", "check den lige" (s40b: counted as sent)
                               r"\b(tjek|check|laes|kig paa|se paa)( lige| venligst| gerne)? (den|det|mailen|udkastet|"
                               r"min mail|den her)\b")


# A telephone or a letter answers "ringe eller mail?" (s43a: "📞" got the question five times)
PHONE_EMOJI = re.compile("[\U0001F4DE\u260E\U0001F4F1\U0001F4F2]")
CHANNEL_EMOJI = re.compile("[\U0001F4DE\u260E\U0001F4F1\U0001F4F2\U0001F4E7\u2709\U0001F4E9\U0001F4E8\U0001F48C]")

