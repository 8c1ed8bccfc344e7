// The therapist's program in the browser: one participant who has not started yet is taken
// from the assessment visit to graduation — 興味関心チェックシート, two goals with small steps,
// twelve sessions with attendance and an interview each, tests at sessions 1, 6 and 12, the
// graduation checklist, the end ratings and GAS, and the before/after. Then two saves of the
// same interview meet (the later one sees both versions and chooses), and an interview typed
// with the network gone comes back after a reload. axe runs on every new screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { expectLargeAndTappable, expectNoAxeViolations, signIn, staffApi, useDemo } from "./helpers.mjs";

const app = useDemo();


/** Moves to a screen inside the app (as a link would) and waits for its heading. */
async function open(page, hash, heading) {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await page.getByText("読み込んでいます…").waitFor({ state: "detached" });
}

/** A 基本チェックリスト where the listed items are answered 「はい」 and the rest 「いいえ」. */
const screening = (yes) => ({
  answers: Array.from({ length: 25 }, (_, i) => (i === 11 ? null : yes.includes(i + 1))),
  height_cm: 150,
  weight_kg: 50,
  certification: "none",
  exclusions: { terminal_cancer: false, intractable_disease: false, dementia: false, medical_care_first: false, used_service_before: false, using_day_service: false },
});

const TESTS = {
  1: ["8", "14.2", "4.1", "3.5", "15.8", "5", "6.2"],
  6: ["10", "12.1", "6", "5.2", "13.4", "5", "5.4"],
  12: ["13", "10.4", "9.8", "8", "11.5", "5", "4.8"],
};
const TEST_LABELS = ["30秒いす立ち上がり（回）", "TUG（Timed Up and Go）（秒）", "開眼片脚立ち・左（秒）", "開眼片脚立ち・右（秒）", "5回いす立ち上がり（秒）", "通常歩行：距離（m）", "通常歩行：時間（秒）"];

