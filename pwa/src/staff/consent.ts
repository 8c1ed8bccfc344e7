// 同意とつなぎ: a person's consents (one per purpose: to whom, what, until when, how given),
// asking for one on the phone or recording one given on paper or by family, recording a
// withdrawal; and the handoffs to a 生活支援コーディネーター with their dated history.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, loading, message, participantName, submitForm, textInput } from "./common";

type Consent = Schemas["Consent"];
type Coordinator = Schemas["CoordinatorRef"];
type Handoff = Schemas["StaffHandoff"];

const PURPOSES = ["sc_handoff", "referrer_feedback", "volunteer_registry", "case_story"] as const;
const PARTS = ["contact", "interests", "summary_goals", "summary_abilities", "participation_wishes", "care_notes", "exercise_plan", "followup_results"] as const;
const METHODS = ["device", "paper", "proxy"] as const;

export async function consentScreen(id: string): Promise<void> {
  loading(tp.linkConsents);
  try {
    const [consents, handoffs, coordinators, name] = await Promise.all([
      api.get<Consent[]>(`/api/v1/participants/${id}/consents`),
      api.get<Handoff[]>(`/api/v1/participants/${id}/handoffs`),
      api.get<Coordinator[]>("/api/v1/coordinators"),
      participantName(id),
    ]);
    render(id, name, consents, handoffs, coordinators);
  } catch (e) {
    failed(tp.linkConsents, e, `#/staff/participants/${id}`);
  }
}

function consentItem(id: string, c: Consent): HTMLElement {
  const withdraw =
    can("record_consent") && c.state !== "withdrawn"
      ? h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: async () => {
              if (!confirm(tp.confirmWithdraw)) return;
              try {
                await api.post(`/api/v1/participants/${id}/consents/${c.id}/withdraw`, {});
                await consentScreen(id);
              } catch (e) {
                alert(errorText(e));
              }
            },
          },
          tp.withdrawConsent,
        )
      : null;
  return h(
    "li",
    { class: "card", "data-testid": "consent" },
    h("h3", null, tp.purposeLabels[c.purpose] ?? c.purpose, h("span", { class: c.standing === "live" ? "badge" : "badge attention" }, tp.standingLabels[c.standing] ?? c.standing)),
    h("p", null, tp.consentLine(c.recipient?.name ?? tp.none, fullDate(c.valid_until)), c.recipient_team ? `（${c.recipient_team}）` : "", tp.givenVia(tp.methodLabels[c.method] ?? c.method)),
    h("p", null, `${tp.parts}：${c.parts.map((p) => tp.partLabels[p] ?? p).join("・")}`),
    c.paper_kept_at && h("p", { class: "muted" }, `${tp.paperKeptAt}：${c.paper_kept_at}`),
    c.proxy_name && h("p", { class: "muted" }, `${tp.proxyName}：${c.proxy_name}（${c.proxy_relationship ?? ""}）`),
    c.withdrawn_at && h("p", { class: "muted" }, `${tp.standingLabels.withdrawn}：${dateTimeJapan(c.withdrawn_at)}`),
    withdraw,
  );
}

