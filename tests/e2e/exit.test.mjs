// The exit in Chromium: the therapist writes the graduation review and asks for consent; the
// participant reads it and agrees on the phone (also at 200 % text); the coordinator sees the
// handoff in the inbox with only the consented parts and acknowledges it; the participant
// withdraws on the phone; the coordinator's page shows the tombstone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { deflateSync } from "node:zlib";
import { expectLargeAndTappable, expectNoAxeViolations, signIn, staffApi, THERAPIST, useDemo } from "./helpers.mjs";

const app = useDemo();
const COORDINATOR = "coordinator@hidamari.example";
const ADMIN = "admin@hidamari.example";

/** A small real PNG (a room-like picture: a wall over a floor), made here. */
function aPng(width = 160, height = 120) {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // 8 bits
  ihdr[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const [r, g, b] = y < height * 0.6 ? [236, 226, 204] : [190, 150, 104];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

test("review, consent on the phone, the coordinator's inbox, withdrawal and the tombstone", async () => {
  const api = await staffApi(app.url, THERAPIST);
  const people = (await api("GET", "/api/v1/participants")).body;
  const person = people.find((p) => p.family_name === "小松");
  const base = `/api/v1/participants/${person.id}`;
  const done = await api("POST", `${base}/completion`, { reason: "ブラウザの試験で修了" });
  assert.equal(done.status, 200);
  assert.equal(done.body.status, "completed");

  // The therapist writes the review.
  const staff = await app.browser.newContext({ viewport: { width: 1024, height: 900 }, locale: "ja-JP" });
  const desk = await staff.newPage();
  await signIn(desk, app.url);
  await desk.goto(`${app.url}/#/staff/participants/${person.id}/graduation`);
  await desk.getByRole("heading", { level: 1, name: /卒業の振り返り/ }).waitFor();
  await desk.getByText("この市町村の「卒業」の決まり").waitFor();
  await expectNoAxeViolations(desk, "graduation review");
  await desk.getByLabel("卒業（従前相当・A・給付を使わない）").check();
  await desk.getByLabel("できるようになったこと（1行に1つ、ふつうの言葉で）").fill("ひとりで電車に乗れるようになりました。\n旅行の計画を立てました。");
  await desk.getByLabel("気をつけること（ふつうの言葉で。病名は書きません）").fill("坂道ではゆっくり歩きます。");
  await desk.getByLabel("参加の希望（なにを・何曜日・だれと）").fill("月に一度、旅行の会に。");
  await desk.getByRole("button", { name: "保存する" }).nth(1).click();
  await desk.getByText("この市町村の決まりでは「卒業」に数えます。").waitFor();

  // Consent asked on the phone.
  await desk.goto(`${app.url}/#/staff/participants/${person.id}/consents`);
  await desk.getByRole("heading", { level: 1, name: /同意とつなぎ/ }).waitFor();
  await expectNoAxeViolations(desk, "consents and handoffs");
  await desk.getByRole("button", { name: "同意を記録する／お願いする" }).click();
  await desk.getByTestId("consent").filter({ hasText: "ご本人の返事待ち" }).waitFor();

  // The participant reads it and agrees on the phone.
  const code = (await api("POST", `${base}/enrollment-codes`, {})).body.code;
  const phoneContext = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "ja-JP" });
  const phone = await phoneContext.newPage();
  await phone.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await phone.getByRole("button", { name: "はじめる" }).click();
  await phone.getByRole("heading", { name: /こんにちは/ }).waitFor();
  await phone.getByRole("heading", { name: "卒業", exact: true }).waitFor();
  await phone.getByText("12回をやりとげました（修了）").first().waitFor();
  await expectNoAxeViolations(phone, "home with 卒業", { enhanced: true });
  await phone.getByRole("link", { name: /情報を伝えることへの同意（1件）/ }).click();
  await phone.getByRole("heading", { level: 1, name: "同意の確認" }).waitFor();
  await expectNoAxeViolations(phone, "consents", { enhanced: true });
  await expectLargeAndTappable(phone, "consents");
  await phone.getByRole("link", { name: "くわしく見る" }).click();
  await phone.getByRole("heading", { level: 1, name: /地域の活動につなぐため/ }).waitFor();
  await phone.getByText("お名前と連絡先").waitFor();
  assert.equal(await phone.getByText("気をつけること").count(), 0, "cautions are not part of this consent");
  await expectNoAxeViolations(phone, "one consent", { enhanced: true });
  await expectLargeAndTappable(phone, "one consent");
  // At 200 % text the one action is still there and nothing scrolls sideways.
  await phone.evaluate(() => (document.documentElement.style.fontSize = "250%"));
  await phone.getByRole("button", { name: "同意する" }).scrollIntoViewIfNeeded();
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1));
  await phone.getByRole("button", { name: "同意する" }).click();
  await phone.getByText("同意しました。").waitFor();
  await phone.evaluate(() => (document.documentElement.style.fontSize = ""));

  const coordinators = (await api("GET", "/api/v1/coordinators")).body;
  const started = await api("POST", `${base}/handoffs`, { coordinator_id: coordinators[0].staff_id, note: "旅行の会を探しています。" });
  assert.equal(started.status, 201, JSON.stringify(started.body));

  // The coordinator: the inbox, only the consented parts, acknowledged.
  const scContext = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const sc = await scContext.newPage();
  await signIn(sc, app.url, COORDINATOR);
  await sc.getByRole("link", { name: "つなぎの受付箱を開く" }).click();
  await sc.getByRole("heading", { level: 1, name: "つなぎの受付箱" }).waitFor();
  await expectNoAxeViolations(sc, "inbox");
  // The demo: 佐野 handed off, 杉本's consent withdrawn (a tombstone), 前田 of an earlier
  // course connected to a salon, and now 小松.
  await sc.getByTestId("inbox-row").nth(3).waitFor();
  assert.equal(await sc.getByTestId("inbox-row").count(), 4);
  await sc.getByText("ご本人が同意を取り消しました").first().waitFor();
  assert.equal(await sc.getByText(/杉本/).count(), 0);
  await sc.getByRole("link", { name: /小松/ }).click();
  await sc.getByRole("heading", { level: 1, name: /つなぎの詳細\s小松/ }).waitFor();
  await sc.getByText("ひとりで電車に乗れるようになりました。").waitFor();
  assert.equal(await sc.getByText("坂道ではゆっくり歩きます。").count(), 0, "cautions not consented");
  await sc.getByRole("heading", { name: "気をつけること" }).waitFor();
  await expectNoAxeViolations(sc, "handoff detail");
  await sc.getByLabel("段階", { exact: true }).selectOption("acknowledged");
  await sc.getByRole("button", { name: "記録する" }).click();
  await sc.getByRole("listitem").filter({ hasText: /受け取り済み（小林 陽子）/ }).waitFor();
  const detailUrl = sc.url();

  // The participant withdraws on the phone.
  await phone.goto(`${app.url}/#/consents`);
  await phone.getByRole("link", { name: "くわしく見る" }).click();
  await phone.getByRole("link", { name: "同意を取り消す" }).click();
  await phone.getByRole("heading", { level: 1, name: "同意を取り消しますか" }).waitFor();
  await expectNoAxeViolations(phone, "withdraw", { enhanced: true });
  await expectLargeAndTappable(phone, "withdraw");
  await phone.getByRole("button", { name: "取り消す" }).click();
  await phone.getByText("取り消しました。").waitFor();

  // The coordinator's very next request fails; the inbox shows the tombstone.
  await sc.goto(detailUrl);
  await sc.reload();
  await sc.getByRole("alert").filter({ hasText: "ご本人が同意を取り消しました" }).waitFor();
  assert.equal(await sc.getByText("ひとりで電車に乗れるようになりました。").count(), 0);
  await sc.goto(`${app.url}/#/staff/handoffs`);
  await sc.getByRole("heading", { level: 1, name: "つなぎの受付箱" }).waitFor();
  // The rows come after the heading: wait for both tombstones.
  await sc.getByText("ご本人が同意を取り消しました").nth(1).waitFor();
  assert.equal(await sc.getByText(/小松/).count(), 0, "a tombstone has no name");
  assert.equal(await sc.getByText("ご本人が同意を取り消しました").count(), 2);
  await expectNoAxeViolations(sc, "inbox with tombstones");

  // The participant's own summary, できたこと first.
  await phone.goto(`${app.url}/#/graduation`);
  await phone.getByRole("heading", { level: 1, name: "卒業のまとめ" }).waitFor();
  const first = await phone.getByRole("heading", { level: 2 }).first().textContent();
  assert.equal(first, "できるようになったこと");
  await expectNoAxeViolations(phone, "summary", { enhanced: true });
  await expectLargeAndTappable(phone, "summary");

  await staff.close();
  await phoneContext.close();
  await scContext.close();
});

