// Paper that works as paper: the tests and the daily-records prints of demo people, and the
// take-home sheet for a new participant, printed by Chromium to A4 PDFs — counted in pages
// (pdfinfo) and read back as text (pdftotext, Debian's poppler-utils).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, staffApi, useDemo } from "./helpers.mjs";

const app = useDemo();
const dir = mkdtempSync(join(tmpdir(), "dekita-prints-"));

/** Prints the page as the browser's print dialog would (A4, the app's @page rules). */
async function print(page, name) {
  await page.emulateMedia({ media: "print" });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: false }));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  await page.emulateMedia({ media: "screen" });
  return { pages, width: Number(size[1]), height: Number(size[2]), text };
}

function assertA4(pdf, name) {
  // 595 × 842 pt.
  assert.ok(Math.abs(pdf.width - 595) < 2 && Math.abs(pdf.height - 842) < 2, `${name} is A4: ${pdf.width}×${pdf.height}`);
}

async function personNamed(api, family) {
  const { body } = await api("GET", "/api/v1/participants");
  return body.find((p) => p.display_name.startsWith(family));
}

test("the tests and the daily records print on as few A4 pages as they need", async () => {
  const api = await staffApi(app.url);
  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  await signIn(page, app.url);

  // 体力測定: the demo person with the most rounds of tests.
  const { body: all } = await api("GET", "/api/v1/participants");
  let tested = null;
  let rounds = 0;
  for (const p of all) {
    const { body } = await api("GET", `/api/v1/participants/${p.id}/performance-tests`);
    if (body.length > rounds) [tested, rounds] = [p, body.length];
  }
  assert.ok(rounds >= 2, `the demo has someone tested more than once (${rounds})`);
  await page.goto(`${app.url}/#/staff/participants/${tested.id}/tests`);
  await page.getByRole("heading", { level: 1, name: /体力測定/ }).waitFor();
  await page.locator(".chart-box svg").first().waitFor();
  const tests = await print(page, "tests");
  assertA4(tests, "tests");
  // The six charts, the table and the before/after (checklist, interest sheet, goals): more
  // than one page of content, not four pages of one chart each.
  assert.equal(tests.pages, 2, "the tests print on two A4 pages");
  assert.match(tests.text, new RegExp(tested.display_name.split(" ")[0]));
  assert.match(tests.text, /1 \/ \d+ページ/);

  // 毎日の記録: 加藤's twelve weeks.
  const kato = await personNamed(api, "加藤");
  await page.goto(`${app.url}/#/staff/participants/${kato.id}/daily`);
  await page.getByRole("heading", { level: 1, name: /毎日の記録/ }).waitFor();
  await page.getByRole("table", { name: /体操をした日と数/ }).waitFor();
  const daily = await print(page, "daily");
  assertA4(daily, "daily");
  // The flags and successes, the twelve-week heat map (kept whole), the diary and the
  // readings run on from page to page: three pages, where each card once took its own.
  assert.equal(daily.pages, 3, "the daily records print on three A4 pages");
  assert.match(daily.text, /加藤/);
  await page.close();
});

