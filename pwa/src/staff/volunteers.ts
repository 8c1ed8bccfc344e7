// The circle (循環型) in staff mode: the volunteer registry with its counts and the export for
// ボランティアポイント, one volunteer's status, matching roles and activity log, the feedback
// drafted for a person's referrer (sent in the app or printed as a letter), and a 包括's
// feedback inbox. What is shown comes from the caller's capabilities and the server's scope.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate, todayInJapan } from "../format";
import { volunteerWords as v } from "../strings/staff/volunteers";
import { api, can, failed, field, header, loading, message, printButton, submitForm, textArea, textInput } from "./common";
import { csvEncodingChoice, saveDownload } from "./download";

type VolunteerList = Schemas["VolunteerList"];
type Volunteer = Schemas["Volunteer"];
type RoleMatch = Schemas["RoleMatch"];
type FeedbackPage = Schemas["FeedbackPage"];
type Received = Schemas["ReceivedFeedback"];

const NEXT: Record<string, string[]> = {
  interested: ["trained", "paused"],
  trained: ["active", "paused"],
  active: ["paused"],
  paused: ["active", "trained"],
};

function stat(label: string, value: string): HTMLElement {
  return h("div", { class: "stat" }, h("dt", null, label), h("dd", null, value));
}

export async function volunteersScreen(): Promise<void> {
  loading(v.title);
  let list: VolunteerList;
  try {
    list = await api.get<VolunteerList>("/api/v1/volunteers");
  } catch (e) {
    failed(v.title, e);
    return;
  }
  const s = list.summary;
  const rows = list.volunteers.map((p) =>
    h(
      "tr",
      { "data-testid": "volunteer-row" },
      h("td", null, h("a", { href: `#/staff/volunteers/${p.id}` }, p.name)),
      h("td", null, h("span", { class: "badge" }, v.statuses[p.status] ?? p.status)),
      h("td", null, p.roles.join("、")),
      h("td", null, v.hoursText(p.hours)),
      h("td", null, p.consent ? (v.consents[p.consent] ?? p.consent) : v.noConsent),
    ),
  );
  const today = todayInJapan();
  const from = textInput(`${today.slice(0, 4)}-04-01`, { type: "date" });
  const to = textInput(today, { type: "date" });
  const csvMessage = message();
  const csvButton = h("button", { type: "submit" }, v.download);
  const encoding = csvEncodingChoice("csv-encoding");
  const csv = can("export_volunteer_activity")
    ? h("form", { class: "card no-print", "aria-labelledby": "csv-title" }, h("h2", { id: "csv-title" }, v.csvTitle), field("csv-from", v.from, from), field("csv-to", v.to, to), encoding.field, csvMessage, csvButton)
    : null;
  if (csv) {
    submitForm(csv, { button: csvButton, message: csvMessage }, () =>
      saveDownload(`/api/v1/volunteers/activity.csv?from=${from.value}&to=${to.value}${encoding.query()}`, `dekita-volunteers-${from.value}-${to.value}.csv`),
    );
  }
  show(
    header(),
    h("p", null, h("a", { href: "#/staff" }, v.backHome)),
    h("h1", null, v.title),
    h("p", null, v.lead),
    h(
      "dl",
      { class: "stats card", "data-testid": "circle-summary" },
      stat(v.registered, v.people(s.registered)),
      stat(v.active, v.people(s.active)),
      stat(v.hours, v.hoursText(s.hours)),
      stat(v.referrals, v.people(s.referrals_by_volunteers)),
    ),
    list.volunteers.length
      ? h(
          "table",
          { class: "inbox" },
          h("caption", { class: "visually-hidden" }, v.title),
          h(
            "thead",
            null,
            h("tr", null, h("th", { scope: "col" }, v.colName), h("th", { scope: "col" }, v.colStatus), h("th", { scope: "col" }, v.colRoles), h("th", { scope: "col" }, v.colHours), h("th", { scope: "col" }, v.colConsent)),
          ),
          h("tbody", null, rows),
        )
      : h("p", null, v.empty),
    csv,
  );
}

