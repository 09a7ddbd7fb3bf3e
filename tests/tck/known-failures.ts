// The regression list: cases known to fail, each with a one-line reason. The guard test fails
// on any failure not listed and on any listed case that now passes (so the list gets pruned).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Outcome } from "./runner.ts";

export const KNOWN_FAILURES_FILE = fileURLToPath(new URL("./known-failures.json", import.meta.url));

/** key -> reason */
export type KnownFailures = Record<string, string>;

export function readKnownFailures(file = KNOWN_FAILURES_FILE): KnownFailures {
  return JSON.parse(readFileSync(file, "utf8")) as KnownFailures;
}

const REASON_MAX = 200;

export function knownFailuresFrom(outcomes: Outcome[]): KnownFailures {
  const entries = outcomes
    .filter((o) => o.status !== "passed")
    .map((o) => {
      const reason = `${o.status}: ${o.reason ?? ""}`;
      return [o.key, reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX)}…` : reason] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

export function writeKnownFailures(outcomes: Outcome[], file = KNOWN_FAILURES_FILE): number {
  const list = knownFailuresFrom(outcomes);
  writeFileSync(file, `${JSON.stringify(list, null, 1)}\n`);
  return Object.keys(list).length;
}

export interface GuardResult {
  /** Failing cases not in the list: regressions (or new cases). */
  unexpected: string[];
  /** Listed cases that pass now, or that no longer exist: the list must be regenerated. */
  stale: string[];
}

export function checkAgainstKnown(outcomes: Outcome[], known: KnownFailures): GuardResult {
  const seen = new Set(outcomes.map((o) => o.key));
  return {
    unexpected: outcomes
      .filter((o) => o.status !== "passed" && !(o.key in known))
      .map((o) => `${o.key} -> ${o.status}: ${o.reason ?? ""}`),
    stale: [
      ...outcomes.filter((o) => o.status === "passed" && o.key in known).map((o) => `${o.key} (passes now)`),
      ...Object.keys(known)
        .filter((k) => !seen.has(k))
        .map((k) => `${k} (no such case)`),
    ],
  };
}
