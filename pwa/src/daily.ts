// The participant's daily data: the plan and messages pulled from /me/changes (kept for
// offline), the outbox in IndexedDB, and the small successes said at once.

import { Api, ApiError, NetworkError } from "./api";
import { idbStore, kvSet } from "./idb";
import { EventKind, EventResult, flush, FlushReport, LocalEvent, liveEvents, localDate, NetworkFailure, newEvent, PhotoRefused, pendingOf, Sender } from "./outbox";
import { findSuccesses, mergeSuccesses, Success, SuccessRecord } from "./successes";

export interface Exercise {
  key: string;
  title: string;
  area: string;
  level: number;
  unit: "reps" | "seconds" | "minutes";
  steps: string[];
  safety: string[];
  picture_url: string;
  local: boolean;
}

export interface PlanItem {
  exercise: Exercise;
  amount: number;
  sets: number;
  days_per_week: number;
}

export interface Plan {
  date: string;
  since: string | null;
  note: string | null;
  days_per_week: number | null;
  items: PlanItem[];
}

export interface Message {
  id: string;
  from_name: string;
  text: string;
  created_at: string;
}

interface Changes {
  cursor: string;
  plan: Plan;
  successes: Success[];
  messages: Message[];
}

const K = {
  plan: "dekita.plan",
  cursor: "dekita.cursor",
  successes: "dekita.successes",
  messages: "dekita.messages",
  seen: "dekita.seen",
};

function load<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
const save = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value));

export const cachedPlan = (): Plan | null => load<Plan | null>(K.plan, null);
export const cachedMessages = (): Message[] => load<Message[]>(K.messages, []);
const serverSuccesses = (): Success[] => load<Success[]>(K.successes, []);

/** The pictures the plan needs, kept for offline (the service worker answers from this cache). */
export const PICTURE_CACHE = "pictures-v1";

