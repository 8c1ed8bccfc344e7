// The municipality's administration (municipality_admin): providers, cohorts, staff accounts,
// settings and the audit log. What is shown comes from the person's capabilities.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { t, tp } from "../strings/staff";
import { api, can, errorText, failed, field, header, loading, message, select, statusLine, submitForm, textInput } from "./common";
import { csvEncodingChoice, saveDownload } from "./download";

type Provider = Schemas["Provider"];
type CohortPlan = Schemas["CohortPlan"];
type StaffAccount = Schemas["StaffAccount"];
type Settings = Schemas["Settings"];
type AuditEntry = Schemas["AuditEntry"];
type IssuedLink = Schemas["IssuedLink"];

function back(): HTMLElement {
  return h("p", { class: "no-print" }, h("a", { href: "#/staff/admin" }, tp.backToAdmin));
}

function table(caption: string, columns: string[], rows: HTMLElement[]): HTMLElement {
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      null,
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", null, rows),
    ),
  );
}

/** The hub: one link per part the person may administer. */
export function adminScreen(): void {
  const links: [boolean, string, string][] = [
    [can("manage_providers"), "#/staff/admin/providers", tp.providersTitle],
    [can("manage_cohorts"), "#/staff/admin/cohorts", tp.cohortPlansTitle],
    [can("manage_staff"), "#/staff/admin/staff", tp.staffTitle],
    [can("manage_settings"), "#/staff/admin/settings", tp.settingsTitle],
    [can("read_audit"), "#/staff/admin/audit", tp.auditTitle],
  ];
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: "#/staff" }, t.back)),
    h("h1", null, tp.adminTitle),
    h("p", null, tp.adminLead),
    h("p", { class: "hint" }, tp.firstSteps),
    h(
      "ul",
      { class: "links" },
      links.filter(([ok]) => ok).map(([, href, label]) => h("li", null, h("a", { href }, label))),
    ),
  );
}

// --- providers ---

function providerForm(p: Provider | null, onSaved: () => void): HTMLFormElement {
  const prefix = p ? `provider-${p.id}` : "provider-new";
  const name = textInput(p?.name ?? "", { required: true, maxlength: 100 });
  const address = textInput(p?.address ?? "", { maxlength: 200 });
  const phone = textInput(p?.phone ?? "", { maxlength: 30, inputmode: "tel", type: "tel" });
  const kind = select(
    Object.entries(tp.providerKinds).map(([k, v]): [string, string] => [k, v]),
    p?.kind ?? "center",
  );
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, p ? tp.saveProvider : tp.addProvider);
  const form = h(
    "form",
    { class: "grid-form" },
    field(`${prefix}-name`, tp.providerName, name),
    field(`${prefix}-address`, tp.providerAddress, address),
    field(`${prefix}-phone`, tp.providerPhone, phone),
    field(`${prefix}-kind`, tp.providerKind, kind),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: t.sending }, async () => {
    const body = { name: name.value, address: address.value, phone: phone.value, kind: kind.value, active: p?.active ?? true };
    if (p) await api.put<Provider>(`/api/v1/providers/${p.id}`, body);
    else await api.post<Provider>("/api/v1/providers", body);
    onSaved();
  });
  return form;
}

