import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf } from '../helpers';

/**
 * The wild sets of single staff utterances (scolding.json, orders.json, questions.json): flagged
 * utterances and polite look-alikes quoted from public sources, labeled before callscript was run on
 * them and split by source into a `dev` part (read while kinds were written) and a `check` part
 * (run only for its figure). Each set's test states its rules, its size and the floors it reached.
 */

const ROOT = path.join(__dirname, '../../..');

type Part = 'dev' | 'check';

interface Utterance {
  text: string;
  kind?: string;
  part: Part;
  source: { title: string; address: string };
}

/** The rules that report the tone kinds (orders, scolding, rhetorical questions): scolding.json's and questions.json's. */
export const TONE_RULES = ['taboo-phrase', 'interrogative-tone', 'negative-wording'] as const;

export interface UtteranceSet {
  /** The fixture's name in test/fixtures/wild-utterances, without .json. */
  file: string;
  /** What the describe block is called. */
  title: string;
  /** The rules that report these kinds. */
  rules: readonly string[];
  /** The least each set holds: flagged, look-alikes, sources. */
  least: { flagged: number; clean: number; sources: number };
  /** Flagged utterances caught in each part, on the rules of this commit. */
  floors: Record<Part, number>;
  /** What its look-alikes are called in the messages (look-alikes, polite questions). */
  cleanName: string;
}

export function describeUtteranceSet(set: UtteranceSet): void {
  const wild = JSON.parse(readFileSync(path.join(ROOT, `test/fixtures/wild-utterances/${set.file}.json`), 'utf8')) as {
    flagged: Utterance[];
    clean: Utterance[];
  };
  const rules = new Set(set.rules);
  const reported = (text: string) => findingsOf(`坐席:${text}\n`).some((f) => rules.has(f.rule));

  describe(set.title, () => {
    it(`holds at least ${set.least.flagged} flagged utterances and ${set.least.clean} ${set.cleanName} from at least ${set.least.sources} sources, split dev/check`, () => {
      assert.ok(wild.flagged.length >= set.least.flagged, `${wild.flagged.length} flagged`);
      assert.ok(wild.clean.length >= set.least.clean, `${wild.clean.length} clean`);
      const sources = new Set([...wild.flagged, ...wild.clean].map((u) => u.source.address));
      assert.ok(sources.size >= set.least.sources, `${sources.size} sources`);
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
      it(`catches at least ${set.floors[part]} of the ${part} part's flagged utterances`, () => {
        const flagged = wild.flagged.filter((u) => u.part === part);
        const caught = flagged.filter((u) => reported(u.text)).length;
        const clean = wild.clean.filter((u) => u.part === part);
        const noisy = clean.filter((u) => reported(u.text)).length;
        console.log(`      ${part}: recall ${caught}/${flagged.length}, ${set.cleanName} flagged ${noisy}/${clean.length}`);
        // Only the dev part's misses may be read: the check part says how far kinds carry unseen.
        if (part === 'dev' && process.env.CALLSCRIPT_WILD_MISSES) for (const u of flagged) if (!reported(u.text)) console.log(`        miss: ${u.text}`);
        assert.ok(caught >= set.floors[part], `${caught} caught, floor ${set.floors[part]}`);
      });
    }

    it(`leaves every one of the ${set.cleanName} clean for these rules`, () => {
      assert.deepEqual(wild.clean.filter((u) => reported(u.text)).map((u) => u.text), []);
    });
  });
}