async function keepPictures(plan: Plan): Promise<void> {
  if (typeof caches === "undefined") return;
  const cache = await caches.open(PICTURE_CACHE);
  for (const item of plan.items) {
    const url = item.exercise.picture_url;
    if (url && !(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
}

/** Pulls what changed; keeps the plan, the server's successes and the messages. */
export async function pullChanges(api: Api): Promise<boolean> {
  const cursor = load<string | null>(K.cursor, null);
  try {
    const changes = await api.get<Changes>(`/api/v1/me/changes${cursor ? `?since=${encodeURIComponent(cursor)}` : ""}`);
    save(K.plan, changes.plan);
    save(K.successes, mergeSuccesses(serverSuccesses(), changes.successes));
    const messages = cachedMessages();
    const known = new Set(messages.map((m) => m.id));
    save(K.messages, [...messages, ...changes.messages.filter((m) => !known.has(m.id))].slice(-20));
    // What the server found is known: never said again as new.
    markSeen(changes.successes.map((s) => s.key));
    save(K.cursor, changes.cursor);
    void keepPictures(changes.plan).catch(() => undefined);
    return true;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw e;
    return false;
  }
}

function markSeen(keys: string[]): void {
  const seen = new Set(load<string[]>(K.seen, []));
  for (const k of keys) seen.add(k);
  save(K.seen, [...seen]);
}

// --- the outbox, from the page ---

/** The bearer token, shared with the service worker for a background send. */
async function bearer(api: Api): Promise<string> {
  const access = await api.accessToken();
  void kvSet("access", access).catch(() => undefined);
  return access.token;
}

function toFailure(e: unknown): unknown {
  if (e instanceof NetworkError) return new NetworkFailure();
  if (e instanceof ApiError && (e.status >= 500 || e.status === 429)) return new NetworkFailure();
  return e;
}

export function pageSender(api: Api): Sender {
  return {
    async send(events) {
      try {
        return (await api.post<{ results: EventResult[] }>("/api/v1/me/events", { events })).results;
      } catch (e) {
        throw toFailure(e);
      }
    },
    async uploadPhoto(blob) {
      let res: Response;
      try {
        const token = await bearer(api);
        res = await fetch("/api/v1/me/photos", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": blob.type === "image/png" ? "image/png" : "image/jpeg" }, body: blob });
      } catch (e) {
        throw e instanceof ApiError ? e : new NetworkFailure();
      }
      if (res.status >= 500 || res.status === 401 || res.status === 429) throw new NetworkFailure();
      if (!res.ok) throw new PhotoRefused();
      return (await res.json()) as { id: string };
    },
  };
}

const listeners = new Set<() => void>();
/** Called after every send, so a screen can update 「未送信」. */
export function onOutboxChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let pageApi: Api | null = null;

export async function flushNow(): Promise<FlushReport | null> {
  if (!pageApi) return null;
  try {
    await bearer(pageApi).catch(() => undefined);
    const report = await flush(idbStore, pageSender(pageApi));
    listeners.forEach((fn) => fn());
    return report;
  } catch {
    return null;
  }
}

/** Once per page: send on start, when the signal comes back, when the service worker asks,
 * and every minute while something waits. */
export function startDaily(api: Api): void {
  if (pageApi) return;
  pageApi = api;
  window.addEventListener("online", () => void flushNow());
  navigator.serviceWorker?.addEventListener("message", (e) => {
    if ((e.data as { type?: string })?.type === "flush") void flushNow();
  });
  setInterval(() => {
    void idbStore.all().then((all) => {
      if (pendingOf(all).length) void flushNow();
    });
  }, 60000);
  void flushNow();
}

function askForSync(): void {
  navigator.serviceWorker?.ready
    .then((reg) => (reg as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register("dekita-outbox"))
    .catch(() => undefined);
}

/** Everything on this phone, newest last. */
export async function localEvents(): Promise<LocalEvent[]> {
  try {
    return (await idbStore.all()).sort((a, b) => (a.recorded_at < b.recorded_at ? -1 : 1));
  } catch {
    return [];
  }
}

function toRecords(events: LocalEvent[]): SuccessRecord[] {
  const out: SuccessRecord[] = [];
  for (const e of liveEvents(events)) {
    const n = (v: unknown) => (typeof v === "number" ? Math.round(v) : null);
    if (e.kind === "exercise_done") out.push({ kind: "exercise", date: e.local_date, exercise: String(e.data.exercise), amount: n(e.data.amount) });
    else if (e.kind === "activity") out.push({ kind: "activity", date: e.local_date, activity: String(e.data.activity), minutes: n(e.data.minutes) });
    else if (e.kind === "measurement") out.push({ kind: "measurement", date: e.local_date });
  }
  return out;
}

/** The successes found on this phone and by the server, each once. */
export function allSuccesses(events: LocalEvent[]): Success[] {
  const local = findSuccesses({ days_per_week: cachedPlan()?.days_per_week ?? null, records: toRecords(events) });
  return mergeSuccesses(serverSuccesses(), local);
}

/**
 * Records one tap. The event is in IndexedDB (committed) before this resolves, so the screen
 * says できた only for what cannot be lost. Returns the successes this tap made new.
 */
export async function record(kind: EventKind, data: Record<string, unknown>, photo?: Blob, onDay?: string): Promise<{ event: LocalEvent; fresh: Success[] }> {
  const event = newEvent(kind, data);
  // A late entry (yesterday's walk) is dated the day it happened; recorded_at stays now.
  if (onDay) event.local_date = onDay;
  if (photo) {
    event.photo_key = event.client_id;
    await idbStore.putPhoto(event.client_id, photo);
  }
  await idbStore.put([event]);
  const seen = new Set(load<string[]>(K.seen, []));
  const found = allSuccesses(await localEvents());
  const fresh = found.filter((s) => !seen.has(s.key));
  markSeen(found.map((s) => s.key));
  askForSync();
  void flushNow();
  return { event, fresh };
}

/** Today's exercises done on this phone: exercise key → the event (for taking it back). */
export function doneToday(events: LocalEvent[]): Map<string, LocalEvent> {
  const today = localDate();
  const out = new Map<string, LocalEvent>();
  for (const e of liveEvents(events)) if (e.kind === "exercise_done" && e.local_date === today) out.set(String(e.data.exercise), e);
  return out;
}

/** Shrinks a large photo to a JPEG of at most 1600 px before it is kept and sent. */
export async function preparePhoto(file: File): Promise<Blob> {
  const fine = (file.type === "image/jpeg" || file.type === "image/png") && file.size <= 2_000_000;
  if (fine || typeof createImageBitmap === "undefined") return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/jpeg", 0.85));
    return blob ?? file;
  } catch {
    return file;
  }
}
