// The GraphStore contract, written once and run against every store (embedded always, Neo4j
// where NEO4J_URI is set), over the fixture knowledge base. Includes the analyses built on the
// store, so "both stores give the same answers" is checked by the same expectations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leveragePaths } from "../../../server/graph/leverage.ts";
import { diversificationRoutes, routesOut } from "../../../server/graph/routes.ts";
import { rankedPaths } from "../../../server/graph/paths.ts";
import { resolveAvoid } from "../../../server/graph/avoid.ts";
import { CONTROL_REACH } from "../../../server/graph/steps.ts";
import type { GraphStore } from "../../../server/store/types.ts";

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const LIMITS = { timeoutMs: 5000, maxRows: 1000 };

export function storeContract(name: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store?.close());

    it("returns the whole graph as plain nodes and edges sorted by id", async () => {
      const g = await store.snapshot();
      // 31 entities and the 5 documents; 46 relations and a MENTIONS from a document per mention.
      expect(g.nodes.filter((n) => n.label !== "Document").length).toBe(31);
      expect(g.nodes.filter((n) => n.label === "Document").length).toBe(5);
      expect(g.edges.filter((e) => e.type !== "MENTIONS").length).toBe(46);
      const csto = g.edges.find((e) => e.id === "senat-report:mentions:csto");
      expect(csto).toMatchObject({ type: "MENTIONS", source: "senat-report", target: "csto" });
      expect(ids(g.nodes)).toEqual([...ids(g.nodes)].sort());
      const port = g.nodes.find((n) => n.id === "novorossiysk-port")!;
      expect(port).toMatchObject({
        label: "Infrastructure",
        properties: { subtype: "port", name: "Port of Novorossiysk" },
      });
      const dep = g.edges.find((e) => e.id === "kz-depends-novorossiysk-80")!;
      expect(dep).toMatchObject({ type: "DEPENDS_ON", source: "kazakhstan", target: "novorossiysk-port" });
      expect(dep.properties.share).toBe(0.8);
      expect(dep.properties.year).toBe(2022);
      expect(typeof dep.properties.year).toBe("number");
      expect(dep.properties.sources).toEqual(["senat-report"]);
    });

    it("finds a node by id and nothing for an unknown id", async () => {
      expect((await store.node("csto"))?.properties.aliases).toEqual(["CSTO", "OTSC"]);
      expect(await store.node("atlantis")).toBeUndefined();
    });

    it("lists every relationship touching a node, in both directions", async () => {
      const rels = await store.incident("csto");
      expect(rels.map((r) => r.edge.id).sort()).toEqual([
        "csto-intervened-unrest",
        "kz-member-csto",
        "russia-leads-csto",
        "senat-report:mentions:csto",
      ]);
      expect(rels.find((r) => r.edge.id === "russia-leads-csto")?.other.id).toBe("russia");
    });

    it("expands a neighbourhood with type, relationship and year filters", async () => {
      const one = await store.neighbourhood({ ids: ["novorossiysk-port"], depth: 1 });
      expect(ids(one.nodes)).toEqual([
        "black-sea",
        "cpc-pipeline",
        "european-union",
        "kazakhstan",
        "novorossiysk-port",
        "russia",
      ]);
      const states = await store.neighbourhood({ ids: ["novorossiysk-port"], depth: 1, types: ["State"] });
      expect(ids(states.nodes)).toEqual(["kazakhstan", "novorossiysk-port", "russia"]);
      const deps = await store.neighbourhood({ ids: ["kazakhstan"], depth: 1, relTypes: ["DEPENDS_ON"] });
      expect(deps.edges.every((e) => e.type === "DEPENDS_ON")).toBe(true);
      const y2024 = await store.neighbourhood({
        ids: ["kazakhstan"],
        depth: 1,
        relTypes: ["EXPORTS_VIA"],
        from: 2024,
        to: 2024,
      });
      expect(ids(y2024.edges)).toEqual(["kz-exports-aktau", "kz-exports-titr"]);
    });

    it("computes the closure of control and location from a state", async () => {
      const controlled = await store.closure("russia", CONTROL_REACH);
      expect([...controlled].sort()).toEqual([
        "cpc-pipeline",
        "csto",
        "novorossiysk-port",
        "omsk-refinery",
        "orenburg-refinery",
        "russia",
        "russian-oil-export-pipelines",
        "transneft",
      ]);
    });

    it("matches pattern paths with per-segment types and directions", async () => {
      const paths = await store.matchPaths({
        start: "kazakhstan",
        end: "russia",
        segments: [
          { steps: [{ type: "DEPENDS_ON", direction: "out" }], min: 1, max: 1 },
          { steps: [{ type: "LOCATED_IN", direction: "out" }], min: 0, max: 1 },
        ],
        limit: 100,
      });
      expect(paths.map((p) => p.edges.map((e) => e.id).join(">")).sort()).toEqual([
        "kz-depends-novorossiysk-66>novorossiysk-in-russia",
        "kz-depends-novorossiysk-80>novorossiysk-in-russia",
        "kz-depends-omsk>omsk-in-russia",
        "kz-depends-orenburg>orenburg-in-russia",
        "kz-depends-russia-arms",
        "kz-depends-russian-pipelines>russian-pipelines-in-russia",
      ]);
    });

    it("ranks leverage paths by the product of known shares, unknown shares last", async () => {
      const { paths } = await leveragePaths(store, { controller: "russia", dependent: "kazakhstan", limit: 50 });
      expect(paths.slice(0, 4).map((p) => [p.nodes[1]!.id, p.score])).toEqual([
        ["russian-oil-export-pipelines", 0.98],
        ["novorossiysk-port", 0.8],
        ["novorossiysk-port", 0.66],
        ["russia", 0.35],
      ]);
      const firstUnknown = paths.findIndex((p) => p.score === null);
      expect(paths.slice(firstUnknown).every((p) => p.score === null)).toBe(true);
    });

    it("folds leverage paths into levers by sector, merging two documents' figures and marking them disputed", async () => {
      const { levers } = await leveragePaths(store, { controller: "russia", dependent: "kazakhstan", limit: 1 });
      const oil = levers.find((g) => g.id === "oil-exports")!;
      expect(oil.label).toBe("Oil exports");
      const port = oil.levers.find((l) => l.asset.id === "novorossiysk-port")!;
      expect(port.figures.map((f) => f.share)).toEqual([0.8, 0.66]);
      expect(port.maxShare).toBe(0.8);
      expect(port.disputed).toBe(true);
      expect(port.documents).toEqual(expect.arrayContaining(["senat-report", "wiki-relations"]));
      expect(port.figures[0]!.conflicts.map((c) => c.id)).toEqual(["kz-depends-novorossiysk-66"]);
      expect(port.figures[0]!.conflicts[0]!.evidence[0]!.document).toBe("wiki-relations");
      // Each asset appears once per sector, and groups come largest share first, unknown last.
      const keys = levers.flatMap((g) => g.levers.map((l) => l.id));
      expect(new Set(keys).size).toBe(keys.length);
      const maxima = levers.map((g) => g.maxShare);
      const known = maxima.filter((m): m is number => m !== null);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(maxima.slice(known.length).every((m) => m === null)).toBe(true);
    });

    it("attaches the disputing claim to a hop whose figure another document contradicts", async () => {
      const { paths } = await leveragePaths(store, { controller: "russia", dependent: "kazakhstan", limit: 50 });
      const hop = paths.flatMap((p) => p.hops).find((h) => h.edge === "kz-depends-novorossiysk-66")!;
      expect(hop.conflicts?.map((c) => [c.id, c.figures.share, c.evidence[0]!.document])).toEqual([
        ["kz-depends-novorossiysk-80", 0.8, "senat-report"],
      ]);
    });

    it("ranks every destination without one, and lists the destinations avoided nodes block", async () => {
      const avoid = await resolveAvoid(store, ["russia-controlled"]);
      const q = { avoid: avoid.ids, avoidLabel: "russia-controlled", maxHops: 6, limit: 20 };
      const all = await routesOut(store, { ...q, from: "kazakhstan" });
      expect(all.routes.length).toBeGreaterThan(1);
      const values = all.routes.map((r) => r.bottleneck?.normalised.value ?? -1);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const sea = all.blocked?.find((b) => b.to.id === "black-sea");
      expect(sea?.blockedBy.map((n) => n.id)).toContain("novorossiysk-port");
    });

    it("finds routes avoiding Russian-controlled nodes, or says which nodes block them", async () => {
      const avoid = await resolveAvoid(store, ["russia-controlled"]);
      const q = { avoid: avoid.ids, avoidLabel: "russia-controlled", maxHops: 6, limit: 10 };
      const eu = await diversificationRoutes(store, { ...q, from: "kazakhstan", to: "european-union" });
      expect(eu.routes[0]!.nodes.map((n) => n.id)).toContain("baku-tbilisi-ceyhan-pipeline");
      const sea = await diversificationRoutes(store, { ...q, from: "kazakhstan", to: "black-sea" });
      expect(sea.routes).toEqual([]);
      expect(sea.explanation?.blockedPaths[0]!.blockedBy.map((n) => n.id)).toContain("novorossiysk-port");
    });

    it("ranks simple paths by length then strength", async () => {
      const { paths } = await rankedPaths(store, {
        from: "kazakhstan",
        to: "black-sea",
        maxHops: 3,
        k: 3,
        avoid: new Set(),
      });
      expect(paths[0]!.nodes.map((n) => n.id)).toEqual(["kazakhstan", "novorossiysk-port", "black-sea"]);
      expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort());
    });

    it("runs read-only Cypher and returns rows plus the nodes and relationships in them", async () => {
      const out = await store.cypher(
        "MATCH (a {id: $id})-[r:LOCATED_IN]->(b) RETURN a.name AS name, r, b ORDER BY b.id",
        { id: "novorossiysk-port" },
        LIMITS,
      );
      expect(out.columns).toEqual(["name", "r", "b"]);
      expect(out.rows.length).toBe(2);
      expect(ids(out.graph.nodes).sort()).toEqual(["black-sea", "novorossiysk-port", "russia"]);
      expect(ids(out.graph.edges).sort()).toEqual(["novorossiysk-in-russia", "novorossiysk-on-black-sea"]);
      const count = await store.cypher("MATCH (n:State) RETURN count(n) AS n", {}, LIMITS);
      expect(count.rows).toEqual([[7]]);
    });

    it("gives every entity and document the Entity label beside its type, type label first in node values", async () => {
      const out = await store.cypher(
        "MATCH (n:Entity {id: $id}) RETURN n, labels(n) AS labels",
        { id: "kazakhstan" },
        LIMITS,
      );
      const [node, labels] = out.rows[0] as [{ labels: string[] }, string[]];
      expect(node.labels).toEqual(["State", "Entity"]);
      expect([...labels].sort()).toEqual(["Entity", "State"]);
      expect(out.graph.nodes[0]).toMatchObject({ id: "kazakhstan", label: "State" });
      const all = await store.cypher("MATCH (n:Entity) RETURN count(n) AS n", {}, LIMITS);
      expect(all.rows).toEqual([[36]]);
      const doc = await store.cypher("MATCH (d:Entity {id: 'senat-report'}) RETURN labels(d) AS l", {}, LIMITS);
      expect((doc.rows[0]![0] as string[]).sort()).toEqual(["Document", "Entity"]);
    });

    it("rejects updating Cypher with the ReadOnly code", async () => {
      await expect(store.cypher("CREATE (n:State {id: 'x'})", {}, LIMITS)).rejects.toMatchObject({ code: "ReadOnly" });
    });

    it("reports a syntax error with its line and column", async () => {
      await expect(store.cypher("MATCH (n\nRETURN n", {}, LIMITS)).rejects.toMatchObject({
        code: "CypherError",
        details: { position: { line: 2 } },
      });
    });
  });
}
