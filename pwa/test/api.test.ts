import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Api, ApiError, NetworkError, Session, SessionStore } from "../src/api";

function memoryStore(initial: Session | null = null): SessionStore & { value: Session | null } {
  return {
    value: initial,
    load() {
      return this.value;
    },
    save(s) {
      this.value = s;
    },
  };
}

const user = { kind: "participant" as const, id: "p1", display_name: "試験 花子", device_id: "d1", phone: "own" as const, capabilities: ["read_notebook" as const] };

function tokens(n: number) {
  return { access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: "Bearer", expires_in: 900, user };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

describe("the API client", () => {
  it("refreshes once for concurrent requests and keeps the rotated token", async () => {
    const store = memoryStore({ refresh_token: "refresh-0", user });
    const calls: string[] = [];
    let issued = 0;
    const api = new Api(store, async (path, init) => {
      calls.push(`${init?.method} ${path}`);
      if (path === "/api/v1/auth/refresh") {
        assert.equal(JSON.parse(String(init?.body)).refresh_token, `refresh-${issued}`);
        issued += 1;
        return json(200, tokens(issued));
      }
      assert.equal((init?.headers as Record<string, string>).Authorization, "Bearer access-1");
      return json(200, { ok: true });
    });
    await Promise.all([api.get("/api/v1/me/home"), api.get("/api/v1/me")]);
    assert.equal(calls.filter((c) => c.endsWith("/refresh")).length, 1);
    assert.equal(store.value?.refresh_token, "refresh-1");
  });

  it("retries once with a fresh token after a 401", async () => {
    const store = memoryStore();
    let refreshes = 0;
    let attempts = 0;
    const api = new Api(store, async (path) => {
      if (path === "/api/v1/enroll") return json(200, tokens(0));
      if (path === "/api/v1/auth/refresh") return json(200, tokens(++refreshes));
      attempts += 1;
      return attempts === 1 ? json(401, { error: "unauthorized", message: "" }) : json(200, { fine: true });
    });
    await api.enroll("ABCD2345");
    assert.deepEqual(await api.get("/api/v1/me"), { fine: true });
    assert.equal(refreshes, 1);
  });

  it("forgets the session when the refresh token is refused", async () => {
    const store = memoryStore({ refresh_token: "revoked", user });
    const api = new Api(store, async () => json(401, { error: "unauthorized", message: "もう一度サインインしてください。" }));
    await assert.rejects(api.get("/api/v1/me/home"), ApiError);
    assert.equal(store.value, null);
  });

  it("carries the server's code and Japanese message", async () => {
    const api = new Api(memoryStore(), async () => json(401, { error: "invalid_code", message: "登録番号が正しくないか、期限が切れています。" }));
    const error = await api.enroll("ZZZZZZZZ").catch((e) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, "invalid_code");
    assert.ok(error.message.includes("登録番号"));
  });

  it("tells a lost connection apart from a refusal and keeps the session", async () => {
    const store = memoryStore({ refresh_token: "refresh-0", user });
    const api = new Api(store, async () => {
      throw new TypeError("Failed to fetch");
    });
    await assert.rejects(api.get("/api/v1/me/home"), NetworkError);
    assert.equal(store.value?.refresh_token, "refresh-0");
  });

  it("keeps no session after a password that needs a second factor, and signs in with the code", async () => {
    const store = memoryStore();
    const staff = { ...user, kind: "staff" as const };
    const sent: unknown[] = [];
    const api = new Api(store, async (path, init) => {
      sent.push(JSON.parse(String(init?.body)));
      if (path === "/api/v1/auth/login") return json(200, { ticket: "ticket-1", expires_in: 300, enroll_required: false });
      if (path === "/api/v1/auth/two-factor/verify") return json(200, { ...tokens(1), user: staff });
      return json(404, { error: "not_found", message: "" });
    });
    const answer = await api.login("nurse@hidamari.example", "password-of-ten");
    assert.ok("ticket" in answer && answer.ticket === "ticket-1");
    assert.equal(store.load(), null);
    await api.verifyTwoFactor("ticket-1", "123456");
    assert.deepEqual(sent[1], { ticket: "ticket-1", code: "123456" });
    assert.equal(store.load()?.refresh_token, "refresh-1");
  });
});
