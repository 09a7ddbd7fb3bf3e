// The analysis answers (paths, leverage, routes, neighbourhood, Cypher) as functions of a store
// and a parsed query, so the same code runs inside a pool worker (embedded store) or on the main
// thread (Neo4j store, whose work happens in the database). Nothing here knows HTTP.
import { resolveAvoid } from "../graph/avoid.ts";
import { citationsOfPaths } from "../graph/evidence.ts";
import { leveragePaths } from "../graph/leverage.ts";
import { rankedPaths } from "../graph/paths.ts";
import { diversificationRoutes, routesOut } from "../graph/routes.ts";
import { parseQuery } from "../cypher/parser/index.ts";
import { isDeterministic } from "../cypher/purity.ts";
import type { CypherLimits, CypherOutcome, GraphStore, NeighbourhoodQuery } from "../store/types.ts";

export interface PathsTask {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  avoid: string[];
  relTypes?: string[];
}

export interface LeverageTask {
  controller: string;
  dependent: string;
  limit: number;
}

export interface RoutesTask {
  from: string;
  to?: string;
  avoid: string[];
  maxHops: number;
  limit: number;
}

export interface CypherTask {
  query: string;
  params: Record<string, unknown>;
  limits: CypherLimits;
}

/** Every kind of work the pool runs, by name, with its input. */
export type Task =
  | { kind: "paths"; input: PathsTask }
  | { kind: "leverage"; input: LeverageTask }
  | { kind: "routes"; input: RoutesTask }
  | { kind: "neighbourhood"; input: NeighbourhoodQuery }
  | { kind: "cypher"; input: CypherTask };

async function paths(store: GraphStore, q: PathsTask) {
  const avoid = await resolveAvoid(store, q.avoid);
  const result = await rankedPaths(store, { ...q, avoid: avoid.ids });
  const documents = citationsOfPaths(result.paths, store.documents);
  return { from: q.from, to: q.to, avoided: avoid.sets, ...result, documents };
}

async function leverage(store: GraphStore, q: LeverageTask) {
  const answer = await leveragePaths(store, q);
  const documents = citationsOfPaths(answer.paths, store.documents);
  return { controller: q.controller, dependent: q.dependent, ...answer, documents };
}

async function routes(store: GraphStore, q: RoutesTask) {
  const avoid = await resolveAvoid(store, q.avoid);
  const avoidLabel = q.avoid.join(" / ") || "nothing";
  const query = { ...q, avoid: avoid.ids, avoidLabel };
  const answer = q.to ? await diversificationRoutes(store, { ...query, to: q.to }) : await routesOut(store, query);
  const documents = citationsOfPaths(answer.routes, store.documents);
  return { from: q.from, to: q.to ?? null, avoided: avoid.sets, ...answer, documents };
}

/** A Cypher answer and whether it may be cached (decided from the parsed query). */
export interface CypherAnswer {
  outcome: CypherOutcome;
  cacheable: boolean;
}

async function cypher(store: GraphStore, q: CypherTask): Promise<CypherAnswer> {
  const outcome = await store.cypher(q.query, q.params, q.limits);
  let cacheable = false;
  try {
    cacheable = isDeterministic(parseQuery(q.query));
  } catch {
    // The store accepted what our parser does not (a Neo4j-only form): answer, but never cache.
  }
  return { outcome, cacheable };
}

/** Runs one task against a store; the answer is plain data (it crosses a thread boundary). */
export function answer(store: GraphStore, task: Task): Promise<unknown> {
  switch (task.kind) {
    case "paths":
      return paths(store, task.input);
    case "leverage":
      return leverage(store, task.input);
    case "routes":
      return routes(store, task.input);
    case "neighbourhood":
      return store.neighbourhood(task.input);
    case "cypher":
      return cypher(store, task.input);
  }
}
