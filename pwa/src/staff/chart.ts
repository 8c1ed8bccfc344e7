// Small line charts as inline SVG, no chart library: one test across the 12 sessions.

export interface Point {
  session: number;
  value: number;
}

export interface Layout {
  width: number;
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
}

export const LAYOUT: Layout = { width: 320, height: 160, pad: { left: 44, right: 12, top: 12, bottom: 28 } };

/** A value range with some room above and below; never empty. */
export function domain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const room = (hi - lo) * 0.1;
  return [Math.max(0, lo - room), hi + room];
}

/** Sessions 1..12 across, values up; SVG coordinates rounded to 0.1. */
export function place(points: Point[], layout: Layout = LAYOUT): { x: number; y: number }[] {
  const [lo, hi] = domain(points.map((p) => p.value));
  const w = layout.width - layout.pad.left - layout.pad.right;
  const hgt = layout.height - layout.pad.top - layout.pad.bottom;
  const r = (n: number) => Math.round(n * 10) / 10;
  return points.map((p) => ({
    x: r(layout.pad.left + ((p.session - 1) / 11) * w),
    y: r(layout.pad.top + (1 - (p.value - lo) / (hi - lo)) * hgt),
  }));
}

const NS = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** The chart as an image with a text description (the values are also in a table nearby). */
export function lineChart(description: string, points: Point[], format: (v: number) => string, layout: Layout = LAYOUT): SVGElement {
  const { width, height, pad } = layout;
  const placed = place(points, layout);
  const [lo, hi] = domain(points.map((p) => p.value));
  const bottom = height - pad.bottom;
  const axis = [
    svg("line", { x1: pad.left, y1: bottom, x2: width - pad.right, y2: bottom, stroke: "#5a5a5a" }),
    svg("line", { x1: pad.left, y1: pad.top, x2: pad.left, y2: bottom, stroke: "#5a5a5a" }),
    svg("text", { x: pad.left - 4, y: pad.top + 10, "text-anchor": "end", "font-size": 11 }, format(hi)),
    svg("text", { x: pad.left - 4, y: bottom, "text-anchor": "end", "font-size": 11 }, format(lo)),
    ...[1, 6, 12].map((n) =>
      svg("text", { x: Math.round(pad.left + ((n - 1) / 11) * (width - pad.left - pad.right)), y: height - 8, "text-anchor": "middle", "font-size": 11 }, `${n}回`),
    ),
  ];
  const line = placed.length > 1 ? [svg("polyline", { points: placed.map((p) => `${p.x},${p.y}`).join(" "), fill: "none", stroke: "#0b5d1e", "stroke-width": 3 })] : [];
  const dots = placed.map((p, i) => svg("circle", { cx: p.x, cy: p.y, r: 5, fill: "#0b5d1e" }, svg("title", {}, `${points[i].session}回目 ${format(points[i].value)}`)));
  return svg(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": description, class: "chart" },
    svg("title", {}, description),
    ...axis,
    ...line,
    ...dots,
  );
}
