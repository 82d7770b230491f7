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
  const given = process.env.CALLSCRIPT_FUZZ_SEED;
  // npm test runs the same cases every time, so that a bug it misses it misses always, not nine
  // times in ten; a longer fuzz run draws new ones. fast-check names the seed of any failure.
  const seed = given !== undefined && /^-?\d+$/.test(given) ? Number(given) : fuzzing() ? undefined : NPM_TEST_SEED;
  return {
    numRuns: Number.isInteger(asked) && asked > 0 ? Math.max(asked, inNpmTest) : inNpmTest,
    // Counterexamples found so far, checked before every random run.
    examples,
    ...(seed === undefined ? {} : { seed }),
  };
}

/** The seed of every property in `npm test`. */
export const NPM_TEST_SEED = 20270205;

/** Whether a longer fuzz run is going on: its tests get no timeout. */
export function fuzzing(): boolean {
  return Number(process.env.CALLSCRIPT_FUZZ_RUNS) > 0;
}
