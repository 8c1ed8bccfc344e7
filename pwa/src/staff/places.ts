// 地域の通いの場・資源: the directory the coordinators keep (kind, the 興味関心 items it suits,
// 圏域, schedule, cost, how to get there, what it is like, contact, volunteer roles, when it
// was last verified). Every staff member of the municipality reads it.

import { ApiError, Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate } from "../format";
import { tp } from "../strings/staff";
import { api, can, failed, field, header, loading, message, statusLine, submitForm, textArea, textInput } from "./common";
import { conflictCurrent } from "./versioned";

type Place = Schemas["Place"];
type PlaceInput = Schemas["PlaceInput"];

const KINDS = ["salon", "exercise", "hobby", "learning", "meals", "volunteering", "work", "community", "private", "transport", "service_b", "service_d", "other"] as const;
const MEANS = ["walk", "bicycle", "bus", "shared_taxi", "family_car", "needs_pickup"] as const;

const numbers = (text: string) =>
  text
    .split(/[、,\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));
const words = (text: string) =>
  text
    .split(/[、,]+/)
    .map((w) => w.trim())
    .filter(Boolean);

export async function placesScreen(editId?: string): Promise<void> {
  loading(tp.placesTitle);
  let list: Place[];
  try {
    list = await api.get<Place[]>("/api/v1/places");
  } catch (e) {
    failed(tp.placesTitle, e);
    return;
  }
  const editing = editId ? list.find((p) => p.id === editId) : undefined;
  const items = list.map((p) =>
    h(
      "li",
      { class: "card", "data-testid": "place" },
      h(
        "h2",
        null,
        p.name,
        h("span", { class: "badge" }, tp.placeKindLabels[p.kind] ?? p.kind),
        p.stale ? h("span", { class: "badge attention" }, tp.placeStale) : null,
        p.active ? null : h("span", { class: "badge attention" }, tp.placeInactive),
      ),
      p.area && h("p", null, tp.areaLine(p.area)),
      p.schedule && h("p", null, `${tp.placeSchedule}：${p.schedule}`),
      h("p", null, `${tp.placeTransport}：${p.transport.map((t) => tp.placeTransportLabels[t] ?? t).join("・") || tp.none}`),
      p.tag_labels.length > 0 && h("p", null, `${tp.placeTags.split("（")[0]}：${p.tag_labels.join("・")}`),
      p.description && h("p", null, p.description),
      p.contact && h("p", null, `${tp.placeContact}：${p.contact}`),
      h("p", { class: "muted" }, `${tp.placeVerified}：${p.last_verified_on ? fullDate(p.last_verified_on) : tp.none}`),
      can("manage_places") && h("a", { href: `#/staff/places/${p.id}` }, tp.editPlace),
    ),
  );
  show(
    header(),
    h("p", null, h("a", { href: "#/staff" }, tp.backToList)),
    h("h1", null, tp.placesTitle),
    h("p", null, tp.placesLead),
    can("manage_places") ? placeForm(editing) : null,
    list.length ? h("ul", { class: "consents" }, items) : h("p", null, tp.noPlaces),
  );
}

function placeForm(place?: Place): HTMLElement {
  const name = textInput(place?.name ?? "", { maxlength: 100 });
  const kind = h("select", null, ...KINDS.map((k) => h("option", { value: k }, tp.placeKindLabels[k])));
  kind.value = place?.kind ?? "salon";
  const tags = textInput((place?.tags ?? []).join("、"));
  const freeTags = textInput((place?.free_tags ?? []).join("、"));
  const area = textInput(place?.area ?? "", { maxlength: 40 });
  const address = textInput(place?.address ?? "", { maxlength: 200 });
  const schedule = textInput(place?.schedule ?? "", { maxlength: 200 });
  const cost = textInput(place?.cost ?? "", { maxlength: 100 });
  const means = MEANS.map((m) => {
    const box = h("input", { type: "checkbox", value: m, id: `means-${m}` });
    box.checked = (place?.transport ?? []).includes(m);
    return box;
  });
  const accessibility = textInput(place?.accessibility ?? "", { maxlength: 500 });
  const description = textArea(place?.description ?? "", 3);
  const contact = textInput(place?.contact ?? "", { maxlength: 200 });
  const roles = textInput(place?.volunteer_roles ?? "", { maxlength: 500 });
  const verified = h("input", { type: "date" });
  verified.value = place?.last_verified_on ?? "";
  const active = h("input", { type: "checkbox", id: "place-active" });
  active.checked = place?.active ?? true;
  const msg = message();
  const status = statusLine();
  const button = h("button", { type: "submit", class: "primary" }, place ? tp.savePlace : tp.addPlace);
  const form = h(
    "form",
    { class: "stack" },
    h(
      "div",
      { class: "grid-form" },
      field("place-name", tp.placeName, name),
      field("place-kind", tp.placeKind, kind),
      field("place-tags", tp.placeTags, tags),
      field("place-free-tags", tp.placeFreeTags, freeTags),
      field("place-area", tp.placeArea, area),
      field("place-address", tp.placeAddress, address),
      field("place-schedule", tp.placeSchedule, schedule),
      field("place-cost", tp.placeCost, cost),
      field("place-accessibility", tp.placeAccessibility, accessibility),
      field("place-contact", tp.placeContact, contact),
      field("place-roles", tp.placeRoles, roles),
      field("place-verified", tp.placeVerified, verified),
    ),
    h("fieldset", { class: "group checks" }, h("legend", null, tp.placeTransport), means.map((box) => h("label", { class: "choice", for: box.id }, box, tp.placeTransportLabels[box.value]))),
    field("place-description", tp.placeDescription, description),
    h("label", { class: "choice", for: "place-active" }, active, tp.placeActive),
    msg,
    button,
    status,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving }, async () => {
    const input: PlaceInput = {
      name: name.value,
      kind: kind.value as PlaceInput["kind"],
      tags: numbers(tags.value),
      free_tags: words(freeTags.value),
      area: area.value || null,
      address: address.value,
      schedule: schedule.value,
      cost: cost.value,
      transport: means.filter((b) => b.checked).map((b) => b.value as (typeof MEANS)[number]),
      accessibility: accessibility.value,
      description: description.value,
      contact: contact.value,
      volunteer_roles: roles.value,
      last_verified_on: verified.value || null,
      active: active.checked,
    };
    try {
      if (place) await api.put<Place>(`/api/v1/places/${place.id}`, input, { ifMatch: place.version });
      else await api.post<Place>("/api/v1/places", input);
    } catch (e) {
      if (conflictCurrent(e)) throw new ApiError(412, "version_conflict", tp.conflictTitle);
      throw e;
    }
    location.hash = "#/staff/places";
    await placesScreen();
  });
  return h("section", { class: "card", "aria-labelledby": "place-form-title" }, h("h2", { id: "place-form-title" }, place ? `${tp.editPlace}：${place.name}` : tp.addPlace), form);
}