test("the take-home sheet for a new participant is one A4 page with the code, the first day and the phone", async () => {
  const api = await staffApi(app.url);
  const page = await app.browser.newPage({ viewport: { width: 768, height: 1024 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  await signIn(page, app.url);
  // A person just registered, with the twelve sessions planned from next week.
  const { body: cohorts } = await api("GET", "/api/v1/cohorts");
  const { status, body: person } = await api("POST", "/api/v1/participants", {
    family_name: "紙渡", given_name: "花子", family_name_kana: "かみわたし", given_name_kana: "はなこ",
    birth_date: "1946-04-01", sex: "female", cohort_id: cohorts[0].id,
  });
  assert.equal(status, 201);
  const first = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
  const made = await api("POST", `/api/v1/participants/${person.id}/sessions`, { first_date: first });
  assert.ok(made.status < 300, JSON.stringify(made.body));
  const firstDay = made.body.sessions[0].date;

  await page.goto(`${app.url}/#/staff/participants/${person.id}`);
  await page.getByRole("link", { name: "お渡し用の紙" }).click();
  const sheet = page.getByTestId("take-home");
  await sheet.getByRole("heading", { level: 1, name: /紙渡 花子さんへ/ }).waitFor();
  const code = (await page.getByTestId("take-home-code").textContent()).trim();
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.equal(await sheet.locator("tbody tr").count(), 12);
  await page.locator("img.take-home-qr").evaluate((img) => img.decode());
  await expectNoAxeViolations(page, "take-home sheet");
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 1, `no sideways scrolling on a 768 px tablet (${sideways}px)`);

  const pdf = await print(page, "take-home");
  assertA4(pdf, "take-home");
  assert.equal(pdf.pages, 1, "one A4 sheet");
  const [, m, d] = firstDay.split("-").map(Number);
  const flat = pdf.text.replace(/\s+/g, "");
  assert.ok(flat.includes(code), `the code ${code} is on the sheet`);
  assert.ok(flat.includes(`${m}月${d}日`), `the first session (${m}月${d}日) is on the sheet`);
  assert.ok(flat.includes("000-0000-0000"), "the provider's phone is on the sheet");
  assert.ok(flat.includes("10:00〜11:30"), "the time");
  assert.ok(flat.includes("正面玄関"), "the 送迎 meeting point");
  assert.ok(flat.includes("卒業の日"), "the graduation day");
  // The common print head: municipality, provider, date printed, author, page count.
  assert.ok(flat.includes("ひだまり市"), "the municipality");
  assert.match(flat, /印刷：\d{4}年\d{1,2}月\d{1,2}日/);
  assert.ok(flat.includes("山田理沙"), "who printed it");
  assert.ok(flat.includes("1/1ページ"), "the page count");
  assert.ok(!flat.includes("開くたびに新しい番号"), "no screen notices on paper");
  await page.getByText("開くたびに新しい番号").waitFor();
  await page.close();
});

test("手帳を印刷: staff print a person's whole notebook as the A4 booklet their phone prints", async (t) => {
  const api = await staffApi(app.url);
  // A demo person whose notebook has goals and successes to print.
  const { body: all } = await api("GET", "/api/v1/participants");
  let person = null;
  let book = null;
  for (const p of all) {
    const { status, body } = await api("GET", `/api/v1/participants/${p.id}/notebook`);
    assert.equal(status, 200, `the therapist reads ${p.id}'s notebook`);
    if (body.notebook.goals.length && body.notebook.successes.length && body.notebook.readings.length) {
      [person, book] = [p, body.notebook];
      break;
    }
  }
  assert.ok(person, "the demo has someone with goals, successes and readings");

  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  await signIn(page, app.url);
  await page.goto(`${app.url}/#/staff/participants/${person.id}`);
  await page.getByRole("link", { name: "手帳を印刷", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "手帳を印刷（A4の冊子）" }).waitFor();
  await page.getByRole("button", { name: "印刷する" }).waitFor();
  const shown = await page.locator(".booklet").innerText();
  for (const words of [`${book.display_name} さんの手帳`, "わたしの目標", book.goals[0].text, "できたこと", "血圧・体重のうつりかわり", "セルフチェック", "予定"]) {
    assert.ok(shown.includes(words), `the booklet shows ${words}`);
  }
  await expectNoAxeViolations(page, "手帳を印刷");
  await page.emulateMedia({ media: "print" });
  await expectNoAxeViolations(page, "手帳を印刷 as printed");
  assert.equal(await page.getByRole("button", { name: "印刷する" }).isVisible(), false, "the button is not printed");
  await page.emulateMedia({ media: "screen" });

  const pdf = await print(page, "booklet");
  assertA4(pdf, "booklet");
  // The cover and a page for each part (seven), more when a part runs on.
  assert.ok(pdf.pages >= 8 && pdf.pages <= 20, `the booklet on A4, a part to a page: ${pdf.pages} pages`);
  t.diagnostic(`the booklet printed on ${pdf.pages} A4 pages`);
  const flat = pdf.text.replace(/\s+/g, "");
  for (const words of ["介護予防手帳", `${book.display_name}さんの手帳`.replace(/\s+/g, ""), "わたしの目標", book.goals[0].text.replace(/\s+/g, ""), "からだの記録", "予定"]) {
    assert.ok(flat.includes(words), `the PDF has ${words}`);
  }
  assert.ok(!flat.includes("印刷する"), "no button on paper");

  // A graduate who keeps recording at home and has shared no follow-up results: the booklet
  // stops at the program's end, and the screen says so (not on paper).
  const graduate = all.find((p) => p.status === "completed" && /佐野|杉本/.test(p.display_name));
  const { body: cut } = await api("GET", `/api/v1/participants/${graduate.id}/notebook`);
  assert.ok(cut.shown_until, "the graduate's later records are theirs alone");
  assert.ok(cut.notebook.readings.every((r) => r.date <= cut.shown_until), "no reading after the end");
  await page.goto(`${app.url}/#/staff/participants/${graduate.id}/notebook`);
  await page.getByRole("heading", { level: 1, name: "手帳を印刷（A4の冊子）" }).waitFor();
  const [y, m, d] = cut.shown_until.split("-").map(Number);
  await page.getByText(new RegExp(`修了（${y}年${m}月${d}日.*）より後にご本人がつけた記録は、ご本人だけのものです`)).waitFor();
  await expectNoAxeViolations(page, "手帳を印刷 for a graduate");
  await page.close();
});
