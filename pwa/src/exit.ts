// Participant mode at the end of the program: 卒業 on the home screen with the person's wish,
// their graduation summary (できたこと first, printable on A4), and every consent — read in
// plain words, given with one tap, withdrawn with one tap after one confirmation. One main
// action per screen; large type; works at 200 % text.

import { Api, ApiError, NetworkError, Schemas } from "./api";
import { h, show } from "./dom";
import { fullDate } from "./format";
import { t } from "./strings/participant";
import { exitWords as w } from "./strings/exit";
import { answerLink, flushAnswers } from "./followup";

export type MyGraduation = Schemas["MyGraduation"];
export type MyConsent = Schemas["MyConsent"];
export type MyFollowUp = Schemas["MyFollowUp"];

const GRADUATION_KEY = "dekita.graduation";
const CONSENTS_KEY = "dekita.consents";
const FOLLOW_UPS_KEY = "dekita.follow-ups";

function cached<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** The last known graduation and consents, refreshed from the server when there is signal. */
export async function loadExit(api: Api): Promise<{ graduation: MyGraduation | null; consents: MyConsent[] | null; followUps: MyFollowUp[] | null }> {
  // Answers to the short questions kept on the phone go first, so the list below shows them.
  await flushAnswers(api);
  const [graduation, consents, followUps] = await Promise.all([
    api.get<MyGraduation>("/api/v1/me/graduation").then(
      (g) => (localStorage.setItem(GRADUATION_KEY, JSON.stringify(g)), g),
      () => cached<MyGraduation>(GRADUATION_KEY),
    ),
    api.get<MyConsent[]>("/api/v1/me/consents").then(
      (c) => (localStorage.setItem(CONSENTS_KEY, JSON.stringify(c)), c),
      () => cached<MyConsent[]>(CONSENTS_KEY),
    ),
    api.get<MyFollowUp[]>("/api/v1/me/follow-ups").then(
      (f) => (localStorage.setItem(FOLLOW_UPS_KEY, JSON.stringify(f)), f),
      () => cached<MyFollowUp[]>(FOLLOW_UPS_KEY),
    ),
  ]);
  return { graduation, consents, followUps };
}

export function cachedExit(): { graduation: MyGraduation | null; consents: MyConsent[] | null; followUps: MyFollowUp[] | null } {
  return { graduation: cached<MyGraduation>(GRADUATION_KEY), consents: cached<MyConsent[]>(CONSENTS_KEY), followUps: cached<MyFollowUp[]>(FOLLOW_UPS_KEY) };
}

/** The days after the program when someone asks how the person is doing. */
function followUpDates(list: MyFollowUp[] | null | undefined): HTMLElement | null {
  if (!list || list.length === 0) return null;
  return h(
    "div",
    null,
    h("h3", null, w.followUpsTitle),
    h(
      "ul",
      { class: "follow-up-dates" },
      list.map((f) => h("li", null, w.followUpOn(w.followUpWhen(f.months), fullDate(f.due_on)), f.done ? w.followUpDone : answerLink(f, w.followUpWhen(f.months)))),
    ),
  );
}

/** The home's 卒業 card: the day, the person's wish, the rule, and the ways on. */
export function graduationCard(g: MyGraduation | null, consents: MyConsent[] | null, completed: boolean, followUps: MyFollowUp[] | null = null): HTMLElement | null {
  if (!g) return null;
  const asked = (consents ?? []).filter((c) => c.standing === "asked").length;
  return h(
    "section",
    { class: "card graduation-card", "aria-labelledby": "graduation-title" },
    h("h2", { id: "graduation-title" }, w.graduationTitle),
    completed ? h("p", { class: "big" }, w.completed) : g.graduation_date && h("p", { class: "big" }, w.graduationOn(fullDate(g.graduation_date))),
    g.after_program_wish && h("p", null, h("strong", null, `${w.afterWish}：`), g.after_program_wish),
    h("details", { class: "rule" }, h("summary", null, w.ruleSummary), h("p", null, g.rule)),
    followUpDates(followUps),
    h(
      "ul",
      { class: "links big-links" },
      g.summary && h("li", null, h("a", { href: "#/graduation", class: "big-link" }, w.summaryLink)),
      consents && consents.length > 0 && h("li", null, h("a", { href: "#/consents", class: "big-link" }, asked > 0 ? `${w.consentsLink}（${asked}件）` : w.consentsLink)),
    ),
  );
}

function backHome(): HTMLElement {
  return h("p", null, h("a", { href: "#/" }, t.backHome));
}

