// SET and REMOVE items (properties, whole property maps with = / +=, labels), shared by the SET
// and REMOVE clauses and MERGE's ON CREATE / ON MATCH.
import type { RemoveItem, SetItem } from "../ast.ts";
import { typeError } from "../errors.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { NodeRec, RelRec, isMap, propsToMap, typeOf, type Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";

type Apply = (row: Row, ctx: Ctx) => void;

function entity(v: Value, what: string): NodeRec | RelRec | null {
  if (v === null) return null;
  if (v instanceof NodeRec || v instanceof RelRec) return v;
  throw typeError("InvalidArgumentType", `Cannot ${what} on ${typeOf(v)}`);
}

export function compileSetItem(it: SetItem, env: Env): Apply {
  if (it.k === "prop") {
    const obj = compileExpr(it.target.obj, env),
      val = compileExpr(it.value, env),
      key = it.target.key;
    return (row, ctx) => {
      const e = entity(obj(row, ctx), "set a property");
      if (e) ctx.mut.setProp(e, key, val(row, ctx));
    };
  }
  if (it.k === "labels") {
    const v = it.v,
      labels = it.labels;
    return (row, ctx) => {
      const n = row[v] ?? null;
      if (n === null) return;
      if (!(n instanceof NodeRec)) throw typeError("InvalidArgumentType", "Labels can only be set on nodes");
      for (const l of labels) ctx.mut.setLabel(n, l, true);
    };
  }
  const v = it.v,
    val = compileExpr(it.value, env),
    merge = it.merge;
  return (row, ctx) => {
    const e = entity(row[v] ?? null, "set properties");
    if (!e) return;
    let m = val(row, ctx);
    if (m instanceof NodeRec || m instanceof RelRec) m = propsToMap(m.props);
    if (m === null) m = {};
    if (!isMap(m)) throw typeError("InvalidArgumentType", `Expected a map, got ${typeOf(m)}`);
    if (!merge) for (const k of Object.keys(e.props)) if (!(k in m)) ctx.mut.setProp(e, k, null);
    for (const [k, x] of Object.entries(m)) ctx.mut.setProp(e, k, x);
  };
}

export function compileRemoveItem(it: RemoveItem, env: Env): Apply {
  if (it.k === "prop") {
    const obj = compileExpr(it.target.obj, env),
      key = it.target.key;
    return (row, ctx) => {
      const e = entity(obj(row, ctx), "remove a property");
      if (e) ctx.mut.setProp(e, key, null);
    };
  }
  const v = it.v,
    labels = it.labels;
  return (row, ctx) => {
    const n = row[v] ?? null;
    if (n === null) return;
    if (!(n instanceof NodeRec)) throw typeError("InvalidArgumentType", "Labels can only be removed from nodes");
    for (const l of labels) ctx.mut.setLabel(n, l, false);
  };
}