export async function providersScreen(): Promise<void> {
  loading(tp.providersTitle);
  let providers: Provider[];
  try {
    providers = await api.get<Provider[]>("/api/v1/providers");
  } catch (e) {
    failed(tp.providersTitle, e, "#/staff/admin");
    return;
  }
  const reload = () => void providersScreen();
  const rows = providers.map((p) => {
    const toggle = h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: async () => {
          if (p.active && !confirm(tp.confirmDeactivateProvider(p.name))) return;
          await api.put(`/api/v1/providers/${p.id}`, { name: p.name, address: p.address, phone: p.phone, kind: p.kind, active: !p.active });
          reload();
        },
      },
      p.active ? tp.deactivateProvider : tp.reactivateProvider,
    );
    const edit = h("details", null, h("summary", null, tp.editLabel(p.name)), providerForm(p, reload));
    return h(
      "tr",
      null,
      h("td", null, p.name, h("br"), h("span", { class: "muted" }, [p.address, p.phone].filter(Boolean).join("　"))),
      h("td", null, tp.providerKinds[p.kind]),
      h("td", null, p.active ? tp.providerActive : tp.providerInactive),
      h("td", null, tp.providerHistory(p.cohorts, p.participants)),
      h("td", null, toggle, edit),
    );
  });
  show(
    header(),
    back(),
    h("h1", null, tp.providersTitle),
    providers.length ? table(tp.providersTitle, [tp.providerName, tp.colProviderKind, tp.colAccountStatus, tp.colHistory, tp.colAction], rows) : h("p", null, tp.noProviders),
    h("section", { class: "card", "aria-labelledby": "add-provider" }, h("h2", { id: "add-provider" }, tp.addProvider), providerForm(null, reload)),
  );
}

// --- cohorts ---

function closedDaysList(days: Schemas["ClosedDay"][]): HTMLElement {
  if (!days.length) return h("p", { class: "hint" }, tp.closedDaysNone);
  return h("ul", { class: "closed-days" }, days.map((d) => h("li", null, `${fullDate(d.date)}　${d.name}`)));
}

function cohortForm(providers: Provider[], onSaved: () => void): HTMLFormElement {
  const active = providers.filter((p) => p.active);
  const name = textInput("", { required: true, maxlength: 100 });
  const provider = select(
    active.map((p): [string, string] => [p.id, p.name]),
    active[0]?.id ?? "",
  );
  const starts = h("input", { type: "date", required: true });
  const ends = h("input", { type: "date", required: true });
  const capacity = h("input", { type: "number", min: 1, max: 100, value: 10, required: true, inputmode: "numeric" });
  const room = h("input", { type: "number", min: 1, step: "0.1", value: 40, required: true, inputmode: "decimal" });
  const weekday = select(
    tp.weekdayNames.map((w, i): [string, string] => [String(i + 1), w]),
    "2",
  );
  const startsAt = h("input", { type: "time", required: true, value: "10:00" });
  const endsAt = h("input", { type: "time", required: true, value: "11:30" });
  const venue = textInput("", { required: true, maxlength: 200 });
  const transport = h("input", { type: "checkbox", id: "cohort-transport" });
  const meeting = textInput("", { maxlength: 200 });
  const homes = Array.from({ length: 12 }, (_, i) => h("input", { type: "checkbox", value: String(i + 1), id: `home-${i + 1}` }));
  const closed = h("div", { "aria-live": "polite" });
  const preview = async () => {
    if (!starts.value || !ends.value || ends.value < starts.value) {
      closed.replaceChildren();
      return;
    }
    try {
      const days = await api.get<Schemas["ClosedDay"][]>(`/api/v1/closed-days?from=${starts.value}&to=${ends.value}&weekday=${weekday.value}`);
      closed.replaceChildren(h("h3", null, tp.closedDaysTitle), closedDaysList(days), h("p", { class: "hint" }, tp.closedDaysHint));
    } catch (e) {
      closed.replaceChildren(h("p", { class: "message" }, errorText(e)));
    }
  };
  for (const el of [starts, ends, weekday]) el.addEventListener("change", () => void preview());
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.addCohort);
  const form = h(
    "form",
    { class: "grid-form" },
    field("cohort-name", tp.cohortName, name),
    field("cohort-provider", tp.cohortProvider, provider),
    field("cohort-starts", tp.cohortStarts, starts),
    field("cohort-ends", tp.cohortEnds, ends),
    field("cohort-capacity", tp.cohortCapacity, capacity),
    field("cohort-room", tp.cohortRoom, room),
    field("cohort-weekday", tp.cohortWeekday, weekday),
    field("cohort-starts-at", tp.cohortStartsAt, startsAt),
    field("cohort-ends-at", tp.cohortEndsAt, endsAt),
    field("cohort-venue", tp.cohortVenue, venue),
    h("p", null, h("label", { class: "choice" }, transport, tp.cohortTransport)),
    field("cohort-meeting", tp.cohortMeetingPoint, meeting),
    h("fieldset", { class: "group session-numbers" }, h("legend", null, tp.cohortHomeVisits), homes.map((box, i) => h("label", { class: "choice" }, box, tp.sessionN(i + 1)))),
    closed,
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: t.sending }, async () => {
    await api.post<CohortPlan>("/api/v1/cohorts", {
      provider_id: provider.value,
      name: name.value,
      starts_on: starts.value,
      ends_on: ends.value,
      capacity: Number(capacity.value),
      room_area_m2: Number(room.value),
      weekday: Number(weekday.value),
      starts_at: startsAt.value,
      ends_at: endsAt.value,
      venue: venue.value,
      transport: transport.checked,
      meeting_point: meeting.value,
      home_visits: homes.filter((b) => b.checked).map((b) => Number(b.value)),
    });
    onSaved();
  });
  return form;
}

