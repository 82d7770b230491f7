import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';

/**
 * Whole calls written in the standards' model wording (test/fixtures/procedures-clean, simplified
 * and traditional): holds with a reason and thanks, a transfer the customer asked for, a complaint
 * answered with an apology first, the hotlines' no-voice sequence, an outbound call that does not
 * reach the customer, slash alternatives. Every rule must pass them, linted whole or a segment at a time.
 */

const DIR = path.join(__dirname, '../../../test/fixtures/procedures-clean');
/** Inside every file's `valid`; `valid` decides the time of day, "now" only the holidays. */
const OPTIONS: LintOptions = { now: new Date('2027-03-02T10:00:00+08:00'), trusted: true };

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.callscript')).sort();

describe('procedure rules on whole calls in the standards\' model wording', () => {
  it('has calls in both scripts', () => {
    const texts = files.map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));
    assert.ok(texts.some((t) => /[們來臺這說還]/.test(t)) && texts.some((t) => /[们来这说还]/.test(t)));
  });

  for (const file of files) {
    it(`${file} lints clean`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const found = lint(text, OPTIONS).findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);
      assert.deepEqual(found, []);
    });

    it(`${file} lints clean a segment at a time`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      for (const size of [1, 2, 3]) assert.deepEqual(new IncrementalLinter(OPTIONS, size).update(text).findings, [], `segments of ${size}`);
    });
  }
});
