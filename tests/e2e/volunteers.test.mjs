// The circle (循環型) in Chromium: a graduate (杉本) signs up as a volunteer on her phone in plain
// words — large type and targets, 7:1, also at 200 % text — and the therapist's volunteer list
// then shows her as 関心あり beside the demo's active volunteers and the circle's counts; one
// volunteer's page gives matching roles with reasons. Axe on every new screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, signIn, staffApi, useDemo } from "./helpers.mjs";

const app = useDemo();

test("a graduate signs up on the phone and the staff volunteer list shows her", async () => {
  const api = await staffApi(app.url);
  const people = (await api("GET", "/api/v1/participants")).body;
  const person = people.find((p) => p.family_name === "杉本");
  const code = (await api("POST", `/api/v1/participants/${person.id}/enrollment-codes`, {})).body.code;
  const phoneContext = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "ja-JP" });
  const phone = await phoneContext.newPage();
  await phone.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await phone.getByRole("button", { name: "はじめる" }).click();
  await phone.getByRole("heading", { name: /こんにちは/ }).waitFor();
  await phone.getByRole("heading", { name: "地域の担い手に" }).waitFor();
  await phone.getByRole("link", { name: "ボランティアについて見る" }).click();
  await phone.getByRole("heading", { level: 1, name: "ボランティアに興味はありますか" }).waitFor();
  await phone.getByText("申し込まなくても、何も変わりません。", { exact: false }).waitFor();
  await expectNoAxeViolations(phone, "volunteer sign-up", { enhanced: true });
  await expectLargeAndTappable(phone, "volunteer sign-up");
  assert.equal(await phone.getByRole("button").count(), 1, "one action on the screen");
  await phone.getByLabel("お茶出し").check();
  await phone.getByLabel("できそうな曜日や時間（書かなくても大丈夫です）").fill("火曜の午前");
  await phone.getByRole("button", { name: "興味があると伝える" }).click();
  await phone.getByText("ありがとうございます。担当の方からご連絡します。").waitFor();
  await phone.getByText("いまの状態：関心あり").waitFor();
  await expectNoAxeViolations(phone, "volunteer thanks", { enhanced: true });
  await phoneContext.close();

  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const desk = await context.newPage();
  await signIn(desk, app.url);
  await desk.getByRole("link", { name: "ボランティアの名簿を開く" }).click();
  await desk.getByRole("heading", { level: 1, name: "ボランティア（担い手）の名簿" }).waitFor();
  const row = desk.getByTestId("volunteer-row").filter({ hasText: "杉本" });
  await row.filter({ hasText: "関心あり" }).filter({ hasText: "お茶出し" }).waitFor();
  assert.equal(await desk.getByTestId("volunteer-row").filter({ hasText: "活動中" }).count(), 2, "the demo's two active graduates");
  await desk.getByTestId("circle-summary").getByText("卒業生ボランティアからの紹介").waitFor();
  await expectNoAxeViolations(desk, "volunteer list");
  const width = await desk.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `no sideways scrolling at 768 px: ${width}`);
  await desk.getByTestId("volunteer-row").filter({ hasText: "松本" }).getByRole("link").click();
  await desk.getByRole("heading", { level: 1, name: /松本.*ボランティア/ }).waitFor();
  await desk.getByTestId("role-match").filter({ hasText: "お茶出し" }).getByText("『お茶出し』をしてみたいと希望しています").waitFor();
  await expectNoAxeViolations(desk, "one volunteer");
  await context.close();
});
