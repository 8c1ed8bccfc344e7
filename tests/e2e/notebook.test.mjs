// Safety before exercise and わたしの手帳 on a phone-sized Chromium: a high blood-pressure
// reading is met with rest advice and whom to call, today's exercises are held back until a
// new reading is inside the limits, and the therapist sees the reading first; the notebook's
// pages pass axe (7:1), the 20 px / 48 px bars and 200% text, and open with no signal.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, expectWholeWordsAt200, issueCode, staffHeaders, useDemo } from "./helpers.mjs";

const app = useDemo();
const WALK = "散歩";

async function phone(code) {
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  const page = await context.newPage();
  await page.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await page.getByRole("button", { name: "はじめる" }).click();
  await page.getByRole("heading", { name: /さん、こんにちは$/ }).waitFor();
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  return { context, page };
}

async function measure(page, systolic, diastolic, pulse) {
  await page.goto(`${app.url}/#/measure`);
  await page.getByRole("heading", { name: "血圧・体重" }).waitFor();
  await page.getByLabel("最高血圧（上）mmHg").fill(systolic);
  await page.getByLabel("最低血圧（下）mmHg").fill(diastolic);
  await page.getByLabel("脈拍（1分間の回数）").fill(pulse);
  await page.getByRole("button", { name: "記録する" }).click();
}

