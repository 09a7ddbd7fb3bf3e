// Tallies outcomes per folder, for the target folders and for the core figure, and renders the
// report text (the last line is always the core line, which other tooling greps for).
import type { TckCase } from "./gherkin.ts";
import type { Outcome, Status } from "./runner.ts";
import { isCoreCase, isTargetFolder } from "./targets.ts";

export interface Tally {
  passed: number;
  total: number;
}

const pct = (t: Tally): string => (t.total === 0 ? "0.0" : ((100 * t.passed) / t.total).toFixed(1));
const add = (t: Tally, passed: boolean): void => {
  t.total++;
  if (passed) t.passed++;
};

export interface Summary {
  folders: Map<string, Tally & { byStatus: Partial<Record<Status, number>> }>;
  all: Tally;
  target: Tally;
  core: Tally;
  /** Most frequent failure reasons, normalised so similar failures group together. */
  topReasons: [reason: string, count: number][];
  phaseNotes: number;
}

/** Groups failure reasons: drops quoted literals, numbers and row previews. */
function reasonGroup(o: Outcome): string {
  return `${o.status}: ${(o.reason ?? "")
    .replace(/(missing|unexpected|got|expected) \|.*$/, "$1 …")
    .replace(/'(?:\\.|[^'\\])*'|"[^"]*"|`[^`]*`/g, "…")
    .replace(/\d+/g, "N")
    .slice(0, 140)}`;
}

export function summarise(cases: TckCase[], outcomes: Outcome[]): Summary {
  const byKey = new Map(outcomes.map((o) => [o.key, o]));
  const s: Summary = {
    folders: new Map(),
    all: { passed: 0, total: 0 },
    target: { passed: 0, total: 0 },
    core: { passed: 0, total: 0 },
    topReasons: [],
    phaseNotes: 0,
  };
  const reasons = new Map<string, number>();
  for (const c of cases) {
    const o = byKey.get(c.key);
    const status: Status = o?.status ?? "crashed";
    const passed = status === "passed";
    let f = s.folders.get(c.folder);
    if (!f) s.folders.set(c.folder, (f = { passed: 0, total: 0, byStatus: {} }));
    add(f, passed);
    f.byStatus[status] = (f.byStatus[status] ?? 0) + 1;
    add(s.all, passed);
    if (isTargetFolder(c.folder)) add(s.target, passed);
    if (isCoreCase(c)) add(s.core, passed);
    if (o && !passed) reasons.set(reasonGroup(o), (reasons.get(reasonGroup(o)) ?? 0) + 1);
    if (o?.notes?.some((n) => n.startsWith("phase"))) s.phaseNotes++;
  }
  s.topReasons = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15);
  return s;
}

export function renderSummary(s: Summary): string {
  const lines: string[] = [];
  if (s.topReasons.length) {
    lines.push("Most common failure causes:");
    for (const [r, n] of s.topReasons) lines.push(`  ${String(n).padStart(4)}  ${r}`);
    lines.push("");
  }
  const width = Math.max(...[...s.folders.keys()].map((k) => k.length), 10);
  lines.push(`${"folder".padEnd(width)}  passed  failed   total      %  (non-passing by status)`);
  for (const [folder, t] of [...s.folders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bad = Object.entries(t.byStatus)
      .filter(([k]) => k !== "passed")
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    lines.push(
      `${folder.padEnd(width)}  ${String(t.passed).padStart(6)}  ${String(t.total - t.passed).padStart(6)}  ${String(t.total).padStart(6)}  ${pct(t).padStart(5)}  ${bad}`,
    );
  }
  lines.push("");
  if (s.phaseNotes)
    lines.push(
      `note: ${s.phaseNotes} passing error case(s) raised at a different phase than the TCK says (relaxed check)`,
    );
  lines.push(`total: ${s.all.passed}/${s.all.total} passed (${pct(s.all)}%)`);
  lines.push(`target folders, all cases: ${s.target.passed}/${s.target.total} passed (${pct(s.target)}%)`);
  lines.push(
    "(core = read-only cases of the target folders: no CREATE/MERGE/SET/DELETE/REMOVE in the query under test)",
  );
  lines.push(`core: ${s.core.passed}/${s.core.total} passed (${pct(s.core)}%)`);
  return lines.join("\n");
}
