// Regression guard over the whole shared TCK: every case runs (in worker processes with a hard
// per-case limit) and the set of failures must equal tests/tck/known-failures.json exactly.
// Regenerate the list with `npm run tck -- --write-known-failures`.
import { beforeAll, describe, expect, it } from "vitest";
import { loadKit, type TckCase } from "./gherkin.ts";
import { DEFAULT_KIT_DIR } from "./kit.ts";
import { checkAgainstKnown, readKnownFailures } from "./known-failures.ts";
import { runPool } from "./pool.ts";
import type { Outcome } from "./runner.ts";

const TCK_TIMEOUT_MS = 20 * 60_000;

describe("openCypher TCK (shared subset)", () => {
  let cases: TckCase[] = [];
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    cases = loadKit(DEFAULT_KIT_DIR);
    outcomes = await runPool(cases, { kitDir: DEFAULT_KIT_DIR });
  }, TCK_TIMEOUT_MS);

  it("parses the kit into the 2016 cases its README announces, each with an outcome", () => {
    expect(cases).toHaveLength(2016);
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
    expect(outcomes.map((o) => o.key)).toEqual(cases.map((c) => c.key));
  });

  it("has no failures beyond tests/tck/known-failures.json", () => {
    const { unexpected } = checkAgainstKnown(outcomes, readKnownFailures());
    expect(
      unexpected,
      "new failures (fix them, or regenerate the list with `npm run tck -- --write-known-failures`)",
    ).toEqual([]);
  });

  it("lists no case that passes now (prune with `npm run tck -- --write-known-failures`)", () => {
    const { stale } = checkAgainstKnown(outcomes, readKnownFailures());
    expect(stale).toEqual([]);
  });
});
