// The way into the program from a participant's record: one link per part of the work, and
// where the person is on the path (loaded after the record, quietly skipped if it fails).

import { h } from "../dom";
import { fullDate, monthDay } from "../format";
import { t, tp } from "../strings/staff";
import { volunteerWords } from "../strings/staff/volunteers";
import { api, can } from "./common";
import type { Program } from "./types";

export function programLinks(id: string): HTMLElement {
  const base = `#/staff/participants/${id}`;
  const links: [string, string][] = [
    [`${base}/assessment`, tp.linkAssessment],
    [`${base}/interest`, tp.linkInterest],
    [`${base}/goals`, tp.linkGoals],
    [`${base}/sessions`, tp.linkSessions],
    [`${base}/tests`, tp.linkTests],
    [`${base}/daily`, tp.linkDaily],
    [`${base}/plan`, tp.linkPlan],
    [`${base}/print`, tp.linkPrint],
    ...(can("print_take_home_sheet") ? ([[`${base}/take-home`, tp.takeHomeLink]] as [string, string][]) : []),
    [`${base}/graduation`, tp.linkGraduation],
    [`${base}/consents`, tp.linkConsents],
    ...(can("send_referrer_feedback") ? ([[`${base}/referrer-feedback`, volunteerWords.feedbackLink]] as [string, string][]) : []),
  ];
  const where = h("div", { class: "program-where" });
  void api
    .get<Program>(`/api/v1/participants/${id}/sessions`)
    .then((p) => {
      where.replaceChildren(
        h(
          "div",
          null,
          h("p", null, tp.statusLine(t.status[p.status] ?? p.status)),
        p.next_session ? h("p", null, tp.nextSessionLine(p.next_session.number, monthDay(p.next_session.date))) : null,
          p.graduation_date ? h("p", null, tp.graduationLine(fullDate(p.graduation_date))) : null,
        ),
      );
    })
    .catch(() => undefined);
  return h(
    "nav",
    { class: "card no-print", "aria-labelledby": "program-title" },
    h("h2", { id: "program-title" }, tp.programTitle),
    where,
    h("ul", { class: "links program-links" }, links.map(([href, label]) => h("li", null, h("a", { href }, label)))),
  );
}
