import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint, RULES, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { fuzzParameters, fuzzing } from './fuzz-budget';

/**
 * The call-procedure rules read a script as a conversation: whether the customer said goodbye
 * before the agent hung up, whether an offer or thanks came before a goodbye, which turn opens the
 * call, whether an ask came before a bad line's closing (or the prompt said again into the silence), whether
 * the customer asked for a transfer, whether a last turn hands the call on. Random calls made of exactly those
 * pieces, cut into segments of one to three lines, must lint a segment at a time as they lint whole.
 */

const OPTIONS: LintOptions = { now: new Date('2027-03-03T10:00:00+08:00'), trusted: true };
const PROCEDURE_RULES = ['closing-sequence', 'customer-hangs-up-first', 'silent-line', 'time-of-day-greeting', 'opening-order', 'transfer-procedure', 'closing-goodbye'];
/** Each rule also on its own, so that no other rule's borrowed turns make up for one of its own that is missing. */
const RUNS: Array<[string, LintOptions]> = [
  ['with every rule', OPTIONS],
  ...PROCEDURE_RULES.map((id): [string, LintOptions] => [`${id} alone`, { ...OPTIONS, rules: RULES.filter((r) => r.id === id) }]),
];

const AGENT = [
  '您好!我是{公司}客服代表{工号},请问有什么可以帮您?',
  '您好!我是客服代表{工号}。',
  '早上好!我是{工号}号。',
  '我是XX移动客服代表{工号},您好!',
  '您好,请问您是王先生吗?我是{工号}号。',
  '请问有什么可以帮您?',
  '请问还有其他可以帮您的吗?',
  '感谢您的来电,再见!',
  '祝您生活愉快,再见。',
  '好的,再见!【挂机】',
  '谢谢您的合作。请为我的服务评分,再见!',
  '您能听见我的声音吗?',
  '对不起,我听不见您的声音,稍后再与您联系,再见!【停顿2秒后挂机】',
  '对不起,电话声音太小,稍后再与您联系,再见!',
  '听不见,我先挂了。',
  '大声点!',
  '【挂断】',
  '您本月话费58元。',
  '您好,请问有什么可以帮您?',
  '请稍候,我马上为您转接。',
  '我将您的电话转接给技术部,他将继续为您服务。',
];
const CUSTOMER = ['喂?', '没有了,再见。', '再见。【客户挂机】', '好的。【挂机】', '我想查话费。', '……', '【客户无声】', '我要转人工。', '这个找哪个部门?'];
const OTHER = ['# 开场', '# 结束', '# 办理', '【客户无声】', '【稍停5秒,对方无反应】', '【转接】', '// 备注', ''];
const FRONT = ['', '---\ndirection: inbound\n---\n', '---\ndirection: outbound\n---\n', '---\ndirection: callback\nvalid: 2027-03-02 14:00 ~ 2027-03-02 17:00\n---\n'];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...AGENT).map((t) => `坐席:${t}`) },
  { weight: 3, arbitrary: fc.constantFrom(...CUSTOMER).map((t) => `客户:${t}`) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
);

const call = fc.tuple(fc.constantFrom(...FRONT), fc.array(line, { minLength: 1, maxLength: 16 })).map(([front, lines]) => front + lines.join('\n') + '\n');

describe('call-procedure rules linted a segment at a time', function () {
  if (fuzzing()) this.timeout(0);
  else this.timeout(120_000);

  for (const [name, options] of RUNS) {
    it(`find what a lint of the whole call finds, before and after a line is added or taken away, ${name}`, () => {
      fc.assert(
        fc.property(call, fc.integer({ min: 1, max: 3 }), line, fc.nat(), fc.boolean(), (text, size, added, at, remove) => {
          const linter = new IncrementalLinter(options, size);
          const lines = text.split('\n');
          const k = at % lines.length;
          const edited = (remove ? [...lines.slice(0, k), ...lines.slice(k + 1)] : [...lines.slice(0, k), added, ...lines.slice(k)]).join('\n');
          for (const version of [text, edited]) assert.deepEqual(linter.update(version).findings, lint(version, options).findings, JSON.stringify(version));
        }),
        fuzzParameters(120),
      );
    });
  }
});
