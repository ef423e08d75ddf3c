// Mount rasa-webchat (served locally from node_modules) on #webchat, render the
// coach's custom payloads (e-mail card, calendar file), make the widget usable with a
// keyboard and a screen reader, and add the optional "Tal højt" mode (speech
// synthesis + speech recognition where available). The page's words are in texts.js.
(function () {
  "use strict";

  var T = window.COACH_TEXTS;

  // Rasa URL: ?rasa=... beats window.COACH_RASA_URL (web/config.js, written by
  // scripts/run.sh) beats the Rasa port on the host that served this page.
  function rasaUrl() {
    var host = location.hostname || "127.0.0.1";
    var candidates = [new URLSearchParams(location.search).get("rasa"), window.COACH_RASA_URL,
                      "http://" + host + ":5005"];
    for (var i = 0; i < candidates.length; i++) {
      try {
        var url = new URL(candidates[i]);
        if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
      } catch (e) { /* missing or not a URL: try the next */ }
    }
  }

  // Bot text is markdown; react-markdown escapes HTML, but keeps link targets as
  // they are. Drop any link that is not http(s) or mailto (e.g. javascript:).
  // blob: links are the calendar downloads this script makes itself.
  function disarmLinks(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^(https?:|mailto:)/i.test(href)) return;
      if (a.classList.contains("coach-ics-link") && /^blob:/i.test(href)) return;
      a.removeAttribute("href");
    });
  }
  var chat = document.getElementById("webchat");
  new MutationObserver(function () { disarmLinks(chat); enhance(); })
    .observe(chat, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });

  // ---------------------------------------------------------------------------
  // Keyboard and screen reader. rasa-webchat 1.0.1 renders the quick replies as
  // plain <div>s, the send button as an unnamed SVG and a message list that cannot
  // take focus, and it has no props for any of that. React leaves attributes it
  // does not manage alone, so they are added to its DOM as it renders (the
  // observer above), and the replies' keys are handled here, on #webchat.
  //
  // Focus: new messages never move it (they are announced, see announce()); a
  // quick reply chosen with the keyboard disappears, so focus goes back to the
  // message field, which comes right after the replies in the tab order.
  // ---------------------------------------------------------------------------
  function setAttributes(node, attributes) {
    if (!node) return;
    Object.keys(attributes).forEach(function (name) {
      if (node.getAttribute(name) !== attributes[name]) node.setAttribute(name, attributes[name]);
    });
  }

  function messageField() { return chat.querySelector(".rw-new-message"); }

  function enhance() {
    chat.querySelectorAll("div.rw-reply").forEach(function (reply) {
      setAttributes(reply, { role: "button", tabindex: "0" });
    });
    // Who said what, for a screen reader (style.css shows it to nobody else).
    chat.querySelectorAll(".rw-group-message").forEach(function (group) {
      setAttributes(group, { "data-speaker": group.classList.contains("rw-from-client") ? T.userSpeaker : T.coachSpeaker });
    });
    setAttributes(chat.querySelector(".rw-messages-container"),
                  { role: "region", tabindex: "0", "aria-label": T.messagesLabel });
    setAttributes(messageField(), { "aria-label": T.inputLabel });
    setAttributes(chat.querySelector(".rw-send"), { "aria-label": T.sendLabel });
    setAttributes(chat.querySelector(".rw-send svg"), { "aria-hidden": "true", focusable: "false" });
    // Once the user has said something, the intro above the chat gets shorter (style.css).
    document.body.classList.toggle("coach-talking", !!chat.querySelector(".rw-from-client"));
  }

  function keyboardFocus(node) {
    try { return node.matches(":focus-visible"); } catch (e) { return document.activeElement === node; }
  }

  function replyOf(event) {
    return event.target && event.target.closest ? event.target.closest("div.rw-reply") : null;
  }

  chat.addEventListener("keydown", function (event) {
    var reply = replyOf(event);
    if (!reply || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();  // Space would scroll the list
      reply.click();
    }
  });

  // This listener runs before React's (on document), while the reply still has focus.
  chat.addEventListener("click", function (event) {
    var reply = replyOf(event);
    if (!reply || !keyboardFocus(reply)) return;  // a mouse or a finger: leave focus be
    setTimeout(function () {
      var field = messageField();
      if (field && (!reply.isConnected || document.activeElement === document.body)) field.focus();
    }, 0);
  });

  // New bot messages are read out politely by a screen reader: the page's own live
  // region (index.html) gets a short line per message as it arrives, with the
  // answer buttons it offers. The history shown after a reload is not announced.
  var announcer = document.getElementById("coach-announcer");
  var ANNOUNCED_LINES = 8;

  function announcement(message) {
    var line = speakable(spokenLine(message));
    var replies = message && (message.quick_replies || message.buttons);
    var titles = Array.isArray(replies)
      ? replies.map(function (r) { return r && str(r.title); }).filter(Boolean) : [];
    if (titles.length) line += (line ? " " : "") + T.repliesAnnounce + titles.join(", ") + ".";
    return line;
  }

  function announce(text) {
    if (!announcer || !text) return;
    var line = document.createElement("p");
    line.textContent = text;
    announcer.appendChild(line);
    while (announcer.childNodes.length > ANNOUNCED_LINES) announcer.removeChild(announcer.firstChild);
  }

  // The coach marks gaps as "[kontaktpersonens navn]"; markdown would swallow the
  // brackets. Escape brackets that do not open a link. onSocketEvent handlers run
  // before the widget's own bot_uttered handler and see the same object.
  function keepBrackets(message) {
    if (message && typeof message.text === "string") {
      message.text = message.text.replace(/\[([^\[\]\n]*)\](?!\()/g, "\\[$1\\]");
    }
  }

  // ---------------------------------------------------------------------------
  // Custom payloads. rasa-webchat hands any bot message that is not text,
  // buttons, a carousel, a video or an image to the `customComponent` prop as
  // React props ({email: ...} or {ics: ...}, plus id/isLast/store/dispatch).
  // The UMD bundle keeps its own React private, so the page loads React's own
  // UMD build (web/node_modules/react) for createElement and Component. The
  // elements are plain objects the bundled renderer accepts; no hooks are used
  // (hooks would need the bundle's React instance). All content goes in as
  // React children, i.e. text, never as HTML.
  // ---------------------------------------------------------------------------
  var React = window.React;

  function str(value) { return typeof value === "string" ? value : ""; }

  // Rasa 3.6's socket.io channel emits a custom payload as keyword arguments, so
  // senders there wrap it as {"data": {...}}; a fixed channel sends it bare.
  // Accept both.
  function unwrap(payload) {
    if (payload && !payload.email && !payload.ics && payload.data && typeof payload.data === "object") {
      return payload.data;
    }
    return payload;
  }

  function emailOf(payload) {
    var mail = payload && unwrap(payload).email;
    if (!mail || typeof mail !== "object" || !str(mail.body)) return null;
    var subject = str(mail.subject);
    return {
      subject: subject,
      body: mail.body,
      text: str(mail.text) || ("Emne: " + subject + "\n\n" + mail.body),
      mailto: /^mailto:/i.test(str(mail.mailto)) ? mail.mailto : null,
    };
  }

  function icsOf(payload) {
    var ics = payload && unwrap(payload).ics;
    if (!ics || typeof ics !== "object" || !/^BEGIN:VCALENDAR/.test(str(ics.content))) return null;
    var name = str(ics.filename).replace(/[^A-Za-z0-9._-]/g, "").replace(/^\.+/, "");
    if (!/\.ics$/i.test(name)) name = "opfoelgning.ics";
    return { filename: name, content: ics.content, title: str(ics.title) };
  }

  // Copy without the async clipboard API (plain http on a LAN address, old
  // browsers): a hidden textarea and execCommand. Returns whether it worked.
  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "coach-offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function selectContents(node) {
    var selection = window.getSelection && window.getSelection();
    if (!selection || !node) return;
    var range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function buildComponents() {
    var h = React.createElement;

    function EmailCard(props) {
      React.Component.call(this, props);
      this.state = { copied: null, note: "" };
      this.bodyRef = null;
      this.copy = this.copy.bind(this);
      this.setBody = function (node) { this.bodyRef = node; }.bind(this);
    }
    EmailCard.prototype = Object.create(React.Component.prototype);
    EmailCard.prototype.constructor = EmailCard;
    EmailCard.prototype.copy = function () {
      var self = this;
      var text = this.props.mail.text;
      // The button says what happened; the card's status line tells a screen reader
      // what was copied.
      function copied() { self.setState({ copied: T.copied, note: T.copiedNote }); }
      function fallback() {
        if (legacyCopy(text)) { copied(); return; }
        // No clipboard at all: select the mail so Ctrl+C / ⌘+C does the rest.
        selectContents(self.bodyRef);
        self.setState({ copied: T.selected, note: T.selectedNote });
      }
      if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
        navigator.clipboard.writeText(text).then(copied, fallback);
      } else {
        fallback();
      }
    };
    EmailCard.prototype.render = function () {
      var mail = this.props.mail;
      // The body scrolls when long, so it can take focus (and has a name to announce).
      return h("section", { className: "coach-card coach-email", "aria-label": T.emailCard },
        h("p", { className: "coach-email-subject" },
          h("span", { className: "coach-label" }, T.subjectLabel), mail.subject),
        h("pre", { className: "coach-email-body", ref: this.setBody, tabIndex: 0, role: "region",
                   "aria-label": T.emailBody }, mail.body),
        h("div", { className: "coach-actions" },
          h("button", { type: "button", className: "coach-button coach-copy", onClick: this.copy },
            this.state.copied ? this.state.copied : T.copy),
          mail.mailto ? h("a", { className: "coach-button coach-mailto", href: mail.mailto },
            T.openMail) : null),
        h("p", { className: "coach-visually-hidden", role: "status" }, this.state.note));
    };

    function IcsLink(props) {
      React.Component.call(this, props);
      var blob = new Blob([props.ics.content], { type: "text/calendar;charset=utf-8" });
      this.url = URL.createObjectURL(blob);
    }
    IcsLink.prototype = Object.create(React.Component.prototype);
    IcsLink.prototype.constructor = IcsLink;
    IcsLink.prototype.componentWillUnmount = function () { URL.revokeObjectURL(this.url); };
    IcsLink.prototype.render = function () {
      var ics = this.props.ics;
      return h("section", { className: "coach-card coach-ics", "aria-label": T.calendarCard },
        h("a", { className: "coach-button coach-ics-link", href: this.url, download: ics.filename },
          T.calendar),
        ics.title ? h("p", { className: "coach-ics-title" }, ics.title) : null);
    };

    // The component rasa-webchat mounts for every custom payload.
    return function CoachPayload(props) {
      try {
        var mail = emailOf(props);
        if (mail) return h(EmailCard, { mail: mail });
        var ics = icsOf(props);
        if (ics) return h(IcsLink, { ics: ics });
      } catch (e) { /* malformed payload: show nothing */ }
      return null;  // unknown payloads are ignored
    };
  }

  var customComponent = null;
  if (React && typeof React.createElement === "function" && React.Component) {
    customComponent = buildComponents();
  }

  // ---------------------------------------------------------------------------
  // "Tal højt": read the coach's (or, in the rehearsal, the contact's) lines
  // aloud and, where the browser can, let the user answer by voice.
  // ---------------------------------------------------------------------------
  var SPEAK_KEY = "coach.speak";
  var synth = (window.speechSynthesis && typeof window.speechSynthesis.speak === "function" &&
               typeof window.SpeechSynthesisUtterance === "function") ? window.speechSynthesis : null;
  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition || null;
  var toggle = document.getElementById("speak-toggle");
  var mic = document.getElementById("mic");
  var note = document.getElementById("voice-note");
  var speaking = false;
  var widget = null;  // rasa-webchat's imperative handle (innerRef): sendMessage, getSessionId

  function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  function danishVoice() {
    var voices = (synth && synth.getVoices && synth.getVoices()) || [];
    var lang = function (v) { return String(v.lang || "").replace("_", "-").toLowerCase(); };
    return voices.filter(function (v) { return lang(v) === "da-dk"; })[0] ||
           voices.filter(function (v) { return /^da(-|$)/.test(lang(v)); })[0] || null;
  }

  // Markdown and escapes out, link texts kept: what a listener should hear.
  function speakable(text) {
    return String(text)
      .replace(/\\([\[\]\\*_`])/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`#>]+/g, "")
      .replace(/\s+/g, " ")
      .trim();
  }

  function say(text) {
    if (!synth || !speaking) return;
    var line = speakable(text);
    if (!line) return;
    var utterance = new window.SpeechSynthesisUtterance(line);
    var voice = danishVoice();
    if (voice) utterance.voice = voice;
    utterance.lang = voice ? String(voice.lang).replace("_", "-") : "da-DK";
    utterance.onerror = function (event) {
      if (event && event.error === "not-allowed") {
        showNote(T.speakBlocked);
      }
    };
    synth.speak(utterance);
  }

  function spokenLine(message) {
    if (!message || typeof message !== "object") return "";
    if (typeof message.text === "string") return message.text;
    if (emailOf(message)) return T.emailSpoken;
    if (icsOf(message)) return T.calendarSpoken;
    return "";
  }

  function showNote(text) { note.textContent = text; }

  function baseNote() {
    if (!synth && !Recognition) return T.noSpeechNoListen;
    if (!synth) return T.noSpeech;
    if (!Recognition) return speaking ? T.noListen : "";
    return speaking ? T.listenPrivacy : "";
  }

  function setSpeaking(on, remember) {
    speaking = !!on && !!synth;
    toggle.setAttribute("aria-pressed", speaking ? "true" : "false");
    toggle.textContent = !synth ? T.speak : speaking ? T.speakOn : T.speakOff;
    mic.hidden = !(speaking && Recognition);
    if (remember) store(SPEAK_KEY, speaking ? "1" : "0");
    if (!speaking && synth) synth.cancel();
    if (!speaking) stopListening();
    showNote(baseNote());
  }

  var listening = null;

  function stopListening() {
    if (listening) { try { listening.abort(); } catch (e) { /* already stopped */ } }
    listening = null;
    mic.setAttribute("aria-pressed", "false");
    mic.textContent = T.mic;
  }

  // Send recognised speech as an ordinary user message.
  function sendUserText(text) {
    if (widget && typeof widget.sendMessage === "function") {
      widget.sendMessage(text, text);
      return;
    }
    var input = chat.querySelector(".rw-new-message");  // fallback: type it and submit
    if (!input || !input.form) return;
    var setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value").set;
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    if (input.form.requestSubmit) input.form.requestSubmit(); else input.form.submit();
  }

  function listen() {
    if (listening) { stopListening(); return; }
    var recognition = new Recognition();
    recognition.lang = "da-DK";
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    recognition.onresult = function (event) {
      var result = event.results && event.results[0] && event.results[0][0];
      var text = result && result.transcript ? String(result.transcript).trim() : "";
      if (text) sendUserText(text);
    };
    recognition.onerror = function (event) {
      var reason = event && event.error;
      showNote(reason === "not-allowed" || reason === "service-not-allowed" ? T.micNotAllowed
        : reason === "no-speech" ? T.micNoSpeech : T.micFailed);
    };
    recognition.onend = function () { if (listening === recognition) stopListening(); };
    listening = recognition;
    mic.setAttribute("aria-pressed", "true");
    mic.textContent = T.micListening;
    showNote(baseNote());
    try { recognition.start(); } catch (e) { stopListening(); showNote(T.micNoStart); }
  }

  if (synth) {
    toggle.addEventListener("click", function () {
      setSpeaking(!speaking, true);
      if (speaking) say(T.speakStarted);  // also unlocks speech after a click
    });
    setSpeaking(stored(SPEAK_KEY) === "1", false);
  } else {
    toggle.disabled = true;
    setSpeaking(false, false);
  }
  if (Recognition) mic.addEventListener("click", listen);
  else mic.disabled = true;

  function onBotUttered(message) {
    keepBrackets(message);
    announce(announcement(message));
    if (speaking) say(spokenLine(message));
  }

  var props = {
    socketUrl: rasaUrl(),
    socketPath: "/socket.io/",
    initPayload: "/greet",
    embedded: true,
    title: T.title,
    subtitle: T.subtitle,
    inputTextFieldHint: T.inputHint,
    connectingText: T.connecting,
    hideWhenNotConnected: false,
    showMessageDate: false,
    params: { storage: "local" },
    onSocketEvent: { bot_uttered: onBotUttered },
    customMessageDelay: function () { return 200; },
    innerRef: function (handle) { widget = handle; }
  };
  if (customComponent) props.customComponent = customComponent;
  window.WebChat.default(props, chat);
})();
