import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LintOptions, Locale } from '../engine';
import { IncrementalLinter, unchangedWithin, type IncrementalResult, type ScriptText, type Unchanged } from '../engine/incremental-lint';
import type { Range } from '../engine/positions';
import { COUNT_AHEAD } from './counting';
import { NewestWaits, NOTHING_CHANGED, type VersionJob } from './newest-waits';
import { presented, type LintedDocument } from './linted-document';
import { answer, type Answer, type Question } from './questions';

/**
 * A document this long (in characters: about 12 MB of Chinese in UTF-8) is linted on a thread of
 * its own. Shorter ones are linted on the server's thread a slice at a time (sliced-lint.ts),
 * which costs less per keystroke than a round trip to a thread; but hovers, completions and the
 * outline parse the whole text, which for this much text takes long enough to hold up every other
 * document.
 */
export const OWN_THREAD_CHARS = 4 * 1024 * 1024;

const ROLE = 'callscript-document-thread';

type Job =
  /**
   * `options` only when they changed since the last lint: the thread keeps its incremental state
   * otherwise. The text comes whole the first time, then as what changed between the unchanged ends.
   */
  | { id: number; kind: 'lint'; text: string; unchanged?: Unchanged; options?: LintOptions; keep?: number }
  /** Count `chars` more characters of what the last lint left uncounted (IncrementalLinter.countSteps). */
  | { id: number; kind: 'count'; chars: number }
  | { id: number; kind: 'question'; uri: string; locale: Locale; question: Question };

/** What a diagnostic needs, and no more: hovers and code actions, which need the findings, are answered on the thread. */
export interface ThreadLint {
  summaries: IncrementalResult['summaries'];
  ranges: Range[];
  crashes: Array<{ rule: string; message: string; stack?: string }>;
  omitted: number;
  uncounted: number;
}

interface Reply {
  id: number;
  result?: ThreadLint | { answer: Answer };
  error?: string;
}

interface Pending {
  resolve(r: never): void;
  reject(e: Error): void;
}

/**
 * One long document's own thread. At most one version is linted at a time; while it runs, only
 * the newest version waits, and the versions typed in between are never linted at all.
 */
export class DocumentThread {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly running = new Map<number, Pending>();
  private readonly versions = new NewestWaits<VersionJob & { options: LintOptions; keep: number }, ThreadLint>((job) => this.send(job));
  private sentOptions: LintOptions | undefined;
  private sentKeep: number | undefined;
  /** The length of the text last sent, which a delta's unchanged ends are measured in. */
  private sentLength: number | undefined;
  /** Why the thread is gone, once it is: every later request fails with it at once. */
  private failed: Error | undefined;

