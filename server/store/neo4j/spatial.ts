// Driver points become the engine's points, so both stores print a point the same way (as Neo4j's
// toString does: point({x: 1.0, y: 2.0, crs: 'cartesian'})).
import neo4j from "neo4j-driver";
import { PointVal, crsOfSrid } from "../../cypher/spatial/point.ts";

type Num = number | { toNumber(): number };
const num = (v: Num) => (typeof v === "number" ? v : v.toNumber());

/** The engine value of a driver point, or undefined when `v` is none. */
export function pointFromDriver(v: unknown): PointVal | undefined {
  if (!neo4j.isPoint(v)) return undefined;
  const p = v as unknown as { srid: Num; x: number; y: number; z?: number };
  const coords = p.z === undefined ? [p.x, p.y] : [p.x, p.y, p.z];
  return new PointVal(crsOfSrid(num(p.srid)), coords);
}
