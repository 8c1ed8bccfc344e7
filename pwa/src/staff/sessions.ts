// 教室の予定（12回）: generate the twelve weekly sessions, then attendance, rescheduling, the
// way to each interview and to the tests at sessions 1, 6 and 12, and 中断 with its reason.

import { h, show } from "../dom";
import { fullDate, monthDay, todayInJapan } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, keepingFocus, loading, message, participantName, select, statusLine, submitForm, textArea } from "./common";
import { DISCONTINUE_REASONS, type Program, type SessionRow } from "./types";

const path = (id: string) => `/api/v1/participants/${id}/sessions`;

export async function sessionsScreen(id: string, note = ""): Promise<void> {
  loading(tp.sessionsTitle);
  try {
    const [program, name] = await Promise.all([api.get<Program>(path(id)), participantName(id)]);
    render(id, name, program, note);
  } catch (e) {
    failed(tp.sessionsTitle, e, `#/staff/participants/${id}`);
  }
}

function summary(program: Program): HTMLElement {
  return h(
    "div",
    { class: "facts-line" },
    h("p", null, tp.statusLine(t.status[program.status] ?? program.status), `　${tp.period(fullDate(program.cohort.starts_on), fullDate(program.cohort.ends_on))}`),
    program.next_session ? h("p", null, tp.nextSessionLine(program.next_session.number, monthDay(program.next_session.date))) : null,
    program.graduation_date ? h("p", null, tp.graduationLine(fullDate(program.graduation_date))) : null,
    program.completion
      ? h("p", { class: "note" }, tp.completedLine(program.completion.on ? fullDate(program.completion.on) : "", program.completion.note))
      : null,
    program.discontinued
      ? h("p", { class: "note" }, tp.discontinuedLine(program.discontinued.on ? fullDate(program.discontinued.on) : "", tp.discontinueReasons[program.discontinued.reason] ?? program.discontinued.reason), program.discontinued.note ? `　${program.discontinued.note}` : "")
      : null,
  );
}

function render(id: string, name: string, program: Program, note: string): void {
  const status = statusLine();
  status.textContent = note;
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.sessionsTitle}　${name}さん`),
    summary(program),
    status,
    program.sessions.length ? sessionTable(id, name, program, status) : generateForm(id, name, program),
    lastMissed(program) && (can("schedule_sessions") || can("close_program")) ? lastMissedForms(id, name, program) : null,
    program.sessions.length && program.status === "enrolled" && can("close_program") ? discontinueForm(id, name) : null,
  );
}

/** Session 12 was missed and the program is still open. */
function lastMissed(program: Program): SessionRow | null {
  const last = program.sessions[program.sessions.length - 1];
  return program.status === "enrolled" && last && last.number === 12 && last.attendance === "absent" ? last : null;
}

function lastMissedForms(id: string, name: string, program: Program): HTMLElement {
  const last = lastMissed(program)!;
  const day = h("input", { type: "date", required: true, id: "makeup-date" });
  const next = new Date(`${last.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  day.value = next.toISOString().slice(0, 10);
  const makeupMsg = message();
  const makeupButton = h("button", { type: "submit", class: "primary" }, tp.makeupButton);
  const makeup = h("form", { class: "stack" }, field("makeup-date", tp.makeupDate, day), makeupMsg, makeupButton);
  submitForm(makeup, { button: makeupButton, message: makeupMsg }, async () => {
    const updated = await api.post<Program>(`/api/v1/participants/${id}/makeup`, { date: day.value });
    render(id, name, updated, tp.saved);
  });
  const reason = textArea("", 3, 1000);
  const completeMsg = message();
  const completeButton = h("button", { type: "submit", class: "secondary" }, tp.completeButton);
  const complete = h("form", { class: "stack" }, field("complete-reason", tp.completeReason, reason), completeMsg, completeButton);
  submitForm(complete, { button: completeButton, message: completeMsg, check: () => (confirm(tp.completeConfirm) ? undefined : false) }, async () => {
    const updated = await api.post<Program>(`/api/v1/participants/${id}/completion`, { reason: reason.value });
    render(id, name, updated, tp.saved);
  });
  return h(
    "section",
    { class: "card no-print", "aria-labelledby": "last-missed-title" },
    h("h2", { id: "last-missed-title" }, tp.lastMissedTitle),
    h("p", null, tp.lastMissedLead),
    can("schedule_sessions") ? makeup : null,
    can("close_program") ? complete : null,
  );
}

function generateForm(id: string, name: string, program: Program): HTMLElement {
  if (!can("schedule_sessions")) return h("p", null, tp.noneYet);
  const first = h("input", { type: "date", required: true, min: program.cohort.starts_on, max: program.cohort.ends_on });
  // Today when the period has begun, else its first day.
  const today = todayInJapan();
  first.value = today > program.cohort.starts_on && today <= program.cohort.ends_on ? today : program.cohort.starts_on;
  // The cohort's 訪問 sessions come checked; the therapist can change them for this person.
  const visits = Array.from({ length: 12 }, (_, i) => {
    const box = h("input", { type: "checkbox", value: String(i + 1), id: `home-${i + 1}` });
    box.checked = program.home_visits_default.includes(i + 1);
    return box;
  });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.generate);
  const form = h(
    "form",
    { class: "stack" },
    h("p", null, tp.generateLead),
    h("div", { class: "grid-form" }, field("first-date", tp.firstDate, first)),
    h(
      "fieldset",
      { class: "group checks" },
      h("legend", null, tp.homeVisitsTitle),
      visits.map((box, i) => h("label", { class: "choice", for: box.id }, box, tp.sessionN(i + 1))),
    ),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    const created = await api.post<Program>(path(id), {
      first_date: first.value,
      home_visits: visits.filter((b) => b.checked).map((b) => Number(b.value)),
    });
    render(id, name, created, tp.saved);
  });
  return h("section", { class: "card", "aria-labelledby": "generate-title" }, h("h2", { id: "generate-title" }, tp.generateTitle), form);
}

