// The Neo4j GraphStore: the same contract as the embedded store, answered with Cypher through
// neo4j-driver. Traversals reuse server/graph/traverse.ts with a one-query-per-level expand;
// pattern paths fetch the reachable piece of the graph the same way and run the embedded
// store's matcher over it (reach.ts).
import neo4j, { type Driver, type Node, type Relationship, type Session } from "neo4j-driver";
import type { SourceDocument } from "../../../graph-data/schema/index.ts";
import { CypherQueryError } from "../../errors.ts";
import { matchPatternPaths } from "../../graph/pattern.ts";
import type { StoreGraph } from "../../graph/view.ts";
import { closure, neighbourhood, type Expand } from "../../graph/traverse.ts";
import { collectGraph } from "../resultGraph.ts";
import { ResultSize } from "../resultSize.ts";
import type {
  CypherLimits,
  CypherOutcome,
  GraphPath,
  GraphStore,
  NeighbourhoodQuery,
  PatternQuery,
  Step,
} from "../types.ts";
import { driverValue, plainValue, toGraphEdge, toGraphNode } from "./convert.ts";
import { fromNeo4jError } from "./errors.ts";
import { assertReadOnly } from "./readOnly.ts";
import { fetchReachGraph, reachOf } from "./reach.ts";
import { summaryPlan } from "./plan.ts";
import type { PlanDescription } from "../../cypher/index.ts";
import { PromiseMemo } from "../../memo.ts";

