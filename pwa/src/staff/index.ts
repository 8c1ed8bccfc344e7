// Staff mode: sign-in, "my participants", a participant's record, screening and phones.

import { ApiError, Schemas } from "../api";
import { CHECKLIST, EXCLUSION_KEYS, ScreeningForm, toPayload } from "../checklist";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { t, tp } from "../strings/staff";
import { volunteerWords } from "../strings/staff/volunteers";
import { calendarSection } from "./calendar";
import { dispatch, filterAddress, Params, Route } from "../routes";
import { api, can, errorText, field, header, leave, screens, signInJoined, submitForm } from "./common";
import { programLinks } from "./program";

type CohortRef = Schemas["CohortRef"];

interface Participant {
  id: string;
  display_name: string;
  family_name_kana: string;
  given_name_kana: string;
  age: number;
  sex: string;
  status: string;
  cohort: CohortRef;
  provider_name: string;
  latest_screening: { eligible: boolean; screened_at: string } | null;
  birth_date?: string;
  referral_source?: string | null;
}

type Cohort = Schemas["Cohort"];
type Screening = Schemas["ScreeningResult"];
type Device = Schemas["Device"];
type EnrollmentCode = Schemas["EnrollmentCode"];

function loginScreen(): void {
  const email = h("input", { type: "email", name: "email", autocomplete: "username", required: true });
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true });
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.signIn);
  const form = h("form", { class: "stack narrow" }, field("email", t.email, email), field("password", t.password, password), message, button);
  submitForm(form, { button, message, busyLabel: t.sending }, async () => {
    const answer = await api.login(email.value, password.value);
    if ("ticket" in answer) {
      const { codeStep, enrollStep } = await import("./account");
      const signedIn = () => {
        if (location.hash === "#/staff") void route(location.hash);
        else location.hash = "#/staff";
      };
      if (answer.enroll_required) await enrollStep(answer, signedIn);
      else codeStep(answer, signedIn);
      return;
    }
    // A deep link that asked for sign-in opens where it pointed.
    if (location.hash.startsWith("#/staff/login") || !location.hash.startsWith("#/staff")) location.hash = "#/staff";
    else void route(location.hash);
  });
  show(header(), h("h1", null, t.loginTitle), form);
}

function screeningCell(p: Participant): string {
  if (!p.latest_screening) return t.notScreened;
  return `${p.latest_screening.eligible ? t.eligibleYes : t.eligibleNo}（${dateTimeJapan(p.latest_screening.screened_at).slice(0, 11)}）`;
}

/** Katakana to hiragana, so either finds a name's reading. */
function hiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Search (name or reading) and filters (cohort, status) over the list, kept in the address
 * so a link or a new tab shows the same list. "要確認" asks the server who has an attention
 * item (the same as the cohort overviews), once, when first chosen. */
