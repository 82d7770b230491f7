import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lineStartsOf, lint, rangeOf, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter, type IncrementalResult } from '../../server/src/engine/incremental-lint';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { applyOffsetEdit, editOp, offsetEdits, script } from './script-arbitraries';
import { countSegmentLints } from './segment-lints';

const OPTIONS: LintOptions = { now: new Date('2027-02-06T10:00:00+08:00'), trusted: true };

/**
 * What the incremental linter with `keep` must give: the first `keep` findings of a whole lint at
 * once, and how many more there are once what it left uncounted is counted (`countStep`
 * characters at a time).
 */
function check(linter: IncrementalLinter, text: string, countStep = 1): void {
  let got = linter.update(text);
  const all = lint(text, OPTIONS).findings;
  const first = all.slice(0, linter.keep);
  const same = (r: IncrementalResult) => {
    assert.deepEqual(r.findings, first, JSON.stringify(text));
    const starts = lineStartsOf(text);
    assert.deepEqual(r.ranges, first.map((f) => rangeOf(starts, f.start, f.end)));
    assert.deepEqual(r.summaries.map((f) => f.message), first.map((f) => f.message));
  };
  same(got);
  assert.ok(got.omitted <= all.length - first.length, `${got.omitted} omitted of ${all.length - first.length}`);
  while (got.uncounted > 0) got = finish(linter.countSteps(countStep));
  same(got);
  assert.equal(got.omitted, all.length - first.length);
}

function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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

  it('lints past `keep` only `countAhead` characters, then counts the rest a step at a time', () => {
    const text = dense(400);
    const linter = new IncrementalLinter(OPTIONS, 4, 10, 0);
    let got: IncrementalResult | undefined;
    // The first ten findings lie in the first two segments, each linted with the lines it borrows.
    const linted = countSegmentLints(linter, () => (got = linter.update(text)));
    assert.ok(linted <= 4, `${linted} segments linted`);
    assert.equal(got?.summaries.length, 10);
    assert.ok((got?.uncounted ?? 0) >= 95, `${got?.uncounted} uncounted`);
    // One step of 60 characters: one segment of four 14-character lines, and the next it starts in.
    const counted = countSegmentLints(linter, () => (got = finish(linter.countSteps(60))));
    assert.ok(counted >= 1 && counted <= 2, `${counted} segments counted in one step`);
    check(linter, text, 14 * 40);
    assert.ok(linter.heldFindings() <= 40, `${linter.heldFindings()} held after counting`);
  });

  it('an edit in the middle of counting: the first `keep` at once, the count right in the end', () => {
    let text = dense(400);
    const linter = new IncrementalLinter(OPTIONS, 4, 10, 14 * 20);
    linter.update(text);
    finish(linter.countSteps(14 * 50));
    text = text.replace(/你/g, (m, at: number) => (at < 30 * 14 || (at > 200 * 14 && at < 250 * 14) ? '您' : m));
    check(linter, text, 14 * 30);
  });

  it('gives the first `keep` findings of a whole lint after every random edit', () => {
    fc.assert(
      fc.property(script({ maxLines: 30 }), fc.array(editOp, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 20, 200, Number.POSITIVE_INFINITY), (start, ops, size, keep, countAhead) => {
        const linter = new IncrementalLinter(OPTIONS, size, keep, countAhead);
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
