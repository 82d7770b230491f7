import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { findConstructions, type Construction } from '../../server/src/engine/rules/construction';
import { CONTEMPT } from '../../server/src/engine/rules/contempt';
import { DISMISSALS } from '../../server/src/engine/rules/dismissals';
import { INSULTS } from '../../server/src/engine/rules/insults';
import { THREATS } from '../../server/src/engine/rules/threats';
import { findingsOf, flagged } from '../helpers';

/**
 * Threats, contempt, sarcasm and scolding said with words no list holds: each construction with
 * lines it flags and the polite look-alikes that share its words. The lines are written for these
 * tests, not taken from the wild set or an eval corpus.
 */

const line = (text: string) => `坐席:${text}\n`;

function matched(text: string, table: readonly Construction[]): string[] {
  const doc = line(text);
  const { doc: parsed, view } = lint(doc, { rules: [] });
  return findConstructions(parsed, view, table).map((m) => doc.slice(m.start, m.end));
}

const CASES: Array<[string, readonly Construction[], Array<[string, string]>, string[]]> = [
  [
    'threats',
    THREATS,
    [
      ['有能耐你去告我啊!', '有能耐你去告我啊'],
      ['有种你就去举报。', '有种你就去举报'],
      ['你想报警就报警,我不怕。', '想报警就报警'],
      ['那您赶紧去投诉吧!', '那您赶紧去投诉吧'],
      ['有种你把柜台砸了。', '有种你把'],
      ['再闹我就拘留你。', '我就拘留你'],
      ['信不信我收拾你', '信不信我收拾你'],
      ['你再这样,我会让你后悔的。', '我会让你后悔'],
      ['惹急了我让你吃不了兜着走', '我让你吃不了兜着走'],
      ['小心我把你拉黑!', '小心我把你拉黑'],
      ['你信不信我现在就挂你电话?', '信不信我现在就挂你电话'],
      ['行,你给我等着。', '你给我等着'],
      ['到时候别让我针对你。', '让我针对你'],
      ['好,我记住你了。', '我记住你了'],
      ['我今天就是不给你办!', '我今天就是不给你办'],
      ['你们敢投诉试试!', '你们敢投诉试试'],
      ['再这样我就曝光你。', '我就曝光你'],
      ['我知道你住哪。', '我知道你住哪'],
      ['我让你在这行混不下去。', '让你在这行混不下去'],
      ['钱不还,后果自负。', '后果自负'],
      ['不购物的人一律就下车。', '不购物的人一律就下车'],
    ],
    [
      '他在这方面很有本事,您可以放心。',
      '有种说法是这样的,我给您解释一下。',
      '如需投诉,请拨打我们的服务热线。',
      '如果您被骗了,请尽快报警。',
      '请小心地滑,注意安全。',
      '请您小心,我扶您一下。',
      '我会记住您的要求,下次直接为您安排。',
      '这次旅程一定会让您终身难忘。',
      '我保证不会让您后悔的。',
      '让我针对您的问题给您说明一下。',
      '今天系统维护,暂时不能为您办理,明天上午就可以办了。',
      '好的,那我就不给您办理了,有需要再联系我们。',
      '我打您电话没有打通,所以给您发了短信。',
      '您再重启一下试试看。',
      '我告诉您一个简单的办法。',
      '我会转告您的家人。',
      '请问您住在哪个小区?',
      '我知道您住哪个小区了,马上安排师傅上门。',
      '有种来自日本的产品,您可以看看。',
      '还有种把两张卡合并的办法。',
      '我会针对您反映的问题尽快处理。',
      '您小心我扶您下来。',
      '好的,我记住您的电话了。',
      '好的,我记住您了,下次您直接找我。',
      '不消费也不会取消您的会员资格。',
    ],
  ],
  [
    'contempt and sarcasm',
    CONTEMPT,
    [
      ['您这是白日做梦。', '白日做梦'],
      ['退全款?想得美!', '想得美'],
      ['想免单?门都没有。', '门都没有'],
      ['你要想不交钱就走,那是不可能的事。', '你要想不交钱就走,那是不可能的事'],
      ['就你这水平还来投诉?', '就你这水平'],
      ['你还真把自己当上帝了?你以为你是谁?', '你以为你是谁'],
      ['我还得把你当祖宗供着?', '还得把你当祖宗'],
      ['你算老几?', '你算老几'],
      ['就凭你,你也配?', '你也配'],
      ['看你那德行。', '看你那德行'],
      ['就你事多。', '就你事多'],
      ['少了两块钱,至于吗?', '至于吗'],
      ['晚到一天有什么大不了的?', '有什么大不了'],
      ['你装什么糊涂?', '装什么糊涂'],
      ['您今天是閒得慌吧?', '您今天是閒得慌吧'],
      ['我就这样,你又能拿我如何?', '你又能拿我如何'],
      ['就扣你了,怎么着?', '就扣你了,怎么着'],
      ['我就是这样的,你能把我怎么样', '我就是这样的'],
      ['你这种客人我们不欢迎。', '你这种客人我们不欢迎'],
      ['爱买不买。', '爱买不买'],
      ['随便你来不来。', '随便你来不来'],
      ['你爱等就等,不等就算了。', '爱等就等,不等就算了'],
    ],
    [
      '您想得很周到,我马上为您安排。',
      '请问您晚上睡觉做梦多吗?',
      '这个功能目前暂时无法实现,我帮您登记需求。',
      '我们会尽最大能力帮您解决。',
      '我们把每一位客户都当作家人。',
      '您闲着的时候可以来店里看看。',
      '我帮您看看手机怎么了。',
      '像您这样的老客户,我们会优先安排。',
      '买不买都可以,您慢慢看。',
      '两种套餐随您选。',
      '我就是这样想的,您看可以吗?',
      '如果您不配合,我们就没法核实身份。',
      '我就想问问您怎么了?',
      '看您这样子,应该是感冒了,建议您多喝水。',
      '这没什么大不了的,我马上帮您处理好。',
      '请问您的电脑装什么系统?',
      '至于退款的时间,一般是三到五个工作日。',
      '我们为您配送到家。',
    ],
  ],
  [
    'insults and scolding',
    INSULTS,
    [
      ['消费不起就别来。', '消费不起就别来'],
      ['住不起的话就回家。', '住不起的话就回家'],
      ['没有钱就别出来玩。', '没有钱就别出来'],
      ['十块钱都舍不得?', '十块钱都舍不得'],
      ['一个大姑娘,车费都付不起?', '大姑娘,车费都付不起'],
      ['你瞎了?', '你瞎了'],
      ['你耳朵聋了吗?', '耳朵聋了'],
      ['给我滚出去!', '给我滚出去'],
      ['滚!', '滚'],
      ['快滚。', '快滚'],
      ['你这个混蛋。', '混蛋'],
      ['真替你丢人。', '替你丢人'],
      ['你是不是来找茬的?', '你是不是来找茬'],
      ['你这纯粹是骗钱。', '你这纯粹是骗钱'],
      ['别跟我装糊涂!', '别跟我装'],
      ['你的态度怎么这么差!', '你的态度怎么这么差'],
      ['你是不是缺心眼?', '缺心眼'],
      ['你疯了吧?', '你疯了'],
      ['你懂个屁!', '懂个屁'],
      ['你是猪吗?', '你是猪吗'],
      ['你搞什么名堂?', '搞什么名堂'],
      ['你眼睛长哪儿了?', '眼睛长哪'],
      ['别婆婆妈妈的。', '婆婆妈妈'],
    ],
    [
      '买不起的话我们有分期付款。',
      '没钱也不要着急,可以申请延期还款。',
      '连一块钱的手续费都不收。',
      '请扶好滚梯扶手。',
      '滚筒洗衣机请选择这个模式。',
      '新闻滚动播报请关注。',
      '请将医疗废物投入指定的垃圾桶。',
      '小人书在二楼的阅览室。',
      '过去死亡率较高,现在已经大大下降了。',
      '谨防骗子,您不要相信陌生来电。',
      '如果您遇到骗钱的电话,请及时报警。',
      '您不要给我现金,请扫码支付。',
      '请您再核对一下有没有搞错。',
      '我有没有搞错您的地址?',
      '您的态度我们非常理解。',
      '猪肉的价格最近有所上涨。',
      '请问您是猪肉供应商吗?',
      '您是猪年出生的吧?',
      '等水滚开了再下面条。',
      '您眼睛是哪里不舒服?',
      '没钱不要借网贷,小心被骗。',
      '交不起的话不要逾期,先联系我们协商。',
      '这个月可能会有人冒充我们,您接到骗子电话请挂断。',
      '谁让您久等了,真不好意思。',
    ],
  ],
  [
    'calling for help declared useless',
    DISMISSALS,
    [
      ['打12315也没用。', '打12315也没用'],
      ['打热线的人没有一个办成的。', '打热线的人没有一个办成'],
      ['打这个电话的都是废了。', '打这个电话的都是废了'],
    ],
    [
      '打12345热线可以查询办理进度。',
      '我帮您打电话也没用,对方一直没接,我再发个短信给商家。',
      '打电话没用的话,我可以帮您在线提交工单。',
    ],
  ],
];