test("a therapist takes a referred participant from the assessment to graduation", async () => {
  const api = await staffApi(app.url);
  const everyone = (await api("GET", "/api/v1/participants")).body;
  const person = everyone.find((p) => p.status === "referred");
  assert.ok(person, "the demo has someone who has not started");
  const id = person.id;
  const name = person.display_name;
  // The 基本チェックリスト at referral (運動器 counts), to compare with the one at the end.
  assert.equal((await api("POST", `/api/v1/participants/${id}/screenings`, screening([1, 2, 3, 4, 5, 9, 10, 16, 19]))).status, 201);

  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await signIn(page, app.url);
  await page.getByRole("link", { name: /クールの全体/ }).first().waitFor();
  await page.getByRole("button", { name: "登録用のアドレスをつくる" }).waitFor();
  await expectNoAxeViolations(page, "participant list with cohorts and calendar");

  // The record links to every part of the program.
  await page.getByRole("row").filter({ hasText: "紹介・準備中" }).getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 1, name: new RegExp(name) }).waitFor();
  const program = page.getByRole("navigation", { name: "教室のプログラム" });
  for (const link of ["アセスメント", "興味関心チェックシート", "目標", "教室の予定（12回）", "体力測定", "印刷用の計画書"]) {
    await program.getByRole("link", { name: link, exact: true }).waitFor();
  }
  await expectNoAxeViolations(page, "participant record with the program links");

  // アセスメント
  await program.getByRole("link", { name: "アセスメント", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: /アセスメント/ }).waitFor();
  await page.getByLabel("訪問日").fill("2026-11-20");
  await page.getByLabel("紹介元").fill("ひだまり地域包括支援センター");
  await page.getByLabel("靴をはく").check();
  await page.getByLabel("バス・電車での外出").check();
  await page.getByLabel("床やいすからの立ち上がり").check();
  await page.getByLabel("生活のしづらさ（くわしく）").fill("玄関の段差で靴をはくのがこわい。");
  await page.getByLabel("住まいの環境").fill("2階建て。玄関に15cmの段差。");
  await page.getByLabel("取り戻したい生活（ご本人の言葉）").fill("孫と温泉に行きたい。");
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByText("保存しました。").waitFor();
  assert.equal(await page.getByLabel("靴をはく").isChecked(), true);
  await expectNoAxeViolations(page, "assessment");
  const assessment = (await api("GET", `/api/v1/participants/${id}/assessment`)).body;
  assert.deepEqual(assessment.difficulties.sort(), ["bus_train", "getting_up", "shoes"]);
  assert.equal(assessment.version, 1);

  // 興味関心チェックシート（導入時）
  await open(page, `#/staff/participants/${id}/interest`, /興味関心チェックシート（導入時）/);
  assert.equal(await page.locator("table.interest tbody tr").count(), 46);
  await page.getByLabel("記入日").fill("2026-11-20");
  await page.getByLabel("旅行・温泉：してみたい", { exact: true }).check();
  await page.getByLabel("旅行・温泉：興味がある", { exact: true }).check();
  await page.getByLabel("買い物：してみたい", { exact: true }).check();
  await page.getByLabel("散歩：興味がある", { exact: true }).check();
  await page.getByLabel("料理を作る：している", { exact: true }).check();
  await page.getByRole("button", { name: "その他の行を追加" }).click();
  await page.getByLabel("その他 1 の生活行為", { exact: true }).fill("孫と公園へ行く");
  await page.getByLabel("その他 1 の生活行為：してみたい", { exact: true }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByText("保存しました。").waitFor();
  assert.equal(await page.getByLabel("旅行・温泉：してみたい", { exact: true }).isChecked(), true);
  await expectNoAxeViolations(page, "interest checklist (assessment)");

  // 目標: one from the sheet, one in free words.
  await open(page, `#/staff/participants/${id}/goals`, /目標/);
  await page.getByText("まだ目標はありません。").waitFor();
  let form = page.getByRole("region", { name: "新しい目標をつくる" });
  const sources = await form.getByLabel("もとになった項目（興味関心チェックシート）").locator("option").allTextContents();
  assert.deepEqual(sources.slice(1), ["買い物", "散歩", "旅行・温泉", "孫と公園へ行く"], "only してみたい / 興味がある items are offered");
  await form.getByLabel("もとになった項目（興味関心チェックシート）").selectOption({ label: "旅行・温泉" });
  assert.equal(await form.getByLabel("目標（ご本人の言葉）").inputValue(), "旅行・温泉");
  await form.getByLabel("目標（ご本人の言葉）").fill("孫と箱根の温泉に一泊旅行する");
  await form.getByLabel("遂行度（はじめ）").selectOption("3");
  await form.getByLabel("満足度（はじめ）").selectOption("2");
  await form.getByLabel("一歩 1 の内容").fill("15分続けて歩ける");
  await form.getByLabel("一歩 1 の目標の回").selectOption("4");
  await form.getByRole("button", { name: "一歩を追加" }).click();
  await form.getByLabel("一歩 2 の内容").fill("一人でバスに乗れる");
  await form.getByLabel("一歩 2 の目標の回").selectOption("8");
  await form.getByRole("button", { name: "目標をつくる" }).click();
  await page.getByRole("heading", { name: "目標 1：孫と箱根の温泉に一泊旅行する" }).waitFor();

  form = page.getByRole("region", { name: "新しい目標をつくる" });
  await form.getByLabel("目標（ご本人の言葉）").fill("近くのスーパーで一人で買い物をする");
  await form.getByLabel("遂行度（はじめ）").selectOption("4");
  await form.getByLabel("満足度（はじめ）").selectOption("3");
  await form.getByLabel("一歩 1 の内容").fill("買い物袋を持って10分歩ける");
  await form.getByLabel("一歩 1 の目標の回").selectOption("6");
  await form.getByRole("button", { name: "目標をつくる" }).click();
  await page.getByRole("heading", { name: "目標 2：近くのスーパーで一人で買い物をする" }).waitFor();
  await expectNoAxeViolations(page, "goals");

  // 教室の予定: generate the twelve, the first one a home visit.
  await open(page, `#/staff/participants/${id}/sessions`, /教室の予定/);
  await page.getByRole("heading", { name: "12回の予定をつくる" }).waitFor();
  await expectNoAxeViolations(page, "sessions before they exist");
  await page.getByRole("checkbox", { name: "1回目", exact: true }).check();
  await page.getByRole("button", { name: "予定をつくる" }).click();
  await page.getByRole("row").filter({ hasText: "12回目" }).waitFor();
  assert.equal(await page.locator("table.sessions tbody tr").count(), 12);
  assert.equal(await page.locator("tr.tests-due").count(), 3, "sessions 1, 6 and 12 are marked for the tests");
  assert.equal(await page.getByLabel("1回目の場所", { exact: true }).inputValue(), "home");
  await page.getByText("状況：参加中").waitFor();
  await expectNoAxeViolations(page, "twelve sessions");
  // Attendance for 1..11 (12 comes last: it graduates the person).
  for (let n = 1; n <= 11; n++) {
    await page.getByRole("button", { name: `${n}回目 出席`, exact: true }).click();
    await page.locator(`#attend-${n}[aria-pressed="true"]`).waitFor();
  }
  // A reschedule within the gaps.
  const program0 = (await api("GET", `/api/v1/participants/${id}/sessions`)).body;
  const moved = new Date(`${program0.sessions[10].date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + 1);
  const movedIso = moved.toISOString().slice(0, 10);
  await page.getByLabel("11回目の日付", { exact: true }).fill(movedIso);
  const patched = page.waitForResponse((r) => r.request().method() === "PATCH");
  await page.getByRole("button", { name: "11回目の日付を変更" }).click();
  assert.equal((await patched).status(), 200);
  assert.equal((await api("GET", `/api/v1/participants/${id}/sessions`)).body.sessions[10].date, movedIso);

  // The interviews, one per session; tests at 1, 6 and 12.
  for (let n = 1; n <= 12; n++) {
    await open(page, `#/staff/participants/${id}/sessions/${n}`, new RegExp(`面談の記録\\s+${name}さん\\s+${n}回目`));
    const timer = page.getByRole("timer", { name: "面談の経過時間" });
    assert.match(await timer.textContent(), /\d\d:\d\d/);
    if (n === 1) {
      await page.getByText("前回の記録はまだありません。").waitFor();
      await page.getByText("まだ記録はありません。面談の中で、ご本人にうかがってみましょう。").waitFor();
      await page.getByRole("button", { name: "一時停止" }).click();
      await page.getByRole("button", { name: "再開" }).click();
      await expectNoAxeViolations(page, "interview");
    }
    if (n === 2) {
      await page.getByText("1回目に決めた次の小さな一歩").waitFor();
      await page.getByText("玄関で靴を座ってはく練習を毎日する").waitFor();
      await page.getByText("「がんばってみます」").waitFor();
    }
    if (n === 4) {
      const step = page.getByLabel("15分続けて歩ける：この回（4回目）で達成");
      const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/goals/"));
      await step.check();
      assert.equal((await saved).status(), 200);
      await page.getByLabel("15分続けて歩ける：この回（4回目）で達成").and(page.locator(":checked")).waitFor();
    }
    await page.getByLabel("うまくいったこと").fill(n === 1 ? "家の中では杖なしで歩けている" : `${n - 1}回目からの一週間、毎日散歩できた`);
    await page.getByLabel("困っていること").fill(n < 6 ? "玄関の段差がこわい" : "");
    await page.getByLabel("次の小さな一歩").fill(n === 1 ? "玄関で靴を座ってはく練習を毎日する" : `${n + 1}回目までに、散歩を${n + 5}分に`);
    await page.getByLabel("ご本人の言葉").fill(n === 1 ? "がんばってみます" : `${n}回目、だんだん楽になってきた`);
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("保存しました。").waitFor();

    if (TESTS[n]) {
      await page.getByRole("link", { name: `${n}回目の体力測定を入力する` }).click();
      await page.getByRole("heading", { level: 1, name: new RegExp(`${n}回目の体力測定`) }).waitFor();
      if (n === 1) {
        await page.getByLabel(TEST_LABELS[0]).fill("60");
        await page.getByRole("button", { name: "保存する" }).click();
        await page.getByRole("alert").filter({ hasText: "30秒いす立ち上がりは0〜50回の範囲で入力してください。" }).waitFor();
        await expectNoAxeViolations(page, "performance tests with a message");
      }
      for (const [i, label] of TEST_LABELS.entries()) await page.getByLabel(label).fill(TESTS[n][i]);
      await page.getByText(/歩行速度：\d\.\d\d m\/秒/).waitFor();
      await page.getByRole("button", { name: "保存する" }).click();
      await page.getByText("保存しました。").waitFor();
    }

    if (n === 6) {
      // 「次は・もっと」: the shopping goal reached early, the next one raised from it.
      await open(page, `#/staff/participants/${id}/goals`, /目標/);
      const card = page.getByRole("region", { name: "目標 2：近くのスーパーで一人で買い物をする" });
      await card.getByLabel("一歩 1 を達成した回").selectOption("5");
      await card.getByRole("button", { name: "保存する" }).click();
      await card.getByText("保存しました。").waitFor();
      await page.getByRole("region", { name: "目標 2：近くのスーパーで一人で買い物をする" }).getByRole("button", { name: "次は・もっと" }).click();
      const raise = page.getByRole("region", { name: /の次の目標/ });
      await raise.getByLabel("目標（ご本人の言葉）").fill("商店街まで歩いて行って、友だちとお茶を飲む");
      await raise.getByLabel("遂行度（はじめ）").selectOption("3");
      await raise.getByLabel("満足度（はじめ）").selectOption("3");
      await raise.getByLabel("一歩 1 の内容").fill("商店街まで休まず歩ける");
      await raise.getByLabel("一歩 1 の目標の回").selectOption("10");
      await expectNoAxeViolations(page, "goals with 次は・もっと");
      await raise.getByRole("button", { name: "次の目標にする" }).click();
      const raised = page.getByRole("region", { name: "目標 2：商店街まで歩いて行って、友だちとお茶を飲む" });
      await raised.waitFor();
      await raised.getByText("過去の目標（次の目標へ進みました）").waitFor();
      await raised.getByText(/近くのスーパーで一人で買い物をする/).waitFor();
      const goals = (await api("GET", `/api/v1/participants/${id}/goals`)).body;
      assert.deepEqual(goals.map((g) => g.status), ["active", "raised", "active"]);
    }
  }

  // 卒業時の興味関心チェックシート: what was wanted is now done.
  await open(page, `#/staff/participants/${id}/interest/graduation`, /興味関心チェックシート（卒業時）/);
  await page.getByLabel("記入日").fill(program0.sessions[11].date);
  await page.getByLabel("旅行・温泉：している", { exact: true }).check();
  await page.getByLabel("買い物：している", { exact: true }).check();
  await page.getByLabel("散歩：している", { exact: true }).check();
  await page.getByLabel("料理を作る：している", { exact: true }).check();
  await page.getByRole("button", { name: "その他の行を追加" }).click();
  await page.getByLabel("その他 1 の生活行為", { exact: true }).fill("孫と公園へ行く");
  await page.getByLabel("その他 1 の生活行為：している", { exact: true }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByText("保存しました。").waitFor();
  await expectNoAxeViolations(page, "interest checklist (graduation)");
  await page.getByRole("link", { name: "くらべる" }).click();
  await page.getByRole("heading", { level: 1, name: /導入時と卒業時のくらべ/ }).waitFor();
  // 旅行・温泉, 買い物 and the その他 row went from してみたい to している (the heading shows
  // while the comparison loads: wait for a row first).
  await page.getByRole("row").filter({ hasText: "旅行・温泉" }).getByText("してみたい → している").waitFor();
  assert.equal(await page.locator("tr.now-doing").count(), 3);
  await expectNoAxeViolations(page, "checklists compared");

  // End ratings and GAS.
  await open(page, `#/staff/participants/${id}/goals`, /目標/);
  const ends = [
    ["目標 1：孫と箱根の温泉に一泊旅行する", "8", "9", "1"],
    ["目標 2：商店街まで歩いて行って、友だちとお茶を飲む", "7", "8", "0"],
  ];
  for (const [title, perf, satis, gas] of ends) {
    const card = page.getByRole("region", { name: title });
    await card.getByLabel("一歩 1 を達成した回").selectOption(title.startsWith("目標 1") ? "4" : "10");
    await card.getByLabel("遂行度（おわり）").selectOption(perf);
    await card.getByLabel("満足度（おわり）").selectOption(satis);
    await card.getByLabel("目標達成スケール（GAS、卒業時）").selectOption(gas);
    await card.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("region", { name: title }).getByText("保存しました。").waitFor();
  }
  const goals = (await api("GET", `/api/v1/participants/${id}/goals`)).body.filter((g) => g.status === "active");
  assert.deepEqual(goals.map((g) => [g.performance_end, g.satisfaction_end, g.gas]), [[8, 9, 1], [7, 8, 0]]);
  assert.equal(goals[0].steps[0].reached_session, 4, "reached at the 4th interview");

  // Absent on the day of the twelfth: a make-up (振替) a week later keeps the missed day.
  await open(page, `#/staff/participants/${id}/sessions`, /教室の予定/);
  const missedDay = (await api("GET", `/api/v1/participants/${id}/sessions`)).body.sessions[11].date;
  await page.getByRole("button", { name: "12回目 欠席", exact: true }).click();
  await page.getByRole("heading", { name: "12回目を欠席されたとき" }).waitFor();
  await expectNoAxeViolations(page, "the twelfth missed");
  await page.getByRole("button", { name: "振替の日を決める" }).click();
  await page.getByText(/^振替（もとの日 /).waitFor();
  assert.equal(await page.getByRole("heading", { name: "12回目を欠席されたとき" }).count(), 0);
  const madeUp = (await api("GET", `/api/v1/participants/${id}/sessions`)).body.sessions[11];
  assert.equal(madeUp.makeup_of, missedDay);
  assert.equal(madeUp.attendance, "planned");
  // The twelfth attendance (the make-up) completes the program (修了).
  await page.getByRole("button", { name: "12回目 出席", exact: true }).click();
  await page.getByText("状況：修了").waitFor();
  const finished = (await api("GET", `/api/v1/participants/${id}/sessions`)).body;
  assert.equal(finished.status, "completed");
  assert.ok(finished.sessions.every((s) => s.attendance === "attended" && s.has_interview));
  assert.deepEqual(finished.sessions.filter((s) => s.has_tests).map((s) => s.number), [1, 6, 12]);

  // Before / after.
  assert.equal((await api("POST", `/api/v1/participants/${id}/screenings`, screening([1, 2, 3, 4, 5, 6, 7, 8, 16, 19]))).status, 201);
  await open(page, `#/staff/participants/${id}/tests`, /体力測定/);
  assert.equal(await page.locator("svg.chart").count(), 6, "a chart per test");
  const compareTests = page.getByRole("table", { name: "体力測定", exact: true });
  await compareTests.getByRole("row").filter({ hasText: "30秒いす立ち上がり（回）" }).getByText("よくなった").waitFor();
  await compareTests.getByRole("row").filter({ hasText: "TUG（Timed Up and Go）（秒）" }).getByText("よくなった").waitFor();
  await compareTests.getByRole("row").filter({ hasText: "通常歩行速度（m/秒）" }).getByText("0.81（1回目）").waitFor();
  const checklist = page.getByRole("table", { name: "基本チェックリスト（はじめての判定と最新の判定）" });
  await checklist.getByRole("row").filter({ hasText: "判定" }).getByText("対象外").waitFor();
  await page.getByRole("table", { name: "目標の自己評価（はじめとおわり）" }).getByRole("row").filter({ hasText: "孫と箱根" }).getByText("3 → 8").waitFor();
  await page.getByText(/導入時（2026年11月20日）：している 1・してみたい 3・興味がある 2/).waitFor();
  await expectNoAxeViolations(page, "tests and before/after");

  // The program sheet, on A4.
  await open(page, `#/staff/participants/${id}/print`, new RegExp(`個別計画書\\s+${name}さん`));
  await page.getByRole("button", { name: "印刷" }).waitFor();
  await page.getByText("孫と箱根の温泉に一泊旅行する").first().waitFor();
  await expectNoAxeViolations(page, "program sheet");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "印刷" }).isVisible(), false, "buttons do not print");
  const pdf = await page.pdf({ format: "A4" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g).length;
  assert.ok(pages <= 2, `the program sheet fits on two A4 pages (${pages})`);
  await page.emulateMedia({ media: "screen" });

  // The person's phone shows the goals in their words.
  const code = (await api("POST", `/api/v1/participants/${id}/enrollment-codes`, {})).body.code;
  const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "ja-JP" });
  const mine = await phone.newPage();
  await mine.goto(`${app.url}/#/enroll/${code.replace("-", "")}`);
  await mine.getByRole("button", { name: "はじめる" }).click();
  const card = mine.getByRole("region", { name: "わたしの目標" });
  await card.getByText("「孫と箱根の温泉に一泊旅行する」").waitFor();
  await card.getByText("できました：15分続けて歩ける").waitFor();
  await card.getByText(/これから：一人でバスに乗れる（8回目までに）/).waitFor();
  await expectNoAxeViolations(mine, "participant home with goals", { enhanced: true });
  await expectLargeAndTappable(mine, "participant home with goals");
  await phone.close();

  assert.deepEqual(errors, []);
  await page.close();
});

