// 印刷用の計画書: the participant's goals and steps, the sessions with attendance, and the test
// results, laid out for one or two A4 pages.

import { h, show } from "../dom";
import { fullDate, monthDay } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, failed, header, loading, printButton } from "./common";
import { chains, progress } from "./goalform";
import { sourceLabel } from "./goals";
import { testsTable } from "./tests";
import type { Goal, PerformanceTest, Program } from "./types";

interface Person {
  display_name: string;
  family_name_kana: string;
  given_name_kana: string;
  age: number;
  cohort: { name: string };
  provider_name: string;
}

export async function printScreen(id: string): Promise<void> {
  loading(tp.linkPrint);
  try {
    const [person, goals, program, tests] = await Promise.all([
      api.get<Person>(`/api/v1/participants/${id}`),
      api.get<Goal[]>(`/api/v1/participants/${id}/goals`),
      api.get<Program>(`/api/v1/participants/${id}/sessions`),
      api.get<PerformanceTest[]>(`/api/v1/participants/${id}/performance-tests`),
    ]);
    render(id, person, goals, program, tests);
  } catch (e) {
    failed(tp.linkPrint, e, `#/staff/participants/${id}`);
  }
}

function goalBlock(g: Goal, n: number): HTMLElement {
  const source = sourceLabel(g);
  const p = progress(g);
  const r = (v: number | null) => (v === null ? tp.notRated : String(v));
  return h(
    "section",
    { class: "print-goal" },
    h("h3", null, `${tp.goalN(n)}：${g.text}`),
    source ? h("p", null, tp.goalFrom(source)) : null,
    h(
      "table",
      null,
      h("caption", { class: "visually-hidden" }, tp.stepsTitle),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.stepsTitle), h("th", { scope: "col" }, tp.colTarget), h("th", { scope: "col" }, tp.stepDone))),
      h(
        "tbody",
        null,
        g.steps.map((s) => h("tr", null, h("td", null, s.text), h("td", null, tp.targetBy(s.target_session)), h("td", null, s.reached_session ? tp.reachedAt(s.reached_session) : tp.stepOpen))),
      ),
    ),
    h(
      "p",
      null,
      `${tp.progressLine(p.reached, p.total)}　${tp.perfShort} ${tp.arrow(r(g.performance_start), r(g.performance_end))}　${tp.satisShort} ${tp.arrow(r(g.satisfaction_start), r(g.satisfaction_end))}${g.gas === null ? "" : `　GAS ${tp.gasLevels[String(g.gas)]}`}`,
    ),
  );
}

function render(id: string, person: Person, goals: Goal[], program: Program, tests: PerformanceTest[]): void {
  const current = chains(goals).map((c) => c[c.length - 1]);
  show(
    header(),
    backToRecord(id),
    h("div", { class: "no-print actions" }, printButton()),
    h("article", { class: "sheet" },
      h("h1", null, tp.printTitle(person.display_name)),
      h(
        "p",
        null,
        `${person.family_name_kana} ${person.given_name_kana}　${t.ageYears(person.age)}　${person.cohort.name}（${person.provider_name}）`,
        program.graduation_date ? `　${tp.graduationLine(fullDate(program.graduation_date))}` : "",
      ),
      h("section", { "aria-labelledby": "print-goals" }, h("h2", { id: "print-goals" }, tp.printGoals), current.length ? current.map((g, i) => goalBlock(g, i + 1)) : h("p", null, tp.noGoals)),
      h(
        "section",
        { "aria-labelledby": "print-sessions" },
        h("h2", { id: "print-sessions" }, tp.printSessions),
        program.sessions.length
          ? h(
              "table",
              { class: "compact" },
              h("caption", { class: "visually-hidden" }, tp.printSessions),
              h("thead", null, h("tr", null, [tp.colSession, tp.colDate, tp.colKind, tp.colAttendance, tp.colTests].map((c) => h("th", { scope: "col" }, c)))),
              h(
                "tbody",
                null,
                program.sessions.map((s) =>
                  h(
                    "tr",
                    null,
                    h("th", { scope: "row" }, tp.sessionN(s.number)),
                    h("td", null, monthDay(s.date)),
                    h("td", null, tp.kind[s.kind]),
                    h("td", null, tp.attendance[s.attendance]),
                    h("td", null, s.tests_due ? tp.testsDue : ""),
                  ),
                ),
              ),
            )
          : h("p", null, tp.noneYet),
      ),
      h("section", { "aria-labelledby": "print-tests" }, h("h2", { id: "print-tests" }, tp.printTests), tests.length ? testsTable(tests) : h("p", null, tp.noTests)),
    ),
  );
}
