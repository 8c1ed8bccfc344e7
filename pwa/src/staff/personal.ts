// Staff mode: the participant's contacts and health as staff keep them (emergency contacts and
// かかりつけ医 are the same rows the person's notebook shows), read on the record and edited in
// place.

import { Schemas } from "../api";
import { h } from "../dom";
import { dateTimeJapan } from "../format";
import { tp } from "../strings/staff";
import { api, can, errorText, field, message, submitForm, textArea, textInput } from "./common";

type ParticipantRecord = Schemas["ParticipantRecord"];
type RecordContact = Schemas["RecordContact"];
type ContactKind = Schemas["ContactKind"];

function tel(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function contactList(contacts: RecordContact[], kind: ContactKind): HTMLElement {
  const mine = contacts.filter((c) => c.kind === kind);
  if (!mine.length) return h("p", { class: "muted" }, tp.notWritten);
  return h(
    "ul",
    { class: "contacts" },
    mine.map((c) =>
      h("li", null, h("a", { href: tel(c.phone) }, `${c.name}${c.relation ? `（${c.relation}）` : ""}　${c.phone}`)),
    ),
  );
}

function text(value: string): HTMLElement {
  return value ? h("p", { class: "prewrap" }, value) : h("p", { class: "muted" }, tp.notWritten);
}

function view(record: ParticipantRecord, onEdit: (() => void) | null): HTMLElement[] {
  return [
    h("h3", null, tp.emergencyTitle),
    contactList(record.contacts, "emergency"),
    h("h3", null, tp.doctorTitle),
    contactList(record.contacts, "doctor"),
    h(
      "dl",
      { class: "facts" },
      h("dt", null, tp.conditionsLabel),
      h("dd", null, text(record.conditions)),
      h("dt", null, tp.medicationLabel),
      h("dd", null, text(record.medication)),
      h("dt", null, tp.transportLabel),
      h("dd", null, text(record.transport)),
    ),
    record.updated_at && record.updated_by ? h("p", { class: "hint" }, tp.personalUpdated(record.updated_by, dateTimeJapan(record.updated_at))) : null,
    onEdit ? h("button", { type: "button", class: "secondary no-print", onclick: onEdit }, tp.editPersonal) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

let rowSeq = 0;

function contactRow(kind: ContactKind, c: Partial<RecordContact>): HTMLElement {
  const n = ++rowSeq;
  const name = textInput(c.name ?? "", { name: "name", maxlength: 60, autocomplete: "off" });
  const relation = textInput(c.relation ?? "", { name: "relation", maxlength: 60 });
  const phone = textInput(c.phone ?? "", { name: "phone", type: "tel", inputmode: "tel", maxlength: 20 });
  const row: HTMLElement = h(
    "fieldset",
    { class: "contact-row", "data-kind": kind },
    h("legend", { class: "visually-hidden" }, kind === "emergency" ? tp.emergencyTitle : tp.doctorTitle),
    field(`c${n}-name`, tp.contactName, name),
    field(`c${n}-relation`, tp.contactRelation, relation),
    field(`c${n}-phone`, tp.contactPhone, phone),
    h("button", { type: "button", class: "secondary", onclick: () => row.remove() }, tp.removeContact(c.name ?? "")),
  );
  return row;
}

function editor(id: string, record: ParticipantRecord, done: (saved: ParticipantRecord | null) => void): HTMLElement {
  const lists = {
    emergency: h("div", { class: "stack" }, record.contacts.filter((c) => c.kind === "emergency").map((c) => contactRow("emergency", c))),
    doctor: h("div", { class: "stack" }, record.contacts.filter((c) => c.kind === "doctor").map((c) => contactRow("doctor", c))),
  };
  const conditions = textArea(record.conditions, 3);
  const medication = textArea(record.medication, 3);
  const transport = textInput(record.transport, { maxlength: 200 });
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, tp.savePersonal);
  const form = h(
    "form",
    { class: "stack personal-form" },
    h("h3", null, tp.emergencyTitle),
    lists.emergency,
    h("button", { type: "button", class: "secondary", onclick: () => lists.emergency.append(contactRow("emergency", {})) }, tp.addEmergency),
    h("h3", null, tp.doctorTitle),
    lists.doctor,
    h("button", { type: "button", class: "secondary", onclick: () => lists.doctor.append(contactRow("doctor", {})) }, tp.addDoctor),
    field("record-conditions", tp.conditionsLabel, conditions),
    field("record-medication", tp.medicationLabel, medication),
    field("record-transport", tp.transportLabel, transport),
    h("p", { class: "hint" }, tp.personalNote),
    msg,
    h("div", { class: "actions" }, button, h("button", { type: "button", class: "secondary", onclick: () => done(null) }, tp.cancel)),
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    const contacts: RecordContact[] = [];
    for (const row of form.querySelectorAll<HTMLElement>(".contact-row")) {
      const value = (n: string) => (row.querySelector<HTMLInputElement>(`input[name="${n}"]`)?.value ?? "").trim();
      if (!value("name") && !value("phone")) continue;
      contacts.push({ kind: row.dataset.kind as ContactKind, name: value("name"), relation: value("relation"), phone: value("phone") });
    }
    const saved = await api.put<ParticipantRecord>(`/api/v1/participants/${id}/record`, {
      contacts,
      conditions: conditions.value,
      medication: medication.value,
      transport: transport.value,
    });
    done(saved);
  });
  return form;
}

/** The record's section: what is kept, and (for those who may) the way to change it. */
export async function personalSection(id: string): Promise<HTMLElement> {
  const section = h("section", { class: "card", "aria-labelledby": "personal-title" }, h("h2", { id: "personal-title" }, tp.personalTitle));
  let record: ParticipantRecord;
  try {
    record = await api.get<ParticipantRecord>(`/api/v1/participants/${id}/record`);
  } catch (e) {
    section.append(h("p", { class: "message", role: "alert" }, errorText(e)));
    return section;
  }
  const body = h("div", { "data-testid": "personal" });
  const render = (r: ParticipantRecord) => {
    record = r;
    body.replaceChildren(...view(r, can("edit_participant_record") ? edit : null));
  };
  const edit = () => {
    body.replaceChildren(
      editor(id, record, (saved) => {
        render(saved ?? record);
        section.querySelector<HTMLElement>("button")?.focus();
      }),
    );
    body.querySelector<HTMLInputElement>("input, textarea")?.focus();
  };
  render(record);
  section.append(body);
  return section;
}
