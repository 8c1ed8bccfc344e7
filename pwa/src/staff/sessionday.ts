// A session day of one cohort (provider staff): everyone due with the time and the venue,
// attendance with one tap each, the check before exercise with the safety rule's answer, and
// a link to each person's interview.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate, todayInJapan } from "../format";
import { t, tp } from "../strings/staff";
import { api, can, errorText, failed, field, header, loading, message, select, submitForm } from "./common";

type CohortDay = Schemas["CohortDay"];
type Due = Schemas["DueToday"];
type Check = Schemas["Check"];

function checkResult(check: Check | null | undefined): HTMLElement {
  const line = h("p", { role: "status", "data-testid": "check-result" });
  if (!check) return line;
  if (check.urgent) {
    line.className = "message";
    line.textContent = tp.checkUrgent;
  } else if (check.rest) {
    line.className = "message";
    line.textContent = `${tp.checkRest}（${check.reasons.map((r) => tp.reasonNames[r] ?? r).join("・")}）`;
  } else {
    line.className = "saved-note";
    line.textContent = tp.checkFine;
  }
  return line;
}

function numberInput(value: number | null | undefined, label: string): HTMLInputElement {
  return h("input", { type: "number", inputmode: "numeric", min: 20, max: 300, value: value ?? "", "aria-label": label, class: "short" });
}

/** 振替 in one tap: the tap opens the day to move this session to (the day after, to start
 * with), and one more press moves it; the list then shows who is still due today. */
function makeupTap(p: Due, date: string, holder: HTMLElement): HTMLElement {
  const formId = `move-${p.participant_id}`;
  const open: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "secondary",
      "aria-expanded": "false",
      "aria-controls": formId,
      "aria-label": tp.attendanceOf(p.display_name, tp.makeupWord),
      onclick: () => {
        if (holder.firstChild) {
          holder.replaceChildren();
          open.setAttribute("aria-expanded", "false");
          return;
        }
        const next = new Date(`${date}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const day = h("input", { type: "date", required: true, value: next.toISOString().slice(0, 10) });
        const msg = message();
        const button = h("button", { type: "submit", class: "primary" }, tp.makeupMove);
        const form = h("form", { class: "inline-form", id: `${formId}-form` }, field(`${formId}-date`, tp.makeupDay(p.display_name), day), button, msg);
        submitForm(form, { button, message: msg, busyLabel: t.sending }, async () => {
          await api.patch(`/api/v1/participants/${p.participant_id}/sessions/${p.number}`, { date: day.value });
          holder.replaceChildren(h("p", { class: "saved-note", role: "status" }, tp.makeupMoved(p.display_name, fullDate(day.value))));
          open.remove();
        });
        holder.replaceChildren(form);
        open.setAttribute("aria-expanded", "true");
        day.focus();
      },
    },
    tp.makeupWord,
  );
  return open;
}

function personCard(p: Due, date: string, rerender: () => void): HTMLElement {
  const id = `p-${p.participant_id}`;
  const moveTo = h("div", { id: `move-${p.participant_id}`, class: "no-print" });
  const tap = (word: string, attendance: "attended" | "absent") =>
    h(
      "button",
      {
        type: "button",
        class: p.attendance === attendance ? "primary" : "secondary",
        "aria-pressed": p.attendance === attendance ? "true" : "false",
        "aria-label": tp.attendanceOf(p.display_name, word),
        onclick: async () => {
          try {
            await api.patch(`/api/v1/participants/${p.participant_id}/sessions/${p.number}`, { attendance });
            rerender();
          } catch (e) {
            alert(errorText(e));
          }
        },
      },
      word,
    );
  const systolic = numberInput(p.check?.systolic, tp.systolic);
  const diastolic = numberInput(p.check?.diastolic, tp.diastolic);
  const pulse = numberInput(p.check?.pulse, tp.pulse);
  const feeling = select(
    Object.entries(tp.feelings).map(([k, v]): [string, string] => [k, v]),
    p.check?.feeling ?? "usual",
  );
  let result = checkResult(p.check);
  const msg = message();
  const button = h("button", { type: "submit", class: "secondary" }, tp.saveCheck);
  const form = h(
    "form",
    { class: "check-form" },
    field(`${id}-sys`, tp.systolic, systolic),
    field(`${id}-dia`, tp.diastolic, diastolic),
    field(`${id}-pulse`, tp.pulse, pulse),
    field(`${id}-feeling`, tp.feelingLabel, feeling),
    button,
    msg,
  );
  const num = (el: HTMLInputElement) => (el.value.trim() === "" ? null : Number(el.value));
  submitForm(form, { button, message: msg, busyLabel: t.sending, reenable: true }, async () => {
    const check = await api.put<Check>(`/api/v1/participants/${p.participant_id}/sessions/${p.number}/check`, {
      systolic: num(systolic),
      diastolic: num(diastolic),
      pulse: num(pulse),
      feeling: feeling.value,
    });
    const next = checkResult(check);
    result.replaceWith(next);
    result = next;
  });
  return h(
    "article",
    { class: "card due", "aria-labelledby": `${id}-name`, "data-testid": "due-person" },
    h(
      "h2",
      { id: `${id}-name` },
      h("a", { href: `#/staff/participants/${p.participant_id}` }, p.display_name),
      h("span", { class: "muted" }, `　${tp.sessionN(p.number)}・${tp.kind[p.kind]}`),
    ),
    h(
      "p",
      { class: "attendance-taps" },
      tap(tp.attendedWord, "attended"),
      tap(tp.absentWord, "absent"),
      can("schedule_sessions") ? makeupTap(p, date, moveTo) : null,
      h("a", { href: `#/staff/participants/${p.participant_id}/sessions/${p.number}` }, tp.interviewLink),
    ),
    moveTo,
    h("h3", null, tp.preCheckTitle),
    form,
    result,
  );
}

export async function sessionDayScreen(cohortId: string): Promise<void> {
  const date = new URLSearchParams(location.hash.split("?")[1] ?? "").get("date") ?? todayInJapan();
  loading(tp.sessionDayTitle(""));
  let day: CohortDay;
  try {
    day = await api.get<CohortDay>(`/api/v1/cohorts/${cohortId}/day?date=${date}`);
  } catch (e) {
    failed(tp.sessionDayTitle(""), e);
    return;
  }
  const rerender = () => void sessionDayScreen(cohortId);
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: "#/staff" }, t.back)),
    h("h1", null, tp.sessionDayTitle(day.cohort_name)),
    h("p", null, day.starts_at && day.ends_at ? tp.dayWhen(fullDate(day.date), day.starts_at, day.ends_at) : fullDate(day.date)),
    day.venue ? h("p", null, tp.dayVenue(day.venue)) : null,
    day.transport ? h("p", null, tp.cohortTransportAt(day.meeting_point)) : null,
    day.closed ? h("p", { class: "message", role: "alert" }, tp.dayClosed(day.closed)) : null,
    day.people.length ? h("div", { class: "due-list" }, day.people.map((p) => personCard(p, day.date, rerender))) : h("p", null, tp.nobodyToday),
  );
}
