import { describeCleanSet } from './clean-sets';

/** Real agent lines a QA reviewer passes (test/fixtures/wild-utterances/clean.md): every finding is a false positive. */
describeCleanSet({
  fixture: 'clean.json',
  title: 'clean kinds: real agent lines a reviewer passes',
  least: { lines: 200, sources: 30 },
  ceiling: { dev: 1, check: 4 },
});
