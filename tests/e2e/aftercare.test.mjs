// After the program in Chromium: a graduate answers the short questions of her due follow-up on
// her phone (one question a screen, large, 7:1, also at 200 % text) and the 包括 sees the answer
// beside the task; the coordinator's inbox shows the demo graduate who stopped attending her
// salon, and the coordinator records a new check. Axe on every new screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, signIn, staffApi, useDemo } from "./helpers.mjs";

const app = useDemo();
const CARE_MANAGER = "care-manager@hidamari.example";
const COORDINATOR = "coordinator@hidamari.example";

test("the phone answers the 6-month questions and the 包括 sees them", async () => {
  const api = await staffApi(app.url);
  const people = (await api("GET", "/api/v1/participants")).body;
  const matsumoto = people.find((p) => p.family_name === "松本");
  assert.ok(matsumoto, "the demo has 松本, six months out");
  const code = (await api("POST", `/api/v1/participants/${matsumoto.id}/enrollment-codes`, {})).body.code;
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "ja-JP" });
  const phone = await context.newPage();
  await phone.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await phone.getByRole("button", { name: "はじめる" }).click();
  await phone.getByRole("heading", { name: "卒業", exact: true }).waitFor();
  await phone.getByText("3か月後：").getByText("（おわりました）").waitFor();
  await phone.getByRole("link", { name: "6か月後のふりかえりに答える" }).click();
  await phone.getByRole("heading", { name: "どのくらい出かけていますか" }).waitFor();
  await expectNoAxeViolations(phone, "follow-up question 1", { enhanced: true });
  await expectLargeAndTappable(phone, "follow-up question 1");
  await phone.getByRole("button", { name: "週に2〜3回" }).click();
  await phone.getByRole("heading", { name: /どこへ出かけますか/ }).waitFor();
  await expectNoAxeViolations(phone, "follow-up question 2", { enhanced: true });
  await expectLargeAndTappable(phone, "follow-up question 2");
  await phone.getByRole("button", { name: "通いの場・サロン" }).click();
  await phone.getByRole("button", { name: "買い物" }).click();
  assert.equal(await phone.getByRole("button", { name: "買い物" }).getAttribute("aria-pressed"), "true");
  // At 200 % text the one action is still there and nothing scrolls sideways.
  await phone.evaluate(() => (document.documentElement.style.fontSize = "250%"));
  await phone.getByRole("link", { name: "次へ" }).scrollIntoViewIfNeeded();
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1));
  await phone.getByRole("link", { name: "次へ" }).click();
  await phone.evaluate(() => (document.documentElement.style.fontSize = ""));
  await phone.getByRole("heading", { name: /体操は、つづけていますか/ }).waitFor();
  await expectNoAxeViolations(phone, "follow-up question 3", { enhanced: true });
  await expectLargeAndTappable(phone, "follow-up question 3");
  await phone.getByRole("button", { name: "ときどき" }).click();
  await phone.getByText("お答えいただき、ありがとうございました。").waitFor();
  await expectNoAxeViolations(phone, "follow-up thanks", { enhanced: true });
  await phone.getByRole("link", { name: "ホームにもどる" }).click();
  await phone.getByText("6か月後：").getByText("（お答えいただきました）").waitFor();
  await context.close();

  // The 包括 who follows 松本 up sees the answer as the self-report part of the task.
  const staff = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const page = await staff.newPage();
  await signIn(page, app.url, CARE_MANAGER);
  await page.goto(`${app.url}/#/staff/follow-ups`);
  const row = page.getByTestId("follow-up-row").filter({ hasText: "松本" }).filter({ hasText: "6か月後" });
  await row.getByText("ご本人のこたえ（アプリ）").waitFor();
  await row.getByRole("link", { name: /松本/ }).click();
  const part = page.getByTestId("self-report");
  await part.getByText("週に2〜3回").waitFor();
  await part.getByText("通いの場・サロン・買い物").waitFor();
  await part.getByText("ときどき").waitFor();
  assert.equal(await page.getByLabel("確かめ方").inputValue(), "self_report");
  await expectNoAxeViolations(page, "follow-up form with the self-report");
  await staff.close();
});

test("the coordinator sees who stopped attending and records a new check", async () => {
  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const page = await context.newPage();
  await signIn(page, app.url, COORDINATOR);
  await page.goto(`${app.url}/#/staff/handoffs`);
  const row = page.getByTestId("inbox-row").filter({ hasText: "前田" });
  await row.getByText("来なくなった", { exact: true }).waitFor();
  await row.getByText(/「ふれあいサロン ひだまり」に来なくなったと/).waitFor();
  await expectNoAxeViolations(page, "inbox with the attention item");
  await row.getByRole("link", { name: /前田/ }).click();
  await page.getByRole("heading", { name: "通い続けているか" }).waitFor();
  await expectNoAxeViolations(page, "attendance checks");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `no sideways scrolling at 768 px: ${width}`);
  await page.getByLabel("通っている").check();
  await page.getByLabel("メモ").fill("曜日を変えて、また通い始めました");
  const today = new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("最後に来た日（わかれば）").fill(today);
  await page.getByRole("button", { name: "記録する" }).click();
  await page.getByText("曜日を変えて、また通い始めました").waitFor();
  assert.equal(await page.locator(".attention-note").count(), 0, "no longer an attention item");
  await page.goto(`${app.url}/#/staff/handoffs`);
  await page.getByTestId("inbox-row").filter({ hasText: "前田" }).waitFor();
  assert.equal(await page.getByTestId("inbox-row").filter({ hasText: "前田" }).getByText("来なくなった", { exact: true }).count(), 0);
  await context.close();
});

test("the municipality's home counts the follow-ups overdue by more than 30 days", async () => {
  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const page = await context.newPage();
  await signIn(page, app.url, "admin@hidamari.example");
  const counts = page.getByTestId("follow-up-counts");
  await counts.getByText("期限すぎ：2件（うち30日以上：1件）").waitFor();
  await expectNoAxeViolations(page, "home with the follow-up counts");
  await page.getByRole("link", { name: "フォローアップの一覧を開く" }).click();
  const first = page.getByTestId("follow-up-row").first();
  await first.getByText("期限すぎ（30日以上）").waitFor();
  await first.getByText(/森/).waitFor();
  await context.close();
});
