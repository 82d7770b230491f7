import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inScriptOf } from '../../server/src/engine/chinese-script';
import { LEXICON_SOURCES } from '../../server/src/engine/lexicon/sources';
import { findingsOf } from '../helpers';

/**
 * Precision: the polite, standard wording the same sources print beside their forbidden phrases
 * (标准用语, 文明用语, 规范用语). A phrase rule that flags one of these flags what a reviewer asks for.
 */
const ROOT = path.resolve(__dirname, '../..', '..');
const SENTENCES: Array<{ text: string; cite: { source: string; section: string } }> = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/lexicon-standard-wording.json'), 'utf8'),
);
const PHRASE_RULES = ['taboo-phrase', 'interrogative-tone', 'negative-wording', 'polite-pronoun', 'vague-wording', 'over-promise'];

describe('lexicon: precision on the sources\' standard wording', () => {
  it('has at least 150 sentences, each citing a known source and section', () => {
    assert.ok(SENTENCES.length >= 150, `${SENTENCES.length} sentences`);
    for (const s of SENTENCES) {
      assert.ok(LEXICON_SOURCES[s.cite.source], `${s.text}: unknown source ${s.cite.source}`);
      assert.ok(s.cite.section.trim().length > 0, s.text);
    }
  });

  it('lints every sentence clean with the default phrase rules, in both scripts', () => {
    const flagged: string[] = [];
    for (const { text } of SENTENCES) {
      for (const line of [text, inScriptOf(text, '這')]) {
        const doc = `坐席:${line}\n`;
        for (const f of findingsOf(doc).filter((x) => PHRASE_RULES.includes(x.rule))) {
          flagged.push(`${line}: ${f.rule} “${doc.slice(f.start, f.end)}”`);
        }
      }
    }
    assert.deepEqual(flagged, []);
  });
});
