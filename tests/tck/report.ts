// CLI: `npm run tck [kitDir] [--write-known-failures] [--filter TEXT] [--failures] [--case-timeout MS]`
// Runs the kit and prints per-folder and total figures; the last line is the core figure.
import { resolve } from "node:path";
import { loadKit } from "./gherkin.ts";
import { KNOWN_FAILURES_FILE, writeKnownFailures } from "./known-failures.ts";
import { DEFAULT_KIT_DIR } from "./kit.ts";
import { runPool } from "./pool.ts";
import { renderSummary, summarise } from "./summary.ts";

interface Args {
  kitDir: string;
  write: boolean;
  filter?: string;
  listFailures: boolean;
  caseTimeoutMs?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { kitDir: DEFAULT_KIT_DIR, write: false, listFailures: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--write-known-failures") args.write = true;
    else if (a === "--failures") args.listFailures = true;
    else if (a === "--filter") args.filter = argv[++i];
    else if (a === "--case-timeout") args.caseTimeoutMs = Number(argv[++i]);
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else args.kitDir = resolve(a);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.write && (args.kitDir !== DEFAULT_KIT_DIR || args.filter)) {
    throw new Error("--write-known-failures only makes sense for the whole default kit");
  }
  const all = loadKit(args.kitDir);
  const cases = args.filter ? all.filter((c) => c.key.includes(args.filter!)) : all;
  process.stderr.write(`running ${cases.length} TCK cases from ${args.kitDir}\n`);
  const t0 = performance.now();
  const outcomes = await runPool(cases, {
    kitDir: args.kitDir,
    caseTimeoutMs: args.caseTimeoutMs,
    onOutcome: (_o, done, total) => {
      if (process.stderr.isTTY && (done % 50 === 0 || done === total)) process.stderr.write(`\r${done}/${total}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  process.stderr.write(`finished in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  if (args.listFailures) {
    for (const o of outcomes)
      if (o.status !== "passed") console.log(`${o.status}  ${o.key}\n        ${o.reason ?? ""}`);
    console.log("");
  }
  if (args.write) {
    const n = writeKnownFailures(outcomes);
    console.log(`wrote ${n} known failures to ${KNOWN_FAILURES_FILE}\n`);
  }
  console.log(renderSummary(summarise(cases, outcomes)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
