// The real Neo4j the Neo4j suites run against: the one named by NEO4J_URI (`.ci/run` starts the
// launcher of neo4j-launcher/ and sets it; locally, `npm run neo4j` prints the lines to export).
// Without it the suites skip with a printed notice, except under CI=true, where a missing
// database is a failure: CI must never pass by skipping the oracle.
import neo4j, { type Driver } from "neo4j-driver";
import { describe, it } from "vitest";

export interface TestNeo4j {
  uri: string;
  database: string | undefined;
  /** A new driver on the test database (close it when done). */
  driver(): Driver;
}

function fromEnv(): TestNeo4j | undefined {
  const uri = process.env.NEO4J_URI;
  if (!uri) return undefined;
  const auth = neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "");
  return { uri, database: process.env.NEO4J_DATABASE || undefined, driver: () => neo4j.driver(uri, auth) };
}

/** The configured Neo4j, or undefined outside CI (after a notice naming the skipped suite). */
export function testNeo4j(suite: string): TestNeo4j | undefined {
  const found = fromEnv();
  if (found) return found;
  if (process.env.CI === "true") return undefined;
  console.info(`NEO4J_URI is not set: "${suite}" is skipped (npm run neo4j starts a throwaway Neo4j)`);
  return undefined;
}

/**
 * Runs `body` with the configured Neo4j. Without one: under CI=true a failing test says the
 * database is missing; elsewhere a skipped test says why.
 */
export function describeNeo4j(suite: string, body: (db: TestNeo4j) => void): void {
  const db = testNeo4j(suite);
  if (db) {
    describe(suite, () => body(db));
    return;
  }
  describe(suite, () => {
    if (process.env.CI === "true") {
      it("needs a real Neo4j (NEO4J_URI) under CI", () => {
        throw new Error("NEO4J_URI is not set under CI=true: .ci/run must start the Neo4j launcher");
      });
    } else {
      it.skip("runs only where NEO4J_URI is set", () => {});
    }
  });
}

/** Empties the test database (every suite on Neo4j starts from nothing). */
export async function emptyDatabase(driver: Driver, database: string | undefined): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}
