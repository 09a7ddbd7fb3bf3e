// CypherEngine: parse -> semantic checks -> plan -> execute against the graphology graph, with
// budgets, read-only enforcement and rollback of all writes when a query fails. `fromRecords`
// bulk-loads the store without graphology; the graph then appears on first write or access.
import { MultiDirectedGraph } from "graphology";
import { loadRecords, materializeGraph, type GraphRecords } from "./bulk-load.ts";
import { limitError, withPosition } from "./errors.ts";
import { positionAt } from "./lexer.ts";
import { measureResult } from "./budget.ts";
import { Budget, type Ctx } from "./executor/context.ts";
import { describe, type PlanDescription } from "./executor/plan.ts";
import { compilePlan, hasUpdates } from "./executor/query.ts";
import { Mutations, emptyStats, type Stats } from "./mutations.ts";
import { parseQuery } from "./parser/index.ts";
import { toResultValue, type CypherValue } from "./result.ts";
import { checkQuery } from "./semantics/index.ts";
import { BUILTINS, Catalog } from "./catalog/index.ts";
import { IdAllocator, Store } from "./store.ts";
import { fromStored, type RelRec, type Value } from "./values.ts";

export interface RunOptions {
  readOnly?: boolean;
  timeoutMs?: number;
  maxRows?: number;
  /** Size budget in cells (see budget.ts). */
  maxValueSize?: number;
  /** Heap in use past which the query stops (SizeLimitExceeded); unchecked when absent. */
  maxHeapBytes?: number;
}
export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  stats: Stats;
  /** The operator tree, for `EXPLAIN` (nothing runs, no rows) and `PROFILE` (with rows per operator). */
  plan?: PlanDescription;
}

/** Parameters in a prototype-free map, so `$constructor` or `$__proto__` is a missing parameter, not a JS internal. */
function paramsOf(params: Record<string, unknown>): Record<string, Value> {
  const out = Object.create(null) as Record<string, Value>;
  for (const k of Object.keys(params)) out[k] = fromStored(params[k]);
  return out;
}

export class CypherEngine {
  private graphInstance: MultiDirectedGraph | undefined;
  private store: Store | undefined;
  /** Relationships of a bulk load in record order, kept until the graph is materialized. */
  private loadedRels: RelRec[] | undefined;
  private readonly ids = new IdAllocator();
  private readonly relIds = new IdAllocator();
  private keySeq = 0;
  /** This engine's callables: the built-ins, plus procedures registered on it (e.g. by tests). */
  readonly catalog = new Catalog(BUILTINS);

  constructor(graph?: MultiDirectedGraph) {
    this.graphInstance = graph ?? new MultiDirectedGraph();
  }

  /** An engine over records without building a graphology graph (see bulk-load.ts). */
  static fromRecords(records: GraphRecords): CypherEngine {
    const e = new CypherEngine();
    e.graphInstance = undefined;
    const { store, rels } = loadRecords(records, e.ids, e.relIds);
    e.store = store;
    e.loadedRels = rels;
    return e;
  }

  get graph(): MultiDirectedGraph {
    return this.materialize();
  }

  private materialize(): MultiDirectedGraph {
    if (!this.graphInstance) {
      this.graphInstance = materializeGraph(this.store!, this.loadedRels!);
      this.loadedRels = undefined;
    }
    return this.graphInstance;
  }

  /** Call after mutating `graph` from outside the engine so indexes are rebuilt. */
  invalidate(): void {
    // a bulk-loaded engine whose graph was never handed out has nothing to rebuild from
    if (this.graphInstance) this.store = undefined;
  }

  private getStore(): Store {
    return (this.store ??= Store.fromGraph(this.graph, this.ids, this.relIds));
  }

  private newKey = (prefix: string): string => {
    let k: string;
    do k = `${prefix}${this.keySeq++}`;
    while (this.graph.hasNode(k) || this.graph.hasEdge(k));
    return k;
  };

  run(query: string, params: Record<string, unknown> = {}, options: RunOptions = {}): QueryResult {
    const ast = parseQuery(query);
    try {
      checkQuery(ast, this.catalog);
    } catch (e) {
      throw withPosition(e, (offset) => positionAt(query, offset));
    }
    // subqueries included: CALL { CREATE ... } writes too
    if (options.readOnly && hasUpdates(ast))
      throw limitError("ReadOnly", "Updating clauses are not allowed in read-only mode");
    const plan = compilePlan(ast, query);
    if (ast.mode === "explain")
      return { columns: plan.columns, rows: [], stats: emptyStats(), plan: describe(plan.root) };
    // Rollback rebuilds the store from the graph, so a bulk-loaded engine needs it before any write.
    if (plan.updating) this.materialize();
    const store = this.getStore();
    const mut = new Mutations(store, () => this.materialize(), this.newKey);
    const ctx: Ctx = {
      store,
      params: paramsOf(params),
      budget: new Budget(
        options.timeoutMs ?? 10_000,
        options.maxRows ?? 100_000,
        options.maxValueSize,
        options.maxHeapBytes,
      ),
      mut,
      profile: ast.mode === "profile" ? new Map() : undefined,
    };
    try {
      const rows = plan.run(ctx);
      measureResult(rows, ctx.budget);
      mut.commit();
      const result: QueryResult = {
        columns: plan.columns,
        rows: rows.map((r) => r.map(toResultValue)),
        stats: mut.stats,
      };
      if (ctx.profile) result.plan = describe(plan.root, ctx.profile);
      return result;
    } catch (e) {
      if (mut.dirty) {
        mut.rollback();
        this.store = undefined;
      }
      throw e;
    }
  }
}
