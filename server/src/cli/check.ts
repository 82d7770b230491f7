import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigResolver } from '../host/config-files';
import { lint, type Finding, type Message } from '../engine';
import { messageIn } from '../messages';
import { decodeScript } from '../host/decode';
import { UsageError } from '../host/usage-error';
import { findScripts } from './find-scripts';
import { fixText } from '../host/fix-file';
import { FORMATTERS, type FileProblem, type FileReport } from './formatters';
import { stylishSummary } from './formatters/stylish';
import type { FileJob, FileOutcome } from './lint-file';
import type { CheckOptions } from './options';
import { progressBar } from './progress';
import { runJobs } from './run-jobs';
import { terminalSafe } from './terminal-text';
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
  const outcomes = options.stdin ? [await lintStdin(options, options.stdin.filename, resolver, cwd)] : await lintFiles(options, resolver, cwd, workerEntry);

  const reports: FileReport[] = [];
  const problems: FileProblem[] = [];
  const unread: string[] = [];
  let diff = '';
  for (const o of outcomes) {
    if (o.kind === 'failed') problems.push({ file: o.file, problem: o.problem });
    else {
      if (o.unread) unread.push(o.file.display);
      reports.push({ file: o.file, text: o.text, findings: o.findings, places: o.places });
      diff += o.diff;
    }
  }
  const count = (severity: Finding['severity']) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  const shown = options.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const hidden = reports.reduce((n, r) => n + r.findings.length, 0) - shown.reduce((n, r) => n + r.findings.length, 0);

  if (options.fix === 'dry-run') process.stdout.write(diff);
  else {
    // With standard input and --fix, standard output carries the fixed script: the report goes to stderr.
    const toFile = options.outputFile !== undefined;
    const color = !toFile && useColor(options.color);
    const report = FORMATTERS[options.format]({ reports: shown, problems, locale: options.locale, cwd, color, version: version(), hidden });
    if (toFile) {
      writeReport(options.outputFile as string, report);
      const summary = stylishSummary({ reports: shown, problems, locale: options.locale, cwd, color: useColor(options.color), version: version(), hidden });
      const where = messageIn({ zh: `报告已写入 ${options.outputFile}`, en: `report written to ${options.outputFile}` }, options.locale);
      process.stdout.write(`${summary}${where}\n`);
    } else if (options.stdin && options.fix === 'write') process.stderr.write(report);
    else process.stdout.write(report);
  }
  for (const p of problems) process.stderr.write(`callscript: ${terminalSafe(p.file.display)}: ${terminalSafe(messageIn(p.problem, options.locale))}\n`);
  if (unread.length > 0) process.stderr.write(`callscript: ${terminalSafe(messageIn(unreadNote(unread), options.locale))}\n`);

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

async function lintFiles(options: CheckOptions, resolver: ConfigResolver, cwd: string, workerEntry: string): Promise<FileOutcome[]> {
  const found = findScripts(options.paths, options.config);
  const files = options.shard ? filesOfShard(found, options.shard) : found;
  // All at once: each folder's config files are read once however many scripts ask, and the
  // reads of different folders overlap instead of waiting on one another.
  const configs = await Promise.all(files.map((file) => resolver.configFor(file.absolute)));
  const jobs: FileJob[] = files.map((file, i) => ({ file, config: configs[i], now: options.now, fix: options.fix, cwd }));
  const progress = progressBar(process.stderr, jobs.length);
  const outcomes = await runJobs(jobs, { concurrency: options.concurrency, workerEntry, onProgress: (d, t) => progress.update(d, t) });
  progress.end();
  return outcomes;
}

/**
 * `check -` / `check --stdin`: one script from standard input, configured as if it were
 * `--stdin-filename` (the config found from that path). With --fix the fixed text goes to
 * standard output, BOM kept; nothing is written to disk.
 */
async function lintStdin(options: CheckOptions, filename: string, resolver: ConfigResolver, cwd: string): Promise<FileOutcome> {
  const file = { display: filename, absolute: path.resolve(cwd, filename) };
  const config = await resolver.configFor(file.absolute);
  const decoded = decodeScript(readFileSync(0));
  if (!decoded.ok) return { kind: 'failed', file, problem: decoded.problem };
  const lintOptions = { config, now: options.now, trusted: true };
  if (options.fix !== 'write') return { kind: 'linted', file, text: decoded.text, findings: lint(decoded.text, lintOptions).findings, diff: '' };
  const fixed = fixText(decoded.text, lintOptions);
  process.stdout.write(`${decoded.bom ? '\ufeff' : ''}${fixed.text}`);
  return { kind: 'linted', file, text: fixed.text, findings: fixed.findings, diff: '' };
}

function writeReport(file: string, report: string): void {
  try {
    writeFileSync(file, report);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError({ zh: `无法写入报告 ${file}:${code}`, en: `cannot write the report to ${file}: ${code}` });
  }
}

/** --color / --no-color first, then FORCE_COLOR and NO_COLOR (no-color.org), then whether stdout is a terminal. */
function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

/** How many unread documents the note names before it only counts the rest. */
const UNREAD_NAMED = 10;

/**
 * Documents in which no line was read as spoken: a clean report would hide that their words went
 * unchecked, so the run says so (on stderr, the exit code unchanged) and how to have them read.
 */
function unreadNote(files: readonly string[]): Message {
  const named = files.slice(0, UNREAD_NAMED);
  const more = files.length - named.length;
  return {
    zh: `${named.join('、')}${more > 0 ? ` 等 ${files.length} 个文档` : ''}中没有找到坐席的说话人标签(坐席:、客服:、话务员: …)或话术列,其中坐席的话没有检查。整份都是坐席话术时,可在 callscript.json 中设置 "documents": { "unlabeled": "agent" };用了其他标签时,用 documents.agentLabels 和 customerLabels 添加(见 docs/formats.md)。`,
    en: `no agent's speaker label (坐席:, 客服:, 话务员: …) or 话术 column was found in ${named.join(', ')}${more > 0 ? ` and ${more} more documents` : ''}, so the agent's words there were not checked. If every line is the agent's, set "documents": { "unlabeled": "agent" } in callscript.json; for other labels, add them with documents.agentLabels and customerLabels (see docs/formats.md).`,
  };
}
