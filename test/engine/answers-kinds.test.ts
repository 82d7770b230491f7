import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type SplitExchange } from './wild-exchanges';

/**
 * Real exchanges at counters, shops, banks, hospitals, utilities and hotlines (see
 * test/fixtures/wild-utterances/answers.md): a rule recited as the whole answer, a refusal in counter
 * form with nothing offered, a time given with a hedge, work pushed back to the customer; and their
 * look-alikes a reviewer passes (the rule with the way, the time said, the referral with the staff
 * acting). Split by source into `dev` (kinds were written from its misses) and `check` (never read
 * for misses): the check figure says whether the kinds generalise.
 */
const EXCHANGES = readExchanges<SplitExchange>('answers');
const RULES = ['refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'];
/** What each part reached when the floors were set (answers.md: before and after). */
const FLOORS = { dev: { recall: 0.9 }, check: { recall: 1 } };

function rulesFlagging(e: SplitExchange): Set<string> {
  const text = `${e.situation ? `【${e.situation}】\n` : ''}${e.customer ? `客户:${e.customer}\n` : ''}坐席:${e.agent}\n`;
  return new Set(findingsOf(text).map((f) => f.rule).filter((r) => RULES.includes(r)));
}

function measure(part: 'dev' | 'check') {
  const mine = EXCHANGES.filter((e) => e.part === part);
  const bad = mine.filter((e) => e.verdict === 'flag');
  const good = mine.filter((e) => e.verdict === 'clean');
  const caught = bad.filter((e) => e.rules.some((r) => rulesFlagging(e).has(r)));
  const falseAlarms = good.filter((e) => rulesFlagging(e).size > 0);
  return {
    recall: caught.length / bad.length,
    line: `${part}: bad replies caught ${caught.length}/${bad.length}, good replies flagged ${falseAlarms.length}/${good.length}`,
    missed: bad.filter((e) => !caught.includes(e)).map((e) => e.id),
    falseAlarms: falseAlarms.map((e) => `${e.id} ${[...rulesFlagging(e)].join(',')}`),
  };
}

describe('answer kinds: the wild-utterance set of rules recited, refusals, hedged times and work pushed back', () => {
  it('holds at least 40 bad and 30 good replies from at least 20 sources, each cited', () => {
    assert.ok(EXCHANGES.filter((e) => e.verdict === 'flag').length >= 40);
    assert.ok(EXCHANGES.filter((e) => e.verdict === 'clean').length >= 30);
    assert.ok(new Set(EXCHANGES.map((e) => e.address)).size >= 20);
    for (const e of EXCHANGES) {
      assert.ok((e.customer || e.situation) && e.agent && e.kind && e.source && /^https?:\/\//.test(e.address), e.id);
      assert.ok(e.part === 'dev' || e.part === 'check', e.id);
      if (e.verdict === 'flag') assert.ok(e.rules.length > 0 && e.rules.every((r) => RULES.includes(r)), e.id);
    }
  });

  it('splits dev and check by source: no source in both parts', () => {
    const partOf = new Map<string, string>();
    for (const e of EXCHANGES) {
      assert.equal(partOf.get(e.address) ?? e.part, e.part, e.address);
      partOf.set(e.address, e.part);
    }
  });

  for (const part of ['dev', 'check'] as const) {
    it(`${part}: flags the bad replies at or above the floor, and leaves the good replies clean`, () => {
      const m = measure(part);
      // The check part's misses are not printed: its items are not read while kinds are written.
      console.log(part === 'dev' ? `      ${m.line}; missed: ${m.missed.join(' ')}; false alarms: ${m.falseAlarms.join(' ')}` : `      ${m.line}`);
      assert.ok(m.recall >= FLOORS[part].recall, `${part} recall ${m.recall}`);
      if (part === 'dev') assert.deepEqual(m.falseAlarms, []);
    });
  }
});
