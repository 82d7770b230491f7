import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Threats and dares: the customer told to go ahead and complain (有本事告去, 随便你投诉), or told what
 * will be done to them (…否则移交法务部, 将通知所有联系人). The seeds list 无论你到哪投诉都是一样的
 * among the tones never to use; these are its kind, said with other words. Reported by taboo-phrase.
 * A consequence the customer is told about as information (逾期会产生滞纳金, 会影响您的征信) is no
 * threat, and is not matched.
 */

const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (愤怒语气; 无论你到哪投诉都是一样的)' };

/** Going to law or to the authorities, or shaming the customer in front of others. */
const COMPLAINT = '(?:告|投诉|起诉|举报|报警|曝光|打官司|找媒体|找记者)';

export const THREATS: readonly Construction[] = [
  {
    // 有本事告去, 有本事你去投诉, 随便你告, 爱投诉就投诉, 你去告吧: the complaint dared, not heard.
    // 如您不满意,可以拨打…投诉 tells the way, and has none of these words.
    name: '有本事告去 / 随便你投诉',
    pattern: new RegExp(
      `有本事(?:你)?(?:就)?(?:去)?${COMPLAINT}(?:去|吧|啊)?|(?:随便|随你)(?:你)?(?:去)?(?:怎么)?${COMPLAINT}|爱${COMPLAINT}(?:就|不)${COMPLAINT}|(?:你)?(?:去)?${COMPLAINT}去(?:吧|啊)?|你去${COMPLAINT}(?:吧|啊)`,
      'g',
    ),
    // 我帮您投诉去 is the agent acting for the customer.
    clauseBefore: /我|帮你|为你|替你/,
    cite: S002_TONE,
  },
  {
    // …否则移交法务部, 不然就上门, 将通知所有联系人: what will be done to the customer, as a lever.
    name: '否则移交法务 / 通知所有联系人',
    pattern:
      /(?:否则|不然|要不然|要不)(?:我们)?(?:将|就|会|马上|立即)?(?:移交|转交|交给|提交)(?:给)?(?:法务|律师|法院|公安|警方)|(?:否则|不然|要不然|要不)(?:我们)?(?:将|就|会|马上|立即)?(?:起诉|上门|报警|曝光)|(?:通知|告诉|联系)(?:你的)?(?:所有|全部)(?:联系人|亲友|亲戚|通讯录)|掌握(?:了)?你的(?:通讯录|联系人)/g,
    cite: S002_TONE,
  },
];

export function threats(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, THREATS);
}
