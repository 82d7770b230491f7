import { parseArgs } from 'node:util';
import { runCheck, type CheckOptions } from './check';
import { UsageError } from './errors';
import { HELP } from './help';
import { version } from './version';

/** `callscript check …` for CI and QA; `callscript --stdio` for editors (see spec §4). */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--stdio') || argv.includes('--node-ipc')) {
    const { startServer } = await import('../lsp/server.js');
    startServer(nowFrom(argv));
    return -1;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      'max-warnings': { type: 'string' },
      now: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: callscript check examples/)`);
  const options: CheckOptions = {
    paths: paths.length > 0 ? paths : ['.'],
    format: values.format as string,
    fix: values.fix === true,
    config: values.config,
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseCount(values['max-warnings']),
    now: values.now === undefined ? undefined : parseNow(values.now),
    quiet: values.quiet === true,
    locale: values.locale === 'en' ? 'en' : 'zh-CN',
  };
  if (values.locale !== undefined && values.locale !== 'en' && values.locale !== 'zh-CN') {
    throw new UsageError(`--locale must be zh-CN or en, not "${values.locale}"`);
  }
  return runCheck(options);
}

function parseCount(s: string): number {
  if (!/^\d+$/.test(s)) throw new UsageError(`--max-warnings takes a whole number, not "${s}"`);
  return Number(s);
}

export function parseNow(s: string): Date {
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now takes an ISO-8601 time such as 2027-02-06T10:00+08:00, not "${s}"`);
  return d;
}

function nowFrom(argv: string[]): Date | undefined {
  const eq = argv.find((a) => a.startsWith('--now='));
  const i = argv.indexOf('--now');
  const value = eq ? eq.slice('--now='.length) : i >= 0 ? argv[i + 1] : undefined;
  return value === undefined ? undefined : parseNow(value);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`callscript: ${err instanceof Error ? err.message : String(err)}\n`);
    if (!usage && process.env.CALLSCRIPT_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 2;
  },
);
