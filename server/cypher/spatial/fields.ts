// Point accessors: x, y, z, longitude, latitude, height, crs, srid; a field the point does not
// have (latitude of a Cartesian point, z of a 2D one) is an error, as in Neo4j.
import { argumentError } from "../errors.ts";
import type { Value } from "../values.ts";
import type { PointVal } from "./point.ts";

export function pointField(p: PointVal, name: string): Value {
  const key = name.toLowerCase();
  if (key === "crs") return p.crs.name;
  if (key === "srid") return BigInt(p.crs.srid);
  const index: Record<string, number> = p.crs.geographic
    ? { x: 0, y: 1, z: 2, longitude: 0, latitude: 1, height: 2 }
    : { x: 0, y: 1, z: 2 };
  const i = index[key];
  if (i === undefined) {
    if (["longitude", "latitude", "height"].includes(key))
      throw argumentError("InvalidArgumentValue", `Field: ${name} is not available on cartesian point: ${p}`);
    throw argumentError("InvalidArgumentValue", `No such field: ${name}`);
  }
  if (i >= p.coords.length)
    throw argumentError("InvalidArgumentValue", `Field: ${name} is not available on point: ${p}`);
  return p.coords[i];
}
