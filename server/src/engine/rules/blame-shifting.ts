import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Blame-shifting (推卸责任): the agent puts the fault on someone else — a colleague, another
 * desk, or nobody in particular (这不是我的错, 是实习生干的). The customer hears that nobody will
 * own the problem. Reported by negative-wording; blaming the customer (都怪您自己) is taboo-phrase's.
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };

/** Someone other than the agent the fault is put on. Not 系统: 是系统的原因 explains, it does not shift. */
const SOMEONE_ELSE = '实习生|新来的|新人|新同事|同事|别人|他们|前台|那边|上一个客服|之前的客服|其他客服|快递员|师傅|技术部|那个部门';

export const BLAME_SHIFTING: readonly Construction[] = [
  {
    // 这不是我的错, 不是我们的责任, 不能怪我; 这不是您的问题 reassures the customer and is not matched.
    name: '这不是我的错',
    pattern: /不是我(?:们)?(?:的)?(?:错|过错|责任)|(?:不能|别|不)怪我(?:们)?|怪不得我(?:们)?|(?:这|那)(?:也|又)?(?:不关|赖不着|赖不到)我(?:们)?/g,
    // 如果不是我们的错, 我们也会…: a condition, not a denial.
    politeBefore: /如果|若|假如|要是|即使|就算/,
    cite: S004,
  },
  {
    // 是实习生干的, 都是前台弄错的: the fault passed to a colleague.
    name: '是……干的',
    pattern: new RegExp(`(?:是|都是|全是|那是)(?:${SOMEONE_ELSE})(?:干|弄|搞|做|办|操作|说)(?:错)?的`, 'g'),
    cite: S001,
  },
];

export function blameShifting(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, BLAME_SHIFTING);
}
