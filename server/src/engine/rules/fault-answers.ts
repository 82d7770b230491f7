import type { RuleContext } from '../rule';
import { isSpeakingAgent, spokenView } from './conversation';
import { offersInstead, turnForAlternative } from './flat-refusals';

/**
 * A turn that names a fault and says nothing else (線路不好, 系统坏了, 对不起，网络故障): the customer
 * came to get something done and is told only why it cannot be, with no time and no other way.
 * Read on a turn's view (simplified, 您 is 你, punctuation dropped). A fault named inside a longer
 * answer (出现了故障，我们正在抓紧排除，请稍候) says what is being done, and the agent's next turn may
 * still offer the way (线路不好。/ 客户:那怎么办? / 您可以明天上午来交).
 */
const FAULT_ONLY_RE =
  /^(?:对不起|不好意思|抱歉)?(?:现在|目前|今天|这会儿?)?(?:电脑|系统|网络|线路|机器|设备|网|电)(?:出)?(?:不好|坏了|故障了?|有问题|出问题了?|不通|断了|瘫痪了?|维护中?|升级中?|不行)(?:了)?(?:啊|呢|哦|啦|呀)?$/;

/** The agent turns that name a fault and nothing else, answered by no way offered in the agent's next turn. */
export function faultOnlyTurns(ctx: RuleContext): number[] {
  const { doc, view } = ctx;
  const out: number[] = [];
  for (let i = 0; i < doc.turns.length; i++) {
    if (!isSpeakingAgent(doc, i)) continue;
    const said = spokenView(doc, view, i).text.replace(/\s/g, '');
    if (!FAULT_ONLY_RE.test(said)) continue;
    const next = turnForAlternative(doc, i);
    if (next !== undefined && offersInstead(spokenView(doc, view, next).text)) continue;
    out.push(i);
  }
  return out;
}
