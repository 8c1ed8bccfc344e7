// What every staff screen shares: the API client, the header, labelled fields, messages,
// and the clean-up of a screen that is left (its timers).

import { ApiError, Capability, NetworkError, StaffUser, storageSession } from "../api";
import { h, show } from "../dom";
import { ScreenApi, Screens } from "../screens";
import { onSubmit, Submit } from "../submit";
import { t, tp } from "../strings/staff";

/** Which staff screen is showing (the router moves it on, see `leave`). */
export const screens = new Screens();

/** Staff mode's API client: a read answered after the person has moved on to another screen
 * is never answered, so no screen that awaits the network draws over a newer one. */
export const api = new ScreenApi(screens, storageSession(sessionStorage, "dekita.staff"));

export function currentUser(): StaffUser | undefined {
  return api.session?.user as StaffUser | undefined;
}

/** Whether the signed-in staff member may take `action` (the server's policy decides, and
 * sends each person their capabilities: the app never reasons about roles). */
export function can(action: Capability): boolean {
  return currentUser()?.capabilities?.includes(action) ?? false;
}

export function errorText(e: unknown): string {
  if (e instanceof NetworkError) return t.networkError;
  if (e instanceof ApiError && e.message) return e.message;
  return t.genericError;
}

/** Sends a form the one way (see submit.ts), with staff mode's words for an error. */
export function submitForm(form: HTMLFormElement, options: Omit<Submit, "errorText"> & Partial<Pick<Submit, "errorText">>, send: () => Promise<unknown>): void {
  onSubmit(form, { errorText, ...options }, send);
}

export function header(): HTMLElement {
  const user = currentUser();
  return h(
    "header",
    { class: "staff-header no-print" },
    h("span", null, `${t.appName}　${t.staffTitle}`),
    user && h("span", null, `${user.name}（${user.municipality_name}）`),
    user && h("a", { href: "#/staff/account" }, tp.accountLink),
    user &&
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: async () => {
            await api.logout();
            location.hash = "#/staff/login";
          },
        },
        t.signOut,
      ),
  );
}

export function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  input.id = id;
  if (hint) input.setAttribute("aria-describedby", `${id}-hint`);
  return h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null);
}

export function textArea(value: string, rows = 3, maxlength = 2000): HTMLTextAreaElement {
  const el = h("textarea", { rows, maxlength });
  el.value = value;
  return el;
}

export function textInput(value: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  const el = h("input", { type: "text", autocomplete: "off", ...attrs });
  el.value = value;
  return el;
}

/** A select of options [value, label], with `value` chosen. */
export function select(options: [string, string][], value: string): HTMLSelectElement {
  const el = h("select", null, ...options.map(([v, label]) => h("option", { value: v }, label)));
  el.value = value;
  return el;
}

/** 1..10 (or 未記入) for the self-ratings. */
export function ratingSelect(value: number | null): HTMLSelectElement {
  const options: [string, string][] = [["", tp.notRated], ...Array.from({ length: 10 }, (_, i): [string, string] => [String(i + 1), String(i + 1)])];
  return select(options, value === null ? "" : String(value));
}

/** 1..12 for a step's target session (with an empty choice when `empty` is given). */
export function sessionSelect(value: number | null, empty?: string): HTMLSelectElement {
  const options: [string, string][] = Array.from({ length: 12 }, (_, i): [string, string] => [String(i + 1), tp.sessionN(i + 1)]);
  if (empty) options.unshift(["", empty]);
  return select(options, value === null ? "" : String(value));
}

export function message(): HTMLParagraphElement {
  return h("p", { class: "message", role: "alert" });
}

export function statusLine(): HTMLParagraphElement {
  return h("p", { class: "saved-note", role: "status" });
}

export function backToRecord(id: string): HTMLElement {
  return h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}` }, tp.backToRecord));
}

export function loading(title: string): void {
  show(header(), h("h1", null, title), h("p", { role: "status" }, t.loading));
}

/** A screen that could not load: the message, and the way back. */
export function failed(title: string, e: unknown, back = "#/staff"): void {
  if (e instanceof ApiError && e.status === 401) {
    location.hash = "#/staff/login";
    return;
  }
  show(header(), h("h1", null, title), h("p", { class: "message", role: "alert" }, errorText(e)), h("p", null, h("a", { href: back }, t.back)));
}

export function printButton(): HTMLElement {
  return h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, tp.printButton);
}

let leaving: (() => void)[] = [];

/** Runs when the person moves to another screen (stops timers). */
export function onLeave(fn: () => void): void {
  leaving.push(fn);
}

export function leave(): void {
  screens.next();
  const fns = leaving;
  leaving = [];
  for (const fn of fns) fn();
}

/** Re-renders without losing the keyboard's place: focus goes back to the element with the
 * same id, if the new screen has one. */
export async function keepingFocus(render: () => Promise<void> | void): Promise<void> {
  const id = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
  const y = window.scrollY;
  await render();
  if (id) {
    const again = document.getElementById(id);
    if (again) {
      again.focus({ preventScroll: true });
      window.scrollTo(0, y);
    }
  }
}

/** Participant name for headings, fetched once per screen. */
export async function participantName(id: string): Promise<string> {
  const p = await api.get<{ display_name: string }>(`/api/v1/participants/${id}`);
  return p.display_name;
}
