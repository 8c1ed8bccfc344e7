// The 生活支援コーディネーター's inbox: handoffs addressed to them (or their team), each with
// only what the person's consent shares; a withdrawn or ended consent is a tombstone without
// data. The next step is recorded with its date and by whom (sent → acknowledged → contacted →
// proposed → trial → connected / not connected).

import { ApiError, Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate, todayInJapan } from "../format";
import { interestItem } from "../interest";
import { tp } from "../strings/staff";
import { api, failed, field, header, loading, message, submitForm, textInput } from "./common";

type Item = Schemas["InboxItem"];
type Detail = Schemas["HandoffDetail"];
type State = Schemas["HandoffState"];
type Suggestions = Schemas["Suggestions"];
type Place = Schemas["Place"];

const NEXT: State[] = ["acknowledged", "contacted", "proposed", "trial", "connected", "not_connected"];
const REASONS = ["own_wish", "no_transport", "no_place", "health", "unreachable", "other"] as const;

export async function inboxScreen(): Promise<void> {
  loading(tp.inboxTitle);
  let items: Item[];
  try {
    items = await api.get<Item[]>("/api/v1/handoffs");
  } catch (e) {
    failed(tp.inboxTitle, e);
    return;
  }
  const rows = items.map((i) =>
    h(
      "tr",
      { "data-testid": "inbox-row" },
      h(
        "td",
        null,
        i.tombstone ? h("p", { class: "tombstone" }, i.tombstone.message) : h("a", { href: `#/staff/handoffs/${i.id}` }, i.display_name ?? tp.nameNotShared),
      ),
      h(
        "td",
        null,
        h("span", { class: i.overdue ? "badge attention" : "badge" }, tp.stateLabels[i.state] ?? i.state),
        i.overdue ? h("span", { class: "badge attention" }, tp.overdue) : null,
        i.attention ? h("span", { class: "badge attention" }, tp.stoppedBadge) : null,
        i.attention ? h("p", { class: "attention-note" }, i.attention) : null,
      ),
      h("td", null, fullDate(i.sent_on)),
    ),
  );
  show(
    header(),
    h("p", null, h("a", { href: "#/staff" }, tp.backToList)),
    h("h1", null, tp.inboxTitle),
    h("p", null, tp.inboxLead),
    items.length
      ? h(
          "table",
          { class: "inbox" },
          h("caption", { class: "visually-hidden" }, tp.inboxTitle),
          h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.colPerson), h("th", { scope: "col" }, tp.colState), h("th", { scope: "col" }, tp.colSent))),
          h("tbody", null, rows),
        )
      : h("p", null, tp.inboxEmpty),
  );
}

function part<T>(title: string, value: T | null | undefined, render: (v: T) => HTMLElement | HTMLElement[]): HTMLElement {
  return h("section", { class: "card" }, h("h3", null, title), value === null || value === undefined ? h("p", { class: "muted" }, tp.notSharedPart) : render(value));
}

