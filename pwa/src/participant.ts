// Participant mode: large type, one main action per screen, works without signal.

import { Api, ApiError, NetworkError, Schemas } from "./api";
import { isCompleteCode, normalizeCode } from "./code";
import { h, show } from "./dom";
import { fullDate, monthDay, todayInJapan } from "./format";
import { t } from "./strings/participant";
import { activityScreen, measureScreen, todayScreen } from "./day";
import { allSuccesses, cachedMessages, localEvents, Message, onOutboxChange, pullChanges, startDaily } from "./daily";
import { pendingOf } from "./outbox";
import { remindersScreen } from "./push";
import { dispatch } from "./routes";
import { followUpQuestion } from "./followup";
import { onSubmit } from "./submit";
import { cachedExit, consentScreen, consentsScreen, graduationCard, loadExit, MyConsent, MyFollowUp, MyGraduation, summaryScreen } from "./exit";
import { exitWords } from "./strings/exit";
import { nb } from "./strings/notebook";
import { volunteerWords as vw } from "./strings/volunteer";
import { cachedSafety, heldBackToday, refreshSafety } from "./safety";
import { isFamilyPhone } from "./phone";
import { fw } from "./strings/family";

export type Home = Schemas["Home"];

export type MyGoal = Schemas["MyGoal"];

const HOME_KEY = "dekita.home";
const GOALS_KEY = "dekita.goals";

function cached<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

const cachedHome = () => cached<Home>(HOME_KEY);

export function enrollScreen(api: Api, prefilled = ""): void {
  const input = h("input", {
    id: "code",
    name: "code",
    type: "text",
    inputmode: "text",
    autocomplete: "one-time-code",
    autocapitalize: "characters",
    spellcheck: "false",
    "aria-describedby": "code-hint",
    value: prefilled,
  });
  const message = h("p", { id: "enroll-message", class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.enrollButton);
  const form = h(
    "form",
    { class: "stack", novalidate: true },
    h("label", { for: "code" }, t.enrollCodeLabel),
    input,
    h("p", { id: "code-hint", class: "hint" }, t.enrollCodeHint),
    message,
    button,
  );
  const failure = (e: unknown) =>
    e instanceof NetworkError ? t.networkError : e instanceof ApiError && e.code === "invalid_code" ? t.enrollInvalid : e instanceof ApiError && e.message ? e.message : t.genericError;
  onSubmit(form, { button, message, busyLabel: t.sending, errorText: failure, check: () => (isCompleteCode(input.value) ? null : t.enrollTooShort) }, async () => {
    await api.enroll(normalizeCode(input.value));
    location.hash = "#/";
  });
  show(
    h("h1", null, t.enrollTitle),
    h("p", { class: "lead" }, t.enrollLead),
    form,
    h("p", { class: "staff-link" }, h("a", { href: "#/staff/login" }, t.staffLink)),
  );
}

function pathView(home: Home): HTMLElement {
  const items = home.sessions.map((s) =>
    h(
      "li",
      { class: s.done ? "done" : "planned" },
      h("span", { class: "dot", "aria-hidden": "true" }, s.done ? "✓" : String(s.number)),
      h("span", null, `${s.done ? t.sessionDone(s.number) : t.sessionPlanned(s.number)}　${monthDay(s.date)}`),
    ),
  );
  return h("ol", { class: "path" }, items);
}

function summary(home: Home): HTMLElement {
  if (home.status === "completed") return h("p", { class: "big" }, exitWords.completed);
  if (home.status === "discontinued") return h("p", { class: "big" }, t.discontinued);
  if (home.sessions.length === 0) return h("p", { class: "big" }, t.notStarted);
  return h(
    "div",
    { class: "stack" },
    // The next session and the sessions left are at the top (nextCard) when there is one.
    !home.next_session && h("p", { class: "big" }, t.sessionsLeft(home.sessions_left)),
    home.graduation_date && h("p", null, `${t.graduationDay}：${fullDate(home.graduation_date)}`),
  );
}

let installPrompt: (Event & { prompt?: () => Promise<void> }) | null = null;
let installed = false;

/** Installed, or opened from the home screen already: no hint. */
function standalone(): boolean {
  return installed || window.matchMedia?.("(display-mode: standalone)").matches === true || (navigator as { standalone?: boolean }).standalone === true;
}

/** The hint follows what the browser offers, when it offers it. */
function refreshInstallHelp(): void {
  const now = document.getElementById("install");
  if (now) now.replaceWith(installHelp() ?? h("div", { id: "install", hidden: true }));
}

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (e) => {
    e.preventDefault();
    installPrompt = e;
    refreshInstallHelp();
  });
  window.addEventListener("appinstalled", () => {
    installed = true;
    installPrompt = null;
    refreshInstallHelp();
  });
}

