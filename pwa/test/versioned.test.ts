import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Api, ApiError, Session, SessionStore, StaffUser } from "../src/api";
import { conflictCurrent, conflictRows, saveVersioned } from "../src/staff/versioned";

const user: StaffUser = {
  kind: "staff",
  id: "s1",
  name: "試験 療法士",
  role: "therapist",
  capabilities: ["write_interview"],
  municipality_id: "m1",
  municipality_name: "ひだまり市",
  provider_id: null,
  provider_name: null,
  two_factor_enabled: false,
  two_factor_required: false,
};

function store(): SessionStore {
  let value: Session | null = { refresh_token: "r0", user };
  return { load: () => value, save: (s) => (value = s) };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

interface Doc {
  version: number;
  text: string;
  updated_by_name: string;
}

/** A server holding one document with version numbers, as the contract says. */
function server(initial: Doc) {
  const stored = { ...initial };
  const seen: (string | undefined)[] = [];
  const fetchFn = async (path: string, init?: RequestInit) => {
    if (path === "/api/v1/auth/refresh") return json(200, { access_token: "a", refresh_token: "r1", token_type: "Bearer", expires_in: 900, user });
    const headers = init?.headers as Record<string, string>;
    seen.push(headers["If-Match"]);
    if (!headers["If-Match"]) return json(428, { error: "precondition_required", message: "" });
    if (headers["If-Match"] !== `"${stored.version}"`) return json(412, { error: "version_conflict", message: "ほかの方が先に保存しました。", current: { ...stored } });
    const body = JSON.parse(String(init?.body)) as { text: string };
    stored.version += 1;
    stored.text = body.text;
    stored.updated_by_name = "試験 療法士";
    return json(200, { ...stored });
  };
  return { stored, seen, api: new Api(store(), fetchFn) };
}

describe("versioned saving", () => {
  it("sends If-Match with the version the editor started from and gets the next version", async () => {
    const s = server({ version: 3, text: "前", updated_by_name: "佐藤" });
    const outcome = await saveVersioned((input: { text: string }, v) => s.api.put<Doc>("/doc", input, { ifMatch: v }), { text: "あと" }, 3);
    assert.deepEqual(s.seen, ['"3"']);
    assert.equal(outcome.kind, "saved");
    assert.equal(outcome.kind === "saved" && outcome.doc.version, 4);
  });

  it("turns a 412 into a conflict carrying what is stored now, and saving again on that version wins", async () => {
    const s = server({ version: 5, text: "佐藤さんの記録", updated_by_name: "佐藤" });
    const send = (input: { text: string }, v: number) => s.api.put<Doc>("/doc", input, { ifMatch: v });
    const first = await saveVersioned(send, { text: "わたしの記録" }, 4);
    assert.equal(first.kind, "conflict");
    if (first.kind !== "conflict") return;
    assert.equal(first.current.text, "佐藤さんの記録", "nothing was overwritten");
    assert.equal(s.stored.text, "佐藤さんの記録");
    const again = await saveVersioned(send, { text: "わたしの記録" }, first.current.version);
    assert.equal(again.kind, "saved");
    assert.equal(s.stored.text, "わたしの記録");
    assert.deepEqual(s.seen, ['"4"', '"5"']);
  });

  it("passes other errors on as they came", async () => {
    const api = new Api(store(), async (path) =>
      path === "/api/v1/auth/refresh" ? json(200, { access_token: "a", refresh_token: "r1", token_type: "Bearer", expires_in: 900, user }) : json(422, { error: "validation", message: "2000文字までです。" }),
    );
    await assert.rejects(
      saveVersioned((input: object, v) => api.put("/doc", input, { ifMatch: v }), {}, 0),
      (e: unknown) => e instanceof ApiError && e.status === 422 && e.message === "2000文字までです。",
    );
  });

  it("reads the stored document only from a 412 with a body", () => {
    assert.deepEqual(conflictCurrent(new ApiError(412, "version_conflict", "", { current: { version: 2 } })), { version: 2 });
    assert.equal(conflictCurrent(new ApiError(412, "version_conflict", "")), null);
    assert.equal(conflictCurrent(new ApiError(409, "conflict", "", { current: { version: 2 } })), null);
    assert.equal(conflictCurrent(new Error("x")), null);
  });

  it("lays both versions side by side and marks where they differ", () => {
    const rows = conflictRows(
      [
        { key: "a", label: "うまくいったこと" },
        { key: "b", label: "メモ" },
      ],
      { a: "散歩した", b: "同じ" },
      { a: "買い物に行った", b: "同じ " },
    );
    assert.deepEqual(
      rows.map((r) => [r.label, r.mine, r.theirs, r.differs]),
      [
        ["うまくいったこと", "散歩した", "買い物に行った", true],
        ["メモ", "同じ", "同じ ", false],
      ],
    );
  });
});
