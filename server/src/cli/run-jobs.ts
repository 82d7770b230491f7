import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CallscriptConfig } from '../engine';
import { lintFile, type FileJob, type FileOutcome } from './lint-file';

const WORKER_ROLE = 'callscript-lint-worker';
/**
 * Each worker loads the whole bundle and warms the engine up again (about 35 ms for its first
 * ten scripts, and the JIT after that), while a warm engine lints a typical script in well under
 * 0.1 ms, and the main thread still reads configs and clones jobs and results. Measured on two
 * cores, 2,000 scripts took 0.65–0.72 s on one thread and 0.77–0.87 s with two workers; so
 * workers start only where their start-up can be won back: many files and at least four cores
 * (docs/cli.md, "Speed").
 */
const PARALLEL_MIN_FILES = 3000;
const PARALLEL_MIN_CORES = 4;
/** Each worker holds its own engine (about 100 MB): more than this rarely pays. */
const MAX_WORKERS = 8;
/** Batches per worker: few messages, while the last batches still even out the load. */
const BATCHES_PER_WORKER = 4;
/** Batches a worker holds at once, so that it never waits for the next one. */
const IN_FLIGHT = 2;

/**
 * A job as sent to a worker: its config is an index into the configs the worker was started
 * with, so that files sharing a config share one object there too (the engine caches per config).
 */
type WireJob = Omit<FileJob, 'config'> & { config: number };

interface Batch {
  first: number;
  jobs: WireJob[];
}

interface WorkerData {
  role: typeof WORKER_ROLE;
  configs: CallscriptConfig[];
}

interface Done {
  first: number;
  outcomes: FileOutcome[];
}

export interface RunOptions {
  /** undefined: decide from the number of files. */
  concurrency: number | undefined;
  /** The script that starts a worker: the CLI's own entry, which serves jobs when it is one. */
  workerEntry: string;
  onProgress?: (done: number, total: number) => void;
}

/** Lints every job, in worker threads when that pays; the outcomes come back in the jobs' order. */
export async function runJobs(jobs: readonly FileJob[], options: RunOptions): Promise<FileOutcome[]> {
  const workers = workerCount(jobs.length, options.concurrency);
  if (workers <= 1) {
    const outcomes: FileOutcome[] = [];
    for (const job of jobs) {
      outcomes.push(await lintFile(job));
      options.onProgress?.(outcomes.length, jobs.length);
    }
    return outcomes;
  }
  return runInWorkers(jobs, workers, options);
}

function workerCount(files: number, concurrency: number | undefined): number {
  if (concurrency !== undefined) return Math.min(concurrency, files);
  const cores = availableParallelism();
  return files >= PARALLEL_MIN_FILES && cores >= PARALLEL_MIN_CORES ? Math.min(cores, MAX_WORKERS) : 1;
}

function runInWorkers(jobs: readonly FileJob[], count: number, options: RunOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const configs: CallscriptConfig[] = [];
  const indexOf = new Map<CallscriptConfig, number>();
  const wire = jobs.map((job): WireJob => {
    let i = indexOf.get(job.config);
    if (i === undefined) indexOf.set(job.config, (i = configs.push(job.config) - 1));
    return { ...job, config: i };
  });
  const size = Math.ceil(jobs.length / (count * BATCHES_PER_WORKER));
  const pending: Batch[] = [];
  for (let first = 0; first < jobs.length; first += size) pending.push({ first, jobs: wire.slice(first, first + size) });
  let done = 0;
  const pool: Worker[] = [];
  return new Promise<FileOutcome[]>((resolve, reject) => {
    const fail = (err: unknown) => {
      for (const w of pool) void w.terminate();
      reject(err);
    };
    const feed = (worker: Worker) => {
      const batch = pending.shift();
      if (batch) worker.postMessage(batch);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.workerEntry, { workerData: { role: WORKER_ROLE, configs } satisfies WorkerData });
      pool.push(worker);
      worker.on('message', (result: Done) => {
        result.outcomes.forEach((o, j) => (outcomes[result.first + j] = o));
        done += result.outcomes.length;
        options.onProgress?.(done, jobs.length);
        if (done === jobs.length) {
          for (const w of pool) void w.terminate();
          resolve(outcomes);
        } else {
          feed(worker);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < jobs.length) fail(new Error(`a lint worker stopped early (exit code ${code})`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}

/** Whether this thread was started by runJobs to lint files. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | null)?.role === WORKER_ROLE;
}

/** The worker's side: lint each batch it is sent and send the outcomes back. */
export function serveLintJobs(): void {
  const { configs } = workerData as WorkerData;
  parentPort?.on('message', (batch: Batch) => {
    void (async () => {
      const outcomes: FileOutcome[] = [];
      for (const job of batch.jobs) outcomes.push(await lintFile({ ...job, config: configs[job.config] }));
      parentPort?.postMessage({ first: batch.first, outcomes } satisfies Done);
    })();
  });
}
