// The pieces every exported figure shares: SVG elements built with the browser's DOM (escaping
// and namespaces by XMLSerializer), text measured on a canvas so labels can be placed without
// collisions, and the frame around a drawing: title on top, legend by entity type and the
// sources footnote below.
import { colorOf } from "../graph/palette.ts";
import { wrap } from "./svgText.ts";

export const SVG_NS = "http://www.w3.org/2000/svg";
export const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
export const HEADER = 44;

type Attrs = Record<string, string | number>;

/** An SVG element with its attributes, its text (escaped on serialisation) or its children. */
export function el(name: string, attrs: Attrs, content: string | SVGElement[] = []): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (typeof content === "string") e.textContent = content;
  else e.append(...content);
  return e;
}

export const fixed = (n: number): string => n.toFixed(1);

let measure: CanvasRenderingContext2D | null = null;

/** Width in px of `text` at `size` px in the figures' font (approximated where there is no canvas). */
export function textWidth(text: string, size: number, weight = 400): number {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return text.length * size * 0.6;
  measure.font = `${weight} ${size}px ${FONT}`;
  return measure.measureText(text).width;
}

export interface Frame {
  width: number;
  title: string;
  /** The drawing, already laid out in a box of `width` × `height`, placed under the title. */
  drawing: SVGElement[];
  height: number;
  types: readonly string[];
  /** Footnote lines, each a source (a document, or a quote with its document). */
  sources: readonly string[];
  background: string;
}

/** The whole figure: title, drawing, legend, footnote; returns the markup and its size. */
export function frame(f: Frame): { svg: string; width: number; height: number } {
  const { width } = f;
  const columns = Math.max(1, Math.floor((width - 32) / 150));
  const legendTop = HEADER + f.height + 20;
  const legend = f.types.flatMap((t, i) => {
    const x = 16 + (i % columns) * Math.floor((width - 32) / columns);
    const y = legendTop + Math.floor(i / columns) * 20;
    return [el("circle", { cx: x + 6, cy: y - 4, r: 6, fill: colorOf(t) }), el("text", { x: x + 18, y }, t)];
  });
  const legendHeight = Math.ceil(f.types.length / columns) * 20 + 12;
  const lines = (f.sources.length ? ["Sources:", ...f.sources] : ["Sources: none cited by the relationships shown."])
    .flatMap((s) => wrap(s, width - 32, 11))
    .map((l, i) => ({ l, i }));
  const noteTop = legendTop + legendHeight;
  const height = Math.ceil(noteTop + lines.length * 15 + 10);
  const root = el("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` }, [
    el("rect", { width: "100%", height: "100%", fill: f.background }),
    el("text", { x: 16, y: 28, "font-family": FONT, "font-size": 18, "font-weight": 600, fill: "#111" }, f.title),
    el("svg", { x: 0, y: HEADER, width, height: f.height, overflow: "hidden" }, f.drawing),
    el("g", { "font-family": FONT, "font-size": 12, fill: "#222" }, legend),
    el(
      "g",
      { "font-family": FONT, "font-size": 11, fill: "#444", "data-part": "sources" },
      lines.map(({ l, i }) => el("text", { x: 16, y: noteTop + i * 15 }, l)),
    ),
  ]);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
