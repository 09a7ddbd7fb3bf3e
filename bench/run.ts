// Benchmark dispatcher: `npm run bench [engine|api|client|all]` (default all).
// Each part is a module bench/<part>.ts exporting `run(args)`; parts whose file does not exist
// yet are skipped with a note, so the lead can add api/client later without touching this file.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PARTS = ["engine", "api", "client"] as const;
type Part = (typeof PARTS)[number];

interface BenchModule {
  run(args: string[]): Promise<void>;
}

async function main(): Promise<void> {
  const [which = "all", ...rest] = process.argv.slice(2);
  if (which !== "all" && !(PARTS as readonly string[]).includes(which)) {
    throw new Error(`usage: npm run bench [${PARTS.join("|")}|all] [part options]`);
  }
  const selected: readonly Part[] = which === "all" ? PARTS : [which as Part];
  for (const part of selected) {
    const file = fileURLToPath(new URL(`./${part}.ts`, import.meta.url));
    if (!existsSync(file)) {
      console.log(`(bench part "${part}" does not exist yet: skipped)\n`);
      continue;
    }
    console.log(`=== bench: ${part} ===`);
    const mod = (await import(new URL(`./${part}.ts`, import.meta.url).href)) as BenchModule;
    await mod.run(rest);
    console.log("");
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
