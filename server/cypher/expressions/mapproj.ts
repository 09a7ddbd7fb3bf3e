// Map projection `v{.a, .*, k: expr, other}` over nodes, relationships and maps.
import type { Expr } from "../ast.ts";
import { typeError } from "../errors.ts";
import type { Fn } from "../executor/context.ts";
import { NodeRec, RelRec, isMap, propsToMap, typeOf, type MapValue } from "../values.ts";
import { getProp } from "./access.ts";
import { compileExpr, type Env } from "./compile.ts";

export function compileMapProjection(e: Expr & { k: "mapproj" }, env: Env): Fn {
  const v = e.v;
  const items = e.items.map((it) => (it.k === "lit" ? { ...it, f: compileExpr(it.e, env) } : { ...it, f: undefined }));
  return (row, ctx) => {
    const o = row[v] ?? null;
    if (o === null) return null;
    if (!(o instanceof NodeRec || o instanceof RelRec || isMap(o)))
      throw typeError("InvalidArgumentType", `Cannot project a map from ${typeOf(o)}`);
    const out: MapValue = {};
    for (const it of items) {
      switch (it.k) {
        case "all":
          Object.assign(out, isMap(o) ? o : propsToMap(o.props));
          break;
        case "prop":
          out[it.key] = getProp(o, it.key);
          break;
        case "var":
          out[it.name] = row[it.name] ?? null;
          break;
        case "lit":
          out[it.key] = it.f!(row, ctx);
          break;
      }
    }
    return out;
  };
}
