// Examples of the Neo4j Cypher Manual's function pages (duration, temporal instants, spatial, string,
// numeric and list conversion) with the results the Manual documents, each confirmed on the real Neo4j 5.26.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "Cypher Manual examples",
  [
    ["toString(duration({days: 14, hours: 16, minutes: 12}))", "P14DT16H12M"],
    ["toString(duration({months: 5, days: 1.5}))", "P5M1DT12H"],
    ["toString(duration({months: 0.75}))", "P22DT19H51M49.5S"],
    ["toString(duration({weeks: 2.5}))", "P17DT12H"],
    [
      "toString(duration({minutes: 1.5, seconds: 1, milliseconds: 123, microseconds: 456, nanoseconds: 789}))",
      "PT1M31.123456789S",
    ],
    ["toString(duration({minutes: 1.5, seconds: 1, nanoseconds: 123456789}))", "PT1M31.123456789S"],
    ["toString(duration.between(date('1984-10-11'), date('1985-11-25')))", "P1Y1M14D"],
    ["toString(duration.inDays(date('1984-10-11'), date('1985-11-25')))", "P410D"],
    ["toString(date({year: 1984, week: 10, dayOfWeek: 3}))", "1984-03-07"],
    ["toString(date('2015-W30-2'))", "2015-07-21"],
    ["toString(datetime({epochMillis: 424797300000}))", "1983-06-18T15:15:00Z"],
    ["point.distance(point({x: 2.3, y: 4.5, crs: 'cartesian'}), point({x: 1.1, y: 5.4, crs: 'cartesian'}))", 1.5],
    [
      "round(point.distance(point({latitude: 55.611794, longitude: 12.994341}), point({latitude: 55.672874, longitude: 12.564590})))",
      27842,
    ],
    ["btrim('   hello    ')", "hello"],
    ["btrim('xxyyhelloxyxy', 'xy')", "hello"],
    ["lower('HELLO')", "hello"],
    ["normalize('\\u212B') = '\\u00C5'", true],
    ["nullIf(4, 4)", null],
    ["round(3.141592, 3)", 3.142],
    ["round(1.249, 1, 'UP')", 1.3],
    ["toIntegerList(['1', '2', null, 'a'])", [1n, 2n, null, null]],
  ],
  ["toString(duration({}))"],
);
