// Codec between ExplorerState and the query string, so a shared link reproduces the view.
// Only differences from the defaults are written, keeping links short and readable.
import { DEFAULT_FORMS, INITIAL_STATE, TOOLS, type ExplorerState, type Tool, type ToolForms } from "./explorer.ts";

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

const list = (v: string | null): string[] => (v ? v.split(",").filter(Boolean) : []);
const int = (v: string | null): number | null => (v !== null && /^-?\d+$/.test(v) ? Number(v) : null);

/** Form fields and their URL keys; lists are comma-separated. */
const FORM_KEYS: [keyof ToolForms, string][] = [
  ["controller", "ctl"],
  ["dependent", "dep"],
  ["routeFrom", "rf"],
  ["routeTo", "rt"],
  ["routeAvoid", "ra"],
  ["pathFrom", "pf"],
  ["pathTo", "pt"],
  ["maxHops", "hops"],
  ["pathAvoid", "pa"],
  ["cypher", "q"],
  ["cypherMode", "mode"],
  ["choice", "c"],
  ["lever", "lv"],
];

export function encodeState(s: ExplorerState, camera: CameraState | null): string {
  const p = new URLSearchParams();
  if (s.tool !== "explore") p.set("tool", s.tool);
  if (s.selected) p.set("sel", s.selected);
  if (s.filters.hiddenTypes.size) p.set("ht", [...s.filters.hiddenTypes].join(","));
  if (s.filters.hiddenRelTypes.size) p.set("hr", [...s.filters.hiddenRelTypes].join(","));
  if (s.filters.showDocuments) p.set("docs", "1");
  if (s.filters.yearFrom !== null) p.set("yf", String(s.filters.yearFrom));
  if (s.filters.yearTo !== null) p.set("yt", String(s.filters.yearTo));
  if (s.filters.includeUndated) p.set("und", "1");
  if (s.hidden.size) p.set("hide", [...s.hidden].join(","));
  if (s.scope) p.set("scope", [...s.scope].join(","));
  for (const [field, key] of FORM_KEYS) {
    const value = s.forms[field];
    const text = Array.isArray(value) ? value.join(",") : String(value);
    const def = DEFAULT_FORMS[field];
    if (text !== (Array.isArray(def) ? def.join(",") : String(def))) p.set(key, text);
  }
  if (camera) p.set("cam", [camera.x, camera.y, camera.ratio].map((n) => n.toFixed(4)).join(","));
  return p.toString();
}

export function decodeState(search: string): { state: ExplorerState; camera: CameraState | null } {
  const p = new URLSearchParams(search);
  const tool = p.get("tool");
  const forms: ToolForms = { ...DEFAULT_FORMS };
  for (const [field, key] of FORM_KEYS) {
    const raw = p.get(key);
    if (raw === null) continue;
    const def = DEFAULT_FORMS[field];
    const value = Array.isArray(def) ? list(raw) : typeof def === "number" ? (int(raw) ?? def) : raw;
    Object.assign(forms, { [field]: value });
  }
  if (forms.cypherMode !== "replace") forms.cypherMode = "merge";
  const cam = list(p.get("cam")).map(Number);
  return {
    state: {
      ...INITIAL_STATE,
      tool: TOOLS.includes(tool as Tool) ? (tool as Tool) : "explore",
      selected: p.get("sel"),
      filters: {
        hiddenTypes: new Set(list(p.get("ht"))),
        hiddenRelTypes: new Set(list(p.get("hr"))),
        showDocuments: p.get("docs") === "1",
        yearFrom: int(p.get("yf")),
        yearTo: int(p.get("yt")),
        includeUndated: p.get("und") === "1",
      },
      hidden: new Set(list(p.get("hide"))),
      scope: p.has("scope") ? new Set(list(p.get("scope"))) : null,
      forms,
    },
    camera: cam.length === 3 && cam.every(Number.isFinite) ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
  };
}

/** A change of these makes a new history entry; anything else (typing, camera) replaces it. */
export function isNavigation(a: ExplorerState, b: ExplorerState): boolean {
  return (
    a.tool !== b.tool ||
    a.selected !== b.selected ||
    a.scope !== b.scope ||
    a.forms.choice !== b.forms.choice ||
    a.forms.lever !== b.forms.lever
  );
}