test("the cohort at a glance, its staffing check, and the calendar feed", async () => {
  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 } });
  await signIn(page, app.url);
  await page.getByRole("link", { name: /クールの全体/ }).first().click();
  await page.getByRole("heading", { level: 1, name: /クールの全体/ }).waitFor();
  await page.getByRole("alert").filter({ hasText: "補助スタッフ" }).waitFor();
  await page.getByRole("columnheader", { name: "気になること" }).waitFor();
  await expectNoAxeViolations(page, "cohort overview with a staffing warning");
  await page.getByLabel("補助スタッフ（名）").fill("1");
  await page.getByRole("button", { name: "人員と設備を更新する" }).click();
  await page.getByText("人員と設備の基準を満たしています。").waitFor();
  assert.equal(await page.getByRole("alert").filter({ hasText: "補助スタッフ" }).count(), 0);

  await page.getByRole("link", { name: "一覧にもどる" }).click();
  await page.getByRole("button", { name: "登録用のアドレスをつくる" }).click();
  const feedUrl = await page.getByLabel("登録用のアドレス").inputValue();
  assert.match(feedUrl, /\/api\/v1\/calendar\/[^/]+\.ics$/);
  await page.getByText("このアドレスは今だけ表示されます").waitFor();
  await expectNoAxeViolations(page, "calendar feed created");
  const ics = await fetch(feedUrl);
  assert.equal(ics.status, 200);
  const text = await ics.text();
  assert.ok(text.includes("BEGIN:VCALENDAR") && text.includes("BEGIN:VEVENT"));
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "使えなくする" }).first().click();
  await page.getByText("使えなくしました").first().waitFor();
  assert.equal((await fetch(feedUrl)).status, 404);

  // 中断, with a reason and a confirmation.
  const api = await staffApi(app.url);
  const person = (await api("GET", "/api/v1/participants")).body.filter((p) => p.status === "enrolled").at(-1);
  await open(page, `#/staff/participants/${person.id}/sessions`, /教室の予定/);
  await page.getByLabel("中断の理由").selectOption({ label: "入院" });
  await page.getByLabel("くわしく（任意）").fill("肺炎で入院。退院後に相談。");
  await expectNoAxeViolations(page, "sessions with discontinuation");
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole("button", { name: "中断を記録する" }).click();
  await page.waitForTimeout(100);
  assert.match(asked, /中断として記録します/);
  assert.equal((await api("GET", `/api/v1/participants/${person.id}/sessions`)).body.status, "enrolled", "nothing happens without a yes");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "中断を記録する" }).click();
  await page.getByText(/に中断（入院）/).waitFor();
  assert.equal((await api("GET", `/api/v1/participants/${person.id}/sessions`)).body.status, "discontinued");
  await page.close();
});

