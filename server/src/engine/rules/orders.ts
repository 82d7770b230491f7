import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Curt orders: a bare imperative that commands the customer (把资料给我, 身份证拿来, 坐那边去, 签字,
 * 下一个 called out to the queue). The seeds ask for 生硬语言 never to be used, and their lists of
 * 服务忌语 are full of such orders (拿证明来, 外面等着去, 不买靠边站); the polite form asks (请您把身份证
 * 给我, 麻烦您出示一下证件). Only clear command forms, each a clause of its own: the same words inside a
 * longer clause (我需要您把资料给我看一下) or in a sentence that asks or softens are not orders.
 * Reported by taboo-phrase, with the lexicon's 命令 message.
 */

const S004_CURT = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不使用生硬語言)' };

/** Softening anywhere in the sentence (请, 麻烦, 劳驾), or a question (好吗, 可以吗, 能不能): the order is asked. */
const SOFTENED = /请|麻烦|劳驾|烦请|能否|可否|能不能|可不可以|可以|好吗|行吗|好不好|谢谢|帮忙/;
/** The things handed over: a few characters, none of them the agent acting (给你, 帮, 为, 我). */
const THING = '(?:(?!给|帮|为|我|咱)[\\u4e00-\\u9fff]){1,6}?';
/** The curt end an order may carry. */
const CURT_END = '(?:吧|啊|呀|来)?';

export const ORDERS: readonly Construction[] = [
  {
    // 把资料给我, 你把证件拿出来: the customer told to hand something over.
    name: '把……给我 / 拿出来',
    pattern: new RegExp(`(?:你)?把${THING}(?:给我|拿来|拿出来|拿过来|交上来|交出来|递过来|递给我)${CURT_END}`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
  {
    // 身份证拿来, 证件拿出来: the thing first, then the order.
    name: '……拿来',
    pattern: new RegExp(`${THING}(?:拿来|拿出来|拿过来|交上来|交出来|递过来)${CURT_END}`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
  {
    // 坐那边去, 去外面等着, 到一边站着: the customer sent aside.
    name: '坐那边去 / 去……等着',
    pattern: /(?:你)?(?:(?:坐|站|去|到|靠)(?:那边|那儿|那里|旁边|一边|边上|外面|后面|门外)(?:去|等着|待着|坐着|站着)|(?:去|到)[\u4e00-\u9fff]{1,4}?等着)(?:吧|啊|去)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
  {
    // 签字, 在这签字: the customer told to sign, with no 请.
    name: '签字',
    pattern: /(?:你)?(?:在)?(?:这|这里|这儿|下面|那里)?签(?:个)?(?:字|名)(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
  {
    // 站住, 别走: the customer stopped like a suspect. 请您别走开,马上为您查询 asks.
    name: '站住 / 别走',
    pattern: /(?:你)?(?:站住|别走|不许走)(?:吧|啊|呀)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
  {
    // 尊重所有机组人员!, 放尊重点, 注意你的态度: the customer told how to behave. 请您尊重… asks.
    name: '尊重……! / 注意你的态度',
    pattern: /(?:你)?(?:放尊重(?:一)?点|尊重(?:一下)?(?:所有|我们的?)?[\u4e00-\u9fff]{0,6}?(?:人员|员工|乘务员|空服员|我们|别人)|(?:给我)?安静(?:一)?点|注意(?:你的)?(?:态度|言辞|用词|素质))(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
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
    // 下一个 called out as a clause of its own: the queue, not the customer, is spoken to.
    name: '下一个',
    pattern: /下一个(?:吧|啊)?/g,
    opens: 'clause',
    ends: 'clause',
    notIn: SOFTENED,
    cite: S004_CURT,
  },
];

export function orders(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, ORDERS);
}
