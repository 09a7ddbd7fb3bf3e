// GET /api/meta: what the client needs to build its filters — store kind, counts by label and
// relationship type, the source documents, the relation vocabulary with directions, the entity
// types, the year range, the named avoid sets and leverage kinds the analyses accept, and the Cypher
// functions and procedures the console completes.
import type { Router } from "express";
import { z } from "zod";
import { ENTITY_LABEL, ENTITY_TYPES, RELATION_TYPES, THEMES } from "../../graph-data/schema/index.ts";
import { CONTROL_TYPES, FLOW_TYPES } from "../graph/steps.ts";
import { NAMED_SETS } from "../graph/namedSets.ts";
import { LEVERAGE_KINDS } from "../graph/leverageKinds.ts";
import { BUILTINS } from "../cypher/catalog/index.ts";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

const Query = z.strictObject({});

const familyOf = (type: string) =>
  type === "DEPENDS_ON"
    ? "dependence"
    : (CONTROL_TYPES as readonly string[]).includes(type) || type === "LOCATED_IN"
      ? "control"
      : (FLOW_TYPES as readonly string[]).includes(type) || type === "TRADES_WITH"
        ? "flow"
        : "other";

/** The engine catalog's functions (one entry per name) and procedures, for the console's completion. */
function cypherCallables() {
  const { functions, procedures } = BUILTINS.listing();
  const seen = new Set<string>();
  return {
    functions: functions
      .filter((f) => !seen.has(f.name) && seen.add(f.name))
      .map(({ name, signature }) => ({ name, signature })),
    procedures: procedures.map(({ name, signature, returnItems }) => ({ name, signature, returnItems })),
  };
}

export function metaRoutes(api: Router, ctx: AppContext): void {
  api.get("/meta", async (req, res) => {
    parse(Query, req.query, "query");
    const catalog = await ctx.catalogs.get();
    const { nodes, edges } = catalog.snapshot;
    await sendRemembered(res, catalog, "meta", async () => ({
      store: ctx.store.kind,
      generation: catalog.generation,
      counts: {
        nodes: nodes.length,
        relationships: edges.length,
        byLabel: catalog.countBy(nodes, (n) => n.label),
        byType: catalog.countBy(edges, (e) => e.type),
      },
      documents: ctx.store.documents,
      entityTypes: ENTITY_TYPES,
      entityLabel: ENTITY_LABEL,
      themes: THEMES,
      relationTypes: Object.entries(RELATION_TYPES).map(([type, description]) => ({
        type,
        description,
        family: familyOf(type),
      })),
      years: catalog.yearRange(),
      namedSets: NAMED_SETS.map(({ id, description }) => ({ id, description })),
      leverageKinds: LEVERAGE_KINDS.map(({ id, description }) => ({ id, description })),
      cypher: cypherCallables(),
    }));
  });
}