test("two saves of one interview meet: both versions are shown and the person chooses", async () => {
  const api = await staffApi(app.url);
  const person = (await api("GET", "/api/v1/participants")).body.find((p) => p.status === "enrolled");
  const path = `/api/v1/participants/${person.id}/sessions/2/interview`;
  const empty = { went_well: "", difficulties: "", goal_progress: "", next_step: "", quote: "", notes: "", duration_seconds: null };

  const page = await app.browser.newPage({ viewport: { width: 1180, height: 820 } });
  await signIn(page, app.url);
  await open(page, `#/staff/participants/${person.id}/sessions/2`, /2回目/);
  await page.getByLabel("うまくいったこと").fill("毎朝ラジオ体操をした");
  await page.getByLabel("次の小さな一歩").fill("公園まで歩く");

  // Someone else saves the same interview first.
  const other = await api("PUT", path, { ...empty, went_well: "買い物に一人で行けた", next_step: "バスに乗る" }, { "If-Match": '"0"' });
  assert.equal(other.status, 200);

  await page.getByRole("button", { name: "保存する" }).click();
  const conflict = page.getByTestId("conflict");
  await conflict.getByRole("heading", { name: "ほかの方が先に保存していました" }).waitFor();
  await conflict.getByRole("columnheader", { name: "あなたの入力" }).waitFor();
  await conflict.getByRole("columnheader", { name: /保存されている内容（.+さんが保存）/ }).waitFor();
  const row = conflict.getByRole("row").filter({ hasText: "うまくいったこと" });
  await row.getByText("毎朝ラジオ体操をした").waitFor();
  await row.getByText("買い物に一人で行けた").waitFor();
  await row.getByText("ちがいあり").waitFor();
  assert.equal((await api("GET", path)).body.went_well, "買い物に一人で行けた", "nothing was overwritten");
  await expectNoAxeViolations(page, "interview conflict");

  await conflict.getByRole("button", { name: "自分の内容で保存し直す" }).click();
  await page.getByText("保存しました。").waitFor();
  assert.equal(await page.getByTestId("conflict").count(), 0);
  let stored = (await api("GET", path)).body;
  assert.equal(stored.went_well, "毎朝ラジオ体操をした");
  assert.equal(stored.version, 2);

  // Again, and this time the stored version is taken.
  assert.equal((await api("PUT", path, { ...empty, went_well: "友だちと電話で話した" }, { "If-Match": '"2"' })).status, 200);
  await page.getByLabel("メモ").fill("血圧 132/80");
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByTestId("conflict").getByRole("button", { name: "保存されている内容を使う" }).click();
  await page.getByText("保存されている内容を表示しています。").waitFor();
  assert.equal(await page.getByLabel("うまくいったこと").inputValue(), "友だちと電話で話した");
  stored = (await api("GET", path)).body;
  assert.equal(stored.version, 3);
  assert.equal(stored.notes, "");
  await page.close();
});

