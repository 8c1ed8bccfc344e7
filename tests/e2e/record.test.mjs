// The participant's record as staff need it, on a 768 px tablet: the list found by name or
// reading and filtered, contacts and health kept and edited in place, the 基本チェックリスト as its
// last result, a deep link opened in a new tab that keeps the sign-in — and no button on the
// staff screens squeezed to one character a line.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const app = useDemo();
const TABLET = { viewport: { width: 768, height: 1024 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" };

/** Buttons and button-like links too narrow for two characters a line (text broken into a
 * column), and sideways scrolling. */
async function expectTabletFit(page, name) {
  const problems = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll("button, a.button-link, .actions a")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const text = (el.textContent || "").trim();
      if (text.length < 2) continue;
      const style = getComputedStyle(el);
      const font = parseFloat(style.fontSize);
      const inner = r.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner < font * 2) out.push(`"${text}" ${Math.round(r.width)}px wide`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push(`scrolls sideways (${document.documentElement.scrollWidth}px)`);
    return out;
  });
  assert.deepEqual(problems, [], `${name} at 768 px`);
}

test("the list is searched by reading and filtered; the record keeps contacts and health", async () => {
  const context = await app.browser.newContext(TABLET);
  const page = await context.newPage();
  await signIn(page, app.url);
  const rows = page.locator("tbody tr");
  await rows.first().waitFor();
  const all = await rows.count();
  await expectTabletFit(page, "participant list");

  // Katakana finds the hiragana reading; the address keeps the search.
  await page.getByLabel("名前・ふりがなで探す").fill("アオキ");
  await page.getByTestId("filter-count").filter({ hasText: `${all}人中 1人を表示` }).waitFor();
  assert.equal(await rows.locator(":visible").filter({ hasText: "青木" }).count() > 0, true);
  assert.match(page.url(), /#\/staff\?q=/);
  await page.getByLabel("名前・ふりがなで探す").fill("");
  await page.getByLabel("状況", { exact: true }).selectOption({ label: "修了" });
  const completed = await page.locator("tbody tr:visible").count();
  assert.ok(completed > 0 && completed < all, `修了 only: ${completed} of ${all}`);
  for (const cell of await page.locator("tbody tr:visible td:nth-child(5)").allTextContents()) assert.equal(cell, "修了");
  // 要確認: those the cohort overview flags (a missed session, a reading, no schedule yet …).
  await page.getByLabel("状況", { exact: true }).selectOption({ label: "すべて" });
  await page.getByLabel("要確認", { exact: true }).selectOption({ label: "要確認の人だけ" });
  await page.getByTestId("filter-count").filter({ hasText: /人を表示/ }).waitFor();
  const flagged = (await page.locator("tbody tr:visible td:first-child").allTextContents()).join(" ");
  for (const who of ["岡本", "木下", "青木"]) assert.ok(flagged.includes(who), `${who} needs attention: ${flagged}`);
  assert.ok(!flagged.includes("佐野"), "graduates are not flagged");
  assert.match(page.url(), /attention=1/);
  await expectNoAxeViolations(page, "attention filter");
  await page.getByLabel("要確認", { exact: true }).selectOption({ label: "すべて" });
  await page.getByTestId("filter-count").filter({ hasText: `${all}人中 ${all}人を表示` }).waitFor();
  await page.getByLabel("名前・ふりがなで探す").fill("存在しない名前");
  await page.getByText("条件に合う人はいません。").waitFor();
  await expectNoAxeViolations(page, "filtered list");

  // A record with the demo's contacts and health.
  await page.getByLabel("名前・ふりがなで探す").fill("いしだ");
  await page.getByLabel("状況", { exact: true }).selectOption({ label: "すべて" });
  await page.locator("tbody tr:visible a").first().click();
  const personal = page.getByTestId("personal");
  await personal.getByText("痛み止め（頓服）").waitFor();
  await personal.getByText(/ひだまり内科クリニック/).waitFor();
  await personal.getByRole("link", { name: /石田 和子（長女）.*000-555-0101/ }).waitFor();
  await personal.getByRole("link", { name: /石田 一郎/ }).waitFor();
  assert.equal(await page.locator('input[name="q1"]').count(), 0, "the checklist's form stays closed");
  await page.getByRole("button", { name: "新しく記録する" }).waitFor();
  await expectNoAxeViolations(page, "participant record");
  await expectTabletFit(page, "participant record");

  // Edit in place: a second emergency contact and a change of transport.
  await page.getByRole("button", { name: "連絡先と健康のことを直す" }).click();
  await page.getByRole("button", { name: "緊急連絡先を追加" }).click();
  const added = page.locator('.contact-row[data-kind="emergency"]').last();
  await added.getByLabel("名前").fill("石田 次郎");
  await added.getByLabel("続柄・科").fill("長男");
  await added.getByLabel("電話番号").fill("000-555-9999");
  await page.getByLabel("通所の手段").fill("家族の車で送り");
  await expectNoAxeViolations(page, "record editor");
  await expectTabletFit(page, "record editor");
  await page.getByRole("button", { name: "保存する", exact: true }).click();
  await personal.getByText("家族の車で送り").waitFor();
  await personal.getByRole("link", { name: /石田 次郎（長男）.*000-555-9999/ }).waitFor();
  await personal.getByText(/最終更新：.*山田 理沙さん/).waitFor();

  // A wrong number is refused in words; what was typed stays.
  await page.getByRole("button", { name: "連絡先と健康のことを直す" }).click();
  await page.locator('.contact-row[data-kind="emergency"]').last().getByLabel("電話番号").fill("でんわ");
  await page.getByRole("button", { name: "保存する", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: "電話番号は、数字とハイフンで" }).waitFor();
  assert.equal(await page.locator('.contact-row[data-kind="emergency"]').last().getByLabel("電話番号").inputValue(), "でんわ");
  await context.close();
});

test("a deep link opened in a new tab keeps the sign-in, and both tabs keep working", async () => {
  const context = await app.browser.newContext(TABLET);
  const page = await context.newPage();
  await signIn(page, app.url);
  await page.locator("tbody tr a").first().click();
  await page.getByTestId("personal").waitFor();
  const deepLink = page.url();

  // A new tab with no session of its own (as a middle-click opens it).
  const tab = await context.newPage();
  await tab.goto(deepLink);
  await tab.getByTestId("personal").waitFor();
  assert.equal(await tab.getByLabel("パスワード").count(), 0, "no sign-in asked");

  // A tab opened by the page itself (its sessionStorage is a copy of the opener's).
  const [opened] = await Promise.all([context.waitForEvent("page"), page.evaluate((u) => window.open(u, "_blank"), `${app.url}/#/staff/admin/../../staff`)]);
  await opened.getByRole("heading", { name: "担当の利用者" }).waitFor();

  // Each tab refreshes its own chain: forcing a refresh in all three keeps everyone signed in.
  for (const p of [page, tab, opened]) {
    const status = await p.evaluate(async () => {
      const key = "dekita.staff";
      const s = JSON.parse(sessionStorage.getItem(key));
      const res = await fetch("/api/v1/auth/refresh", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ refresh_token: s.refresh_token }) });
      const body = await res.json();
      sessionStorage.setItem(key, JSON.stringify({ ...s, refresh_token: body.refresh_token }));
      return res.status;
    });
    assert.equal(status, 200);
  }
  await page.reload();
  await page.getByTestId("personal").waitFor();

  // Signing out in one tab ends the sign-in in every tab.
  await tab.getByRole("button", { name: "サインアウト" }).click();
  await tab.getByLabel("パスワード").waitFor();
  const refused = await page.evaluate(async () => {
    const s = JSON.parse(sessionStorage.getItem("dekita.staff"));
    const res = await fetch("/api/v1/auth/refresh", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ refresh_token: s.refresh_token }) });
    return res.status;
  });
  assert.equal(refused, 401);
  await context.close();
});

