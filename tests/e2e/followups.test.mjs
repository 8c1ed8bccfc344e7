// Follow-up in Chromium: the coordinator's home links to their follow-up tasks; the list shows
// the demo graduate whose 3-month follow-up is due; the form records it at tablet width and the
// server's derived status comes back. Axe on the list and the form.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const app = useDemo();
const COORDINATOR = "coordinator@hidamari.example";

test("the coordinator's follow-up list and the form", async () => {
  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const page = await context.newPage();
  await signIn(page, app.url, COORDINATOR);
  await page.getByRole("heading", { name: "卒業後のフォローアップ" }).waitFor();
  await page.getByRole("link", { name: "フォローアップの一覧を開く" }).click();
  await page.getByRole("heading", { level: 1, name: "卒業後のフォローアップ" }).waitFor();
  const row = page.getByTestId("follow-up-row").filter({ hasText: "前田" }).filter({ hasText: "今の時期" });
  await row.waitFor();
  await expectNoAxeViolations(page, "follow-up list");
  await row.getByRole("link", { name: /前田/ }).click();
  await page.getByRole("heading", { level: 1, name: /前田.*3か月後のフォローアップ/ }).waitFor();
  await expectNoAxeViolations(page, "follow-up form");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `no sideways scrolling at 768 px: ${width}`);
  await page.getByLabel("話してくれた人").fill("ご本人");
  await page.getByLabel("認定区分", { exact: true }).selectOption("support_1");
  await page.getByLabel("通いの場・サロン").check();
  await page.getByLabel("自宅で暮らしている（連絡がとれた）").check();
  await page.getByRole("button", { name: "記録する" }).click();
  await page.getByText("記録しました。いまの状況：地域につながった").waitFor();
  await context.close();
});