export async function volunteerScreen(id: string): Promise<void> {
  loading(v.title);
  let one: Volunteer;
  let matches: RoleMatch[];
  try {
    [one, matches] = await Promise.all([api.get<Volunteer>(`/api/v1/volunteers/${id}`), api.get<RoleMatch[]>(`/api/v1/volunteers/${id}/matches`)]);
  } catch (e) {
    failed(v.title, e, "#/staff/volunteers");
    return;
  }
  const statusMessage = message();
  const moves = can("record_volunteers")
    ? h(
        "p",
        { class: "actions" },
        (NEXT[one.status] ?? []).map((to) =>
          h(
            "button",
            {
              type: "button",
              onclick: async () => {
                try {
                  await api.post<Volunteer>(`/api/v1/volunteers/${id}/status`, { status: to });
                  await volunteerScreen(id);
                  const m = document.querySelector<HTMLElement>(".message");
                  if (m) m.textContent = v.moved(v.statuses[to] ?? to);
                } catch (e) {
                  statusMessage.textContent = e instanceof Error ? e.message : String(e);
                }
              },
            },
            v.moveTo(v.statuses[to] ?? to),
          ),
        ),
      )
    : null;
  const date = textInput(todayInJapan(), { type: "date" });
  const place = textInput("", { maxlength: 80 });
  const role = textInput(one.roles[0] ?? "", { maxlength: 60 });
  const minutes = textInput("60", { type: "number", min: 15, max: 720, step: 15, inputmode: "numeric" });
  const activityMessage = message();
  const activityButton = h("button", { type: "submit" }, v.saveActivity);
  const activityForm =
    can("record_volunteers") && one.status === "active"
      ? h(
          "form",
          { class: "card", "aria-labelledby": "activity-title" },
          h("h2", { id: "activity-title" }, v.activityTitle),
          field("act-date", v.activityDate, date),
          field("act-place", v.activityPlace, place),
          field("act-role", v.activityRole, role),
          field("act-minutes", v.activityMinutes, minutes),
          activityMessage,
          activityButton,
        )
      : null;
  if (activityForm) {
    submitForm(activityForm, { button: activityButton, message: activityMessage }, async () => {
      await api.post<Volunteer>(`/api/v1/volunteers/${id}/activities`, { on_date: date.value, place_name: place.value, role: role.value, minutes: Number(minutes.value) });
      await volunteerScreen(id);
    });
  }
  show(
    header(),
    h("p", null, h("a", { href: "#/staff/volunteers" }, v.back)),
    h("h1", null, v.detailTitle(one.name)),
    h(
      "dl",
      { class: "card" },
      h("dt", null, v.colStatus),
      h("dd", null, `${v.statuses[one.status] ?? one.status}（${fullDate(one.status_on)}）`),
      h("dt", null, v.colRoles),
      h("dd", null, one.roles.join("、") || "—"),
      h("dt", null, v.skills),
      h("dd", null, one.skills || "—"),
      h("dt", null, v.availability),
      h("dd", null, one.availability || "—"),
      h("dt", null, v.area),
      h("dd", null, one.area ?? "—"),
      h("dt", null, v.trainings),
      h("dd", null, one.trainings.map((t) => `${t.name}（${fullDate(t.on)}）`).join("、") || "—"),
      h("dt", null, v.offeredLabel),
      h("dd", null, v.offered[one.offered_at] ?? one.offered_at),
    ),
    statusMessage,
    moves,
    h(
      "section",
      { class: "card", "aria-labelledby": "matches-title" },
      h("h2", { id: "matches-title" }, v.matchesTitle),
      matches.length
        ? h(
            "ul",
            null,
            matches.map((m) => h("li", { "data-testid": "role-match" }, h("strong", null, `${m.place_name}：${m.role}`), h("ul", null, m.reasons.map((r) => h("li", null, r))))),
          )
        : h("p", null, v.matchesEmpty),
    ),
    activityForm,
    h(
      "section",
      { class: "card", "aria-labelledby": "activities-title" },
      h("h2", { id: "activities-title" }, `${v.activitiesTitle}（${v.hoursText(one.hours)}）`),
      h("ul", null, one.activities.map((a) => h("li", null, `${fullDate(a.on_date)}　${a.place_name}　${a.role}　${v.minutes(a.minutes)}`))),
    ),
  );
}