function listFilters(participants: Participant[], cohorts: Cohort[], rowOf: Map<Participant, HTMLElement>): HTMLElement {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const search = h("input", { type: "search", name: "q", autocomplete: "off" });
  search.value = params.get("q") ?? "";
  const cohortIds = [...new Set(participants.map((p) => p.cohort.id))];
  const cohortName = (id: string) => cohorts.find((c) => c.id === id)?.name ?? participants.find((p) => p.cohort.id === id)?.cohort.name ?? id;
  const cohort = h("select", { name: "cohort" }, h("option", { value: "" }, tp.filterAll), cohortIds.map((id) => h("option", { value: id }, cohortName(id))));
  cohort.value = params.get("cohort") ?? "";
  const statuses = [...new Set(participants.map((p) => p.status))];
  const status = h("select", { name: "status" }, h("option", { value: "" }, tp.filterAll), statuses.map((s) => h("option", { value: s }, t.status[s] ?? s)));
  status.value = params.get("status") ?? "";
  const attention = can("read_cohort_overview") ? h("select", { name: "attention" }, h("option", { value: "" }, tp.filterAll), h("option", { value: "1" }, tp.attentionOnly)) : null;
  if (attention) attention.value = params.get("attention") === "1" ? "1" : "";
  let flagged: Set<string> | null = null;
  const count = h("p", { role: "status", class: "hint", "data-testid": "filter-count" });
  const apply = async () => {
    const wantsAttention = attention?.value === "1";
    if (wantsAttention && !flagged) {
      count.textContent = tp.attentionLoading;
      try {
        flagged = new Set((await api.get<Participant[]>("/api/v1/participants?attention=true")).map((p) => p.id));
      } catch (e) {
        count.textContent = errorText(e);
        return;
      }
    }
    const q = hiragana(search.value.trim().replace(/\s+/g, ""));
    let shown = 0;
    for (const p of participants) {
      const hay = hiragana(`${p.display_name}${p.family_name_kana}${p.given_name_kana}`.replace(/\s+/g, ""));
      const ok =
        (!q || hay.includes(q)) &&
        (!cohort.value || p.cohort.id === cohort.value) &&
        (!status.value || p.status === status.value) &&
        (!wantsAttention || (flagged?.has(p.id) ?? false));
      rowOf.get(p)!.hidden = !ok;
      if (ok) shown += 1;
    }
    count.textContent = shown ? tp.filterCount(shown, participants.length) : tp.filterNone;
    const next = new URLSearchParams();
    if (search.value.trim()) next.set("q", search.value.trim());
    if (cohort.value) next.set("cohort", cohort.value);
    if (status.value) next.set("status", status.value);
    if (wantsAttention) next.set("attention", "1");
    const query = next.toString();
    const address = filterAddress(location.hash, "/staff", query);
    if (address) history.replaceState(null, "", address);
  };
  search.addEventListener("input", () => void apply());
  cohort.addEventListener("change", () => void apply());
  status.addEventListener("change", () => void apply());
  attention?.addEventListener("change", () => void apply());
  queueMicrotask(() => void apply());
  return h(
    "div",
    { role: "search", class: "filters no-print" },
    field("filter-q", tp.searchLabel, search),
    field("filter-cohort", tp.filterCohort, cohort),
    field("filter-status", tp.filterStatus, status),
    attention ? field("filter-attention", tp.filterAttention, attention) : null,
    count,
  );
}