/** 「ホーム画面に追加」 in the words the browser really shows: its own prompt where it offers one
 * (a button here opens it), the share sheet on an iPhone, otherwise the browser's menu. */
function installHelp(): HTMLElement | null {
  if (standalone()) return null;
  const ios = /iPhone|iPad/.test(navigator.userAgent);
  const words = installPrompt ? t.installPrompted : ios ? t.installIphone : t.installMenu;
  return h(
    "section",
    { id: "install", class: "install", "aria-labelledby": "install-title" },
    h("h2", { id: "install-title" }, t.installTitle),
    h("p", null, words),
    installPrompt &&
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: async () => {
            const asked = installPrompt;
            installPrompt = null;
            await asked?.prompt?.();
            refreshInstallHelp();
          },
        },
        t.installButton,
      ),
  );
}

const GUIDE_KEY = "dekita.guide";

/** 使い方 on first use: a page at a time, on the home, skippable; once ended or skipped it is
 * never shown again. Kept in the first load, so it works with no signal. */
function guideCard(): HTMLElement | null {
  try {
    if (localStorage.getItem(GUIDE_KEY) === "done") return null;
  } catch {
    return null;
  }
  const box = h("section", { class: "card guide", "aria-labelledby": "guide-title" });
  const end = () => {
    localStorage.setItem(GUIDE_KEY, "done");
    box.remove();
    document.querySelector<HTMLElement>("h1")?.focus();
  };
  const draw = (i: number) => {
    const [title, words] = t.guidePages[i];
    const last = i === t.guidePages.length - 1;
    box.replaceChildren(
      h("h2", { id: "guide-title", tabindex: "-1" }, t.guideTitle(i + 1, t.guidePages.length)),
      h("p", { class: "guide-page" }, h("strong", null, title), h("br"), words),
      h(
        "div",
        { class: "stack" },
        h("button", { type: "button", class: "primary", onclick: () => (last ? end() : (draw(i + 1), box.querySelector<HTMLElement>("h2")?.focus())) }, last ? t.guideDone : t.guideNext),
        !last && h("button", { type: "button", class: "secondary wide", onclick: end }, t.guideSkip),
      ),
    );
  };
  draw(0);
  return box;
}

/** The person's goals in their own words; a reached step says so in words, not only a mark. */
export function goalsCard(goals: MyGoal[] | null): HTMLElement | null {
  if (!goals || goals.length === 0) return null;
  return h(
    "section",
    { "aria-labelledby": "goals-title", class: "card goals-card" },
    h("h2", { id: "goals-title" }, t.myGoalsTitle),
    goals.map((g) =>
      h(
        "div",
        { class: "my-goal" },
        h("p", { class: "goal-words" }, `「${g.text}」`),
        h(
          "ul",
          { class: "my-steps" },
          g.steps.map((s) =>
            h(
              "li",
              { class: s.reached ? "reached" : "open" },
              h("span", { class: "mark", "aria-hidden": "true" }, s.reached ? "✓" : "・"),
              h("span", null, h("strong", null, s.reached ? t.myStepDone : t.myStepNext), `：${s.text}`, s.reached ? "" : `（${t.myStepBy(s.target_session)}）`),
            ),
          ),
        ),
      ),
    ),
  );
}

interface Daily {
  /** Today's last reading holds exercise back. */
  heldBack: boolean;
  pending: number;
  rejected: number;
  messages: Message[];
  successes: { key: string; text: string; date: string }[];
}

async function loadDaily(): Promise<Daily> {
  const events = await localEvents();
  return {
    heldBack: heldBackToday(events, cachedSafety().thresholds).length > 0,
    pending: pendingOf(events).length,
    rejected: events.filter((e) => e.state === "rejected").length,
    messages: cachedMessages(),
    successes: allSuccesses(events),
  };
}

/** 「未送信 N件」 whenever something waits for a signal, with a calm word. */
function pendingNote(d: Daily): HTMLElement {
  return h(
    "div",
    { id: "outbox-note", role: "status" },
    d.pending > 0 && h("div", { class: "card pending" }, h("p", { class: "big" }, t.pendingCount(d.pending)), h("p", null, t.pendingExplain)),
    d.rejected > 0 && h("p", { class: "card" }, t.rejectedNote(d.rejected)),
  );
}

