// Writes src/api-types.ts: the TypeScript types of the server's OpenAPI document, which the built
// server prints with `dekita openapi` (no server running). With --check it writes nothing and
// fails when the committed file is not what the document gives (the server changed, the types
// were not regenerated). DEKITA_BIN names the binary (default ../target/debug/dekita).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = dirname(fileURLToPath(import.meta.url));
const bin = process.env.DEKITA_BIN ?? join(root, "..", "target", "debug", "dekita");
const target = join(root, "src", "api-types.ts");
const check = process.argv.includes("--check");

if (!existsSync(bin)) {
  console.error(`${bin} is missing: run \`cargo build\` first (or set DEKITA_BIN).`);
  process.exit(1);
}
const document = JSON.parse(execFileSync(bin, ["openapi"], { encoding: "utf8", env: { ...process.env, RUST_LOG: "warn" } }));
const header = "// Generated from the server's OpenAPI document by `npm run api-types` (pwa/api-types.mjs).\n// Do not edit: change the server, rebuild it and regenerate.\n\n";
const text = header + astToString(await openapiTS(document));

if (check) {
  const committed = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (committed !== text) {
    console.error("pwa/src/api-types.ts is stale: it differs from the server's OpenAPI document.");
    console.error("Run `cargo build && (cd pwa && npm run api-types)` and commit the result.");
    process.exit(1);
  }
  console.log("pwa/src/api-types.ts matches the server's OpenAPI document");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
