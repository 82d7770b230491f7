import { strict as assert } from 'node:assert';
import { BLAME_SHIFTING } from '../../server/src/engine/rules/blame-shifting';
import { IMPATIENCE } from '../../server/src/engine/rules/impatience';
import { ORDERS } from '../../server/src/engine/rules/orders';
import { RHETORICAL_QUESTIONS } from '../../server/src/engine/rules/rhetorical-questions';
import { SENDING_ELSEWHERE } from '../../server/src/engine/rules/sending-elsewhere';
import { flagged } from '../helpers';
import { fullWidth, line, matched, type ConstructionTable } from './construction-table';

/**
 * The constructions of rhetorical questions, orders, impatience, sending elsewhere and blame that
 * a list of phrases cannot hold (谁规定…?, 快点 + an act, 这事归X处管, 你明天再打来), each with the
 * polite forms that share its words. The examples are written for these tests.
 */

const TABLES: ConstructionTable[] = [
  [
    'rhetorical questions',
    'interrogative-tone',
    RHETORICAL_QUESTIONS,
    [
      ['说明书上都写着,不会看说明书吗?', '不会看说明书吗'],
      ['网上都能办,自己不会查嗎,后面还有人排队。', '不会查嗎'],
      ['你不会自己填?', '不会自己填'],
      ['这点小事还要我教你?', '还要我教你'],
      ['天天有人来堵门,你乐意吗?', '你乐意吗'],
      ['这样做对得起大家吗?', '对得起大家吗'],
      ['十块钱的押金都交不起吗?', '都交不起吗'],
      ['我吃饭是不是也要告诉你?', '也要告诉你'],
      ['谁規定一定要当天退?', '谁規定'],
      ['谁让你们把车堵在门口的?', '谁让你们'],
      ['快递员就该受气?', '就该受气'],
      ['不在这里排队,还能去哪里排吗?', '不在这里排队,还能去哪里排吗'],
      ['填一张表有那么难吗?', '有那么难吗'],
      ['您那边那么乱,我怎么听得清?', '我怎么听得清'],
      ['您为什么不提前预约?', '您为什么不提前预约'],
      ['当初为什么不看清楚?', '当初为什么不看'],
      ['这点小事,自己不会打个电话问吗?', '不会打个电话问吗'],
      ['这也不知道?', '这也不知道'],
      ['你问我,我去问谁?', '我去问谁'],
    ],
    [
      '如果您不会操作,我来一步步帮您。',
      '请问您不会用这个功能吗?',
      '您放心,系统不会看错的。',
      '这样就不会找不到了,好吗?',
      '还需要我帮您查询其他业务吗?',
      '请问您对这次服务满意吗?',
      '我们一定对得起您的信任。',
      '请问是谁规定的呢?',
      '不管谁规定的,我们都会帮您核实。',
      '请问您还能收到短信吗?',
      '您觉得操作很麻烦吗?',
      '请问我怎么称呼您?',
      '这都不会影响您的使用。',
      '这些都不会收费的。',
      '我问一下谁负责这个片区,稍后回复您。',
      '是谁让您这么生气的?',
      '是不是也要告诉您的家人呢?',
    ],
  ],
  [
    'orders',
    'taboo-phrase',
    ORDERS,
    [
      ['快点上车。', '快点上车'],
      ['排队的赶紧过来交钱。', '赶紧过来'],
      ['好好排队。', '好好排'],
      ['不买票的都让开。', '都让开'],
      ['证件拿来嘛。', '证件拿来嘛'],
      ['系统在升级,下午再打来。', '下午再打来'],
      ['你过两天再来。', '你过两天再来'],
      ['没号了,门口等着去。', '门口等着去'],
      ['你先等着!', '你先等着'],
      ['这个我们修不好,你走吧。', '你走吧'],
    ],
    [
      '请您尽快下车,注意脚下。',
      '为了您的安全,请您赶快离开施工区域。',
      '我赶紧帮您查一下。',
      '我们会尽快为您处理。',
      '车子快到站了,我们快下车了。',
      '师傅快走到您家楼下了。',
      '您回去好好休息。',
      '有话好好说,我来帮您处理。',
      '麻烦您让一下,谢谢。',
      '抱歉,今天的号已经挂完了,请您明天再来。',
      '您下午再来就可以办理了。',
      '欢迎下次再来。',
      '请您在这里等着,我马上回来。',
      '您等着,我给您查一下记录。',
      '请到后面排队,谢谢。',
      '您慢走,路上注意安全。',
      '您有事先忙,我晚点再打来。',
      '师傅下午再过来。',
      '您先走吧,处理好了我们通知您。',
      '天快黑了,您赶快回去吧。',
    ],
  ],
  [
    'impatience',
    'taboo-phrase',
    IMPATIENCE,
    [
      ['下班了,别再来打扰我。', '别再来打扰我'],
      ['后面还有人,别耽误我下班。', '别耽误我'],
      ['你能不能快点,后面还有人。', '你能不能快点'],
      ['你怎么这么啰嗦。', '你怎么这么啰嗦'],
      ['有没有搞错,这都不懂。', '有没有搞错'],
      ['你讲话这么大声干什么。', '你讲话这么大声'],
      ['别磨叽了。', '别磨叽'],
      ['嚷什么嚷。', '嚷什么嚷'],
      ['怎么又是你们。', '怎么又是你们'],
      ['我在忙,等会儿。', '我在忙'],
      ['那您自己看着办吧。', '那您自己看着办吧'],
      ['赶紧的,后面还有人。', '赶紧的'],
      ['我刚才都讲过了,自己看通知。', '我刚才都讲过了'],
    ],
    [
      '不好意思耽误您时间了。',
      '请问我有没有搞错您的地址?',
      '抱歉,我说话这么大声。',
      '我已经为您登记过了。',
      '刚才已经为您说明过了,请问还有什么不清楚的吗?',
      '有问题别客气,随时找我。',
      '请问您叫什么名字?',
      '线路正在忙,请您稍后再拨。',
      '不好意思,我刚才在忙,让您久等了。',
    ],
  ],
  [
    'sending elsewhere',
    'negative-wording',
    SENDING_ELSEWHERE,
    [
      ['我不清楚,你到物业问一下。', '你到物业问一下'],
      ['这种事你应该联系街道办公室。', '应该联系街道办公室'],
      ['这事归社保处管。', '归社保处管'],
      ['有事就到三号窗口。', '有事就到三号窗口'],
      ['这个别来问我。', '别来问我'],
      ['谁卖给你的,你就找谁去。', '你就找谁去'],
      ['我们不是管退费的。', '我们不是管退费的'],
      ['这个条款我们无权解释。', '我们无权解释'],
      ['快递到了,你自己去取吧。', '你自己去取吧'],
      ['你找B科。', '你找B科'],
      ['这事你找社区去。', '找社区去'],
      ['这个跟我说也没用。', '跟我说也没用'],
      ['下班了,明天再说。', '明天再说'],
    ],
    [
      '您可以到营业厅办理。',
      '建议您联系当地社保处咨询。',
      '我到办公室问一下,稍后回复您。',
      '这个问题归我们管,我马上为您处理。',
      '有事请随时找我。',
      '有事就到前台找我们。',
      '您有事可以拨打热线找我们。',
      '我们不是专门负责理赔的,我帮您转给理赔的同事。',
      '您也可以自己去营业厅查询。',
      '我自己去取就好。',
      '建议您自己去看看,有问题随时联系我们。',
    ],
  ],
  [
    'blame-shifting',
    'negative-wording',
    BLAME_SHIFTING,
    [
      ['这是银行的规定。', '这是银行的规定'],
      ['线路故障也不是我们造成的。', '不是我们造成的'],
      ['系统就是这么设置的。', '系统就是这么设置的'],
      ['这是上面定的。', '这是上面定的'],
    ],
    [
      '这是最新的优惠政策,办理后可以享受折扣。',
      '这是符合规定的。',
      '这是国家的规定,给您带来不便,请您谅解。',
      '系统就是这样设置的,我来教您怎么操作。',
      '这不是您的问题,我们来处理。',
      '如果不是我们造成的,我们也会协助您处理。',
    ],
  ],
];

describe('constructions of questions, orders, impatience, sending elsewhere and blame', () => {
  it('leaves a phrase negative-wording lists as 推诿 to it: one finding, with its message', () => {
    for (const [text, phrase] of [['下班了,改天再来吧。', '改天再来吧'], ['那你爱找谁就找谁吧。', '爱找谁就找谁']]) {
      assert.deepEqual(flagged(line(text), 'taboo-phrase'), [], text);
      assert.ok(flagged(line(text), 'negative-wording').includes(phrase), text);
    }
  });

  for (const [name, rule, table, flags, passes] of TABLES) {
    describe(name, () => {
      for (const [text, expected] of flags) {
        it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}, in ASCII and full-width punctuation, reported by ${rule}`, () => {
          assert.deepEqual(matched(text, table), [expected]);
          assert.deepEqual(matched(fullWidth(text), table), [fullWidth(expected)]);
          assert.ok(flagged(line(text), rule).length > 0, flagged(line(text)).join(' | '));
        });
      }
      for (const text of passes) {
        it(`passes ${JSON.stringify(text)}`, () => {
          assert.deepEqual(matched(text, table), []);
          assert.deepEqual(flagged(line(text), rule), []);
        });
      }
    });
  }
});