export async function cohortsScreen(): Promise<void> {
  loading(tp.cohortPlansTitle);
  let cohorts: CohortPlan[];
  let providers: Provider[];
  try {
    [cohorts, providers] = await Promise.all([api.get<CohortPlan[]>("/api/v1/municipality/cohorts"), api.get<Provider[]>("/api/v1/providers")]);
  } catch (e) {
    failed(tp.cohortPlansTitle, e, "#/staff/admin");
    return;
  }
  const rows = cohorts.map((c) =>
    h(
      "tr",
      null,
      h("td", null, c.name, h("br"), h("span", { class: "muted" }, c.provider_name)),
      h("td", null, `${fullDate(c.starts_on)}〜${fullDate(c.ends_on)}`),
      h(
        "td",
        null,
        c.weekday && c.starts_at && c.ends_at ? tp.cohortWhen(tp.weekdayNames[c.weekday - 1] ?? "", c.starts_at, c.ends_at) : "",
        h("br"),
        c.venue,
        h("br"),
        c.transport ? tp.cohortTransportAt(c.meeting_point) : tp.cohortNoTransport,
      ),
      h("td", null, `${c.participants} / ${c.capacity}`),
      h("td", null, h("details", null, h("summary", null, `${tp.closedDaysTitle}（${c.closed_days.length}）`), closedDaysList(c.closed_days))),
    ),
  );
  const hasProvider = providers.some((p) => p.active);
  show(
    header(),
    back(),
    h("h1", null, tp.cohortPlansTitle),
    cohorts.length ? table(tp.cohortPlansTitle, [tp.cohortName, tp.colPeriod, tp.colWhen, tp.colPeople, tp.closedDaysTitle], rows) : h("p", null, tp.noCohorts),
    h(
      "section",
      { class: "card", "aria-labelledby": "add-cohort" },
      h("h2", { id: "add-cohort" }, tp.addCohort),
      hasProvider ? cohortForm(providers, () => void cohortsScreen()) : h("p", null, h("a", { href: "#/staff/admin/providers" }, tp.needProvider)),
    ),
  );
}

// --- staff accounts ---

function linkBox(lead: string, link: IssuedLink): HTMLElement {
  const note = statusLine();
  return h(
    "div",
    { class: "card issued-link", role: "status" },
    h("p", null, lead),
    h("p", null, h("code", { "data-testid": "issued-link" }, link.url)),
    h("p", { class: "hint" }, tp.linkValidUntil(dateTimeJapan(link.expires_at))),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: async () => {
          try {
            await navigator.clipboard.writeText(link.url);
            note.textContent = tp.linkCopied;
          } catch {
            note.textContent = "";
          }
        },
      },
      tp.copyLink,
    ),
    note,
  );
}

