import { describeCleanSet } from './clean-sets';

/** A third set of real agent lines a QA reviewer passes (test/fixtures/wild-utterances/clean3.md), read like the first two. */
describeCleanSet({
  fixture: 'clean3.json',
  title: 'clean kinds, third set: real agent lines a reviewer passes',
  least: { lines: 172, sources: 35 },
  ceiling: { dev: 4, check: 3 },
});