async function listScreen(): Promise<void> {
  show(header(), h("h1", null, t.myParticipants), h("p", { role: "status" }, t.loading));
  let participants: Participant[];
  let cohorts: Cohort[];
  try {
    [participants, cohorts] = await Promise.all([api.get<Participant[]>("/api/v1/participants"), api.get<Cohort[]>("/api/v1/cohorts")]);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      location.hash = "#/staff/login";
      return;
    }
    show(header(), h("h1", null, t.myParticipants), h("p", { class: "message", role: "alert" }, errorText(e)));
    return;
  }
  const rowOf = new Map<Participant, HTMLElement>();
  const rows = participants.map((p) =>
    h(
      "tr",
      null,
      h("td", null, h("a", { href: `#/staff/participants/${p.id}` }, p.display_name)),
      h("td", null, `${p.family_name_kana} ${p.given_name_kana}`),
      h("td", null, t.ageYears(p.age)),
      h("td", null, p.cohort.name),
      h("td", null, t.status[p.status] ?? p.status),
      h("td", null, screeningCell(p)),
    ),
  );
  participants.forEach((p, i) => rowOf.set(p, rows[i]));
  const filters = participants.length ? listFilters(participants, cohorts, rowOf) : null;
  const table = participants.length
    ? h(
        "table",
        null,
        h("caption", { class: "visually-hidden" }, t.myParticipants),
        h("thead", null, h("tr", null, ...[t.colName, t.colKana, t.colAge, t.colCohort, t.colStatus, t.colScreening].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, rows),
      )
    : h("p", null, t.noParticipants);
  const canAdd = can("register_participant") && cohorts.length > 0;
  const cohortLinks = cohorts.length
    ? h(
        "section",
        { class: "card", "aria-labelledby": "cohorts-title" },
        h("h2", { id: "cohorts-title" }, tp.cohortsTitle),
        h(
          "ul",
          { class: "links" },
          cohorts.map((c) =>
            h(
              "li",
              null,
              h("a", { href: `#/staff/cohorts/${c.id}` }, tp.cohortOverviewLink(c.name)),
              can("run_session_day") ? [h("br"), h("a", { href: `#/staff/cohorts/${c.id}/day` }, tp.sessionDayLink(c.name))] : null,
            ),
          ),
        ),
      )
    : null;
  const administers = can("manage_staff") || can("manage_providers") || can("manage_cohorts") || can("read_audit");
  const adminLink = administers ? h("p", { class: "no-print" }, h("a", { href: "#/staff/admin", class: "button-link" }, tp.adminLink)) : null;
  const evaluationLink = can("read_evaluation") ? h("p", null, h("a", { href: "#/staff/evaluation" }, tp.evaluationLink)) : null;
  const inbox = can("work_handoffs")
    ? h("section", { class: "card", "aria-labelledby": "inbox-title" }, h("h2", { id: "inbox-title" }, tp.inboxTitle), h("p", null, tp.inboxLead), h("p", null, h("a", { href: "#/staff/handoffs" }, tp.inboxLink)))
    : null;
  // How many wait: those due now, and those overdue by more than 30 days (the municipality's
  // to see first).
  const tasks = can("read_follow_ups") ? await api.get<Schemas["FollowUp"][]>("/api/v1/follow-ups").catch(() => null) : null;
  const count = (state: string) => (tasks ?? []).filter((f) => f.state === state).length;
  const followUps = can("read_follow_ups")
    ? h(
        "section",
        { class: "card", "aria-labelledby": "follow-ups-title" },
        h("h2", { id: "follow-ups-title" }, tp.followUpsTitle),
        h("p", null, tp.followUpsLead),
        tasks && h("p", { "data-testid": "follow-up-counts" }, h("span", { class: "badge" }, tp.dueCount(count("due"))), count("overdue") + count("escalated") > 0 ? h("span", { class: "badge attention" }, tp.lateCount(count("overdue"), count("escalated"))) : null),
        h("p", null, h("a", { href: "#/staff/follow-ups" }, tp.followUpsLink)),
      )
    : null;
  const placesLink = h("p", null, h("a", { href: "#/staff/places" }, tp.placesLink));
  const circle = h(
    "div",
    null,
    can("read_volunteers") ? h("p", null, h("a", { href: "#/staff/volunteers" }, volunteerWords.link)) : null,
    can("receive_referrer_feedback") ? h("p", null, h("a", { href: "#/staff/referrer-feedback" }, volunteerWords.inboxLink)) : null,
  );
  const ruleCard = can("set_graduation_rule") ? await (await import("./graduation")).graduationRuleCard().catch(() => null) : null;
  show(header(), h("h1", null, t.myParticipants), adminLink, evaluationLink, inbox, followUps, filters, table, cohortLinks, placesLink, circle, ruleCard, canAdd ? addForm(cohorts) : null, calendarSection());
}

function addForm(cohorts: Cohort[]): HTMLElement {
  const inputs = {
    family_name: h("input", { type: "text", required: true, autocomplete: "off" }),
    given_name: h("input", { type: "text", required: true, autocomplete: "off" }),
    family_name_kana: h("input", { type: "text", required: true, autocomplete: "off" }),
    given_name_kana: h("input", { type: "text", required: true, autocomplete: "off" }),
    birth_date: h("input", { type: "date", required: true }),
  };
  const sex = h("select", null, ...Object.entries(t.sexes).map(([k, v]) => h("option", { value: k }, v)));
  const cohort = h("select", null, ...cohorts.map((c) => h("option", { value: c.id }, `${c.name}（${c.provider_name}）`)));
  const referral = h("input", { type: "text", autocomplete: "off" });
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.register);
  const form = h(
    "form",
    { class: "grid-form" },
    field("new-family", t.familyName, inputs.family_name),
    field("new-given", t.givenName, inputs.given_name),
    field("new-family-kana", t.familyKana, inputs.family_name_kana),
    field("new-given-kana", t.givenKana, inputs.given_name_kana),
    field("new-birth", t.birthDate, inputs.birth_date),
    field("new-sex", t.sex, sex),
    field("new-cohort", t.cohort, cohort),
    field("new-referral", t.referralSource, referral),
    message,
    button,
  );
  // On an error, what was typed stays in the form.
  submitForm(form, { button, message, busyLabel: t.sending }, async () => {
    const created = await api.post<Participant>("/api/v1/participants", {
      family_name: inputs.family_name.value,
      given_name: inputs.given_name.value,
      family_name_kana: inputs.family_name_kana.value,
      given_name_kana: inputs.given_name_kana.value,
      birth_date: inputs.birth_date.value,
      sex: sex.value,
      cohort_id: cohort.value,
      referral_source: referral.value || null,
    });
    location.hash = `#/staff/participants/${created.id}`;
  });
  return h("section", { "aria-labelledby": "add-title", class: "card" }, h("h2", { id: "add-title" }, t.addParticipant), form);
}

