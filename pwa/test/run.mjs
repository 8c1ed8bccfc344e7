// Compiles the TypeScript tests with esbuild and runs them with Node's own test runner:
// no test framework to install, and the same bundler that builds the app. The bundles run from a
// temporary folder, so tests that read files find this folder as __TEST_DIR__.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), "dekita-pwa-tests-"));
try {
  const entries = readdirSync(here).filter((f) => f.endsWith(".test.ts")).map((f) => join(here, f));
  await build({ entryPoints: entries, bundle: true, platform: "node", format: "esm", outdir: out, outExtension: { ".js": ".mjs" }, logLevel: "warning", define: { __TEST_DIR__: JSON.stringify(here) } });
  const files = readdirSync(out).map((f) => join(out, f));
  const run = spawnSync(process.execPath, ["--test", ...files], { stdio: "inherit" });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
