// Follow-up after the program: the caller's tasks (a coordinator's through live consents, a
// 包括's for their referrals, the municipality's all, the escalated ones first to see) and the
// form that records one, with the status the server derives.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate } from "../format";
import { tp } from "../strings/staff";
import { api, failed, field, header, loading, message, select, submitForm, textInput } from "./common";

type FollowUp = Schemas["FollowUp"];
type AttentionTask = Schemas["AttentionTask"];
type SelfReport = Schemas["SelfReport"];

/** What the person answered on their phone: the self-report part of the follow-up. */
export function selfReportPart(r: SelfReport | null | undefined): HTMLElement {
  return h(
    "section",
    { class: "card", "aria-labelledby": "self-report-title", "data-testid": "self-report" },
    h("h2", { id: "self-report-title" }, tp.selfReportTitle),
    r
      ? h(
          "dl",
          null,
          h("dt", null, tp.outingsLabel),
          h("dd", null, tp.outings[r.outings] ?? r.outings),
          h("dt", null, tp.outingPlacesLabel),
          h("dd", null, r.places.map((p) => tp.outingPlaces[p] ?? p).join("・") || tp.none),
          h("dt", null, tp.keepingLabel),
          h("dd", null, tp.keeping[r.exercise] ?? r.exercise),
          h("dd", { class: "muted" }, tp.selfReportOn(fullDate(r.answered_on))),
        )
      : h("p", { class: "muted" }, tp.selfReportNone),
  );
}
type Input = Schemas["FollowUpInput"];

const ORDER = ["escalated", "overdue", "due", "upcoming", "done"];

export async function followUpsScreen(): Promise<void> {
  loading(tp.followUpsTitle);
  let items: FollowUp[];
  let attention: AttentionTask[];
  try {
    [items, attention] = await Promise.all([
      api.get<FollowUp[]>("/api/v1/follow-ups"),
      api.get<AttentionTask[]>("/api/v1/follow-ups/attention"),
    ]);
  } catch (e) {
    failed(tp.followUpsTitle, e);
    return;
  }
  items.sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || a.due_on.localeCompare(b.due_on));
  const rows = items.map((f) =>
    h(
      "tr",
      { "data-testid": "follow-up-row" },
      h("td", null, f.state === "done" ? f.display_name : h("a", { href: `#/staff/follow-ups/${f.id}` }, f.display_name)),
      h("td", null, tp.monthsLabel(f.months)),
      h("td", null, fullDate(f.due_on)),
      h(
        "td",
        null,
        h("span", { class: f.state === "overdue" || f.state === "escalated" ? "badge attention" : "badge" }, tp.followStates[f.state] ?? f.state),
        f.status_label ? h("span", { class: "badge" }, f.status_label) : null,
        f.self_report ? h("span", { class: "badge" }, tp.selfReportTitle) : null,
      ),
      h("td", null, f.assigned_name ?? tp.assigneeKinds[f.assignee_kind] ?? f.assignee_kind),
    ),
  );
  show(
    header(),
    h("p", null, h("a", { href: "#/staff" }, tp.backToList)),
    h("h1", null, tp.followUpsTitle),
    h("p", null, tp.followUpsLead),
    items.length
      ? h(
          "table",
          { class: "inbox" },
          h("caption", { class: "visually-hidden" }, tp.followUpsTitle),
          h(
            "thead",
            null,
            h("tr", null, h("th", { scope: "col" }, tp.colPerson), h("th", { scope: "col" }, tp.colWhen), h("th", { scope: "col" }, tp.colDue), h("th", { scope: "col" }, tp.colFollowState), h("th", { scope: "col" }, tp.colAssignee)),
          ),
          h("tbody", null, rows),
        )
      : h("p", null, tp.followUpsEmpty),
    attention.length ? attentionPart(attention) : null,
  );
}

