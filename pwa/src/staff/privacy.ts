// Staff mode: personal-data requests (個人情報保護法) on the participant's record, for the
// administrator: 開示 (the JSON file and a printable A4 document of the same content), 訂正の請求
// (recorded and listed) and 利用停止 (stop and lift).

import { Schemas } from "../api";
import { fhirExportBlock } from "./fhirexport";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate, todayInJapan } from "../format";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, loading, message, printButton, submitForm, textArea } from "./common";

type Disclosure = Schemas["Disclosure"];
type PrivacyRequests = Schemas["PrivacyRequests"];

/** The last disclosure fetched, so the printable view shows what was saved (one audited read). */
let last: Disclosure | null = null;

function save(doc: Disclosure): void {
  const blob = new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: `dekita-disclosure-${todayInJapan()}.json`, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function value(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** The printable disclosure: each table under its Japanese heading, each row as a list. */
export async function disclosureScreen(id: string): Promise<void> {
  loading(tp.discloseButton);
  let doc = last && last.participant_id === id ? last : null;
  if (!doc) {
    try {
      doc = await api.get<Disclosure>(`/api/v1/participants/${id}/disclosure`);
      last = doc;
    } catch (e) {
      failed(tp.disclosureNotLoaded, e, `#/staff/participants/${id}`);
      return;
    }
  }
  const d = doc;
  show(
    header(),
    backToRecord(id),
    h("article", { class: "disclosure" },
      h("h1", null, tp.disclosureTitle(d.display_name)),
      h("p", null, tp.disclosureIntro(d.municipality_name, dateTimeJapan(d.produced_at), d.produced_by)),
      h("div", { class: "actions no-print" }, printButton(), h("button", { type: "button", class: "secondary", onclick: () => save(d) }, tp.saveAgain)),
      d.sections.map((s) =>
        h(
          "section",
          { class: "disclosure-section", "data-table": s.table },
          h("h2", null, `${s.title}（${tp.disclosureRows(s.rows.length)}）`),
          s.rows.length
            ? s.rows.map((row) =>
                h(
                  "dl",
                  { class: "disclosure-row" },
                  Object.entries(row as Record<string, unknown>).flatMap(([k, v]) => [h("dt", null, k), h("dd", null, value(v))]),
                ),
              )
            : h("p", { class: "muted" }, tp.disclosureEmpty),
        ),
      ),
    ),
  );
}

function correctionForm(id: string, done: (saved: PrivacyRequests) => void): HTMLFormElement {
  const requested = textArea("", 2);
  requested.required = true;
  const received = h("input", { type: "date", required: true, value: todayInJapan() });
  const handling = textArea("", 2);
  const handled = h("input", { type: "date" });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.correctionSave);
  const form = h(
    "form",
    { class: "stack no-print" },
    field("correction-requested", tp.correctionRequested, requested),
    field("correction-received", tp.correctionReceived, received),
    field("correction-handling", tp.correctionHandling, handling),
    field("correction-handled", tp.correctionHandled, handled),
    msg,
    button,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    const saved = await api.post<PrivacyRequests>(`/api/v1/participants/${id}/corrections`, {
      requested: requested.value,
      received_on: received.value,
      handling: handling.value,
      handled_on: handled.value || null,
    });
    done(saved);
  });
  return form;
}

function body(id: string, r: PrivacyRequests, render: (r: PrivacyRequests) => void): HTMLElement[] {
  const stopMsg = message();
  const reason = textArea("", 2, 500);
  const stop = r.use_stop
    ? [
        h("p", { class: "warning", "data-testid": "use-stopped" }, tp.useStopped(dateTimeJapan(r.use_stop.stopped_at), r.use_stop.stopped_by)),
        h("p", null, `${tp.useStopReason}：${r.use_stop.reason}`),
        h(
          "button",
          {
            type: "button",
            class: "secondary no-print",
            onclick: async () => {
              if (!confirm(tp.useLiftConfirm)) return;
              try {
                render(await api.request<PrivacyRequests>("DELETE", `/api/v1/participants/${id}/use-stop`));
              } catch (e) {
                stopMsg.textContent = errorText(e);
              }
            },
          },
          tp.useLiftButton,
        ),
        stopMsg,
      ]
    : [
        h("p", null, tp.useStopNone),
        h(
          "div",
          { class: "no-print stack" },
          field("use-stop-reason", tp.useStopReason, reason),
          h(
            "button",
            {
              type: "button",
              class: "secondary",
              onclick: async () => {
                if (!confirm(tp.useStopConfirm)) return;
                try {
                  render(await api.post<PrivacyRequests>(`/api/v1/participants/${id}/use-stop`, { reason: reason.value }));
                } catch (e) {
                  stopMsg.textContent = errorText(e);
                }
              },
            },
            tp.useStopButton,
          ),
          stopMsg,
        ),
      ];
  const corrections = r.corrections.length
    ? h(
        "ul",
        { class: "corrections", "data-testid": "corrections" },
        r.corrections.map((c) =>
          h(
            "li",
            null,
            h("p", { class: "prewrap" }, `${fullDate(c.received_on)}　${c.requested}`),
            h("p", { class: "prewrap" }, c.handled_on ? `${tp.correctionHandling}（${fullDate(c.handled_on)}）：${c.handling}` : `${tp.correctionOpen}${c.handling ? `：${c.handling}` : ""}`),
            h("p", { class: "hint" }, tp.correctionBy(c.recorded_by)),
          ),
        ),
      )
    : h("p", { class: "muted" }, tp.correctionsNone);
  return [
    can("disclose_personal_data")
      ? h(
          "div",
          { class: "no-print" },
          h("p", { class: "hint" }, tp.discloseHint),
          h(
            "button",
            {
              type: "button",
              class: "secondary",
              onclick: async () => {
                try {
                  last = await api.get<Disclosure>(`/api/v1/participants/${id}/disclosure`);
                  save(last);
                  location.hash = `#/staff/participants/${id}/disclosure`;
                } catch (e) {
                  stopMsg.textContent = errorText(e);
                }
              },
            },
            tp.discloseButton,
          ),
        )
      : h("span"),
    fhirExportBlock(`participant=${encodeURIComponent(id)}`, `dekita-fhir-person.json`, tp.fhirPersonExport, tp.fhirPersonLead) ?? h("span"),
    h("h3", null, tp.useStopTitle),
    ...stop,
    h("h3", null, tp.correctionsTitle),
    corrections,
    can("record_correction_request") ? correctionForm(id, render) : h("span"),
  ];
}

/** The record's section, for those who handle personal-data requests (the administrator). */
export async function privacySection(id: string): Promise<HTMLElement | null> {
  if (!can("read_privacy_requests")) return null;
  const section = h("section", { class: "card", "aria-labelledby": "privacy-title" }, h("h2", { id: "privacy-title" }, tp.privacyTitle));
  const inner = h("div", { "data-testid": "privacy" });
  const render = (r: PrivacyRequests) => inner.replaceChildren(...body(id, r, render));
  try {
    render(await api.get<PrivacyRequests>(`/api/v1/participants/${id}/privacy`));
  } catch (e) {
    inner.replaceChildren(h("p", { class: "message", role: "alert" }, errorText(e)));
  }
  section.append(inner);
  return section;
}
