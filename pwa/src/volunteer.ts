// The volunteer sign-up on the participant's phone, in plain words: one screen, one action
// (「興味があると伝える」), large type and targets. Offered after the program; never a condition.

import { Api, Schemas } from "./api";
import { h, show } from "./dom";
import { onSubmit } from "./submit";
import { volunteerWords as w } from "./strings/volunteer";

type MyVolunteer = Schemas["MyVolunteer"];

function done(mine: MyVolunteer): void {
  show(
    h("h1", null, w.title),
    h("p", { class: "big", role: "status" }, w.thanks),
    mine.status_label ? h("p", null, w.statusLine(mine.status_label)) : null,
    h("a", { href: "#/", class: "big-link primary-link" }, w.back),
  );
}

export async function volunteerScreen(api: Api): Promise<void> {
  let mine: MyVolunteer;
  try {
    mine = await api.get<MyVolunteer>("/api/v1/me/volunteer");
  } catch {
    show(h("h1", null, w.title), h("p", { class: "big" }, w.offline), h("a", { href: "#/", class: "big-link" }, w.back));
    return;
  }
  if (!mine.offered) {
    show(h("h1", null, w.title), h("p", { class: "big" }, w.notOffered), h("a", { href: "#/", class: "big-link" }, w.back));
    return;
  }
  if (mine.status) {
    done(mine);
    return;
  }
  const choices = mine.open_roles.map((role, i) =>
    h("label", { class: "choice", for: `role-${i}` }, h("input", { type: "checkbox", class: "switch", id: `role-${i}`, name: "roles", value: role }), ` ${role}`),
  );
  const availability = h("input", { type: "text", id: "availability", maxlength: 200, autocomplete: "off" });
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary big-button" }, w.submit);
  const form = h(
    "form",
    { class: "card" },
    h("fieldset", { class: "choices" }, h("legend", null, w.rolesLegend), choices),
    h("label", { for: "availability" }, w.availability),
    availability,
    message,
    button,
  );
  onSubmit(form, { button, message, busyLabel: w.sending, errorText: (e) => (e instanceof Error ? e.message : w.offline) }, async () => {
    const roles = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((i) => i.value);
    const saved = await api.post<MyVolunteer>("/api/v1/me/volunteer", { roles, availability: availability.value });
    done(saved);
  });
  show(h("h1", null, w.title), h("p", null, w.lead), form, h("p", null, h("a", { href: "#/", class: "big-link" }, w.back)));
}