test("staff screens fit a 768 px tablet", async () => {
  const context = await app.browser.newContext(TABLET);
  const page = await context.newPage();
  await signIn(page, app.url, "admin@hidamari.example");
  for (const [hash, heading] of [
    ["#/staff/admin", "市町村の管理"],
    ["#/staff/admin/providers", "事業所"],
    ["#/staff/admin/cohorts", "実施期間"],
    ["#/staff/admin/staff", "職員"],
    ["#/staff/admin/settings", "市町村の設定"],
    ["#/staff/admin/audit", "操作の記録"],
  ]) {
    await page.goto(`${app.url}/${hash}`);
    await page.getByRole("heading", { level: 1, name: new RegExp(heading) }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectTabletFit(page, hash);
  }
  await context.close();
  const nurse = await app.browser.newContext(TABLET);
  const np = await nurse.newPage();
  await signIn(np, app.url, "nurse@hidamari.example");
  await np.getByRole("link", { name: /今日の教室/ }).first().click();
  await np.waitForLoadState("networkidle");
  await np.locator("h1").waitFor();
  await expectTabletFit(np, "session day");
  await np.goto(`${app.url}/#/staff`);
  await np.getByRole("link", { name: /クールの全体/ }).first().click();
  await np.waitForLoadState("networkidle");
  await expectTabletFit(np, "cohort overview");
  await nurse.close();
});

test("振替 in one tap on the session day, and the safety limits on the settings page", async () => {
  const context = await app.browser.newContext(TABLET);
  const page = await context.newPage();
  await signIn(page, app.url);
  await page.getByRole("link", { name: /^今日の教室：/ }).first().click();
  const people = page.getByTestId("due-person");
  await people.first().waitFor();
  const before = await people.count();
  const person = people.last();
  const name = (await person.getByRole("heading").getByRole("link").textContent()).trim();
  await person.getByRole("button", { name: `${name} さん：振替` }).click();
  const day = person.getByLabel(`${name}さんの振替の日`);
  assert.ok(await day.inputValue(), "a day is proposed");
  await expectNoAxeViolations(page, "session day with 振替 open");
  await expectTabletFit(page, "session day with 振替 open");
  await person.getByRole("button", { name: "この日に振替える" }).click();
  await person.getByRole("status").filter({ hasText: `${name}さんのこの回を` }).waitFor();
  await page.reload();
  await page.getByTestId("due-person").first().waitFor();
  assert.equal(await page.getByTestId("due-person").count(), before - 1, "no longer due today");
  await context.close();

  const admin = await app.browser.newContext(TABLET);
  const ap = await admin.newPage();
  await signIn(ap, app.url, "admin@hidamari.example");
  await ap.goto(`${app.url}/#/staff/admin/settings`);
  await ap.getByRole("heading", { name: "運動前チェックの目安（血圧・脈拍）" }).waitFor();
  assert.equal(await ap.getByLabel("上の血圧の上限（mmHg）").inputValue(), "200");
  await ap.getByLabel("上の血圧の上限（mmHg）").fill("180");
  await ap.getByRole("button", { name: "目安を保存する" }).click();
  await ap.getByText("目安を保存しました。").waitFor();
  await expectNoAxeViolations(ap, "settings with safety limits");
  await ap.reload();
  await ap.getByRole("heading", { name: "運動前チェックの目安（血圧・脈拍）" }).waitFor();
  assert.equal(await ap.getByLabel("上の血圧の上限（mmHg）").inputValue(), "180");
  await admin.close();
});

test("a printed record names the municipality, the provider, the date and who printed it", async () => {
  const context = await app.browser.newContext(TABLET);
  const page = await context.newPage();
  await signIn(page, app.url);
  await page.locator("tbody tr a").first().click();
  await page.getByTestId("personal").waitFor();
  const head = page.locator(".print-head");
  assert.equal(await head.isVisible(), false, "not on screen");
  await page.emulateMedia({ media: "print" });
  await head.waitFor();
  const text = await head.textContent();
  assert.match(text, /ひだまり市/);
  assert.match(text, /ひだまり市立病院 リハビリテーション科/);
  assert.match(text, /印刷：\d{4}年\d{1,2}月\d{1,2}日/);
  assert.match(text, /山田 理沙/);
  assert.equal(await page.getByRole("button", { name: "連絡先と健康のことを直す" }).isVisible(), false, "no buttons on paper");
  await context.close();
});
