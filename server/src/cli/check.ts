import { ConfigResolver } from '../config-files';
import type { Finding } from '../engine';
import { messageIn } from '../messages';
import { findScripts } from './find-scripts';
import { FORMATTERS, type FileProblem, type FileReport } from './formatters';
import type { FileJob } from './lint-file';
import type { CheckOptions } from './options';
import { progressBar } from './progress';
import { runJobs } from './run-jobs';
import { filesOfShard } from './shard';
import { version } from './version';

/** Exit codes of spec §4. */
export const EXIT = { clean: 0, findings: 1, trouble: 2 } as const;

/**
 * `callscript check`: finds the scripts, lints them (fixing with --fix), prints the report and
 * returns the exit code. Files that cannot be read are told on stderr, one line each, and make
 * the exit code 2 once every other file has been checked.
 */
export async function runCheck(options: CheckOptions, workerEntry: string): Promise<number> {
  const cwd = process.cwd();
  const resolver = new ConfigResolver(options.config);
  // A --config that is missing or broken is an error even when there is no script to apply it to.
  if (options.config !== undefined) await resolver.configFor(options.config);
  const found = findScripts(options.paths, options.config);
  const files = options.shard ? filesOfShard(found, options.shard) : found;
  // All at once: each folder's config files are read once however many scripts ask, and the
  // reads of different folders overlap instead of waiting on one another.
  const configs = await Promise.all(files.map((file) => resolver.configFor(file.absolute)));
  const jobs: FileJob[] = files.map((file, i) => ({ file, config: configs[i], now: options.now, fix: options.fix, cwd }));
  const progress = progressBar(process.stderr, jobs.length);
  const outcomes = await runJobs(jobs, { concurrency: options.concurrency, workerEntry, onProgress: (d, t) => progress.update(d, t) });
  progress.end();

  const reports: FileReport[] = [];
  const problems: FileProblem[] = [];
  let diff = '';
  for (const o of outcomes) {
    if (o.kind === 'failed') problems.push({ file: o.file, problem: o.problem });
    else {
      reports.push({ file: o.file, text: o.text, findings: o.findings, places: o.places });
      diff += o.diff;
    }
  }
  const count = (severity: Finding['severity']) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  const shown = options.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;

  if (options.fix === 'dry-run') process.stdout.write(diff);
  else {
    const format = FORMATTERS[options.format];
    process.stdout.write(format({ reports: shown, problems, locale: options.locale, cwd, color: useColor(options.color), version: version() }));
  }
  for (const p of problems) process.stderr.write(`callscript: ${p.file.display}: ${messageIn(p.problem, options.locale)}\n`);

  if (problems.length > 0) return EXIT.trouble;
  if (errors > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const max = options.maxWarnings;
    process.stderr.write(
      `callscript: ${messageIn({ zh: `警告 ${warnings} 个,超过 --max-warnings ${max}`, en: `${warnings} warnings, more than --max-warnings ${max}` }, options.locale)}\n`,
    );
    return EXIT.findings;
  }
  return EXIT.clean;
}

/** --color / --no-color first, then FORCE_COLOR and NO_COLOR (no-color.org), then whether stdout is a terminal. */
function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}