const ALGORITHM_TIMEOUT_MS = 10_000;
// Fetched pieces kept for reuse: a routes answer asks for the same start and pattern once per
// destination. The store loads once and is read-only, so a piece never goes stale.
const PIECES_KEPT = 64;
/** How long past a user query's limit the answer waits for Neo4j's own timeout error. */
const DEADLINE_GRACE_MS = 250;

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j";
  readonly generation = 1;
  private endpoints = new Map<string, string>();
  private readonly pieces = new PromiseMemo<StoreGraph>(PIECES_KEPT);

  constructor(
    private readonly driver: Driver,
    readonly documents: readonly SourceDocument[],
    private readonly database?: string,
  ) {}

  /**
   * Runs a read query and returns its records; driver errors become typed errors. The store's own
   * queries (traversals, pattern paths) run under ALGORITHM_TIMEOUT_MS, Neo4j's counterpart of the
   * embedded matcher's expansion budget.
   */
  private async read(query: string, params: Record<string, unknown> = {}) {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query, driverValue(params) as Record<string, unknown>, {
        timeout: ALGORITHM_TIMEOUT_MS,
      });
      return result.records;
    } catch (err) {
      throw fromNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  async refreshEndpoints(): Promise<void> {
    const rows = await this.read("MATCH (n:Entity) RETURN elementId(n) AS e, n.id AS id");
    this.endpoints = new Map(
      rows.map((r) => [r.get("e") as string, (r.get("id") as string | null) ?? (r.get("e") as string)]),
    );
  }

  private readonly ends = (elementId: string) => this.endpoints.get(elementId) ?? elementId;

  async snapshot() {
    const nodes = (await this.read("MATCH (n:Entity) RETURN n ORDER BY n.id")).map((r) =>
      toGraphNode(r.get("n") as Node),
    );
    const edges = (
      await this.read("MATCH (a:Entity)-[r]->(b:Entity) RETURN r, a.id AS s, b.id AS t ORDER BY r.id")
    ).map((r) => toGraphEdge(r.get("r") as Relationship, r.get("s") as string, r.get("t") as string));
    return { nodes, edges };
  }

  async node(id: string) {
    const [row] = await this.read("MATCH (n:Entity {id: $id}) RETURN n", { id });
    return row ? toGraphNode(row.get("n") as Node) : undefined;
  }

  private readonly expand: Expand = async (ids) => {
    const rows = await this.read(
      "MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $ids RETURN a.id AS origin, r, startNode(r).id AS s, endNode(r).id AS t, b ORDER BY a.id, r.id",
      { ids },
    );
    return rows.map((r) => ({
      from: r.get("origin") as string,
      edge: toGraphEdge(r.get("r") as Relationship, r.get("s") as string, r.get("t") as string),
      other: toGraphNode(r.get("b") as Node),
    }));
  };

  async incident(id: string) {
    return (await this.expand([id])).map(({ edge, other }) => ({ edge, other }));
  }

  async neighbourhood(q: NeighbourhoodQuery) {
    const seeds = (await Promise.all(q.ids.map((id) => this.node(id)))).filter((n) => n !== undefined);
    return neighbourhood(this.expand, seeds, q);
  }

  async closure(root: string, steps: Step[]) {
    return (await this.node(root)) ? closure(this.expand, root, steps) : new Set<string>();
  }

  async matchPaths(q: PatternQuery): Promise<GraphPath[]> {
    const start = await this.node(q.start);
    if (!start) return [];
    const reach = reachOf(q);
    const key = `${q.start}|${reach.maxHops}|${reach.steps.map((x) => `${x.direction}:${x.type}`).join(",")}`;
    // The piece is kept built: a routes answer matches in it once per destination.
    const piece = await this.pieces.get(key, () => fetchReachGraph(this.expand, start, reach));
    return matchPatternPaths(piece, q);
  }

  async cypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherOutcome> {
    assertReadOnly(query);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    // Neo4j checks transaction timeouts only every couple of seconds: the answer does not wait
    // for it. Past the limit (and a moment for Neo4j's own error) the client gets its 408 and
    // the session is closed in the background, which ends the transaction server-side.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new CypherQueryError("QueryTimeout", `the query exceeded the time limit of ${limits.timeoutMs} ms`, {
              cypherCode: "TimeLimitExceeded",
            }),
          ),
        limits.timeoutMs + DEADLINE_GRACE_MS,
      );
    });
    let timedOut = false;
    try {
      const { columns, rows, plan } = await Promise.race([this.fetchRows(session, query, params, limits), deadline]);
      const found = collectGraph(rows);
      const extra = await Promise.all(found.missing.map((id) => this.node(id)));
      return {
        columns,
        rows,
        graph: { nodes: [...found.nodes, ...extra.filter((n) => n !== undefined)], edges: found.edges },
        ...(plan && { plan }),
      };
    } catch (err) {
      timedOut = err instanceof CypherQueryError && err.code === "QueryTimeout";
      throw err;
    } finally {
      clearTimeout(timer);
      const closing = session.close();
      if (!timedOut) await closing;
      else closing.catch(() => {});
    }
  }

  /** Runs a user query with the transaction timeout and streams its rows under the row and size bounds. */
  private async fetchRows(
    session: Session,
    query: string,
    params: Record<string, unknown>,
    limits: CypherLimits,
  ): Promise<{ columns: string[]; rows: unknown[][]; plan?: PlanDescription }> {
    const rows: unknown[][] = [];
    const size = new ResultSize(limits.maxValueSize);
    try {
      const result = session.run(query, driverValue(params) as Record<string, unknown>, { timeout: limits.timeoutMs });
      const columns = [...(await result.keys())];
      for await (const record of result) {
        if (rows.length >= limits.maxRows) {
          throw new CypherQueryError("RowLimitExceeded", `more than ${limits.maxRows} rows`, {
            cypherCode: "RowLimitExceeded",
          });
        }
        const row = record.keys.map((k) => plainValue(record.get(k), this.ends));
        size.add(row);
        rows.push(row);
      }
      // EXPLAIN / PROFILE: the plan comes with the summary, as Neo4j returns it
      const plan = summaryPlan(await result.summary());
      return plan ? { columns, rows, plan } : { columns, rows };
    } catch (err) {
      throw err instanceof CypherQueryError ? err : fromNeo4jError(err);
    }
  }

  async close() {
    await this.driver.close();
  }
}
