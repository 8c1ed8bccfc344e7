// Route tables instead of chains of regular expressions: each screen is one line, a pattern and
// what it shows. Patterns are paths after the `#`: `:name` takes one part of the path,
// `:name(regex)` one that matches the regex, and a final `/*` anything after (or nothing).
// The first route that matches wins; a trailing slash and a `?…` are ignored.

export type Params = Record<string, string>;
export type Route = readonly [pattern: string, show: (params: Params) => unknown];

interface Compiled {
  re: RegExp;
  names: string[];
}

const compiled = new Map<string, Compiled>();

function compile(pattern: string): Compiled {
  const known = compiled.get(pattern);
  if (known) return known;
  const names: string[] = [];
  let source = "";
  for (const part of pattern.split("/").slice(1)) {
    if (part === "*") {
      source += "(?:/.*)?";
      continue;
    }
    const param = /^:(\w+)(?:\((.+)\))?$/.exec(part);
    if (param) {
      names.push(param[1]);
      source += `/(${param[2] ?? "[^/]+"})`;
    } else {
      source += "/" + part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  }
  const result = { re: new RegExp(`^${source}/?$`), names };
  compiled.set(pattern, result);
  return result;
}

/** The path of a location hash: `#/a/b?x` → `/a/b`, an empty hash → `/`. */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, "").replace(/[?#].*$/, "") || "/";
}

/** The address a screen keeps its filters in (`#/staff?q=…`), or `null` when the address has
 * already moved to another screen: a screen that writes its filters into the address after
 * its data arrived must not pull the person back from where they have just gone (the
 * hashchange for the new address may not have run yet). */
export function filterAddress(current: string, path: string, query: string): string | null {
  if (hashPath(current) !== path) return null;
  return `#${path}${query ? `?${query}` : ""}`;
}

/** The first route whose pattern matches `path`, with its parameters (decoded). */
export function matchRoute(routes: readonly Route[], path: string): { route: Route; params: Params } | null {
  for (const route of routes) {
    const { re, names } = compile(route[0]);
    const m = re.exec(path);
    if (m) return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

/** Shows the screen of the first matching route; `false` when none matched. */
export async function dispatch(routes: readonly Route[], hash: string): Promise<boolean> {
  const found = matchRoute(routes, hashPath(hash));
  if (!found) return false;
  await found.route[1](found.params);
  return true;
}
