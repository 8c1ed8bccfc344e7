// IndexedDB for the outbox and the local record, with a tiny key-value store beside it (the
// service worker cannot read localStorage). Shared by the page and the service worker.
import type { LocalEvent, OutboxStore } from "./outbox";

const DB = "dekita";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore("events", { keyPath: "client_id" });
      db.createObjectStore("photos");
      db.createObjectStore("kv");
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opening = null;
      reject(req.error);
    };
  });
  return opening;
}

async function tx<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest | void): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const t = db.transaction(store, mode);
    const req = work(t.objectStore(store));
    // Resolved when the transaction is committed: durable before the screen says できた.
    t.oncomplete = () => resolve((req ? req.result : undefined) as T);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

export const idbStore: OutboxStore = {
  all: () => tx<LocalEvent[]>("events", "readonly", (s) => s.getAll()),
  put: (events) =>
    tx<void>("events", "readwrite", (s) => {
      for (const e of events) s.put(e);
    }),
  putPhoto: (key, blob) => tx<void>("photos", "readwrite", (s) => s.put(blob, key)),
  getPhoto: (key) => tx<Blob | undefined>("photos", "readonly", (s) => s.get(key)),
  deletePhoto: (key) => tx<void>("photos", "readwrite", (s) => s.delete(key)),
};

export const kvGet = <T>(key: string): Promise<T | undefined> => tx<T | undefined>("kv", "readonly", (s) => s.get(key));
export const kvSet = (key: string, value: unknown): Promise<void> => tx<void>("kv", "readwrite", (s) => s.put(value, key));
