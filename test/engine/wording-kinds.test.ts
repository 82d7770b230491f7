import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type SplitExchange } from './wild-exchanges';

/**
 * Real agent replies from published reports, columns and training pages that no other set or corpus
 * uses (test/fixtures/wild-utterances/wording.md): 但 taking back what was granted against 但
 * contrasting facts, vague answers against their precise look-alikes, promises against honest ones.
 * Labelled before callscript was run on them, and split by source: the `check` part (every third
 * source) was not read for misses while the kinds were written. They measure kinds, not strings.
 */
const EXCHANGES = readExchanges<SplitExchange>('wording');
const RULES = ['negative-wording', 'vague-wording', 'over-promise'];

/** What each part reached when the floors were set (wording.md: before and after). */
const FLOORS = {
  dev: { recall: 1, precision: 1 },
  check: { recall: 1 / 7, precision: 1 },
};

/** The exchange as a two-turn script, on the phone (the default channel). */
function rulesFlagging(e: SplitExchange): Set<string> {
  const text = `客户:${e.customer}\n坐席:${e.agent}\n`;
  return new Set(findingsOf(text).map((f) => f.rule).filter((r) => RULES.includes(r)));
}

interface Figures {
  labelled: number;
  caught: number;
  reported: number;
  right: number;
  misses: string[];
  falsePositives: string[];
}

/** Recall over every (reply, expected rule) pair, precision over every (reply, rule reported) pair. */
function measure(part: SplitExchange[]): Figures {
  const f: Figures = { labelled: 0, caught: 0, reported: 0, right: 0, misses: [], falsePositives: [] };
  for (const e of part) {
    const found = rulesFlagging(e);
    for (const rule of e.rules) {
      f.labelled++;
      if (found.has(rule)) f.caught++;
      else f.misses.push(`${e.id} ${rule} ${e.agent}`);
    }
    for (const rule of found) {
      f.reported++;
      if (e.rules.includes(rule)) f.right++;
      else f.falsePositives.push(`${e.id} ${rule} ${e.agent}`);
    }
  }
  return f;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('wording kinds: the wild-utterance set', () => {
  it('holds flagged and clean replies from at least 25 sources, each cited, split by source', () => {
    assert.ok(EXCHANGES.filter((e) => e.verdict === 'flag').length >= 15);
    assert.ok(EXCHANGES.filter((e) => e.verdict === 'clean').length >= 29);
    assert.ok(new Set(EXCHANGES.map((e) => e.address)).size >= 25);
    for (const e of EXCHANGES) {
      assert.ok(e.customer && e.agent && e.kind && e.source && /^https?:\/\//.test(e.address), e.id);
      assert.equal(e.rules.length > 0, e.verdict === 'flag', e.id);
      assert.ok(e.rules.every((r) => RULES.includes(r)), e.id);
    }
    const partOf = new Map<string, string>();
    for (const e of EXCHANGES) {
      assert.notEqual(partOf.get(e.address) ?? e.part, e.part === 'dev' ? 'check' : 'dev', `${e.address} is in both parts`);
      partOf.set(e.address, e.part);
    }
  });

  for (const part of ['dev', 'check'] as const) {
    it(`${part}: recall and precision hold at their floors`, () => {
      const f = measure(EXCHANGES.filter((e) => e.part === part));
      const recall = ratio(f.caught, f.labelled);
      const precision = ratio(f.right, f.reported);
      console.log(`      ${part}: recall ${(recall * 100).toFixed(1)}% (${f.caught}/${f.labelled}), precision ${(precision * 100).toFixed(1)}% (${f.right}/${f.reported})`);
      assert.ok(recall >= FLOORS[part].recall, `recall ${recall}\n${f.misses.join('\n')}`);
      assert.ok(precision >= FLOORS[part].precision, `precision ${precision}\n${f.falsePositives.join('\n')}`);
    });
  }
});
