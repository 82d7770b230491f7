import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';
import { SOFTENED_REQUEST } from './phrase-context';

/**
 * Curt orders: a bare imperative that commands the customer (把资料给我, 身份证拿来, 坐那边去, 签字,
 * 下一个 called out to the queue). The seeds ask for 生硬语言 never to be used, and their lists of
 * 服务忌语 are full of such orders (拿证明来, 外面等着去, 不买靠边站); the polite form asks (请您把身份证
 * 给我, 麻烦您出示一下证件). Only clear command forms, each a clause of its own: the same words inside a
 * longer clause (我需要您把资料给我看一下) or in a sentence that asks or softens are not orders.
 * Reported by taboo-phrase, with the lexicon's 命令 message.
 */

const S004_CURT = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不使用生硬語言)' };

/** The things handed over: a few characters, none of them the agent acting (给你, 帮, 为, 我). */
const THING = '(?:(?!给|帮|为|我|咱)[\\u4e00-\\u9fff]){1,6}?';
/** The agent helping with what is handed over (您拿出来,我帮您看看): an offer, not an order. */
const HANDOVER_HELPED = new RegExp(`${SOFTENED_REQUEST.source}|帮你|我来`);
/** The curt end an order may carry. */
const CURT_END = '(?:吧|啊|呀|来|撒|嘛|哈|呗|喽)?';

