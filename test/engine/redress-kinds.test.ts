import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type SplitExchange } from './wild-exchanges';

/**
 * Real exchanges in which a customer reports a fault, a delay, a charge or a loss and the service
 * answers (test/fixtures/wild-utterances/redress.md): hospitals, transit, shops, utilities, property,
 * schools, hotlines and their written replies and public statements. A bad reply explains, states a
 * plan or progress, tells the customer what to do, denies or calms, with no apology or
 * understanding first; a good one opens with the apology or owns the fault. Split by source into
 * `dev` (kinds may be written from its misses) and `check` (never read for misses): the check
 * figure says whether the kinds generalise.
 */
const EXCHANGES = readExchanges<SplitExchange>('redress');
const RULES = ['apology-first', 'refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'];
/** What each part reached when the floors were set (redress.md: before and after). */
const FLOORS = { dev: { recall: 22 / 22, apology: 22 / 22 }, check: { recall: 6 / 9, apology: 6 / 9 } };

/** The exchange as a script on the phone: the situation, the customer's turn, the reply. */
function rulesFlagging(e: SplitExchange): Set<string> {
  const text = `${e.situation ? `【${e.situation}】\n` : ''}${e.customer ? `客户:${e.customer}\n` : ''}坐席:${e.agent}\n`;
  return new Set(findingsOf(text).map((f) => f.rule).filter((r) => RULES.includes(r)));
}

function measure(part: 'dev' | 'check') {
  const mine = EXCHANGES.filter((e) => e.part === part);
  const bad = mine.filter((e) => e.verdict === 'flag');
  const good = mine.filter((e) => e.verdict === 'clean');
  const caught = bad.filter((e) => e.rules.some((r) => rulesFlagging(e).has(r)));
  const apologyCaught = bad.filter((e) => rulesFlagging(e).has('apology-first'));
  const falseAlarms = good.filter((e) => rulesFlagging(e).size > 0);
  return {
    recall: caught.length / bad.length,
    apology: apologyCaught.length / bad.length,
    line: `${part}: recall ${caught.length}/${bad.length}, apology-first ${apologyCaught.length}/${bad.length}, good replies flagged ${falseAlarms.length}/${good.length}`,
    missed: bad.filter((e) => !apologyCaught.includes(e)).map((e) => e.id),
    falseAlarms: falseAlarms.map((e) => `${e.id} ${[...rulesFlagging(e)].join(',')}`),
  };
}

describe('redress kinds: the wild-utterance set of faults answered', () => {
  it('holds at least 40 exchanges from at least 20 sources, each cited, every bad reply owed the apology', () => {
    assert.ok(EXCHANGES.length >= 40, `${EXCHANGES.length}`);
    assert.ok(new Set(EXCHANGES.map((e) => e.address)).size >= 20);
    for (const e of EXCHANGES) {
      assert.ok((e.customer || e.situation) && e.agent && e.kind && e.source && /^https?:\/\//.test(e.address), e.id);
      assert.ok(e.part === 'dev' || e.part === 'check', e.id);
      if (e.verdict === 'flag') assert.ok(e.rules.includes('apology-first') && e.rules.every((r) => RULES.includes(r)), e.id);
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
    it(`${part}: flags the bad replies at or above the floor`, () => {
      const m = measure(part);
      // The check part's misses are not printed: its items are not read while kinds are written.
      console.log(part === 'dev' ? `      ${m.line}; missed: ${m.missed.join(' ')}; false alarms: ${m.falseAlarms.join(' ')}` : `      ${m.line}`);
      assert.ok(m.recall >= FLOORS[part].recall, `${part} recall ${m.recall}`);
      assert.ok(m.apology >= FLOORS[part].apology, `apology-first ${m.apology}`);
    });
  }
});
