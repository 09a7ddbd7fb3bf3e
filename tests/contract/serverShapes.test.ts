// The server's own types for what it sends are the contract's shapes: checked by the type
// checker (`npm run check` compiles the tests), and at run time by parsing answers the graph
// functions compute on the fixture knowledge base.
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { loadKnowledgeBase } from "../../graph-data/load.ts";
import type { Hop } from "../../contract/index.ts";
import { LeveragePath, LeverSectorGroup, Route } from "../../contract/index.ts";
import { resolveAvoid } from "../../server/graph/avoid.ts";
import type { HopView } from "../../server/graph/evidence.ts";
import { leveragePaths, type LeveragePath as ServerLeveragePath } from "../../server/graph/leverage.ts";
import type { LeverSectorGroup as ServerLeverGroup } from "../../server/graph/levers.ts";
import { routesOut, type Route as ServerRoute } from "../../server/graph/routes.ts";
import { createEmbeddedStore } from "../../server/store/create.ts";
import type { GraphStore } from "../../server/store/types.ts";
import { FIXTURE_KB } from "../helpers/server.ts";

describe("the server's answer types", () => {
  it("are assignable to the contract's shapes", () => {
    expectTypeOf<HopView>().toExtend<z.input<typeof Hop>>();
    expectTypeOf<ServerLeveragePath>().toExtend<z.input<typeof LeveragePath>>();
    expectTypeOf<ServerLeverGroup>().toExtend<z.input<typeof LeverSectorGroup>>();
    expectTypeOf<ServerRoute>().toExtend<z.input<typeof Route>>();
  });

  let store: GraphStore;
  beforeAll(async () => void (store = await createEmbeddedStore(loadKnowledgeBase(FIXTURE_KB))));

  it("parse with the contract as computed", async () => {
    const leverage = await leveragePaths(store, { controller: "russia", dependent: "kazakhstan", limit: 50 });
    expect(leverage.paths.every((p) => LeveragePath.safeParse(p).success)).toBe(true);
    expect(leverage.levers.every((g) => LeverSectorGroup.safeParse(g).success)).toBe(true);
    const avoid = await resolveAvoid(store, ["russia-controlled"]);
    const routes = await routesOut(store, {
      from: "kazakhstan",
      avoid: avoid.ids,
      avoidLabel: "x",
      maxHops: 6,
      limit: 20,
    });
    expect(routes.routes.length).toBeGreaterThan(0);
    expect(routes.routes.every((r) => Route.safeParse(r).success)).toBe(true);
  });
});
