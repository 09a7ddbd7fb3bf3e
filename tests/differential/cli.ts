// npm run differential -- --count N --seed S [--kb]: runs a sample against the Neo4j at NEO4J_URI
// and writes each disagreement as a small reproducible case under test-artifacts/differential/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Neo4jSide } from "./engines.ts";
import { runSample } from "./runner.ts";

const OUT = "test-artifacts/differential";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      kb: { type: "boolean", default: false },
    },
  });
  const count = Number(values.count),
    seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error("usage: npm run differential -- --count N --seed S [--kb]  (N ≥ 1, S an integer)");
    process.exit(2);
  }
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.error("differential needs NEO4J_URI (npm run neo4j starts a throwaway Neo4j)");
    process.exit(2);
  }
  const driver = Neo4jSide.driverFor(uri);
  const started = Date.now();
  try {
    const report = await runSample(driver, process.env.NEO4J_DATABASE || undefined, { count, seed, kb: values.kb });
    mkdirSync(OUT, { recursive: true });
    report.disagreements.forEach((d, i) => {
      const file = join(OUT, `seed${seed}${values.kb ? "-kb" : ""}-${String(i + 1).padStart(3, "0")}.json`);
      writeFileSync(file, JSON.stringify(d, null, 2) + "\n");
    });
    const rate = ((100 * report.agreed) / report.count).toFixed(2);
    console.log(
      `${report.count} queries (seed ${seed}${values.kb ? ", knowledge base" : ", random graphs"}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${report.agreed} agree (${rate} %), ${report.disagreements.length} disagree` +
        (report.disagreements.length ? ` (cases in ${OUT}/)` : ""),
    );
    for (const [note, n] of Object.entries(report.notes)) console.log(`  agreed as ${note}: ${n}`);
    console.log(
      `  answering: Neo4j ${(report.ms.neo4j / 1000).toFixed(1)} s, embedded ${(report.ms.embedded / 1000).toFixed(1)} s`,
    );
    for (const s of report.slowest) console.log(`  slow: ${s.ms} ms  ${s.text.slice(0, 160)}`);
    process.exitCode = report.disagreements.length ? 1 : 0;
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(`differential failed: ${(err as Error).message}`);
  process.exit(1);
});
