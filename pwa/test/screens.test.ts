import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Session, SessionStore } from "../src/api";
import { ScreenApi, Screens } from "../src/screens";

const user = { kind: "staff" as const, id: "s1", name: "試験 太郎" };

function store(): SessionStore {
  let value: Session | null = { refresh_token: "refresh-0", user } as unknown as Session;
  return {
    load: () => value,
    save: (s) => {
      value = s;
    },
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** Whether `promise` settles within a few turns of the event loop. */
async function settles(promise: Promise<unknown>): Promise<boolean> {
  const later = new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 20));
  return (await Promise.race([promise.then(() => "settled", () => "settled"), later])) === "settled";
}

/** A server whose answers the test releases one by one. */
function slowServer() {
  const waiting: (() => void)[] = [];
  const fetchFn = async (path: string): Promise<Response> => {
    if (path === "/api/v1/auth/refresh") return json(200, { access_token: "a", refresh_token: "r", token_type: "Bearer", expires_in: 900, user });
    await new Promise<void>((resolve) => waiting.push(resolve));
    return path.endsWith("/missing") ? json(404, { code: "not_found", message: "ありません" }) : json(200, { path });
  };
  return { fetchFn, release: () => waiting.splice(0).forEach((go) => go()) };
}

describe("the staff screens' guard", () => {
  it("answers a read only to the screen that asked: an answer after the person moved on never arrives", async () => {
    const screens = new Screens();
    const server = slowServer();
    const api = new ScreenApi(screens, store(), server.fetchFn);
    const old = api.get<{ path: string }>("/api/v1/participants");
    const oldError = api.get("/api/v1/participants/missing");
    await new Promise((r) => setTimeout(r, 5));
    screens.next();
    const current = api.get<{ path: string }>("/api/v1/cohorts");
    await new Promise((r) => setTimeout(r, 5));
    server.release();
    assert.deepEqual(await current, { path: "/api/v1/cohorts" });
    assert.equal(await settles(old), false, "the older screen's list never draws");
    assert.equal(await settles(oldError), false, "nor its error");
  });

  it("still answers a write after the person moved on, and every answer on the same screen", async () => {
    const screens = new Screens();
    const server = slowServer();
    const api = new ScreenApi(screens, store(), server.fetchFn);
    const read = api.get<{ path: string }>("/api/v1/participants");
    const missing = api.get("/api/v1/participants/missing");
    const write = api.post<{ path: string }>("/api/v1/participants", { name: "x" });
    await new Promise((r) => setTimeout(r, 5));
    server.release();
    assert.deepEqual(await read, { path: "/api/v1/participants" });
    await assert.rejects(missing, /ありません/);
    const late = api.post<{ path: string }>("/api/v1/goals", {});
    await new Promise((r) => setTimeout(r, 5));
    screens.next();
    server.release();
    assert.deepEqual(await write, { path: "/api/v1/participants" });
    assert.deepEqual(await late, { path: "/api/v1/goals" });
  });

  it("opens a screen whose code loads on demand only if the person still waits for it", async () => {
    const screens = new Screens();
    const opened: string[] = [];
    let loaded!: (m: { name: string }) => void;
    const slow = screens.later(
      () => new Promise<{ name: string }>((resolve) => (loaded = resolve)),
      (m, params: { id: string }) => opened.push(`${m.name} ${params.id}`),
    );
    const fast = screens.later(
      async () => ({ name: "list" }),
      (m, params: { id: string }) => opened.push(`${m.name} ${params.id}`),
    );
    const first = slow({ id: "1" });
    screens.next();
    await fast({ id: "2" });
    loaded({ name: "goals" });
    assert.equal(await settles(first), false);
    assert.deepEqual(opened, ["list 2"]);
  });
});
