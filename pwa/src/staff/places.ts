// 地域の通いの場・資源: the directory the coordinators keep (kind, the 興味関心 items it suits,
// 圏域, schedule, cost, how to get there, what it is like, contact, volunteer roles, when it
// was last verified), and photos of what it is like (each with the words a screen reader
// says). Every staff member of the municipality reads it; coordinators keep it.

import { ApiError, Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate } from "../format";
import { tp } from "../strings/staff";
import { api, can, failed, field, header, keepingFocus, loading, message, statusLine, submitForm, textArea, textInput } from "./common";
import { authorizedFetch, privateImage } from "./daily";
import { conflictCurrent } from "./versioned";

type Place = Schemas["Place"];
type PlaceInput = Schemas["PlaceInput"];
type PlacePhoto = Schemas["PlacePhoto"];

/** As many photos as the server keeps for a place. */
const MAX_PHOTOS = 6;
/** The largest file the server reads (15 MB). */
const MAX_BYTES = 15 * 1024 * 1024;

/** What the last photo change did, said once on the screen drawn after it. */
let photoNotice = "";

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
      p.photos.length > 0 && photoList(p, false),
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
    editing && can("manage_place_photos") ? photoEditor(editing) : null,
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

const mediaPath = (photo: PlacePhoto, size: "thumb" | "display") => `/api/v1/media/${encodeURIComponent(photo.id)}/${size}`;

/** One photo: the thumbnail with its caption under it, a button to see it larger, and (for the
 * coordinator keeping the place) buttons to move it and to take it off. */
function photoItem(place: Place, photo: PlacePhoto, index: number, keeping: boolean): HTMLElement {
  const picture = h("div", { class: "place-photo-picture" }, privateImage(mediaPath(photo, "thumb"), photo.caption, { class: "place-thumb", loading: "lazy" }));
  const larger = h("button", { type: "button", class: "secondary", "aria-label": tp.showLargerLabel(photo.caption) }, tp.showLarger);
  larger.addEventListener("click", () => {
    picture.replaceChildren(privateImage(mediaPath(photo, "display"), photo.caption, { class: "place-large" }));
    larger.remove();
  });
  const actions: HTMLElement[] = [larger];
  if (keeping) {
    const ids = place.photos.map((p) => p.id);
    const move = (to: number, label: string, text: string) => {
      const b = h("button", { type: "button", class: "secondary", "aria-label": label }, text);
      b.disabled = to < 0 || to >= ids.length;
      b.addEventListener("click", () => {
        const order = [...ids];
        [order[index], order[to]] = [order[to], order[index]];
        void photoChange(b, place, () => api.put<Place>(`/api/v1/places/${place.id}/photos`, { photo_ids: order }), tp.placePhotoMoved);
      });
      return b;
    };
    const remove = h("button", { type: "button", class: "secondary danger", "aria-label": tp.removePlacePhotoLabel(photo.caption) }, tp.removePlacePhoto);
    remove.addEventListener("click", () => {
      if (!confirm(tp.confirmRemovePlacePhoto(photo.caption))) return;
      void photoChange(remove, place, () => api.request<Place>("DELETE", `/api/v1/places/${place.id}/photos/${encodeURIComponent(photo.id)}`), tp.placePhotoRemoved);
    });
    actions.push(move(index - 1, tp.movePhotoEarlier(photo.caption), tp.earlier), move(index + 1, tp.movePhotoLater(photo.caption), tp.later), remove);
  }
  return h("li", { class: "place-photo", "data-testid": "place-photo" }, h("figure", null, picture, h("figcaption", null, photo.caption)), h("div", { class: "actions" }, ...actions));
}

function photoList(place: Place, keeping: boolean): HTMLElement {
  return h("ul", { class: "place-photos", "aria-label": tp.placePhotosOf(place.name) }, ...place.photos.map((photo, i) => photoItem(place, photo, i, keeping)));
}

/** Moves or takes off a photo, then draws the place again with what was done. */
async function photoChange(button: HTMLButtonElement, place: Place, send: () => Promise<unknown>, done: string): Promise<void> {
  const line = document.getElementById("place-photos-message");
  button.disabled = true;
  try {
    await send();
    photoNotice = done;
    await keepingFocus(() => placesScreen(place.id));
  } catch (e) {
    if (line) line.textContent = e instanceof ApiError && e.message ? e.message : tp.photoFailed;
    button.disabled = false;
  }
}

/** The coordinator's photos of the place being edited: the list, and the form that adds one. */
function photoEditor(place: Place): HTMLElement {
  const msg = message();
  msg.id = "place-photos-message";
  const status = statusLine();
  status.textContent = photoNotice;
  photoNotice = "";
  const full = place.photos.length >= MAX_PHOTOS;
  let form: HTMLElement;
  if (full) {
    form = h("p", null, tp.placePhotoFull(MAX_PHOTOS));
  } else {
    const file = h("input", { type: "file", accept: "image/jpeg,image/png" });
    const caption = textInput("", { maxlength: 120 });
    const button = h("button", { type: "submit", class: "primary" }, tp.addPlacePhoto);
    const addMsg = message();
    const f = h("form", { class: "stack", "aria-labelledby": "place-photo-add" }, field("place-photo-file", tp.placePhotoFile, file), field("place-photo-caption", tp.placePhotoCaption, caption, tp.placePhotoCaptionHint), addMsg, button);
    submitForm(
      f,
      {
        button,
        message: addMsg,
        busyLabel: tp.addingPlacePhoto,
        clear: [status],
        check: () => {
          const chosen = file.files?.[0];
          if (!chosen) return tp.placePhotoChoose;
          if (chosen.size > MAX_BYTES) return tp.placePhotoTooBig;
          if (!caption.value.trim()) return tp.placePhotoNeedsCaption;
        },
      },
      async () => {
        const chosen = file.files![0];
        file.disabled = true;
        caption.disabled = true;
        try {
          const res = await authorizedFetch(`/api/v1/places/${place.id}/photos?caption=${encodeURIComponent(caption.value.trim())}`, {
            method: "POST",
            headers: { "Content-Type": chosen.type === "image/png" ? "image/png" : "image/jpeg" },
            body: chosen,
          });
          if (!res.ok) {
            const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
            throw new ApiError(res.status, body.error ?? `http_${res.status}`, body.message ?? "");
          }
        } finally {
          file.disabled = false;
          caption.disabled = false;
        }
        photoNotice = tp.placePhotoAdded;
        await placesScreen(place.id);
        document.getElementById("place-photo-file")?.focus();
      },
    );
    form = h("div", null, h("h3", { id: "place-photo-add" }, tp.addPlacePhoto), f);
  }
  return h(
    "section",
    { class: "card", "aria-labelledby": "place-photos-title", "data-testid": "place-photo-editor" },
    h("h2", { id: "place-photos-title" }, tp.placePhotosTitle(place.photos.length, MAX_PHOTOS)),
    h("p", null, tp.placePhotosLead),
    place.photos.length ? photoList(place, true) : h("p", null, tp.noPlacePhotos),
    msg,
    status,
    form,
  );
}