export async function handoffScreen(id: string): Promise<void> {
  loading(tp.detailTitle);
  let d: Detail;
  let suggestions: Suggestions | null = null;
  let places: Place[] = [];
  try {
    d = await api.get<Detail>(`/api/v1/handoffs/${id}`);
    [suggestions, places] = await Promise.all([
      api.get<Suggestions>(`/api/v1/handoffs/${id}/suggestions`).catch(() => null),
      api.get<Place[]>("/api/v1/places").catch(() => [] as Place[]),
    ]);
  } catch (e) {
    if (e instanceof ApiError && e.code === "consent_withdrawn") {
      show(header(), h("h1", null, tp.detailTitle), h("p", { class: "tombstone", role: "alert" }, e.message), h("p", null, h("a", { href: "#/staff/handoffs" }, tp.backToInbox)));
      return;
    }
    failed(tp.detailTitle, e, "#/staff/handoffs");
    return;
  }
  const s = d.shared;
  const state = h("select", null, ...NEXT.map((n) => h("option", { value: n }, tp.stateLabels[n])));
  const reason = h("select", null, h("option", { value: "" }, tp.none), ...REASONS.map((r) => h("option", { value: r }, tp.reasonLabels[r])));
  const on = h("input", { type: "date" });
  on.value = todayInJapan();
  const note = textInput("", { maxlength: 1000 });
  const place = h("select", null, h("option", { value: "" }, tp.none), ...places.filter((p) => p.active).map((p) => h("option", { value: p.id }, p.name)));
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.record);
  const form = h(
    "form",
    { class: "stack" },
    h("div", { class: "grid-form" }, field("next-state", tp.newState, state), field("next-reason", tp.reason, reason), field("next-on", tp.stepOn, on), field("next-place", tp.placeForStep, place), field("next-note", tp.stepNote, note)),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    try {
      await api.post<Detail>(`/api/v1/handoffs/${id}/state`, { state: state.value, reason: reason.value || null, note: note.value, on: on.value || null, place_id: place.value || null });
    } catch (e) {
      if (e instanceof ApiError && e.code === "consent_withdrawn") {
        await handoffScreen(id);
        return;
      }
      throw e;
    }
    await handoffScreen(id);
  });
  show(
    header(),
    h("p", null, h("a", { href: "#/staff/handoffs" }, tp.backToInbox)),
    h("h1", null, s.contact ? `${tp.detailTitle}　${s.contact.display_name}さん` : tp.detailTitle),
    h("p", null, h("span", { class: d.overdue ? "badge attention" : "badge" }, tp.stateLabels[d.state] ?? d.state), tp.validUntilLine(fullDate(d.valid_until))),
    h(
      "section",
      { "aria-labelledby": "shared-title" },
      h("h2", { id: "shared-title" }, tp.sharedTitle),
      part(tp.contactTitle, s.contact, (c) => [h("p", null, `${c.display_name}（${c.kana}）`), h("p", null, c.contact || tp.none), h("p", null, tp.areaLine(c.area || tp.none))]),
      part(tp.interestsShared, s.interests, (list) => h("ul", null, list.map((i) => h("li", null, `${i.label || interestItem(i.item)}：${tp.interestMarks(i.doing, i.want, i.interested)}`)))),
      part(tp.goalsShared, s.goals, (list) => h("ul", null, list.map((g) => h("li", null, `「${g.text}」　${tp.goalAchieved(g.achieved)}`)))),
      part(tp.abilitiesShared, s.abilities, (list) => h("ul", null, list.map((a) => h("li", null, a)))),
      part(tp.participationShared, s.participation, (p) => [
        h("p", null, p.wishes || tp.none),
        h("p", null, `${tp.transport}：${p.transport.map((t) => tp.transportLabels[t] ?? t).join("・") || tp.none}`),
        h("p", null, `${tp.afterWishShared}：${p.after_program_wish || tp.none}`),
      ]),
      part(tp.careShared, s.care_notes, (text) => h("p", null, text || tp.none)),
      part(tp.exerciseShared, s.exercise_plan, (text) => h("p", null, text || tp.none)),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "history-title" },
      h("h2", { id: "history-title" }, tp.historyTitle),
      h("ol", null, d.history.map((e) => h("li", null, tp.historyLine(fullDate(e.on), tp.stateLabels[e.state] ?? e.state, e.by_name), e.place_name ? `：${e.place_name}` : "", e.reason ? `：${tp.reasonLabels[e.reason]}` : "", e.note ? `　${e.note}` : ""))),
    ),
    suggestions &&
      h(
        "section",
        { class: "card", "aria-labelledby": "suggestions-title" },
        h("h2", { id: "suggestions-title" }, tp.suggestionsTitle),
        h("p", { class: "muted" }, suggestions.rule),
        suggestions.note && h("p", null, suggestions.note),
        suggestions.places.length
          ? h(
              "ol",
              null,
              suggestions.places.map((p) =>
                h(
                  "li",
                  { "data-testid": "suggestion" },
                  h("strong", null, p.name),
                  `　${tp.suggestionScore(p.score)}`,
                  p.stale ? h("span", { class: "badge attention" }, tp.placeStale) : null,
                  h("ul", null, p.reasons.map((r) => h("li", null, r))),
                  h("p", { class: "muted" }, [p.area, p.schedule, p.cost].filter(Boolean).join("・")),
                ),
              ),
            )
          : h("p", null, tp.noSuggestions),
      ),
    d.state === "connected" ? attendanceSection(id, d) : h("section", { class: "card", "aria-labelledby": "next-title" }, h("h2", { id: "next-title" }, tp.nextStep), form),
  );
}

/** For a connected person: whether they still attend their place, and the form to say so. */
function attendanceSection(id: string, d: Detail): HTMLElement {
  const yes = h("input", { type: "radio", name: "attending", value: "yes", checked: true });
  const no = h("input", { type: "radio", name: "attending", value: "no" });
  const lastSeen = h("input", { type: "date" });
  const note = textInput("", { maxlength: 1000 });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.recordAttendance);
  const form = h(
    "form",
    { class: "stack", "data-testid": "attendance-form" },
    h("fieldset", { class: "field" }, h("legend", null, tp.attendingLegend), h("label", { class: "check" }, yes, ` ${tp.attendingYes}`), h("label", { class: "check" }, no, ` ${tp.attendingNo}`)),
    h("div", { class: "grid-form" }, field("att-last-seen", tp.lastSeenOn, lastSeen), field("att-note", tp.attendanceNote, note)),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    await api.post<Detail>(`/api/v1/handoffs/${id}/attendance`, { attending: yes.checked, last_seen_on: lastSeen.value || null, note: note.value });
    await handoffScreen(id);
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": "attendance-title" },
    h("h2", { id: "attendance-title" }, tp.attendanceTitle),
    d.attention ? h("p", { class: "attention-note", role: "status" }, d.attention) : null,
    h("p", { class: "muted" }, tp.attendanceLead),
    d.attendance.length
      ? h(
          "ul",
          null,
          d.attendance.map((c) =>
            h("li", null, tp.attendanceLine(fullDate(c.checked_on), c.attending, c.by_name), `：${c.place_name}`, c.last_seen_on ? `　${tp.lastSeenLine(fullDate(c.last_seen_on))}` : "", c.note ? `　${c.note}` : ""),
          ),
        )
      : h("p", null, tp.attendanceNone),
    form,
  );
}
