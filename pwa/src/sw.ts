/// <reference lib="webworker" />
// The service worker: keeps the app shell so the app opens with no signal.
// Navigations are answered network-first (so a new version shows up when online) and fall back
// to the cached shell at once when offline; the shell's hashed files are cache-first.
// API answers are never cached here: the app keeps what it needs itself (the plan in
// localStorage, the records in IndexedDB). Exercise pictures are kept cache-first.
// Also: push notifications, and the outbox sent from a background 'sync'.

import { idbStore, kvGet } from "./idb";
import { EventResult, flush, NetworkFailure, PhotoRefused, Sender } from "./outbox";

declare const __VERSION__: string;
declare const __PRECACHE__: string[];

const CACHE = `dekita-${__VERSION__}`;
const sw = globalThis as unknown as ServiceWorkerGlobalScope;
/** Kept across versions (the page fills it too: daily.ts PICTURE_CACHE). */
const PICTURES = "pictures-v1";

sw.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(__PRECACHE__))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("dekita-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== sw.location.origin || url.pathname.startsWith("/api/")) return;
  if (url.pathname.startsWith("/exercises/")) {
    event.respondWith(
      caches.open(PICTURES).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const res = await fetch(request);
        if (res.ok) await cache.put(request, res.clone());
        return res;
      }),
    );
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(async () => (await caches.match("/", { cacheName: CACHE })) ?? Response.error()),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});

// --- push ---

interface PushPayload {
  title?: string;
  body?: string;
  url?: string;
  tag?: string;
}

sw.addEventListener("push", (event) => {
  let payload: PushPayload = {};
  try {
    payload = (event.data?.json() ?? {}) as PushPayload;
  } catch {
    payload = { body: event.data?.text() };
  }
  event.waitUntil(
    sw.registration.showNotification(payload.title || "できた", {
      body: payload.body ?? "",
      tag: payload.tag,
      data: { url: payload.url || "/" },
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
    }),
  );
});

sw.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data as { url?: string } | null)?.url || "/", sw.location.origin).href;
  event.waitUntil(
    sw.clients.matchAll({ type: "window", includeUncontrolled: true }).then(async (windows) => {
      for (const w of windows) {
        if (new URL(w.url).origin !== sw.location.origin) continue;
        await w.focus();
        if (w.url !== target) await w.navigate(target).catch(() => undefined);
        return;
      }
      await sw.clients.openWindow(target);
    }),
  );
});

// --- the outbox, in the background ---

function swSender(token: string): Sender {
  const call = async (path: string, init: RequestInit): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
    } catch {
      throw new NetworkFailure();
    }
    // An expired token or a busy server: the page sends it when it opens next.
    if (res.status === 401 || res.status === 429 || res.status >= 500) throw new NetworkFailure();
    return res;
  };
  return {
    async send(events) {
      const res = await call("/api/v1/me/events", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ events }) });
      if (!res.ok) throw new NetworkFailure();
      return ((await res.json()) as { results: EventResult[] }).results;
    },
    async uploadPhoto(blob) {
      const res = await call("/api/v1/me/photos", { method: "POST", headers: { "Content-Type": blob.type === "image/png" ? "image/png" : "image/jpeg" }, body: blob });
      if (!res.ok) throw new PhotoRefused();
      return (await res.json()) as { id: string };
    },
  };
}

async function backgroundFlush(): Promise<void> {
  // An open app sends it itself (it can renew its token).
  const windows = await sw.clients.matchAll({ type: "window" });
  if (windows.length) {
    windows.forEach((w) => w.postMessage({ type: "flush" }));
    return;
  }
  const access = await kvGet<{ token: string; expiresAt: number }>("access");
  if (!access || access.expiresAt <= Date.now()) return;
  const report = await flush(idbStore, swSender(access.token));
  // Still no signal: let the browser try again later.
  if (report.offline) throw new Error("offline");
}

sw.addEventListener("sync", (event) => {
  const e = event as ExtendableEvent & { tag?: string };
  if (e.tag === "dekita-outbox") e.waitUntil(backgroundFlush());
});
