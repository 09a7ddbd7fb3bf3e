// CREATE and the creating half of MERGE: instantiates a pattern for one row, reusing variables
// that are already bound and creating every other node and relationship.
import type { PathPattern } from "../ast.ts";
import { CypherError, typeError } from "../errors.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import type { RelRec } from "../values.ts";
import { NodeRec, PathVal, isMap, typeOf, type Value } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";

type PropsFn = ((row: Row, ctx: Ctx) => [string, Value][]) | undefined;

function compilePropEntries(e: PathPattern["nodes"][number]["props"], env: Env): PropsFn {
  if (!e) return undefined;
  if (e.k === "map") {
    const entries = e.entries.map(([k, x]) => [k, compileExpr(x, env)] as [string, Fn]);
    return (row, ctx) => entries.map(([k, f]) => [k, f(row, ctx)]);
  }
  const f = compileExpr(e, env);
  return (row, ctx) => {
    const m = f(row, ctx);
    if (m === null) return [];
    if (!isMap(m)) throw typeError("InvalidArgumentType", `Expected a map of properties, got ${typeOf(m)}`);
    return Object.entries(m);
  };
}

export type Creator = (row: Row, ctx: Ctx) => void;

/** Returns a function that creates `p` in the graph, binding its variables into `row`. */
export function compileCreatePattern(p: PathPattern, env: Env, merge = false): Creator {
  const wrap = (f: PropsFn): PropsFn =>
    !f || !merge
      ? f
      : (row, ctx) => {
          const entries = f(row, ctx);
          // a null property can never be matched again, so MERGE refuses to create it
          if (entries.some(([, v]) => v === null))
            throw new CypherError(
              "SemanticError",
              "MergeReadOwnWrites",
              "Cannot merge an entity with a null property value",
              "runtime",
            );
          return entries;
        };
  const nodes = p.nodes.map((n) => ({ n, props: wrap(compilePropEntries(n.props, env)) }));
  const rels = p.rels.map((r) => ({ r, props: wrap(compilePropEntries(r.props, env)) }));
  return (row, ctx) => {
    const made: NodeRec[] = [];
    for (const { n, props } of nodes) {
      const existing = n.v !== undefined ? row[n.v] : undefined;
      if (existing !== undefined) {
        if (!(existing instanceof NodeRec))
          throw new CypherError("SemanticError", "VariableTypeConflict", `Variable ${n.v} is not a node`, "runtime");
        if (existing.deleted)
          throw new CypherError("EntityNotFound", "DeletedEntityAccess", "Node was deleted", "runtime");
        made.push(existing);
        continue;
      }
      const node = ctx.mut.createNode(n.labels, props ? props(row, ctx) : []);
      if (n.v !== undefined) row[n.v] = node;
      made.push(node);
    }
    const madeRels: RelRec[] = [];
    rels.forEach(({ r, props }, i) => {
      const [s, t] = r.dir === "in" ? [made[i + 1], made[i]] : [made[i], made[i + 1]];
      const rel = ctx.mut.createRel(r.types[0], s, t, props ? props(row, ctx) : []);
      if (r.v !== undefined) row[r.v] = rel;
      madeRels.push(rel);
    });
    if (p.v) row[p.v] = new PathVal(made, madeRels);
  };
}
