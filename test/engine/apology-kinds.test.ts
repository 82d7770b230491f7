import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type Exchange } from './wild-exchanges';

/**
 * Real exchanges from published complaint reports, news and training material (see
 * test/fixtures/wild-utterances/README.md): the customer's turn, the agent's reply. Each bad reply
 * is one a reviewer flags for a missing apology, a flat refusal, a wait without thanks, negative
 * or vague wording; each good one gives the apology, the alternative or the thanks. They measure
 * the kinds these rules recognise, not strings to match.
 */
const EXCHANGES = readExchanges('apology');
const RULES = ['apology-first', 'wait-thanks', 'refusal-alternative', 'negative-wording', 'vague-wording'];
/** What the set reached when the floor was set (README: before and after). */
const RECALL_FLOOR = 0.98;

/** The exchange as a two-turn script, on the phone (the default channel). */
function rulesFlagging(e: Exchange): Set<string> {
  const text = `客户:${e.customer}\n坐席:${e.agent}\n`;
  return new Set(findingsOf(text).map((f) => f.rule).filter((r) => RULES.includes(r)));
}

describe('apology kinds: the wild-utterance set', () => {
  const bad = EXCHANGES.filter((e) => e.verdict === 'flag');
  const good = EXCHANGES.filter((e) => e.verdict === 'clean');

  it('holds at least 60 bad and 19 good exchanges from at least 25 sources, each cited', () => {
    assert.ok(bad.length >= 60, `${bad.length} bad`);
    assert.ok(good.length >= 19, `${good.length} good`);
    assert.ok(new Set(EXCHANGES.map((e) => e.address)).size >= 25);
    for (const e of EXCHANGES) {
      assert.ok(e.customer && e.agent && e.kind && e.source && /^https?:\/\//.test(e.address), e.id);
      if (e.verdict === 'flag') assert.ok(e.rules.length > 0 && e.rules.every((r) => RULES.includes(r)), e.id);
    }
  });

  it(`flags at least ${RECALL_FLOOR * 100}% of the bad replies with a rule a reviewer expects`, () => {
    const missed = bad.filter((e) => !e.rules.some((r) => rulesFlagging(e).has(r)));
    const recall = (bad.length - missed.length) / bad.length;
    console.log(`      recall ${(recall * 100).toFixed(1)}% (${bad.length - missed.length}/${bad.length}); missed: ${missed.map((e) => e.id).join(' ')}`);
    assert.ok(recall >= RECALL_FLOOR, missed.map((e) => `${e.id} ${e.agent}`).join('\n'));
  });

  it('leaves every good reply clean of these rules', () => {
    for (const e of good) assert.deepEqual([...rulesFlagging(e)], [], `${e.id} ${e.agent}`);
  });
});
