import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lineStartsOf, lint, rangeOf, RULES, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter, type Unchanged } from '../../server/src/engine/incremental-lint';
import { countSegmentLints } from './segment-lints';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { applyOffsetEdit, editOp, offsetEdits, script } from './script-arbitraries';

/**
 * The incremental linter against `lint` on the whole text, version after version. Segments of
 * one to three lines make every script many segments, so that what one segment borrows from the others
 * (the first agent turn, the next one, thanks later on, the opening, the front matter, directives)
 * is exercised at every boundary.
 */

const OPTIONS: LintOptions = { now: new Date('2027-02-06T10:00:00+08:00'), trusted: true };
const UNDATED: LintOptions = { now: new Date('2027-03-06T10:00:00+08:00'), trusted: true };

/** Scripts of many short segments: many turns, few lines each. */
const manyTurns = fc
  .array(script({ maxLines: 10 }), { minLength: 1, maxLength: 4 })
  .map((parts) => ({ ...parts[0], text: parts.map((p, i) => (i === 0 ? p.text : p.text.replace(/^\ufeff/, '').replace(/^---[\s\S]*?(?:\r\n|\r|\n)---(?:\r\n|\r|\n|$)/, ''))).join('\n') }));

function check(linter: IncrementalLinter, text: string, options: LintOptions, unchanged?: Unchanged): void {
  const got = linter.update(text, unchanged);
  const findings = lint(text, options).findings;
  assert.deepEqual(got.findings, findings, JSON.stringify(text));
  const starts = lineStartsOf(text);
  assert.deepEqual(got.ranges, findings.map((f) => rangeOf(starts, f.start, f.end)), JSON.stringify(text));
  assert.deepEqual(
    got.summaries.map(({ rule, severity, message }) => ({ rule, severity, message })),
    findings.map(({ rule, severity, message }) => ({ rule, severity, message })),
  );
}

