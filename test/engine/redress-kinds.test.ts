import { describeExchangeSet } from './exchange-sets';

/**
 * Real exchanges in which a customer reports a fault, a delay, a charge or a loss and the service
 * answers (test/fixtures/wild-utterances/redress.md): hospitals, transit, shops, utilities, property,
 * schools, hotlines and their written replies and public statements. A bad reply explains, states a
 * plan or progress, tells the customer what to do, denies or calms, with no apology or
 * understanding first; a good one opens with the apology or owns the fault. The floors are what each
 * part reached when they were set (redress.md: before and after).
 */
describeExchangeSet({
  file: 'redress',
  title: 'redress kinds: the wild-utterance set of faults answered',
  rules: ['apology-first', 'refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'],
  least: { flagged: 31, clean: 10, sources: 20 },
  floors: { dev: 1, check: 6 / 9 },
  ruleFloors: { rule: 'apology-first', everyFlagged: true, dev: 1, check: 6 / 9 },
});