function sessionTable(id: string, name: string, program: Program, status: HTMLElement): HTMLElement {
  const canSchedule = can("schedule_sessions");
  const canAttend = can("record_attendance");
  const msg = message();
  const patch = async (n: number, body: Partial<Pick<SessionRow, "date" | "kind" | "attendance">>) => {
    msg.textContent = "";
    try {
      const updated = await api.patch<Program>(`${path(id)}/${n}`, body);
      await keepingFocus(() => render(id, name, updated, tp.saved));
    } catch (e) {
      msg.textContent = errorText(e);
      status.textContent = "";
    }
  };
  const rows = program.sessions.map((s) => {
    const date = h("input", { type: "date", id: `date-${s.number}`, "aria-label": tp.reschedule(s.number) });
    date.value = s.date;
    const attendance = canAttend
      ? h(
          "div",
          { class: "toggle", role: "group", "aria-label": `${tp.sessionN(s.number)}の${tp.colAttendance}` },
          h(
            "button",
            { type: "button", class: "secondary", id: `attend-${s.number}`, "aria-pressed": s.attendance === "attended" ? "true" : "false", "aria-label": tp.markAttended(s.number), onclick: () => patch(s.number, { attendance: s.attendance === "attended" ? "planned" : "attended" }) },
            tp.attendedWord,
          ),
          h(
            "button",
            { type: "button", class: "secondary", id: `absent-${s.number}`, "aria-pressed": s.attendance === "absent" ? "true" : "false", "aria-label": tp.markAbsent(s.number), onclick: () => patch(s.number, { attendance: s.attendance === "absent" ? "planned" : "absent" }) },
            tp.absentWord,
          ),
        )
      : null;
    const kindSelect = select(
      [
        ["center", tp.kind.center],
        ["home", tp.kind.home],
      ],
      s.kind,
    );
    kindSelect.id = `kind-${s.number}`;
    kindSelect.setAttribute("aria-label", `${tp.sessionN(s.number)}の${tp.colKind}`);
    kindSelect.addEventListener("change", () => patch(s.number, { kind: kindSelect.value as SessionRow["kind"] }));
    return h(
      "tr",
      { class: s.tests_due ? "tests-due" : "" },
      h("th", { scope: "row" }, tp.sessionN(s.number), s.makeup_of ? h("div", { class: "muted" }, tp.makeupOf(monthDay(s.makeup_of))) : null),
      h(
        "td",
        null,
        h("span", { class: "date-text" }, monthDay(s.date)),
        canSchedule
          ? h("div", { class: "inline no-print" }, date, h("button", { type: "button", class: "secondary", id: `change-${s.number}`, "aria-label": tp.changeDate(s.number), onclick: () => date.value && date.value !== s.date && patch(s.number, { date: date.value }) }, tp.change))
          : null,
      ),
      h("td", null, canSchedule ? kindSelect : tp.kind[s.kind]),
      h("td", null, h("span", { class: `attendance ${s.attendance}` }, tp.attendance[s.attendance]), attendance),
      h("td", null, h("a", { href: `#/staff/participants/${id}/sessions/${s.number}` }, tp.openInterview(s.number)), s.has_interview ? h("span", { class: "badge" }, tp.interviewDone) : null),
      h(
        "td",
        null,
        s.tests_due || s.has_tests
          ? h(
              "div",
              null,
              s.tests_due ? h("span", { class: "badge tests" }, tp.testsDue) : null,
              s.has_tests ? h("span", { class: "badge" }, tp.testsDone) : null,
            )
          : null,
        h("a", { href: `#/staff/participants/${id}/sessions/${s.number}/tests` }, tp.testsLink(s.number)),
      ),
    );
  });
  return h(
    "section",
    { "aria-labelledby": "sessions-table-title" },
    h("h2", { id: "sessions-table-title" }, tp.scheduleTitle),
    msg,
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "sessions" },
        h("caption", { class: "visually-hidden" }, tp.sessionsTitle),
        h("thead", null, h("tr", null, [tp.colSession, tp.colDate, tp.colKind, tp.colAttendance, tp.colInterview, tp.colTests].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, rows),
      ),
    ),
  );
}

function discontinueForm(id: string, name: string): HTMLElement {
  const reason = select(DISCONTINUE_REASONS.map((k): [string, string] => [k, tp.discontinueReasons[k]]), "illness");
  const note = textArea("", 3, 2000);
  const msg = message();
  const button = h("button", { type: "submit", class: "secondary danger" }, tp.discontinueButton);
  const form = h("form", { class: "stack" }, h("p", null, tp.discontinueLead), field("discontinue-reason", tp.discontinueReason, reason), field("discontinue-note", tp.discontinueNote, note), msg, button);
  submitForm(form, { button, message: msg, check: () => (confirm(tp.discontinueConfirm) ? undefined : false) }, async () => {
    const updated = await api.post<Program>(`/api/v1/participants/${id}/discontinuation`, { reason: reason.value, note: note.value });
    render(id, name, updated, tp.saved);
  });
  return h("section", { class: "card no-print", "aria-labelledby": "discontinue-title" }, h("h2", { id: "discontinue-title" }, tp.discontinueTitle), form);
}
