/**
 * Gregorian calendar arithmetic and ISO-8601 formatting for the resolver: epoch days
 * (days since 1970-01-01, proleptic Gregorian, no time zones), ISO weeks, reference dates.
 */
import { DhadError, describeValue } from '../core/index.js';

/** A calendar date. */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** The document date that relative expressions resolve against. */
export interface RefDate extends YMD {
  day: number;
  /** Hour and minute when the reference carries a time of day. */
  h?: number;
  mi?: number;
}

/** How yearless dates and bare weekdays are placed around the reference date. */
export type Prefer = 'nearest' | 'past' | 'future';

/**
 * Days since 1970-01-01 of a Gregorian date (month and day may overflow; they carry).
 *
 * @param y - year
 * @param m - month 1–12
 * @param d - day of month
 * @returns the epoch day
 * @example
 * dayNumber(2021, 11, 7) // 18938
 */
export function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The Gregorian date of an epoch day.
 *
 * @param day - days since 1970-01-01
 * @returns year, month, day
 * @example
 * fromEpochDay(18938) // { y: 2021, m: 11, d: 7 }
 */
export function fromEpochDay(day: number): YMD {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Days in a Gregorian month. */
export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** `YYYY`. */
export function fmtY(y: number): string {
  return pad(y, 4);
}
/** `YYYY-MM`. */
export function fmtYM(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}
/** `YYYY-MM-DD` of an epoch day. */
export function fmtDay(day: number): string {
  const { y, m, d } = fromEpochDay(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
/** `YYYY-MM-DDTHH:mm` of an epoch day and a minute of the day (may overflow into the next days). */
export function fmtDateTime(day: number, minuteOfDay: number): string {
  const carry = Math.floor(minuteOfDay / 1440);
  const mins = minuteOfDay - carry * 1440;
  return `${fmtDay(day + carry)}T${pad(Math.floor(mins / 60), 2)}:${pad(mins % 60, 2)}`;
}
/** `YYYY-Www` (ISO week) of an epoch day. */
export function fmtWeek(day: number): string {
  const wd = weekdayOf(day);
  const thursday = day - wd + 4;
  const { y } = fromEpochDay(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week, 2)}`;
}
/** `YYYY-MM-DD` of the Monday starting an ISO week. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day) + 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads the `ref` option: a `Date` (its UTC calendar date and time) or an ISO-8601 string
 * (`2021-11-07`, `2021-11-07T06:30`, with an optional offset that is ignored: the wall time is kept).
 * Throws `DhadError('INVALID_REF')` for anything else.
 *
 * @param ref - the reference date option
 * @returns the reference date, or `undefined` when `ref` is undefined
 * @example
 * parseRef('2021-11-07') // { y: 2021, m: 11, d: 7, day: 18938 }
 */
export function parseRef(ref: unknown): RefDate | undefined {
  if (ref === undefined) return undefined;
  if (ref instanceof Date) {
    const t = ref.getTime();
    if (Number.isNaN(t)) throw new DhadError('INVALID_REF', 'tagDates: invalid ref, got an invalid Date');
    const y = ref.getUTCFullYear();
    const m = ref.getUTCMonth() + 1;
    const d = ref.getUTCDate();
    const h = ref.getUTCHours();
    const mi = ref.getUTCMinutes();
    const out: RefDate = { y, m, d, day: dayNumber(y, m, d) };
    if (h !== 0 || mi !== 0 || ref.getUTCSeconds() !== 0) {
      out.h = h;
      out.mi = mi;
    }
    return out;
  }
  if (typeof ref === 'string') {
    const match = ISO_DATE.exec(ref.trim());
    if (match !== null) {
      const y = Number(match[1]);
      const m = Number(match[2]);
      const d = Number(match[3]);
      if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) {
        const out: RefDate = { y, m, d, day: dayNumber(y, m, d) };
        if (match[4] !== undefined) {
          const h = Number(match[4]);
          const mi = Number(match[5]);
          if (h > 23 || mi > 59) throw new DhadError('INVALID_REF', `tagDates: invalid ref ${describeValue(ref)} (expected an ISO-8601 date such as "2021-11-07")`);
          out.h = h;
          out.mi = mi;
        }
        return out;
      }
    }
  }
  throw new DhadError('INVALID_REF', `tagDates: invalid ref ${describeValue(ref)} (expected a Date or an ISO-8601 date such as "2021-11-07")`);
}

/**
 * Picks the year for a month (and day) given without one, around the reference date.
 *
 * @param m - month 1–12
 * @param d - day of month, or 0 when only the month is known
 * @param ref - the reference date
 * @param prefer - `'nearest'`, `'past'` or `'future'`
 * @returns the year
 * @example
 * yearFor(10, 10, parseRef('2021-11-07')!, 'nearest') // 2021
 */
export function yearFor(m: number, d: number, ref: RefDate, prefer: Prefer): number {
  let best = ref.y;
  let bestScore = Infinity;
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    const from = dayNumber(y, m, d === 0 ? 1 : d);
    const to = d === 0 ? from + daysInMonth(y, m) : from + 1;
    let dist: number;
    if (ref.day >= from && ref.day < to) dist = 0;
    else if (to <= ref.day) dist = ref.day - to + 1;
    else dist = from - ref.day;
    const past = to <= ref.day || dist === 0;
    const future = from >= ref.day || dist === 0;
    if (prefer === 'past' && !past) continue;
    if (prefer === 'future' && !future) continue;
    // Ties go to the past: news mostly reports what happened.
    const score = dist * 2 + (past ? 0 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/**
 * The day of a weekday around the reference: `dir` -1 = the last one before ref (الجمعة الماضية),
 * +1 = the next one after (الأحد المقبل), 0 = by `prefer` (the ref day itself counts).
 *
 * @param wd - ISO weekday 1–7
 * @param ref - reference date
 * @param dir - -1, 0 or +1
 * @param prefer - used when `dir` is 0
 * @returns the epoch day
 * @example
 * fmtDay(weekdayNear(5, parseRef('2021-11-07')!, 0, 'nearest')) // '2021-11-05'
 */
export function weekdayNear(wd: number, ref: RefDate, dir: -1 | 0 | 1, prefer: Prefer): number {
  const cur = weekdayOf(ref.day);
  const back = (cur - wd + 7) % 7;
  const fwd = (wd - cur + 7) % 7;
  if (dir < 0) return ref.day - (back === 0 ? 7 : back);
  if (dir > 0) return ref.day + (fwd === 0 ? 7 : fwd);
  if (back === 0) return ref.day;
  if (prefer === 'past') return ref.day - back;
  if (prefer === 'future') return ref.day + fwd;
  return fwd < back ? ref.day + fwd : ref.day - back;
}
