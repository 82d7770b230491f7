import { describeUtteranceSet } from './utterance-sets';

/**
 * Real staff utterances a reviewer flags as curt orders (a bare imperative to the customer), as
 * addressing the customer by a bed number or a label instead of a form of address, as evaluations of
 * the customer (训斥) and as impatience, and polite look-alikes that share their words (请……, a queue
 * called with 请, announcements), each quoted from a public source (see orders.md beside the fixture).
 * Labeled and committed before callscript was run on them, and split by source: every third source
 * (sorted by address) is the `check` part, whose misses were not read while the kinds were written.
 */
describeUtteranceSet({
  file: 'orders',
  title: 'orders kinds on wild utterances',
  // The rules that report these kinds: the orders, forms of address and scolding are taboo-phrase's,
  // a rhetorical question interrogative-tone's.
  rules: ['taboo-phrase', 'interrogative-tone'],
  least: { flagged: 40, clean: 30, sources: 20 },
  // Flagged utterances caught in each part, on the rules of this commit (orders.md: before and after; the
  // curt turns of taboo-phrase raised them since).
  floors: { dev: 24, check: 7 },
  cleanName: 'look-alikes',
});