function screeningResult(s: Screening): HTMLElement {
  // An article, not a section: two results with the same verdict would be two landmarks of
  // the same name.
  return h(
    "article",
    { class: "card result", "aria-labelledby": `result-${s.id}` },
    h("h3", { id: `result-${s.id}` }, `${t.resultTitle}：${s.eligible ? t.eligibleYes : t.eligibleNo}${s.basis ? `（${t.basis[s.basis]}）` : ""}`),
    h("p", null, t.screenedBy(s.screened_by_name, dateTimeJapan(s.screened_at))),
    h("ul", null, s.reasons.map((r) => h("li", null, r))),
    h(
      "table",
      null,
      h("caption", null, t.criteriaTitle),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, t.colCriterion), h("th", { scope: "col" }, t.colCount), h("th", { scope: "col" }, t.colJudgement))),
      h(
        "tbody",
        null,
        s.criteria.map((c) =>
          h("tr", { class: c.matched ? "matched" : "" }, h("td", null, c.label), h("td", null, `${c.count} / ${c.threshold}`), h("td", null, c.matched ? t.matched : t.notMatched)),
        ),
      ),
    ),
    s.bmi !== null && h("p", null, `BMI ${s.bmi}`),
  );
}

function screeningForm(id: string, onDone: () => void): HTMLElement {
  const state: ScreeningForm = { answers: {}, height: "", weight: "", certification: "none", exclusions: [] };
  const groups = CHECKLIST.map((group) =>
    h(
      "fieldset",
      { class: "group" },
      h("legend", null, group.title),
      group.items.map(([n, text]) =>
        h(
          "fieldset",
          { class: "item" },
          h("legend", null, `No.${n}　${text}`),
          (["yes", "no"] as const).map((value) =>
            h(
              "label",
              { class: "choice" },
              h("input", {
                type: "radio",
                name: `q${n}`,
                value,
                onchange: () => {
                  state.answers[n] = value;
                },
              }),
              value === "yes" ? t.answerYes : t.answerNo,
            ),
          ),
        ),
      ),
    ),
  );
  const height = h("input", { type: "text", inputmode: "decimal", oninput: (e: Event) => (state.height = (e.target as HTMLInputElement).value) });
  const weight = h("input", { type: "text", inputmode: "decimal", oninput: (e: Event) => (state.weight = (e.target as HTMLInputElement).value) });
  const certification = h(
    "select",
    { onchange: (e: Event) => (state.certification = (e.target as HTMLSelectElement).value) },
    ...Object.entries(t.certifications).map(([k, v]) => h("option", { value: k }, v)),
  );
  const exclusions = h(
    "fieldset",
    { class: "group" },
    h("legend", null, t.exclusionsTitle),
    EXCLUSION_KEYS.map((key) =>
      h(
        "label",
        { class: "choice" },
        h("input", {
          type: "checkbox",
          value: key,
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            state.exclusions = on ? [...state.exclusions, key] : state.exclusions.filter((k) => k !== key);
          },
        }),
        t.exclusions[key],
      ),
    ),
  );
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.judge);
  const form = h(
    "form",
    { class: "stack screening" },
    groups,
    h("p", { class: "hint" }, t.bmiNote),
    field("height", t.height, height),
    field("weight", t.weight, weight),
    field("certification", t.certification, certification),
    exclusions,
    message,
    button,
  );
  submitForm(form, { button, message, busyLabel: t.sending }, async () => {
    await api.post<Screening>(`/api/v1/participants/${id}/screenings`, toPayload(state));
    onDone();
  });
  return form;
}

