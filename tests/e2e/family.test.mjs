// The family phone (家族) on phone-sized Chromium: the person agrees on their own phone and
// gets a code; the family member's phone redeems it, sees the notebook and records on the
// person's behalf (marked 「ご家族が記録」, seen by the therapist); the person unbinds it and
// the family phone stops at once. Every new screen passes axe (7:1) and the 20 px / 48 px
// bars, also at 200% text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, issueCode, staffHeaders, useDemo } from "./helpers.mjs";

const app = useDemo();

async function newPhone() {
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  return { context, page: await context.newPage() };
}

async function enroll(page, code) {
  await page.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await page.getByRole("button", { name: "はじめる" }).click();
}

test("the person binds a family phone, which reads the notebook and records on their behalf, until unbound", async () => {
  const { person, code } = await issueCode(app.url);
  const auth = await staffHeaders(app.url);
  const prescribed = await fetch(`${app.url}/api/v1/participants/${person.id}/prescriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ items: [{ exercise: "heel_raise", amount: 10, sets: 2, days_per_week: 5 }] }),
  });
  assert.ok(prescribed.ok);

  // The person's own phone: the family phones, then the words and one button.
  const own = await newPhone();
  await enroll(own.page, code);
  await own.page.getByRole("heading", { name: /さん、こんにちは$/ }).waitFor();
  await own.page.getByRole("link", { name: "ご家族の電話" }).click();
  await own.page.getByRole("heading", { name: "ご家族の電話" }).waitFor();
  await own.page.getByText("いまつながっているご家族の電話はありません。").waitFor();
  await expectNoAxeViolations(own.page, "family phones", { enhanced: true });
  await expectLargeAndTappable(own.page, "family phones");
  await own.page.getByRole("link", { name: "ご家族の電話をつなぐ" }).click();
  await own.page.getByRole("heading", { name: "ご家族の電話をつなぎますか" }).waitFor();
  await own.page.getByText("「ご家族が記録」と残ります").waitFor();
  await expectNoAxeViolations(own.page, "agreeing to a family phone", { enhanced: true });
  await expectLargeAndTappable(own.page, "agreeing to a family phone");
  await own.page.getByRole("button", { name: "同意して、番号を出す" }).click();
  await own.page.getByRole("heading", { name: "ご家族の電話で、この番号を入れてください" }).waitFor();
  const familyCode = (await own.page.locator(".family-code").textContent()).trim();
  assert.match(familyCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(own.page, "the family code", { enhanced: true });
  await expectLargeAndTappable(own.page, "the family code");

  // The family member's phone: whose notebook, 記録する, the notebook to read.
  const family = await newPhone();
  await enroll(family.page, familyCode);
  await family.page.getByRole("heading", { name: new RegExp(`^${person.family_name}.*さんの手帳$`) }).waitFor();
  await family.page.getByText("ご家族の電話です。").waitFor();
  await expectNoAxeViolations(family.page, "the family phone's home", { enhanced: true });
  await expectLargeAndTappable(family.page, "the family phone's home");

  await family.page.getByRole("link", { name: "体操を記録する" }).click();
  await family.page.getByRole("heading", { name: "今日の体操" }).waitFor();
  const heel = family.page.locator("article", { has: family.page.getByRole("heading", { name: "かかと上げ" }) });
  await heel.getByRole("button", { name: "できた" }).click();
  await heel.getByText("できました").waitFor();
  assert.equal(await family.page.getByRole("button", { name: "痛い" }).count(), 0, "how it felt is the person's to tell");
  await expectNoAxeViolations(family.page, "recording exercise on the person's behalf", { enhanced: true });
  await expectLargeAndTappable(family.page, "recording exercise on the person's behalf");

  // Stored marked: the therapist sees it as made by family.
  let view = null;
  for (let i = 0; i < 50; i++) {
    view = await fetch(`${app.url}/api/v1/participants/${person.id}/daily`, { headers: auth }).then((r) => r.json());
    if (view.family_records.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(view.family_records.map((r) => r.kind), ["exercise_done"]);

  // The notebook, read-only, with what the family recorded.
  await family.page.goto(`${app.url}/#/notebook`);
  await family.page.getByRole("heading", { name: "ご家族が記録したもの" }).waitFor();
  await family.page.getByText("体操（ご家族が記録）").waitFor();
  await expectNoAxeViolations(family.page, "the notebook on a family phone", { enhanced: true });
  await expectLargeAndTappable(family.page, "the notebook on a family phone");
  await family.page.goto(`${app.url}/#/notebook/self-check`);
  await family.page.getByText("セルフチェックは、ご本人の電話で行います。").waitFor();
  assert.equal(await family.page.getByRole("button").count(), 0, "no self-check to send");

  // The person unbinds it: one screen, one action; the family phone stops at once.
  await own.page.goto(`${app.url}/#/family`);
  await own.page.getByText("つながっている電話：1台").waitFor();
  await own.page.getByRole("link", { name: /ご家族のスマートフォン/ }).click();
  await own.page.getByRole("heading", { name: "「ご家族のスマートフォン」とのつながりを止めますか" }).waitFor();
  await expectNoAxeViolations(own.page, "unbinding a family phone", { enhanced: true });
  await expectLargeAndTappable(own.page, "unbinding a family phone");
  await own.page.getByRole("button", { name: "つながりを止める" }).click();
  await own.page.getByRole("heading", { name: "つながりを止めました。" }).waitFor();

  await family.page.goto(`${app.url}/#/`);
  await family.page.getByRole("heading", { name: "はじめましょう" }).waitFor();

  await own.context.close();
  await family.context.close();
});
