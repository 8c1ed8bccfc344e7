// A participant enrolls a phone with the code the therapist gave, sees the path to
// graduation, and opens the app again with the network off.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, issueCode, useDemo } from "./helpers.mjs";

const app = useDemo();

test("a participant enrolls with a code, sees the path, and the app opens offline", async () => {
  const { person, code } = await issueCode(app.url);
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ja-JP",
  });
  const page = await context.newPage();

  await page.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  const input = page.getByLabel("登録番号（8文字）");
  await assert.doesNotReject(input.waitFor());
  assert.equal((await input.inputValue()).replace("-", ""), code.replace("-", ""));
  await expectNoAxeViolations(page, "enroll", { enhanced: true });
  await expectLargeAndTappable(page, "enroll");

  await page.getByRole("button", { name: "はじめる" }).click();
  await page.getByRole("heading", { name: `${person.display_name}さん、こんにちは` }).waitFor();
  await page.getByText(/卒業まであと\d+回/).waitFor();
  await expectNoAxeViolations(page, "home", { enhanced: true });
  await expectLargeAndTappable(page, "home");

  // The service worker takes control, so the shell is cached.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 30000 });

  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { name: `${person.display_name}さん、こんにちは` }).waitFor();
  await page.getByText("電波がなくても使えます").waitFor();

  // Closed and opened again, still offline: nothing lost.
  await page.close();
  const again = await context.newPage();
  await again.goto(`${app.url}/`);
  await again.getByRole("heading", { name: `${person.display_name}さん、こんにちは` }).waitFor();
  await again.getByText(/卒業まであと\d+回/).waitFor();
  await context.close();
});

test("a wrong code gets a kind message and the code stays in the field", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${app.url}/#/enroll`);
  const input = page.getByLabel("登録番号（8文字）");
  await input.fill("zzzz-zzzz");
  await page.getByRole("button", { name: "はじめる" }).click();
  await page.getByRole("alert").filter({ hasText: "番号をもう一度お確かめください" }).waitFor();
  assert.equal(await input.inputValue(), "zzzz-zzzz");
  await expectNoAxeViolations(page, "enroll with an error", { enhanced: true });
  await context.close();
});
