/**
 * The public entry points: tagDates, tagDatesWithMessages, datesStage.
 */
import { DhadError, describeValue, toDoc } from '../core/index.js';
import type { Doc, Message, Stage } from '../core/index.js';
import { tokenize } from '../tokenize/index.js';
import { runGrammar } from './grammar.js';
import type { TaggedDate } from './grammar.js';
import { parseRef } from './resolve.js';
import type { Prefer } from './resolve.js';
import { streamFromTokens } from './scan.js';

/** Options of {@link tagDates}. */
export interface DatesOptions {
  /**
   * The document date (a `Date`, read in UTC, or an ISO-8601 string such as `2021-11-07` or
   * `2021-11-07T06:30`). Relative and partial expressions resolve against it; without it they are
   * tagged with `relative: true`, no value, and an info message.
   */
  ref?: Date | string;
  /**
   * Where yearless dates and bare weekdays go around `ref`: `'nearest'` (default; ties go to the
   * past, as news mostly reports the recent past), `'past'` or `'future'` (Duckling's convention).
   */
  prefer?: Prefer;
}

/** Mentions and the messages about the text (weekday mismatches, impossible dates, missing ref). */
export interface DatesResult {
  dates: TaggedDate[];
  messages: Message[];
}

const KNOWN = new Set(['ref', 'prefer']);
const PREFER = new Set(['nearest', 'past', 'future']);

function checkOptions(options: unknown, where: string): { ref: ReturnType<typeof parseRef>; prefer: Prefer } {
  if (options === undefined || options === null) return { ref: undefined, prefer: 'nearest' };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option "${key}" (expected ref, prefer)`);
  }
  const o = options as DatesOptions;
  if (o.prefer !== undefined && !PREFER.has(o.prefer)) {
    throw new DhadError('INVALID_OPTION', `${where}: invalid prefer ${describeValue(o.prefer)} (expected nearest, past, future)`);
  }
  return { ref: parseRef(o.ref), prefer: o.prefer ?? 'nearest' };
}

function run(input: string | Doc, options: DatesOptions | undefined, where: string): DatesResult {
  const opts = checkOptions(options, where);
  const doc = toDoc(input, where);
  const tokens = typeof input === 'string' || doc.tokens.length === 0 ? tokenize(doc.text) : doc.tokens;
  return runGrammar(streamFromTokens(doc.text, tokens), opts);
}

/**
 * Finds the date and time expressions in Arabic text and resolves them to ISO-8601.
 * Matching is on normalised tokens (أ/إ/آ, ة/ه, ى/ي, Arabic-Indic digits folded); spans are
 * offsets into the original text and never include a proclitic (وفي 2020 → "2020").
 *
 * @param input - the text, or a Doc (its tokens are used when it has them)
 * @param options - `ref` (document date) and `prefer`
 * @returns the mentions, sorted and non-overlapping. Use {@link tagDatesWithMessages} for the messages.
 * @throws DhadError `INVALID_INPUT` (not a string or Doc), `UNKNOWN_OPTION`, `INVALID_OPTION`, `INVALID_REF`
 * @example
 * tagDates('استهدفت فجر الأحد 7 نوفمبر/تشرين الثاني 2021 منزله', { ref: '2021-11-07' })
 * // [{ start: 8, end: 44, text: 'فجر الأحد 7 نوفمبر/تشرين الثاني 2021', type: 'interval',
 * //    from: '2021-11-07T03:00', to: '2021-11-07T06:00', grain: 'hour', calendar: 'gregorian', relative: false }]
 * tagDates('عقد الاجتماع أمس', { ref: '2021-11-07' })
 * // [{ start: 13, end: 16, text: 'أمس', type: 'date', value: '2021-11-06', grain: 'day', calendar: 'gregorian', relative: true }]
 */
export function tagDates(input: string | Doc, options?: DatesOptions): TaggedDate[] {
  return run(input, options, 'tagDates').dates;
}

/**
 * Like {@link tagDates}, and also returns the messages about the text: `dates/weekday-mismatch`
 * (الأحد 6 نوفمبر 2021 was a Saturday: the date is kept), `dates/impossible-date` (31 شباط),
 * `dates/hijri-mismatch`, `dates/no-ref` (a relative mention without `ref`), `dates/ref-time`.
 *
 * @param input - the text, or a Doc
 * @param options - `ref` and `prefer`
 * @returns `{ dates, messages }`
 * @example
 * tagDatesWithMessages('فجر الأحد 6 نوفمبر 2021').messages[0]
 * // { start: 4, end: 23, ruleId: 'dates/weekday-mismatch', severity: 'warning',
 * //   reason: 'الأحد does not fall on 2021-11-06 (a Saturday): the explicit date is kept' }
 */
export function tagDatesWithMessages(input: string | Doc, options?: DatesOptions): DatesResult {
  return run(input, options, 'tagDatesWithMessages');
}

/**
 * A pipeline stage that fills `doc.dates` and appends its messages to `doc.messages`.
 *
 * @param options - `ref` and `prefer`, checked when the stage is made
 * @returns a Stage `{ name: 'dates', requires: ['tokens'], provides: ['dates'] }`
 * @example
 * pipeline(tokenizeStage(), datesStage({ ref: '2021-11-07' }))('وصل أمس').dates[0].value // '2021-11-06'
 */
export function datesStage(options?: DatesOptions): Stage {
  const opts = checkOptions(options, 'datesStage');
  return {
    name: 'dates',
    requires: ['tokens'],
    provides: ['dates'],
    run(doc: Doc): Doc {
      const tokens = doc.tokens.length === 0 && doc.text.length > 0 ? tokenize(doc.text) : doc.tokens;
      const { dates, messages } = runGrammar(streamFromTokens(doc.text, tokens), opts);
      return { ...doc, dates, messages: messages.length === 0 ? doc.messages : [...doc.messages, ...messages] };
    },
  };
}
