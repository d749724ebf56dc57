import { parseArgs } from 'node:util';
import { CLI_LANGUAGES, cliText } from './messages.js';
import type { CliText } from './messages.js';
import { UsageError } from './usage-error.js';

/** One option of a command: a flag, or an option with a value and what the value must be. */
export type OptionSpec =
  | { type: 'boolean'; short?: string }
  | {
      type: 'string';
      short?: string;
      /** What the value must be, after the flag in messages: `needs a positive integer`, `must be one of text, json`. */
      needs: CliText;
      /** Checks the raw value: returns the parsed value, or undefined when it is bad. */
      check: (raw: string) => unknown;
    };

export type Spec = Readonly<Record<string, OptionSpec>>;

/** The parsed command line: checked option values by long name, and positionals. */
export interface Parsed {
  values: Record<string, unknown>;
  positionals: string[];
}

/** `a positive integer` options (`--max-errors 10`). */
export function positiveInteger(short?: string): OptionSpec {
  const spec: OptionSpec = {
    type: 'string',
    needs: cliText('needs_positive_integer'),
    check: (raw) => (/^\d{1,15}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined),
  };
  if (short !== undefined) spec.short = short;
  return spec;
}

/** Options whose value is one of a few words (`--format json`). */
export function oneOf(allowed: readonly string[], short?: string): OptionSpec {
  const spec: OptionSpec = {
    type: 'string',
    needs: cliText('needs_one_of', { list: allowed }),
    check: (raw) => (allowed.includes(raw) ? raw : undefined),
  };
  if (short !== undefined) spec.short = short;
  return spec;
}

/**
 * Parses `args` for `command` with Node's `parseArgs` (strict), giving every problem its own
 * message: `--max-errors needs a positive integer, got '-1'`, `--format must be one of text, json,
 * github, auto, got nothing`, `--quiet takes no value`, `unknown option '--bogus'`. A value that
 * starts with `-` (`--max-errors -1`) is taken as the option's value, as users mean it, unless
 * it is itself an option of the command.
 */
export function parseCommandArgs(command: string, args: readonly string[], spec: Spec): Parsed {
  const byFlag = new Map<string, [name: string, OptionSpec]>();
  for (const [name, o] of Object.entries(spec)) {
    byFlag.set(`--${name}`, [name, o]);
    if (o.short !== undefined) byFlag.set(`-${o.short}`, [name, o]);
  }
  const flagOf = (name: string): string => `--${name}`;
  const fixed: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      fixed.push(...args.slice(i));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const known = byFlag.get(eq === -1 ? arg : arg.slice(0, eq));
    if (known === undefined) {
      // `-j4`: a short option with its value attached.
      const attached = /^-([a-z])(.+)$/i.exec(arg);
      const short = attached === null ? undefined : byFlag.get(`-${attached[1] as string}`);
      if (attached !== null && short !== undefined && short[1].type === 'string') {
        fixed.push(`--${short[0]}=${attached[2] as string}`);
        continue;
      }
      if (attached !== null && short !== undefined && (attached[2] as string).startsWith('=')) {
        throw new UsageError('option_takes_no_value', command, {
          flag: flagOf(short[0]),
          raw: (attached[2] as string).slice(1),
        });
      }
      // Anything else (positionals, unknown options, grouped flags) is parseArgs' to judge.
      fixed.push(arg);
      continue;
    }
    const [name, o] = known;
    if (o.type === 'boolean') {
      if (eq !== -1)
        throw new UsageError('option_takes_no_value', command, { flag: flagOf(name), raw: arg.slice(eq + 1) });
      fixed.push(arg);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next === undefined || next === '--' || byFlag.has(next.split('=')[0] as string)) {
        throw new UsageError('option_no_value', command, { flag: flagOf(name), needs: o.needs });
      }
      value = next;
      i++;
    }
    fixed.push(`--${name}=${value}`);
  }
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries(spec))
    options[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  let parsed;
  try {
    parsed = parseArgs({ args: fixed, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(parseArgsText(error), command);
  }
  const values: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(parsed.values)) {
    const o = spec[name];
    if (o === undefined) continue;
    if (o.type === 'boolean' || typeof raw !== 'string') {
      values[name] = raw;
      continue;
    }
    const checked = o.check(raw);
    if (checked === undefined)
      throw new UsageError('option_bad_value', command, { flag: flagOf(name), needs: o.needs, raw });
    values[name] = checked;
  }
  return { values, positionals: parsed.positionals };
}

/** Turns a `node:util` parseArgs error into a short usage message. */
export function parseArgsMessage(error: unknown): string {
  const e = error as { message?: string };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const first = message.split('. ')[0] ?? message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * A `node:util` parseArgs error as a message: parseArgs' own first sentence in English
 * (`detail`), and the option it names (`option`) for the other languages.
 */
export function parseArgsText(error: unknown): CliText {
  const detail = parseArgsMessage(error);
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /^Unknown option '(.*?)'(?:\. To specify|$)/s.exec(text);
    if (m !== null) return cliText('unknown_option', { detail, option: m[1] as string });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(.*)' argument missing$/s.exec(text);
    if (missing !== null) return cliText('option_argument_missing', { detail, option: missing[1] as string });
    const none = /^Option '(.*)' does not take an argument$/s.exec(text);
    if (none !== null) return cliText('option_no_argument', { detail, option: none[1] as string });
  }
  return cliText('bad_arguments', { detail });
}

/** The `--locale` option every command accepts (`takeLocale` reads it first, leniently). */
export const LOCALE_OPTION: OptionSpec = /* @__PURE__ */ oneOf(CLI_LANGUAGES);