function roleOptions(): [string, string][] {
  return Object.entries(tp.roleNames).map(([k, v]): [string, string] => [k, v]);
}

function providerSelect(providers: Provider[], value: string | null | undefined): HTMLSelectElement {
  return select([["", tp.noProviderChoice], ...providers.filter((p) => p.active).map((p): [string, string] => [p.id, p.name])], value ?? "");
}

export async function staffScreen(issued?: HTMLElement): Promise<void> {
  loading(tp.staffTitle);
  let staff: StaffAccount[];
  let providers: Provider[];
  try {
    [staff, providers] = await Promise.all([api.get<StaffAccount[]>("/api/v1/municipality/staff"), can("manage_providers") ? api.get<Provider[]>("/api/v1/providers") : Promise.resolve([])]);
  } catch (e) {
    failed(tp.staffTitle, e, "#/staff/admin");
    return;
  }
  const rows = staff.map((s) => {
    const actions = h("td", null);
    if (s.status !== "deactivated") {
      actions.append(
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: async () => {
              try {
                const link = await api.post<IssuedLink>(`/api/v1/staff/${s.id}/password-reset`, {});
                await staffScreen(linkBox(tp.resetDoneFor(s.name), link));
              } catch (e) {
                alert(errorText(e));
              }
            },
          },
          tp.resetPassword,
        ),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: async () => {
              if (!confirm(tp.confirmDeactivate(s.name))) return;
              try {
                await api.post(`/api/v1/staff/${s.id}/deactivate`, {});
                await staffScreen();
              } catch (e) {
                alert(errorText(e));
              }
            },
          },
          tp.deactivate,
        ),
      );
      const role = select(roleOptions(), s.role);
      const provider = providerSelect(providers, s.provider_id);
      const msg = message();
      const button = h("button", { type: "submit", class: "secondary" }, tp.changeRole);
      const form = h("form", { class: "stack" }, field(`role-${s.id}`, tp.staffRole, role), field(`provider-${s.id}`, tp.staffProvider, provider), msg, button);
      submitForm(form, { button, message: msg, busyLabel: t.sending }, async () => {
        await api.put(`/api/v1/staff/${s.id}/role`, { role: role.value, provider_id: provider.value || null });
        await staffScreen();
      });
      actions.append(h("details", null, h("summary", null, tp.changeRole), form));
    }
    return h(
      "tr",
      { class: s.status === "deactivated" ? "muted" : "" },
      h("td", null, s.name),
      h("td", null, s.email),
      h("td", null, tp.roleNames[s.role] ?? s.role, s.provider_name ? `（${s.provider_name}）` : ""),
      h("td", null, tp.statusNames[s.status]),
      h("td", null, s.two_factor_enabled ? tp.twoFactorYes : tp.twoFactorNo),
      actions,
    );
  });
  const name = textInput("", { required: true, maxlength: 60 });
  const email = h("input", { type: "email", required: true, autocomplete: "off" });
  const role = select(roleOptions(), "therapist");
  const provider = providerSelect(providers, providers.find((p) => p.active)?.id);
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.inviteStaff);
  const form = h(
    "form",
    { class: "grid-form" },
    field("invite-name", tp.staffName, name),
    field("invite-email", tp.staffEmail, email),
    field("invite-role", tp.staffRole, role),
    field("invite-provider", tp.staffProvider, provider),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: t.sending }, async () => {
    const invited = await api.post<Schemas["InvitedStaff"]>("/api/v1/staff", {
      name: name.value,
      email: email.value,
      role: role.value,
      provider_id: provider.value || null,
    });
    await staffScreen(linkBox(tp.inviteDone(invited.staff.name), invited.link));
  });
  show(
    header(),
    back(),
    h("h1", null, tp.staffTitle),
    issued ?? null,
    table(tp.staffTitle, [tp.staffName, tp.colEmail, tp.staffRole, tp.colAccountStatus, tp.colTwoFactor, tp.colAction], rows),
    h("section", { class: "card", "aria-labelledby": "invite-title" }, h("h2", { id: "invite-title" }, tp.inviteStaff), form),
  );
}