/** Graduates connected to a place who stopped attending it: tasks, with who holds each and why. */
function attentionPart(items: AttentionTask[]): HTMLElement {
  return h(
    "section",
    { class: "card", "aria-labelledby": "attention-title", "data-testid": "attention-tasks" },
    h("h2", { id: "attention-title" }, tp.attentionTitle),
    h("p", null, tp.attentionLead),
    h(
      "table",
      { class: "inbox" },
      h("caption", { class: "visually-hidden" }, tp.attentionTitle),
      h(
        "thead",
        null,
        h("tr", null, h("th", { scope: "col" }, tp.colPerson), h("th", { scope: "col" }, tp.colPlace), h("th", { scope: "col" }, tp.colSince), h("th", { scope: "col" }, tp.colAssignee)),
      ),
      h(
        "tbody",
        null,
        items.map((t) =>
          h(
            "tr",
            { "data-testid": "attention-row" },
            h("td", null, t.display_name, h("div", { class: "muted" }, t.note)),
            h("td", null, t.place_name),
            h("td", null, fullDate(t.since)),
            h("td", null, t.assigned_name ?? tp.assigneeKinds[t.assignee_kind] ?? t.assignee_kind),
          ),
        ),
      ),
    ),
  );
}

function checks(legend: string, name: string, options: [string, string][]): HTMLFieldSetElement {
  return h(
    "fieldset",
    { class: "field" },
    h("legend", null, legend),
    options.map(([value, label]) => h("label", { class: "check" }, h("input", { type: "checkbox", name, value }), ` ${label}`)),
  );
}

function checked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

export async function followUpScreen(id: string): Promise<void> {
  loading(tp.followUpsTitle);
  let task: FollowUp | undefined;
  try {
    task = (await api.get<FollowUp[]>("/api/v1/follow-ups")).find((f) => f.id === id);
  } catch (e) {
    failed(tp.followUpsTitle, e, "#/staff/follow-ups");
    return;
  }
  if (!task) {
    failed(tp.followUpsTitle, new Error(tp.followUpsEmpty), "#/staff/follow-ups");
    return;
  }
  const method = select(Object.entries(tp.methods), task.self_report ? "self_report" : "phone");
  const informant = textInput("", { maxlength: 200 });
  const certification = select(Object.entries(tp.certifications), "unknown");
  const change = select(Object.entries(tp.changes), "unknown");
  const living = h("input", { type: "checkbox", id: "fu-living" });
  const exercise = h("input", { type: "number", min: 0, max: 7, inputmode: "numeric" });
  const satisfaction = select([["", "—"], ["1", "1"], ["2", "2"], ["3", "3"], ["4", "4"], ["5", "5"]], "");
  const note = textInput("", { maxlength: 1000 });
  const next = select(Object.entries(tp.nextActions), "none");
  const msg = message();
  const button = h("button", { type: "submit" }, tp.saveFollowUp);
  const form = h(
    "form",
    { class: "card", novalidate: true },
    field("fu-method", tp.method, method),
    field("fu-informant", tp.informant, informant),
    field("fu-cert", tp.certification, certification),
    field("fu-change", tp.certificationChange, change),
    checks(tp.servicesLegend, "services", Object.entries(tp.services)),
    checks(tp.participationLegend, "participation", Object.entries(tp.participation)),
    checks(tp.eventsLegend, "events", Object.entries(tp.events)),
    h("div", { class: "field" }, h("label", { class: "check", for: "fu-living" }, living, ` ${tp.livingIndependently}`)),
    field("fu-exercise", tp.homeExercise, exercise),
    field("fu-satisfaction", tp.satisfaction, satisfaction),
    field("fu-note", tp.fitNote, note),
    field("fu-next", tp.nextAction, next),
    msg,
    button,
  );
  submitForm(form, { button, message: msg }, async () => {
    const body: Input = {
      method: method.value,
      informant: informant.value,
      certification: certification.value,
      certification_change: change.value,
      services: checked(form, "services"),
      participation: checked(form, "participation").map((kind) => ({ kind })),
      events: checked(form, "events"),
      living_independently: living.checked,
      home_exercise_days: exercise.value === "" ? null : Number(exercise.value),
      satisfaction: satisfaction.value === "" ? null : Number(satisfaction.value),
      fit_note: note.value,
      next_action: next.value,
      measures: {},
    };
    const saved = await api.post<FollowUp>(`/api/v1/follow-ups/${id}`, body);
    msg.textContent = tp.savedFollowUp(saved.status_label ?? "");
  });
  show(
    header(),
    h("p", null, h("a", { href: "#/staff/follow-ups" }, tp.backToFollowUps)),
    h("h1", null, tp.formTitle(task.display_name, tp.monthsLabel(task.months))),
    h("p", null, `${tp.colDue}：${fullDate(task.due_on)}`),
    selfReportPart(task.self_report),
    form,
  );
}
