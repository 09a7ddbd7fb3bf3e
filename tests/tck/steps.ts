// Step vocabulary of the TCK (README "The steps"): turns step text + argument into a typed step.
// Pure parsing; the runner gives the steps their meaning.
import type { TableMode } from "./compare.ts";
import { parseSideEffects, type SideEffects } from "./side-effects.ts";
import type { TckStep } from "./gherkin.ts";

export type ErrorPhase = "compile" | "runtime" | "any";

export type Step =
  | { kind: "graph"; name: string | null } // null: empty / any graph
  | { kind: "setup"; query: string }
  | { kind: "parameters"; rows: [name: string, value: string][] }
  | { kind: "procedure"; signature: string; table: string[][] }
  | { kind: "query"; query: string; control: boolean }
  | { kind: "result"; mode: TableMode; table: string[][] }
  | { kind: "empty" }
  | { kind: "error"; errorType: string; phase: ErrorPhase; detail: string }
  | { kind: "sideEffects"; expected: SideEffects };

const RESULT_MODES: Record<string, TableMode> = {
  "the result should be, in any order:": "any-order",
  "the result should be, in order:": "ordered",
  "the result should be (ignoring element order for lists):": "ignore-list-order",
};

const PHASES: Record<string, ErrorPhase> = { "compile time": "compile", runtime: "runtime", "any time": "any" };

const ERROR_STEP = /^an? (.+) should be raised at (.+): (.+)$/;

function docString(step: TckStep): string {
  if (step.docString === undefined) throw new Error(`step "${step.text}" needs a docstring`);
  return step.docString;
}

function table(step: TckStep): string[][] {
  if (!step.table) throw new Error(`step "${step.text}" needs a data table`);
  return step.table;
}

export function parseStep(step: TckStep): Step {
  const t = step.text.trim();
  if (t === "an empty graph" || t === "any graph") return { kind: "graph", name: null };
  const graph = /^the (.+) graph$/.exec(t);
  if (graph) return { kind: "graph", name: graph[1]! };
  if (t === "having executed:") return { kind: "setup", query: docString(step) };
  if (t === "parameters are:") {
    return { kind: "parameters", rows: table(step).map((r) => [r[0] ?? "", r[1] ?? ""] as [string, string]) };
  }
  const proc = /^there exists a procedure (.+):$/.exec(t);
  if (proc) return { kind: "procedure", signature: proc[1]!, table: step.table ?? [] };
  if (t === "executing query:") return { kind: "query", query: docString(step), control: false };
  if (t === "executing control query:") return { kind: "query", query: docString(step), control: true };
  const mode = RESULT_MODES[t];
  if (mode) return { kind: "result", mode, table: table(step) };
  if (t === "the result should be empty") return { kind: "empty" };
  const err = ERROR_STEP.exec(t);
  if (err) {
    const phase = PHASES[err[2]!];
    if (!phase) throw new Error(`unknown error phase '${err[2]}'`);
    return { kind: "error", errorType: err[1]!, phase, detail: err[3]! };
  }
  if (t === "the side effects should be:") return { kind: "sideEffects", expected: parseSideEffects(table(step)) };
  if (t === "no side effects") return { kind: "sideEffects", expected: parseSideEffects([]) };
  throw new Error(`unknown step: "${t}"`);
}
