// What every staff screen shares: the API client, the header, labelled fields, messages,
// and the clean-up of a screen that is left (its timers).

import { ApiError, Capability, NetworkError, Session, SessionStore, StaffUser, storageSession } from "../api";
import { h, show } from "../dom";
import { fullDate, todayInJapan } from "../format";
import { ScreenApi, Screens } from "../screens";
import { onSubmit, Submit } from "../submit";
import { t, tp } from "../strings/staff";

// A staff sign-in lives in this tab's sessionStorage (shared computers: it ends with the
// browser). A link opened in a new tab starts with none (or with a copy of the opener's, which
// two tabs must not both spend: refresh tokens rotate and a reuse ends the sign-in). So each
// tab marks its session with its own name, and a tab without one of its own asks the other
// tabs for their refresh token and forks it on the server into a chain of its own.
const TAB = "dekita-tab-";
if (!window.name.startsWith(TAB)) window.name = TAB + Math.random().toString(36).slice(2);
const stored = storageSession(sessionStorage, "dekita.staff");
type Marked = Session & { tab?: string };
const tabStore: SessionStore = {
  load() {
    const s = stored.load() as Marked | null;
    return s && s.tab === window.name ? s : null;
  },
  save(session) {
    stored.save(session ? ({ ...session, tab: window.name } as Marked) : null);
  },
};

/** Which staff screen is showing (the router moves it on, see `leave`). */
export const screens = new Screens();

/** Staff mode's API client: a read answered after the person has moved on to another screen
 * is never answered, so no screen that awaits the network draws over a newer one. */
export const api = new ScreenApi(screens, tabStore);

const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("dekita.staff") : null;
channel?.addEventListener("message", (e: MessageEvent<{ ask?: boolean; refresh_token?: string }>) => {
  const own = tabStore.load();
  if (e.data?.ask && own) channel.postMessage({ refresh_token: own.refresh_token });
});

function askOtherTabs(waitMs: number): Promise<string | null> {
  if (!channel) return Promise.resolve(null);
  return new Promise((resolve) => {
    const answer = (e: MessageEvent<{ refresh_token?: string }>) => {
      if (!e.data?.refresh_token) return;
      channel.removeEventListener("message", answer);
      clearTimeout(timer);
      resolve(e.data.refresh_token);
    };
    const timer = setTimeout(() => {
      channel.removeEventListener("message", answer);
      resolve(null);
    }, waitMs);
    channel.addEventListener("message", answer);
    channel.postMessage({ ask: true });
  });
}

async function joinSignIn(): Promise<void> {
  if (tabStore.load()) return;
  const copied = (stored.load() as Marked | null)?.refresh_token ?? null;
  stored.save(null);
  for (const token of [copied, await askOtherTabs(copied ? 0 : 500)]) {
    if (!token) continue;
    try {
      await api.fork(token);
      return;
    } catch {
      /* spent or ended: try the next, or sign in */
    }
  }
}

/** Settled once this tab has its own session, or knows it has none (then: sign in). */
export const signInJoined: Promise<void> = joinSignIn();

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

/** What every printed staff page carries (print only): the municipality and provider, the
 * date printed and who printed it; the page count is the print style's (@page). */
function printHead(user: StaffUser): HTMLElement {
  return h(
    "div",
    { class: "print-only print-head" },
    h("span", null, [user.municipality_name, user.provider_name].filter(Boolean).join("　")),
    h("span", null, tp.printedOn(fullDate(todayInJapan()), user.name)),
  );
}

export function header(): HTMLElement {
  const user = currentUser();
  const bar = h(
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
  return user ? h("div", { class: "screen-top" }, bar, printHead(user)) : bar;
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

export function printButton(label: string = tp.printButton): HTMLElement {
  return h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, label);
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
