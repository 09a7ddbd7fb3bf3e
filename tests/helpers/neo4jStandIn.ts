// A stand-in for a Neo4j server, reached through the part of neo4j-driver's API our code uses
// (driver.session / executeQuery, session.run / executeWrite, Result as promise, keys() and async
// iterator). Queries run on one embedded CypherEngine, and answers come back as the driver's own
// classes (Integer, Node, Relationship, Path, Record, Neo4jError), so the Neo4j store, its
// conversions and the loader run unchanged where no Neo4j is reachable. It stands in for the
// external server only: none of our code is replaced. What it cannot show is Neo4j's own
// behaviour; the same suites run against a real Neo4j where NEO4J_URI is set.
//
// Neo4j specifics it mimics: a READ session refuses updating clauses (as a cluster's readers do),
// the transaction `timeout` becomes the engine's time limit, and of the schema commands, which the
// engine does not know, uniqueness constraints are kept and checked after every write (indexes
// are accepted and ignored).
import neo4j, { type Driver } from "neo4j-driver";
import {
  CypherEngine,
  CypherError,
  isNodeValue,
  isPathValue,
  isRelationshipValue,
  type CypherValue,
  type NodeValue,
  type RelationshipValue,
} from "../../server/cypher/index.ts";

const { Node, Relationship, Path, PathSegment } = neo4j.types;
type DriverNode = InstanceType<typeof Node>;
type DriverRelationship = InstanceType<typeof Relationship>;

const SCHEMA_COMMAND = /^\s*(CREATE|DROP)\s+(CONSTRAINT|INDEX)\b/i;
const UNIQUE = /FOR\s+\(\w+:(\w+)\)\s+REQUIRE\s+\w+\.(\w+)\s+IS\s+UNIQUE/i;

/** Neo4j status codes for the engine's error codes (the ones fromNeo4jError reads). */
function neo4jCode(err: CypherError): string {
  if (err.code === "TimeLimitExceeded") return "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";
  if (err.code === "ReadOnly") return "Neo.ClientError.Statement.AccessMode";
  if (err.phase === "compile") return "Neo.ClientError.Statement.SyntaxError";
  return "Neo.ClientError.Statement.ArgumentError";
}

function asNeo4jError(err: unknown): unknown {
  if (!(err instanceof CypherError)) return err;
  // Neo4j writes positions into the message as "(line L, column C (offset: O))".
  const p = err.position;
  const where = p ? ` (line ${p.line}, column ${p.column} (offset: ${p.offset}))` : "";
  // GQL status: 42001 (invalid syntax) for compile errors, 50N42 (unexpected error) otherwise.
  const gqlStatus = err.phase === "compile" ? "42001" : "50N42";
  return new neo4j.Neo4jError(err.message + where, neo4jCode(err), gqlStatus, err.message);
}

/** Driver parameter → engine parameter: Integers become bigints, the engine's integers. */
function fromDriver(v: unknown): unknown {
  if (neo4j.isInt(v)) return BigInt(v.toString());
  if (Array.isArray(v)) return v.map(fromDriver);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromDriver(x)]));
  return v;
}

/** Engine answers → the driver's value classes, with stable numeric identities per element id. */
class Identities {
  private readonly seq = new Map<string, number>();
  of(elementId: string) {
    let n = this.seq.get(elementId);
    if (n === undefined) this.seq.set(elementId, (n = this.seq.size));
    return neo4j.int(n);
  }
}

function toDriver(v: CypherValue, ids: Identities): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "bigint") return neo4j.int(v.toString());
  if (Array.isArray(v)) return v.map((x) => toDriver(x, ids));
  if (isNodeValue(v)) return node(v, ids);
  if (isRelationshipValue(v)) return relationship(v, ids);
  if (isPathValue(v)) {
    const nodes = v.nodes.map((n) => node(n, ids));
    const segments = v.relationships.map((r, i) => new PathSegment(nodes[i]!, relationship(r, ids), nodes[i + 1]!));
    return new Path(nodes[0]!, nodes[nodes.length - 1]!, segments);
  }
  if (typeof v === "object" && v.constructor === Object)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDriver(x as CypherValue, ids)]));
  return String(v); // temporal values: the driver would give its own classes; no caller reads them here
}

const props = (p: Record<string, CypherValue>, ids: Identities) =>
  Object.fromEntries(Object.entries(p).map(([k, x]) => [k, toDriver(x, ids)]));

