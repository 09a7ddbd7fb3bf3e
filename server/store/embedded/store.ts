// The embedded GraphStore: the knowledge base held in graphology, traversals and pattern paths
// answered by the pure functions in server/graph/, Cypher through the embedded engine.
import type { SourceDocument } from "../../../graph-data/schema/index.ts";
import { matchPatternPaths } from "../../graph/pattern.ts";
import { closure, neighbourhood, type Expand } from "../../graph/traverse.ts";
import { edgeOf, nodeOf, sortedEdges, type StoreGraph } from "../../graph/view.ts";
import { collectGraph } from "../resultGraph.ts";
import type {
  CypherLimits,
  CypherOutcome,
  GraphStore,
  NeighbourhoodQuery,
  PatternQuery,
  Step,
  Subgraph,
} from "../types.ts";
import { EmbeddedCypher } from "./cypher.ts";

export class EmbeddedStore implements GraphStore {
  readonly kind = "embedded";
  readonly generation = 1;
  private readonly cypherRunner: EmbeddedCypher;

  constructor(
    readonly graph: StoreGraph,
    readonly documents: readonly SourceDocument[],
  ) {
    this.cypherRunner = new EmbeddedCypher(graph);
  }

  private readonly expand: Expand = async (ids) =>
    ids.flatMap((id) =>
      this.graph.hasNode(id)
        ? sortedEdges(this.graph, id, "any").map((key) => ({
            edge: edgeOf(this.graph, key),
            from: id,
            other: nodeOf(this.graph, this.graph.opposite(id, key)),
          }))
        : [],
    );

  async snapshot(): Promise<Subgraph> {
    const g = this.graph;
    return {
      nodes: [...g.nodes()].sort().map((k) => nodeOf(g, k)),
      edges: [...g.edges()].sort().map((k) => edgeOf(g, k)),
    };
  }

  async node(id: string) {
    return this.graph.hasNode(id) ? nodeOf(this.graph, id) : undefined;
  }

  async incident(id: string) {
    return (await this.expand([id])).map(({ edge, other }) => ({ edge, other }));
  }

  async neighbourhood(q: NeighbourhoodQuery): Promise<Subgraph> {
    const seeds = q.ids.filter((id) => this.graph.hasNode(id)).map((id) => nodeOf(this.graph, id));
    return neighbourhood(this.expand, seeds, q);
  }

  async closure(root: string, steps: Step[]) {
    return this.graph.hasNode(root) ? closure(this.expand, root, steps) : new Set<string>();
  }

  async matchPaths(q: PatternQuery) {
    return matchPatternPaths(this.graph, q);
  }

  async cypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherOutcome> {
    const { columns, rows, plan } = await this.cypherRunner.run(query, params, limits);
    const found = collectGraph(rows);
    const extra = found.missing.filter((id) => this.graph.hasNode(id)).map((id) => nodeOf(this.graph, id));
    return { columns, rows, graph: { nodes: [...found.nodes, ...extra], edges: found.edges }, ...(plan && { plan }) };
  }

  async close() {}
}
