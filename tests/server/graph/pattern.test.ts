// matchPatternPaths against a brute-force oracle (conformsTo, below): they
// must agree: every pattern path conforms, and every conforming simple path is found.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { matchPatternPaths, PathSearchLimitError } from "../../../server/graph/pattern.ts";
import { edgeOf, nodeOf, sortedEdges } from "../../../server/graph/view.ts";
import { LEVERAGE_KINDS } from "../../../server/graph/leverageKinds.ts";
import { routeSegments } from "../../../server/graph/routes.ts";
import { createEmbeddedStore } from "../../../server/store/create.ts";
import type { GraphPath, Segment } from "../../../server/store/types.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";

/**
 * True when `path` is simple, avoids `avoid` (endpoints excepted) and its hops split into the
 * segments in order. The oracle the matcher is checked against:
 * brute-force enumeration filtered by this definition.
 */
export function conformsTo(path: GraphPath, segments: Segment[], avoid?: ReadonlySet<string>): boolean {
  const ids = path.nodes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) return false;
  if (avoid && ids.slice(1, -1).some((id) => avoid.has(id))) return false;
  const fits = (hop: number, seg: Segment) => {
    const e = path.edges[hop]!;
    const forward = e.source === ids[hop];
    return seg.steps.some((s) => s.type === e.type && (s.direction === "out") === forward);
  };
  // Dynamic programming over (hop, segment, count) — segments are few and paths short.
  const go = (hop: number, seg: number, count: number): boolean => {
    const segment = segments[seg];
    if (!segment) return false;
    if (hop === path.edges.length) return count >= segment.min && segments.slice(seg + 1).every((s) => s.min === 0);
    if (count < segment.max && fits(hop, segment) && go(hop + 1, seg, count + 1)) return true;
    return count >= segment.min && go(hop, seg + 1, 0);
  };
  return path.edges.length > 0 && go(0, 0, 0);
}

const store = createEmbeddedStore(loadKnowledgeBase(FIXTURE_KB));
const g = store.graph;
const key = (p: GraphPath) => p.edges.map((e) => e.id).join(">");

/** Every simple path from start to end up to maxLen hops, ignoring types and directions. */
function allSimplePaths(start: string, end: string, maxLen: number): GraphPath[] {
  const out: GraphPath[] = [];
  const walk = (nodes: string[], edges: string[]) => {
    const here = nodes[nodes.length - 1]!;
    if (here === end && edges.length)
      return void out.push({ nodes: nodes.map((n) => nodeOf(g, n)), edges: edges.map((e) => edgeOf(g, e)) });
    if (edges.length === maxLen) return;
    for (const e of sortedEdges(g, here, "any")) {
      const next = g.opposite(here, e);
      if (!nodes.includes(next)) walk([...nodes, next], [...edges, e]);
    }
  };
  walk([start], []);
  return out;
}

const cases: [string, string, string, Segment[]][] = [
  ...LEVERAGE_KINDS.map((k): [string, string, string, Segment[]] => [
    `leverage ${k.id}`,
    "kazakhstan",
    "russia",
    k.segments,
  ]),
  ["routes to the EU", "kazakhstan", "european-union", routeSegments(6)],
  ["routes to the Black Sea", "tengiz-field", "black-sea", routeSegments(6)],
];

describe("pattern path matching", () => {
  it.each(cases)("finds exactly the conforming simple paths for %s", (_name, start, end, segments) => {
    const maxLen = segments.reduce((s, seg) => s + seg.max, 0);
    const found = matchPatternPaths(g, { start, end, segments, limit: 10_000 });
    const expected = allSimplePaths(start, end, maxLen).filter((p) => conformsTo(p, segments));
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
    expect(found.length).toBeGreaterThan(0);
  });

  it("never passes through an avoided node but may end on one", () => {
    const segments = routeSegments(6);
    const found = matchPatternPaths(g, {
      start: "kazakhstan",
      end: "black-sea",
      segments,
      avoid: new Set(["cpc-pipeline"]),
      limit: 100,
    });
    expect(found.every((p) => !p.nodes.slice(1, -1).some((n) => n.id === "cpc-pipeline"))).toBe(true);
    const toAvoided = matchPatternPaths(g, {
      start: "kazakhstan",
      end: "cpc-pipeline",
      segments,
      avoid: new Set(["cpc-pipeline"]),
      limit: 100,
    });
    expect(toAvoided.length).toBeGreaterThan(0);
  });

  it("rejects a path whose hop runs against its step's direction", () => {
    const [path] = matchPatternPaths(g, {
      start: "kazakhstan",
      end: "russia",
      segments: LEVERAGE_KINDS[0]!.segments,
      limit: 1,
    });
    const reversed: Segment[] = [
      { steps: [{ type: "DEPENDS_ON", direction: "in" }], min: 1, max: 1 },
      { steps: [{ type: "LOCATED_IN", direction: "in" }], min: 0, max: 2 },
    ];
    expect(conformsTo(path!, reversed)).toBe(false);
  });

  it("stops with a typed limit error past its expansion budget", () => {
    const q = { start: "kazakhstan", end: "european-union", segments: routeSegments(6), limit: 100 };
    expect(() => matchPatternPaths(g, q, 3)).toThrow(PathSearchLimitError);
    expect(() => matchPatternPaths(g, q, 3)).toThrow(expect.objectContaining({ code: "SearchLimitExceeded" }));
  });
});
