// The outbox: every tap is written to the phone (IndexedDB) before the screen says できた, and
// sent when there is signal — on app start, on 'online', after each record, and from the service
// worker's 'sync'. The server dedupes client ids, so sending twice is harmless; nothing is lost.
// The same code runs in the page and in the service worker (sw.ts imports it).

export type EventKind = "exercise_done" | "exercise_flag" | "activity" | "measurement" | "retraction";

export interface LocalEvent {
  client_id: string;
  kind: EventKind;
  local_date: string;
  recorded_at: string;
  data: Record<string, unknown>;
  /** pending: not yet on the server; sent: the server has it; rejected: refused (kept, marked). */
  state: "pending" | "sent" | "rejected";
  message?: string;
  /** A photo kept on the phone until it is uploaded (key in the photo store). */
  photo_key?: string;
}

export interface EventResult {
  client_id: string;
  status: "stored" | "duplicate" | "rejected";
  message?: string;
}

/** Where events and pending photos live: IndexedDB in the app, memory in tests. */
export interface OutboxStore {
  all(): Promise<LocalEvent[]>;
  put(events: LocalEvent[]): Promise<void>;
  putPhoto(key: string, blob: Blob): Promise<void>;
  getPhoto(key: string): Promise<Blob | undefined>;
  deletePhoto(key: string): Promise<void>;
}

/** How the outbox reaches the server. Throws NetworkFailure when there is no signal. */
export interface Sender {
  send(events: { client_id: string; kind: string; local_date: string; recorded_at: string; data: Record<string, unknown> }[]): Promise<EventResult[]>;
  uploadPhoto(blob: Blob): Promise<{ id: string }>;
}

/** No signal (or the server could not be reached): try again later. */
export class NetworkFailure extends Error {}
/** The server refused the photo itself (too large, not a picture): send the record without it. */
export class PhotoRefused extends Error {}

export const MAX_BATCH = 200;

export function batches<T>(items: T[], size = MAX_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const pendingOf = (events: LocalEvent[]): LocalEvent[] =>
  events.filter((e) => e.state === "pending").sort((a, b) => (a.recorded_at < b.recorded_at ? -1 : a.recorded_at > b.recorded_at ? 1 : 0));

/** The server's answers applied: stored and duplicate are sent; rejected is kept, marked. */
export function applyResults(events: LocalEvent[], results: EventResult[]): LocalEvent[] {
  const byId = new Map(results.map((r) => [r.client_id, r]));
  const changed: LocalEvent[] = [];
  for (const e of events) {
    const r = byId.get(e.client_id);
    if (!r) continue;
    if (r.status === "stored" || r.status === "duplicate") changed.push({ ...e, state: "sent", message: undefined });
    else changed.push({ ...e, state: "rejected", message: r.message });
  }
  return changed;
}

/** Records that still count: not retracted, not refused, and not the retractions themselves. */
export function liveEvents(events: LocalEvent[]): LocalEvent[] {
  const retracted = new Set(events.filter((e) => e.kind === "retraction" && e.state !== "rejected").map((e) => String(e.data.target)));
  return events.filter((e) => e.kind !== "retraction" && e.state !== "rejected" && !retracted.has(e.client_id));
}

/** The activities recorded on `date` that still count, in the order they were recorded. */
export function activitiesOn(events: LocalEvent[], date: string): LocalEvent[] {
  return liveEvents(events).filter((e) => e.kind === "activity" && e.local_date === date);
}

/** "2026-11-23T06:49:32.940Z" — RFC 3339 in UTC, as the API declares it. (Records queued by
 * earlier versions carry no zone; they sort before, and the server reads them as UTC.) */
export const utcNow = (now = new Date()): string => now.toISOString();

/** The phone's own date, YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function newEvent(kind: EventKind, data: Record<string, unknown>, now = new Date()): LocalEvent {
  return { client_id: crypto.randomUUID(), kind, local_date: localDate(now), recorded_at: utcNow(now), data, state: "pending" };
}

export interface FlushReport {
  sent: number;
  rejected: number;
  pending: number;
  offline: boolean;
}

const running = new WeakMap<OutboxStore, Promise<FlushReport>>();

/** Sends what is pending, photos first; one flush at a time per store. */
export function flush(store: OutboxStore, sender: Sender): Promise<FlushReport> {
  const current = running.get(store);
  if (current) return current;
  const p = flushOnce(store, sender).finally(() => running.delete(store));
  running.set(store, p);
  return p;
}

async function flushOnce(store: OutboxStore, sender: Sender): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, rejected: 0, pending: 0, offline: false };
  let pending = pendingOf(await store.all());
  try {
    // Photos go up before the record that names them.
    for (const e of pending.filter((e) => e.photo_key)) {
      const key = e.photo_key as string;
      const blob = await store.getPhoto(key);
      const next: LocalEvent = { ...e, data: { ...e.data }, photo_key: undefined };
      if (blob) {
        try {
          next.data.photo_id = (await sender.uploadPhoto(blob)).id;
        } catch (err) {
          if (!(err instanceof PhotoRefused)) throw err;
        }
      }
      await store.put([next]);
      await store.deletePhoto(key);
    }
    pending = pendingOf(await store.all());
    for (const batch of batches(pending)) {
      const results = await sender.send(batch.map(({ client_id, kind, local_date, recorded_at, data }) => ({ client_id, kind, local_date, recorded_at, data })));
      const changed = applyResults(batch, results);
      await store.put(changed);
      report.sent += changed.filter((e) => e.state === "sent").length;
      report.rejected += changed.filter((e) => e.state === "rejected").length;
    }
  } catch (err) {
    if (!(err instanceof NetworkFailure)) throw err;
    report.offline = true;
  }
  report.pending = pendingOf(await store.all()).length;
  return report;
}

/** A store in memory: for tests. */
export function memoryStore(): OutboxStore & { events: Map<string, LocalEvent>; photos: Map<string, Blob> } {
  const events = new Map<string, LocalEvent>();
  const photos = new Map<string, Blob>();
  return {
    events,
    photos,
    async all() {
      return [...events.values()].map((e) => ({ ...e, data: { ...e.data } }));
    },
    async put(list) {
      for (const e of list) events.set(e.client_id, { ...e, data: { ...e.data } });
    },
    async putPhoto(key, blob) {
      photos.set(key, blob);
    },
    async getPhoto(key) {
      return photos.get(key);
    },
    async deletePhoto(key) {
      photos.delete(key);
    },
  };
}
