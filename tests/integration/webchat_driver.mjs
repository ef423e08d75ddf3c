// Drive the web chat page in headless Debian Chromium via playwright-core.
// Usage: node webchat_driver.mjs <page url> <screenshot dir>
// Prints one JSON object on stdout: {ok, error?, steps, dialogs, external_requests,
// console_errors, screenshots, ...}. Exit code 0 even when a check fails: the
// pytest test reads the JSON and asserts.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [pageUrl, shotDir] = process.argv.slice(2);
// playwright-core is a devDependency of web/, so resolve it from there.
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, "../../web/package.json"));
const { chromium } = require("playwright-core");

const TIMEOUT = 30000;
const result = { ok: false, steps: [], dialogs: [], external_requests: [], console_errors: [], page_errors: [],
                 failed_responses: [], screenshots: [] };
const step = (name) => result.steps.push(name);

const profile = mkdtempSync(path.join(tmpdir(), "coach-chromium-"));
mkdirSync(shotDir, { recursive: true });
let context;
try {
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1100, height: 900 },
    locale: "da-DK",
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on("dialog", (d) => { result.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on("console", (m) => { if (m.type() === "error") result.console_errors.push(m.text().slice(0, 300)); });
  page.on("pageerror", (e) => result.page_errors.push(e.message));
  page.on("response", (r) => { if (r.status() >= 400) result.failed_responses.push(`${r.status()} ${r.url()}`); });
  // Nothing may leave 127.0.0.1: record and abort anything else that gets past the page's CSP.
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname), (route) => {
    result.external_requests.push(route.request().url());
    return route.abort();
  });

  const shot = async (name) => {
    const file = path.join(shotDir, `webchat-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    result.screenshots.push(file);
  };
  const chatText = () => page.locator("#webchat .rw-messages-container").innerText();
  const waitForText = async (text) => {
    await page.waitForFunction(
      (t) => (document.querySelector("#webchat .rw-messages-container")?.innerText || "").includes(t),
      text, { timeout: TIMEOUT });
    step(`saw: ${text}`);
  };
  const countOf = (text) => chatText().then((all) => all.split(text).length - 1);
  const say = async (text) => {
    const input = page.locator("#webchat .rw-new-message");
    await input.fill(text);
    await input.press("Enter");
    step(`typed: ${text}`);
  };

  await page.goto(pageUrl);
  result.title = await page.title();
  result.placeholder = await page.locator("#webchat .rw-new-message").getAttribute("placeholder");
  await waitForText("Hej");  // the greeting
  await waitForText("Hvornår var din jobsamtale");
  await shot("1-greeting");

  await say("i tirsdags");
  await waitForText("Hvilken stilling");
  await say("kontorchef");
  const button = page.locator("#webchat .rw-reply", { hasText: "Skrive en mail" });
  await button.waitFor();
  result.buttons = await page.locator("#webchat .rw-reply").allInnerTexts();
  await shot("2-quick-replies");
  await button.click();
  step("clicked: Skrive en mail");
  await waitForText("tirsdag den 24. november");  // the deadline question names the day
  await say("ingen");
  await waitForText("Følg op");
  await waitForText("Emne: Re: Jobsamtale");  // the subject line of the e-mail card
  // On the web chat the e-mail is one card (custom payload) and the day an .ics download.
  const card = page.locator("#webchat .coach-email");
  await page.locator("#webchat a.coach-ics-link").waitFor();
  result.email_card = {
    subject: await card.locator(".coach-email-subject").innerText(),
    body: await card.locator(".coach-email-body").innerText(),
    copy: await card.locator("button.coach-copy").innerText(),
    mailto: await card.locator("a.coach-mailto").getAttribute("href"),
    ics_filename: await page.locator("#webchat a.coach-ics-link").getAttribute("download"),
    ics_href: await page.locator("#webchat a.coach-ics-link").getAttribute("href"),
  };
  await page.waitForTimeout(1500);  // let any trailing messages arrive
  await shot("3-plan-and-email");
  const before = await chatText();
  const greetingsBefore = await countOf("Hvornår var din jobsamtale");

  await page.reload();
  await waitForText("Emne: Re: Jobsamtale");
  result.cards_after_reload = await page.locator("#webchat .coach-card").count();
  await page.waitForTimeout(2500);  // a re-sent /greet would show up by now
  const after = await chatText();
  result.kept_after_reload = after.includes("kontorchef") && after.includes("Følg op") && after.includes("i tirsdags");
  result.greetings_before_reload = greetingsBefore;
  result.greetings_after_reload = await countOf("Hvornår var din jobsamtale");
  result.same_length_after_reload = after.length >= before.length;
  await shot("4-after-reload");

  const clientCount = await page.locator("#webchat .rw-client").count();
  const responsesBefore = await page.locator("#webchat .rw-response").count();
  const plansBefore = await countOf("Følg op tirsdag den 1. december");
  for (const evil of ["<script>alert(1)</script>", "<b>x</b>", "<img src=x onerror=alert(2)>"]) {
    await say(evil);
    await waitForText(evil);
  }
  // One answer each, however busy the machine (a fixed pause missed the third answer under load);
  // a missing answer still fails the check below once the wait runs out.
  await page.waitForFunction(
    (n) => document.querySelectorAll("#webchat .rw-response").length >= n,
    responsesBefore + 3, { timeout: TIMEOUT }).catch(() => step("fewer than three answers to the HTML"));
  await page.waitForTimeout(2000);  // give a would-be alert time to fire
  // Text with no facts after the plan: one short answer each, not the plan, mail and calendar again.
  result.responses_to_html = (await page.locator("#webchat .rw-response").count()) - responsesBefore;
  result.plans_repeated = (await countOf("Følg op tirsdag den 1. december")) - plansBefore;
  result.client_texts = (await page.locator("#webchat .rw-client").allInnerTexts()).slice(clientCount);
  result.html_elements_in_messages = await page.locator(
    "#webchat .rw-messages-container :is(script, b, img[src='x'], iframe)").count();
  await shot("5-html-as-text");

  // A new conversation where the bot echoes hostile markup back: the role ends up in the e-mail.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForText("Hvornår var din jobsamtale");
  await say("i tirsdags");
  await waitForText("Hvilken stilling");
  await say("[klik her](javascript:alert(3)) <b>chef</b>");
  await page.locator("#webchat .rw-reply", { hasText: "Skrive en mail" }).click();
  await waitForText("tirsdag den 24. november");
  await say("ingen");
  // The e-mail card shows the role exactly as typed: text, no markdown, no HTML.
  await waitForText("om stillingen som [klik her](javascript:alert(3)) <b>chef</b>");
  await waitForText("Kære [kontaktpersonens navn],");
  // The call script is markdown text: there the role becomes a link that must stay inert.
  // rasa-webchat shows quick replies only under the last message, so the buttons of
  // "Vil du have noget mere?" must come after the calendar card. If they do not, note
  // it (the test fails on it) and send their payload by hand to check the rest.
  await page.waitForTimeout(1000);
  const showScript = page.locator("#webchat .rw-reply", { hasText: "Vis manuskriptet i stedet" });
  result.more_buttons_visible = await showScript.count() > 0;
  if (result.more_buttons_visible) await showScript.last().click();
  else await say("/request_call_script");
  await waitForText("stillingen som klik her <b>chef</b>");
  const evilLink = page.locator("#webchat .rw-response a", { hasText: "klik her" }).first();
  result.evil_link_href = await evilLink.getAttribute("href");
  await evilLink.click();
  const mailto = page.locator("#webchat a[href^='mailto:']");  // safe links keep working
  await mailto.first().waitFor({ timeout: 5000 }).catch(() => {});
  result.mailto_links = await mailto.count();
  await page.waitForTimeout(1000);
  result.bot_html_elements = await page.locator("#webchat .rw-messages-container :is(script, b, iframe)").count();
  await shot("6-bot-echoes-markup");

  await page.setViewportSize({ width: 390, height: 844 });  // phone
  await page.waitForTimeout(500);
  result.phone_no_horizontal_scroll = await page.evaluate(
    () => document.documentElement.scrollWidth <= window.innerWidth + 1);
  const box = await page.locator("#webchat .rw-new-message").boundingBox();
  result.phone_input_visible = !!box && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390;
  await shot("7-phone");
  result.ok = true;
} catch (e) {
  result.error = String(e && e.stack || e);
  try {
    const page = context && context.pages()[0];
    if (page) {
      result.last_text = await page.locator("body").innerText({ timeout: 2000 });
      const file = path.join(shotDir, "webchat-failure.png");
      await page.screenshot({ path: file });
      result.screenshots.push(file);
    }
  } catch { /* best effort */ }
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result) + "\n");
