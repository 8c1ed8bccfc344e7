// The family phone (家族). On the person's own phone: the family phones bound, agreeing to
// another (one screen, the words first) and unbinding one (one screen). On the family
// member's phone: the person's notebook to read and 記録する on their behalf.

import { Api, ApiError, NetworkError } from "./api";
import { h, show } from "./dom";
import { dateTimeJapan, fullDate, monthDay } from "./format";
import { onSubmit } from "./submit";
import { t } from "./strings/participant";
import { fw, FamilyCode, FamilyPhones } from "./strings/family";
import type { Notebook } from "./notebook";

const backHome = () => h("p", { class: "back" }, h("a", { href: "#/", class: "big-link secondary-link" }, t.backHome));
const backFamily = () => h("p", { class: "back" }, h("a", { href: "#/family", class: "big-link secondary-link" }, fw.phonesTitle));
const failure = (e: unknown) => (e instanceof NetworkError ? fw.needsSignal : e instanceof ApiError && e.message ? e.message : t.genericError);

async function loadPhones(api: Api): Promise<FamilyPhones | null> {
  try {
    return await api.get<FamilyPhones>("/api/v1/me/family-phones");
  } catch {
    return null;
  }
}

/** The family phones bound now: each opens its own screen to stop it; one link to add one. */
export async function familyPhonesScreen(api: Api): Promise<void> {
  show(h("h1", null, fw.phonesTitle), h("p", { role: "status" }, t.loading));
  const phones = await loadPhones(api);
  if (!phones) {
    show(h("h1", null, fw.phonesTitle), h("p", { class: "note", role: "status" }, fw.needsSignal), backHome());
    return;
  }
  show(
    h("h1", null, fw.phonesTitle),
    h("p", { class: "lead" }, fw.phonesLead),
    phones.phones.length === 0
      ? h("p", { class: "card" }, fw.phonesNone)
      : h(
          "section",
          { class: "card", "aria-labelledby": "bound-title" },
          h("h2", { id: "bound-title" }, fw.phonesBound(phones.phones.length)),
          h(
            "ul",
            { class: "family-phones" },
            phones.phones.map((p) =>
              h("li", null, h("a", { href: `#/family/${encodeURIComponent(p.id)}`, class: "big-link secondary-link" }, `${p.label}（${fw.since(monthDay(p.enrolled_at.slice(0, 10)))}）`)),
            ),
          ),
        ),
    h("p", null, h("a", { href: "#/family/new", class: "big-link primary-link" }, fw.addLink)),
    backHome(),
  );
}

/** The words, then one button: agreeing gives the code for the family phone. */
export async function familyAgreeScreen(api: Api): Promise<void> {
  show(h("h1", null, fw.agreeTitle), h("p", { role: "status" }, t.loading));
  const phones = await loadPhones(api);
  if (!phones) {
    show(h("h1", null, fw.agreeTitle), h("p", { class: "note", role: "status" }, fw.needsSignal), backFamily());
    return;
  }
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, fw.agreeButton);
  const form = h("form", { class: "stack", novalidate: true }, message, button);
  onSubmit(form, { button, message, busyLabel: fw.agreeSending, errorText: failure }, async () => {
    const code = await api.post<FamilyCode>("/api/v1/me/family-phones/code", { wording_version: phones.wording_version });
    show(
      h("h1", null, fw.codeTitle),
      h("p", { class: "family-code", "aria-label": code.code.split("").join(" ") }, code.code),
      h("p", { class: "lead" }, fw.codeLead),
      h("p", null, fw.codeExpires(dateTimeJapan(code.expires_at))),
      backFamily(),
    );
  });
  show(h("h1", null, fw.agreeTitle), h("p", { class: "card consent-words" }, phones.wording), form, backFamily());
}

/** One family phone, one action: stop it. */
export async function familyUnbindScreen(api: Api, id: string): Promise<void> {
  const phones = await loadPhones(api);
  const phone = phones?.phones.find((p) => p.id === id);
  if (!phone) {
    show(h("h1", null, fw.phonesTitle), h("p", { class: "note", role: "status" }, phones ? fw.phonesNone : fw.needsSignal), backFamily());
    return;
  }
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, fw.stopButton);
  const form = h("form", { class: "stack", novalidate: true }, message, button);
  onSubmit(form, { button, message, busyLabel: fw.stopSending, errorText: failure }, async () => {
    await api.request("DELETE", `/api/v1/me/family-phones/${encodeURIComponent(id)}`);
    show(h("h1", null, fw.stopped), backFamily(), backHome());
  });
  show(h("h1", null, fw.stopTitle(phone.label)), h("p", { class: "lead" }, fw.stopLead), form, backFamily());
}

/** What the family recorded, newest first (ご家族が記録). */
export function familyRecordsCard(book: Notebook | null): HTMLElement | null {
  const list = book?.family_records ?? [];
  if (list.length === 0) return null;
  return h(
    "section",
    { class: "card family-records", "aria-labelledby": "family-records-title" },
    h("h2", { id: "family-records-title" }, fw.familyRecordsTitle),
    h(
      "ul",
      null,
      list.slice(0, 10).map((r) => h("li", null, h("span", { class: "when" }, monthDay(r.date)), h("span", null, `${fw.kinds[r.kind] ?? r.kind}（${fw.byFamily}）`))),
    ),
  );
}

/** The family member's first screen: whose notebook, 記録する, and the notebook to read. */
export async function familyHomeScreen(api: Api): Promise<void> {
  const kept = (() => {
    try {
      return JSON.parse(localStorage.getItem("dekita.notebook") ?? "null") as Notebook | null;
    } catch {
      return null;
    }
  })();
  const render = (book: Notebook | null) => {
    const name = book?.display_name ?? "";
    show(
      h("h1", null, name ? fw.familyTitle(name) : t.appName),
      h("p", { class: "lead" }, fw.familyLead),
      book && h("p", { class: "today" }, `${t.today} ${fullDate(book.today)}`),
      h(
        "section",
        { class: "card", "aria-labelledby": "record-title" },
        h("h2", { id: "record-title" }, fw.recordTitle),
        h(
          "ul",
          { class: "home-nav" },
          h("li", null, h("a", { href: "#/today", class: "big-link primary-link" }, fw.recordExercise)),
          h("li", null, h("a", { href: "#/activity", class: "big-link" }, fw.recordActivity)),
          h("li", null, h("a", { href: "#/measure", class: "big-link" }, fw.recordMeasure)),
        ),
      ),
      h("p", null, h("a", { href: "#/notebook", class: "big-link" }, fw.readBook)),
      familyRecordsCard(book),
    );
  };
  render(kept);
  try {
    const book = await api.get<Notebook>("/api/v1/me/notebook");
    localStorage.setItem("dekita.notebook", JSON.stringify(book));
    render(book);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      localStorage.removeItem("dekita.notebook");
      location.hash = "#/enroll";
    }
  }
}
