// The Cypher the Neo4j store runs for pattern paths, checked here on the embedded engine: its
// rows, filtered by conformsTo, must be the paths the graphology matcher finds.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { conformsTo, matchPatternPaths } from "../../../server/graph/pattern.ts";
import { LEVERAGE_KINDS } from "../../../server/graph/leverageKinds.ts";
import { routeSegments } from "../../../server/graph/routes.ts";
import { createEmbeddedStore } from "../../../server/store/create.ts";
import { graphPathOf, patternCypher, type PlainPath } from "../../../server/store/neo4j/patternCypher.ts";
import type { GraphPath, Segment } from "../../../server/store/types.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";

const store = createEmbeddedStore(loadKnowledgeBase(FIXTURE_KB));
const key = (p: GraphPath) => p.edges.map((e) => e.id).join(">");

async function viaCypher(start: string, end: string, segments: Segment[]): Promise<string[]> {
  const { rows } = await store.cypher(
    patternCypher(segments),
    { start, end, avoid: [], rows: 10_000 },
    { timeoutMs: 10_000, maxRows: 100_000 },
  );
  const keys = new Set<string>();
  for (const [p] of rows as [PlainPath][]) {
    const path = graphPathOf(p);
    if (conformsTo(path, segments)) keys.add(key(path));
  }
  return [...keys].sort();
}

describe("patternCypher", () => {
  it("compiles directed segments with -> and <- and mixed ones undirected", () => {
    const q = patternCypher(LEVERAGE_KINDS[0]!.segments);
    expect(q).toContain("-[:DEPENDS_ON*1..1]->()");
    expect(q).toContain("-[:CONTROLS|OPERATES|OWNS_STAKE_IN|LEASES|LEADS|LOCATED_IN*0..3]-(e {id: $end})");
  });

  it.each([
    ["leverage dependence", "kazakhstan", "russia", LEVERAGE_KINDS[0]!.segments],
    ["leverage intervention", "kazakhstan", "russia", LEVERAGE_KINDS[3]!.segments],
    ["routes to the EU", "kazakhstan", "european-union", routeSegments(5)],
  ] as [string, string, string, Segment[]][])("gives the matcher's paths for %s", async (_n, start, end, segments) => {
    const expected = matchPatternPaths(store.graph, { start, end, segments, limit: 10_000 }).map(key).sort();
    expect(await viaCypher(start, end, segments)).toEqual(expected);
  });
});