function node(n: NodeValue, ids: Identities): DriverNode {
  return new Node(ids.of(n.id), n.labels, props(n.properties, ids), n.id);
}

function relationship(r: RelationshipValue, ids: Identities): DriverRelationship {
  return new Relationship(
    ids.of(r.id),
    ids.of(r.start),
    ids.of(r.end),
    r.type,
    props(r.properties, ids),
    r.id,
    r.start,
    r.end,
  );
}

interface RunOptions {
  write: boolean;
  timeoutMs?: number;
}

/** One server: an engine and the identities handed out so far. */
class Server {
  readonly engine = new CypherEngine();
  private readonly ids = new Identities();
  private readonly unique: { label: string; key: string }[] = [];

  private schema(query: string) {
    const m = UNIQUE.exec(query);
    if (m && /^\s*CREATE/i.test(query)) this.unique.push({ label: m[1]!, key: m[2]! });
    return { keys: [] as string[], records: [] };
  }

  /** Neo4j refuses a write that leaves two nodes with one value under a uniqueness constraint. */
  private checkUnique() {
    for (const { label, key } of this.unique) {
      const dup = this.engine.run(
        `MATCH (n:\`${label}\`) WHERE n.\`${key}\` IS NOT NULL WITH n.\`${key}\` AS v, count(*) AS c WHERE c > 1 RETURN v LIMIT 1`,
      );
      if (dup.rows.length)
        throw new neo4j.Neo4jError(
          `Node already exists with label \`${label}\` and property \`${key}\` = ${JSON.stringify(dup.rows[0]![0])}`,
          "Neo.ClientError.Schema.ConstraintValidationFailed",
          "22N41",
          "constraint violation",
        );
    }
  }

  run(query: string, params: Record<string, unknown> | undefined, o: RunOptions) {
    if (SCHEMA_COMMAND.test(query)) return this.schema(query);
    try {
      const result = this.engine.run(query, fromDriver(params ?? {}) as Record<string, unknown>, {
        readOnly: !o.write,
        timeoutMs: o.timeoutMs,
      });
      if (o.write && (result.stats.nodesCreated || result.stats.labelsAdded || result.stats.propertiesSet))
        this.checkUnique();
      const records = result.rows.map(
        (row) =>
          new neo4j.Record(
            result.columns,
            row.map((v) => toDriver(v, this.ids)),
          ),
      );
      return { keys: result.columns, records };
    } catch (err) {
      throw asNeo4jError(err);
    }
  }
}

/** What session.run returns: awaitable for all records, or keys() then iteration. */
function resultOf(answer: () => { keys: string[]; records: InstanceType<typeof neo4j.Record>[] }) {
  // Like the driver, a failure surfaces when the result is consumed, not when run() is called.
  const settled = Promise.resolve().then(answer);
  return {
    then: <T>(ok: (r: { records: InstanceType<typeof neo4j.Record>[] }) => T, fail?: (e: unknown) => T) =>
      settled.then(ok, fail),
    keys: async () => (await settled).keys,
    async *[Symbol.asyncIterator]() {
      yield* (await settled).records;
    },
  };
}

export function neo4jStandIn(): Driver {
  const server = new Server();
  const session = (config: { defaultAccessMode?: string } = {}) => {
    const write = config.defaultAccessMode !== neo4j.session.READ;
    const tx = { run: (q: string, p?: Record<string, unknown>) => resultOf(() => server.run(q, p, { write })) };
    return {
      run: (q: string, p?: Record<string, unknown>, txConfig?: { timeout?: number }) =>
        resultOf(() => server.run(q, p, { write, timeoutMs: txConfig?.timeout })),
      executeWrite: async <T>(work: (t: typeof tx) => Promise<T>) => work(tx),
      executeRead: async <T>(work: (t: typeof tx) => Promise<T>) =>
        work({ run: (q, p) => resultOf(() => server.run(q, p, { write: false })) }),
      close: async () => {},
    };
  };
  const driver = {
    session,
    executeQuery: async (q: string, p?: Record<string, unknown>, config: { routing?: string } = {}) => {
      const answer = server.run(q, p, { write: config.routing !== neo4j.routing.READ });
      return { keys: answer.keys, records: answer.records, summary: {} };
    },
    verifyConnectivity: async () => ({}),
    close: async () => {},
  };
  // Only the members above exist; the cast is the seam between the stand-in and the driver's type.
  return driver as unknown as Driver;
}
