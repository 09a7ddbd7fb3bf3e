// Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01), valid for the
// whole range Neo4j accepts (years -999,999,999 to 999,999,999), plus ISO week and quarter fields.
// Pure integer maths: no Date objects, whose range is far narrower.

const fdiv = (a: number, b: number) => Math.floor(a / b);
const fmod = (a: number, b: number) => a - b * Math.floor(a / b);

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const monthLength = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
export const yearLength = (y: number) => (isLeap(y) ? 366 : 365);

/** Days from 1970-01-01 to y-m-d (civil-from-days inverse, eras of 400 years). */
export function epochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = fdiv(yy, 400);
  const yoe = yy - era * 400;
  const doy = fdiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + fdiv(yoe, 4) - fdiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = fdiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = fdiv(doe - fdiv(doe, 1460) + fdiv(doe, 36524) - fdiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + fdiv(yoe, 4) - fdiv(yoe, 100));
  const mp = fdiv(5 * doy + 2, 153);
  const d = doy - fdiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO day of week: Monday = 1 ... Sunday = 7. */
export const dayOfWeek = (day: number) => fmod(day + 3, 7) + 1;
export const ordinalDay = (day: number) => day - epochDay(civil(day)[0], 1, 1) + 1;
export const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1;
export const dayOfQuarter = (day: number) => {
  const [y, m] = civil(day);
  return day - epochDay(y, (quarterOf(m) - 1) * 3 + 1, 1) + 1;
};

/** Monday of ISO week 1 of a week-based year (the week holding January 4th). */
export function weekYearStart(wy: number): number {
  const jan4 = epochDay(wy, 1, 4);
  return jan4 - dayOfWeek(jan4) + 1;
}
export const weeksInWeekYear = (wy: number) => (weekYearStart(wy + 1) - weekYearStart(wy)) / 7;

/** [week-based year, week of that year] of a day. */
export function isoWeek(day: number): [number, number] {
  const y = civil(day)[0];
  let wy = y + 1;
  if (day < weekYearStart(wy)) wy = day < weekYearStart(y) ? y - 1 : y;
  return [wy, Math.floor((day - weekYearStart(wy)) / 7) + 1];
}

export const fromWeekDate = (wy: number, week: number, dow: number) => weekYearStart(wy) + (week - 1) * 7 + dow - 1;

/** Adds months keeping the day of month, clamped to the target month's length (as java.time). */
export function plusMonths(day: number, months: number): number {
  if (months === 0) return day;
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12),
    nm = total - ny * 12 + 1;
  return epochDay(ny, nm, Math.min(d, monthLength(ny, nm)));
}

/** Whole months from one date to another, truncated toward zero (LocalDate.until(MONTHS)). */
export function monthsBetween(from: number, to: number): number {
  const [y1, m1, d1] = civil(from),
    [y2, m2, d2] = civil(to);
  const packed1 = (y1 * 12 + m1 - 1) * 32 + d1,
    packed2 = (y2 * 12 + m2 - 1) * 32 + d2;
  return Math.trunc((packed2 - packed1) / 32);
}
