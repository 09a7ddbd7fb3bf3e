// The embedded engine against the real Neo4j on a fixed-seed sample of random read queries:
// random small graphs and the knowledge base. Fails listing every disagreement (replay one with
// `npm run differential -- --count N --seed S [--kb]`, which writes reproducible cases).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { describeNeo4j } from "../helpers/neo4j.ts";
import { Neo4jSide } from "./engines.ts";
import { runSample, type SampleReport } from "./runner.ts";

const SEED = 20_260_001;
const RANDOM_QUERIES = 1_700;
const KB_QUERIES = 300;

function listing(report: SampleReport): string {
  return report.disagreements
    .slice(0, 15)
    .map(
      (d) =>
        `- ${d.reason}\n  ${d.query.text}\n  neo4j: ${JSON.stringify(d.neo4j).slice(0, 300)}\n  embedded: ${JSON.stringify(d.embedded).slice(0, 300)}`,
    )
    .join("\n");
}

describeNeo4j("differential test against Neo4j", (db) => {
  let driver: Driver;
  beforeAll(() => {
    driver = Neo4jSide.driverFor(db.uri);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it(`agrees with Neo4j on ${RANDOM_QUERIES} random read queries over random graphs`, async () => {
    const report = await runSample(driver, db.database, { count: RANDOM_QUERIES, seed: SEED, kb: false });
    expect(report.count).toBe(RANDOM_QUERIES);
    expect(report.disagreements.length, listing(report)).toBe(0);
  }, 240_000);

  it(`agrees with Neo4j on ${KB_QUERIES} random read queries over the knowledge base`, async () => {
    const report = await runSample(driver, db.database, { count: KB_QUERIES, seed: SEED, kb: true });
    expect(report.count).toBe(KB_QUERIES);
    expect(report.disagreements.length, listing(report)).toBe(0);
  }, 240_000);
});
