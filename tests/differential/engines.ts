// The two sides of the comparison, each holding one graph at a time: the real Neo4j over one
// driver session, and the embedded engine. Both answer a query with an Outcome in canonical form.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { CypherEngine, CypherError } from "../../server/cypher/index.ts";
import { buildGraph } from "../../server/store/embedded/build.ts";
import { loadIntoNeo4j } from "../../server/store/neo4j/load.ts";
import { loadKnowledgeBase } from "../../graph-data/load.ts";
import { fromEngine, fromNeo4j, type IdOf } from "./normalize.ts";
import type { Outcome } from "./compare.ts";
import type { TestGraph } from "./graphs.ts";

const TIMEOUT_MS = 10_000;
/** The engine's budget errors: such a query is not compared (rule budget). */
const BUDGETS = new Set(["TimeLimitExceeded", "RowLimitExceeded", "SizeLimitExceeded", "NestingLimitExceeded"]);
const ID_MAP = "MATCH (n) RETURN elementId(n) AS e, n.id AS id";

function idLookup(pairs: [string, unknown][]): IdOf {
  const map = new Map(pairs);
  return (e) => (typeof map.get(e) === "string" ? (map.get(e) as string) : e);
}

export class Neo4jSide {
  private session: Session | undefined;
  private idOf: IdOf = (e) => e;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** A driver that hands integers over as bigint (floats stay JS numbers). */
  static driverFor(uri: string): Driver {
    return neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""), {
      useBigInt: true,
    });
  }

  private open(): Session {
    return (this.session ??= this.driver.session({ database: this.database }));
  }

  async load(graph: TestGraph): Promise<void> {
    const s = this.open();
    await s.run("MATCH (n) DETACH DELETE n");
    if (graph.kind === "random") await s.run(graph.setup);
    else await loadIntoNeo4j(this.driver, loadKnowledgeBase(), this.database);
    const { records } = await s.run(ID_MAP);
    this.idOf = idLookup(records.map((r) => [r.get("e") as string, r.get("id")]));
  }

  async run(query: string): Promise<Outcome> {
    return this.runOn(this.open(), query);
  }

  private async runOn(session: Session, query: string): Promise<Outcome> {
    try {
      const result = session.run(query, {}, { timeout: TIMEOUT_MS });
      const keys = await result.keys();
      const { records } = await result;
      return {
        ok: true,
        columns: keys.map(String),
        rows: records.map((r) => r.keys.map((k) => fromNeo4j(r.get(k), this.idOf))),
      };
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      const message = (err as Error).message.split("\n")[0] ?? "";
      const errorClass = /Timeout|TimedOut|Terminated|TransientError|MemoryPoolOutOfMemory/i.test(code)
        ? "timeout"
        : code === "Neo.ClientError.Statement.SyntaxError"
          ? "compile"
          : "runtime";
      return { ok: false, errorClass, code, message };
    }
  }

  /** Answers in query order, `parallel` sessions at a time (read queries only: they cannot interfere). */
  async runAll(queries: string[], parallel: number): Promise<Outcome[]> {
    const out: Outcome[] = new Array(queries.length);
    let next = 0;
    const worker = async (session: Session) => {
      while (next < queries.length) {
        const i = next++;
        out[i] = await this.runOn(session, queries[i]!);
      }
    };
    const extra = Array.from({ length: Math.max(0, parallel - 1) }, () =>
      this.driver.session({ database: this.database }),
    );
    try {
      await Promise.all([this.open(), ...extra].map(worker));
    } finally {
      await Promise.all(extra.map((s) => s.close()));
    }
    return out;
  }

  async close(): Promise<void> {
    await this.session?.close();
    this.session = undefined;
  }
}

export class EmbeddedSide {
  private engine = new CypherEngine();
  private idOf: IdOf = (e) => e;

  load(graph: TestGraph): void {
    if (graph.kind === "random") {
      this.engine = new CypherEngine();
      this.engine.run(graph.setup);
    } else {
      this.engine = new CypherEngine(buildGraph(graph.records).graph);
    }
    const rows = this.engine.run(ID_MAP).rows;
    this.idOf = idLookup(rows.map(([e, id]) => [e as string, id]));
  }

  run(query: string): Outcome {
    try {
      const r = this.engine.run(query, {}, { readOnly: true, timeoutMs: TIMEOUT_MS });
      return { ok: true, columns: r.columns, rows: r.rows.map((row) => row.map((v) => fromEngine(v, this.idOf))) };
    } catch (err) {
      if (!(err instanceof CypherError)) {
        return { ok: false, errorClass: "runtime", code: "crash", message: String((err as Error).stack ?? err) };
      }
      const errorClass = BUDGETS.has(err.code) ? "timeout" : err.phase;
      return { ok: false, errorClass, code: err.code, message: err.message };
    }
  }
}
