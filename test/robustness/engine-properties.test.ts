import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { fixText } from '../../server/src/host/fix-file';
import { lint, type LintOptions } from '../../server/src/engine';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { countByRule, hidden } from './revealed-findings';
import { applyOffsetEdit, editOp, offsetEdits, script, type ScriptShape } from './script-arbitraries';
import { labelledCustomerLines, lineEndingsOf, offsetRangeProblem, untouchable } from './text-checks';

/** When an undated script is linted: 春节, a weekday, a weekend, the eve of 国庆, 圣诞 — each greeting rule has its say. */
const options: fc.Arbitrary<LintOptions> = fc
  .constantFrom('2027-02-06T10:00+08:00', '2027-03-03T10:00+08:00', '2027-03-06T15:00+08:00', '2027-09-30T18:00+08:00', '2027-12-24T17:00+08:00')
  .map((now) => ({ now: new Date(now), trusted: true }));
const SPRING_FESTIVAL: LintOptions = { now: new Date('2027-02-06T10:00+08:00'), trusted: true };

/** Scripts fix-all once got wrong: a fix in a customer line; two `valid` keys from one pass (also with lone-CR line ends). */
const FIX_ALL_COUNTEREXAMPLES: Array<[ScriptShape, LintOptions]> = [
  '客户:我是客服代表{工號}。',
  '---\ntitel: 外呼\nvaild: 2027-02-06\n---\n坐席:新春快乐!我是XX移动10086客服代表{工号}。\n坐席:再见',
  '---\rtitel: 外呼\rvaild: 2027-02-06\r---\r坐席:新春快乐!我是XX移动10086客服代表{工号}。\r坐席:再见',
  // Seeds 904 and 905: 喂 → 您好 opened a call that then lacked its ID and introduction.
  '坐席:喂,请问是张先生吗?\n的\n坐席:\n但',
  // Seed 919: two directions with a bidi control between them, which hidden-characters takes out.
  '坐席:【转接至投诉部】\u202e【保持】',
].map((text) => [{ bom: false, ending: text.includes('\r') ? '\r' : '\n', text }, SPRING_FESTIVAL]);

/** A script after a few raw edits: lone surrogates and a CR cut from its LF are possible here. */
const edited = fc.tuple(script(), fc.array(editOp, { maxLength: 4 })).map(([s, ops]) => {
  let text = s.text;
  for (const op of ops) for (const e of offsetEdits(text, op, '\n')) text = applyOffsetEdit(text, e);
  return text;
});

describe('engine properties on random scripts', function () {
  if (fuzzing()) this.timeout(0);

  it('no rule throws, and every finding and fix edit is a range of the text on whole characters', () => {
    fc.assert(
      fc.property(edited, options, (text, how) => {
        const result = lint(text, how);
        assert.deepEqual(result.crashes.map((c) => `${c.rule}: ${String(c.error)}`), []);
        for (const f of result.findings) {
          assert.equal(offsetRangeProblem(text, f.start, f.end), undefined, `${f.rule} finding`);
          for (const fix of f.fixes) {
            for (const e of fix.edits) assert.equal(offsetRangeProblem(text, e.start, e.end), undefined, `${f.rule} fix edit`);
          }
        }
      }),
      fuzzParameters(300),
    );
  });

  it('fix-all is idempotent, never raises the number of findings, and keeps customer lines, comments, headings and stage directions', () => {
    fc.assert(
      fc.property(script(), options, ({ text }, how) => {
        const fixed = fixText(text, how);
        assert.equal(fixText(fixed.text, how).text, fixed.text, 'a second fix-all changes nothing');
        // Less those a rewording brings to light that were there unseen (喂,请问是张先生吗? opens the
        // call once it is 您好, and lacks the ID and the introduction then): see revealed-findings.
        const before = lint(text, how).findings;
        const [had, has] = [countByRule(before), countByRule(fixed.findings)];
        let revealed = 0;
        for (const [rule, n] of hidden(text, how)) revealed += Math.max(0, Math.min(n, has.get(rule) ?? 0) - (had.get(rule) ?? 0));
        assert.ok(fixed.findings.length - revealed <= before.length, 'fixing adds no findings');
        assert.deepEqual(untouchable(fixed.text), untouchable(text));
        // The same by an oracle of its own: untouchable() decides roles with the engine's parser.
        assert.deepEqual(labelledCustomerLines(fixed.text), labelledCustomerLines(text), 'customer lines are never changed');
        const endings = lineEndingsOf(text);
        if (endings.size === 1) assert.deepEqual(lineEndingsOf(fixed.text), endings, 'the line ending is kept');
      }),
      fuzzParameters(200, FIX_ALL_COUNTEREXAMPLES),
    );
  });
});