// --- settings ---

export async function settingsScreen(): Promise<void> {
  loading(tp.settingsTitle);
  let s: Settings;
  try {
    s = await api.get<Settings>("/api/v1/municipality/settings");
  } catch (e) {
    failed(tp.settingsTitle, e, "#/staff/admin");
    return;
  }
  const endText = h("textarea", { rows: 4, maxlength: 2000 });
  endText.value = s.program_end_text;
  const rule = select(
    Object.entries(tp.staffingRules).map(([k, v]): [string, string] => [k, v]),
    s.staffing_rule,
  );
  const contact = h("input", { type: "email", value: s.push_contact, autocomplete: "off" });
  const required = h("input", { type: "checkbox", id: "settings-2fa", checked: s.two_factor_required });
  const closed = textInput(s.closed_days, { maxlength: 200 });
  const msg = message();
  const saved = statusLine();
  const button = h("button", { type: "submit", class: "primary" }, tp.saveSettings);
  const form = h(
    "form",
    { class: "stack" },
    field("settings-end", tp.programEndText, endText),
    field("settings-rule", tp.staffingRule, rule),
    field("settings-contact", tp.pushContact, contact),
    h("p", null, h("label", { class: "choice" }, required, tp.twoFactorRequired)),
    field("settings-closed", tp.closedDays, closed, tp.closedDaysFieldHint),
    msg,
    saved,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: t.sending, reenable: true, clear: [saved] }, async () => {
    await api.put<Settings>("/api/v1/municipality/settings", {
      program_end_text: endText.value,
      staffing_rule: rule.value,
      push_contact: contact.value,
      two_factor_required: required.checked,
      closed_days: closed.value,
    });
    saved.textContent = tp.settingsSaved;
  });
  const limits = await api.get<Schemas["Thresholds"]>("/api/v1/municipality/safety-limits").catch(() => null);
  show(header(), back(), h("h1", null, tp.settingsTitle), form, limits ? safetyForm(limits) : null);
}

/** The limits the check before exercise (the phone and the session day) judges by. */
function safetyForm(limits: Schemas["Thresholds"]): HTMLElement {
  const keys = ["systolic_high", "systolic_low", "diastolic_high", "pulse_high", "pulse_low"] as const;
  const inputs = Object.fromEntries(keys.map((k) => [k, h("input", { type: "number", inputmode: "numeric", min: 20, max: 300, required: true, value: limits[k], class: "short" })])) as Record<(typeof keys)[number], HTMLInputElement>;
  const msg = message();
  const saved = statusLine();
  const button = h("button", { type: "submit", class: "primary" }, tp.saveSafety);
  const form = h(
    "form",
    { class: "stack" },
    h("p", null, tp.safetyLead),
    h("div", { class: "limits" }, keys.map((k) => field(`safety-${k}`, tp.safetyLabels[k], inputs[k], tp.safetyGuideline[k]))),
    msg,
    saved,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: t.sending, reenable: true, clear: [saved] }, async () => {
    await api.put<Schemas["Thresholds"]>("/api/v1/municipality/safety-limits", Object.fromEntries(keys.map((k) => [k, Number(inputs[k].value)])));
    saved.textContent = tp.safetySaved;
  });
  return h("section", { class: "card", "aria-labelledby": "safety-title" }, h("h2", { id: "safety-title" }, tp.safetyTitle), form);
}

// --- the audit log ---

const PAGE = 50;

