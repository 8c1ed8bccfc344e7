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
  await dropout.waitFor(); // the heading shows while the figures load
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
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV（Excel/ }).click()]);
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

  // For older software: Shift_JIS, no BOM, the same text once decoded.
  await page.getByLabel("CSVの文字コード").selectOption("shift_jis");
  const [sjis] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV（Excel/ }).click()]);
  const sjisChunks = [];
  for await (const chunk of await sjis.createReadStream()) sjisChunks.push(chunk);
  const sjisBytes = Buffer.concat(sjisChunks);
  assert.notDeepEqual([...sjisBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "no UTF-8 byte-order mark");
  // 〜 and — are written as the one Shift_JIS code they share with ～ and ―, which is how they read back.
  const asCp932 = bytes.toString("utf8").replace(/^\uFEFF/, "").replaceAll("\u301C", "\uFF5E").replaceAll("\u2014", "\u2015");
  assert.equal(new TextDecoder("shift_jis", { fatal: true }).decode(sjisBytes), asCp932);

  // The person-level file: 仮ID, no names.
  await page.getByLabel("CSVの文字コード").selectOption("utf-8");
  const [people] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /利用者ごとの表/ }).click()]);
  assert.match(people.suggestedFilename(), /^dekita-evaluation-people-\d{4}\.csv$/);
  const peopleChunks = [];
  for await (const chunk of await people.createReadStream()) peopleChunks.push(chunk);
  const peopleText = Buffer.concat(peopleChunks).toString("utf8");
  assert.ok(peopleText.startsWith('\uFEFF"仮ID","年度"'), peopleText.slice(0, 80));
  assert.ok(!peopleText.includes("青木"), "nobody is named");

  // On paper: the same page, without the buttons.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: /CSV（Excel/ }).isVisible(), false);
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

test("the administrator reads the cost-effectiveness with its inputs, changes a price and downloads the CSV", async () => {
  const page = await app.browser.newPage({ viewport: { width: 768, height: 1000 }, acceptDownloads: true });
  await signIn(page, app.url, ADMIN);
  await page.getByRole("link", { name: /事業の成果/ }).click();
  await page.getByRole("link", { name: /費用対効果/ }).click();
  await page.getByRole("heading", { level: 1, name: /費用対効果（見込み）/ }).waitFor();

  // The demo's own plan: every figure with the numbers it was made from and its rule.
  const effect = page.locator("table.cost-lines tr[data-key=effect]");
  const [value, inputs, rule] = (await effect.locator("td").allTextContents()).map((c) => c.trim());
  assert.match(value, /^[\d,]+円$/, value);
  assert.match(inputs, /名 × [\d,.]+円 × [\d.]+か月分/, inputs);
  assert.match(rule, /費用抑制額 ＝ 卒業者/);
  const graduates = await page.locator("table.cost-lines tr[data-key=graduates] td").first().textContent();
  assert.equal(graduates.trim(), "20.4名", "40 × 85 % × 60 %, not rounded");
  await page.getByText("費用の基準：公費（利用者負担 10% を除いた額）").waitFor();
  await expectNoAxeViolations(page, "cost-effectiveness");

  // A higher 要支援1 price raises the effect.
  const before = Number(value.replace(/[,円]/g, ""));
  await page.getByLabel("通所介護相当（要支援1） 月額（円）").fill("25000");
  await page.getByRole("button", { name: "この前提で保存する" }).click();
  await page.getByText("保存しました。").waitFor();
  const after = Number((await page.locator("table.cost-lines tr[data-key=effect] td").first().textContent()).replace(/[,円\s]/g, ""));
  assert.ok(after > before, `${after} > ${before}`);

  // The CSV: BOM, CRLF, the same effect.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /費用対効果の CSV/ }).click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with BOM");
  const text = bytes.toString("utf8");
  assert.ok(text.includes("\r\n") && !text.replace(/\r\n/g, "").includes("\n"), "CRLF");
  assert.ok(text.includes(`"${after.toLocaleString("en-US")}円"`), "the same effect in the CSV");

  // On paper: the header with the town and the author, without the form.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "この前提で保存する" }).isVisible(), false);
  assert.match(await page.locator(".print-header").innerText(), /ひだまり市/);
  assert.match(await page.locator(".print-head").innerText(), /印刷/);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 1000);
  await page.close();
});

