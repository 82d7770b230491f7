import { describeExchangeSet } from './exchange-sets';

/**
 * Real exchanges in which the service failed a customer and someone answered (see
 * test/fixtures/wild-utterances/failures.md). Each bad reply is an excuse, a denial, a rule, a plan
 * or an instruction given with no apology or understanding first, or a flat refusal; each good one
 * gives the apology, the understanding or the alternative. The floors are what each part reached
 * when they were set (failures.md: before and after).
 */
describeExchangeSet({
  file: 'failures',
  title: 'failure kinds: the wild-utterance set of failures answered',
  rules: ['apology-first', 'refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'],
  least: { flagged: 39, clean: 21, sources: 25 },
  floors: { dev: 1, check: 0.54 },
  ruleFloors: { rule: 'apology-first', dev: 0.92, check: 0.66 },
});
