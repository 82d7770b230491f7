import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Put off for the agent's own convenience: 我正忙着呢,你晚点再打来 — the caller told to ring again
 * because the agent is busy, the 没看见我正忙 of the 忌语 lists said to a caller. 不好意思,我这边
 * 正在处理,稍后给您回电 apologises and calls back; the agent's own 稍后 call is no put-off.
 * The same busyness given as the whole answer (现在工作人员都很忙, 我们这边太忙了, 人手忙不过来): the
 * customer told the staff have no time for them, where the counters' 业务忙时 scripts say 对不起,让您
 * 久等了. With an apology or a request (不好意思,我们这会儿比较忙,请您稍等) it is said with care;
 * 我们不忙 and 忙完就给您办 say something else. Reported by taboo-phrase. (A bare 请过一会儿再来电
 * with nothing offered is refusal-alternative's.)
 */

const S001_IMPATIENCE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌煩躁)' };

export const PUT_OFFS: readonly Construction[] = [
  {
    name: '我正忙着,你晚点再打来',
    pattern: /(?:我们?)?(?:一直|正|现在|这会儿?)*(?:在)?忙(?:着|呢|得很)?(?:呢)?(?:你|你们)?(?:过会儿?|过一会儿?|等下|等一下|等会儿?|晚点|晚些|改天|回头|稍后)(?:再)?(?:打过来|打来|打|来|拨|找)(?:吧)?/g,
    notIn: /抱歉|对不起|不好意思|我(?:稍后|待会|等下|过会)?(?:再)?(?:给|打给|回)/,
    cite: S001_IMPATIENCE,
  },
  {
    // 正忙着。, 在忙呢! as the whole turn: the subject left out, the busyness is still the answer.
    name: '正忙着',
    pattern: /(?:正|正在|在|还在)忙(?:着)?(?:呢|啊|呀)?/g,
    opens: 'clause',
    ends: 'sentence',
    notIn: /抱歉|对不起|不好意思|久等|歉意|请|麻烦|谢谢|马上|稍后|一会|等下|吗/,
    cite: S001_IMPATIENCE,
  },
  {
    name: '(工作人员)都很忙',
    pattern:
      /(?:现在|今天|这会儿?|最近|这几天)?(?:我|我们|咱们|工作人员|员工|师傅|医生|护士|老师|大家|人手|同事|柜台|窗口)(?:这边|那边)?(?:现在|今天|这会儿?|最近|这几天)?(?:都|全都|也)?(?:很|太|特别|非常|比较|正|在|正在|实在)?忙(?:着|呢|得很|死了|不过来|了|啊|呀)*/g,
    opens: 'clause',
    ends: 'clause',
    notIn: /抱歉|对不起|不好意思|久等|歉意|请|麻烦|谢谢|马上|就(?:来|到|给|帮|过来)|稍后|先帮|我来|帮你/,
    cite: S001_IMPATIENCE,
  },
];

export function putOffs(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, PUT_OFFS);
}
