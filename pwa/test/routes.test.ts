import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { filterAddress, hashPath, matchRoute, Route } from "../src/routes";

const routes: Route[] = [
  ["/enroll", () => "enroll"],
  ["/enroll/:code", () => "enroll with code"],
  ["/p/:id", () => "detail"],
  ["/p/:id/s/:n(\\d+)", () => "session"],
  ["/p/:id/i/:phase(a|b)", () => "phase"],
  ["/p/:id/*", () => "detail again"],
  ["/*", () => "home"],
];

const which = (hash: string) => {
  const found = matchRoute(routes, hashPath(hash));
  return found && { name: found.route[1]({}) as string, params: found.params };
};

describe("route tables", () => {
  it("read the path after #, without a query, and an empty hash as /", () => {
    assert.equal(hashPath("#/p/1?x=2"), "/p/1");
    assert.equal(hashPath(""), "/");
    assert.equal(hashPath("#"), "/");
  });

  it("keep a screen's filters in the address only while the address is still that screen's", () => {
    assert.equal(filterAddress("#/staff", "/staff", "q=abc"), "#/staff?q=abc");
    assert.equal(filterAddress("#/staff?q=old", "/staff", ""), "#/staff");
    // The person has already gone on (the hashchange has not run yet): the address stays theirs.
    assert.equal(filterAddress("#/staff/participants/p1/graduation", "/staff", "q=abc"), null);
  });

  it("take the first route that matches, with its parameters decoded", () => {
    assert.deepEqual(which("#/enroll"), { name: "enroll", params: {} });
    assert.deepEqual(which("#/enroll/"), { name: "enroll", params: {} });
    assert.deepEqual(which("#/enroll/AB%2DCD"), { name: "enroll with code", params: { code: "AB-CD" } });
    assert.deepEqual(which("#/p/x1/s/12/"), { name: "session", params: { id: "x1", n: "12" } });
    assert.deepEqual(which("#/p/x1/i/b"), { name: "phase", params: { id: "x1", phase: "b" } });
  });

  it("fall through to the wider routes when a parameter does not fit", () => {
    assert.equal(which("#/p/x1/s/twelve")?.name, "detail again");
    assert.equal(which("#/p/x1/i/c")?.name, "detail again");
    assert.equal(which("#/p/x1/")?.name, "detail");
    assert.equal(which("#/p")?.name, "home");
    assert.equal(which("#/")?.name, "home");
    assert.equal(which("#/enrollment")?.name, "home");
  });
});
