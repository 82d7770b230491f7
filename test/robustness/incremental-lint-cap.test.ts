import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lineStartsOf, lint, rangeOf, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { applyOffsetEdit, editOp, offsetEdits, script } from './script-arbitraries';

const OPTIONS: LintOptions = { now: new Date('2027-02-06T10:00:00+08:00'), trusted: true };

/** What the incremental linter with `keep` must give: the first `keep` findings of a whole lint, and how many more there are. */
function check(linter: IncrementalLinter, text: string): void {
  const got = linter.update(text);
  const all = lint(text, OPTIONS).findings;
  const first = all.slice(0, linter.keep);
  assert.deepEqual(got.findings, first, JSON.stringify(text));
  const starts = lineStartsOf(text);
  assert.deepEqual(got.ranges, first.map((f) => rangeOf(starts, f.start, f.end)));
  assert.deepEqual(got.summaries.map((f) => f.message), first.map((f) => f.message));
  assert.equal(got.omitted, all.length - first.length);
}

/** Two findings (你) on every line. */
const dense = (lines: number) => '坐席:你好,你的订单到了。\n'.repeat(lines);

/**
 * `keep` (the server's callscript.maxProblems): the linter keeps the first findings a document
 * needs and counts the rest, so a script dense with findings holds memory for what is sent.
 */
describe('the incremental linter with a cap on the findings it keeps', function () {
  if (fuzzing()) this.timeout(0);
  else this.timeout(120_000);

  it('holds about `keep` findings of a dense script, not all of them, and counts the rest', () => {
    const text = dense(400);
    const capped = new IncrementalLinter(OPTIONS, 4, 10);
    check(capped, text);
    const whole = new IncrementalLinter(OPTIONS, 4);
    whole.update(text);
    assert.ok(whole.heldFindings() >= 800, `${whole.heldFindings()} held without a cap`);
    // The segments the first ten findings fall in, each with the lines it borrowed.
    assert.ok(capped.heldFindings() <= 40, `${capped.heldFindings()} held with keep = 10`);
  });

  it('lints again the segments an edit brings forward, and stays bounded', () => {
    let text = dense(400);
    const linter = new IncrementalLinter(OPTIONS, 4, 10);
    check(linter, text);
    // The findings of the first 100 lines go: those of lines far below are wanted now.
    text = text.replace(/你/g, (m, at: number) => (at < 100 * 14 ? '您' : m));
    check(linter, text);
    text = text.slice(200 * 14);
    check(linter, text);
    assert.ok(linter.heldFindings() <= 40, `${linter.heldFindings()} held after the edits`);
  });

  it('gives the first `keep` findings of a whole lint after every random edit', () => {
    fc.assert(
      fc.property(script({ maxLines: 30 }), fc.array(editOp, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), (start, ops, size, keep) => {
        const linter = new IncrementalLinter(OPTIONS, size, keep);
        let text = start.text;
        check(linter, text);
        const eol = start.ending === '\r\n' || start.ending === '\r' ? start.ending : '\n';
        for (const op of ops) {
          for (const e of offsetEdits(text, op, eol)) text = applyOffsetEdit(text, e);
          check(linter, text);
        }
      }),
      fuzzParameters(100),
    );
  });
});
