/**
 * dhad/dates: tag Arabic date and time expressions and resolve them to ISO-8601
 * (Gregorian and Umm al-Qura Hijri).
 */
export { tagDates, tagDatesWithMessages, datesStage } from './tag.js';
export type { DatesOptions, DatesResult } from './tag.js';
export type { TaggedDate } from './grammar.js';
export { toHijri, fromHijri, hijriMonthStart, hijriMonthLength } from './hijri.js';
export type { HijriDate } from './hijri.js';
