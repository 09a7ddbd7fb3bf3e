// Token listings Neo4j tools call on connect: db.labels, db.relationshipTypes, db.propertyKeys
// (in first-use order, like Neo4j's token order) and dbms.components.
import type { ProcedureDescriptor } from "../catalog/types.ts";
import { parseSignature } from "../catalog/signature.ts";
import type { Ctx } from "../executor/context.ts";
import type { ProcedureRow } from "../catalog/types.ts";

/** The engine speaks Neo4j 5.26's dialect; tools read this version to pick their queries. */
export const DIALECT_VERSION = "5.26.0";

export function procedure(
  signature: string,
  description: string,
  run: (ctx: Ctx) => Iterable<ProcedureRow>,
  mode: ProcedureDescriptor["mode"] = "READ",
): ProcedureDescriptor {
  const p = parseSignature(signature);
  return {
    name: p.name,
    signature,
    description,
    mode,
    inputs: p.params,
    outputs: p.outputs ?? [],
    run: (_a, ctx) => run(ctx),
  };
}

function* liveNodes(ctx: Ctx) {
  for (const n of ctx.store.nodes.values()) if (!n.deleted) yield n;
}

function labelsInUse(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const [label, set] of ctx.store.byLabel)
    for (const n of set)
      if (!n.deleted) {
        out.push(label);
        break;
      }
  return out;
}

function typesAndKeys(ctx: Ctx): { types: string[]; keys: string[] } {
  const types = new Set<string>(),
    keys = new Set<string>();
  const addKeys = (props: Record<string, unknown>) => {
    for (const k of Object.keys(props)) if (props[k] !== null && props[k] !== undefined) keys.add(k);
  };
  for (const n of liveNodes(ctx)) {
    addKeys(n.props);
    for (const r of n.out)
      if (!r.deleted) {
        types.add(r.type);
        addKeys(r.props);
      }
  }
  return { types: [...types], keys: [...keys] };
}

export const DB_PROCEDURES: ProcedureDescriptor[] = [
  procedure("db.labels() :: (label :: STRING)", "The labels nodes carry.", function* (ctx) {
    for (const label of labelsInUse(ctx)) yield { label };
  }),
  procedure("db.relationshipTypes() :: (relationshipType :: STRING)", "The types relationships have.", function* (ctx) {
    for (const relationshipType of typesAndKeys(ctx).types) yield { relationshipType };
  }),
  procedure(
    "db.propertyKeys() :: (propertyKey :: STRING)",
    "The property keys nodes and relationships use.",
    function* (ctx) {
      for (const propertyKey of typesAndKeys(ctx).keys) yield { propertyKey };
    },
  ),
  procedure(
    "dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)",
    "The component answering queries, with the Cypher dialect version it speaks.",
    () => [{ name: "Neo4j Kernel", versions: [DIALECT_VERSION], edition: "community" }],
    "DBMS",
  ),
];
