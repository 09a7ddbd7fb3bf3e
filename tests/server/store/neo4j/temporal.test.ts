// Temporal values and points read through neo4j-driver print as the embedded engine prints them:
// the same query answered by the real Neo4j and by our engine gives the same text for every kind.
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { CypherEngine, toPlain } from "../../../../server/cypher/index.ts";
import { plainValue } from "../../../../server/store/neo4j/convert.ts";
import { describeNeo4j } from "../../../helpers/neo4j.ts";

const same = (id: string) => id;

describe("driver temporal values", () => {
  it("print each kind as Neo4j prints the value, not with the driver's nine fraction digits", () => {
    const { Date, LocalTime, Time, LocalDateTime, DateTime, Duration } = neo4j.types;
    expect(plainValue(new Date(2015, 7, 21), same)).toBe("2015-07-21");
    expect(plainValue(new LocalTime(12, 0, 0, 0), same)).toBe("12:00");
    expect(plainValue(new Time(21, 40, 32, 142_000_000, 3600), same)).toBe("21:40:32.142+01:00");
    expect(plainValue(new LocalDateTime(1984, 10, 11, 12, 31, 14, 645_876_123), same)).toBe(
      "1984-10-11T12:31:14.645876123",
    );
    expect(plainValue(new DateTime(2017, 8, 8, 12, 31, 14, 0, 7200, "Europe/Stockholm"), same)).toBe(
      "2017-08-08T12:31:14+02:00[Europe/Stockholm]",
    );
    expect(plainValue(new Duration(16, 14, 58_390, 1), same)).toBe("P1Y4M14DT16H13M10.000000001S");
    expect(plainValue(new neo4j.types.Point(4979, 12.5, 56.7, 100), same)).toBe(
      "point({x: 12.5, y: 56.7, z: 100.0, crs: 'wgs-84-3d'})",
    );
  });
});

const QUERY = `RETURN date('2015-W30-2') AS d, localtime('12:31:14.645') AS lt, time('21:40-01:30') AS t,
  localdatetime('2015-202T21:40:32') AS ldt, datetime('2015-07-21T21:40:32.142[Europe/London]') AS dt,
  datetime({epochMillis: 237821673987, timezone: '+05:45'}) AS dte, duration('P5M1.5D') AS dur,
  duration.between(localtime('12:34:54.7'), localtime('12:34:54.3')) AS neg,
  point({x: 1, y: -0.0}) AS cartesian, point({longitude: 190, latitude: 56.7, height: 1e20}) AS geographic`;

describeNeo4j("temporal values and points from the real Neo4j", (db) => {
  it("come back as the embedded store gives them for the same query", async () => {
    const driver = db.driver();
    try {
      const { records } = await driver.executeQuery(QUERY, {}, { database: db.database });
      const fromNeo4j = records[0].keys.map((k) => plainValue(records[0].get(k), same));
      const embedded = new CypherEngine().run(QUERY).rows[0].map(toPlain);
      expect(fromNeo4j).toEqual(embedded);
      expect(fromNeo4j).toContain("2015-07-21T21:40:32.142+01:00[Europe/London]");
    } finally {
      await driver.close();
    }
  });
});
