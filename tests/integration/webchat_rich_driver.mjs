// Rich messages and "Tal højt" on the web chat page, in headless Debian Chromium
// via playwright-core.
// Usage: node webchat_rich_driver.mjs <page url with ?rasa=...> <screenshot dir> <Rasa API token>
// Prints one JSON object on stdout ({ok, error?, steps, ...}); exit code 0 even
// when a check fails: the pytest test reads the JSON and asserts.
//
// The e-mail card and the calendar link are pushed into the live socket.io
// session through Rasa's HTTP API (a BotUttered event with a custom payload,
// output_channel=latest), so they do not depend on the dialogue reaching them.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [pageUrl, shotDir, apiToken] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, "../../web/package.json"));
const { chromium } = require("playwright-core");

const TIMEOUT = 30000;
const rasaUrl = new URL(pageUrl).searchParams.get("rasa");
const origin = new URL(pageUrl).origin;
const result = { ok: false, steps: [], dialogs: [], external_requests: [], console_errors: [], page_errors: [],
                 failed_responses: [], screenshots: [] };
const step = (name) => result.steps.push(name);

const EMAIL = {
  subject: "Re: Jobsamtale tirsdag den 24. november <b>x</b>",
  body: "Kære [kontaktpersonens navn],\n\nTak for samtalen om stillingen som kontorchef.\n" +
        "<img src=x onerror=alert(1)>\n\nVenlig hilsen\n[dit navn]",
  mailto: "mailto:?subject=Re%3A%20Jobsamtale%20tirsdag%20den%2024.%20november&body=K%C3%A6re",
};
EMAIL.text = `Emne: ${EMAIL.subject}\n\n${EMAIL.body}`;
const ICS = {
  filename: "opfoelgning-2026-12-01.ics",
  content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//DA\r\nBEGIN:VEVENT\r\nUID:x@test\r\n" +
           "DTSTAMP:20261128T120000Z\r\nDTSTART;VALUE=DATE:20261201\r\nSUMMARY:Følg op på jobsamtalen\r\n" +
           "END:VEVENT\r\nEND:VCALENDAR\r\n",
  title: "Følg op på jobsamtalen",
};

// Stand-ins for the browser's speech APIs: record what would be said, and a
// "recogniser" that hears one fixed Danish answer.
const stubSpeech = () => {
  window.__spoken = [];
  window.__heard = [];
  class Utterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
  }
  const voices = [{ name: "Samantha", lang: "en-US" }, { name: "Sara", lang: "da-DK" }];
  const synth = {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    getVoices: () => voices,
    speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }),
    cancel: () => window.__spoken.push({ cancel: true }),
    pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
  };
  class Recognition {
    start() {
      window.__heard.push({ lang: this.lang });
      setTimeout(() => {
        this.onresult && this.onresult({ results: [[{ transcript: "i tirsdags", confidence: 0.9 }]] });
        this.onend && this.onend();
      }, 50);
    }
    stop() {} abort() {}
  }
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  Object.defineProperty(window, "SpeechRecognition", { value: Recognition, configurable: true });
  Object.defineProperty(window, "webkitSpeechRecognition", { value: Recognition, configurable: true });
};

