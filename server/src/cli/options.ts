import { parseArgs } from 'node:util';
import type { Locale } from '../engine';
import { UsageError } from './errors';
import { FORMAT_NAMES, type FormatName } from './formatters';
import { parseShard, type Shard } from './shard';

export type FixMode = 'off' | 'write' | 'dry-run';

export interface CheckOptions {
  paths: string[];
  format: FormatName;
  fix: FixMode;
  config: string | undefined;
  maxWarnings: number | undefined;
  now: Date | undefined;
  quiet: boolean;
  locale: Locale;
  /** undefined: decide from the terminal and the environment. */
  color: boolean | undefined;
  /** Worker threads to lint with; undefined: decide from the number of files. */
  concurrency: number | undefined;
  /** Only this part of the files, for a CI matrix; undefined: all of them. */
  shard?: Shard;
}

export type Command = { kind: 'help'; locale: Locale } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  now: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  locale: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The command line of `callscript` (not `--stdio`, which the language server reads). */
export function parseCommand(argv: readonly string[]): Command {
  const locale = localeFrom(argv);
  const { values, positionals } = parse(argv);
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (values.help || command === undefined) return { kind: 'help', locale };
  if (command !== 'check') {
    throw new UsageError({
      zh: `未知命令“${command}”(试试:callscript check examples/)`,
      en: `unknown command "${command}" (try: callscript check examples/)`,
    });
  }
  if (values.fix && values['fix-dry-run']) {
    throw new UsageError({ zh: '--fix 与 --fix-dry-run 只能选一个', en: 'use either --fix or --fix-dry-run, not both' });
  }
  if (values.color && values['no-color']) {
    throw new UsageError({ zh: '--color 与 --no-color 只能选一个', en: 'use either --color or --no-color, not both' });
  }
  return {
    kind: 'check',
    options: {
      paths: paths.length > 0 ? paths : ['.'],
      format: formatOf(values.format),
      fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off',
      config: values.config,
      maxWarnings: values['max-warnings'] === undefined ? undefined : countOf(values['max-warnings']),
      now: values.now === undefined ? undefined : parseNow(values.now),
      quiet: values.quiet === true,
      locale,
      color: values.color ? true : values['no-color'] ? false : undefined,
      concurrency: values.concurrency === undefined ? undefined : concurrencyOf(values.concurrency),
      ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    },
  };
}

function parseNow(s: string): Date {
  // Date.parse also takes "March 7" and "2027"; the contract is ISO-8601, so ask for a date first.
  const d = /^\d{4}-\d{2}-\d{2}/.test(s) ? new Date(s) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) {
    throw new UsageError({
      zh: `--now 需要 ISO-8601 时间,例如 2027-02-06T10:00+08:00,而不是“${s}”`,
      en: `--now takes an ISO-8601 time such as 2027-02-06T10:00+08:00, not "${s}"`,
    });
  }
  return d;
}

/** `--now` for the language server, which takes no other option of ours. */
export function nowFrom(argv: readonly string[]): Date | undefined {
  const value = valueOf(argv, '--now');
  return value === undefined ? undefined : parseNow(value);
}

/** Read before the rest so that even a mistake in the other flags is told in the chosen language. */
export function localeFrom(argv: readonly string[]): Locale {
  const value = valueOf(argv, '--locale');
  if (value === undefined || value === 'zh-CN') return 'zh-CN';
  if (value === 'en') return 'en';
  const both = `--locale 只能是 zh-CN 或 en / --locale must be zh-CN or en, not "${value}"`;
  throw new UsageError({ zh: both, en: both });
}

function valueOf(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === flag) return argv[i + 1];
    if (argv[i].startsWith(`${flag}=`)) return argv[i].slice(flag.length + 1);
  }
  return undefined;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw argumentError(err);
  }
}

/** node:util's messages, made short and bilingual; the option is named as the user typed it. */
function argumentError(err: unknown): UsageError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError({ zh: `未知选项 ${option}(见 callscript --help)`, en: `unknown option ${option} (see callscript --help)` });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError({ zh: `选项 ${option} 的值缺失或多余(见 callscript --help)`, en: `option ${option} is missing its value or takes none (see callscript --help)` });
  }
  return new UsageError({ zh: message, en: message });
}

function formatOf(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish';
  if ((FORMAT_NAMES as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError({
    zh: `未知的 --format“${value}”(可选:${FORMAT_NAMES.join('、')})`,
    en: `unknown --format "${value}" (one of: ${FORMAT_NAMES.join(', ')})`,
  });
}

function countOf(s: string): number {
  if (!/^\d+$/.test(s)) throw new UsageError({ zh: `--max-warnings 需要一个非负整数,而不是“${s}”`, en: `--max-warnings takes a whole number, not "${s}"` });
  return Number(s);
}

function concurrencyOf(s: string): number | undefined {
  if (s === 'auto') return undefined;
  if (s === 'off') return 1;
  if (/^[1-9]\d*$/.test(s)) return Number(s);
  throw new UsageError({ zh: `--concurrency 需要 auto、off 或正整数,而不是“${s}”`, en: `--concurrency takes auto, off or a positive whole number, not "${s}"` });
}
