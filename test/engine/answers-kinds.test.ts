import { describeExchangeSet } from './exchange-sets';

/**
 * Real exchanges at counters, shops, banks, hospitals, utilities and hotlines (see
 * test/fixtures/wild-utterances/answers.md): a rule recited as the whole answer, a refusal in counter
 * form with nothing offered, a time given with a hedge, work pushed back to the customer; and their
 * look-alikes a reviewer passes (the rule with the way, the time said, the referral with the staff
 * acting). The floors are what each part reached when they were set (answers.md: before and after).
 */
describeExchangeSet({
  file: 'answers',
  title: 'answer kinds: the wild-utterance set of rules recited, refusals, hedged times and work pushed back',
  rules: ['refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'],
  least: { flagged: 40, clean: 30, sources: 20 },
  floors: { dev: 0.9, check: 1 },
});
