import { ConfigError } from '../host/config-files';
import type { Locale } from '../engine';
import { runCheck, EXIT } from './check';
import { UsageError } from '../host/usage-error';
import { initCommand } from './commands/init';
import { printConfigCommand } from './commands/print-config';
import { rulesCommand } from './commands/rules';
import { messageIn } from '../messages';
import { helpText } from './help';
import { localeFrom, parseCommand } from './options';
import { isLintWorker, serveLintJobs } from './run-jobs';
import { terminalSafe } from './terminal-text';
import { version } from './version';

/** `callscript check …` and the other commands, for CI and QA (the binary chose the CLI: bin.ts). */
async function main(argv: string[]): Promise<number> {
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
  if (command.kind === 'rules') {
    process.stdout.write(rulesCommand(command.json, command.locale));
    return EXIT.clean;
  }
  if (command.kind === 'init') {
    process.stdout.write(`${initCommand(process.cwd(), command.locale).said}\n`);
    return EXIT.clean;
  }
  if (command.kind === 'print-config') {
    process.stdout.write(await printConfigCommand(command.file, command.config, process.cwd()));
    return EXIT.clean;
  }
  // This very file starts the lint workers: in the bundle it is dist/cli.js, which runs as one.
  return runCheck(command.options, __filename);
}

let locale: Locale = 'zh-CN';

/** One line on stderr, never a stack trace: a usage or config mistake is the user's to fix, not ours. */
function explain(err: unknown): string {
  if (err instanceof UsageError) return err.in(locale);
  if (err instanceof ConfigError) return messageIn({ zh: `配置文件有误:${err.message}`, en: `bad config: ${err.message}` }, locale);
  const text = err instanceof Error ? err.message : String(err);
  return messageIn({ zh: `内部错误:${text}`, en: `internal error: ${text}` }, locale);
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
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`callscript: ${terminalSafe(explain(err))}\n`);
      if (process.env.CALLSCRIPT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = EXIT.trouble;
    },
  );
}
