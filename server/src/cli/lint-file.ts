import { readFileSync } from 'node:fs';
import { lint, type CallscriptConfig, type Finding, type LintOptions, type Message } from '../engine';
import { documentKindOf, isLineDocument, lintLineDocument, readPlacedDocument, spokeNothing, type PlacedDocumentKind, type PlacedText } from '../formats';
import { decodeScript } from '../host/decode';
import { hasUndecodableName, NAME_NOT_UTF8 } from './file-names';
import type { ScriptFile } from './find-scripts';
import { fixText, writeAtomically, type WriteResult } from '../host/fix-file';
import type { FixMode } from './options';
import { relativePosix } from './paths';
import { unifiedDiff } from './unified-diff';
import type { Now } from '../engine/time';

/** One file's work, as sent to a worker thread: plain data only. */
export interface FileJob {
  file: ScriptFile;
  config: CallscriptConfig;
  now: Now | undefined;
  fix: FixMode;
  /** The folder paths in a diff are relative to. */
  cwd: string;
}

export type FileOutcome =
  | {
      kind: 'linted';
      file: ScriptFile;
      /** The text the findings point into: the fixed text after --fix or --fix-dry-run; empty when there are none. */
      text: string;
      findings: Finding[];
      /** With --fix-dry-run: what --fix would change. */
      diff: string;
      /** A Word, Excel or CSV file: `text` is what was read from it, and where each of its lines came from. */
      places?: PlacedText['places'];
      /** A document in which no line was read as spoken (spokeNothing): its words went unchecked. */
      unread?: boolean;
    }
  | { kind: 'failed'; file: ScriptFile; problem: Message };

/** A document with no letter or digit in it (empty, blank) is no script left unread. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Reads, lints and (with --fix) fixes one file; the same in a worker thread as on the main one. */
export async function lintFile(job: FileJob): Promise<FileOutcome> {
  const { file } = job;
  let bytes: Buffer;
  try {
    // Synchronous: one read at a time per thread is all a lint run does, and it skips the libuv pool.
    bytes = readFileSync(file.absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === 'ENOENT' && hasUndecodableName(file.display)) return { kind: 'failed', file, problem: NAME_NOT_UTF8 };
    return { kind: 'failed', file, problem: { zh: `无法读取:${code}`, en: `cannot read: ${code}` } };
  }
  const options: LintOptions = { config: job.config, now: job.now, trusted: true };
  const kind = documentKindOf(file.absolute);
  if (kind !== undefined && !isLineDocument(kind)) return lintPlaced(file, bytes, kind, options);
  const decoded = decodeScript(bytes);
  if (!decoded.ok) return { kind: 'failed', file, problem: decoded.problem };
  // The `.callscript` text the document was last read as: that of the text whose findings are reported.
  let read: string | undefined;
  const lintText =
    kind === undefined
      ? (text: string) => lint(text, options).findings
      : (text: string) => {
          const result = lintLineDocument(text, kind, options);
          read = result.read;
          return result.findings;
        };
  const outcome = await lintDecoded(job, bytes, decoded, options, lintText);
  const unread = read !== undefined && outcome.kind === 'linted' && outcome.findings.length === 0 && HAS_WORDS.test(decoded.text) && spokeNothing(read, job.config);
  return unread ? { ...outcome, unread } : outcome;
}

/** Lints a decoded script and, with --fix, writes or shows what the fixes change. */
async function lintDecoded(job: FileJob, bytes: Buffer, decoded: { text: string; bom: boolean }, options: LintOptions, lintText: (text: string) => Finding[]): Promise<FileOutcome> {
  const { file } = job;
  if (job.fix === 'off') return linted(file, decoded.text, lintText(decoded.text), '');
  const fixed = fixText(decoded.text, options, lintText);
  if (job.fix === 'dry-run') return linted(file, fixed.text, fixed.findings, unifiedDiff(relativePosix(job.cwd, file.absolute), decoded.text, fixed.text));
  if (fixed.text !== decoded.text) {
    const content = Buffer.from(`${decoded.bom ? '\ufeff' : ''}${fixed.text}`, 'utf8');
    let written;
    try {
      written = await writeAtomically(file.absolute, bytes, content, job.cwd);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      return { kind: 'failed', file, problem: { zh: `无法写入修复:${code}`, en: `cannot write the fixes: ${code}` } };
    }
    if (written !== 'written') return { kind: 'failed', file, problem: NOT_WRITTEN[written] };
  }
  return linted(file, fixed.text, fixed.findings, '');
}

const NOT_WRITTEN: Record<Exclude<WriteResult, 'written'>, Message> = {
  'changed-on-disk': { zh: '文件在修复期间被改动,未写入', en: 'changed on disk while it was being fixed; not written' },
  'read-only': { zh: '文件只读,未写入修复', en: 'read-only; the fixes were not written' },
  'hard-linked': {
    zh: '文件有其他硬链接,替换它会使这些链接保留旧内容;未写入修复',
    en: 'the file has other hard links, which would keep the old text; the fixes were not written',
  },
  'link-outside': {
    zh: '这是指向所检查文件夹之外的符号链接,未写入修复(请在目标所在的文件夹中运行)',
    en: 'a symlink to a file outside the folder being checked; the fixes were not written (run callscript where the target is)',
  },
};

/**
 * A Word, Excel or CSV file is never written: `--fix` leaves it as it is, and the report lists
 * each finding's suggested rewording with its paragraph or cell.
 */
function lintPlaced(file: ScriptFile, bytes: Buffer, kind: PlacedDocumentKind, options: LintOptions): FileOutcome {
  const read = readPlacedDocument(bytes, kind, options.config ?? {});
  if (!read.ok) return { kind: 'failed', file, problem: read.problem };
  const findings = lint(read.placed.text, options).findings;
  if (findings.length > 0) return { kind: 'linted', file, text: read.placed.text, findings, diff: '', places: read.placed.places };
  return { ...linted(file, '', findings, ''), ...(spokeNothing(read.placed.text, options.config ?? {}) ? { unread: true } : {}) };
}

/**
 * A report keeps its text only when a finding points into it: the run holds every report until
 * the end, and most scripts of a project have nothing to say.
 */
function linted(file: ScriptFile, text: string, findings: Finding[], diff: string): FileOutcome {
  return { kind: 'linted', file, text: findings.length > 0 ? text : '', findings, diff };
}
