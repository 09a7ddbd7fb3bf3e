// Points (Cartesian and WGS-84, 2D and 3D): construction, accessors, printing, equality, point.distance and point.withinBBox: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { describe, expect, it } from "vitest";
import { engineWith, rows } from "../helpers.ts";
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "spatial functions",
  [
    ["point({x: 1, y: 2}) IS :: POINT", true],
    ["point({x: 1, y: 2}) IS :: PROPERTY VALUE", true],
    ["[point({x: 1, y: 2})] IS :: LIST<POINT>", true],
    ["1 IS :: POINT", false],
    ["toString(point({x: 1, y: 2}))", "point({x: 1.0, y: 2.0, crs: 'cartesian'})"],
    ["toString(point({x: 1.5, y: 2, z: 3}))", "point({x: 1.5, y: 2.0, z: 3.0, crs: 'cartesian-3d'})"],
    ["toString(point({longitude: 12.5, latitude: 56.7}))", "point({x: 12.5, y: 56.7, crs: 'wgs-84'})"],
    [
      "toString(point({longitude: 12.5, latitude: 56.7, height: 100}))",
      "point({x: 12.5, y: 56.7, z: 100.0, crs: 'wgs-84-3d'})",
    ],
    ["toString(point({x: 1, y: 2, crs: 'WGS-84'}))", "point({x: 1.0, y: 2.0, crs: 'wgs-84'})"],
    ["toString(point({x: 1, y: 2, srid: 4326}))", "point({x: 1.0, y: 2.0, crs: 'wgs-84'})"],
    [
      "toString(point({latitude: 1, longitude: 2, crs: 'wgs-84-3d', height: 3}))",
      "point({x: 2.0, y: 1.0, z: 3.0, crs: 'wgs-84-3d'})",
    ],
    ["toString(point({latitude: 1, longitude: 2, z: 3}))", "point({x: 2.0, y: 1.0, z: 3.0, crs: 'wgs-84-3d'})"],
    ["toString(point({longitude: 190, latitude: 0}))", "point({x: -170.0, y: 0.0, crs: 'wgs-84'})"],
    ["toString(point({longitude: 540, latitude: 0}))", "point({x: 180.0, y: 0.0, crs: 'wgs-84'})"],
    ["toString(point({x: -0.0, y: 1e-5}))", "point({x: -0.0, y: 1.0E-5, crs: 'cartesian'})"],
    ["toString(point({x: 1, y: 2, foo: 3}))", "point({x: 1.0, y: 2.0, crs: 'cartesian'})"],
    ["point({x: 1, y: 2}).x", 1],
    ["point({x: 1, y: 2}).crs", "cartesian"],
    ["point({x: 1, y: 2}).srid", 7203n],
    ["point({longitude: 12.5, latitude: 56.7, height: 3}).latitude", 56.7],
    ["point({longitude: 12.5, latitude: 56.7, height: 3}).z", 3],
    ["point({longitude: 12.5, latitude: 56.7, height: 3}).srid", 4979n],
    ["point.distance(point({x: 0, y: 0}), point({x: 3, y: 4}))", 5],
    ["point.distance(point({x: 0, y: 0, z: 0}), point({x: 1, y: 2, z: 2}))", 3],
    [
      "point.distance(point({longitude: 12.78, latitude: 56.7}), point({longitude: 12.79, latitude: 56.71}))",
      1269.894960563667,
    ],
    [
      "point.distance(point({longitude: 12.78, latitude: 56.7, height: 100}), point({longitude: 12.79, latitude: 56.71, height: 200}))",
      1273.8559820553298,
    ],
    ["point.distance(point({longitude: 0, latitude: 0}), point({longitude: 180, latitude: 0}))", 20037517.767567202],
    ["point.distance(point({x: 0, y: 0}), point({longitude: 1, latitude: 1}))", null],
    ["point.distance(point({x: 0, y: 0}), point({x: 0, y: 0, z: 1}))", null],
    ["point.distance(null, point({x: 0, y: 0}))", null],
    ["point.withinBBox(point({x: 1, y: 1}), point({x: 0, y: 0}), point({x: 2, y: 2}))", true],
    ["point.withinBBox(point({x: 2, y: 2}), point({x: 0, y: 0}), point({x: 2, y: 2}))", true],
    ["point.withinBBox(point({x: 3, y: 1}), point({x: 0, y: 0}), point({x: 2, y: 2}))", false],
    [
      "point.withinBBox(point({longitude: 179, latitude: 0}), point({longitude: 170, latitude: -10}), point({longitude: -170, latitude: 10}))",
      true,
    ],
    ["point.withinBBox(point({x: 1, y: 1, z: 1}), point({x: 0, y: 0, z: 0}), point({x: 2, y: 2, z: 0.5}))", false],
    [
      "point.withinBBox(point({x: 1, y: 1}), point({longitude: 0, latitude: 0}), point({longitude: 2, latitude: 2}))",
      null,
    ],
    ["point({x: 1, y: 2}) = point({x: 1.0, y: 2.0})", true],
    ["point({x: 0.0, y: 0}) = point({x: -0.0, y: 0})", false],
    ["point({x: 1, y: 2}) = point({longitude: 1, latitude: 2})", false],
    ["point({x: 1, y: 2}) < point({x: 2, y: 2})", null],
    ["point(null)", null],
    ["point({x: null, y: 1})", null],
    [
      "[p IN [point({x: 2, y: 1}), point({longitude: 1, latitude: 1}), point({x: 1, y: 1, z: 1}), point({x: 1, y: 5})] | p.srid]",
      [7203n, 4326n, 9157n, 7203n],
    ],
  ],
  [
    "point({x: 1})",
    "point({X: 1, Y: 2})",
    "point({latitude: 91, longitude: 0})",
    "point({x: 'a', y: 1})",
    "point({x: 1, y: 2, crs: 'foo'})",
    "point({x: 1, y: 2, srid: 1234})",
    "point({x: 1, y: 2, z: 3, crs: 'cartesian'})",
    "point({x: 1, y: 2, srid: 7203, crs: 'cartesian'})",
    "point({x: 0.0 / 0.0, y: 1})",
    "point({x: 1, y: 2}).latitude",
    "point({x: 1, y: 2}).z",
    "point({x: 1, y: 2}).foo",
  ],
);

describe("points in ORDER BY and DISTINCT", () => {
  it("sort after lists and paths and before temporal values, by SRID then coordinates (Neo4j's order)", () => {
    const q = `UNWIND [point({x: 2, y: 1}), 'a', date('2015-01-01'), point({longitude: 1, latitude: 1}),
      point({x: 1, y: 5}), [1]] AS x RETURN x ORDER BY x`;
    expect(rows(engineWith(), q).map(([x]) => String(x))).toEqual([
      "1",
      "point({x: 1.0, y: 1.0, crs: 'wgs-84'})",
      "point({x: 1.0, y: 5.0, crs: 'cartesian'})",
      "point({x: 2.0, y: 1.0, crs: 'cartesian'})",
      "2015-01-01",
      "a",
    ]);
  });

  it("keep 0.0 and -0.0 apart, as Neo4j counts three distinct points here", () => {
    const q = `UNWIND [point({x: 1, y: 1}), point({x: 1.0, y: 1.0}), point({x: -0.0, y: 1.0}), point({x: 0.0, y: 1.0})]
      AS p RETURN count(DISTINCT p) AS c`;
    expect(rows(engineWith(), q)).toEqual([[3]]);
  });
});
