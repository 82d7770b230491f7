import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf } from '../helpers';

/**
 * Real staff utterances a reviewer flags as rhetorical or challenging questions (反问, 质问, and the
 * sarcasm and threats put as questions), and polite questions that share their words (请问…吗, 好吗,
 * 是不是, 怎么称呼, 还是), each quoted from a public source (see questions.md beside the fixture).
 * Labeled before callscript was run on them, and split by source: every third source is the `check`
 * part, whose misses were not read while the kinds were written. The two parts are reported apart.
 */

const ROOT = path.join(__dirname, '../../..');

type Part = 'dev' | 'check';

interface Utterance {
  text: string;
  kind?: string;
  part: Part;
  source: { title: string; address: string };
}

const wild = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/wild-utterances/questions.json'), 'utf8')) as {
  flagged: Utterance[];
  clean: Utterance[];
};

/** The rules that report these kinds, as for scolding.json. */
const RULES = new Set(['taboo-phrase', 'interrogative-tone', 'negative-wording']);

function reported(text: string): boolean {
  return findingsOf(`坐席:${text}\n`).some((f) => RULES.has(f.rule));
}

/** Flagged utterances caught in each part, on the rules of this commit (questions.md: before and after). */
const FLOORS: Record<Part, number> = { dev: 17, check: 3 };

describe('question kinds on wild utterances', () => {
  it('holds at least 30 flagged utterances and 25 polite questions from at least 30 sources, split dev/check', () => {
    assert.ok(wild.flagged.length >= 30, `${wild.flagged.length} flagged`);
    assert.ok(wild.clean.length >= 25, `${wild.clean.length} clean`);
    const sources = new Set([...wild.flagged, ...wild.clean].map((u) => u.source.address));
    assert.ok(sources.size >= 30, `${sources.size} sources`);
    for (const u of [...wild.flagged, ...wild.clean]) {
      assert.ok(u.text && u.source.title && /^https?:\/\//.test(u.source.address), JSON.stringify(u));
      assert.ok(u.part === 'dev' || u.part === 'check', JSON.stringify(u));
    }
    for (const u of wild.flagged) assert.ok(u.kind, u.text);
    // A source is wholly in one part, so the check part stays unseen by source.
    const partOf = new Map<string, Part>();
    for (const u of [...wild.flagged, ...wild.clean]) {
      const seen = partOf.get(u.source.address);
      assert.ok(!seen || seen === u.part, u.source.address);
      partOf.set(u.source.address, u.part);
    }
  });

  for (const part of ['dev', 'check'] as const) {
    it(`catches at least ${FLOORS[part]} of the ${part} part's flagged utterances`, () => {
      const flagged = wild.flagged.filter((u) => u.part === part);
      const caught = flagged.filter((u) => reported(u.text)).length;
      const clean = wild.clean.filter((u) => u.part === part);
      const noisy = clean.filter((u) => reported(u.text)).length;
      console.log(`      ${part}: recall ${caught}/${flagged.length}, polite questions flagged ${noisy}/${clean.length}`);
      assert.ok(caught >= FLOORS[part], `${caught} caught, floor ${FLOORS[part]}`);
    });
  }

  it('leaves every polite question clean for these rules', () => {
    const noisy = wild.clean.filter((u) => reported(u.text)).map((u) => u.text);
    assert.deepEqual(noisy, []);
  });
});