/** The person's own summary: できるようになったこと first; prints on A4 in large type. */
export async function summaryScreen(api: Api): Promise<void> {
  const { graduation } = await loadExit(api);
  const s = graduation?.summary;
  if (!graduation || !s) {
    show(h("h1", null, w.summaryTitle), h("p", null, w.summaryNotYet), backHome());
    return;
  }
  const counts = s.counts_as_graduation;
  show(
    h("h1", null, w.summaryTitle),
    counts !== null && counts !== undefined && h("p", { class: "big" }, counts ? w.countsAsGraduation : w.notCounted),
    h("section", { class: "card", "aria-labelledby": "abilities-title" }, h("h2", { id: "abilities-title" }, w.abilitiesTitle), h("ul", { class: "abilities" }, s.abilities.map((a) => h("li", null, a)))),
    s.goals.length > 0 &&
      h(
        "section",
        { class: "card", "aria-labelledby": "sum-goals-title" },
        h("h2", { id: "sum-goals-title" }, w.goalsTitle),
        h("ul", null, s.goals.map((g) => h("li", null, `「${g.text}」　`, h("strong", null, g.achieved ? w.goalDone : w.goalOnTheWay)))),
      ),
    !!s.exercise_plan && h("section", { class: "card", "aria-labelledby": "keep-title" }, h("h2", { id: "keep-title" }, w.keepTitle), h("p", null, s.exercise_plan)),
    !!s.participation_wishes && h("section", { class: "card", "aria-labelledby": "wish-title" }, h("h2", { id: "wish-title" }, w.wishesTitle), h("p", null, s.participation_wishes)),
    !!s.own_words && h("section", { class: "card", "aria-labelledby": "own-title" }, h("h2", { id: "own-title" }, w.ownWordsTitle), h("p", null, `「${s.own_words}」`)),
    h("details", { class: "rule" }, h("summary", null, w.ruleSummary), h("p", null, graduation.rule)),
    h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, w.print),
    h("div", { class: "no-print" }, backHome()),
  );
}

function partsList(c: MyConsent): HTMLElement {
  return h("ul", { class: "parts" }, c.parts.map((p) => h("li", null, w.part[p] ?? p)));
}

/** Every consent, each opening on a screen of its own. */
export async function consentsScreen(api: Api): Promise<void> {
  const { consents } = await loadExit(api);
  const list = consents ?? [];
  show(
    h("h1", null, w.consentsTitle),
    h("p", { class: "lead" }, w.consentsLead),
    list.length === 0
      ? h("p", null, w.noConsents)
      : h(
          "ul",
          { class: "consents" },
          list.map((c) =>
            h(
              "li",
              { class: "card" },
              h("h2", null, w.purpose[c.purpose] ?? c.purpose),
              c.recipient_name && h("p", null, w.to(c.recipient_name)),
              h("p", { class: "big" }, w.standing[c.standing] ?? c.standing),
              h("a", { href: `#/consents/${c.id}`, class: "big-link" }, w.openConsent),
            ),
          ),
        ),
    backHome(),
  );
}

function failureText(e: unknown): string {
  if (e instanceof NetworkError) return w.needsSignal;
  if (e instanceof ApiError && e.message) return e.message;
  return t.genericError;
}

/** One consent: the words, what is shared, to whom and until when — and one action. */
export async function consentScreen(api: Api, id: string, step: "read" | "withdraw" = "read"): Promise<void> {
  const { consents } = await loadExit(api);
  const c = (consents ?? []).find((x) => x.id === id);
  if (!c) {
    await consentsScreen(api);
    return;
  }
  const message = h("p", { class: "message", role: "alert" });
  const act = (label: string, run: () => Promise<MyConsent>, done: string) => {
    const button = h("button", { type: "button", class: "primary" }, label);
    button.addEventListener("click", async () => {
      button.disabled = true;
      message.textContent = "";
      try {
        await run();
        await loadExit(api);
        show(h("h1", null, w.consentsTitle), h("p", { class: "big", role: "status" }, done), h("p", null, h("a", { href: "#/consents", class: "big-link" }, w.backToConsents)), backHome());
      } catch (e) {
        message.textContent = failureText(e);
        button.disabled = false;
      }
    });
    return button;
  };
  if (step === "withdraw") {
    show(
      h("h1", null, w.withdrawConfirmTitle),
      h("p", { class: "lead" }, w.withdrawConfirmLead),
      h("p", null, w.purpose[c.purpose] ?? c.purpose),
      message,
      act(w.withdrawYes, () => api.post<MyConsent>(`/api/v1/me/consents/${c.id}/withdraw`, {}), w.withdrawn),
      h("p", null, h("a", { href: `#/consents/${c.id}` }, w.backToConsents)),
    );
    return;
  }
  const action =
    c.standing === "asked"
      ? act(w.agree, () => api.post<MyConsent>(`/api/v1/me/consents/${c.id}/agree`, { wording_version: c.wording_version }), w.agreed)
      : c.standing === "live" || c.standing === "not_yet"
        ? h("a", { href: `#/consents/${c.id}/withdraw`, class: "big-link primary-link" }, w.withdraw)
        : null;
  show(
    h("h1", null, w.purpose[c.purpose] ?? c.purpose),
    h("p", { class: "big" }, w.standing[c.standing] ?? c.standing),
    h("p", { class: "lead wording" }, c.wording),
    !!c.recipient_name && h("p", null, w.to(c.recipient_name), c.recipient_team ? w.toTeam(c.recipient_team) : ""),
    h("section", { class: "card", "aria-labelledby": "shared-title" }, h("h2", { id: "shared-title" }, w.sharedTitle), partsList(c), h("p", null, w.notShared)),
    h("p", null, w.until(fullDate(c.valid_until))),
    message,
    action,
    h("p", null, h("a", { href: "#/consents" }, w.backToConsents)),
  );
}
