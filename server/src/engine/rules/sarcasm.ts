import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Sarcastic hyperbole: the customer's bad luck compared to being struck by lightning (出门都能被雷劈,
 * 喝凉水都塞牙) — what happened to them made a joke of its odds. The seeds forbid mocking the
 * customer (002 3.3 服务禁用语气; the industry lists' 讽刺). No polite sentence says 雷劈 to a customer.
 * Reported by taboo-phrase.
 */

const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例' };

export const SARCASM: readonly Construction[] = [
  {
    name: '被雷劈 / 喝凉水都塞牙',
    pattern: /(?:被|遭|让)雷劈|天打雷劈|喝(?:口)?(?:凉)?水都(?:能)?塞牙/g,
    cite: S002_TONE,
  },
];

export function sarcasm(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, SARCASM);
}
