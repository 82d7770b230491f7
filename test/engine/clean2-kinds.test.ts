import { describeCleanSet } from './clean-sets';

/** A second set of real agent lines a QA reviewer passes (test/fixtures/wild-utterances/clean2.md), read like the first. */
describeCleanSet({
  fixture: 'clean2.json',
  title: 'clean kinds, second set: real agent lines a reviewer passes',
  least: { lines: 300, sources: 45 },
  ceiling: { dev: 5, check: 6 },
});
