// Feedback to the referrer in Chromium: staff confirm a drafted feedback for a person a 包括
// user referred, that user reads it in the app, and a letter prints for a referrer outside the
// app (a 民生委員). axe on each screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectNoAxeViolations, signIn, staffApi, submitSignIn, THERAPIST, useDemo } from "./helpers.mjs";

const app = useDemo();
const HOUKATSU = "care-manager@hidamari.example";

test("staff confirm a drafted feedback, the 包括 user reads it in the app, a letter prints", async () => {
  const api = await staffApi(app.url, THERAPIST);
  const people = (await api("GET", "/api/v1/participants")).body;
  const sugimoto = people.find((p) => p.family_name === "杉本");
  const ueno = people.find((p) => p.family_name === "上野");

  // The therapist reads the draft of 杉本's completion and confirms it.
  const staff = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const desk = await staff.newPage();
  await signIn(desk, app.url);
  await desk.goto(`${app.url}/#/staff/participants/${sugimoto.id}/referrer-feedback`);
  await desk.getByRole("heading", { level: 1, name: "紹介してくださった方へのご報告" }).waitFor();
  await desk.getByText("アプリで届きます（包括）", { exact: false }).waitFor();
  await expectNoAxeViolations(desk, "referrer feedback (包括, in the app)");
  const completed = desk.locator("form").filter({ has: desk.getByRole("heading", { name: /^修了（/ }) });
  const draft = completed.getByRole("textbox");
  assert.match(await draft.inputValue(), /修了されました/);
  await draft.fill(`${await draft.inputValue()}\n（職員より）畑仕事を再開されました。`);
  await completed.getByRole("button", { name: "確かめて送る" }).click();
  const sent = desk.locator("section.letter").filter({ has: desk.getByRole("heading", { name: /^修了（/ }) });
  await sent.getByText("畑仕事を再開されました", { exact: false }).waitFor();
  await sent.getByText("が送りました", { exact: false }).waitFor();
  assert.equal(await sent.getByRole("button", { name: "手紙を印刷する" }).count(), 0, "in the app: nothing to print");

  // The 包括 user reads it in the app.
  const theirs = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const inbox = await theirs.newPage();
  await submitSignIn(inbox, app.url, HOUKATSU);
  await inbox.getByRole("link", { name: "ご報告を見る" }).click();
  await inbox.getByRole("heading", { level: 1, name: "ご紹介した方のご報告" }).waitFor();
  await inbox.getByTestId("feedback-item").filter({ hasText: "畑仕事を再開されました" }).waitFor();
  await expectNoAxeViolations(inbox, "the 包括's feedback inbox");
  assert.equal(await inbox.getByTestId("feedback-item").count(), 2, "the start and the completion");

  // 上野 was referred by a 民生委員: the feedback is a letter, printed.
  await desk.goto(`${app.url}/#/staff/participants/${ueno.id}/referrer-feedback`);
  await desk.getByRole("heading", { level: 1, name: "紹介してくださった方へのご報告" }).waitFor();
  await desk.getByText("手紙を印刷してお渡しします", { exact: false }).waitFor();
  await expectNoAxeViolations(desk, "referrer feedback (a letter)");
  const started = desk.locator("form").filter({ has: desk.getByRole("heading", { name: /^利用開始（/ }) });
  assert.match(await started.getByRole("textbox").inputValue(), /^北町 第3地区 民生委員 田村様/);
  await started.getByRole("button", { name: "確かめて送る" }).click();
  const letter = desk.locator("section.letter").filter({ has: desk.getByRole("heading", { name: /^利用開始（/ }) });
  await letter.getByRole("button", { name: "手紙を印刷する" }).waitFor();
  await expectNoAxeViolations(desk, "referrer feedback (the letter sent)");
  await desk.emulateMedia({ media: "print" });
  assert.equal(await letter.getByRole("button", { name: "手紙を印刷する" }).isVisible(), false, "the button stays off the paper");
  assert.equal(await desk.getByText("下書きを用意しています", { exact: false }).isVisible(), false, "the lead stays off the paper");
  assert.ok(await letter.locator("pre.letter-body").isVisible(), "the letter is on the paper");
  assert.match(await letter.locator("pre.letter-body").innerText(), /^北町 第3地区 民生委員 田村様/);
  await desk.emulateMedia({ media: "screen" });

  await staff.close();
  await theirs.close();
});