describe('taboo-phrase: threats, contempt, sarcasm and scolding', () => {
  for (const [name, table, flags, passes] of CASES) {
    describe(name, () => {
      for (const [text, expected] of flags) {
        it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)} and taboo-phrase reports it`, () => {
          assert.deepEqual(matched(text, table), [expected]);
          assert.ok(flagged(line(text), 'taboo-phrase').includes(expected), JSON.stringify(flagged(line(text), 'taboo-phrase')));
        });
      }
      for (const text of passes) {
        it(`passes ${JSON.stringify(text)}`, () => {
          assert.deepEqual(matched(text, table), []);
          assert.deepEqual(flagged(line(text), 'taboo-phrase'), []);
        });
      }
    });
  }

  it('reports contempt with its own message and no fix: no single rewording fits', () => {
    const [f] = findingsOf(line('退全款?想得美!'), 'taboo-phrase');
    assert.match(f.message.zh, /轻视、讽刺客户/);
    assert.match(f.message.en, /belittles or mocks/);
    assert.deepEqual(f.fixes ?? [], []);
  });

  it('leaves 你能把我怎么样 to interrogative-tone and flags the defiance before it', () => {
    const text = line('我就是这样的,你能把我怎么样');
    assert.deepEqual(flagged(text, 'taboo-phrase'), ['我就是这样的']);
    assert.deepEqual(flagged(text, 'interrogative-tone'), ['能把我怎么样']);
  });

  it('finds none of them in ordinary polite agent lines', () => {
    const file = join(__dirname, '../../../test/fixtures/constructions/polite-agent-lines.txt');
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map(line)
      .join('');
    const { doc, view } = lint(text, { rules: [] });
    assert.deepEqual(findConstructions(doc, view, CONTEMPT).map((m) => text.slice(m.start, m.end)), []);
  });
});