function nav(): HTMLElement {
  const links: [string, string][] = [
    ["#/today", t.navToday],
    ["#/activity", t.navActivity],
    ["#/measure", t.navMeasure],
    ["#/notebook", nb.navNotebook],
    ["#/reminders", t.navReminders],
    ["#/family", fw.navFamily],
  ];
  return h("nav", { "aria-label": t.appName, class: "home-nav" }, h("ul", null, links.map(([href, label], i) => h("li", null, h("a", { href, class: i === 0 ? "big-link primary-link" : "big-link" }, label)))));
}

function messagesCard(messages: Message[]): HTMLElement | null {
  if (!messages.length) return null;
  return h(
    "section",
    { class: "card messages", "aria-labelledby": "messages-title" },
    h("h2", { id: "messages-title" }, t.messagesTitle),
    [...messages].reverse().slice(0, 3).map((m) => h("div", { class: "message-item" }, h("p", { class: "from" }, t.messageFrom(m.from_name)), h("p", null, m.text))),
  );
}

function successesCard(list: Daily["successes"]): HTMLElement | null {
  if (!list.length) return null;
  return h(
    "section",
    { class: "card successes", "aria-labelledby": "successes-title" },
    h("h2", { id: "successes-title" }, t.successesTitle),
    h("ul", null, [...list].reverse().slice(0, 3).map((s) => h("li", null, h("span", { class: "when" }, monthDay(s.date)), h("span", null, s.text)))),
  );
}

/** Where and when the next session is, from the kept notebook (time and venue). */
function keptSchedule(): Map<number, { time: string; venue: string }> {
  try {
    const book = JSON.parse(localStorage.getItem("dekita.notebook") ?? "null") as { sessions?: { number: number; time: string; venue: string }[] } | null;
    return new Map((book?.sessions ?? []).map((s) => [s.number, { time: s.time, venue: s.venue }]));
  } catch {
    return new Map();
  }
}

/** After graduation the notebook is the home's first door. (The plan to keep, 「自分で続ける」,
 * comes with the graduation work: its seam is here.) */
function graduatedCard(home: Home): HTMLElement | null {
  if (home.status !== "completed") return null;
  return h("section", { class: "card", "aria-labelledby": "after-title" }, h("h2", { id: "after-title" }, nb.afterTitle), h("p", null, nb.afterLead), h("a", { href: "#/notebook", class: "big-link primary-link" }, nb.navNotebook));
}

/** After graduation: the volunteer sign-up, offered (never a condition). */
function volunteerCard(home: Home): HTMLElement | null {
  if (home.status !== "completed") return null;
  return h("section", { class: "card", "aria-labelledby": "volunteer-title" }, h("h2", { id: "volunteer-title" }, vw.cardTitle), h("p", null, vw.cardLead), h("a", { href: "#/volunteer", class: "big-link" }, vw.cardLink));
}

/** First things first: how many sessions are left and when and where the next one is. */
function nextCard(home: Home): HTMLElement | null {
  const next = home.next_session;
  if (!next || home.status === "completed" || home.status === "discontinued") return null;
  const where = keptSchedule().get(next.number);
  return h(
    "section",
    { class: "card next-card", "aria-labelledby": "next-title" },
    h("h2", { id: "next-title" }, t.sessionsLeft(home.sessions_left)),
    h("p", null, `${t.nextSession}：${monthDay(next.date)}${where?.time ? `　${where.time}` : ""}（${next.number}回目）`),
    where?.venue && h("p", null, where.venue),
  );
}

interface Exit {
  graduation: MyGraduation | null;
  consents: MyConsent[] | null;
  followUps: MyFollowUp[] | null;
}

function renderHome(home: Home, goals: MyGoal[] | null, offline: boolean, daily: Daily, exit: Exit = cachedExit()): void {
  show(
    h("h1", null, t.hello(home.display_name)),
    h("p", { class: "today" }, `${t.today} ${monthDay(todayInJapan())}`),
    offline && h("p", { class: "note offline-note", role: "status" }, t.offlineNote),
    daily.heldBack && h("p", { class: "card rest-note" }, h("a", { href: "#/today", class: "big-link" }, nb.restTitle)),
    guideCard(),
    graduatedCard(home),
    pendingNote(daily),
    nextCard(home),
    nav(),
    messagesCard(daily.messages),
    successesCard(daily.successes),
    goalsCard(goals),
    graduationCard(exit.graduation, exit.consents, home.status === "completed", exit.followUps),
    volunteerCard(home),
    h("section", { "aria-labelledby": "path-title", class: "card" }, h("h2", { id: "path-title" }, t.pathTitle), summary(home), pathView(home)),
    installHelp(),
  );
}

