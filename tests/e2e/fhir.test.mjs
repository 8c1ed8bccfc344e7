// The municipality's administrator downloads a cohort's records as a FHIR R4 Bundle from the
// evaluation page: the button shows its progress, the file is a collection Bundle with one
// Patient per person of the cohort, and the page stays accessible.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const app = useDemo();
const ADMIN = "admin@hidamari.example";

test("the administrator exports a cohort as FHIR with progress shown", async () => {
  const page = await app.browser.newPage({ viewport: { width: 768, height: 1000 }, acceptDownloads: true });
  await signIn(page, app.url, ADMIN);
  await page.getByRole("link", { name: /事業の成果/ }).click();
  await page.getByRole("heading", { level: 1, name: /事業の成果/ }).waitFor();
  // The heading shows while the figures load: wait for the drawn page.
  const cohort = page.getByLabel("実施期間（コース）");
  await cohort.waitFor();
  await page.locator("table.figures").first().waitFor();
  // No cohort chosen: no export offered.
  assert.equal(await page.getByRole("button", { name: /FHIR/ }).count(), 0);
  const options = await cohort.locator("option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(options.length > 0, "the demo has cohorts");
  await cohort.selectOption(options[0]);
  await page.getByRole("button", { name: "表示する" }).click();
  const button = page.getByRole("button", { name: /FHIR（R4）で書き出す/ });
  await button.waitFor();
  await expectNoAxeViolations(page, "evaluation-fhir");

  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.match(download.suggestedFilename(), /^dekita-fhir-cohort-\d{4}\.json$/);
  const status = page.getByRole("status").filter({ hasText: /名分を書き出しました/ });
  await status.waitFor();
  const people = Number((await status.textContent()).match(/(\d+)名分/)[1]);
  const progress = page.locator(".fhir-export progress");
  assert.equal(await progress.isVisible(), true);
  assert.equal(Number(await progress.getAttribute("max")), Math.max(people, 1));
  assert.equal(await progress.evaluate((p) => p.value), await progress.evaluate((p) => p.max), "full when done");

  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const bundle = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  assert.equal(bundle.resourceType, "Bundle");
  assert.equal(bundle.type, "collection");
  const patients = bundle.entry.filter((e) => e.resource.resourceType === "Patient");
  assert.equal(patients.length, people, "the count shown is the people in the file");
  await expectNoAxeViolations(page, "evaluation-fhir-done");
  await page.close();
});