test("the administrator chooses the headline indicator and one provider's figures", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1024, height: 900 } });
  await signIn(page, app.url, ADMIN);
  await page.getByRole("link", { name: /事業の成果/ }).click();
  await page.getByRole("heading", { level: 1, name: /事業の成果/ }).waitFor();
  await page.getByLabel("改善・維持・悪化の主な指標").selectOption("tests");
  await page.getByLabel("歩行速度（m/秒）").fill("0.2");
  await page.getByRole("button", { name: "この指標と目安で保存する" }).click();
  await page.locator("table.figures caption", { hasText: "体力測定（初回と12回目）（主な指標）" }).waitFor();
  await page.getByText(/歩行速度 0\.2 m\/秒/).first().waitFor();

  const provider = page.getByLabel("事業所", { exact: true });
  const options = await provider.locator("option").allTextContents();
  assert.ok(options.length >= 2, `providers: ${options}`);
  await provider.selectOption({ index: 1 });
  await page.getByRole("button", { name: "表示する" }).click();
  await page.waitForURL(/\/provider\//);
  await page.getByText(`事業所「${options[1]}」`, { exact: true }).waitFor();
  await expectNoAxeViolations(page, "evaluation-settings");
  await page.close();
});

test("the administrator switches to the actual cost-effectiveness: inputs with their counts, observed apart from projected", async () => {
  const page = await app.browser.newPage({ viewport: { width: 768, height: 1000 }, acceptDownloads: true });
  await signIn(page, app.url, ADMIN);
  await page.getByRole("link", { name: /事業の成果/ }).click();
  await page.getByRole("link", { name: /費用対効果/ }).click();
  await page.getByRole("heading", { level: 1, name: /費用対効果（見込み）/ }).waitFor();
  await page.getByTestId("cost-actual").click();
  await page.getByRole("heading", { level: 1, name: /費用対効果（実績）/ }).waitFor();
  assert.equal(await page.getByTestId("cost-actual").getAttribute("aria-current"), "page");

  // The demo's earlier graduates: the year whose follow-ups show months without services.
  const now = new Date();
  const thisYear = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  let year = null;
  for (const y of [thisYear, thisYear - 1, thisYear - 2]) {
    await page.goto(`${app.url}/#/staff/evaluation/cost-actual/${y}`);
    await page.getByRole("heading", { level: 1, name: new RegExp(`費用対効果（実績）`) }).waitFor();
    await page.getByTestId("actual-inputs").waitFor();
    const months = await page.locator("[data-testid=actual-inputs] tr[data-key=observed_months] td").allTextContents();
    if (Number(months[1]) > 0) {
      year = y;
      break;
    }
  }
  assert.ok(year, "the demo shows months observed without services");
  const observed = (await page.locator("[data-testid=actual-observed] tr[data-key=observed_effect] td").first().textContent()).trim();
  const projected = (await page.locator("[data-testid=actual-projected] tr[data-key=projected_effect] td").first().textContent()).trim();
  assert.match(observed, /^[\d,]+円$/, observed);
  assert.match(projected, /^[\d,]+円$/, projected);
  const [value, numerator, denominator, missing] = (await page.locator("[data-testid=actual-inputs] tr[data-key=graduation_rate] td").allTextContents()).map((c) => c.trim());
  assert.match(value, /%$/);
  assert.ok(Number(numerator) <= Number(denominator), `${numerator}/${denominator}`);
  assert.ok(Number(missing) >= 0);
  await page.locator("li", { hasText: "分けて示します" }).waitFor();
  await expectNoAxeViolations(page, "cost-effectiveness-actual");

  // The CSV: BOM, CRLF, the same observed effect.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /実績の CSV/ }).click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with BOM");
  const text = bytes.toString("utf8");
  assert.ok(text.includes("\r\n") && !text.replace(/\r\n/g, "").includes("\n"), "CRLF");
  assert.ok(text.includes(`"${observed}"`), "the same observed effect in the CSV");

  // On paper: the header, without the switch.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("cost-planned").isVisible(), false);
  assert.match(await page.locator(".print-header").innerText(), /ひだまり市/);
  await page.close();
});
