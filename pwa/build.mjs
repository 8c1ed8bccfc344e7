// Builds the PWA into dist/: hashed bundles (participant code, staff code loaded on demand),
// the app shell, the service worker with its precache list, the manifest and the API docs page.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  entryPoints: { app: join(root, "src/main.ts"), style: join(root, "src/app.css") },
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2020", "safari14"],
  minify: true,
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  outdir: dist,
  // Japanese text as UTF-8 (module scripts are always read as UTF-8), not as \uXXXX escapes:
  // about half the bytes for every word on screen.
  charset: "utf8",
  metafile: true,
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs).map((p) => "/" + basename(p));
const script = outputs.find((p) => p.startsWith("/app-") && p.endsWith(".js"));
const style = outputs.find((p) => p.endsWith(".css"));
// esbuild emits an empty script for a CSS-only entry: drop it.
for (const p of outputs.filter((p) => p.startsWith("/style-") && p.endsWith(".js"))) rmSync(join(dist, p.slice(1)));

const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>できた</title>
<meta name="description" content="短期集中予防サービスの記録と手帳">
<meta name="theme-color" content="#0b5d1e">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/icons/icon-192.png">
<link rel="apple-touch-icon" href="/icons/icon-192.png">
<link rel="stylesheet" href="${style}">
</head>
<body>
<main id="app"><h1>できた</h1><p>読み込んでいます…</p></main>
<script type="module" src="${script}"></script>
</body>
</html>
`;
writeFileSync(join(dist, "index.html"), html);

const manifest = {
  name: "できた",
  short_name: "できた",
  description: "短期集中予防サービスの記録と手帳",
  lang: "ja",
  start_url: "/",
  scope: "/",
  display: "standalone",
  background_color: "#ffffff",
  theme_color: "#0b5d1e",
  icons: [
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};
writeFileSync(join(dist, "manifest.webmanifest"), JSON.stringify(manifest, null, 2));

// Everything the app needs to open offline, staff code included (a tablet at a home visit
// may have no signal either), and a version that changes whenever any of it does.
const shell = ["/", "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-512.png", ...outputs.filter((p) => !p.startsWith("/style-") || p.endsWith(".css"))];
const version = createHash("sha256").update(html).update(outputs.join()).digest("hex").slice(0, 12);
await build({
  entryPoints: [join(root, "src/sw.ts")],
  bundle: true,
  format: "iife",
  minify: true,
  outfile: join(dist, "sw.js"),
  define: { __VERSION__: JSON.stringify(version), __PRECACHE__: JSON.stringify(shell) },
  logLevel: "warning",
});

// The interactive API page, served from here so it works on a closed network.
const docs = join(dist, "api-docs");
mkdirSync(docs);
const swagger = join(root, "node_modules/swagger-ui-dist");
cpSync(join(swagger, "swagger-ui-bundle.js"), join(docs, "swagger-ui-bundle.js"));
cpSync(join(swagger, "swagger-ui.css"), join(docs, "swagger-ui.css"));
writeFileSync(join(docs, "init.js"), `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs" });\n`);
writeFileSync(
  join(docs, "index.html"),
  `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>dekita API</title><link rel="stylesheet" href="/api-docs/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api-docs/swagger-ui-bundle.js"></script>
<script src="/api-docs/init.js"></script>
<noscript>API の説明: /api/openapi.json</noscript>
</body>
</html>
`,
);
console.log(`built ${outputs.length} bundles, shell version ${version}`);
readFileSync(join(dist, "sw.js"));
