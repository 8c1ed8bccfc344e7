// A therapist signs in, sees "my participants", screens one with the 基本チェックリスト and
// issues the code for their phone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { THERAPIST, expectNoAxeViolations, signIn, submitSignIn, useDemo } from "./helpers.mjs";

const app = useDemo();

test("a wrong password is refused with a message and nothing else breaks", async () => {
  const page = await app.browser.newPage();
  await submitSignIn(page, app.url, THERAPIST, "not-the-password");
  await page.getByRole("alert").filter({ hasText: "メールアドレスかパスワードが違います" }).waitFor();
  assert.equal(await page.getByLabel("メールアドレス").inputValue(), THERAPIST, "what was typed stays");
  await expectNoAxeViolations(page, "login with an error");
  await page.close();
});

test("a therapist signs in, screens a participant and issues a phone code", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.url}/#/staff/login`);
  await expectNoAxeViolations(page, "login");
  await signIn(page, app.url);
  const rows = page.locator("tbody tr");
  await rows.first().waitFor();
  assert.equal(await rows.count(), 15, "the demo cohort and three graduates of an earlier one");
  await expectNoAxeViolations(page, "participant list");

  const row = rows.filter({ hasText: "参加中" }).first();
  const name = (await row.locator("a").textContent()).trim();
  await row.locator("a").click();
  await page.getByRole("heading", { name: new RegExp(name) }).waitFor();
  await page.getByRole("heading", { name: "基本チェックリストと対象の判定" }).waitFor();
  await expectNoAxeViolations(page, "participant record");

  // The last result is shown; the form opens only to record a new one.
  assert.equal(await page.locator('input[name="q1"]').count(), 0, "no form open on the record");
  await page.getByRole("button", { name: "新しく記録する" }).click();
  // Answers under which items 6, 7 and 8 count (運動器), the rest do not; item 12 from BMI.
  const countsWhenNo = (n) => (n >= 1 && n <= 8) || n === 16 || n === 19;
  for (let n = 1; n <= 25; n++) {
    if (n === 12) continue;
    const counted = [6, 7, 8].includes(n);
    const yes = counted !== countsWhenNo(n);
    await page.locator(`input[name="q${n}"][value="${yes ? "yes" : "no"}"]`).check();
  }
  await page.getByLabel("身長（cm、小数第1位まで）").fill("152");
  // Two decimals would be judged on a rounded value: refused, and nothing entered is lost.
  await page.getByLabel("体重（kg、小数第1位まで）").fill("47.35");
  await page.getByRole("button", { name: "判定して記録する" }).click();
  await page.getByText("体重は小数第1位まで（0.1 kg 単位）で入れてください（47.35 kg）。").waitFor();
  assert.equal(await page.getByLabel("身長（cm、小数第1位まで）").inputValue(), "152");
  await page.getByLabel("体重（kg、小数第1位まで）").fill("48");
  await page.getByRole("button", { name: "判定して記録する" }).click();
  await page.getByRole("heading", { name: /判定の結果：対象（基本チェックリストによる）/ }).waitFor();
  await page.getByText("基本チェックリストの基準②（運動器（No.6〜10のうち3項目以上））に該当します。").waitFor();
  await expectNoAxeViolations(page, "screening result");

  await page.getByRole("button", { name: "スマートフォン登録用の番号を発行" }).click();
  const code = await page.getByTestId("enrollment-code").textContent();
  assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.getByRole("img", { name: "登録用の QR コード" }).waitFor();
  await expectNoAxeViolations(page, "enrollment code");
  await page.close();
});
