// The municipality's administrator reads the program's outcome figures: each with its numerator,
// denominator and rule, the same figures in the CSV for Excel, and a page that prints.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const app = useDemo();
const ADMIN = "admin@hidamari.example";

test("the administrator reads the outcome figures with their rules and downloads the CSV", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
  await signIn(page, app.url, ADMIN);
  await page.getByRole("link", { name: /事業の成果/ }).click();
  await page.getByRole("heading", { level: 1, name: /事業の成果/ }).waitFor();

  // 中断率 with its numerator and denominator and the rule in words.
  const rates = page.locator("table.figures").first();
  const dropout = rates.locator("tr", { has: page.locator("th", { hasText: /^中断率$/ }) });
  const cells = await dropout.locator("td").allTextContents();
  const [share, numerator, denominator, , rule] = cells.map((c) => c.trim());
  assert.match(share, /^\d+\.\d%$/, `a share: ${cells}`);
  const expected = ((Number(numerator) / Number(denominator)) * 100).toFixed(1) + "%";
  assert.equal(share, expected, "the share is the numerator over the denominator");
  assert.match(rule, /中断率 ＝ 中断した人 ÷ 利用を終えた人/);
  await page.getByRole("heading", { name: "中断の理由" }).waitFor();
  await page.getByText(/病気の悪化：\d+名/).waitFor();
  await page.getByRole("heading", { name: "改善・維持・悪化（指標ごと）" }).waitFor();
  await expectNoAxeViolations(page, "evaluation");

  // The CSV: UTF-8 with BOM, and the same 中断率 line.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV/ }).click()]);
  assert.match(download.suggestedFilename(), /^dekita-evaluation-\d{4}\.csv$/);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with BOM");
  const line = bytes
    .toString("utf8")
    .split("\r\n")
    .find((l) => l.includes('"中断率"'));
  assert.ok(line && line.includes(`,${numerator},${denominator},`), `the CSV line: ${line}`);

  // On paper: the same page, without the buttons.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: /CSV/ }).isVisible(), false);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 1000);
  await page.close();
});

test("a therapist is not offered the municipality's figures", async () => {
  const page = await app.browser.newPage();
  await signIn(page, app.url);
  await page.locator("tbody tr").first().waitFor();
  assert.equal(await page.getByRole("link", { name: /事業の成果/ }).count(), 0);
  await page.close();
});