/** The participant's screens, by the address after #. */
export async function homeScreen(api: Api): Promise<void> {
  startDaily(api);
  if (isFamilyPhone()) {
    // A family member's phone: the notebook to read and 記録する on the person's behalf.
    await dispatch(
      [
        ["/today/*", () => todayScreen(api)],
        ["/activity/*", () => activityScreen()],
        ["/measure/*", () => measureScreen()],
        ["/notebook/*", async () => (await import("./notebook")).notebookScreen(api)],
        ["/*", async () => (await import("./family")).familyHomeScreen(api)],
      ],
      location.hash,
    );
    return;
  }
  await dispatch(
    [
      ["/today/*", () => todayScreen(api)],
      ["/activity/*", () => activityScreen()],
      ["/measure/*", () => measureScreen()],
      ["/reminders/*", () => remindersScreen(api)],
      ["/graduation/*", () => summaryScreen(api)],
      ["/consents/:id/withdraw", ({ id }) => consentScreen(api, id, "withdraw")],
      ["/consents/:id", ({ id }) => consentScreen(api, id)],
      ["/consents/*", () => consentsScreen(api)],
      ["/follow-ups/:id/where", ({ id }) => followUpQuestion(api, id, 2)],
      ["/follow-ups/:id/exercise", ({ id }) => followUpQuestion(api, id, 3)],
      ["/follow-ups/:id", ({ id }) => followUpQuestion(api, id, 1)],
      ["/notebook/*", async () => (await import("./notebook")).notebookScreen(api)],
      ["/volunteer/*", async () => (await import("./volunteer")).volunteerScreen(api)],
      ["/family/new", async () => (await import("./family")).familyAgreeScreen(api)],
      ["/family/:id", async ({ id }) => (await import("./family")).familyUnbindScreen(api, id)],
      ["/family/*", async () => (await import("./family")).familyPhonesScreen(api)],
      ["/*", () => mainScreen(api)],
    ],
    location.hash,
  );
}

let stopWatching: (() => void) | null = null;
let watchingSignal = false;

/** The offline note goes when the signal comes back: the home is fetched again. */
function watchSignal(api: Api): void {
  if (watchingSignal) return;
  watchingSignal = true;
  window.addEventListener("online", () => {
    if (document.querySelector(".offline-note") && /^#?\/?$/.test(location.hash)) void mainScreen(api);
  });
}

async function mainScreen(api: Api): Promise<void> {
  watchSignal(api);
  const cachedGoals = cached<MyGoal[]>(GOALS_KEY);
  const home0 = cachedHome();
  let daily = await loadDaily();
  if (home0) renderHome(home0, cachedGoals, false, daily);
  else show(h("h1", null, t.appName), h("p", { role: "status" }, t.loading));
  // Goals are fetched beside the home; if only they fail, the last ones known are shown.
  const goalsRequest = api.get<MyGoal[]>("/api/v1/me/goals").then(
    (goals) => {
      localStorage.setItem(GOALS_KEY, JSON.stringify(goals));
      return goals;
    },
    () => cachedGoals,
  );
  const changes = pullChanges(api).catch(() => false);
  const exit = loadExit(api).catch(() => cachedExit());
  // Kept for offline: the limits readings are judged by, and the notebook (time and venue of
  // the next session; every page of わたしの手帳 with no signal).
  void refreshSafety(api);
  void api.get("/api/v1/me/notebook").then(
    (book) => localStorage.setItem("dekita.notebook", JSON.stringify(book)),
    () => undefined,
  );
  // The 「未送信」 count follows the outbox while the home is on screen.
  stopWatching?.();
  stopWatching = onOutboxChange(() => {
    const note = document.getElementById("outbox-note");
    if (!note) return stopWatching?.();
    void loadDaily().then((d) => note.replaceWith(pendingNote(d)));
  });
  try {
    const home = await api.get<Home>("/api/v1/me/home");
    localStorage.setItem(HOME_KEY, JSON.stringify(home));
    await changes;
    daily = await loadDaily();
    renderHome(home, await goalsRequest, false, daily, await exit);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      localStorage.removeItem(HOME_KEY);
      localStorage.removeItem(GOALS_KEY);
      location.hash = "#/enroll";
      return;
    }
    if (home0) renderHome(home0, await goalsRequest, true, daily);
    else show(h("h1", null, t.appName), h("p", { role: "status" }, t.networkError));
  }
}