  /** `threadEntry`: the server's own entry file (main.ts passes its `__filename`). */
  constructor(threadEntry: string) {
    this.worker = new Worker(threadEntry, { workerData: { role: ROLE } });
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`the document thread stopped (exit code ${code})`)));
  }

  /** `keep`: how many findings are wanted (see IncrementalLinter); `unchanged`: what the edits since the previous call left alone (see EditTracker). */
  lint(text: ScriptText, options: LintOptions, keep: number, unchanged: Unchanged | undefined): Promise<ThreadLint> {
    return this.versions.lint({ text, options, keep, unchanged });
  }

  /** Counts up to `chars` more characters of what the last lint of `text` left uncounted; refused (SupersededError) once a newer version waits. */
  count(text: ScriptText, options: LintOptions, keep: number, chars: number): Promise<ThreadLint> {
    return this.versions.lint({ text, options, keep, unchanged: NOTHING_CHANGED, count: chars });
  }

  /** A hover, completion or code actions, for the version linted last. */
  ask(uri: string, locale: Locale, question: Question): Promise<Answer> {
    return new Promise<{ answer: Answer }>((resolve, reject) =>
      this.post({ id: this.nextId++, kind: 'question', uri, locale, question }, { resolve: resolve as (r: never) => void, reject }),
    ).then((r) => r.answer);
  }

  dispose(): void {
    void this.worker.terminate();
  }

  /** Sends a version: whole the first time and when the options changed, else what changed between the unchanged ends. */
  private send({ text, options, keep, unchanged, count }: VersionJob & { options: LintOptions; keep: number }): Promise<ThreadLint> {
    if (count !== undefined) return new Promise<ThreadLint>((resolve, reject) => this.post({ id: this.nextId++, kind: 'count', chars: count }, { resolve: resolve as (r: never) => void, reject }));
    const changed = options !== this.sentOptions || keep !== this.sentKeep;
    this.sentOptions = options;
    this.sentKeep = keep;
    const sent = this.sentLength;
    this.sentLength = text.length;
    let job: Job;
    if (sent !== undefined && unchanged && !changed) {
      const { prefix, suffix } = unchangedWithin(unchanged, sent, text.length);
      job = { id: this.nextId++, kind: 'lint', text: text.slice(prefix, text.length - suffix), unchanged: { prefix, suffix } };
    } else {
      job = { id: this.nextId++, kind: 'lint', text: text.toString(), ...(changed ? { options, keep } : {}) };
    }
    return new Promise<ThreadLint>((resolve, reject) => this.post(job, { resolve: resolve as (r: never) => void, reject }));
  }

  private post(job: Job, pending: Pending): void {
    if (this.failed) return pending.reject(this.failed);
    this.running.set(job.id, pending);
    this.worker.postMessage(job);
  }

  private settle(reply: Reply): void {
    const pending = this.running.get(reply.id);
    if (!pending) return;
    this.running.delete(reply.id);
    if (reply.result) pending.resolve(reply.result as never);
    else pending.reject(new Error(reply.error ?? 'the document thread failed'));
  }

  private failAll(err: Error): void {
    this.failed ??= err;
    for (const p of this.running.values()) p.reject(err);
    this.running.clear();
  }
}

/** What of a lint goes back to the server's thread. */
function threadLint(linted: IncrementalResult): ThreadLint {
  return {
    summaries: linted.summaries,
    ranges: linted.ranges,
    omitted: linted.omitted,
    uncounted: linted.uncounted,
    crashes: linted.crashes.map(({ rule, error }) => ({
      rule,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    })),
  };
}

export function isDocumentThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** The thread's side: lint each version it is sent, with the same engine as everywhere else. */
export function serveDocumentThread(): void {
  let linter: IncrementalLinter | undefined;
  let options: LintOptions = {};
  let keep = Number.POSITIVE_INFINITY;
  let text = '';
  let linted: IncrementalResult | undefined;
  // Parsed at most once per version, for however many questions come.
  let asked: LintedDocument | undefined;
  const reply = (job: Job): ThreadLint | { answer: Answer } => {
    if (job.kind === 'question') {
      if (!linted) return { answer: null };
      if (asked?.uri !== job.uri || asked.locale !== job.locale) asked = presented(job.uri, 0, text, linted, { options, locale: job.locale });
      return { answer: answer(asked, job.question) };
    }
    if (job.kind === 'count') {
      if (!linter) throw new Error('nothing to count: the last lint failed');
      asked = undefined;
      const counted = linter.countSteps(job.chars);
      for (let step = counted.next(); ; step = counted.next()) if (step.done) return threadLint((linted = step.value));
    }
    if (job.options) options = job.options;
    if (job.keep !== undefined) keep = job.keep;
    if (job.options || !linter) linter = new IncrementalLinter(options, undefined, keep, COUNT_AHEAD);
    const { unchanged } = job;
    text = unchanged ? text.slice(0, unchanged.prefix) + job.text + text.slice(text.length - unchanged.suffix) : job.text;
    asked = undefined;
    linted = linter.update(text, unchanged);
    return threadLint(linted);
  };
  parentPort?.on('message', (job: Job) => {
    try {
      parentPort?.postMessage({ id: job.id, result: reply(job) } satisfies Reply);
    } catch (err) {
      // Its incremental state may be between two texts: the next lint starts afresh (and is sent whole).
      if (job.kind === 'lint') linter = undefined;
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}