/** The 基本チェックリスト's form, opened only when a new one is to be recorded (the record shows
 * the last result). */
function screeningToggle(id: string): HTMLElement {
  const holder = h("div", { class: "no-print", id: "new-screening" });
  const open: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "primary",
      "aria-expanded": "false",
      "aria-controls": "new-screening",
      onclick: () => {
        const opening = !holder.firstChild;
        holder.replaceChildren(...(opening ? [screeningForm(id, () => void detailScreen(id))] : []));
        open.setAttribute("aria-expanded", String(opening));
        open.textContent = opening ? tp.closeScreening : tp.newScreening;
        if (opening) holder.querySelector<HTMLInputElement>("input")?.focus();
      },
    },
    tp.newScreening,
  );
  return h("div", { class: "no-print stack" }, h("div", { class: "actions" }, open), holder);
}

function codeSection(id: string): HTMLElement | null {
  if (!can("issue_phone_code")) return null;
  const output = h("div", { class: "code-output", "aria-live": "polite" });
  const button = h(
    "button",
    {
      type: "button",
      class: "primary",
      onclick: async () => {
        button.disabled = true;
        try {
          const code = await api.post<EnrollmentCode>(`/api/v1/participants/${id}/enrollment-codes`, {});
          output.replaceChildren(
            h("p", null, t.codeLead),
            h("p", { class: "code", "data-testid": "enrollment-code" }, code.code),
            h("img", { src: `data:image/png;base64,${code.qr_png_base64}`, alt: t.qrAlt, width: 200, height: 200 }),
            h("p", null, t.codeExpires(dateTimeJapan(code.expires_at))),
          );
        } catch (e) {
          output.replaceChildren(h("p", { class: "message", role: "alert" }, errorText(e)));
        } finally {
          button.disabled = false;
        }
      },
    },
    t.issueCode,
  );
  return h("section", { class: "card", "aria-labelledby": "code-title" }, h("h2", { id: "code-title" }, t.codeTitle), button, output);
}

async function devicesSection(id: string): Promise<HTMLElement | null> {
  if (!can("manage_phones")) return null;
  const devices = await api.get<Device[]>(`/api/v1/participants/${id}/devices`);
  const list = devices.length
    ? h(
        "ul",
        { class: "devices" },
        devices.map((d) =>
          h(
            "li",
            null,
            `${d.label}${d.kind === "family" ? `・${t.familyPhone}` : ""}（${dateTimeJapan(d.enrolled_at)}）`,
            d.revoked_at
              ? h("span", { class: "muted" }, `　${t.revoked}`)
              : h(
                  "button",
                  {
                    type: "button",
                    class: "secondary",
                    onclick: async () => {
                      if (!confirm(t.confirmRevoke)) return;
                      await api.request("DELETE", `/api/v1/participants/${id}/devices/${d.id}`);
                      await detailScreen(id);
                    },
                  },
                  t.revoke,
                ),
          ),
        ),
      )
    : h("p", null, t.noDevices);
  return h("section", { class: "card", "aria-labelledby": "devices-title" }, h("h2", { id: "devices-title" }, t.devicesTitle), list);
}

