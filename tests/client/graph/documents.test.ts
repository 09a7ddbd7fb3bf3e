// The documents layer in the client: hidden until the analyst asks, left out of the layout, and
// kept out of an entity's panel and neighbours (a document's own panel lists what it mentions).
import { describe, expect, it } from "vitest";
import type { ApiEdge, ApiNode, GraphData } from "../../../client/api/types.ts";
import { buildDisplayGraph } from "../../../client/graph/displayGraph.ts";
import { withoutMentions } from "../../../client/graph/documents.ts";
import { entityDetail, indexGraph, neighbours } from "../../../client/graph/entityDetail.ts";
import { isEdgeVisible, isNodeVisible } from "../../../client/graph/visibility.ts";
import { INITIAL_STATE, type ExplorerState } from "../../../client/state/explorer.ts";
import { decodeState, encodeState } from "../../../client/state/urlState.ts";

const node = (id: string, type: string): ApiNode => ({ id, type, name: id, aliases: [] });
const edge = (id: string, type: string, from: string, to: string): ApiEdge => ({
  id,
  type,
  from,
  to,
  conflictsWith: [],
  evidence: [],
});

const data: GraphData = {
  nodes: [node("kazakhstan", "State"), node("russia", "State"), node("senat-report", "Document")],
  edges: [
    edge("kz-borders-ru", "BORDERS", "kazakhstan", "russia"),
    edge("senat-report:mentions:kazakhstan", "MENTIONS", "senat-report", "kazakhstan"),
  ],
};
const display = buildDisplayGraph(data, new Map());
const withDocuments: ExplorerState = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, showDocuments: true } };

describe("the documents layer", () => {
  it("hides documents and their MENTIONS by default and shows them when asked", () => {
    const doc = display.getNodeAttributes("senat-report");
    const mention = display.getEdgeAttributes("senat-report:mentions:kazakhstan");
    expect(isNodeVisible("senat-report", doc, INITIAL_STATE)).toBe(false);
    expect(isEdgeVisible(mention, INITIAL_STATE)).toBe(false);
    expect(isNodeVisible("kazakhstan", display.getNodeAttributes("kazakhstan"), INITIAL_STATE)).toBe(true);
    expect(isNodeVisible("senat-report", doc, withDocuments)).toBe(true);
    expect(isEdgeVisible(mention, withDocuments)).toBe(true);
  });

  it("keeps the choice in the address", () => {
    const search = encodeState(withDocuments, null);
    expect(search).toContain("docs=1");
    expect(decodeState(search).state.filters.showDocuments).toBe(true);
    expect(decodeState(encodeState(INITIAL_STATE, null)).state.filters.showDocuments).toBe(false);
  });

  it("lays the graph out without MENTIONS", () => {
    expect(withoutMentions(data).edges.map((e) => e.id)).toEqual(["kz-borders-ru"]);
    expect(withoutMentions(data).nodes).toHaveLength(3);
  });

  it("leaves MENTIONS out of an entity's panel and neighbours, not out of the document's", () => {
    const index = indexGraph(data);
    expect(neighbours(index, "kazakhstan")).toEqual(["russia"]);
    expect(JSON.stringify(entityDetail(index, "kazakhstan"))).not.toContain("MENTIONS");
    expect(neighbours(index, "senat-report")).toEqual(["kazakhstan"]);
  });
});
