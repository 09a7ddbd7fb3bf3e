// `npm start` runs server/main.ts under tsx in its own process: the Cypher pool's workers must
// load there too (they register tsx themselves), not only inside vitest. Starts the real entry
// point as a child process on a free port and asks it a query and a hostile one.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_KB } from "../helpers/server.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("server/main.ts as npm start runs it", () => {
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server", "main.ts")], {
      cwd: ROOT,
      // The embedded store's pool is what this checks: NEO4J_URI (set under CI) must not select Neo4j.
      env: {
        ...process.env,
        NEO4J_URI: undefined,
        PORT: "0",
        LOG_LEVEL: "info",
        GRAPH_DATA_DIR: FIXTURE_KB,
        CYPHER_TIMEOUT_MS: "1000",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk) => {
        out += chunk;
        const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`server/main.ts exited with ${code}`)));
    });
  }, 90_000);
  afterAll(() => void child?.kill("SIGTERM"));

  const cypher = (query: string) =>
    fetch(`${url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });

  it("answers Cypher from its worker pool, and a deadline ends a hostile query there", async () => {
    const ok = await cypher("MATCH (n:State) RETURN count(n) AS states");
    expect(ok.status).toBe(200);
    const hostile = await cypher(`RETURN '${"a".repeat(40)}!' =~ '(a+)+b' AS m`);
    expect(hostile.status).toBe(408);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
  });
});
