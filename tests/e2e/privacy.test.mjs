// Personal-data requests on the participant's record, as the municipality's administrator:
// a correction request recorded and listed, 開示 saved as a file and opened as a printable A4
// document with Japanese headings, 利用停止 that hides the person from the therapist and is
// lifted again. axe on each new screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, staffApi, useDemo } from "./helpers.mjs";

const app = useDemo();
const ADMIN = "admin@hidamari.example";

test("the administrator records a correction, discloses a record and stops its use", async () => {
  const admin = await staffApi(app.url, ADMIN);
  const therapist = await staffApi(app.url);
  const { body: people } = await therapist("GET", "/api/v1/participants");
  const person = people.find((p) => p.status === "enrolled");

  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP", timezoneId: "Asia/Tokyo", acceptDownloads: true });
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  await signIn(page, app.url, ADMIN);
  await page.goto(`${app.url}/#/staff/participants/${person.id}`);
  const privacy = page.getByTestId("privacy");
  await privacy.getByText("利用は停止していません。").waitFor();

  // A correction request, recorded and listed.
  await page.getByLabel("訂正を求められた内容").fill("ふりがなの誤り（画面の試験）");
  await page.getByLabel("受け付けた日").fill("2026-11-20");
  await page.getByRole("button", { name: "訂正の請求を記録する" }).click();
  await privacy.getByTestId("corrections").getByText("ふりがなの誤り（画面の試験）").waitFor();
  await expectNoAxeViolations(page, "record with personal-data requests");

  // 開示: the file is saved and the same content opens as a printable document.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "開示用に書き出す" }).click()]);
  assert.match(download.suggestedFilename(), /^dekita-disclosure-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole("heading", { name: `${person.display_name}さんについて記録している情報（開示）` }).waitFor();
  await page.getByRole("heading", { name: /^ご本人の基本情報/ }).waitFor();
  await page.getByRole("heading", { name: /^訂正の請求（1件）/ }).waitFor();
  await expectNoAxeViolations(page, "disclosure");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "印刷", exact: true }).isVisible(), false);
  assert.ok(await page.locator(".disclosure-row").first().isVisible());
  await page.emulateMedia({ media: "screen" });

  // 利用停止: the therapist no longer reads the person; lifted, they do again.
  await page.goto(`${app.url}/#/staff/participants/${person.id}`);
  await page.getByLabel("理由").fill("本人から利用停止の請求（画面の試験）");
  await page.getByRole("button", { name: "利用を停止する" }).click();
  await privacy.getByTestId("use-stopped").waitFor();
  assert.equal((await therapist("GET", `/api/v1/participants/${person.id}`)).status, 404);
  await page.getByRole("button", { name: "利用停止を解除する" }).click();
  await privacy.getByText("利用は停止していません。").waitFor();
  assert.equal((await therapist("GET", `/api/v1/participants/${person.id}`)).status, 200);
  await context.close();
});
