import type { Parameters } from 'fast-check';

/**
 * How many random cases each property runs. `npm test` keeps the counts given here (its whole
 * robustness suite stays well under a minute on two cores); `CALLSCRIPT_FUZZ_RUNS` (set by
 * `npm run fuzz`) raises every property to at least that many, and `CALLSCRIPT_FUZZ_SEED`
 * replays the run that fast-check reported as failing (with the `path` it printed, shrinking
 * starts where it ended).
 */
export function fuzzParameters<T>(inNpmTest: number, examples: T[] = []): Parameters<T> {
  const asked = Number(process.env.CALLSCRIPT_FUZZ_RUNS);
  const seed = process.env.CALLSCRIPT_FUZZ_SEED;
  return {
    numRuns: Number.isInteger(asked) && asked > 0 ? Math.max(asked, inNpmTest) : inNpmTest,
    // Counterexamples found so far, checked before every random run.
    examples,
    ...(seed !== undefined && /^-?\d+$/.test(seed) ? { seed: Number(seed) } : {}),
  };
}

/** Whether a longer fuzz run is going on: its tests get no timeout. */
export function fuzzing(): boolean {
  return Number(process.env.CALLSCRIPT_FUZZ_RUNS) > 0;
}
