import { describeUtteranceSet } from './utterance-sets';

/**
 * Real staff utterances that disown the customer's problem (推诿, 推卸责任, 强调客观, 辩解): the rule or
 * the system pleaded as the answer, courtesy around it or not; the agent or the organisation justified,
 * or the customer's account contradicted; the customer sent to find out elsewhere. And polite look-alikes
 * that share their words: a rule explained with what will be done, a consequence stated with empathy, an
 * apology with the fault owned. Each is quoted from a public source (see disowning.md beside the fixture),
 * labeled before callscript was run on them, and split by source: every third source is the `check` part.
 */
describeUtteranceSet({
  file: 'disowning',
  title: 'disowning kinds on wild utterances',
  // negative-wording reports these kinds. refusal-alternative, which reports a rule recited to a request, is
  // left out: standalone utterances carry no request, and it flags two check look-alikes whose no is a
  // condition's (修不了就给换, 如果…维修不了) — recorded in disowning.md.
  rules: ['negative-wording'],
  least: { flagged: 40, clean: 30, sources: 20 },
  // Flagged utterances caught in each part, on the rules of this commit (disowning.md: 5/32 and 3/17 before the kinds).
  floors: { dev: 22, check: 7 },
  cleanName: 'look-alikes',
});
