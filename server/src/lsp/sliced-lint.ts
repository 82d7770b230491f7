import type { IncrementalLinter, IncrementalResult, Unchanged } from '../engine/incremental-lint';
import { bothUnchanged } from './edit-tracker';
import { SupersededError } from './document-thread';

/**
 * Longest stretch of one document's linting before the server answers anything else that waits:
 * a request of another document takes several turns (settings, config files, the lint), each
 * behind at most one slice.
 */
const SLICE_MS = 4;

/**
 * One document's versions linted on the server's thread, one at a time and a slice at a time:
 * a long first lint (a script of a megabyte, half a second) lets every other request through
 * between its slices. While a version is linted, only the newest waits; those typed in between
 * are never linted.
 */
export class SlicedLint {
  private running = false;
  /** A lint that threw may have left the linter between two texts: the next one compares texts instead. */
  private hintsLost = false;
  private waiting: { text: string; unchanged: Unchanged | undefined; resolve(r: IncrementalResult): void; reject(e: Error): void } | undefined;

  constructor(readonly linter: IncrementalLinter) {}

  /** `unchanged`: what the edits since the previous call left alone (see EditTracker). */
  lint(text: string, unchanged: Unchanged | undefined): Promise<IncrementalResult> {
    return new Promise((resolve, reject) => {
      const skipped = this.waiting;
      skipped?.reject(new SupersededError('a newer version is waiting'));
      const since = skipped ? skipped.unchanged && unchanged && bothUnchanged(skipped.unchanged, unchanged) : unchanged;
      this.waiting = { text, unchanged: since, resolve, reject };
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiting) {
      const job = this.waiting;
      this.waiting = undefined;
      const unchanged = this.hintsLost ? undefined : job.unchanged;
      this.hintsLost = false;
      try {
        job.resolve(await inSlices(this.linter.steps(job.text, unchanged)));
      } catch (err) {
        this.hintsLost = true;
        job.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
    this.running = false;
  }
}

async function inSlices(steps: Generator<void, IncrementalResult, void>): Promise<IncrementalResult> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    let step = steps.next();
    while (!step.done && performance.now() < until) step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
