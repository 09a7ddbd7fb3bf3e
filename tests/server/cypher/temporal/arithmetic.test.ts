// Temporal arithmetic, duration arithmetic and comparison: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "temporal arithmetic",
  [
    [
      "toString(date('1984-10-11') + duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2}))",
      "1997-03-25",
    ],
    [
      "toString(date('1984-10-11') - duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 2}))",
      "1972-04-27",
    ],
    ["toString(date('1984-01-31') + duration('P1M'))", "1984-02-29"],
    ["toString(date('2016-02-29') + duration('P1Y'))", "2017-02-28"],
    ["toString(date('1984-01-31') + duration('PT-25H'))", "1984-01-30"],
    ["toString(localtime('00:00:00.5') - duration('PT1S'))", "23:59:59.5"],
    ["toString(time('23:59:59.999999999+01:00') + duration('PT0.000000001S'))", "00:00:00+01:00"],
    ["toString(localdatetime('1984-01-31T23:30') + duration('P1M-1D'))", "1984-02-28T23:30:00"],
    [
      "toString(datetime('2017-10-28T02:30+02:00[Europe/Stockholm]') + duration('P1D'))",
      "2017-10-29T02:30:00+02:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime('2017-10-28T02:30+02:00[Europe/Stockholm]') + duration('PT24H'))",
      "2017-10-29T02:30:00+02:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime('2017-03-25T02:30+01:00[Europe/Stockholm]') + duration('P1D'))",
      "2017-03-26T03:30:00+02:00[Europe/Stockholm]",
    ],
    ["toString(duration('P1Y') + duration('PT-25H'))", "P1YT-25H"],
    ["toString(duration('PT1H') - duration('P1M-1D'))", "P-1M1DT1H"],
    [
      "toString(duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1}) * 0.5)",
      "P6Y2M22DT13H21M8S",
    ],
    [
      "toString(duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1}) / 2)",
      "P6Y2M22DT13H21M8S",
    ],
    ["toString(2 * duration('P1M'))", "P2M"],
    ["toString(duration('P1Y') * 2.5)", "P2Y6M"],
    ["duration('P1D') = duration('PT24H')", false],
    ["duration('P1D') < duration('PT24H')", null],
    ["date('2015-01-01') < date('2015-01-02')", true],
    ["datetime('2017-01-01T00:00+01:00') = datetime('2016-12-31T23:00Z')", false],
    ["datetime('2017-01-01T00:00+01:00') > datetime('2016-12-31T23:00Z')", true],
    ["time('12:00+01:00') < time('11:30Z')", true],
    ["date('2015-01-01') < localdatetime('2015-01-01T00:00')", null],
    ["date('2015-01-01') = localdatetime('2015-01-01T00:00')", false],
    [
      "toString(datetime('2017-10-29T02:30+01:00[Europe/Stockholm]') + duration('P6Y'))",
      "2023-10-29T02:30:00+01:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime('2017-10-29T02:30+01:00[Europe/Stockholm]') - duration('P1D'))",
      "2017-10-28T02:30:00+02:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime('2017-10-29T01:00+02:00[Europe/Stockholm]') + duration('PT2H'))",
      "2017-10-29T02:00:00+01:00[Europe/Stockholm]",
    ],
    ["toString(localdatetime('2017-10-29T01:00') + duration({days: -1, seconds: 86401.5}))", "2017-10-29T01:00:01.5"],
    ["toString(date('2017-10-29') + duration('PT-47H'))", "2017-10-28"],
    ["toString(time('23:00+01:00') + duration('P1DT2H'))", "01:00:00+01:00"],
    ["toString(duration({seconds: 1, nanoseconds: -1500000000}))", "PT-0.5S"],
    ["duration('P1Y') = duration('P12M')", true],
  ],
  ["-duration('P1Y')", "duration('P1M') / 0", "date('2015-01-01') - date('2014-01-01')", "date('2015-01-01') + 1"],
);