export async function auditScreen(query: URLSearchParams = new URLSearchParams(location.hash.split("?")[1] ?? "")): Promise<void> {
  loading(tp.auditTitle);
  const offset = Number(query.get("offset") ?? "0") || 0;
  const filters = new URLSearchParams();
  for (const key of ["staff_id", "participant_id", "action", "from", "to"]) {
    const v = query.get(key);
    if (v) filters.set(key, v);
  }
  let entries: AuditEntry[];
  let staff: StaffAccount[];
  try {
    [entries, staff] = await Promise.all([
      api.get<AuditEntry[]>(`/api/v1/audit?${filters}&offset=${offset}&limit=${PAGE}`),
      can("manage_staff") ? api.get<StaffAccount[]>("/api/v1/municipality/staff") : Promise.resolve([]),
    ]);
  } catch (e) {
    failed(tp.auditTitle, e, "#/staff/admin");
    return;
  }
  const who = select([["", tp.anyone], ...staff.map((s): [string, string] => [s.id, s.name])], query.get("staff_id") ?? "");
  const participant = textInput(query.get("participant_id") ?? "", { maxlength: 60 });
  const action = textInput(query.get("action") ?? "", { maxlength: 60 });
  const from = h("input", { type: "date", value: query.get("from") ?? "" });
  const to = h("input", { type: "date", value: query.get("to") ?? "" });
  const button = h("button", { type: "submit", class: "primary" }, tp.showLog);
  const form = h(
    "form",
    { class: "grid-form no-print" },
    field("audit-staff", tp.filterStaff, who),
    field("audit-participant", tp.filterParticipant, participant),
    field("audit-action", tp.filterAction, action),
    field("audit-from", tp.filterFrom, from),
    field("audit-to", tp.filterTo, to),
    button,
  );
  const paramsOf = (extra: Record<string, string> = {}) => {
    const p = new URLSearchParams();
    if (who.value) p.set("staff_id", who.value);
    if (participant.value.trim()) p.set("participant_id", participant.value.trim());
    if (action.value.trim()) p.set("action", action.value.trim());
    if (from.value) p.set("from", from.value);
    if (to.value) p.set("to", to.value);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return p;
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = `#/staff/admin/audit?${paramsOf()}`;
  });
  const csvStatus = statusLine();
  const encoding = csvEncodingChoice("audit-encoding");
  const csv = h(
    "button",
    {
      type: "button",
      class: "secondary no-print",
      onclick: async () => {
        try {
          csvStatus.textContent = "";
          await saveDownload(`/api/v1/audit.csv?${filters}${encoding.query()}`, "dekita-audit.csv");
        } catch (e) {
          csvStatus.textContent = errorText(e);
        }
      },
    },
    tp.downloadCsv,
  );
  const rows = entries.map((e) =>
    h(
      "tr",
      null,
      h("td", null, dateTimeJapan(e.at)),
      h("td", null, e.staff_name, h("br"), h("span", { class: "muted" }, tp.roleNames[e.role as Schemas["Role"]] ?? e.role)),
      h("td", null, e.action),
      h("td", null, e.participant_id ? h("a", { href: `#/staff/participants/${e.participant_id}` }, e.participant_id.slice(-8)) : ""),
      h("td", null, e.detail ? e.detail.slice(-8) : ""),
    ),
  );
  const pager = h(
    "p",
    { class: "no-print pager" },
    offset > 0 ? h("a", { href: `#/staff/admin/audit?${paramsOf({ offset: String(Math.max(0, offset - PAGE)) })}` }, tp.newerPage) : null,
    "　",
    entries.length === PAGE ? h("a", { href: `#/staff/admin/audit?${paramsOf({ offset: String(offset + PAGE) })}` }, tp.olderPage) : null,
  );
  show(
    header(),
    back(),
    h("h1", null, tp.auditTitle),
    form,
    encoding.field,
    h("p", null, csv),
    csvStatus,
    entries.length
      ? h("div", null, h("p", { class: "hint" }, tp.pageOf(offset + 1, offset + entries.length)), table(tp.auditTitle, [tp.colAt, tp.colStaff, tp.colAuditAction, tp.colParticipant, tp.colDetail], rows))
      : h("p", null, tp.noEntries),
    pager,
  );
}
