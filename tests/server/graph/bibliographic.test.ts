// The bibliographic types (REPORTED_ON, PUBLISHED_IN) say where a claim comes from, not how two
// actors are linked: paths and neighbourhoods leave them out unless relTypes names them.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import {
  BIBLIOGRAPHIC_RELATION_TYPES,
  DEFAULT_TRAVERSAL_TYPES,
  MENTIONS_TYPE,
  NOT_TRAVERSED_BY_DEFAULT,
  RELATION_TYPE_NAMES,
} from "../../../graph-data/schema/index.ts";
import { rankedPaths } from "../../../server/graph/paths.ts";
import { createEmbeddedStore } from "../../../server/store/create.ts";

const store = createEmbeddedStore(loadKnowledgeBase());
const ids = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id);
const throughLePoint = (p: { nodes: { id: string }[] }) => ids(p).includes("le-point");
const q = {
  from: "january-2022-unrest",
  to: "russian-exodus-to-kazakhstan-2022",
  maxHops: 2,
  k: 50,
  avoid: new Set<string>(),
};

describe("bibliographic relation types", () => {
  it("are one definition: MENTIONS and the bibliographic types are not walked by default", () => {
    expect([...BIBLIOGRAPHIC_RELATION_TYPES].sort()).toEqual(["PUBLISHED_IN", "REPORTED_ON"]);
    expect(NOT_TRAVERSED_BY_DEFAULT).toEqual([MENTIONS_TYPE, ...BIBLIOGRAPHIC_RELATION_TYPES]);
    expect(DEFAULT_TRAVERSAL_TYPES).toEqual(
      RELATION_TYPE_NAMES.filter((t) => !(BIBLIOGRAPHIC_RELATION_TYPES as readonly string[]).includes(t)),
    );
  });

  it("the knowledge base has the path through the newspaper (Le Point reported on both)", async () => {
    const { paths } = await rankedPaths(store, { ...q, relTypes: ["REPORTED_ON"] });
    expect(paths.map(ids)).toContainEqual(["january-2022-unrest", "le-point", "russian-exodus-to-kazakhstan-2022"]);
  });

  it("paths do not go through an outlet by default", async () => {
    const { paths } = await rankedPaths(store, q);
    expect(paths.some(throughLePoint)).toBe(false);
    for (const p of paths)
      for (const h of p.hops) expect(BIBLIOGRAPHIC_RELATION_TYPES as readonly string[]).not.toContain(h.type);
  });

  it("paths go through an outlet when the bibliographic types are asked for", async () => {
    const { paths } = await rankedPaths(store, { ...q, relTypes: [...DEFAULT_TRAVERSAL_TYPES, "REPORTED_ON"] });
    expect(paths.some(throughLePoint)).toBe(true);
  });

  it("neighbourhoods leave the bibliographic relations out unless asked for", async () => {
    const plain = await store.neighbourhood({ ids: ["le-point"], depth: 1 });
    expect(plain.edges.map((e) => e.type)).not.toContain("REPORTED_ON");
    const asked = await store.neighbourhood({ ids: ["le-point"], depth: 1, relTypes: ["REPORTED_ON"] });
    expect(asked.nodes.map((n) => n.id)).toContain("january-2022-unrest");
  });
});