test("the coordinator gets suggestions with reasons, records a trial and a connection, and keeps the places", async () => {
  const context = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const sc = await context.newPage();
  await signIn(sc, app.url, COORDINATOR);
  await sc.getByRole("link", { name: "地域の通いの場・資源を開く" }).click();
  await sc.getByRole("heading", { level: 1, name: "地域の通いの場・資源" }).waitFor();
  await sc.getByTestId("place").filter({ hasText: "旅行サークル ひだまり" }).getByText("12か月以上 未確認").waitFor();
  await expectNoAxeViolations(sc, "places");
  await sc.getByLabel("名前", { exact: true }).fill("囲碁の会 北");
  await sc.getByLabel("興味関心の項目（番号、読点で区切る）").fill("35");
  await sc.getByLabel("圏域", { exact: true }).fill("北圏域");
  await sc.getByRole("button", { name: "場所を登録する" }).click();
  await sc.getByTestId("place").filter({ hasText: "囲碁の会 北" }).waitFor();

  // The demo's places show their photos with captions; the coordinator adds one to the new
  // place (a caption is required), sees it, and takes it off again after a confirmation.
  await sc.getByTestId("place").filter({ hasText: "ふれあいサロン ひだまり" }).getByText("入口。段差のないスロープがあります。").waitFor();
  await sc.getByTestId("place").filter({ hasText: "囲碁の会 北" }).getByRole("link", { name: "この場所を直す" }).click();
  const editor = sc.getByTestId("place-photo-editor");
  await editor.getByRole("heading", { name: "写真（0／6枚）" }).waitFor();
  await editor.getByText("まだ写真はありません。").waitFor();
  await editor.getByLabel("写真（JPEG か PNG）").setInputFiles({ name: "igo.png", mimeType: "image/png", buffer: aPng() });
  await editor.getByRole("button", { name: "写真を載せる" }).click();
  await editor.getByText("写真の説明を入れてください（画面の読み上げで読まれます）。").waitFor();
  await editor.getByLabel("写真の説明（画面の読み上げでも読まれます）").fill("碁盤が並ぶ和室。いす席もあります。");
  await editor.getByRole("button", { name: "写真を載せる" }).click();
  const added = sc.getByTestId("place-photo-editor");
  await added.getByRole("heading", { name: "写真（1／6枚）" }).waitFor();
  await added.getByText("写真を載せました。").waitFor();
  const photo = added.getByTestId("place-photo").filter({ hasText: "碁盤が並ぶ和室。いす席もあります。" });
  const img = photo.getByRole("img", { name: "碁盤が並ぶ和室。いす席もあります。" });
  await img.waitFor();
  assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), "the thumbnail is shown");
  await sc.getByTestId("place").filter({ hasText: "囲碁の会 北" }).getByText("碁盤が並ぶ和室。いす席もあります。").waitFor();
  await expectNoAxeViolations(sc, "a place's photos");
  sc.once("dialog", (dialog) => dialog.accept());
  await photo.getByRole("button", { name: "写真「碁盤が並ぶ和室。いす席もあります。」を外す" }).click();
  await sc.getByTestId("place-photo-editor").getByText("写真を外しました。").waitFor();
  await sc.getByTestId("place-photo-editor").getByText("まだ写真はありません。").waitFor();

  // The municipality's staff see the photos, and nothing to change them with.
  const adminContext = await app.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: "ja-JP" });
  const admin = await adminContext.newPage();
  await signIn(admin, app.url, ADMIN);
  await admin.goto(`${app.url}/#/staff/places`);
  const salon = admin.getByTestId("place").filter({ hasText: "ふれあいサロン ひだまり" });
  await salon.getByRole("img", { name: "入口。段差のないスロープがあります。" }).waitFor();
  assert.equal(await admin.getByRole("button", { name: /を外す$/ }).count(), 0);
  assert.equal(await admin.getByTestId("place-photo-editor").count(), 0);
  await adminContext.close();

  await sc.goto(`${app.url}/#/staff/handoffs`);
  await sc.getByRole("link", { name: /佐野/ }).click();
  await sc.getByRole("heading", { level: 1, name: /つなぎの詳細\s佐野/ }).waitFor();
  const first = sc.getByTestId("suggestion").first();
  await first.getByText("公民館 書道の会").waitFor();
  await first.getByText("『書道・習字』を『してみたい』").waitFor();
  await first.getByText("『書道・習字』は目標か卒業後の希望にあります").waitFor();
  await expectNoAxeViolations(sc, "handoff with suggestions");
  for (const step of ["proposed", "trial", "connected"]) {
    await sc.getByLabel("段階", { exact: true }).selectOption(step);
    await sc.getByLabel("場所（提案・見学・つながった先）").selectOption({ label: "公民館 書道の会" });
    await sc.getByRole("button", { name: "記録する" }).click();
    await sc.getByRole("listitem").filter({ hasText: new RegExp(`${{ proposed: "場所を提案", trial: "見学・体験", connected: "つながった" }[step]}（小林 陽子）：公民館 書道の会`) }).waitFor();
  }
  await context.close();
});
