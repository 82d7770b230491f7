import { ConfigError } from '../config-files';
import type { Locale } from '../engine';
import { runCheck, EXIT } from './check';
import { UsageError } from './errors';
import { helpText } from './help';
import { isServerMode, localeFrom, parseCommand } from './options';
import { isLintWorker, serveLintJobs } from './run-jobs';
import { terminalSafe } from './terminal-text';
import { version } from './version';

/** `callscript check …` for CI and QA; `callscript --stdio` for editors (see spec §4). */
async function main(argv: string[]): Promise<number> {
  if (isServerMode(argv)) {
    // A bundle of its own (server/dist/lsp.js), so that `check` never loads the server's code.
    await import('../lsp/main.js');
    return -1;
  }
  locale = localeFrom(argv);
  const command = parseCommand(argv);
  if (command.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return EXIT.clean;
  }
  if (command.kind === 'help') {
    process.stdout.write(helpText(command.locale));
    return EXIT.clean;
  }
  // This very file starts the lint workers: in the bundle it is dist/cli.js, which runs as one.
  return runCheck(command.options, __filename);
}

let locale: Locale = 'zh-CN';

/** One line on stderr, never a stack trace: a usage or config mistake is the user's to fix, not ours. */
function explain(err: unknown): string {
  if (err instanceof UsageError) return err.in(locale);
  if (err instanceof ConfigError) return locale === 'en' ? `bad config: ${err.message}` : `配置文件有误:${err.message}`;
  const text = err instanceof Error ? err.message : String(err);
  return locale === 'en' ? `internal error: ${text}` : `内部错误:${text}`;
}

if (isLintWorker()) {
  serveLintJobs();
} else {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.clean);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`callscript: ${terminalSafe(explain(err))}\n`);
      if (process.env.CALLSCRIPT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = EXIT.trouble;
    },
  );
}