export const ORDERS: readonly Construction[] = [
  {
    // 把资料给我, 你把证件拿出来: the customer told to hand something over.
    name: '把……给我 / 拿出来',
    pattern: new RegExp(`(?:你)?把${THING}(?:给我|拿来|拿出来|拿过来|交上来|交出来|递过来|递给我)${CURT_END}`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: HANDOVER_HELPED,
    cite: S004_CURT,
  },
  {
    // 身份证拿来, 证件拿出来: the thing first, then the order.
    name: '……拿来',
    pattern: new RegExp(`${THING}(?:拿来|拿出来|拿过来|交上来|交出来|递过来)${CURT_END}`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: HANDOVER_HELPED,
    cite: S004_CURT,
  },
  {
    // 坐那边去, 去外面等着, 到一边站着: the customer sent aside.
    name: '坐那边去 / 去……等着',
    pattern: /(?:你)?(?:(?:坐|站|去|到|靠)(?:那边|那儿|那里|旁边|一边|边上|外面|后面|门外)(?:去|等着|待着|坐着|站着)|(?:去|到)[\u4e00-\u9fff]{1,4}?等着)(?:吧|啊|去)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 签字, 在这签字: the customer told to sign, with no 请.
    name: '签字',
    pattern: /(?:你)?(?:在)?(?:这|这里|这儿|下面|那里)?签(?:个)?(?:字|名)(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 站住, 别走: the customer stopped like a suspect. 请您别走开,马上为您查询 asks.
    name: '站住 / 别走',
    pattern: /(?:你)?(?:站住|别走|不许走)(?:吧|啊|呀)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 尊重所有机组人员!, 放尊重点, 注意你的态度: the customer told how to behave. 请您尊重… asks.
    name: '尊重……! / 注意你的态度',
    pattern: /(?:你)?(?:放尊重(?:一)?点|尊重(?:一下)?(?:所有|我们的?)?[\u4e00-\u9fff]{0,6}?(?:人员|员工|乘务员|空服员|我们|别人)|(?:给我)?安静(?:一)?点|注意(?:你的)?(?:态度|言辞|用词|素质))(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 闭嘴, 你才闭嘴, 给我住口: the customer told to be silent.
    name: '闭嘴',
    pattern: /(?:你才|你给我|给我|你)?(?:闭嘴|住口|住嘴)(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S004_CURT,
  },
  {
    // 您不要叫了, 别吵了, 大家不要在这里闹: the customer ordered to stop protesting. 不要叫车 and 别喊
    // 他名字 go on past the verb (the match ends its clause); 小朋友不要哭 comforts (哭 is not listed);
    // 请不要喧哗 is the standards' own sign.
    name: '不要叫了 / 别吵了',
    pattern: /(?:你|你们|大家)?(?:不要|别|甭|少)(?:再)?(?:在这里|在这儿|在这)?(?:叫|吵|嚷|喊|闹|嚷嚷|吵吵|叫唤|吆喝|起哄)(?:了|啦|啊)?/g,
    ends: 'clause',
    clauseBefore: /请$/,
    cite: S004_CURT,
  },
  {
    // 安静!, 小点声!: the customer silenced, the words a clause of their own. 大家请安静 and 请您小声
    // 一点 ask (请 opens the clause).
    name: '安静 / 小点声',
    pattern: /(?:你|你们|大家)?(?:给我)?(?:安静|小声|小点声|小声点|声音小点)(?:点|一点|些)?(?:啊|了)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 你态度好点, 说话客气点: the customer ordered to mind their manners. 请您说话慢一点 asks (请).
    name: '你态度好点',
    pattern: /(?:你)?(?:态度|说话|嘴巴|嘴)(?:给我)?(?:放)?(?:好点|好一点|客气点|客气一点|干净点|放尊重点|注意点)/g,
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 下一个 called out as a clause of its own: the queue, not the customer, is spoken to.
    name: '下一个',
    pattern: /下一个(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 快点下车, 赶快投诉, 赶紧过来买票: the customer hurried into an act. 我赶紧帮您查 is the agent
    // hurrying; 我们会尽快处理 and 很快就好 promise; 快下车了 and 快走到了 say the stop is near. Not 回去 or 进来:
    // 天快黑了,您赶快回去吧 may be care.
    name: '快点/赶快 + 下车/过来……',
    pattern: /(?<![尽很越加更较飞])(?:快点儿?|快一点|赶快|赶紧|快)(?:给我)?(?:滚|走|下车|上车|过来|出去|离开|让开|闪开|投诉|排队|买票|交钱|签字)(?!了|到|完)(?:吧|啊|呀|啦)?/g,
    clauseBefore: /我|咱/,
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 好好放这个本子, 好好排队: the customer told how to behave, the clause opening on it. 请您好好
    // 休息 wishes well, and 有话好好说 does not open its clause.
    name: '好好 + 放/坐/排……',
    pattern: /(?:你)?好好(?:给我)?(?:放|拿|坐|站|排|看|听|写|填|待|呆|走|排队|坐着|站着|看着|听着)/g,
    opens: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 不办理的人都走开, 让开: the customer waved away. 麻烦让一下 and 请让一让 ask.
    name: '走开 / 让开',
    pattern: /(?:你们?|都|快|给我)?(?:走开|让开|闪开|滚开|靠边站|一边去|边上去)(?:吧|啊|点)?/g,
    ends: 'clause',
    clauseBefore: /我/,
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 后面排队去, 外面等着去: the customer sent to a place to wait, with 去 closing the order.
    // 请您到后面排队 asks.
    name: '后面排队去',
    pattern: /(?:你)?(?:到|去)?(?:后面|外面|那边|门口|一边|旁边)(?:排队|排着|等着|待着|站着)去/g,
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 等着!, 你先等着: a wait ordered; the standards ask 请您稍等. 您等着,我给您翻一下记录 says
    // what the agent does meanwhile (a wait with no thanks, wait-thanks's).
    name: '等着',
    pattern: /(?:你)?(?:先|就)?(?:等着|候着)(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: new RegExp(`${SOFTENED_REQUEST.source}|我`),
    cite: S004_CURT,
  },
  {
    // 你明天再打来, 下午再来: the customer sent away to another time, with no apology and no reason.
    // 抱歉,今天的号已经挂完了,请您明天再来 apologises and asks; 您下午再来就可以办理了 tells the way;
    // 欢迎下次再来 sees the customer off.
    name: '明天再来 / 再打来',
    pattern: /(?:那)?(?:你)?(?:明天|明早|下午|上午|晚上|改天|过两天|下周|下个月|晚点|晚些|等会儿?|回头)再(?:打来|打电话|打过来|来电|来|过来|打)(?:吧|啊|呀)?/g,
    // The whole clause: 我晚点再打来 and 师傅下午再过来 say who comes, and it is not the customer.
    opens: 'clause',
    ends: 'clause',
    notIn: /抱歉|对不起|不好意思|请|麻烦|可以|方便|因为|由于|为了|需要|谢谢|感谢|欢迎|我们会|我会|给你|为你|帮你/,
    cite: S004_CURT,
  },
  {
    // 请你走吧, 你可以走了: the customer dismissed. 您慢走 sees them off.
    name: '你走吧',
    pattern: /(?:请)?你(?:们)?(?:走吧|离开吧|出去吧|可以走了|走人)/g,
    ends: 'clause',
    // 您先走吧,处理好了我们通知您 lets the customer go with the way the answer comes.
    notIn: /通知|联系|回复|慢走|路上|注意|小心/,
    cite: S004_CURT,
  },
  {
    // 您听清楚了, 你给我听好了, 您先把问题说清楚: the customer ordered to listen or to make sense. 请您
    // 先把问题说清楚 and 您听清楚了吗? ask.
    name: '你听清楚了 / 先把问题说清楚',
    pattern: /你(?:先|给我)?(?:听清楚|听好|听明白|听着)(?:了)?|你(?:先|给我)?把[\u4e00-\u9fff]{1,8}?(?:说|讲|想|搞|弄)(?:清楚|明白)(?:了)?(?:再(?:说|来|打))?/g,
    ends: 'sentence',
    notBefore: /吗|么|没有|没|吧/,
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 不许动!, 不准抽烟: the customer forbidden like a suspect, the clause the order alone. 请勿吸烟 and
    // 这里不允许吸烟,请您配合 ask; 不准确 and 不准时 are not 不准; a rule told (规定不准带宠物) does not open the clause.
    name: '不许动 / 不准……',
    pattern: /(?:你|你们|大家)?(?:不许|不准(?!确|时|备|点|头))(?:再)?[\u4e00-\u9fff]{1,6}/g,
    opens: 'clause',
    ends: 'clause',
    // A question (您不许愿吗?) asks; the sign's own words (禁止) tell a rule.
    notIn: new RegExp(`${SOFTENED_REQUEST.source}|吗|呢|么|禁止`),
    cite: S004_CURT,
  },
  {
    // 起来!, 出去!, 给我出去: the customer ordered up or out, the order the whole clause. 请您出去稍等 and
    // 您先起来歇一会儿 ask or go on; 我出去一下 is the agent's.
    name: '起来 / 出去',
    pattern: /(?:你|你们)?(?:给我)?(?:起来|出去|滚出去)(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED_REQUEST,
    cite: S004_CURT,
  },
  {
    // 您别跟我说这些, 少跟我扯没用的: the customer told to stop talking of it. 您不要跟我说密码 warns
    // (no 这些 or 没用的 told off).
    name: '别跟我说这些',
    pattern: /你?(?:别|不要|少)(?:跟|和|对|给)我(?:说|讲|扯|提|来)(?:这些|那些|这套|没用的|废话|这么多)/g,
    cite: S004_CURT,
  },
];

export function orders(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, ORDERS);
}