async function detailScreen(id: string): Promise<void> {
  let p: Participant;
  let screenings: Screening[];
  try {
    [p, screenings] = await Promise.all([api.get<Participant>(`/api/v1/participants/${id}`), api.get<Screening[]>(`/api/v1/participants/${id}/screenings`)]);
  } catch (e) {
    show(header(), h("h1", null, t.details), h("p", { class: "message", role: "alert" }, errorText(e)), h("p", null, h("a", { href: "#/staff" }, t.back)));
    return;
  }
  const canScreen = can("screen");
  const [devices, personal, privacy] = await Promise.all([
    devicesSection(id).catch(() => null),
    import("./personal").then((m) => m.personalSection(id)),
    import("./privacy").then((m) => m.privacySection(id)),
  ]);
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: "#/staff" }, t.back)),
    h("h1", null, `${p.display_name}（${p.family_name_kana} ${p.given_name_kana}）`),
    h(
      "dl",
      { class: "facts" },
      h("dt", null, t.birthDate),
      h("dd", null, `${p.birth_date ? fullDate(p.birth_date) : ""}（${t.ageYears(p.age)}）`),
      h("dt", null, t.sex),
      h("dd", null, t.sexes[p.sex] ?? p.sex),
      h("dt", null, t.cohort),
      h("dd", null, `${p.cohort.name}（${p.provider_name}）`),
      h("dt", null, t.colStatus),
      h("dd", null, t.status[p.status] ?? p.status),
    ),
    can("print_notebook") ? h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}/notebook`, class: "button-link" }, tp.bookletLink)) : null,
    personal,
    h(
      "section",
      { "aria-labelledby": "screening-title" },
      h("h2", { id: "screening-title" }, t.screeningTitle),
      screenings[0] ? screeningResult(screenings[0]) : h("p", null, t.notScreened),
      h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, t.print),
      canScreen ? screeningToggle(id) : null,
      screenings.length > 1 &&
        h("section", { class: "no-print", "aria-labelledby": "past-title" }, h("h3", { id: "past-title" }, t.pastScreenings), screenings.slice(1).map(screeningResult)),
    ),
    programLinks(id),
    codeSection(id),
    devices,
    privacy,
  );
}

const participant = "/staff/participants/:id";
const session = `${participant}/sessions/:n(\\d+)`;

/** Staff mode's screens (the screens of a participant's program load on demand). */
const routes: Route[] = [
  ["/staff/account/*", screens.later(() => import("./account"), (m) => m.accountScreen())],
  ["/staff/admin", screens.later(() => import("./admin"), (m) => m.adminScreen())],
  ["/staff/admin/providers", screens.later(() => import("./admin"), (m) => m.providersScreen())],
  ["/staff/admin/cohorts", screens.later(() => import("./admin"), (m) => m.cohortsScreen())],
  ["/staff/admin/staff", screens.later(() => import("./admin"), (m) => m.staffScreen())],
  ["/staff/admin/settings", screens.later(() => import("./admin"), (m) => m.settingsScreen())],
  ["/staff/admin/audit", screens.later(() => import("./admin"), (m) => m.auditScreen())],
  ["/staff/cohorts/:id/day", screens.later(() => import("./sessionday"), (m, { id }: Params) => m.sessionDayScreen(id))],
  ["/staff/cohorts/:id/*", screens.later(() => import("./overview"), (m, { id }: Params) => m.overviewScreen(id))],
  ["/staff/handoffs", screens.later(() => import("./handoffs"), (m) => m.inboxScreen())],
  ["/staff/handoffs/:id", screens.later(() => import("./handoffs"), (m, { id }: Params) => m.handoffScreen(id))],
  ["/staff/follow-ups", screens.later(() => import("./followups"), (m) => m.followUpsScreen())],
  ["/staff/follow-ups/:id", screens.later(() => import("./followups"), (m, { id }: Params) => m.followUpScreen(id))],
  ["/staff/volunteers", screens.later(() => import("./volunteers"), (m) => m.volunteersScreen())],
  ["/staff/volunteers/:id", screens.later(() => import("./volunteers"), (m, { id }: Params) => m.volunteerScreen(id))],
  ["/staff/referrer-feedback", screens.later(() => import("./volunteers"), (m) => m.feedbackInboxScreen())],
  ["/staff/places", screens.later(() => import("./places"), (m) => m.placesScreen())],
  ["/staff/places/:id", screens.later(() => import("./places"), (m, { id }: Params) => m.placesScreen(id))],
  ["/staff/evaluation", screens.later(() => import("./evaluation"), (m) => m.evaluationScreen())],
  ["/staff/evaluation/:year(\\d{4})", screens.later(() => import("./evaluation"), (m, { year }: Params) => m.evaluationScreen(year))],
  ["/staff/evaluation/:year(\\d{4})/provider/:id", screens.later(() => import("./evaluation"), (m, { year, id }: Params) => m.evaluationScreen(year, { provider: id }))],
  ["/staff/evaluation/:year(\\d{4})/cohort/:id", screens.later(() => import("./evaluation"), (m, { year, id }: Params) => m.evaluationScreen(year, { cohort: id }))],
  ["/staff/evaluation/cost", screens.later(() => import("./cost"), (m) => m.costScreen())],
  ["/staff/evaluation/cost/:year(\\d{4})", screens.later(() => import("./cost"), (m, { year }: Params) => m.costScreen(year))],
  ["/staff/evaluation/cost-actual", screens.later(() => import("./cost"), (m) => m.actualCostScreen())],
  ["/staff/evaluation/cost-actual/:year(\\d{4})", screens.later(() => import("./cost"), (m, { year }: Params) => m.actualCostScreen(year))],
  [`${participant}/disclosure`, screens.later(() => import("./privacy"), (m, { id }: Params) => m.disclosureScreen(id))],
  [participant, ({ id }) => detailScreen(id)],
  [session, screens.later(() => import("./interview"), (m, { id, n }: Params) => m.interviewScreen(id, Number(n)))],
  [`${session}/print`, screens.later(() => import("./interview"), (m, { id, n }: Params) => m.interviewScreen(id, Number(n)))],
  [`${session}/tests`, screens.later(() => import("./tests"), (m, { id, n }: Params) => m.testsFormScreen(id, Number(n)))],
  [`${participant}/interest`, screens.later(() => import("./interest"), (m, { id }: Params) => m.interestScreen(id, "assessment"))],
  [`${participant}/interest/:phase(assessment|graduation|compare)`, screens.later(() => import("./interest"), (m, { id, phase }: Params) => m.interestScreen(id, phase as InterestView))],
  [`${participant}/assessment`, screens.later(() => import("./assessment"), (m, { id }: Params) => m.assessmentScreen(id))],
  [`${participant}/goals`, screens.later(() => import("./goals"), (m, { id }: Params) => m.goalsScreen(id))],
  [`${participant}/sessions`, screens.later(() => import("./sessions"), (m, { id }: Params) => m.sessionsScreen(id))],
  [`${participant}/tests`, screens.later(() => import("./tests"), (m, { id }: Params) => m.testsScreen(id))],
  [`${participant}/print`, screens.later(() => import("./print"), (m, { id }: Params) => m.printScreen(id))],
  [`${participant}/notebook`, screens.later(() => import("./booklet"), (m, { id }: Params) => m.bookletScreen(id))],
  [`${participant}/take-home`, screens.later(() => import("./takehome"), (m, { id }: Params) => m.takeHomeScreen(id))],
  [`${participant}/daily`, screens.later(() => import("./daily"), (m, { id }: Params) => m.dailyScreen(id))],
  [`${participant}/paper`, screens.later(() => import("./paper"), (m, { id }: Params) => m.paperScreen(id))],
  [`${participant}/plan`, screens.later(() => import("./plan"), (m, { id }: Params) => m.planScreen(id))],
  [`${participant}/graduation`, screens.later(() => import("./graduation"), (m, { id }: Params) => m.graduationScreen(id))],
  [`${participant}/graduation/case`, screens.later(() => import("./graduation"), (m, { id }: Params) => m.caseSheetScreen(id))],
  [`${participant}/consents`, screens.later(() => import("./consent"), (m, { id }: Params) => m.consentScreen(id))],
  [`${participant}/referrer-feedback`, screens.later(() => import("./volunteers"), (m, { id }: Params) => m.referrerFeedbackScreen(id))],
  [`${participant}/*`, ({ id }) => detailScreen(id)],
  ["/staff/*", () => listScreen()],
];

type InterestView = "assessment" | "graduation" | "compare";

export async function route(hash: string): Promise<void> {
  leave();
  await signInJoined;
  if (hash.startsWith("#/staff/login") || !api.session) {
    loginScreen();
    return;
  }
  await dispatch(routes, hash);
}
