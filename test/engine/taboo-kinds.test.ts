import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf } from '../helpers';

/**
 * Real agent utterances a reviewer flags as 服务忌语 of the taboo and tone kinds (orders, impatience,
 * scolding, sarcasm, contempt, rhetorical questions, sending elsewhere, blame, threats), and polite
 * look-alikes that share their words, each quoted from a public source (see the fixture's README).
 * They measure whether the constructions generalise; they are not phrases to list.
 */

const ROOT = path.join(__dirname, '../../..');

interface Utterance {
  text: string;
  kind?: string;
  source: { title: string; address: string };
}

const wild = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/wild-utterances/taboo.json'), 'utf8')) as {
  flagged: Utterance[];
  clean: Utterance[];
};

/** The rules that report these kinds: sending elsewhere and blame-shifting are negative-wording's. */
const RULES = new Set(['taboo-phrase', 'interrogative-tone', 'negative-wording']);

function reported(text: string): string[] {
  return findingsOf(`坐席:${text}\n`)
    .filter((f) => RULES.has(f.rule))
    .map((f) => f.rule);
}

/** The share of flagged utterances caught, measured on the rules of this commit (README: before and after). */
const RECALL_FLOOR = 79;

describe('taboo and tone kinds on wild utterances', () => {
  it('holds at least 80 flagged utterances and 30 clean look-alikes, each with its source', () => {
    assert.ok(wild.flagged.length >= 80, `${wild.flagged.length} flagged`);
    assert.ok(wild.clean.length >= 30, `${wild.clean.length} clean`);
    const sources = new Set(wild.flagged.map((u) => u.source.address));
    assert.ok(sources.size >= 30, `${sources.size} sources`);
    for (const u of [...wild.flagged, ...wild.clean]) {
      assert.ok(u.text && u.source.title && /^https?:\/\//.test(u.source.address), JSON.stringify(u));
    }
    for (const u of wild.flagged) assert.ok(u.kind, u.text);
  });

  it(`catches at least ${RECALL_FLOOR} of the flagged utterances`, () => {
    const missed = wild.flagged.filter((u) => reported(u.text).length === 0);
    const caught = wild.flagged.length - missed.length;
    console.log(`      wild recall: ${caught}/${wild.flagged.length}; missed: ${missed.map((u) => u.text).join(' | ')}`);
    assert.ok(caught >= RECALL_FLOOR, `${caught} caught, floor ${RECALL_FLOOR}`);
  });

  it('leaves every clean look-alike clean for these rules', () => {
    const noisy = wild.clean.map((u) => ({ text: u.text, rules: reported(u.text) })).filter((u) => u.rules.length > 0);
    assert.deepEqual(noisy, []);
  });
});
