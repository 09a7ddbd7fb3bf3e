// Updating clauses as push operators: CREATE, MERGE, SET, REMOVE, DELETE / DETACH DELETE.
import type { Clause } from "../ast.ts";
import { typeError } from "../errors.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { NodeRec, PathVal, RelRec, typeOf, type Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileCreatePattern } from "./create.ts";
import { compileMatcher, patternVars } from "./match.ts";
import type { CompiledClause } from "./read-clauses.ts";
import { compileRemoveItem, compileSetItem } from "./set.ts";

type PerRow = (row: Row, ctx: Ctx) => void;

/** Wraps a per-row side effect as a pass-through operator. */
const each = (scope: Set<string>, f: PerRow): CompiledClause => ({
  scope,
  op: (next, ctx) => ({
    push: (row) => {
      f(row, ctx);
      return next.push(row);
    },
    end: () => next.end(),
  }),
});

export function compileCreate(c: Clause & { k: "create" }, env: Env): CompiledClause {
  const creators = c.patterns.map((p) => compileCreatePattern(p, env));
  const scope = new Set([...env.scope, ...patternVars(c.patterns)]);
  return {
    scope,
    op: (next, ctx) => ({
      push(row) {
        const r = { ...row };
        for (const cr of creators) cr(r, ctx);
        return next.push(r);
      },
      end: () => next.end(),
    }),
  };
}

export function compileMerge(c: Clause & { k: "merge" }, env: Env): CompiledClause {
  const matcher = compileMatcher([c.pattern], undefined, env);
  const creator = compileCreatePattern(c.pattern, env, true);
  const scope = new Set([...env.scope, ...patternVars([c.pattern])]);
  const onMatch = c.onMatch.map((s) => compileSetItem(s, { scope }));
  const onCreate = c.onCreate.map((s) => compileSetItem(s, { scope }));
  return {
    scope,
    op: (next, ctx) => ({
      push(row) {
        const found: Row[] = [];
        matcher(row, ctx, (r) => {
          found.push({ ...r });
          return true;
        });
        if (found.length) {
          for (const r of found) {
            for (const s of onMatch) s(r, ctx);
            if (!next.push(r)) return false;
          }
          return true;
        }
        const r = { ...row };
        creator(r, ctx);
        for (const s of onCreate) s(r, ctx);
        return next.push(r);
      },
      end: () => next.end(),
    }),
  };
}

export function compileSet(c: Clause & { k: "set" }, env: Env): CompiledClause {
  const items = c.items.map((i) => compileSetItem(i, env));
  return each(env.scope, (row, ctx) => {
    for (const i of items) i(row, ctx);
  });
}

export function compileRemove(c: Clause & { k: "remove" }, env: Env): CompiledClause {
  const items = c.items.map((i) => compileRemoveItem(i, env));
  return each(env.scope, (row, ctx) => {
    for (const i of items) i(row, ctx);
  });
}

export function compileDelete(c: Clause & { k: "delete" }, env: Env): CompiledClause {
  const exprs = c.exprs.map((e) => compileExpr(e, env)),
    detach = c.detach;
  const del = (v: Value, ctx: Ctx): void => {
    if (v === null) return;
    if (v instanceof NodeRec) ctx.mut.deleteNode(v, detach);
    else if (v instanceof RelRec) ctx.mut.deleteRel(v);
    else if (v instanceof PathVal) {
      v.rels.forEach((r) => ctx.mut.deleteRel(r));
      v.nodes.forEach((n) => ctx.mut.deleteNode(n, detach));
    } else throw typeError("InvalidArgumentType", `Cannot delete a ${typeOf(v)}`);
  };
  return each(env.scope, (row, ctx) => {
    for (const f of exprs) del(f(row, ctx), ctx);
  });
}
