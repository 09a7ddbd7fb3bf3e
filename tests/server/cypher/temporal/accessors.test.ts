// Temporal and duration accessors: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "temporal accessors",
  [
    ["date('1984-11-11').year", 1984n],
    ["date('1984-11-11').quarter", 4n],
    ["date('1984-11-11').week", 45n],
    ["date('1984-01-01').weekYear", 1983n],
    ["date('1984-01-01').week", 52n],
    ["date('2020-12-31').week", 53n],
    ["date('1984-11-11').ordinalDay", 316n],
    ["date('1984-11-11').dayOfWeek", 7n],
    ["date('1984-11-11').weekDay", 7n],
    ["date('1984-11-11').dayOfQuarter", 42n],
    ["date('1984-11-11').YEAR", 1984n],
    ["localtime('12:31:14.645876123').millisecond", 645n],
    ["localtime('12:31:14.645876123').microsecond", 645876n],
    ["localtime('12:31:14.645876123').nanosecond", 645876123n],
    ["time('12:31Z').timezone", "Z"],
    ["time('12:31-02:30').offset", "-02:30"],
    ["time('12:31-02:30').offsetMinutes", -150n],
    ["datetime('2017-08-08T12:31:14.645876123[Europe/Stockholm]').timezone", "Europe/Stockholm"],
    ["datetime('2017-08-08T12:31:14.645876123[Europe/Stockholm]').offset", "+02:00"],
    ["datetime('2017-08-08T12:31:14.645876123[Europe/Stockholm]').offsetSeconds", 7200n],
    ["datetime('2017-08-08T12:31:14.645876123[Europe/Stockholm]').epochSeconds", 1502188274n],
    ["datetime('2017-08-08T12:31:14.645876123[Europe/Stockholm]').epochMillis", 1502188274645n],
    ["datetime('1969-12-31T23:59:59.9995Z').epochSeconds", 0n],
    ["datetime('1969-12-31T23:59:59.9995Z').epochMillis", -1n],
    [
      "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111}).quarters",
      5n,
    ],
    ["duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111}).weeks", 1n],
    [
      "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111}).milliseconds",
      3661111n,
    ],
    [
      "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111}).monthsOfQuarter",
      1n,
    ],
    [
      "duration({years: 1, months: 4, days: 10, hours: 1, minutes: 1, seconds: 1, nanoseconds: 111111111}).nanosecondsOfSecond",
      111111111n,
    ],
    ["duration('PT-0.4S').seconds", -1n],
    ["duration('PT-0.4S').nanosecondsOfSecond", 600000000n],
    ["duration('P-1Y-5M').monthsOfYear", -5n],
  ],
  [
    "date('2015-07-21').hour",
    "localtime('12:00').year",
    "localdatetime('2015-07-21T12:00').timezone",
    "date('2015-07-21').foo",
    "duration('P1D').foo",
  ],
);
