// Truncation of every temporal kind to every unit: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "temporal truncate",
  [
    ["toString(date.truncate('millennium', date('2017-10-11'), {day: 2}))", "2000-01-02"],
    ["toString(date.truncate('millennium', date('-0017-10-11')))", "0000-01-01"],
    ["toString(date.truncate('decade', date('-0017-10-11')))", "-0010-01-01"],
    ["toString(date.truncate('weekYear', date('1984-01-01')))", "1983-01-03"],
    ["toString(date.truncate('quarter', datetime('1984-11-11T12:31+01:00')))", "1984-10-01"],
    ["toString(date.truncate('week', date('1984-10-11'), {dayOfWeek: 2}))", "1984-10-09"],
    ["toString(localdatetime.truncate('day', date('1984-10-11'), {nanosecond: 2}))", "1984-10-11T00:00:00.000000002"],
    [
      "toString(localdatetime.truncate('millisecond', localdatetime('1984-10-11T12:31:14.645876123'), {nanosecond: 2}))",
      "1984-10-11T12:31:14.645000002",
    ],
    [
      "toString(datetime.truncate('day', datetime('2017-10-29T02:31:14+02:00[Europe/Stockholm]')))",
      "2017-10-29T00:00:00+02:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime.truncate('hour', datetime('2017-10-29T02:31:14+01:00[Europe/Stockholm]')))",
      "2017-10-29T02:00:00+02:00[Europe/Stockholm]",
    ],
    [
      "toString(datetime.truncate('day', localdatetime('2017-10-29T12:00'), {timezone: 'Europe/Stockholm'}))",
      "2017-10-29T00:00:00+02:00[Europe/Stockholm]",
    ],
    ["toString(datetime.truncate('month', date('2017-10-29')))", "2017-10-01T00:00:00Z"],
    ["toString(time.truncate('hour', time('12:31:14-01:00'), {timezone: '+01:00'}))", "12:00:00+01:00"],
    ["toString(time.truncate('day', datetime('2017-10-29T02:31:14+02:00[Europe/Stockholm]')))", "00:00:00+02:00"],
    ["toString(time.truncate('minute', localtime('12:31:14.645876123')))", "12:31:00Z"],
    ["toString(localtime.truncate('microsecond', time('12:31:14.645876123+01:00')))", "12:31:14.645876"],
    ["date.truncate('day', date(), null) = date()", true],
  ],
  [
    "date.truncate('Year', date('1984-01-01'))",
    "date.truncate('fortnight', date('1984-01-01'))",
    "date.truncate('hour', date('1984-01-01'))",
    "time.truncate('year', localtime('12:00'))",
    "time.truncate('day', date('1984-01-01'))",
    "localdatetime.truncate('hour', date('1984-01-01'))",
    "date.truncate('day', date('1984-01-01'), {timezone: '+01:00'})",
    "date.truncate('year', datetime('2017-10-29T02:31Z'), {nanosecond: 2})",
    "time.truncate('day', datetime('2017-10-29T02:31Z'), {day: 2})",
    "date.truncate('day', null)",
    "date.truncate(null, date())",
  ],
);
