import { describeUtteranceSet, TONE_RULES } from './utterance-sets';

/**
 * Real staff utterances a reviewer flags as scolding, contempt, sarcasm, contradicting the customer,
 * orders, impatience, rhetorical questions, blame, threats and sending elsewhere, and polite look-alikes
 * that share their words, each quoted from a public source (see scolding.md beside the fixture).
 * Labeled before callscript was run on them, and split by source: every third source is the `check`
 * part, whose misses were not read while the kinds were written. The two parts are reported apart.
 */
describeUtteranceSet({
  file: 'scolding',
  title: 'scolding kinds on wild utterances',
  // The rules that report these kinds: sending elsewhere and blame-shifting are negative-wording's.
  rules: TONE_RULES,
  least: { flagged: 80, clean: 40, sources: 30 },
  // Flagged utterances caught in each part, on the rules of this commit (scolding.md: before and after; the
  // curt turns of taboo-phrase raised them since).
  floors: { dev: 49, check: 17 },
  cleanName: 'look-alikes',
});