test("a high blood-pressure reading: rest advice and whom to call, exercises held back, the therapist's first flag", async () => {
  const { person, code } = await issueCode(app.url);
  const auth = await staffHeaders(app.url);
  const prescribed = await fetch(`${app.url}/api/v1/participants/${person.id}/prescriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ items: [{ exercise: "heel_raise", amount: 10, sets: 2, days_per_week: 5 }] }),
  });
  assert.ok(prescribed.ok);
  const { context, page } = await phone(code);

  // The walk-through's reading: never 「おつかれさまでした」.
  await measure(page, "198", "112", "128");
  await page.getByRole("heading", { name: "きょうは体操をお休みしましょう" }).waitFor();
  assert.equal(await page.getByText("おつかれさまでした").count(), 0);
  await page.getByText("脈が速め").waitFor();
  assert.equal(await page.locator('a[href="tel:0001112222"]').count(), 1, "the provider's phone");
  assert.equal(await page.locator('a[href="tel:119"]').count(), 1, "119 for the listed emergencies");
  await expectNoAxeViolations(page, "rest advice after a reading", { enhanced: true });
  await expectLargeAndTappable(page, "rest advice after a reading");

  // Today's exercises: the advice first, the exercises held back.
  await page.goto(`${app.url}/#/today`);
  await page.getByRole("heading", { name: "今日の体操" }).waitFor();
  await page.getByRole("heading", { name: "きょうは体操をお休みしましょう" }).waitFor();
  assert.equal(await page.locator("article.exercise").count(), 0, "no exercise offered");
  await page.getByRole("link", { name: "もう一度測る" }).waitFor();
  await expectNoAxeViolations(page, "today's exercises held back", { enhanced: true });
  await expectLargeAndTappable(page, "today's exercises held back");

  // The therapist sees the reading first on the person's day-to-day.
  let view = null;
  for (let i = 0; i < 50; i++) {
    view = await fetch(`${app.url}/api/v1/participants/${person.id}/daily`, { headers: auth }).then((r) => r.json());
    if (view.unsafe_readings.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(view.unsafe_readings[0].reasons, ["pulse_high"]);
  const staff = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const desk = await staff.newPage();
  const { signIn } = await import("./helpers.mjs");
  await signIn(desk, app.url);
  await desk.goto(`${app.url}/#/staff/participants/${person.id}/daily`);
  await desk.getByRole("heading", { name: "運動を控える目安を超えた記録" }).waitFor();
  const first = await desk.locator("main section").first().getAttribute("class");
  assert.match(first, /daily-safety/, "safety is the first section");
  await expectNoAxeViolations(desk, "the therapist's day-to-day with a safety flag");
  await staff.close();

  // Rested and measured again inside the limits: the exercises are offered again.
  await measure(page, "136", "82", "76");
  await page.getByRole("heading", { name: "記録しました" }).waitFor();
  await page.goto(`${app.url}/#/today`);
  await page.locator("article.exercise").first().waitFor();
  assert.equal(await page.getByRole("heading", { name: "きょうは体操をお休みしましょう" }).count(), 0);

  // 痛い gets a kind follow-up, can be taken back, and one tap is one record.
  const heel = page.locator("article", { has: page.getByRole("heading", { name: "かかと上げ" }) });
  await heel.getByRole("button", { name: "痛い", exact: true }).click();
  await heel.getByText("次の教室で、先生に「痛かった」と伝えてくださいね。").waitFor();
  assert.equal(await heel.getByRole("button", { name: "痛い", exact: true }).isDisabled(), true, "one tap is one record");
  await heel.getByRole("button", { name: "「痛い」を取り消す" }).click();
  await heel.getByText("取り消しました。").waitFor();
  await context.close();
});

test("わたしの手帳: every page passes the bars, and opens with no signal", async () => {
  const { person, code } = await issueCode(app.url);
  const { context, page } = await phone(code);

  // A late entry: yesterday's walk, dated yesterday.
  await page.goto(`${app.url}/#/activity`);
  await page.getByRole("button", { name: WALK }).click();
  await page.getByRole("radio", { name: "きのう" }).check();
  await page.getByLabel("時間（分）　書かなくてもかまいません").fill("30");
  await expectNoAxeViolations(page, "activity with a day to choose", { enhanced: true });
  await expectLargeAndTappable(page, "activity with a day to choose");
  await page.getByRole("button", { name: "記録する" }).click();
  await page.getByRole("heading", { name: "記録しました" }).waitFor();
  const yesterday = new Date(Date.now() + 9 * 3600 * 1000 - 24 * 3600 * 1000).toISOString().slice(0, 10);
  const auth = await staffHeaders(app.url);
  let diary = [];
  for (let i = 0; i < 50 && !diary.some((e) => e.minutes === 30); i++) {
    diary = (await fetch(`${app.url}/api/v1/participants/${person.id}/daily`, { headers: auth }).then((r) => r.json())).diary;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(diary.find((e) => e.minutes === 30)?.date, yesterday, "dated the day it happened");
  await page.goto(`${app.url}/#/`);
  // The home keeps the notebook for later; the notebook has its own door on the home.
  await page.waitForFunction(() => localStorage.getItem("dekita.notebook") !== null);
  await page.getByRole("link", { name: "わたしの手帳" }).click();
  await page.getByRole("heading", { name: "わたしの手帳" }).waitFor();
  await expectNoAxeViolations(page, "notebook contents", { enhanced: true });
  await expectLargeAndTappable(page, "notebook contents");
  const pages = [
    ["about", "わたしのこと"],
    ["goals", "わたしの目標"],
    ["successes", "できたこと"],
    ["body", "からだの記録"],
    ["body/months", "からだの記録"],
    ["readings", "血圧・体重のうつりかわり"],
    ["self-check", "セルフチェック"],
    ["schedule", "予定"],
  ];
  for (const [path, title] of pages) {
    await page.goto(`${app.url}/#/notebook/${path}`);
    await page.getByRole("heading", { name: title, exact: true }).waitFor();
    await expectNoAxeViolations(page, `notebook ${path}`, { enhanced: true });
    await expectLargeAndTappable(page, `notebook ${path}`);
    await expectWholeWordsAt200(page, `notebook ${path}`);
  }
  await page.goto(`${app.url}/#/notebook/about`);
  await page.getByRole("heading", { name: "緊急連絡先" }).waitFor();
  assert.equal(await page.locator('a[href="tel:0005550101"]').count(), 1, "the emergency contact, tap to call");
  assert.equal(await page.locator('a[href="tel:0003334444"]').count(), 1, "the 包括");

  // The self-check: one criterion met → a calm word and the 包括's number.
  await page.goto(`${app.url}/#/notebook/self-check`);
  await page.getByRole("heading", { name: "セルフチェック" }).waitFor();
  const countsOnNo = new Set([1, 2, 3, 4, 5, 6, 7, 8, 16, 19]);
  for (let i = 1; i <= 25; i++) {
    const yes = countsOnNo.has(i) ? i !== 16 : false; // いいえ on 16: 閉じこもり
    await page.locator(`input[name="q${i}"][value="${yes ? "yes" : "no"}"]`).check();
  }
  await page.getByRole("button", { name: "答えを送る" }).click();
  await page.getByText("セルフチェックの結果、気になる方はお近くの地域包括支援センターにご相談ください。").waitFor();
  await expectNoAxeViolations(page, "self-check result", { enhanced: true });

  // No signal: the notebook opens from what the phone kept.
  await context.setOffline(true);
  await page.goto(`${app.url}/#/notebook/schedule`);
  await page.getByRole("heading", { name: "予定" }).waitFor();
  await page.getByText("いまは電波がありません。前に見た手帳を表示しています。").waitFor();
  await page.getByText("10:00〜11:30").first().waitFor();
  await page.goto(`${app.url}/#/notebook/body`);
  await page.getByRole("table").waitFor();
  assert.equal(await page.locator("figure.chart").count(), 3);
  await expectNoAxeViolations(page, "notebook offline", { enhanced: true });
  // The home says there is no signal, and stops saying so when it is back.
  await page.goto(`${app.url}/#/`);
  await page.getByText("電波がなくても使えます").waitFor();
  await page.getByRole("heading", { name: /^卒業まであと\d+回$/ }).waitFor();
  await context.setOffline(false);
  await page.getByText("電波がなくても使えます").waitFor({ state: "detached", timeout: 15000 });
  await context.close();
});

test("a graduate's phone: the notebook is the first door, with their self-check on file", async () => {
  const auth = await staffHeaders(app.url);
  const people = await fetch(`${app.url}/api/v1/participants`, { headers: auth }).then((r) => r.json());
  // 佐野 and 杉本 finished the twelve sessions in the demo cohort and have a self-check on file.
  const graduate = people.find((p) => p.status === "completed" && /佐野|杉本/.test(p.display_name));
  const issued = await fetch(`${app.url}/api/v1/participants/${graduate.id}/enrollment-codes`, { method: "POST", headers: auth, body: "{}" });
  assert.ok(issued.ok, `code for a graduate: ${issued.status}`);
  const { code } = await issued.json();
  const { context, page } = await phone(code);
  await page.getByRole("heading", { name: "これからも、自分で続けましょう" }).waitFor();
  await expectNoAxeViolations(page, "a graduate's home", { enhanced: true });
  await expectLargeAndTappable(page, "a graduate's home");
  await page.locator("section", { has: page.getByRole("heading", { name: "これからも、自分で続けましょう" }) }).getByRole("link", { name: "わたしの手帳" }).click();
  await page.getByRole("link", { name: "セルフチェック" }).click();
  await page.getByText("セルフチェックの結果、気になる方はお近くの地域包括支援センターにご相談ください。").waitFor();
  await page.getByText("閉じこもり").waitFor();
  await context.close();
});

/** Pages in a PDF Chromium printed: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test("on paper: the whole notebook as an A4 booklet, and a weekly log sheet with the plan", async () => {
  const { person, code } = await issueCode(app.url);
  const auth = await staffHeaders(app.url);
  const prescribed = await fetch(`${app.url}/api/v1/participants/${person.id}/prescriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ items: [{ exercise: "heel_raise", amount: 10, sets: 2, days_per_week: 5 }, { exercise: "sit_to_stand", amount: 5, sets: 1, days_per_week: 3 }] }),
  });
  assert.ok(prescribed.ok);
  const { context, page } = await phone(code);
  await page.waitForFunction(() => localStorage.getItem("dekita.notebook") !== null && (JSON.parse(localStorage.getItem("dekita.plan") ?? "null")?.items?.length ?? 0) === 2);

  // The booklet: the notebook's index has its door; a part to an A4 page.
  await page.goto(`${app.url}/#/notebook`);
  await page.getByRole("link", { name: "手帳を印刷する（A4の冊子）" }).click();
  await page.getByRole("heading", { name: "手帳を印刷する（A4の冊子）" }).waitFor();
  await page.getByRole("button", { name: "印刷する" }).waitFor();
  await expectNoAxeViolations(page, "the booklet before printing", { enhanced: true });
  // At 200% text on a phone: nothing scrolls sideways, the page nor the booklet in it.
  await expectLargeAndTappable(page, "the booklet before printing");
  await expectWholeWordsAt200(page, "the booklet before printing");
  const sideways = await page.evaluate(() => {
    document.documentElement.style.fontSize = "250%";
    const wide = [...document.querySelectorAll(".booklet, .booklet *")].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible" && getComputedStyle(e).clip === "auto").map((e) => e.className || e.tagName);
    document.documentElement.style.fontSize = "";
    return wide;
  });
  assert.deepEqual(sideways, [], "nothing in the booklet scrolls sideways at 200% text");
  const book = await page.locator(".booklet").innerText();
  for (const words of ["介護予防手帳", "さんの手帳", "緊急連絡先", "000-555-0101", "わたしの目標", "できたこと", "月ごとの記録（この12か月）", "血圧・体重のうつりかわり", "バスや電車で、ひとりで出かけていますか", "予定"]) {
    assert.ok(book.includes(words), `the booklet has ${words}`);
  }
  const booklet = await page.pdf({ format: "A4", printBackground: true });
  const bookletPages = pdfPages(booklet);
  assert.ok(bookletPages >= 8 && bookletPages <= 20, `cover and a page for each part: ${bookletPages} pages`);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "印刷する" }).isVisible(), false, "the button is not printed");
  assert.equal(await page.locator(".booklet-page").count(), 8);
  await expectNoAxeViolations(page, "the booklet as printed", { enhanced: true });
  await page.emulateMedia({ media: null }); // the PDF is printed with print CSS again

  // The log sheet: the plan's exercises with their pictures, a box a day, lines to write on.
  await page.goto(`${app.url}/#/notebook/sheet`);
  await page.getByRole("heading", { name: "1週間の記録用紙を印刷する" }).waitFor();
  await expectNoAxeViolations(page, "the log sheet before printing", { enhanced: true });
  const sheet = page.locator(".log-sheet");
  const text = await sheet.innerText();
  for (const words of ["1週間の記録用紙", "かかと上げ", "10回 × 2セット", "外出（どこへ・何分）", "血圧（上/下）・脈", "体調（よい・ふつう・わるい）"]) {
    assert.ok(text.includes(words), `the sheet has ${words}`);
  }
  assert.equal(await sheet.locator("thead th").count(), 8, "the exercise column and seven days");
  assert.equal(await sheet.locator("td.tick .box").count(), 14, "a box a day for each of the two exercises");
  await page.waitForFunction(() => [...document.querySelectorAll(".sheet-picture")].every((i) => i.complete && i.naturalWidth > 0));
  assert.equal(await sheet.locator("img.sheet-picture").count(), 2, "each exercise's picture");
  const logSheet = await page.pdf({ format: "A4", printBackground: true });
  const sheetPages = pdfPages(logSheet);
  assert.equal(sheetPages, 1, `the week on one A4 sheet: ${sheetPages} pages`);
  // On that one page: every exercise's picture, the tick boxes, and the lines to write on.
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => {
    const sheet = document.querySelector(".log-sheet").getBoundingClientRect();
    const inside = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getBoundingClientRect().height > 0).length;
    return { height: sheet.height, width: sheet.width, pictures: inside(".log-sheet img.sheet-picture"), boxes: inside(".log-sheet td.tick .box"), lines: inside(".log-sheet td.write") };
  });
  await page.emulateMedia({ media: null }); // the PDF is printed with print CSS again
  assert.deepEqual([printed.pictures, printed.boxes, printed.lines], [2, 14, 21], "pictures, a box a day, and the outings, blood-pressure and feeling lines are printed");

  await context.close();
});


test("first use: a short 使い方, an exercise's picture large, the browser's own install words, whole words at 200%", async () => {
  const { person, code } = await issueCode(app.url);
  const auth = await staffHeaders(app.url);
  const prescribed = await fetch(`${app.url}/api/v1/participants/${person.id}/prescriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ items: [{ exercise: "heel_raise", amount: 10, sets: 2, days_per_week: 5 }] }),
  });
  assert.ok(prescribed.ok);
  const { context, page } = await phone(code);

  // 使い方: on the home, a page at a time, and never again once done.
  await page.getByRole("heading", { name: "使い方（1／4）" }).waitFor();
  await expectNoAxeViolations(page, "home with 使い方", { enhanced: true });
  await expectLargeAndTappable(page, "home with 使い方");
  await expectWholeWordsAt200(page, "home with 使い方");
  for (const n of [2, 3, 4]) {
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByRole("heading", { name: `使い方（${n}／4）` }).waitFor();
  }
  assert.equal(await page.getByRole("button", { name: "使い方をとばす" }).count(), 0, "the last page only ends it");
  await page.getByRole("button", { name: "使い方を終える" }).click();
  assert.equal(await page.getByRole("heading", { name: /^使い方/ }).count(), 0);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { name: /さん、こんにちは$/ }).waitFor();
  assert.equal(await page.getByRole("heading", { name: /^使い方/ }).count(), 0, "never shown again, with no signal either");
  await context.setOffline(false);

  // The install hint says what this browser shows: its menu, or its own prompt when it offers one.
  const install = page.locator("section.install");
  await install.getByText("「アプリをインストール」").waitFor();
  assert.equal(await install.getByRole("button").count(), 0, "no button that would do nothing");
  await page.evaluate(() => {
    const e = new Event("beforeinstallprompt", { cancelable: true });
    e.prompt = async () => {
      window.__prompted = true;
    };
    window.dispatchEvent(e);
  });
  await install.getByRole("button", { name: "ホーム画面に追加" }).click();
  assert.equal(await page.evaluate(() => window.__prompted), true, "the browser's own prompt");
  await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
  await page.locator("section.install").waitFor({ state: "detached" });

  // The exercise's picture opens large, with a clear 閉じる.
  await page.goto(`${app.url}/#/today`);
  await page.getByRole("button", { name: "「かかと上げ」の絵を大きく見る" }).click();
  const dialog = page.getByRole("dialog", { name: "かかと上げ" });
  await dialog.waitFor();
  const width = await dialog.locator("img").evaluate((img) => img.getBoundingClientRect().width);
  assert.ok(width >= 390 * 0.9, `the picture is the screen's width: ${width}px`);
  await expectNoAxeViolations(page, "a picture large", { enhanced: true });
  await expectLargeAndTappable(page, "a picture large");
  await dialog.getByRole("button", { name: "閉じる" }).click();
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "「かかと上げ」の絵を大きく見る", "back where it was");
  await expectLargeAndTappable(page, "today's exercises");
  await expectWholeWordsAt200(page, "today's exercises");
  await page.goto(`${app.url}/#/measure`);
  await page.getByRole("heading", { name: "血圧・体重" }).waitFor();
  await expectWholeWordsAt200(page, "blood pressure and weight");
  await context.close();
});

test("代行入力: staff enter a returned week from paper; the records are marked as paper, and a bad cell loses nothing", async () => {
  const { person } = await issueCode(app.url);
  const auth = await staffHeaders(app.url);
  const prescribed = await fetch(`${app.url}/api/v1/participants/${person.id}/prescriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ items: [{ exercise: "heel_raise", amount: 10, sets: 2, days_per_week: 5 }, { exercise: "sit_to_stand", amount: 5, sets: 1, days_per_week: 3 }] }),
  });
  assert.ok(prescribed.ok);
  const { signIn } = await import("./helpers.mjs");
  const staff = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const desk = await staff.newPage();
  await signIn(desk, app.url);
  await desk.goto(`${app.url}/#/staff/participants/${person.id}/paper`);
  await desk.getByRole("heading", { name: /^紙の記録用紙の入力（代行入力）/ }).waitFor();
  await expectNoAxeViolations(desk, "代行入力");

  // Last week's sheet, as returned: ticks, an outing, two readings — one of them miswritten.
  const days = await desk.locator('input[name^="out-"]').evaluateAll((els) => els.map((e) => e.name.slice(4)));
  assert.equal(days.length, 7, "the week's seven days");
  await desk.locator(`input[name="ex-heel_raise-${days[0]}"]`).check();
  await desk.locator(`input[name="ex-heel_raise-${days[2]}"]`).check();
  await desk.locator(`input[name="ex-sit_to_stand-${days[1]}"]`).check();
  await desk.locator(`input[name="out-${days[1]}"]`).fill("30");
  await desk.locator(`input[name="sys-${days[2]}"]`).fill("132");
  await desk.locator(`input[name="dia-${days[2]}"]`).fill("80");
  await desk.locator(`input[name="pul-${days[2]}"]`).fill("72");
  await desk.locator(`input[name="sys-${days[3]}"]`).fill("80");
  await desk.locator(`input[name="dia-${days[3]}"]`).fill("120"); // 下 above 上: a bad cell
  await desk.getByRole("button", { name: "入力する" }).click();
  await desk.getByRole("status").filter({ hasText: "5件を記録しました。1件は記録できませんでした。" }).waitFor();
  await desk.getByRole("alert").filter({ hasText: /./ }).waitFor();
  // Nothing lost: every cell still holds what was written, the bad one to be mended.
  assert.equal(await desk.locator(`input[name="ex-heel_raise-${days[2]}"]`).isChecked(), true);
  assert.equal(await desk.locator(`input[name="out-${days[1]}"]`).inputValue(), "30");
  assert.equal(await desk.locator(`input[name="dia-${days[3]}"]`).inputValue(), "120");
  await expectNoAxeViolations(desk, "代行入力 with a cell to mend");
  await desk.locator(`input[name="dia-${days[3]}"]`).fill("60");
  await desk.getByRole("button", { name: "入力する" }).click();
  await desk.getByRole("status").filter({ hasText: "1件を記録しました。5件はすでに入力済みでした。" }).waitFor();
  await staff.close();

  // The records are the person's, marked as entered by staff from paper.
  const view = await fetch(`${app.url}/api/v1/participants/${person.id}/daily?weeks=3`, { headers: auth }).then((r) => r.json());
  const readings = view.measurements.map((m) => `${m.date} ${m.systolic}/${m.diastolic}`);
  for (const r of [`${days[2]} 132/80`, `${days[3]} 80/60`]) assert.ok(readings.includes(r), `${r} in ${readings}`);
  assert.ok(!readings.includes(`${days[3]} 80/120`), "the miswritten cell was never stored");
  assert.ok(view.diary.some((e) => e.date === days[1] && e.minutes === 30), "the outing");
  const admin = await staffHeaders(app.url, "admin@hidamari.example");
  const disclosure = await fetch(`${app.url}/api/v1/participants/${person.id}/disclosure`, { headers: admin }).then((r) => r.json());
  const fromPaper = disclosure.sections.find((s) => s.table === "events").rows.filter((e) => e.source === "paper");
  assert.deepEqual(
    fromPaper.map((e) => `${e.local_date} ${e.kind}`).sort(),
    [`${days[0]} exercise_done`, `${days[1]} activity`, `${days[1]} exercise_done`, `${days[2]} exercise_done`, `${days[2]} measurement`, `${days[3]} measurement`].sort(),
    "three ticks, an outing and two readings, each marked as entered from paper",
  );
  assert.ok(fromPaper.every((e) => e.entered_by), "each says who entered it");
});
