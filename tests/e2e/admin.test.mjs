// The administrator's first day, in the browser, without the demo: `dekita init` makes the
// municipality and prints a set-up link; the administrator sets a password, registers a
// provider, plans a cohort (seeing the holidays of its period), invites a therapist; the
// therapist opens the invitation, chooses a password and signs in. axe on every new screen.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { expectNoAxeViolations, launch, submitSignIn } from "./helpers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const bin = process.env.DEKITA_BIN ?? join(here, "..", "..", "target", "debug", "dekita");
const dataDir = mkdtempSync(join(tmpdir(), "dekita-e2e-init-"));
let server;
let url;
let browser;
let setupToken;

before(async () => {
  const init = spawnSync(
    bin,
    ["init", "--data-dir", dataDir, "--municipality-code", "e2e-sakura", "--municipality-name", "さくら町", "--admin-name", "管理 一郎", "--admin-email", "admin@sakura.example"],
    { encoding: "utf8", env: { ...process.env, RUST_LOG: "warn" } },
  );
  assert.equal(init.status, 0, init.stderr);
  setupToken = /#\/welcome\/(\S+)/.exec(init.stdout)?.[1];
  assert.ok(setupToken, init.stdout);
  server = spawn(bin, ["serve", "--bind", "127.0.0.1:0", "--data-dir", dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RUST_LOG: "warn" },
  });
  url = await new Promise((resolve, reject) => {
    let buffer = "";
    server.stdout.on("data", (chunk) => {
      buffer += chunk;
      const m = /dekita listening on (http:\/\/\S+)/.exec(buffer);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`dekita exited early (${code})`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  if (server) await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
});

async function setPassword(page, password) {
  await page.getByRole("heading", { name: "ようこそ dekita へ" }).waitFor();
  await page.getByLabel("新しいパスワード（10文字以上）").fill(password);
  await page.getByLabel("もう一度").fill(password);
  await page.getByRole("button", { name: "パスワードを決めてサインイン" }).click();
  await page.getByRole("heading", { name: "担当の利用者" }).waitFor();
}

test("the administrator's first day: set-up link, provider, cohort, invitation, the therapist signs in", async () => {
  const page = await browser.newPage({ viewport: { width: 768, height: 1024 } });
  await page.goto(`${url}/#/welcome/${setupToken}`);
  await page.getByText("admin@sakura.example").waitFor();
  await expectNoAxeViolations(page, "welcome");
  await setPassword(page, "sakura-admin-2026");

  await page.getByRole("link", { name: "市町村の管理" }).click();
  await page.getByRole("heading", { name: "市町村の管理" }).waitFor();
  await expectNoAxeViolations(page, "admin hub");

  // A provider.
  await page.getByRole("link", { name: "事業所" }).click();
  await page.getByRole("heading", { name: "事業所", exact: true }).waitFor();
  await page.getByLabel("事業所の名前").fill("さくら町 デイサービスセンター");
  await page.getByLabel("住所").fill("さくら町1-2-3");
  await page.getByLabel("電話番号").fill("000-000-0000");
  await page.getByLabel("種類").selectOption("both");
  await page.getByRole("button", { name: "事業所を登録する" }).click();
  await page.getByRole("cell", { name: /さくら町 デイサービスセンター/ }).waitFor();
  await expectNoAxeViolations(page, "providers");

  // A cohort on Mondays from September to November 2026: 敬老の日 and スポーツの日 show.
  await page.getByRole("link", { name: "市町村の管理にもどる" }).click();
  await page.getByRole("link", { name: "実施期間（クール）" }).click();
  await page.getByRole("heading", { name: "実施期間をつくる" }).waitFor();
  await page.getByLabel(/^名前/).fill("2026年度 さくら元気教室");
  await page.getByLabel("曜日").selectOption("1");
  await page.getByLabel("始まりの日").fill("2026-09-01");
  await page.getByLabel("終わりの日").fill("2026-11-30");
  await page.getByLabel("終わりの日").dispatchEvent("change");
  await page.getByText("敬老の日").waitFor();
  await page.getByText("スポーツの日").waitFor();
  await page.getByLabel("会場").fill("さくら町 公民館 2階");
  await page.getByLabel("送迎あり").check();
  await page.getByLabel("送迎の集合場所").fill("町役場 正面玄関");
  await page.getByLabel("12回目").check();
  await expectNoAxeViolations(page, "cohort form");
  await page.getByRole("button", { name: "実施期間をつくる" }).click();
  await page.getByRole("cell", { name: /毎週月曜日 10:00〜11:30/ }).waitFor();
  await expectNoAxeViolations(page, "cohorts");

  // A therapist is invited; the link is shown to pass on.
  await page.getByRole("link", { name: "市町村の管理にもどる" }).click();
  await page.getByRole("link", { name: "職員" }).click();
  await page.getByRole("heading", { name: "招待リンクをつくる" }).waitFor();
  const invite = page.getByRole("region", { name: "招待リンクをつくる" });
  await invite.getByLabel("名前").fill("理学 花子");
  await invite.getByLabel("メールアドレス").fill("pt@sakura.example");
  await invite.getByLabel("役割").selectOption("therapist");
  await page.getByRole("button", { name: "招待リンクをつくる" }).click();
  const link = await page.getByTestId("issued-link").textContent();
  assert.match(link, /#\/welcome\//);
  await page.getByRole("cell", { name: "招待中" }).waitFor();
  await expectNoAxeViolations(page, "staff");

  await page.getByRole("link", { name: "市町村の管理にもどる" }).click();
  await page.getByRole("link", { name: "市町村の設定" }).click();
  await page.getByRole("button", { name: "設定を保存する" }).waitFor();
  await expectNoAxeViolations(page, "settings");
  await page.getByRole("link", { name: "市町村の管理にもどる" }).click();
  await page.getByRole("link", { name: "操作の記録（監査ログ）" }).click();
  await page.getByRole("cell", { name: "staff.invite" }).waitFor();
  await expectNoAxeViolations(page, "audit log");

  // The therapist, on another computer, opens the invitation and signs in.
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const therapist = await context.newPage();
  await therapist.goto(`${url}/${link.slice(link.indexOf("#"))}`);
  await therapist.getByText("pt@sakura.example").waitFor();
  await setPassword(therapist, "sakura-therapist-2026");
  await therapist.getByRole("button", { name: "サインアウト" }).click();
  await submitSignIn(therapist, url, "pt@sakura.example", "sakura-therapist-2026");
  await therapist.getByRole("heading", { name: "担当の利用者" }).waitFor();
  await therapist.getByRole("heading", { name: "利用者を登録する" }).waitFor();
  await context.close();

  // The staff list now shows the therapist as 利用中.
  await page.getByRole("link", { name: "市町村の管理にもどる" }).click();
  await page.getByRole("link", { name: "職員" }).click();
  await page.getByRole("cell", { name: "利用中" }).first().waitFor();
  await page.close();
});
