/** Stable codes of the programmer errors dhad throws. */
export type DhadErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_PRESET'
  | 'UNKNOWN_OPTION'
  | 'INVALID_OPTION'
  | 'PIPELINE_ORDER'
  | 'INVALID_REF';

/**
 * The one error type dhad throws, for programmer mistakes only (problems in the text
 * become `Message`s). `code` is stable; the message names the bad value.
 *
 * @example
 * try { normalize('نص', 'serch') } catch (e) { e.code } // 'UNKNOWN_PRESET'
 */
export class DhadError extends Error {
  readonly code: DhadErrorCode;
  constructor(code: DhadErrorCode, message: string) {
    super(`dhad: ${message}`);
    this.name = 'DhadError';
    this.code = code;
  }
}

/** Describes a value for an error message: `"serch"`, `a number (42)`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  return `a ${typeof value}`;
}

/** Throws `DhadError('INVALID_INPUT')` unless `value` is a string. */
export function assertString(value: unknown, where: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new DhadError('INVALID_INPUT', `${where} expects a string, got ${describeValue(value)}`);
  }
}
