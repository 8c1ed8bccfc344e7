// Starts the real dekita binary with the demo on a free port and drives Debian's Chromium.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const THERAPIST = "therapist@hidamari.example";
export const PASSWORD = "dekita-demo-2026";

export async function startServer() {
  const bin = process.env.DEKITA_BIN ?? join(here, "..", "..", "target", "debug", "dekita");
  const dataDir = mkdtempSync(join(tmpdir(), "dekita-e2e-"));
  // Every test signs in afresh from 127.0.0.1, far more often than one office would: the
  // sign-in limit per address (10 at once, one more each 6 s) is raised so that a fast run does
  // not trip it. The limit itself is proven by the API tests (tests/api/hardening.rs).
  const args = ["serve", "--demo", "--bind", "127.0.0.1:0", "--data-dir", dataDir, "--signin-burst", "1000"];
  const child = spawn(bin, args, {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RUST_LOG: "warn" },
  });
  const url = await new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      const m = /dekita listening on (http:\/\/\S+)/.exec(buffer);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`dekita exited early (${code})`)));
  });
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The demo server and Chromium for one test file: started before its tests, stopped after.
 * `env` is set before the server starts. Use `app.url` and `app.browser` inside the tests. */
export function useDemo({ env = {} } = {}) {
  const app = { server: null, browser: null };
  Object.defineProperty(app, "url", { get: () => app.server.url });
  before(async () => {
    Object.assign(process.env, env);
    app.server = await startServer();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** Fills in the staff sign-in form and presses サインイン (what follows is the caller's). */
export async function submitSignIn(page, url, email = THERAPIST, password = PASSWORD) {
  await page.goto(`${url}/#/staff/login`);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
}

/** Signs a staff member in through the form and waits for 担当の利用者. */
export async function signIn(page, url, email = THERAPIST) {
  await submitSignIn(page, url, email);
  await page.getByRole("heading", { name: "担当の利用者" }).waitFor();
}

/** The headers of a staff member signed in through the API (the demo therapist by default). */
export async function staffHeaders(url, email = THERAPIST) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  }).then((r) => r.json());
  return { Authorization: `Bearer ${login.access_token}`, "Content-Type": "application/json" };
}

/** The API as a staff member: `(method, path, body?, headers?)` → `{ status, body }`. */
export async function staffApi(url, email = THERAPIST) {
  const auth = await staffHeaders(url, email);
  return async (method, path, body, headers = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { ...auth, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

/** Signs the demo therapist in through the API and issues an enrollment code. */
export async function issueCode(url) {
  const auth = await staffHeaders(url);
  const participants = await fetch(`${url}/api/v1/participants`, { headers: auth }).then((r) => r.json());
  const person = participants.find((p) => p.status === "enrolled");
  const code = await fetch(`${url}/api/v1/participants/${person.id}/enrollment-codes`, { method: "POST", headers: auth, body: "{}" }).then((r) => r.json());
  return { person, code: code.code };
}

// Evaluated through the DevTools protocol rather than added as a <script>: the app's
// Content-Security-Policy stays on during the tests, and still lets the app itself run.
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Runs axe-core on the page; fails with a readable list on any violation. `enhanced` adds
 * the 7:1 contrast rule that participant screens are held to. */
export async function expectNoAxeViolations(page, name, { enhanced = false } = {}) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (enhanced) => {
    const rules = enhanced ? { "color-contrast-enhanced": { enabled: true } } : {};
    const result = await window.axe.run(document, { rules, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  }, enhanced);
  if (violations.length) throw new Error(`axe on ${name}:\n  ${violations.join("\n  ")}`);
}

/** The participant bars: 20 px base text and 48×48 px targets, also at 200% text size. */
export async function expectLargeAndTappable(page, name) {
  const problems = await page.evaluate(() => {
    const out = [];
    const base = parseFloat(getComputedStyle(document.body).fontSize);
    if (base < 20) out.push(`base font ${base}px`);
    for (const el of document.querySelectorAll("a, button, input, select, textarea")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 48 || r.width < 48) out.push(`${el.tagName} "${(el.textContent || el.getAttribute("name") || "").trim()}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
  if (problems.length) throw new Error(`${name}: ${problems.join("; ")}`);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = "250%"; // 200% of the app's own 125%
    const wide = root.scrollWidth > root.clientWidth + 1;
    root.style.fontSize = before;
    return wide;
  });
  if (overflow) throw new Error(`${name}: content scrolls sideways at 200% text size`);
}

/** At 200% text (250% root, the app's own 125% doubled), no line of text holds only one or two
 * characters in a run of them: measured character by character from the laid-out lines of
 * every text in `main`. A text of four characters or more that takes three lines or more with
 * most of its lines one or two characters long is the defect (a squeezed column). */
export async function expectWholeWordsAt200(page, name) {
  const narrow = await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = "250%";
    const out = [];
    const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (text.trim().length < 4 || !node.parentElement?.offsetParent) continue;
      // Text only for screen readers (clipped away) is not laid out for reading.
      let hidden = false;
      for (let el = node.parentElement; el && !hidden; el = el.parentElement) hidden = getComputedStyle(el).clip !== "auto";
      if (hidden) continue;
      // Characters in reading order; a new line starts where one sits below the last line.
      const counts = [];
      let lineTop = null;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i])) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (lineTop === null || box.top > lineTop + box.height / 2) {
          counts.push(0);
          lineTop = box.top;
        }
        counts[counts.length - 1]++;
      }
      const short = counts.filter((c) => c <= 2).length;
      if (counts.length >= 3 && short * 2 > counts.length) out.push(`"${text.trim().slice(0, 16)}" ${counts.join("/")}`);
    }
    root.style.fontSize = before;
    return out;
  });
  if (narrow.length) throw new Error(`${name}: words broken a character or two to a line at 200% text: ${narrow.slice(0, 5).join("; ")}`);
}
