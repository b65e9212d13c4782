import { DhadError } from '../core/index.js';

/** Parsed command line: the command, its flags, and positional arguments. */
export interface ParsedArgs {
  command: string;
  flags: Record<string, string | true>;
  positional: string[];
}

/** The flags each command accepts; `true` marks a boolean flag, `false` one that takes a value. */
export const COMMAND_FLAGS: Record<string, Record<string, boolean>> = {
  analyze: { ref: false, format: false, jobs: false, fields: false, input: false, help: true, quiet: true },
  normalize: { preset: false, help: true },
  bench: { format: false, help: true },
  help: {},
};

/**
 * Parses `argv` (without node and the script): `dhad analyze a.txt --ref 2021-11-07 --format=jsonl`.
 * Unknown commands and flags throw `DhadError('UNKNOWN_OPTION')` naming the valid ones.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command = 'help', ...rest] = argv;
  if (command === '--help' || command === '-h') return { command: 'help', flags: {}, positional: [] };
  const known = COMMAND_FLAGS[command];
  if (!known) {
    throw new DhadError('UNKNOWN_OPTION', `unknown command "${command}" (expected ${Object.keys(COMMAND_FLAGS).join(', ')})`);
  }
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const key = name === 'h' ? 'help' : name === 'j' ? 'jobs' : name;
    if (!(key in known)) {
      const valid = Object.keys(known).map((f) => `--${f}`).join(', ');
      throw new DhadError('UNKNOWN_OPTION', `unknown option "${arg}" for "dhad ${command}" (expected ${valid || 'none'})`);
    }
    if (known[key]) {
      flags[key] = true;
    } else if (eq >= 0) {
      flags[key] = body.slice(eq + 1);
    } else {
      const value = rest[i + 1];
      if (value === undefined) throw new DhadError('INVALID_OPTION', `option "--${key}" needs a value`);
      flags[key] = value;
      i++;
    }
  }
  return { command, flags, positional };
}

/** Reads `flag` as one of `choices`, or `fallback`; anything else throws naming the choices. */
export function choice<T extends string>(flags: ParsedArgs['flags'], flag: string, choices: readonly T[], fallback: T): T {
  const value = flags[flag];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new DhadError('INVALID_OPTION', `--${flag} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
}
