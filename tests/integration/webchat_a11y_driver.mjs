// The web chat with a keyboard only, as a screen reader sees it, and through axe-core, in
// headless Debian Chromium via playwright-core, on a phone-sized window (390×844).
// Usage: node webchat_a11y_driver.mjs <page url with ?rasa=...> <screenshot dir>
// Prints one JSON object on stdout ({ok, error?, steps, axe, focus_stops, ...}); exit code 0
// even when a check fails: the pytest test reads the JSON and asserts.
//
// Keyboard only: after page.goto, every action is page.keyboard (Tab, Shift+Tab, typing, Enter,
// Space); the page is only read, never clicked, filled or focused by the script.
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [pageUrl, shotDir] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, "../../web/package.json"));
const { chromium } = require("playwright-core");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TIMEOUT = 30000;
const PHONE = { width: 390, height: 844 };
const result = { ok: false, steps: [], axe: {}, focus_stops: [], dialogs: [], external_requests: [],
                 console_errors: [], page_errors: [], failed_responses: [], screenshots: [] };
const step = (name) => result.steps.push(name);

const profile = mkdtempSync(path.join(tmpdir(), "coach-chromium-"));
mkdirSync(shotDir, { recursive: true });
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: PHONE,
    locale: "da-DK",
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    window.__heard = [];
    document.addEventListener("DOMContentLoaded", () => {
      const log = document.getElementById("coach-announcer");
      if (!log) return;
      new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(
        (node) => window.__heard.push(node.textContent)))).observe(log, { childList: true, subtree: true });
    });
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(pageUrl).origin });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on("dialog", (d) => { result.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on("console", (m) => { if (m.type() === "error") result.console_errors.push(m.text().slice(0, 300)); });
  page.on("pageerror", (e) => result.page_errors.push(e.message));
  page.on("response", (r) => { if (r.status() >= 400) result.failed_responses.push(`${r.status()} ${r.url()}`); });
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname), (route) => {
    result.external_requests.push(route.request().url());
    return route.abort();
  });

  const shot = async (name) => {
    const file = path.join(shotDir, `webchat-${name}.png`);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
  };

  // axe-core, injected through the debugger (the page's CSP allows no inline script).
  const axe = async (label) => {
    if (!await page.evaluate(() => typeof window.axe === "object")) await page.evaluate(AXE);
    const run = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
    });
    result.axe[label] = run;
    step(`axe ${label}: ${run.length} violations`);
  };

  // What a screen reader hears: every line added to the page's live region (it keeps only the
  // last few); and what it says about the focus: role and name from the accessibility tree
  // (Playwright's aria snapshot).
  const announcements = () => page.evaluate(() => window.__heard);
  const waitForAnnouncement = async (text, after) => {
    await page.waitForFunction(([t, n]) => window.__heard.slice(n).some((line) => line.includes(t)),
                               [text, after], { timeout: TIMEOUT });
    step(`announced: ${text}`);
  };
  const linesSoFar = async () => (await announcements()).length;
  // The widget shows bot messages 200 ms apart, after they are announced: a person waits for them.
  const waitForShown = async (text) => {
    await page.waitForFunction(
      (t) => (document.querySelector("#webchat .rw-messages-container")?.innerText || "").includes(t),
      text, { timeout: TIMEOUT });
  };
  const waitForReplies = async (...titles) => {
    for (const title of titles) await page.locator("#webchat .rw-reply", { hasText: title }).waitFor();
    step(`shown: ${titles.join(", ")}`);
  };
  const focused = async () => {
    const box = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      const style = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      return { ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
               in_view: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight };
    });
    if (!box) return { name: "(nothing)", ring: false, in_view: false };
    const aria = await page.locator(":focus").ariaSnapshot();
    const name = aria.split("\n")[0].replace(/^- /, "").replace(/:$/, "").replace(/^'(.*)'$/, "$1");
    return { name, ...box };
  };
  // Tab (or Shift+Tab) until the focus is on `name` (role and accessible name, as in an aria
  // snapshot: 'button "Skrive en mail"'); every stop on the way is recorded.
  const tabTo = async (name, { back = false, max = 30 } = {}) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      const stop = await focused();
      result.focus_stops.push(stop);
      if (stop.name.startsWith(name)) { step(`focus: ${stop.name}`); return stop; }
    }
    throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached ${name}`);
  };
  const type = async (text) => {
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
    step(`typed: ${text}`);
  };
  const chatTop = () => page.evaluate(() => document.getElementById("webchat").getBoundingClientRect().top);
  const sendIconFill = () => page.evaluate(
    () => getComputedStyle(document.querySelector("#webchat .rw-send path")).fill);

  // --- The start page
  await page.goto(pageUrl);
  await waitForAnnouncement("Hvornår var din jobsamtale", 0);
  await waitForShown("Hvornår var din jobsamtale");
  await axe("start");
  result.chat_top_at_start = await chatTop();
  result.send_icon_fill_empty = await sendIconFill();
  result.send_button = (await page.locator("#webchat .rw-send").ariaSnapshot()).split("\n")[0].replace(/^- /, "");

  // --- From the top of the page to the message field, then "Hej".
  result.start_order = [];
  for (const stop of ["button \"Tal højt", "region \"Samtalen med coachen\"", "textbox \"Din besked til coachen\""]) {
    result.start_order.push((await tabTo(stop, { max: 1 })).name);
  }
  let n = await linesSoFar();
  await type("Hej");
  await waitForAnnouncement("Hvornår var din jobsamtale", n);
  await page.waitForFunction(() => (document.querySelector("#webchat .rw-messages-container")?.innerText || "")
    .split("Hvornår var din jobsamtale").length === 3, null, { timeout: TIMEOUT });
  n = await linesSoFar();
  await type("i tirsdags");
  await waitForAnnouncement("Hvilken stilling", n);
  await waitForShown("Hvilken stilling");
  n = await linesSoFar();
  await type("kontorchef");
  await waitForAnnouncement("Svarknapper: Ringe, Skrive en mail, Ved ikke.", n);
  await waitForReplies("Ringe", "Skrive en mail", "Ved ikke");
  result.focus_while_answered = (await focused()).name;  // new messages do not move the focus
  result.chat_top_talking = await chatTop();
  await axe("mid-conversation");
  await shot("keyboard-1-quick-replies");

  // --- The quick replies sit right before the message field: Shift+Tab, then Space.
  result.reply_order = [];
  for (const reply of ["Ved ikke", "Skrive en mail"]) {
    result.reply_order.push((await tabTo(`button "${reply}"`, { back: true, max: 1 })).name);
  }
  n = await linesSoFar();
  await page.keyboard.press("Space");
  step("pressed Space on Skrive en mail");
  await waitForAnnouncement("Svarknapper: De sagde ingen dato.", n);
  result.focus_after_reply = (await focused()).name;
  await waitForReplies("De sagde ingen dato");

  // --- Enter on the next quick reply.
  await tabTo('button "De sagde ingen dato"', { back: true, max: 1 });
  n = await linesSoFar();
  await page.keyboard.press("Enter");
  step("pressed Enter on De sagde ingen dato");
  await waitForAnnouncement("Her er mailen", n);
  await waitForAnnouncement("Du kan lægge opfølgningsdagen i din kalender", n);
  await page.locator("#webchat a.coach-ics-link").waitFor();
  await waitForReplies("Gode råd");  // "Vil du have noget mere?" comes last
  result.announced_with_plan = (await announcements()).slice(n);
  await axe("after-plan");

  // --- The e-mail card: copy it.
  await tabTo('button "Kopiér mailen"', { back: true });
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /kopieret/i.test(document.querySelector("#webchat .coach-copy")?.innerText || ""));
  result.copy = {
    focus: (await focused()).name,
    status: await page.locator("#webchat .coach-email [role=status]").textContent(),
    clipboard: await page.evaluate(() => navigator.clipboard.readText()),
    subject: await page.locator("#webchat .coach-email-subject").innerText(),
  };
  step("copied the e-mail");

  // --- The calendar download.
  await tabTo('link "Læg det i kalenderen"');
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  result.download = { filename: download.suggestedFilename(), content: readFileSync(await download.path(), "utf8") };
  step("downloaded the calendar file");
  await page.waitForTimeout(300);
  await shot("keyboard-390x844");  // docs/webchat-keyboard.png is a copy of this one
  result.phone_no_horizontal_scroll = await page.evaluate(
    () => document.documentElement.scrollWidth <= window.innerWidth + 1);

  // --- 200 % zoom (a 1280×844 window shows 640×422 CSS pixels) and 400 % (320 wide).
  result.zoom = {};
  for (const [label, size] of [["200%", { width: 640, height: 422 }], ["400%", { width: 320, height: 211 }]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    result.zoom[label] = await page.evaluate(() => {
      const field = document.querySelector("#webchat .rw-new-message").getBoundingClientRect();
      const send = document.querySelector("#webchat .rw-send").getBoundingClientRect();
      const fits = (r) => r.width > 0 && r.left >= 0 && r.right <= innerWidth + 1 && r.top >= 0 && r.bottom <= innerHeight + 1;
      const list = document.querySelector("#webchat .rw-messages-container").getBoundingClientRect();
      return { no_horizontal_scroll: document.documentElement.scrollWidth <= innerWidth + 1,
               field_visible: fits(field), send_visible: fits(send), list_height: Math.round(list.height) };
    });
    await shot(`keyboard-zoom-${label.replace("%", "")}`);
  }
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.waitForTimeout(300);
  await axe("after-plan-desktop");

  // The canary: an unnamed icon button like the widget's old send button. axe must see it, or
  // the clean results above would prove nothing.
  result.axe_canary = await page.evaluate(async () => {
    const canary = document.createElement("button");
    canary.id = "axe-canary";
    canary.innerHTML = '<svg width="10" height="10"><path d="M0 0L10 5L0 10z"></path></svg>';
    document.querySelector("main").appendChild(canary);
    const r = await window.axe.run("#axe-canary", { resultTypes: ["violations"] });
    canary.remove();
    return r.violations.map((v) => `${v.id}:${v.impact}`);
  });

  // --- A reload shows the history without reading it all out again.
  await page.setViewportSize(PHONE);
  await page.reload();
  await page.locator("#webchat .coach-email").waitFor();
  await page.waitForTimeout(1500);
  result.announced_after_reload = await announcements();
  result.ok = true;
} catch (e) {
  result.error = String(e && e.stack || e);
  try {
    const page = context && context.pages()[0];
    if (page) {
      result.last_text = await page.locator("body").innerText({ timeout: 2000 });
      const file = path.join(shotDir, "webchat-keyboard-failure.png");
      await page.screenshot({ path: file });
      result.screenshots.push(file);
    }
  } catch { /* best effort */ }
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result) + "\n");
