// お知らせの設定: turn reminders on (permission asked only on a tap), choose the daily time and
// session-day reminders, or turn them off. iPhones need the app on the home screen first.

import { Api, ApiError } from "./api";
import { h, show } from "./dom";
import { t } from "./strings/participant";

interface Reminder {
  daily_time: string | null;
  session_days: boolean;
}

function keyBytes(base64url: string): ArrayBuffer {
  const b64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer as ArrayBuffer;
}

const pushSupported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
const isIphone = () => /iPhone|iPad|iPod/.test(navigator.userAgent);
const standalone = () => window.matchMedia?.("(display-mode: standalone)").matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;

async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const reg = await navigator.serviceWorker.getRegistration();
  return (await reg?.pushManager.getSubscription()) ?? null;
}

export async function remindersScreen(api: Api): Promise<void> {
  const status = h("p", { class: "big", role: "status" });
  const note = h("p", { class: "message", role: "alert" });
  const saved = h("p", { class: "saved", role: "status" });
  const actions = h("div", { class: "stack" });
  const time = h("input", { id: "daily-time", name: "daily-time", type: "time", step: "300", class: "number" });
  const sessionDays = h("input", { id: "session-days", name: "session-days", type: "checkbox", class: "switch" });
  const timeNow = h("p", null);
  let reminder: Reminder = { daily_time: null, session_days: true };
  // Whether this phone receives notifications: the time is said as a promise only when it does.
  let receiving = false;

  const fail = (e: unknown) => {
    note.textContent = e instanceof ApiError && e.message ? e.message : t.pushNeedsSignal;
  };
  const showReminder = () => {
    time.value = reminder.daily_time ?? "";
    sessionDays.checked = reminder.session_days;
    timeNow.textContent = !reminder.daily_time ? t.noDailyTime : receiving ? t.dailyTimeIs(reminder.daily_time) : t.dailyTimeIfOn(reminder.daily_time);
  };
  const putReminder = async (next: Reminder) => {
    note.textContent = "";
    saved.textContent = "";
    try {
      reminder = await api.put<Reminder>("/api/v1/me/reminder", next);
      showReminder();
      saved.textContent = t.saved;
    } catch (e) {
      fail(e);
      showReminder();
    }
  };

  const turnOn = async () => {
    note.textContent = "";
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        note.textContent = t.pushDenied;
        return;
      }
      const reg = await navigator.serviceWorker.ready;
      const { public_key } = await api.get<{ public_key: string }>("/api/v1/push/public-key");
      const sub = (await reg.pushManager.getSubscription()) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(public_key) }));
      const json = sub.toJSON();
      await api.put("/api/v1/me/push-subscription", { endpoint: json.endpoint, keys: json.keys });
      if (!reminder.daily_time) await putReminder({ daily_time: "09:00", session_days: reminder.session_days });
      await drawState();
    } catch (e) {
      fail(e);
    }
  };
  const turnOff = async () => {
    note.textContent = "";
    try {
      const sub = await currentSubscription();
      if (sub) {
        await api.request("DELETE", "/api/v1/me/push-subscription", { endpoint: sub.endpoint });
        await sub.unsubscribe();
      }
      await drawState();
    } catch (e) {
      fail(e);
    }
  };

  const drawState = async () => {
    if (!pushSupported()) {
      receiving = false;
      showReminder();
      status.textContent = t.pushIsOff;
      actions.replaceChildren(h("p", null, isIphone() && !standalone() ? t.pushIphone : t.pushUnsupported));
      return;
    }
    const sub = await currentSubscription().catch(() => null);
    const on = !!sub && Notification.permission === "granted";
    receiving = on;
    showReminder();
    status.textContent = on ? t.pushIsOn : t.pushIsOff;
    actions.replaceChildren(
      on
        ? h("button", { type: "button", class: "secondary wide", onclick: () => void turnOff() }, t.pushOff)
        : h("button", { type: "button", class: "primary", onclick: () => void turnOn() }, t.pushOn),
      ...(Notification.permission === "denied" ? [h("p", null, t.pushDenied)] : []),
    );
  };

  sessionDays.addEventListener("change", () => void putReminder({ ...reminder, session_days: sessionDays.checked }));

  show(
    h("h1", null, t.remindersTitle),
    h("p", { class: "lead" }, t.remindersLead),
    isIphone() && !standalone() ? h("p", { class: "card" }, t.pushIphone) : null,
    h("section", { class: "card stack" }, status, actions, note),
    h(
      "section",
      { class: "card stack" },
      h("label", { for: "daily-time" }, t.dailyTimeLabel),
      timeNow,
      time,
      h("button", { type: "button", class: "primary", onclick: () => void putReminder({ ...reminder, daily_time: time.value ? time.value.slice(0, 5) : null }) }, t.saveTime),
      h("button", { type: "button", class: "secondary wide", onclick: () => void putReminder({ ...reminder, daily_time: null }) }, t.clearTime),
      h("label", { class: "choice", for: "session-days" }, sessionDays, h("span", null, t.sessionDays)),
      saved,
    ),
    h("p", { class: "back" }, h("a", { href: "#/", class: "big-link secondary-link" }, t.backHome)),
  );
  showReminder();
  await drawState();
  try {
    reminder = await api.get<Reminder>("/api/v1/me/reminder");
    showReminder();
  } catch (e) {
    fail(e);
  }
}
