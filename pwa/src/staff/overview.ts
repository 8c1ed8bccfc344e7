// クールの全体: who is at which session, the next session and graduation, who needs attention
// (in words), the graduation dates, and the staffing check with the form to correct it.

import { h, show } from "../dom";
import { fullDate, monthDay } from "../format";
import { t, tp } from "../strings/staff";
import { api, can, failed, field, header, keepingFocus, loading, message, statusLine, submitForm, textInput } from "./common";
import type { Overview } from "./types";

const path = (id: string) => `/api/v1/cohorts/${id}/overview`;

export async function overviewScreen(id: string): Promise<void> {
  loading(tp.cohortsTitle);
  try {
    render(id, await api.get<Overview>(path(id)), "");
  } catch (e) {
    failed(tp.cohortsTitle, e);
  }
}

function staffing(o: Overview): HTMLElement {
  const r = o.staffing.required;
  return h(
    "section",
    { class: "card", "aria-labelledby": "staffing-title" },
    h("h2", { id: "staffing-title" }, tp.staffingTitle),
    o.staffing.ok
      ? h("p", { class: "ok" }, h("strong", null, tp.staffingOk))
      : h("div", { class: "warning", role: "alert" }, h("p", null, h("strong", null, tp.staffingProblem)), h("ul", null, o.staffing.problems.map((p) => h("li", null, p)))),
    h("p", null, tp.staffingRequired(r.therapists, r.nurses, r.aides, r.room_area_m2)),
    h("p", { class: "hint" }, tp.staffingRuleUsed(tp.staffingRules[o.staffing.rule])),
  );
}

function staffingForm(id: string, o: Overview): HTMLElement | null {
  if (!can("check_staffing")) return null;
  const c = o.cohort;
  const inputs = {
    capacity: textInput(String(c.capacity), { inputmode: "numeric" }),
    room_area_m2: textInput(String(c.room_area_m2), { inputmode: "decimal" }),
    therapists: textInput(String(c.therapists), { inputmode: "numeric" }),
    nurses: textInput(String(c.nurses), { inputmode: "numeric" }),
    aides: textInput(String(c.aides), { inputmode: "numeric" }),
  };
  const msg = message();
  const button = h("button", { type: "submit", class: "primary", id: "staffing-save" }, tp.updateStaffing);
  const form = h(
    "form",
    { class: "stack" },
    h(
      "div",
      { class: "grid-form" },
      field("capacity", tp.capacity, inputs.capacity),
      field("room-area", tp.roomArea, inputs.room_area_m2),
      field("therapists", tp.therapists, inputs.therapists),
      field("nurses", tp.nurses, inputs.nurses),
      field("aides", tp.aides, inputs.aides),
    ),
    msg,
    button,
  );
  const toNumber = (s: string) => Number(s.trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  const body = () => Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, toNumber(el.value)]));
  const check = () => (Object.values(body()).some((v) => !Number.isFinite(v) || v < 0 || String(v) === "") ? t.genericError : null);
  submitForm(form, { button, message: msg, check }, async () => {
    const updated = await api.put<Overview>(`/api/v1/cohorts/${id}/staffing`, body());
    await keepingFocus(() => render(id, updated, tp.saved));
  });
  return h("section", { class: "card no-print", "aria-labelledby": "staffing-form-title" }, h("h2", { id: "staffing-form-title" }, tp.updateStaffing), form);
}

function render(id: string, o: Overview, note: string): void {
  const status = statusLine();
  status.textContent = note;
  const rows = o.participants.map((p) =>
    h(
      "tr",
      null,
      h("th", { scope: "row" }, h("a", { href: `#/staff/participants/${p.id}` }, p.display_name)),
      h("td", null, t.status[p.status] ?? p.status),
      h("td", null, tp.sessionsAttended(p.sessions_attended)),
      h("td", null, p.next_session ? `${tp.sessionN(p.next_session.number)}　${monthDay(p.next_session.date)}` : "—"),
      h("td", null, p.graduation_date ? fullDate(p.graduation_date) : "—"),
      h(
        "td",
        null,
        p.attention.length ? h("ul", { class: "badges" }, p.attention.map((a) => h("li", { class: `badge attention ${a.kind}` }, a.message))) : h("span", { class: "muted" }, tp.noAttention),
      ),
    ),
  );
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: "#/staff" }, t.back)),
    h("h1", null, tp.overviewTitle(o.cohort.name)),
    h("p", null, `${o.cohort.provider_name}　${tp.period(fullDate(o.cohort.starts_on), fullDate(o.cohort.ends_on))}`),
    status,
    staffing(o),
    h(
      "section",
      { "aria-labelledby": "cohort-people-title" },
      h("h2", { id: "cohort-people-title" }, tp.participantsInCohort),
      o.participants.length
        ? h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              null,
              h("caption", { class: "visually-hidden" }, tp.participantsInCohort),
              h("thead", null, h("tr", null, [t.colName, t.colStatus, tp.colProgress, tp.colNext, tp.colGraduation, tp.colAttention].map((c) => h("th", { scope: "col" }, c)))),
              h("tbody", null, rows),
            ),
          )
        : h("p", null, t.noParticipants),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "graduations-title" },
      h("h2", { id: "graduations-title" }, tp.graduationsTitle),
      o.graduations.length ? h("ul", null, o.graduations.map((g) => h("li", null, tp.graduationCount(fullDate(g.date), g.count)))) : h("p", null, tp.noGraduations),
    ),
    staffingForm(id, o),
  );
}
