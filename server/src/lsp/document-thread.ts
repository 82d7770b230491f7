import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver/node';
import { lineStartsOf, lint, type Finding, type LintOptions, type Locale } from '../engine';
import { documentSymbols, foldingRanges } from './outline';

/**
 * A document this long is linted on a thread of its own: linting it takes long enough (a 20 MB
 * script, seconds) that the other documents' diagnostics, hovers and completions would wait.
 * Below it, the round trip to a thread costs more than the lint.
 */
export const OWN_THREAD_CHARS = 256 * 1024;

const ROLE = 'callscript-document-thread';

interface Job {
  id: number;
  text: string;
  options: LintOptions;
  locale: Locale;
}

/** What a thread sends back: the findings, and the outline, which would also mean parsing the text here. */
export interface ThreadResult {
  findings: Finding[];
  crashes: Array<{ rule: string; message: string; stack?: string }>;
  symbols: DocumentSymbol[];
  folding: FoldingRange[];
}

interface Reply {
  id: number;
  result?: ThreadResult;
  error?: string;
}

/** A newer version was sent before this one was started: its answer would be old. */
export class SupersededError extends Error {}

/**
 * One long document's own thread. At most one version is linted at a time; while it runs, only
 * the newest version waits, and the versions typed in between are never linted at all.
 */
export class DocumentThread {
  private readonly worker: Worker;
  private nextId = 0;
  private running: { id: number; resolve(r: ThreadResult): void; reject(e: Error): void } | undefined;
  private waiting: (Job & { resolve(r: ThreadResult): void; reject(e: Error): void }) | undefined;

  /** `threadEntry`: the server's own entry file (main.ts passes its `__filename`). */
  constructor(threadEntry: string) {
    this.worker = new Worker(threadEntry, { workerData: { role: ROLE } });
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`the document thread stopped (exit code ${code})`)));
  }

  lint(text: string, options: LintOptions, locale: Locale): Promise<ThreadResult> {
    return new Promise((resolve, reject) => {
      this.waiting?.reject(new SupersededError('a newer version is waiting'));
      this.waiting = { id: this.nextId++, text, options, locale, resolve, reject };
      this.startWaiting();
    });
  }

  dispose(): void {
    void this.worker.terminate();
  }

  private startWaiting(): void {
    if (this.running || !this.waiting) return;
    const { resolve, reject, ...job } = this.waiting;
    this.waiting = undefined;
    this.running = { id: job.id, resolve, reject };
    this.worker.postMessage(job satisfies Job);
  }

  private settle(reply: Reply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    this.running = undefined;
    if (reply.result) running.resolve(reply.result);
    else running.reject(new Error(reply.error ?? 'the document thread failed'));
    this.startWaiting();
  }

  private failAll(err: Error): void {
    this.running?.reject(err);
    this.waiting?.reject(err);
    this.running = undefined;
    this.waiting = undefined;
  }
}

export function isDocumentThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** The thread's side: lint each version it is sent, with the same engine as everywhere else. */
export function serveDocumentThread(): void {
  parentPort?.on('message', (job: Job) => {
    try {
      const linted = lint(job.text, job.options);
      const lineStarts = lineStartsOf(job.text);
      const result: ThreadResult = {
        findings: linted.findings,
        crashes: linted.crashes.map(({ rule, error }) => ({
          rule,
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
        })),
        symbols: documentSymbols(linted.doc, lineStarts, job.locale),
        folding: foldingRanges(linted.doc),
      };
      parentPort?.postMessage({ id: job.id, result } satisfies Reply);
    } catch (err) {
      parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
  });
}
