import { parseArgs } from 'node:util';
import type { Locale } from '../engine';
import { LOCALES } from '../messages';
import type { Now } from '../engine/time';
import { nowOption, valueOf } from '../host/argv';
import { UsageError } from '../host/usage-error';
import { FORMAT_NAMES, type FormatName } from './formatters';
import { parseShard, type Shard } from './shard';

export type FixMode = 'off' | 'write' | 'dry-run';

export interface CheckOptions {
  paths: string[];
  format: FormatName;
  fix: FixMode;
  config: string | undefined;
  maxWarnings: number | undefined;
  now: Now | undefined;
  quiet: boolean;
  locale: Locale;
  /** undefined: decide from the terminal and the environment. */
  color: boolean | undefined;
  /** Worker threads to lint with; undefined: decide from the number of files. */
  concurrency: number | undefined;
  /** With `-` or `--stdin`: the script comes from standard input, checked as if it were this file. */
  stdin: { filename: string } | undefined;
  /** `-o`: the report goes to this file; the terminal gets a summary. */
  outputFile: string | undefined;
  /** Only this part of the files, for a CI matrix; undefined: all of them. */
  shard?: Shard;
}

export type Command =
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'rules'; json: boolean; locale: Locale }
  | { kind: 'init'; locale: Locale }
  | { kind: 'print-config'; file: string; config: string | undefined; locale: Locale };

/** Commands other than check take only these of the options. */
const OTHER_COMMANDS: Record<string, readonly string[]> = {
  rules: ['format', 'locale'],
  init: ['locale'],
  'print-config': ['config', 'locale'],
};

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
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'print-config': { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The command line of `callscript` (not `--stdio`, which the language server reads). */
export function parseCommand(argv: readonly string[]): Command {
  const locale = localeFrom(argv);
  const { values, positionals } = parse(argv);
  if (values.version) return { kind: 'version' };
  // ESLint's spelling: `check --print-config file` is `print-config file`.
  const [command, ...paths] = values['print-config'] !== undefined ? ['print-config', values['print-config'], ...positionals.slice(1)] : positionals;
  if (values.help || command === undefined) return { kind: 'help', locale };
  if (command in OTHER_COMMANDS) return otherCommand(command, paths, values, locale);
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
  const stdin = values.stdin === true || paths.includes('-');
  if (stdin && paths.some((p) => p !== '-')) {
    throw new UsageError({ zh: '从标准输入读取时不能再给文件或文件夹', en: 'give no files or folders when the script comes from standard input' });
  }
  if (!stdin && values['stdin-filename'] !== undefined) {
    throw new UsageError({ zh: '--stdin-filename 只与 --stdin(或 -)一起使用', en: '--stdin-filename goes with --stdin (or -)' });
  }
  if (stdin && values['fix-dry-run']) {
    throw new UsageError({ zh: '从标准输入读取时用 --fix(输出修复后的文本),不用 --fix-dry-run', en: 'with standard input use --fix (it prints the fixed text), not --fix-dry-run' });
  }
  return {
    kind: 'check',
    options: {
      paths: stdin ? [] : paths.length > 0 ? paths : ['.'],
      format: formatOf(values.format),
      fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off',
      config: values.config,
      maxWarnings: values['max-warnings'] === undefined ? undefined : countOf(values['max-warnings']),
      now: values.now === undefined ? undefined : nowOption(values.now),
      quiet: values.quiet === true,
      locale,
      color: values.color ? true : values['no-color'] ? false : undefined,
      concurrency: values.concurrency === undefined ? undefined : concurrencyOf(values.concurrency),
      stdin: stdin ? { filename: values['stdin-filename'] ?? 'stdin.callscript' } : undefined,
      outputFile: values['output-file'],
      ...(values.shard === undefined ? {} : { shard: parseShard(values.shard) }),
    },
  };
}

type Values = ReturnType<typeof parse>['values'];

function otherCommand(command: string, args: string[], values: Values, locale: Locale): Command {
  const allowed = OTHER_COMMANDS[command];
  const extra = Object.keys(values).find((k) => values[k as keyof Values] !== undefined && !allowed.includes(k) && k !== 'print-config');
  if (extra) throw new UsageError({ zh: `${command} 不接受 --${extra}`, en: `${command} takes no --${extra}` });
  if (command === 'print-config') {
    if (args.length !== 1) throw new UsageError({ zh: 'print-config 需要一个话术文件路径', en: 'print-config takes the path of one script' });
    return { kind: 'print-config', file: args[0], config: values.config, locale };
  }
  if (args.length > 0) throw new UsageError({ zh: `${command} 不接受路径“${args[0]}”`, en: `${command} takes no path ("${args[0]}")` });
  if (command === 'init') return { kind: 'init', locale };
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'text') {
    throw new UsageError({ zh: `rules 的 --format 只能是 text 或 json,而不是“${values.format}”`, en: `rules takes --format text or json, not "${values.format}"` });
  }
  return { kind: 'rules', json: values.format === 'json', locale };
}

/** Options of ours that take a value: the word after them is that value, not a command. */
const VALUE_OPTIONS = new Set(Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === 'string' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : [])));

/**
 * `--stdio` and `--node-ipc` start the language server only before any command or `--`: after
 * them they are names of files (`callscript check -- --stdio` checks a file called --stdio).
 */
export function isServerMode(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--stdio' || arg === '--node-ipc') return true;
    if (arg === '--' || !arg.startsWith('-')) return false;
    if (VALUE_OPTIONS.has(arg)) i++;
  }
  return false;
}

/** Read before the rest so that even a mistake in the other flags is told in the chosen language. */
export function localeFrom(argv: readonly string[]): Locale {
  const value = valueOf(argv, '--locale');
  if (value === undefined) return 'zh-CN';
  const locale = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (locale) return locale;
  const both = `--locale 只能是 ${LOCALES.join('、')} / --locale must be one of ${LOCALES.join(', ')}, not "${value}"`;
  throw new UsageError({ zh: both, en: both });
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