// A browser without speech synthesis, speech recognition or the async clipboard.
const removeSpeech = () => {
  for (const name of ["speechSynthesis", "SpeechSynthesisUtterance", "SpeechRecognition",
                      "webkitSpeechRecognition"]) {
    try { delete window[name]; } catch { /* not configurable */ }
    if (name in window) Object.defineProperty(window, name, { value: undefined, configurable: true });
  }
  try { delete Navigator.prototype.clipboard; } catch { /* ignore */ }
};

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(shotDir, { recursive: true });

  const open = async (initScript) => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "da-DK",
                                               acceptDownloads: true });
    await context.addInitScript(initScript);
    await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname), (route) => {
      result.external_requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on("dialog", (d) => { result.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
    page.on("console", (m) => { if (m.type() === "error") result.console_errors.push(m.text().slice(0, 300)); });
    page.on("pageerror", (e) => result.page_errors.push(e.message));
    page.on("response", (r) => { if (r.status() >= 400) result.failed_responses.push(`${r.status()} ${r.url()}`); });
    return { context, page };
  };
  const helpers = (page, prefix) => ({
    shot: async (name) => {
      const file = path.join(shotDir, `webchat-${prefix}-${name}.png`);
      await page.screenshot({ path: file });
      result.screenshots.push(file);
    },
    waitForText: async (text) => {
      await page.waitForFunction(
        (t) => (document.querySelector("#webchat .rw-messages-container")?.innerText || "").includes(t),
        text, { timeout: TIMEOUT });
      step(`${prefix} saw: ${text}`);
    },
    say: async (text) => {
      const input = page.locator("#webchat .rw-new-message");
      await input.fill(text);
      await input.press("Enter");
      step(`${prefix} typed: ${text}`);
    },
    // Push a custom payload into this page's socket.io session. Rasa 3.6's
    // socket.io output channel emits custom JSON as keyword arguments, which only
    // works for {"data": ...}; the page accepts the payload bare or wrapped.
    push: async (payload) => {
      const sender = await page.evaluate(() => JSON.parse(localStorage.getItem("chat_session")).session_id);
      const url = `${rasaUrl}/conversations/${encodeURIComponent(sender)}/tracker/events` +
                  `?token=${encodeURIComponent(apiToken)}&output_channel=latest&execute_side_effects=true`;
      const response = await fetch(url, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ event: "bot", text: null, data: { custom: { data: payload } } }),
      });
      if (!response.ok) throw new Error(`pushing a payload: HTTP ${response.status} ${await response.text()}`);
      step(`${prefix} pushed: ${Object.keys(payload).join(",")}`);
    },
  });

  // --- 1. A browser that can speak and listen (stubbed), with clipboard rights.
  {
    const { context, page } = await open(stubSpeech);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const { shot, waitForText, say, push } = helpers(page, "rich");
    await page.goto(pageUrl);
    await waitForText("Hvornår var din jobsamtale");
    result.toggle_initial = {
      text: await page.locator("#speak-toggle").innerText(),
      pressed: await page.locator("#speak-toggle").getAttribute("aria-pressed"),
      disabled: await page.locator("#speak-toggle").isDisabled(),
      mic_visible: await page.locator("#mic").isVisible(),
    };

    await push({ email: EMAIL });
    await push({ ics: ICS });
    await push({ something_else: { x: 1 } });  // unknown: ignored
    const card = page.locator("#webchat .coach-email");
    await card.waitFor();
    await page.locator("#webchat .coach-ics-link").waitFor();
    await page.waitForTimeout(500);  // the unknown payload would have landed by now
    result.email = {
      subject: await card.locator(".coach-email-subject").innerText(),
      body: await card.locator(".coach-email-body").innerText(),
      body_tag: await card.locator(".coach-email-body").evaluate((n) => n.tagName),
      body_white_space: await card.locator(".coach-email-body").evaluate((n) => getComputedStyle(n).whiteSpace),
      mailto: await card.locator("a.coach-mailto").getAttribute("href"),
      mailto_text: await card.locator("a.coach-mailto").innerText(),
      copy_label: await card.locator("button.coach-copy").innerText(),
    };
    result.cards = await page.locator("#webchat .coach-card").count();
    result.markup_elements_in_cards = await page.locator("#webchat .coach-card :is(b, img, script)").count();
    await shot("1-email-card");

    await card.locator("button.coach-copy").click();
    await page.waitForFunction(() => /kopieret/i.test(document.querySelector("#webchat .coach-copy")?.innerText || ""));
    result.copy_label_after = await card.locator("button.coach-copy").innerText();
    // What a screen reader hears: the card's status line.
    result.copy_status = await card.getByRole("status").textContent();
    result.clipboard = await page.evaluate(() => navigator.clipboard.readText());
    step("rich copied the e-mail");

    const icsLink = page.locator("#webchat a.coach-ics-link");
    result.ics_link_text = await icsLink.innerText();
    const [download] = await Promise.all([page.waitForEvent("download"), icsLink.click()]);
    result.ics_filename = download.suggestedFilename();
    result.ics_content = readFileSync(await download.path(), "utf8");
    step("rich downloaded the calendar file");
    await shot("2-copied-and-calendar");

    // "Tal højt" on: the next bot line is spoken in Danish; the mic answers by voice.
    await page.locator("#speak-toggle").click();
    result.toggle_on = {
      text: await page.locator("#speak-toggle").innerText(),
      pressed: await page.locator("#speak-toggle").getAttribute("aria-pressed"),
      stored: await page.evaluate(() => localStorage.getItem("coach.speak")),
      mic_visible: await page.locator("#mic").isVisible(),
    };
    const spokenBefore = await page.evaluate(() => window.__spoken.length);
    await page.locator("#mic").click();
    step("rich clicked the mic");
    await waitForText("Hvilken stilling");
    await page.waitForFunction(
      (n) => window.__spoken.slice(n).some((u) => (u.text || "").includes("Hvilken stilling")), spokenBefore);
    result.heard = await page.evaluate(() => window.__heard);
    result.client_texts = await page.locator("#webchat .rw-client").allInnerTexts();
    result.spoken = await page.evaluate((n) => window.__spoken.slice(n), spokenBefore);
    await shot("3-speaking");

    // Remembered across a reload; the cards come back from the stored conversation.
    await page.reload();
    await waitForText("Hvilken stilling");
    await page.locator("#webchat .coach-email").waitFor();
    result.after_reload = {
      pressed: await page.locator("#speak-toggle").getAttribute("aria-pressed"),
      cards: await page.locator("#webchat .coach-card").count(),
      subject: await page.locator("#webchat .coach-email-subject").innerText(),
    };

    // Off again: nothing more is spoken.
    await page.locator("#speak-toggle").click();
    result.stored_off = await page.evaluate(() => localStorage.getItem("coach.speak"));
    const spokenAtOff = await page.evaluate(() => window.__spoken.length);
    await say("kontorchef");
    await page.locator("#webchat .rw-reply", { hasText: "Skrive en mail" }).waitFor();
    await page.waitForTimeout(800);
    result.spoken_while_off = await page.evaluate((n) => window.__spoken.slice(n).filter((u) => !u.cancel), spokenAtOff);
    await context.close();
  }

  // --- 2. A browser without speech APIs or the async clipboard: text only.
  {
    const { context, page } = await open(removeSpeech);
    const { shot, waitForText, say, push } = helpers(page, "nospeech");
    await page.goto(pageUrl);
    await waitForText("Hvornår var din jobsamtale");
    result.nospeech = {
      toggle_disabled: await page.locator("#speak-toggle").isDisabled(),
      mic_visible: await page.locator("#mic").isVisible(),
      note: await page.locator("#voice-note").innerText(),
    };
    await say("i tirsdags");
    await waitForText("Hvilken stilling");
    result.nospeech.chatted = true;
    await push({ email: EMAIL });
    const copy = page.locator("#webchat .coach-email button.coach-copy");
    await copy.click();
    await page.waitForFunction(() => /kopieret|markeret/i.test(
      document.querySelector("#webchat .coach-copy")?.innerText || ""));
    result.nospeech.copy_label = await copy.innerText();
    await shot("1-text-only");

    await page.setViewportSize({ width: 390, height: 844 });  // phone: the card must fit
    await page.waitForTimeout(300);
    result.phone_no_horizontal_scroll = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth + 1);
    await shot("2-phone");
    await context.close();
  }
  result.ok = true;
} catch (e) {
  result.error = String(e && e.stack || e);
  try {
    for (const context of browser ? browser.contexts() : []) {
      for (const page of context.pages()) {
        result.last_text = await page.locator("body").innerText({ timeout: 2000 });
        const file = path.join(shotDir, "webchat-rich-failure.png");
        await page.screenshot({ path: file });
        result.screenshots.push(file);
      }
    }
  } catch { /* best effort */ }
} finally {
  if (browser) await browser.close().catch(() => {});
}
process.stdout.write(JSON.stringify(result) + "\n");
