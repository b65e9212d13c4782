import { describe, expect, it } from 'vitest';
import { fromHijri, hijriMonthLength, hijriMonthStart, toHijri } from '../../src/dates/hijri.js';
import { dayNumber, fmtDay, fromEpochDay, weekdayOf, fmtWeek } from '../../src/dates/resolve.js';

describe('Gregorian calendar arithmetic', () => {
  it('round-trips every day from 1600 to 2400 and agrees with Date.UTC', () => {
    for (let day = dayNumber(1600, 1, 1); day < dayNumber(2400, 1, 1); day += 7) {
      const { y, m, d } = fromEpochDay(day);
      expect(dayNumber(y, m, d)).toBe(day);
      if (y >= 1900 && y <= 2100 && d === 1) expect(Date.UTC(y, m - 1, d) / 86_400_000).toBe(day);
    }
  });
  it('weekdays and ISO weeks', () => {
    expect(weekdayOf(dayNumber(2021, 11, 7))).toBe(7); // Sunday
    expect(weekdayOf(dayNumber(2021, 11, 6))).toBe(6);
    expect(fmtWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(fmtWeek(dayNumber(2021, 1, 4))).toBe('2021-W01');
    expect(fmtWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
    expect(fmtDay(dayNumber(2024, 2, 29))).toBe('2024-02-29');
  });
});

describe('Umm al-Qura conversion', () => {
  it('knows fixed points', () => {
    expect(toHijri(dayNumber(2021, 11, 7))).toEqual({ year: 1443, month: 4, day: 2 });
    expect(fmtDay(fromHijri(1443, 9, 1)!)).toBe('2022-04-02'); // 1 Ramadan 1443
    expect(fmtDay(fromHijri(1444, 10, 1)!)).toBe('2023-04-21'); // Eid al-Fitr 1444
    expect(fmtDay(fromHijri(1445, 12, 10)!)).toBe('2024-06-16'); // Eid al-Adha 1445
  });
  it('inverts Intl islamic-umalqura over every day of 1937–2076', () => {
    let checked = 0;
    for (let day = dayNumber(1937, 3, 14); day < dayNumber(2077, 1, 1); day++) {
      const h = toHijri(day);
      expect(fromHijri(h.year, h.month, h.day), `${fmtDay(day)} = ${h.year}-${h.month}-${h.day}`).toBe(day);
      checked++;
    }
    expect(checked).toBeGreaterThan(50_000);
  });
  it('month lengths are 29 or 30 and impossible days are undefined', () => {
    for (let y = 1356; y < 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const len = hijriMonthLength(y, m);
        expect(len === 29 || len === 30).toBe(true);
        if (len === 29) expect(fromHijri(y, m, 30)).toBeUndefined();
      }
    }
    expect(fromHijri(1443, 13, 1)).toBeUndefined();
    expect(fromHijri(1443, 1, 0)).toBeUndefined();
    expect(hijriMonthStart(1443, 1)).toBe(dayNumber(2021, 8, 9));
  });
});
