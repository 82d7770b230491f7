import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { inScriptOf } from '../../server/src/engine/chinese-script';
import { findingsOf, flagged } from '../helpers';

const RULE = 'over-promise';
const ROOT = path.resolve(__dirname, '../../..');
const line = (text: string) => `坐席:${text}\n`;
const fullWidth = (text: string) => text.replace(/[!,?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('over-promise', () => {
  describe('guarantees of an outcome the agent does not decide', () => {
    const flags: Array<[string, string]> = [
      ['您放心,保证能退。', '保证能退'],
      ['退款一定会在3个工作日内到账。', '一定会在3个工作日内到账'],
      ['您的贷款肯定能批下来。', '肯定能批下来'],
      ['您的申请肯定能通过审核的。', '肯定能通过审核的'],
      ['这个肯定没问题。', '肯定没问题'],
      ['可以,绝对没有问题。', '绝对没有问题'],
      ['放心,绝对不会有问题。', '绝对不会有问题'],
      ['您的问题一定能得到解决。', '一定能得到解决'],
      ['明天一定到货。', '一定到货'],
      ['保证您满意!', '保证您满意'],
      ['包您满意!', '包您满意'],
      ['我们一定会帮您解决的。', '一定会帮您解决的'],
      ['这个方法肯定有效,您试试。', '肯定有效'],
      ['医生一定能治好。', '一定能治好'],
      ['百分之百能退。', '百分之百能退'],
      ['我跟您打包票。', '打包票'],
      ['保證能退。', '保證能退'],
      // Fuzz seed 944: the customer's 你 before 保证 is read in its own clause, not across a mark.
      ['信不信由您。保证能退。', '保证能退'],
    ];
    for (const [text, expected] of flags) {
      it(`flags ${expected} in ${text}, in full-width punctuation and in traditional characters`, () => {
        assert.deepEqual(flagged(line(text), RULE), [expected]);
        assert.deepEqual(flagged(line(fullWidth(text)), RULE), [expected]);
        const traditional = inScriptOf(text, '這');
        assert.deepEqual(flagged(line(traditional), RULE), [inScriptOf(expected, '這')]);
      });
    }

    it('tells the agent to say what they will do and what the outcome depends on', () => {
      const [f] = findingsOf(line('您放心,保证能退。'), RULE);
      assert.match(f.message.zh, /不要随意承诺“保证能退”/);
      assert.match(f.message.zh, /说明您会做什么、结果取决于什么/);
      assert.ok(f.message.en.length > 0);
    });
  });

  describe('returns and no risk promised', () => {
    for (const [text, expected] of [
      ['这个理财稳赚不赔。', '稳赚不赔'],
      ['零风险,收益还高。', '零风险'],
      ['买了肯定赚。', '肯定赚'],
      ['年化收益肯定有6%。', '肯定有6%'],
      ['一年下来保证能拿到5个点的收益。', '保证能拿到5个点的收益'],
      ['只要您长期持有,一定能赚钱。', '一定能赚钱'],
      ['这款产品保本保息。', '保本保息'],
    ] as Array<[string, string]>) {
      it(`flags ${expected} in ${text} as a promised return`, () => {
        const found = findingsOf(line(text), RULE);
        assert.deepEqual(found.map((f) => line(text).slice(f.start, f.end)), [expected]);
        assert.match(found[0].message.zh, /不得承诺收益或无风险/);
      });
    }
  });

  describe('absolute claims', () => {
    it('calls 绝对正品 an absolute claim and asks for the checkable fact', () => {
      const [f] = findingsOf(line('请您放心,我们产品绝对正品,品质有保障。'), RULE);
      assert.match(f.message.zh, /绝对化的说法“绝对正品”/);
    });

    it('reads 100% 有效 with the space a writer types', () => {
      assert.deepEqual(flagged(line('这款精华100% 有效。'), RULE), ['100% 有效']);
    });
  });

  describe('what it leaves alone', () => {
    const passes = [
      // The agent's own act: a service commitment the standards ask for.
      '我一定尽快为您处理。',
      '我们保证在24小时内给您回电。',
      '谢谢您的建议,我们一定加以改善。',
      '您反映的问题我们一定尽快给予答复。',
      '我一定帮您反馈给相关部门。',
      '我们一定会认真改进的。',
      '我们一定会尽快帮您解决。',
      // The promise denied, hoped for, or resting on a stated rule.
      '我不能保证一定能批下来。',
      '这个不一定能退,我帮您问一下。',
      '投资有风险,这款产品不保本,收益也不能保证。',
      '这款产品不是零风险的。',
      '投资没有稳赚不赔的。',
      '本产品为非保证收益型产品。',
      '我不敢打包票。',
      '相信一定能帮您找出一款最适合您的用品。',
      '只要符合退货条件,一定可以退。',
      // Questions, and the customer's own guarantee.
      '一定能退吗?',
      '这样肯定没问题吧?',
      '您能保证按时还款吗?',
      // Other senses of the words.
      '审核结果我们一定会通过短信通知您。',
      '为了保证服务质量,我们可能对通话进行录音。',
      '亲,我们是商城正品,质量有保证,您可以放心拍照。',
      '请您一定注意保管好密码。',
      '这款护肤品针对痘印问题有一定改善作用。',
      '我们支持七天包退包换。',
      '保证金会退还给您。',
      '肯定不会亏待您。',
      '我们有百分之百的把握为您处理好。',
      '这款产品过去一年的收益是5%,不代表未来收益。',
      '您放心,坚持治疗一定会好起来的。',
      '我们绝对不会泄露您的信息。',
      '这样操作一定不会有问题吗?',
    ];
    for (const text of passes) {
      it(`passes ${text}`, () => {
        assert.deepEqual(flagged(line(text), RULE), []);
        assert.deepEqual(flagged(line(inScriptOf(text, '這')), RULE), []);
      });
    }

    it('never fires in customer lines, stage directions or comments', () => {
      const text = '客户:你保证能退吗?稳赚不赔?\n坐席:好的【保证能退】\n// 绝对正品\n';
      assert.deepEqual(flagged(text, RULE), []);
    });
  });

  describe('precision on the standards\' model sentences and polite agent lines', () => {
    const sentences = [
      ...JSON.parse(readFileSync(path.join(ROOT, 'eval/model-sentences.json'), 'utf8')).map((s: { text: string }) => s.text),
      ...JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/lexicon-standard-wording.json'), 'utf8')).map((s: { text: string }) => s.text),
      ...readFileSync(path.join(ROOT, 'test/fixtures/constructions/polite-agent-lines.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#')),
    ] as string[];

    it('has the sentences to read', () => assert.ok(sentences.length > 400, String(sentences.length)));

    it('flags none of them', () => {
      const found = sentences.flatMap((s) => flagged(line(s), RULE).map((f) => `${s}: ${f}`));
      assert.deepEqual(found, []);
    });
  });

  describe('a team\'s callscript.json', () => {
    it('takes a listed phrase out with `remove`, and a promise that overlaps it', () => {
      const config = { rules: { [RULE]: { remove: ['零风险', '肯定没问题'] } } };
      assert.deepEqual(flagged(line('零风险。这个肯定没问题。'), RULE, { config }), []);
      assert.deepEqual(flagged(line('稳赚不赔。'), RULE, { config }), ['稳赚不赔']);
    });

    it('offers no fix of its own, and a team\'s rewording as the preferred one', () => {
      assert.deepEqual(findingsOf(line('稳赚不赔。'), RULE)[0].fixes, []);
      const config = { rules: { [RULE]: { replacements: { 绝对正品: '正品' } } } };
      const text = line('绝对正品。');
      assert.equal(applyFixes(text, preferredEdits(findingsOf(text, RULE, { config }))).text, line('正品。'));
    });

    it('is off when the team turns it off', () => {
      assert.deepEqual(flagged(line('保证能退。'), RULE, { config: { rules: { [RULE]: 'off' } } }), []);
    });
  });
});
