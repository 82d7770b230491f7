import { GAP_NONE, type NormalizedView } from '../normalize';
import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * 搪塞: the agent leaves the customer to find the answer alone. Told to look it up yourself
 * (你自己上网去查), told 不知道 and sent to a directory number or to ask elsewhere (不知道,你打114查),
 * or told the agent's job, or a colleague's, is too narrow to know (我就是负责接电话的,具体事情我也不清楚). The seeds ask
 * the agent to find out or bring in whoever can answer (001 忌推諉、搪塞; 呼叫中心服務態度標準 3).
 * Read on the view (您 is 你, simplified, punctuation dropped).
 */

const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌煩躁、不懂裝懂、推諉、搪塞客戶)' };
const S001_ATTITUDE = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 3 (不推諉，婉言向客戶解釋并請相關人員答複客戶)' };

/** An offer of a way, not an order: 您也可以自己上网查询, 如果方便的话您可以自己看一下. */
const OFFER = /可以|不妨|方便的话|如果|建议|帮你|为你|需要的话|请|麻烦/;

/** 有不清楚的(地方)随时问我: an offer to explain what the customer does not know. */
const NOT_THEIRS = /^(?:的|地方)/;

export const BRUSH_OFFS: readonly Construction[] = [
  {
    name: '你自己 + 查/问/看',
    pattern: /你们?自己(?:去|到)?(?:上网|网上|官网)?(?:去)?(?:查|问|看|找|搜)/g,
    politeBefore: OFFER,
    cite: S001,
  },
  {
    // 不知道,你打114查; 不清楚,你去问别人; 这件事情我不清楚,请问别人: the admission and the send-off in
    // one sentence, 请 or no 请. 不知道你打算… and 不知道你问的是… ask the customer something; 不清楚,我问问
    // 同事 is the agent going.
    name: '不知道 + 你打/你去问',
    pattern:
      /(?:不知道|不清楚|不晓得)(?:啊|呀|哦|呢)?(?:你(?:自己)?(?:(?:去|就)?(?:打|拨)(?!算)[0-9]{3,}(?:查|问|咨询)?|去(?:问|找|查))|(?:请你?|你)?(?:去)?(?:问|找)(?:问|一下)?(?:别人|其他人|其他同事|别的同事|别处|他们))/g,
    cite: S001,
  },
  {
    // 我就是负责接电话的,具体事情我也不清楚; 我只是个接线员,不知道: a narrow job pleaded for not knowing.
    name: '我只是/就是负责…的 + 不清楚',
    pattern:
      /我(?:们)?(?:就|只|只是|就是|仅仅是|不过是)是?(?:个|一个)?(?:(?:负责|管|接|做)[\u4e00-\u9fff]{1,8}?的|接线员|话务员|客服|临时工|实习生|新来的)[^\n你]{0,12}?(?:不清楚|不知道|不了解|不懂|管不了)/g,
    notBefore: NOT_THEIRS,
    cite: S001_ATTITUDE,
  },
  {
    // 送货员只负责扫描和拍照,具体时间不确定; 师傅只管安装,别的他不知道: a colleague's narrow job
    // pleaded the same way. 您如果不清楚 is the customer's: no 你 before the not-knowing.
    name: '…员/师傅只负责… + 不清楚',
    pattern: /(?:[\u4e00-\u9fff]{0,3}(?:员|师傅|司机|人员)|他们|他|她)只(?:负责|管)[^\n你]{1,20}?(?:不清楚|不知道|不了解|不确定|管不了)/g,
    notBefore: NOT_THEIRS,
    cite: S001_ATTITUDE,
  },
];

const COLLEAGUE = BRUSH_OFFS[3];

export function brushOffs(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, BRUSH_OFFS).map((m) => (m.construction === COLLEAGUE ? fromClauseStart(ctx.view, m) : m));
}

/** The view has no commas: 订单,送货员只负责 reads 订单送货员. The colleague is named from the clause's start. */
function fromClauseStart(view: NormalizedView, m: ConstructionMatch): ConstructionMatch {
  let from = m.from;
  for (let i = m.from + 1; i < m.from + 4 && i < m.to; i++) if (view.gap[i] !== GAP_NONE) from = i;
  return from === m.from ? m : { ...m, from, start: view.origin[from] };
}