describe('the incremental linter', function () {
  if (fuzzing()) this.timeout(0);
  else this.timeout(120_000);

  for (const [name, options] of [
    ['a dated script', OPTIONS],
    ['an undated one', UNDATED],
  ] as const) {
    it(`finds in ${name} exactly what a lint of the whole text finds, after every edit, told where it fell or not`, () => {
      fc.assert(
        fc.property(manyTurns, fc.array(editOp, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (start, ops, size, told) => {
          const linter = new IncrementalLinter(options, size);
          let text = start.text;
          check(linter, text, options);
          const eol = start.ending === '\r\n' || start.ending === '\r' ? start.ending : '\n';
          for (const op of ops) {
            // What all the edits of one op left alone, as the server's edit tracker works it out.
            let unchanged = { prefix: Infinity, suffix: Infinity };
            for (const e of offsetEdits(text, op, eol)) {
              unchanged = { prefix: Math.min(unchanged.prefix, e.start), suffix: Math.min(unchanged.suffix, text.length - e.end) };
              text = applyOffsetEdit(text, e);
            }
            check(linter, text, options, told ? unchanged : undefined);
          }
        }),
        fuzzParameters(150),
      );
    });
  }

  it('looks back when an edit leaves a segment\'s first line no longer opening one (a counterexample mutation testing found)', () => {
    // Line 2 loses its label to a stray 】: it now continues line 1's turn, whose segment must be cut again.
    const before = '坐席:请稍等。\n坐席:请稍等。\n坐席:请稍等。\n';
    const after = '坐席:请稍等。\n】请稍等。\n坐席:请稍等。\n';
    for (const options of [OPTIONS, UNDATED]) {
      const linter = new IncrementalLinter(options, 1);
      check(linter, before, options);
      check(linter, after, options);
      check(linter, before, options, { prefix: 10, suffix: before.length - 13 });
    }
  });

  it('places a fix in a borrowed turn where it is now, after an edit moved the turn within its own segment (a counterexample fuzzing found)', () => {
    // 请稍等's thanks go at the agent's next turn, two segments on; the segment between them keeps
    // its start but its first line grows, so the borrowed turn's lines move.
    const before = '坐席:请稍等\n\n客户:\n的\n客户:喂!讲话!请稍等,我正在帮您查询。\n坐席:\n喂!讲话!';
    const after = before.replace('客户:喂', '客户:坐席:喂');
    for (const options of [OPTIONS, UNDATED]) {
      const linter = new IncrementalLinter(options, 2);
      check(linter, before, options);
      check(linter, after, options);
    }
  });

  it('reads from other segments all that a call-procedure rule reads of the call (counterexamples fuzzing found)', () => {
    const GREETING = '坐席:您好!我是{公司}客服代表{工号},请问有什么可以帮您?\n';
    const scripts = [
      // closing-goodbye's fix brings thanks only when the closing lacks them: thanks said two turns before.
      `${GREETING}坐席:谢谢您的合作。请为我的服务评分,再见!\n${GREETING}`,
      // silent-line: the greeting said again into the silence is the ask, however far back the silence is.
      `${GREETING}${GREETING}客户:【客户无声】\n坐席:对不起,电话声音太小,稍后再与您联系,再见!\n`,
      `${GREETING}${GREETING}【客户无声】\n客户:喂?\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!【停顿2秒后挂机】\n客户:喂?\n`,
      // greeting-employee-id applies only the first introduction's fix.
      '喂!讲话!\n坐席:您好!我是XX移动10086客服代表,今天联系您是……\n坐席:喂!讲话!\n坐席:新春快樂!我是XX移動10086客服代表,今天聯繫您是……',
      // A wait followed by a transfer before the agent speaks again hands the call on: no hold.
      '您稍等坐席:\n客户:\n客户:【转接】',
      '坐席:请稍等,我正在帮您查询。\n客户:\n客户:【转接至投诉部】',
      // transfer-procedure: the turn after a heading that a pending transfer reaches still hands its own transfer on
      // (a minimal script of a seeded fuzz sample that found it).
      '坐席:甲\n## 开场白\n坐席:【转接至投诉部】您好\n客户:也\n坐席:也\n### 结束语\n坐席:太慢了【转接】非常抱歉\n坐席:中秋快乐',
      // taboo-phrase: a bare no answers the customer's yes-or-no question in kind, the question in the segment before.
      `${GREETING}客户:以后还会这样吗?\n坐席:不会。\n客户:为什么还没到?\n坐席:不知道。\n`,
    ];
    for (const text of scripts) {
      for (const size of [1, 2, 3]) {
        for (const rules of [undefined, ...RULES.map((r) => [r])]) {
          const options = { ...OPTIONS, ...(rules ? { rules } : {}) };
          check(new IncrementalLinter(options, size), text, options);
        }
      }
    }
  });

  it('cuts a script longer than one stretch (the first cut goes a stretch at a time) as a lint of the whole text reads it', () => {
    for (const [seed, start] of [
      [1, ''],
      // A front matter that some line far below may close, or none does.
      [2, '---\ntitle: 长话术\n'],
    ] as const) {
      const parts = fc.sample(manyTurns, { numRuns: 300, seed }).map((p) => p.text.replace(/^\ufeff/, ''));
      let text = start + parts.join('\n');
      while (text.length < 130_000) text += `\n${text}`;
      for (const size of [2, 40]) {
        const linter = new IncrementalLinter(OPTIONS, size);
        check(linter, text, OPTIONS);
        const at = Math.floor(text.length / 2);
        text = `${text.slice(0, at)}坐席:信不信由你\n${text.slice(at)}`;
        check(linter, text, OPTIONS);
      }
    }
  });

  it('re-lints only the segments an edit reaches', () => {
    const turn = (i: number) => `坐席:您好,这是第${i}句,感谢您的耐心。\n客户:好的。\n`;
    const lines: string[] = ['---', 'valid: 2027-02-06', '---', '坐席:您好!我是客服代表{工号}。'];
    for (let i = 0; i < 400; i++) lines.push(turn(i).trimEnd());
    lines.push('坐席:感谢您的来电,再见!');
    let text = lines.join('\n');
    const linter = new IncrementalLinter(OPTIONS, 8);
    linter.update(text);
    const at = text.indexOf('第200句');
    text = `${text.slice(0, at)}信不信由你,${text.slice(at)}`;
    const linted = countSegmentLints(linter, () => linter.update(text));
    assert.deepEqual(linter.update(text).findings, lint(text, OPTIONS).findings);
    assert.ok(linted <= 3, `${linted} segments linted again`);
  });
});
