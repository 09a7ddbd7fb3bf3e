// Spatial functions: point(map), point.distance(a, b), point.withinBBox(point, lowerLeft, upperRight).
import { pointFromMap } from "../spatial/construct.ts";
import { distance, withinBBox } from "../spatial/geometry.ts";
import { PointVal } from "../spatial/point.ts";
import type { Value } from "../values.ts";
import { def, type FnDocs, type FnTable } from "./registry.ts";

/** The arguments as points; null when one is null or not a point (Neo4j answers null then). */
function points(args: Value[]): PointVal[] | null {
  return args.every((a) => a instanceof PointVal) ? (args as PointVal[]) : null;
}

export const spatialFunctions: FnTable = {
  point: def(1, 1, ([v]) => pointFromMap(v)),
  "point.distance": def(2, 2, (args) => {
    const p = points(args);
    return p && distance(p[0], p[1]);
  }),
  "point.withinbbox": def(3, 3, (args) => {
    const p = points(args);
    return p && withinBBox(p[0], p[1], p[2]);
  }),
};

export const spatialDocs: FnDocs = {
  point: {
    sig: "point(input :: MAP) :: POINT",
    doc: "A point from {x, y[, z]} (Cartesian) or {longitude, latitude[, height]} (WGS-84), or a crs or srid named.",
  },
  "point.distance": {
    sig: "point.distance(from :: POINT, to :: POINT) :: FLOAT",
    doc: "The distance between two points of one system: Euclidean, or in metres on the Earth for WGS-84.",
  },
  "point.withinbbox": {
    sig: "point.withinBBox(point :: POINT, lowerLeft :: POINT, upperRight :: POINT) :: BOOLEAN",
    doc: "Whether a point lies in the box given by its lower-left and upper-right corners.",
  },
};
