import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from '../helpers';

/**
 * The classes of speech aimed at the customer's person: curt imperatives, forms of address by number
 * or label, evaluations of the customer and impatience that counts repetitions. Each is a grammatical
 * class, so the lines here are written for these tests in sectors the standards name (counters,
 * hospitals, care homes, transit, shops, hotlines) — not taken from the wild set or an eval corpus —
 * with the polite look-alikes that share their words and must pass.
 */

const line = (text: string) => `坐席:${text}\n`;

/** The taboo-phrase findings' texts in a one-line agent turn. */
function taboo(text: string): string[] {
  const doc = line(text);
  return findingsOf(doc, 'taboo-phrase').map((f) => doc.slice(f.start, f.end));
}

const CASES: Array<[string, Array<[string, string]>, string[]]> = [
  [
    'curt imperatives',
    [
      ['先刷卡!', '先刷卡'],
      ['快去排队!后面还有人。', '快去排队'],
      ['赶紧缴费,别耽误时间。', '赶紧缴费'],
      ['你们都快点上车!', '你们都快点上车'],
      ['張嘴!', '張嘴'],
      ['躺下,手放两边。', '躺下'],
      ['往后面走!前面站不下了。', '往后面走'],
      ['别挤!', '别挤'],
      ['大家不要再往里挤了!', '大家不要再往里挤了'],
      ['不要乱摸。', '不要乱摸'],
      ['都给我听好了,一个一个来。', '都给我听好了'],
      ['快點吃藥!', '快點吃藥'],
      ['先出示证件!', '先出示证件'],
      ['不要打电话!', '不要打电话'],
    ],
    [
      '新年快乐!',
      '欢迎光临!',
      '好的!',
      '没问题!',
      '收到!',
      '我马上去!',
      '马上来!',
      '小心台阶!',
      '注意脚下,小心地滑。',
      '您先把卡插进去,然后输入密码。',
      '先把卡插进去,然后按确认键。',
      '您先坐,我去给您倒杯水。',
      '请您先刷卡。',
      '麻烦您往里走一下,谢谢。',
      '请大家有序上车,不要挤。',
      '刷卡。',
      '您可以刷卡,也可以扫码。',
      '不要站在门边,以免被夹伤。',
      '您不要上来了,我们下去接您。',
      '您别着急,慢慢说。',
      '不要紧张,放松些。',
      '我们快下车了。',
      '您快去吧,别耽误了。',
      '您听清楚了吗?',
      '往前走,第二个路口右转就是。',
      '您吃饭了吗?',
      '该起床了,今天天气很好。',
      '按1查询余额,按2办理业务。',
      '请您出示证件。',
      '为了您的安全,开车时不要打电话。',
    ],
  ],
  [
    'forms of address by number or label',
    [
      ['5床,量血压了!', '5床'],
      ['十二床打针了。', '十二床'],
      ['7床家属过来一下。', '7床家属'],
      ['18号,过来!', '18号'],
      ['喂,那个谁,你的东西。', '喂,那个谁'],
      ['老头,你到底买不买?', '老头'],
      ['穿蓝衣服的,过来排队!', '穿蓝衣服的'],
      ['胖的先上,瘦的后面等。', '胖的'],
    ],
    [
      '请5床家属到护士站来一下。',
      '请18号顾客到3号窗口办理。',
      '3号窗口为您服务。',
      '您的座位是12号。',
      '3号。',
      '3床的药我已经放在桌上了。',
      '3床今天出院。',
      '给您加了两床被子。',
      '老太太,您慢点走。',
      '大爷,这边请。',
      '请32号患者到5诊室就诊。',
    ],
  ],
  [
    'evaluations of the customer',
    [
      ['你太不懂事了!', '你太不懂事了'],
      ['真不配合!', '真不配合'],
      ['你怎么这么不讲理。', '你怎么这么不讲理'],
      ['你这人真麻烦。', '你这人真麻烦'],
      ['他又不听话了!', '他又不听话了'],
      ['你这是什么态度?', '你这是什么态度'],
      ['你说话的态度就不对。', '你说话的态度就不对'],
      ['控制一下你的情绪。', '控制一下你的情绪'],
      ['不会用手机就去学。', '不会用手机就去学'],
    ],
    [
      '不好意思,我太啰嗦了。',
      '这个流程很复杂,我们帮您简化。',
      '太麻烦您了,谢谢。',
      '又麻烦您跑一趟,真不好意思。',
      '我们的态度不好,向您道歉。',
      '您对我们的服务态度满意吗?',
      '您真懂行。',
      '这个操作太复杂了,我一步一步教您。',
      '不会用也没关系,我教您。',
    ],
  ],
  [
    'impatience that counts and waves off',
    [
      ['我都跟你讲了两遍了。', '跟你讲了两遍'],
      ['说了三次了,自己看。', '说了三次'],
      ['不是已经告诉过你了吗?', '不是已经告诉过你了吗'],
      ['不是早就告诉你们了吗?', '不是早就告诉你们了吗'],
      ['不买就算了。', '不买就算了'],
      ['我已经重复三遍了。', '重复三遍'],
    ],
    ['您已经说了三遍了,我都记下了。', '我再为您说明一次。', '我们已经为您登记了两次。', '不需要也没关系,您随时联系我们。'],
  ],
];

describe('taboo-phrase: orders, forms of address and evaluations aimed at the customer', () => {
  for (const [name, flags, passes] of CASES) {
    describe(name, () => {
      for (const [text, expected] of flags) {
        it(`flags ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
          const found = taboo(text);
          assert.ok(found.some((f) => f.includes(expected) || expected.includes(f)), `${JSON.stringify(found)}`);
        });
      }
      for (const text of passes) {
        it(`passes ${JSON.stringify(text)}`, () => {
          assert.deepEqual(taboo(text), []);
        });
      }
    });
  }

  it('finds none of them in ordinary polite agent lines', () => {
    const lines = readFileSync(join(__dirname, '../../../test/fixtures/constructions/polite-agent-lines.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    assert.deepEqual(lines.filter((l) => taboo(l).length > 0), []);
  });

  it('says what is wrong with an address by number, and with an evaluation, in their own words', () => {
    const address = findingsOf(line('5床,量血压了!'), 'taboo-phrase')[0];
    assert.match(address.message.zh, /床号、号码或外号/);
    const judged = findingsOf(line('你太不懂事了!'), 'taboo-phrase')[0];
    assert.match(judged.message.zh, /评价、训斥客户/);
    const ordered = findingsOf(line('先刷卡!'), 'taboo-phrase')[0];
    assert.match(ordered.message.zh, /不得命令客户/);
  });
});
