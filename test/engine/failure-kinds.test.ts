import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type SplitExchange } from './wild-exchanges';

/**
 * Real exchanges in which the service failed a customer and someone answered (see
 * test/fixtures/wild-utterances/failures.md): the customer's turn, or the situation as a stage
 * direction where the page quotes no words of theirs, and the reply. Each bad reply is an excuse, a
 * denial, a rule, a plan or an instruction given with no apology or understanding first, or a flat
 * refusal; each good one gives the apology, the understanding or the alternative. Split by source
 * into `dev` (the kinds were written from its misses) and `check` (never read for misses): the
 * check figure says whether the kinds generalise.
 */
const EXCHANGES = readExchanges<SplitExchange>('failures');
const RULES = ['apology-first', 'refusal-alternative', 'negative-wording', 'vague-wording', 'taboo-phrase', 'interrogative-tone'];
/** What each part reached when the floors were set (failures.md: before and after). */
const FLOORS = { dev: { recall: 1, apology: 0.92 }, check: { recall: 0.54, apology: 0.66 } };

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
  const wantApology = bad.filter((e) => e.rules.includes('apology-first'));
  const apologyCaught = wantApology.filter((e) => rulesFlagging(e).has('apology-first'));
  const falseAlarms = good.filter((e) => rulesFlagging(e).size > 0);
  return {
    recall: caught.length / bad.length,
    apology: apologyCaught.length / wantApology.length,
    precision: caught.length / (caught.length + falseAlarms.length),
    line: `${part}: recall ${caught.length}/${bad.length}, apology-first ${apologyCaught.length}/${wantApology.length}, good replies flagged ${falseAlarms.length}/${good.length}`,
    missed: bad.filter((e) => !caught.includes(e)).map((e) => e.id),
    falseAlarms: falseAlarms.map((e) => `${e.id} ${[...rulesFlagging(e)].join(',')}`),
  };
}

describe('failure kinds: the wild-utterance set of failures answered', () => {
  it('holds at least 60 exchanges from at least 25 sources, each cited, about two flagged for one clean', () => {
    assert.ok(EXCHANGES.length >= 60, `${EXCHANGES.length}`);
    assert.ok(new Set(EXCHANGES.map((e) => e.address)).size >= 25);
    const bad = EXCHANGES.filter((e) => e.verdict === 'flag').length;
    assert.ok(bad >= EXCHANGES.length / 2 && bad <= (EXCHANGES.length * 3) / 4, `${bad} flagged`);
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
      assert.ok(m.apology >= FLOORS[part].apology, `apology-first ${m.apology}`);
      if (part === 'dev') assert.deepEqual(m.falseAlarms, []);
    });
  }
});
