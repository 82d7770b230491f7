import type { ScriptText, Unchanged } from '../engine/incremental-lint';
import { bothUnchanged } from './edit-tracker';

/** A newer version was asked for before this one was started: its answer would be old. */
export class SupersededError extends Error {}

/** One version to lint: its text and what the edits since the version before left alone. */
export interface VersionJob {
  text: ScriptText;
  unchanged: Unchanged | undefined;
  /** Not a new version: count this many more characters of what the last lint left uncounted. */
  count?: number;
}

/** A count job changes no text: composed with the edits after it, it leaves theirs. */
export const NOTHING_CHANGED: Unchanged = { prefix: Number.POSITIVE_INFINITY, suffix: Number.POSITIVE_INFINITY };

/**
 * One document's versions, linted one at a time: while one runs, only the newest waits, and the
 * versions typed in between are never linted. What a skipped version's edits and the next one's
 * both left alone is what the waiting one keeps.
 */
export class NewestWaits<J extends VersionJob, R> {
  private running = false;
  private waiting: { job: J; resolve(r: R): void; reject(e: Error): void } | undefined;

  constructor(private readonly run: (job: J) => Promise<R>) {}

  /** Whether a job waits behind the one running: a count running may stop for it. */
  get hasWaiting(): boolean {
    return this.waiting !== undefined;
  }

  lint(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      // Counting waits for nothing: what waits is newer, or this version's lint that counts too.
      if (job.count !== undefined && this.waiting) return reject(new SupersededError('a lint is waiting'));
      const skipped = this.waiting;
      skipped?.reject(new SupersededError('a newer version is waiting'));
      const unchanged = skipped ? skipped.job.unchanged && job.unchanged && bothUnchanged(skipped.job.unchanged, job.unchanged) : job.unchanged;
      this.waiting = { job: { ...job, unchanged }, resolve, reject };
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting) {
      const { job, resolve, reject } = this.waiting;
      this.waiting = undefined;
      try {
        resolve(await this.run(job));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
    this.running = false;
  }
}
