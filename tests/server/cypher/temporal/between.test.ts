// duration.between, inMonths, inDays and inSeconds: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "temporal between",
  [
    ["toString(duration.between(localdatetime('2018-01-01T12:00'), localdatetime('2018-01-02T10:00')))", "PT22H"],
    [
      "toString(duration.between(localdatetime('2018-01-02T10:00:00.1'), localdatetime('2018-01-01T10:00:00.2')))",
      "PT-23H-59M-59.9S",
    ],
    [
      "toString(duration.between(datetime('2017-10-28T23:00+02:00[Europe/Stockholm]'), datetime('2017-10-29T04:00+01:00[Europe/Stockholm]')))",
      "PT6H",
    ],
    [
      "toString(duration.between(date('1984-10-11'), datetime('2017-10-29T04:00+01:00[Europe/Stockholm]')))",
      "P33Y18DT5H",
    ],
    [
      "toString(duration.inSeconds(date('1984-10-11'), datetime('2017-10-28T23:00+02:00[Europe/Stockholm]')))",
      "PT289702H",
    ],
    ["toString(duration.between(date('-999999999-01-01'), date('+999999999-12-31')))", "P1999999998Y11M30D"],
    ["toString(duration.inMonths(date('2018-03-11'), date('2016-06-24')))", "P-1Y-8M"],
    [
      "toString(duration.inMonths(datetime('2018-07-21T21:40:36.143+0500'), datetime('1984-07-21T22:40:36.143+0200')))",
      "P-33Y-11M",
    ],
    ["toString(duration.inDays(date('1984-10-11'), localdatetime('2016-07-21T21:45:22.142')))", "P11606D"],
    ["toString(duration.inDays(date('2015-01-01'), time('16:30Z')))", "PT0S"],
    ["toString(duration.inSeconds(localtime('12:44:54.7'), localtime('12:34:55.3')))", "PT-9M-59.4S"],
    ["toString(duration.inSeconds(time('14:30'), datetime('2015-07-21T21:40:32.142+0100')))", "PT6H10M32.142S"],
    ["toString(duration.between(localtime('14:30'), datetime('2017-03-26T01:30+01:00[Europe/Stockholm]')))", "PT-12H"],
    ["toString(duration.between(datetime('2014-07-21T21:40:36.143+0200'), localtime('16:30')))", "PT-5H-10M-36.143S"],
    ["duration.between(null, date())", null],
    [
      "toString(duration.inSeconds(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), localdatetime({year: 2017, month: 10, day: 29, hour: 4})))",
      "PT5H",
    ],
    [
      "toString(duration.inSeconds(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), localtime({hour: 4})))",
      "PT5H",
    ],
    [
      "toString(duration.between(datetime('2018-03-31T00:00[Europe/Stockholm]'), datetime('2018-03-24T12:00[Europe/Stockholm]')))",
      "P-6DT-12H",
    ],
    ["toString(duration.between(date('2018-01-31'), date('2018-03-01')))", "P1M1D"],
    ["toString(duration.between(localdatetime('2018-03-01T06:00'), localdatetime('2018-01-31T12:00')))", "P-1MT-18H"],
    ["toString(duration.between(time('12:00:00.5+01:00'), time('11:00:00.4Z')))", "PT-0.1S"],
  ],
  [
    "duration.inMonths(localtime('14:30'), localtime('16:30'))",
    "duration.inDays(localtime('14:30'), time('16:30Z'))",
    "duration.between(date(), 1)",
  ],
);
