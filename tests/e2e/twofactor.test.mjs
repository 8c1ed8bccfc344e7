// Two-factor sign-in in staff mode: a nurse sets up an authenticator on the account screen,
// then signs in with a code, is refused a wrong one, and signs in with a recovery code; when
// the municipality requires it, a care manager is led to set one up while signing in.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";
import { expectNoAxeViolations, submitSignIn, useDemo } from "./helpers.mjs";

const NURSE = "nurse@hidamari.example";
const CARE_MANAGER = "care-manager@hidamari.example";
const ADMIN = "admin@hidamari.example";

// One person signs in many times within a minute here; the limit itself is tested in Rust.
const app = useDemo({ env: { DEKITA_SIGNIN_BURST: "100" } });

// What the phone's authenticator app does (RFC 6238: HMAC-SHA-1, 30 s, 6 digits).
function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, unixSecs) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSecs / 30)));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** Waits until the current 30-second step has time left for the browser to send a code. */
async function steady() {
  for (;;) {
    const now = Math.floor(Date.now() / 1000);
    if (now % 30 < 22) return now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The list of participants, loaded (not only its heading). */
async function signedIn(page) {
  await page.getByRole("heading", { name: "担当の利用者" }).waitFor();
  await page.locator("tbody tr").first().waitFor();
}

async function signOut(page) {
  await page.getByRole("button", { name: "サインアウト" }).click();
  await page.getByRole("heading", { name: "職員のサインイン" }).waitFor();
}

test("a nurse sets up two-factor sign-in, then signs in with a code and with a recovery code", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await submitSignIn(page, app.url, NURSE);
  await signedIn(page);

  await page.getByRole("link", { name: "アカウント" }).click();
  await page.getByRole("heading", { name: "二段階認証", exact: true }).waitFor();
  assert.match(await page.getByTestId("two-factor-state").textContent(), /まだ使っていません/);
  await expectNoAxeViolations(page, "account, two-factor off");
  await page.getByRole("button", { name: "設定を始める" }).click();
  await page.getByAltText("認証アプリに登録するためのQRコード").waitFor();
  const secret = (await page.getByTestId("manual-key").textContent()).replace(/\s/g, "");
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page, "two-factor setup");
  // Confirmed with the previous step's code: this step's and the next one's stay unused.
  let now = await steady();
  await page.getByLabel("2. アプリに出ている6けたの数字").fill(totp(secret, now - 30));
  await page.getByRole("button", { name: "確認して使い始める" }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await codes.first().waitFor();
  assert.equal(await codes.count(), 10);
  const recovery = (await codes.allTextContents()).map((c) => c.trim());
  await expectNoAxeViolations(page, "recovery codes");
  await page.getByRole("button", { name: "保管しました" }).click();
  await page.getByTestId("two-factor-state").filter({ hasText: "二段階認証を使っています" }).waitFor();
  await page.getByText("使える回復コードの残り：10個").waitFor();
  await signOut(page);

  // The password, then a wrong code, then the right one.
  await submitSignIn(page, app.url, NURSE);
  await page.getByRole("heading", { name: "確認コードの入力" }).waitFor();
  await expectNoAxeViolations(page, "code step");
  now = await steady();
  const window = [now - 30, now, now + 30].map((t) => totp(secret, t));
  const wrong = ["000000", "111111", "222222"].find((c) => !window.includes(c));
  await page.getByLabel("確認コード（6けた）または回復コード").fill(wrong);
  await page.getByRole("button", { name: "確認する" }).click();
  await page.getByRole("alert").filter({ hasText: "確認コードが正しくないか" }).waitFor();
  await page.getByLabel("確認コード（6けた）または回復コード").fill(totp(secret, now));
  await page.getByRole("button", { name: "確認する" }).click();
  await signedIn(page);
  await signOut(page);

  // No phone at hand: a recovery code, once.
  await submitSignIn(page, app.url, NURSE);
  await page.getByLabel("確認コード（6けた）または回復コード").fill(recovery[0]);
  await page.getByRole("button", { name: "確認する" }).click();
  await signedIn(page);
  await page.getByRole("link", { name: "アカウント" }).click();
  await page.getByText("使える回復コードの残り：9個").waitFor();
  await signOut(page);
  await submitSignIn(page, app.url, NURSE);
  await page.getByLabel("確認コード（6けた）または回復コード").fill(recovery[0]);
  await page.getByRole("button", { name: "確認する" }).click();
  await page.getByRole("alert").filter({ hasText: "もう使われています" }).waitFor();
  await page.close();
});

test("when the municipality requires it, sign-in leads to setting it up", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await submitSignIn(page, app.url, ADMIN);
  await signedIn(page);
  await page.getByRole("link", { name: "アカウント" }).click();
  await page.getByRole("heading", { name: "職員の二段階認証（市町村担当）" }).waitFor();
  await expectNoAxeViolations(page, "account of the municipality");
  await page.getByLabel("すべての職員に二段階認証を必須にする").check();
  await page.getByRole("button", { name: "この設定を保存する" }).click();
  await page.getByText("次にサインインしたときに設定の画面へ案内されます").waitFor();
  await signOut(page);

  await submitSignIn(page, app.url, CARE_MANAGER);
  await page.getByRole("heading", { name: "二段階認証の設定" }).waitFor();
  await expectNoAxeViolations(page, "setup at sign-in");
  await page.getByRole("button", { name: "設定を始める" }).click();
  const secret = (await page.getByTestId("manual-key").textContent()).replace(/\s/g, "");
  const now = await steady();
  await page.getByLabel("2. アプリに出ている6けたの数字").fill(totp(secret, now));
  await page.getByRole("button", { name: "確認して使い始める" }).click();
  await page.getByTestId("recovery-codes").waitFor();
  await page.getByRole("button", { name: "保管しました" }).click();
  await signedIn(page);
  await page.close();
});
