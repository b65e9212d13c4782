/**
 * Umm al-Qura Hijri ↔ Gregorian conversion. Gregorian → Hijri is read from Node's `Intl`
 * (`islamic-umalqura`, ICU's table for 1300–1600 AH); the inverse is computed here: an
 * arithmetic estimate of each month start, corrected by asking `Intl`, cached per month.
 * Days are counted as "epoch days" (days since 1970-01-01, UTC).
 */

/** A Hijri date (month 1 = محرم). */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

let formatter: Intl.DateTimeFormat | undefined;
const toHijriCache = new Map<number, HijriDate>();
const monthStartCache = new Map<number, number>();

/* @__NO_SIDE_EFFECTS__ */
function getFormatter(): Intl.DateTimeFormat {
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  }
  return formatter;
}

/**
 * The Umm al-Qura Hijri date of a day.
 *
 * @param epochDay - days since 1970-01-01 (UTC)
 * @returns the Hijri year, month and day
 * @example
 * toHijri(dayNumber(2021, 11, 7)) // { year: 1443, month: 4, day: 2 }
 */
export function toHijri(epochDay: number): HijriDate {
  const cached = toHijriCache.get(epochDay);
  if (cached !== undefined) return cached;
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of getFormatter().formatToParts(new Date(epochDay * 86_400_000))) {
    // ICU writes the year as "1443 AH" in the `en` locale: parseInt stops at the space.
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  const result: HijriDate = { year, month, day };
  if (toHijriCache.size > 20_000) toHijriCache.clear();
  toHijriCache.set(epochDay, result);
  return result;
}

// Arithmetic (tabular, civil) month start: a first guess within a couple of days of Umm al-Qura.
function estimateMonthStart(year: number, month: number): number {
  const jd = Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1 + 1;
  return Math.round(jd - 2440587.5);
}

/**
 * The epoch day on which a Hijri month begins (Umm al-Qura).
 *
 * @param year - Hijri year (e.g. 1443)
 * @param month - Hijri month, 1 = محرم
 * @returns days since 1970-01-01 of the 1st of that month
 * @example
 * fromEpochDay(hijriMonthStart(1443, 9)) // { y: 2022, m: 4, d: 2 } — 1 Ramadan 1443
 */
export function hijriMonthStart(year: number, month: number): number {
  const key = year * 13 + month;
  const cached = monthStartCache.get(key);
  if (cached !== undefined) return cached;
  let guess = estimateMonthStart(year, month);
  // Walk toward the day whose Hijri date is (year, month, 1); Umm al-Qura and the tabular
  // calendar differ by at most a few days, so this settles in a handful of Intl calls.
  for (let step = 0; step < 40; step++) {
    const h = toHijri(guess);
    if (h.year === year && h.month === month && h.day === 1) break;
    const diffMonths = (year - h.year) * 12 + (month - h.month);
    guess += Math.round(diffMonths * 29.530589) - (h.day - 1);
  }
  monthStartCache.set(key, guess);
  return guess;
}

/**
 * Days in a Hijri month (29 or 30, Umm al-Qura).
 *
 * @param year - Hijri year
 * @param month - Hijri month 1–12
 * @returns 29 or 30
 * @example
 * hijriMonthLength(1443, 9) // 30
 */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? hijriMonthStart(year + 1, 1) : hijriMonthStart(year, month + 1);
  return next - hijriMonthStart(year, month);
}

/**
 * Converts an Umm al-Qura Hijri date to an epoch day; `undefined` if the day does not exist
 * (30 in a 29-day month, month out of 1–12).
 *
 * @param year - Hijri year
 * @param month - Hijri month 1–12
 * @param day - day of the month 1–30
 * @returns days since 1970-01-01, or `undefined`
 * @example
 * fromEpochDay(fromHijri(1443, 4, 2)!) // { y: 2021, m: 11, d: 7 }
 */
export function fromHijri(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 3000) return undefined;
  if (day > hijriMonthLength(year, month)) return undefined;
  return hijriMonthStart(year, month) + day - 1;
}
