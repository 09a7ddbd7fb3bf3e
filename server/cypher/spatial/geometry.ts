// point.distance (Euclidean for Cartesian points; haversine on a sphere of Neo4j's Earth radius for
// WGS-84, with the height difference added in 3D) and point.withinBBox (a WGS-84 box whose west
// edge lies east of its east edge crosses the antimeridian). Points of different systems give null.
import type { PointVal } from "./point.ts";

const EARTH_RADIUS_METERS = 6378140.0;
// Java's toRadians multiplies by one constant; dividing after would round differently
const DEGREES_TO_RADIANS = 0.017453292519943295;
const rad = (d: number) => d * DEGREES_TO_RADIANS;

/** Central angle between two positions, from their coordinates in radians (haversine). */
function centralAngle(a: number[], b: number[]): number {
  const [lon1, lat1] = [rad(a[0]), rad(a[1])],
    [lon2, lat2] = [rad(b[0]), rad(b[1])];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

export function distance(a: PointVal, b: PointVal): number | null {
  if (a.crs !== b.crs) return null;
  if (!a.crs.geographic) return Math.sqrt(a.coords.reduce((s, c, i) => s + (c - b.coords[i]) ** 2, 0));
  const angle = centralAngle(a.coords, b.coords);
  if (a.crs.dims === 2) return EARTH_RADIUS_METERS * angle;
  // in 3D the arc runs at the mean height, and the height difference is added square-wise
  const ground = (EARTH_RADIUS_METERS + (a.coords[2] + b.coords[2]) / 2) * angle;
  const dh = a.coords[2] - b.coords[2];
  return Math.sqrt(ground * ground + dh * dh);
}

/** Inclusive bounds; on WGS-84 a lower bound above its upper bound wraps (across the antimeridian). */
export function withinBBox(p: PointVal, lowerLeft: PointVal, upperRight: PointVal): boolean | null {
  if (p.crs !== lowerLeft.crs || p.crs !== upperRight.crs) return null;
  return p.coords.every((c, i) => {
    const lo = lowerLeft.coords[i],
      hi = upperRight.coords[i];
    if (p.crs.geographic && i < 2 && lo > hi) return !(c > hi && c < lo);
    return c >= lo && c <= hi;
  });
}
