import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Brush-offs that end the talk instead of answering it: the customer told that complaining or
 * asking anyone else is useless (投诉到哪都没用, 反映也白搭), or a rulebook named as the whole answer
 * (手册有规定的, 合同就是这么规定的). The seeds list 无论你到哪投诉都是一样的 and 这是我们公司的规定 among
 * the tones never to use; these are their kinds in other words. Reported by taboo-phrase. A rule
 * named with what it means for the customer or what can be done (根据规定需要您本人办理, 我可以为您…)
 * explains, and is not matched.
 */

const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (无论你到哪投诉都是一样的; 这是我们公司的规定)' };

/**
 * The agent goes on to what can be done, or says what the rule says: the rule, or the complaint's
 * route, explains and does not end the talk (合同上有规定的,我给您念一下条款; 也一样会受理).
 */
const OFFERS = /我(?:可以|帮|来|为|给|们可以|们会)|帮你|为你|建议你|你可以|(?:念|读|说明|解释)一下|会(?:认真)?(?:处理|受理|跟进)/;

export const DISMISSALS: readonly Construction[] = [
  {
    // 你打市长热线也没用, 找领导也没用: help elsewhere declared useless. 重启也没用的话,我们安排上门
    // goes on to a way.
    name: '打市长热线也没用',
    // 找谁都没用 and 找领导也没用 are the lexicon's 推诿 (negative-wording).
    pattern: /(?:打|告到|告|去)[\u4e00-\u9fff0-9]{1,6}?(?:也|都)没(?:有)?用/g,
    notIn: /的话|如果|要是|我们(?:会|马上|安排)|帮你|为你/,
    // 我们找厂家也没用 is the agent's own effort.
    clauseBefore: /我/,
    cite: S002_TONE,
  },
  {
    // 投诉到哪都没用, 反映也白搭, 告到哪里都一样: complaining declared useless. (找谁都没用 is the
    // industry lexicon's, a 推诿 of negative-wording.) 无论您到哪里投诉,我们都会认真处理 promises
    // the opposite, and has none of these ends.
    name: '投诉到哪都没用',
    // 一样 says useless only after 到哪 (the seed's 无论你到哪投诉都是一样的): 您在网上反映也一样 offers
    // another channel.
    pattern:
      /(?:你)?(?:投诉|告|反映|闹)(?:到)?(?:(?:哪|哪里|哪儿|谁那|什么地方|哪个部门)(?:去)?(?:也|都)(?:一样|是一样的)|(?:哪|哪里|哪儿|谁那|什么地方|哪个部门)?(?:去)?(?:也|都)(?:没用|没有用|白搭|不管用))/g,
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 到总部投诉也没用, 越级反映都白搭, 向上级告也一样: going over the agent's head declared useless.
    // 您在网上反映也一样,我们都会认真处理 offers another channel (no higher level named) and says what is done.
    name: '到总部投诉也没用',
    pattern:
      /(?:向上|往上|越级|(?:向|到|找|去)(?:上面|上级|领导|总部|总公司|集团|主管部门|监管部门))(?:去)?(?:投诉|告|反映|举报)(?:也|都)(?:是)?(?:一样|没用|没有用|白搭|不管用)(?:的)?/g,
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 随便你去哪投诉, 你爱去哪告就去哪告, 你叫记者来都行: the complaint, or whoever the customer would
    // bring in, waved at as if it could change nothing. 您可以通过以下渠道投诉 tells the way, with none of these.
    name: '随便你去哪投诉 / 叫记者来都行',
    pattern:
      /(?:随便|随你)(?:你)?(?:去)?(?:哪|哪里|哪儿|什么地方|找谁)(?:去)?(?:投诉|告|反映|举报)|爱(?:去)?(哪|哪里|哪儿)(?:投诉|告|反映)就(?:去)?\1(?:投诉|告|反映)?|(?:让|叫|找)(?:警察|记者|媒体|律师|领导|我们领导|你们领导)(?:来)?(?:接电话|处理|评理)?(?:都|也)(?:行|可以|没用|一样)/g,
    clauseBefore: /我|帮你|为你|替你/,
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 你太敏感了, 您也太较真了, 您这是小题大做: the complaint put down to the customer's nature.
    // 不是您太敏感,是我们没做好 owns it.
    name: '你太敏感了 / 小题大做',
    pattern: /你(?:也|这是|这样)?(?:太|真是太|未免太|有点太|有些|过于)?(?:敏感|较真|计较|多疑|挑剔|玻璃心|小题大做|大惊小怪)(?:了)?(?:吧|啊|呀)?/g,
    ends: 'clause',
    clauseBefore: /不是|并非|并不是|别说|不算/,
    cite: S002_TONE,
  },
  {
    // 打12345的人没有一个办成的, 打热线也白打, 打这个电话的人都是废了: calling for help declared
    // useless, and the callers with it. 打12345热线可以查询办理进度 tells the way.
    name: '打热线没有一个办成的',
    pattern:
      /打(?:12345|12315|热线|这个电话|电话|我们电话)[\u4e00-\u9fff\d]{0,12}?(?:也|都)?(?:没用|没有用|白打|办不成|没有一个(?:人)?(?:办成|成功|解决|有用)|(?:都)?是废了|都废了)/g,
    // 我帮您打电话也没用,对方没接 tells what the agent tried.
    clauseBefore: /我|帮你|为你/,
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 手册有规定的, 合同就是这么规定的, 上面规定的: a clause of its own that names the rulebook and
    // stops. 根据手册规定,需要两名乘务员在场 says what the rule asks, and is a longer clause.
    name: '手册有规定的',
    pattern:
      /(?:这是)?(?:手册|规章|章程|条例|制度|合同|条款|公司|上面|上级|单位)(?:上|里|里面)?(?:有|都有|就是|就|是|都是)?(?:这么|这样)?(?:明确)?(?:规定|写|要求)(?:了)?的(?:啊|呀|嘛|吧)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 您急也没用, 说这些有什么用, 吵也没用: the customer's worry or words declared useless (跟我说也没用
    // is negative-wording's 推诿). 着急也没用,我帮您想办法 goes on to a way.
    name: '急也没用 / 说这些有什么用',
    pattern: /(?:急|着急|吵|闹|哭|喊|说这些|讲这些|问这些|说那些)(?:也|都)?(?:没(?:有)?用|白搭|有什么用|有啥用)/g,
    // 我们急也没用 and 我说这些也没用 are the agent's own.
    clauseBefore: /我/,
    notIn: OFFERS,
    cite: S002_TONE,
  },
  {
    // 嫌贵去别家看看, 要不您去别家: the customer sent to a competitor. 您可以去我们别的门店看看 keeps them.
    name: '去别家看看',
    pattern: /(?:去|到|找)(?:别家|其他家|别的店|别的商家|其他商家)(?:看看|问问|试试|买|办|吧)?/g,
    cite: S002_TONE,
  },
  {
    // 不用问我, 问我也没用, 您问我我问谁: the question pushed back (别问我 is negative-wording's listed
    // 推诿). 有问题您随时问我 invites it; 您不用问我要验证码 warns.
    name: '不用问我 / 问我也没用',
    pattern: /(?:不用|甭)问我(?!要|拿|借)|问我(?:也|都)(?:没用|没有用|白问)|问我(?:干嘛|干什么|有什么用)|问我我问谁/g,
    cite: S002_TONE,
  },
  {
    // 我们这里就这条件, 爱要不要: take it or leave it. (爱办不办 is the lexicon's.) 我们这里的条件就是
    // 这样安排的,您看… explains.
    name: '就这条件 / 爱要不要',
    pattern: /就(?:这|这个|这种)(?:条件|水平|服务|待遇)|爱(要|用|买|来|住|坐|吃|听|信)不\1/g,
    ends: 'clause',
    notIn: OFFERS,
    cite: S002_TONE,
  },
];

export function dismissals(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, DISMISSALS);
}
