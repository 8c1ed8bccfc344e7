// A therapist looks at a participant's records at home before a session — the pain flag first,
// the 12 weeks of exercise days, the diary — sends a word of recognition, makes a new version
// of the exercise plan and adds the town's own exercise with its picture.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, useDemo } from "./helpers.mjs";

const app = useDemo();

test("毎日の記録 and 体操メニュー for a demo participant", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await signIn(page, app.url);

  await page.locator("tbody tr").filter({ hasText: "加藤" }).first().locator("a").click();
  await page.getByRole("link", { name: "毎日の記録" }).click();
  await page.getByRole("heading", { level: 1, name: /毎日の記録/ }).waitFor();

  // The pain flag first, in words.
  const flags = page.getByRole("region", { name: "まず確かめたいこと（痛い・きつい）" });
  await flags.getByText("痛い", { exact: true }).waitFor();
  // Strengths to start from.
  await page.getByRole("region", { name: "できていること" }).getByText(/日つづいています|続いている日はありません/).waitFor();
  // The heat map: 12 weeks (13 rows when the period starts mid-week), each day in words.
  const heat = page.getByRole("table", { name: /体操をした日と数/ });
  const weeks = await heat.locator("tbody tr").count();
  assert.ok(weeks >= 12 && weeks <= 13, `weeks: ${weeks}`);
  assert.ok((await heat.getByText(/：体操 2つ/).count()) > 10, "days with exercises say how many");
  await heat.getByText(/痛い・きついの印あり/).first().waitFor();
  await page.getByRole("list", { name: "色の見かた" }).waitFor();
  // The diary, with the activity in Japanese.
  const diary = page.getByRole("region", { name: "活動の日記" });
  assert.ok((await diary.getByRole("cell", { name: "散歩" }).count()) > 0);
  await expectNoAxeViolations(page, "毎日の記録");

  // On paper: the records and the heat map, without the buttons and the message form.
  await page.getByRole("button", { name: "印刷" }).waitFor();
  await page.emulateMedia({ media: "print" });
  assert.ok(await heat.isVisible(), "the heat map prints");
  assert.ok(await diary.isVisible(), "the diary prints");
  assert.equal(await page.getByLabel("送ることば（200文字まで）").isVisible(), false, "the message form does not print");
  assert.equal(await page.getByRole("button", { name: "印刷" }).isVisible(), false, "buttons do not print");
  await page.emulateMedia({ media: "screen" });

  // A word of recognition.
  await page.getByLabel("送ることば（200文字まで）").fill("毎日の体操、続いていますね。");
  await page.getByRole("button", { name: "送る" }).click();
  await page.getByRole("status").filter({ hasText: "送りました" }).waitFor();

  // 体操メニュー: the demo plan, then a new version.
  await page.getByRole("link", { name: "体操メニュー" }).click();
  await page.getByRole("heading", { level: 1, name: /体操メニュー/ }).waitFor();
  await page.getByRole("heading", { name: /第1版/ }).waitFor();
  await expectNoAxeViolations(page, "体操メニュー");

  const addButtons = page.getByRole("button", { name: /を追加$/ });
  const before = await page.locator(".plan-row").count();
  await addButtons.first().click();
  assert.equal(await page.locator(".plan-row").count(), before + 1);
  // The server's own words for a start date too far back.
  await page.getByLabel("開始日").fill("2020-01-01");
  await page.getByRole("button", { name: "新しい版として保存する" }).click();
  await page.getByRole("alert").filter({ hasText: "開始日をご確認ください。" }).waitFor();
  await page.getByLabel("開始日").fill("");
  await page.getByRole("button", { name: "新しい版として保存する" }).click();
  await page.getByRole("status").filter({ hasText: "新しい版を保存しました。" }).waitFor();
  await page.getByRole("heading", { name: /第2版/ }).waitFor();

  // 地域の体操, with its picture.
  await page.getByLabel("体操の名前（40文字まで）").fill("ひだまり町の朝の体操");
  await page.getByLabel("やり方（1行に1つ、10行まで）").fill("いすに浅く座ります\nひざを交互に上げます");
  await page.getByLabel("注意（1行に1つ）").fill("痛いときは休みましょう");
  await page.getByRole("button", { name: "登録する", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "「ひだまり町の朝の体操」を登録しました。" }).waitFor();
  await page.getByRole("button", { name: "ひだまり町の朝の体操を追加" }).waitFor();
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 240 } });
  await page.getByLabel("「ひだまり町の朝の体操」の写真（JPEG または PNG）").setInputFiles({ name: "taiso.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "写真を送る" }).click();
  await page.getByRole("status").filter({ hasText: "写真を登録しました。" }).waitFor();
  await page.getByRole("img", { name: "ひだまり町の朝の体操の写真" }).waitFor();
  await expectNoAxeViolations(page, "体操メニュー after saving");
  assert.deepEqual(errors, []);
  await page.close();
});