function consentForm(id: string, coordinators: Coordinator[]): HTMLElement | null {
  if (!can("record_consent")) return null;
  const purpose = h("select", null, ...PURPOSES.map((p) => h("option", { value: p }, tp.purposeLabels[p])));
  const recipient = h("select", null, ...coordinators.map((c) => h("option", { value: c.staff_id }, c.team ? `${c.name}（${c.team}）` : c.name)));
  const team = h("input", { type: "checkbox", id: "include-team" });
  const parts = PARTS.map((p) => {
    const box = h("input", { type: "checkbox", value: p, id: `part-${p}` });
    box.checked = p !== "care_notes" && p !== "followup_results";
    return box;
  });
  const until = h("input", { type: "date" });
  const method = h("select", null, ...METHODS.map((m) => h("option", { value: m }, tp.methodLabels[m])));
  const kept = textInput("", { maxlength: 200 });
  const proxyName = textInput("", { maxlength: 200 });
  const proxyRelationship = textInput("", { maxlength: 200 });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.askConsent);
  const form = h(
    "form",
    { class: "stack" },
    h("div", { class: "grid-form" }, field("consent-purpose", tp.purpose, purpose), field("consent-recipient", tp.recipient, recipient), field("consent-until", tp.validUntil, until), field("consent-method", tp.method, method)),
    h("label", { class: "choice", for: "include-team" }, team, tp.includeTeam),
    h("fieldset", { class: "group checks" }, h("legend", null, tp.parts), parts.map((box) => h("label", { class: "choice", for: box.id }, box, tp.partLabels[box.value]))),
    h("div", { class: "grid-form" }, field("paper-kept-at", tp.paperKeptAt, kept), field("proxy-name", tp.proxyName, proxyName), field("proxy-relationship", tp.proxyRelationship, proxyRelationship)),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    await api.post<Consent>(`/api/v1/participants/${id}/consents`, {
      purpose: purpose.value,
      recipient_staff_id: recipient.value,
      include_team: team.checked,
      parts: parts.filter((b) => b.checked).map((b) => b.value),
      valid_until: until.value || null,
      method: method.value,
      paper_kept_at: kept.value || null,
      proxy_name: proxyName.value || null,
      proxy_relationship: proxyRelationship.value || null,
    });
    await consentScreen(id);
  });
  return form;
}

function handoffItem(hf: Handoff): HTMLElement {
  return h(
    "li",
    { class: "card", "data-testid": "handoff" },
    h("h3", null, hf.coordinator.name, h("span", { class: hf.overdue ? "badge attention" : "badge" }, tp.stateLabels[hf.state] ?? hf.state)),
    hf.overdue && h("p", { class: "warning" }, tp.overdue),
    h(
      "ol",
      null,
      hf.history.map((e) => h("li", null, tp.historyLine(fullDate(e.on), tp.stateLabels[e.state] ?? e.state, e.by_name), e.reason ? `：${tp.reasonLabels[e.reason]}` : "", e.note ? `　${e.note}` : "")),
    ),
  );
}

function handoffForm(id: string, coordinators: Coordinator[]): HTMLElement | null {
  if (!can("start_handoff")) return null;
  const coordinator = h("select", null, ...coordinators.map((c) => h("option", { value: c.staff_id }, c.name)));
  const note = textInput("", { maxlength: 500 });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.startHandoff);
  const form = h("form", { class: "stack" }, h("div", { class: "grid-form" }, field("handoff-coordinator", tp.coordinator, coordinator), field("handoff-note", tp.handoffNote, note)), msg, button);
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    await api.post<Handoff>(`/api/v1/participants/${id}/handoffs`, { coordinator_id: coordinator.value, note: note.value });
    await consentScreen(id);
  });
  return form;
}

function render(id: string, name: string, consents: Consent[], handoffs: Handoff[], coordinators: Coordinator[]): void {
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.linkConsents}　${name}さん`),
    h(
      "section",
      { "aria-labelledby": "consents-title" },
      h("h2", { id: "consents-title" }, tp.consentsTitle),
      h("p", null, tp.consentsLead),
      consents.length ? h("ul", { class: "consents" }, consents.map((c) => consentItem(id, c))) : h("p", null, tp.noConsents),
      consentForm(id, coordinators),
    ),
    h(
      "section",
      { "aria-labelledby": "handoffs-title" },
      h("h2", { id: "handoffs-title" }, tp.handoffsTitle),
      h("p", null, tp.handoffsLead),
      handoffs.length ? h("ul", { class: "consents" }, handoffs.map(handoffItem)) : h("p", null, tp.noHandoffs),
      handoffForm(id, coordinators),
    ),
  );
}
