// A session day at the provider, on a 768 px tablet: the nurse opens today's day of the demo
// cohort, records attendance for five people with one tap each, and a high blood pressure
// before exercise is shown plainly with the advice to rest. axe on the screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const NURSE = "nurse@hidamari.example";
const app = useDemo();

test("a session day: attendance for five people and one high blood pressure", async () => {
  const page = await app.browser.newPage({ viewport: { width: 768, height: 1024 } });
  await signIn(page, app.url, NURSE);
  await page.getByRole("link", { name: /^今日の教室：/ }).first().click();
  await page.getByRole("heading", { name: /教室の日/ }).waitFor();
  await page.getByText("10:00〜11:30").waitFor();
  await page.getByText(/会場：/).waitFor();
  const people = page.getByTestId("due-person");
  await people.first().waitFor();
  const count = await people.count();
  assert.ok(count >= 5, `five or more people due today (${count})`);
  await expectNoAxeViolations(page, "session day");

  for (let i = 0; i < 5; i++) {
    const person = page.getByTestId("due-person").nth(i);
    const name = (await person.getByRole("heading").getByRole("link").textContent()).trim();
    const word = i === 1 ? "欠席" : "出席";
    await person.getByRole("button", { name: `${name} さん：${word}` }).click();
    await page
      .getByTestId("due-person")
      .nth(i)
      .getByRole("button", { name: `${name} さん：${word}`, pressed: true })
      .waitFor();
  }

  const first = page.getByTestId("due-person").first();
  await first.getByLabel("上の血圧").fill("206");
  await first.getByLabel("下の血圧").fill("96");
  await first.getByLabel("脈拍").fill("78");
  await first.getByRole("button", { name: "記録する" }).click();
  const result = first.getByTestId("check-result");
  await result.filter({ hasText: "今日は運動を控えて" }).waitFor();
  assert.match(await result.textContent(), /上の血圧が高い/);
  await expectNoAxeViolations(page, "session day with a check");

  // The check stays after a reload.
  await page.reload();
  await page.getByTestId("due-person").first().getByTestId("check-result").filter({ hasText: "今日は運動を控えて" }).waitFor();
  await page.close();
});
