// Spatial points as Neo4j 5 has them: Cartesian (SRID 7203, 3D 9157) and WGS-84 geographic
// (SRID 4326, 3D 4979) points built from maps, their accessors, printing, equality and order.
// Distances and bounding boxes are in geometry.ts.
import { formatFloat } from "../expressions/arith.ts";
import { argumentError } from "../errors.ts";

export interface Crs {
  name: string;
  srid: number;
  dims: 2 | 3;
  geographic: boolean;
}

export const CRSES: Crs[] = [
  { name: "wgs-84", srid: 4326, dims: 2, geographic: true },
  { name: "wgs-84-3d", srid: 4979, dims: 3, geographic: true },
  { name: "cartesian", srid: 7203, dims: 2, geographic: false },
  { name: "cartesian-3d", srid: 9157, dims: 3, geographic: false },
];

export class PointVal {
  constructor(
    readonly crs: Crs,
    /** x, y[, z]: longitude, latitude[, height] for a geographic point. */
    readonly coords: number[],
  ) {}

  /** As Neo4j's toString prints it: point({x: 1.0, y: 2.0, crs: 'cartesian'}). */
  toString(): string {
    const names = ["x", "y", "z"];
    const parts = this.coords.map((c, i) => `${names[i]}: ${Object.is(c, -0) ? "-0.0" : formatFloat(c)}`);
    return `point({${parts.join(", ")}, crs: '${this.crs.name}'})`;
  }
}

export function crsNamed(name: string): Crs {
  const crs = CRSES.find((c) => c.name === name.toLowerCase());
  if (!crs) throw argumentError("InvalidArgumentValue", `Unknown coordinate reference system: ${name}`);
  return crs;
}

export function crsOfSrid(srid: number): Crs {
  const crs = CRSES.find((c) => c.srid === srid);
  if (!crs) throw argumentError("InvalidArgumentValue", `Unknown coordinate reference system: code=${srid}`);
  return crs;
}

/** Longitudes wrap into [-180, 180] (190 is -170, 540 is 180); latitudes must lie in [-90, 90]. */
function geographic(coords: number[]): number[] {
  const lat = coords[1];
  let lon = coords[0];
  if (lon > 180) lon -= 360 * Math.ceil((lon - 180) / 360);
  if (lon < -180) lon += 360 * Math.ceil((-180 - lon) / 360);
  if (lat < -90 || lat > 90)
    throw argumentError(
      "InvalidArgumentValue",
      `Cannot create WGS84 point with invalid coordinate: [${coords.map(formatFloat).join(", ")}]. Valid range for Y coordinate is [-90, 90].`,
    );
  return [lon, lat, ...coords.slice(2)];
}

export function makePoint(crs: Crs, coords: number[]): PointVal {
  if (coords.some((c) => !Number.isFinite(c)))
    throw argumentError(
      "InvalidArgumentValue",
      `Cannot create a point with non-finite coordinate values: [${coords.map(formatFloat).join(", ")}]`,
    );
  if (coords.length !== crs.dims)
    throw argumentError(
      "InvalidArgumentValue",
      `Cannot create point with ${crs.dims}D coordinate reference system and ${coords.length} coordinates.`,
    );
  return new PointVal(crs, crs.geographic ? geographic(coords) : coords);
}

/** Equal when the same reference system holds the same coordinates (0.0 and -0.0 differ, as in Java). */
export const pointsEqual = (a: PointVal, b: PointVal) =>
  a.crs === b.crs && a.coords.every((c, i) => Object.is(c, b.coords[i]));

/** ORDER BY: by SRID, then coordinate by coordinate. */
export function comparePoints(a: PointVal, b: PointVal): number {
  if (a.crs !== b.crs) return a.crs.srid - b.crs.srid;
  for (let i = 0; i < a.coords.length; i++) if (a.coords[i] !== b.coords[i]) return a.coords[i] - b.coords[i];
  return 0;
}
