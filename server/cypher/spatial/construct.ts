// point({x, y[, z][, crs | srid]}) and point({longitude, latitude[, height][, crs | srid]}): the
// map's keys choose the reference system unless crs or srid names it; other keys are ignored.
import { argumentError, typeError } from "../errors.ts";
import { isMap, typeOf, type Value } from "../values.ts";
import { crsNamed, crsOfSrid, makePoint, type Crs, type PointVal } from "./point.ts";

function coordinate(key: string, v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw argumentError("InvalidArgumentType", `Cannot assign ${typeOf(v)} to field '${key}' of a point`);
}

export function pointFromMap(v: Value): Value {
  if (v === null) return null;
  if (!isMap(v)) throw typeError("InvalidArgumentType", `point() expects a MAP, got ${typeOf(v)}`);
  // keys are case-sensitive, as in Neo4j ({X: 1, Y: 2} is no point)
  const get = (k: string) => (Object.hasOwn(v, k) ? v[k] : undefined);
  const cartesian = get("x") !== undefined || get("y") !== undefined;
  const keys = cartesian ? ["x", "y", "z"] : ["longitude", "latitude", "height"];
  const given = keys.map(get);
  if (given[0] === undefined || given[1] === undefined)
    throw argumentError(
      "InvalidArgumentValue",
      `A map with keys ${Object.keys(v)
        .map((k) => `'${k}'`)
        .join(", ")} is not describing a valid point: give {x, y[, z]} or {longitude, latitude[, height]}`,
    );
  if (given.some((g) => g === null)) return null;
  // a geographic point's third coordinate may also be called z
  if (!cartesian && given[2] === undefined && get("z") !== undefined) given[2] = get("z");
  const coords = given.filter((g) => g !== undefined).map((g, i) => coordinate(keys[i], g as Value));
  return makePoint(crsFor(get("crs"), get("srid"), !cartesian, coords.length), coords);
}

function crsFor(crs: Value | undefined, srid: Value | undefined, geographic: boolean, dims: number): Crs {
  if (crs !== undefined && crs !== null && srid !== undefined && srid !== null)
    throw argumentError("InvalidArgumentValue", "Cannot specify both CRS and SRID");
  if (typeof crs === "string") return crsNamed(crs);
  if (typeof srid === "bigint") return crsOfSrid(Number(srid));
  if (crs !== undefined && crs !== null) throw argumentError("InvalidArgumentType", "crs must be a STRING");
  if (srid !== undefined && srid !== null) throw argumentError("InvalidArgumentType", "srid must be an INTEGER");
  return crsNamed(geographic ? (dims === 3 ? "wgs-84-3d" : "wgs-84") : dims === 3 ? "cartesian-3d" : "cartesian");
}

export type { PointVal };
