// The web page's own words: labels, button texts and what it announces to screen readers.
// Everything the coach says comes from coach/texts/ and domain.yml; only the page's controls
// around the chat are worded here (and the intro in index.html). Quotation marks: „…“.
window.COACH_TEXTS = {
  // rasa-webchat's props
  title: "Opfølgningscoachen",
  subtitle: "Hjælp til opfølgning efter jobsamtalen",
  inputHint: "Skriv din besked…",
  connecting: "Forbinder til coachen…",

  // Names for the widget's controls (screen readers, voice control)
  inputLabel: "Din besked til coachen",
  sendLabel: "Send beskeden",
  messagesLabel: "Samtalen med coachen",
  userSpeaker: "Du skrev:",
  coachSpeaker: "Coachen skrev:",
  // Announced after a message that has answer buttons: "Svarknapper: Ringe, Skrive en mail."
  repliesAnnounce: "Svarknapper: ",

  // The e-mail card
  emailCard: "Mailen",
  emailBody: "Mailens tekst",
  subjectLabel: "Emne: ",
  copy: "Kopiér mailen",
  copied: "Mailen er kopieret ✓",
  copiedNote: "Mailens emne og tekst er kopieret. Sæt dem ind i en ny mail.",
  selected: "Mailen er markeret – tryk Ctrl+C",
  selectedNote: "Mailens tekst er markeret. Tryk Ctrl+C for at kopiere den.",
  openMail: "Åbn i mailprogram",
  emailSpoken: "Her er mailen. Du kan kopiere den eller åbne den i dit mailprogram.",

  // The calendar download
  calendarCard: "Kalender",
  calendar: "Læg det i kalenderen",
  calendarSpoken: "Du kan lægge opfølgningsdagen i din kalender.",

  // "Tal højt"
  speak: "Tal højt",
  speakOn: "Tal højt: til",
  speakOff: "Tal højt: fra",
  speakStarted: "Nu læser jeg svarene højt.",
  speakBlocked: "Tryk på „Tal højt“, så din browser tillader oplæsning.",
  mic: "Svar med stemmen",
  micListening: "Lytter… (tryk for at stoppe)",
  noSpeechNoListen: "Din browser kan ikke læse højt og kan ikke lytte – chatten virker med tekst.",
  noSpeech: "Din browser kan ikke læse højt.",
  noListen: "Din browser kan ikke lytte – svar ved at skrive.",
  listenPrivacy: "Talegenkendelse kan sende lyden til din browsers egen tjeneste.",
  micNotAllowed: "Mikrofonen er ikke tilladt – svar ved at skrive.",
  micNoSpeech: "Jeg hørte ikke noget. Prøv igen, eller skriv dit svar.",
  micFailed: "Jeg kunne ikke lytte lige nu – svar ved at skrive.",
  micNoStart: "Jeg kunne ikke starte mikrofonen."
};