/** The feedback drafted for a person's referrer: read, edit, send (or print as a letter). */
export async function referrerFeedbackScreen(participantId: string): Promise<void> {
  loading(v.feedbackTitle);
  let page: FeedbackPage;
  try {
    page = await api.get<FeedbackPage>(`/api/v1/participants/${participantId}/referrer-feedback`);
  } catch (e) {
    failed(v.feedbackTitle, e, `#/staff/participants/${participantId}`);
    return;
  }
  const r = page.referrer;
  const items = page.items.map((item, i) => {
    const label = v.events[item.event] ?? item.event;
    if (item.sent) {
      return h(
        "section",
        { class: "card letter", "aria-labelledby": `fb-${i}` },
        h("h2", { id: `fb-${i}` }, `${label}（${fullDate(item.event_on)}）`),
        h("p", { class: "note" }, v.sentOn(item.sent.sent_by_name, dateTimeJapan(item.sent.sent_at))),
        h("pre", { class: "letter-body" }, item.sent.body),
        item.sent.delivery === "letter" ? printButton(v.print) : null,
      );
    }
    if (!item.draft) return h("section", { class: "card" }, h("h2", null, `${label}（${fullDate(item.event_on)}）`), h("p", null, page.consent_live ? v.noReferrer : v.noConsent2));
    const body = textArea(item.draft, 8, 1200);
    const msg = message();
    const button = h("button", { type: "submit", class: "primary" }, v.send);
    const form = h("form", { class: "card no-print", "aria-labelledby": `fb-${i}` }, h("h2", { id: `fb-${i}` }, `${label}（${fullDate(item.event_on)}）`), field(`fb-body-${i}`, v.feedbackTitle, body), msg, button);
    submitForm(form, { button, message: msg }, async () => {
      await api.post<FeedbackPage>(`/api/v1/participants/${participantId}/referrer-feedback`, { event: item.event, event_key: item.event_key, body: body.value });
      await referrerFeedbackScreen(participantId);
    });
    return form;
  });
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${participantId}` }, v.backHome)),
    h("h1", null, v.feedbackTitle),
    h("p", { class: "no-print" }, v.feedbackLead),
    r
      ? h("p", null, h("strong", null, `${v.referrerLabel}：`), [r.kind_label, r.organisation, r.person, r.staff_name, r.volunteer_name].filter(Boolean).join("　"), page.delivery ? `（${v.deliveries[page.delivery]}）` : "")
      : h("p", null, v.noReferrer),
    h("div", null, items),
  );
}

/** A 包括's inbox of feedback about the people they referred. */
export async function feedbackInboxScreen(): Promise<void> {
  loading(v.inboxTitle);
  let list: Received[];
  try {
    list = await api.get<Received[]>("/api/v1/referrer-feedback");
  } catch (e) {
    failed(v.inboxTitle, e);
    return;
  }
  show(
    header(),
    h("p", null, h("a", { href: "#/staff" }, v.backHome)),
    h("h1", null, v.inboxTitle),
    h("p", null, v.inboxLead),
    h(
      "div",
      null,
      list.length
      ? list.map((f, i) =>
          h(
            "section",
            { class: "card", "aria-labelledby": `in-${i}`, "data-testid": "feedback-item" },
            h("h2", { id: `in-${i}` }, `${v.events[f.event] ?? f.event}（${fullDate(f.event_on)}）　${f.from_provider}`),
            f.body ? h("pre", { class: "letter-body" }, f.body) : h("p", null, v.tombstone),
          ),
        )
      : h("p", null, v.inboxEmpty),
    ),
  );
}
