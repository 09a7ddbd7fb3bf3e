// Property access, indexing and slicing on nodes, relationships, maps and lists.
import { CypherError, typeError } from "../errors.ts";
import { pointField } from "../spatial/fields.ts";
import { PointVal } from "../spatial/point.ts";
import { DurationVal, TemporalVal, durationField, temporalField } from "../temporal/index.ts";
import { NodeRec, RelRec, isMap, readProp, typeOf, type Value } from "../values.ts";

const deleted = () => new CypherError("EntityNotFound", "DeletedEntityAccess", "Entity was deleted", "runtime");

export function getProp(o: Value, key: string): Value {
  if (o === null) return null;
  if (o instanceof NodeRec || o instanceof RelRec) {
    if (o.deleted) throw deleted();
    return readProp(o.props, key);
  }
  // Own entries only: `{}`.constructor is null, not Object's constructor.
  if (isMap(o)) return Object.hasOwn(o, key) ? (o[key] ?? null) : null;
  if (o instanceof TemporalVal) return temporalField(o, key);
  if (o instanceof DurationVal) return durationField(o, key);
  if (o instanceof PointVal) return pointField(o, key);
  throw typeError("InvalidArgumentType", `Cannot read property '${key}' of ${typeOf(o)}`);
}

function toIndex(i: Value): number {
  if (typeof i !== "bigint") throw typeError("InvalidArgumentType", `List index must be an INTEGER, got ${typeOf(i)}`);
  return Number(i);
}

export function index(o: Value, i: Value): Value {
  if (o === null || i === null) return null;
  if (Array.isArray(o)) {
    let n = toIndex(i);
    if (n < 0) n += o.length;
    return n >= 0 && n < o.length ? o[n] : null;
  }
  if (isMap(o) || o instanceof NodeRec || o instanceof RelRec) {
    if (typeof i !== "string")
      throw typeError("MapElementAccessByNonString", `Map key must be a STRING, got ${typeOf(i)}`);
    return getProp(o, i);
  }
  throw typeError("InvalidArgumentType", `Cannot index into ${typeOf(o)}`);
}

export function slice(o: Value, from: Value | undefined, to: Value | undefined): Value {
  if (o === null || from === null || to === null) return null;
  if (!Array.isArray(o)) throw typeError("InvalidArgumentType", `Cannot slice ${typeOf(o)}`);
  const len = o.length;
  const norm = (v: Value | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    const n = toIndex(v);
    return Math.max(0, Math.min(len, n < 0 ? n + len : n));
  };
  return o.slice(norm(from, 0), norm(to, len));
}
