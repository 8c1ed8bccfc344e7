// The bytes participant mode transfers on first load, gzipped as the server sends them:
// index.html, its stylesheet, the participant script and the chunks it imports statically
// (staff code is loaded on demand and not counted), and the manifest.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist");
const JS_BUDGET = 60 * 1024;
const TOTAL_BUDGET = 150 * 1024;

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const html = readFileSync(join(dist, "index.html"), "utf8");
const files = new Set(["index.html", "manifest.webmanifest"]);
const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
while (queue.length) {
  const file = queue.pop();
  if (files.has(file)) continue;
  files.add(file);
  if (file.endsWith(".js")) {
    const text = readFileSync(join(dist, file), "utf8");
    // Static imports only: `import{a}from"./chunk.js"` / `import"./chunk.js"`, not import().
    for (const m of text.matchAll(/import\s*(?:[\w{},*\s$]*from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]);
  }
}
let js = 0;
let total = 0;
for (const file of [...files].sort()) {
  const size = gz(file);
  total += size;
  if (file.endsWith(".js")) js += size;
  console.log(`${String(size).padStart(7)} B  ${file}`);
}
console.log(`participant JS ${(js / 1024).toFixed(1)} KiB gzip (budget 60), first load ${(total / 1024).toFixed(1)} KiB gzip (budget 150)`);
if (js > JS_BUDGET || total > TOTAL_BUDGET) {
  console.error("over budget");
  process.exit(1);
}
