// Mount rasa-webchat (served locally from node_modules) on #webchat.
(function () {
  "use strict";

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
  function disarmLinks(root) {
    root.querySelectorAll("a[href]").forEach(function (a) {
      if (!/^(https?:|mailto:)/i.test(a.getAttribute("href"))) a.removeAttribute("href");
    });
  }
  var chat = document.getElementById("webchat");
  new MutationObserver(function () { disarmLinks(chat); })
    .observe(chat, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });

  // The coach marks gaps as "[kontaktpersonens navn]"; markdown would swallow the
  // brackets. Escape brackets that do not open a link. onSocketEvent handlers run
  // before the widget's own bot_uttered handler and see the same object.
  function keepBrackets(message) {
    if (message && typeof message.text === "string") {
      message.text = message.text.replace(/\[([^\[\]\n]*)\](?!\()/g, "\\[$1\\]");
    }
  }

  window.WebChat.default({
    socketUrl: rasaUrl(),
    socketPath: "/socket.io/",
    initPayload: "/greet",
    embedded: true,
    title: "Opfølgningscoachen",
    subtitle: "Hjælp til opfølgning efter jobsamtalen",
    inputTextFieldHint: "Skriv din besked…",
    connectingText: "Forbinder til coachen…",
    hideWhenNotConnected: false,
    showMessageDate: false,
    params: { storage: "local" },
    onSocketEvent: { bot_uttered: keepBrackets },
    customMessageDelay: function () { return 200; }
  }, chat);
})();