test("an interview typed with the network gone comes back after a reload", async () => {
  const api = await staffApi(app.url);
  const person = (await api("GET", "/api/v1/participants")).body.filter((p) => p.status === "enrolled")[1];
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await signIn(page, app.url);
  await open(page, `#/staff/participants/${person.id}/sessions/3`, /3回目/);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 30000 });

  await page.getByLabel("うまくいったこと").fill("ゴミ出しを自分でできた");
  await page.getByLabel("ご本人の言葉").pressSequentially("できたよ");
  const key = `dekita.draft.interview.${person.id}.3`;
  const draft = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  assert.equal(draft.fields.quote, "できたよ");
  assert.equal(draft.base_version, 0);

  await context.setOffline(true);
  await page.reload();
  await page.getByText("下書きを復元しました").waitFor();
  await page.getByText("いまは通信できません").waitFor();
  assert.equal(await page.getByLabel("うまくいったこと").inputValue(), "ゴミ出しを自分でできた");
  assert.equal(await page.getByLabel("ご本人の言葉").inputValue(), "できたよ");
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByRole("alert").filter({ hasText: "下書きとして残っています" }).waitFor();
  await expectNoAxeViolations(page, "interview restored offline");

  // Signal back: the person presses 保存 again (once more if the first try still met no network).
  await context.setOffline(false);
  for (let attempt = 1; ; attempt++) {
    await page.getByRole("button", { name: "保存する" }).click();
    const outcome = await Promise.race([
      page.getByText("保存しました。").waitFor().then(() => "saved"),
      page.getByRole("alert").filter({ hasText: "通信できませんでした" }).waitFor().then(() => "offline"),
    ]);
    if (outcome === "saved") break;
    assert.ok(attempt < 3, "saving works once the network is back");
    await page.waitForTimeout(500);
  }
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null, "a saved draft is cleared");
  assert.equal((await api("GET", `/api/v1/participants/${person.id}/sessions/3/interview`)).body.quote, "できたよ");
  await context.close();
});
