import type { IncrementalLinter, IncrementalResult, ScriptText, Unchanged } from '../engine/incremental-lint';
import { NewestWaits, NOTHING_CHANGED, SupersededError, type VersionJob } from './newest-waits';

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
  /** A lint that threw may have left the linter between two texts: the next one compares texts instead. */
  private hintsLost = false;
  private readonly versions: NewestWaits<VersionJob, IncrementalResult> = new NewestWaits(async ({ text, unchanged, count }: VersionJob): Promise<IncrementalResult> => {
    // Counting stops for a newer version; what it counted so far stays counted.
    if (count !== undefined) return inSlices(this.linter.countSteps(count), (): boolean => this.versions.hasWaiting);
    const known = this.hintsLost ? undefined : unchanged;
    this.hintsLost = false;
    try {
      return await inSlices(this.linter.steps(text, known), () => false);
    } catch (err) {
      this.hintsLost = true;
      throw err;
    }
  });

  constructor(readonly linter: IncrementalLinter) {}

  /** `unchanged`: what the edits since the previous call left alone (see EditTracker). */
  lint(text: ScriptText, unchanged: Unchanged | undefined): Promise<IncrementalResult> {
    return this.versions.lint({ text, unchanged });
  }

  /** Counts up to `chars` more characters of what the last lint left uncounted; refused (SupersededError) once a newer version waits. */
  count(text: ScriptText, chars: number): Promise<IncrementalResult> {
    return this.versions.lint({ text, unchanged: NOTHING_CHANGED, count: chars });
  }
}

async function inSlices(steps: Generator<void, IncrementalResult, void>, stop: () => boolean): Promise<IncrementalResult> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    let step = steps.next();
    while (!step.done && performance.now() < until) step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
    if (stop()) throw new SupersededError('a newer version is waiting');
  }
}
